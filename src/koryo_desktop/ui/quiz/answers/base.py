"""What every answer widget offers the question page: ``response()`` in the form core.quiz.check
expects (None while incomplete), ``problem()`` (what to say while the answer cannot be checked),
locking after checking, number keys, and its words again on a language change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget

from koryo_desktop.core.quiz import Presented


class AnswerWidget(QWidget):
    changed = Signal()  # the learner changed the answer

    def __init__(self, presented: Presented, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presented = presented

    def response(self) -> Any:
        """The learner's answer in the form core.quiz.check expects, or None while incomplete."""
        return None

    def problem(self) -> str:
        """Why the answer cannot be checked yet, in words; "" when it can."""
        return (
            "" if self.response() is not None else QCoreApplication.translate("AnswerWidget", "Give an answer first.")
        )

    def problem_announced(self) -> None:
        """The page now shows ``problem()`` in its notice: a widget that says it too stops saying it."""

    def set_locked(self, locked: bool) -> None:
        self.setEnabled(not locked)

    def pick(self, number: int) -> bool:
        """Number key ``number`` (1-based); True when it chose something."""
        return False

    def show_solution(self, right: set[Any]) -> None:
        """After checking in practice or review: mark what was right (choice questions)."""

    def focus_first(self) -> None:
        first = next((w for w in self.findChildren(QWidget)
                      if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isEnabled()), None)  # fmt: skip
        (first or self).setFocus()

    def retranslate(self) -> None:
        """Set the widget's own words (called again on a language change)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def make_answer(presented: Presented, parent: QWidget | None = None) -> AnswerWidget:
    """The widget for the question's type."""
    from koryo_desktop.ui.quiz.answers.choice import ChoiceAnswer
    from koryo_desktop.ui.quiz.answers.match import MatchAnswer
    from koryo_desktop.ui.quiz.answers.order import OrderAnswer
    from koryo_desktop.ui.quiz.answers.text import TextAnswer

    kind = presented.question.type
    if kind == "map":
        from koryo_desktop.ui.quiz.answers.map import MapQuestionAnswer  # the map loads with its first question

        return MapQuestionAnswer(presented, parent)
    cls: type[AnswerWidget] = {"single": ChoiceAnswer, "multiple": ChoiceAnswer, "true_false": ChoiceAnswer,
                               "order": OrderAnswer, "match": MatchAnswer}.get(kind, TextAnswer)  # fmt: skip
    return cls(presented, parent)
