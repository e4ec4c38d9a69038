"""Single choice and true/false as radio buttons, multiple choice as check boxes. After checking,
the right choices are marked with ✔ and the colour for right, a wrong choice with ✘ and the colour
for wrong (never colour alone), re-derived whenever the interface colours change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QCheckBox, QRadioButton, QVBoxLayout, QWidget

from koryo_desktop.core.quiz import Presented
from koryo_desktop.ui.quiz.answers.base import AnswerWidget
from koryo_desktop.ui.quiz.feedback import verdict_colour


class ChoiceAnswer(AnswerWidget):
    def __init__(self, presented: Presented, parent: QWidget | None = None) -> None:
        super().__init__(presented, parent)
        kind = presented.question.type
        self.multiple = kind == "multiple"
        self.true_false = kind == "true_false"
        self.values: list[Any] = [True, False] if self.true_false else list(range(len(presented.options)))
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QAbstractButton] = []
        self._marks: dict[int, bool] = {}  # after checking: button index → right (True) or chosen and wrong
        for index in range(len(self.values)):
            button: QAbstractButton = QCheckBox() if self.multiple else QRadioButton()
            self.group.addButton(button, index)
            button.toggled.connect(lambda _on: self.changed.emit())
            self.buttons.append(button)
            layout.addWidget(button)
        self._fit()
        self.retranslate()

    def _texts(self) -> list[str]:
        return [self.tr("True"), self.tr("False")] if self.true_false else list(self.presented.options)

    def retranslate(self) -> None:
        for index, (button, text) in enumerate(zip(self.buttons, self._texts(), strict=True)):
            mark = self._marks.get(index)
            prefix = "" if mark is None else ("✔ " if mark else "✘ ")
            button.setText(f"{index + 1}.  {prefix}{text}")
            if mark is None:
                button.setAccessibleName(text)
            elif mark:
                button.setAccessibleName(self.tr("%1 (right answer)").replace("%1", text))
            else:
                button.setAccessibleName(self.tr("%1 (your answer, wrong)").replace("%1", text))

    def _fit(self) -> None:
        """Touch-sized rows at any interface size."""
        for button in self.buttons:
            button.setMinimumHeight(int(button.fontMetrics().height() * 2))

    def response(self) -> Any:
        chosen = [i for i, b in enumerate(self.buttons) if b.isChecked()]
        if not chosen:
            return None
        if self.multiple:
            return set(chosen)
        return self.values[chosen[0]]

    def show_solution(self, right: set[Any]) -> None:
        self._marks = {i: value in right for i, value in enumerate(self.values)
                       if value in right or self.buttons[i].isChecked()}  # fmt: skip
        self._colour_marks()
        self.retranslate()

    def _colour_marks(self) -> None:
        for index, button in enumerate(self.buttons):
            mark = self._marks.get(index)
            palette = QPalette(self.palette())
            if mark is not None:
                colour = verdict_colour(mark, self.palette())
                for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
                    palette.setColor(role, colour)
            button.setPalette(palette)
            font = QFont()
            font.setBold(bool(mark))
            button.setFont(font)

    def pick(self, number: int) -> bool:
        if 1 <= number <= len(self.buttons) and self.isEnabled():
            button = self.buttons[number - 1]
            button.setChecked(not button.isChecked() if self.multiple else True)
            button.setFocus()
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._marks:
            self._colour_marks()  # the colours for right and wrong that suit the new ground
        elif event.type() == QEvent.Type.FontChange:
            self._fit()
