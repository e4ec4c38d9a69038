"""A typed answer: a number in digits, or a short answer in any script. Enter is the question
page's (check, then go on); a number that is not one says what is wrong as it is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from koryo_desktop.core.quiz import Presented, parse_number, units
from koryo_desktop.ui.quiz.answers.base import AnswerWidget


class TextAnswer(AnswerWidget):
    def __init__(self, presented: Presented, parent: QWidget | None = None) -> None:
        super().__init__(presented, parent)
        self.number = presented.question.type == "number"
        self.edit = QLineEdit()
        self.edit.textChanged.connect(self._typed)
        self.hint = QLabel()  # what is wrong with a number, as it is typed
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        placeholder = self.tr("Type a number in digits, e.g. 1937") if self.number else self.tr("Type your answer")
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(placeholder)
        self._typed()

    def _typed(self) -> None:
        problem = self.problem() if self.number and self.edit.text().strip() else ""
        self.hint.setText("⚠ " + problem if problem else "")
        self.hint.setVisible(bool(problem))
        self.changed.emit()

    def response(self) -> Any:
        text = self.edit.text().strip()
        return text or None

    def problem(self) -> str:
        text = self.edit.text().strip()
        if not text:
            return self.tr("Give an answer first.")
        if self.number and parse_number(text, units(self.presented.question)) is None:
            return self.tr("“%1” is not a number: type it in digits, for example 1937.").replace("%1", text)
        return ""

    def problem_announced(self) -> None:
        self.hint.hide()  # until the next keystroke

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)  # still readable and selectable after checking
