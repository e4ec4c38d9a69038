"""Matching by choosing pairs: choose an item on the left (A, B, C…), then its partner on the right
(or the other way round; number keys choose a partner). A partner already given is marked with the
letter of its item and can be given to another, which takes it; choosing a pair again undoes it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from koryo_desktop.core.quiz import Presented
from koryo_desktop.ui.quiz.answers.base import AnswerWidget
from koryo_desktop.ui.quiz.wrap_button import PairButton


class MatchAnswer(AnswerWidget):
    def __init__(self, presented: Presented, parent: QWidget | None = None) -> None:
        super().__init__(presented, parent)
        self.lefts, self.rights = list(presented.lefts), list(presented.options)
        self.pairs: dict[str, str] = {}  # left → right
        self.selected_left: int | None = 0
        self.selected_right: int | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.left_heading, self.right_heading = QLabel(), QLabel()
        for heading in (self.left_heading, self.right_heading):
            heading.setWordWrap(True)
        grid.addWidget(self.left_heading, 0, 0)
        grid.addWidget(self.right_heading, 0, 1)
        self.left_buttons: list[PairButton] = []
        self.right_buttons: list[PairButton] = []
        for row in range(max(len(self.lefts), len(self.rights))):
            if row < len(self.lefts):
                button = PairButton()
                button.clicked.connect(lambda _c=False, i=row: self.choose_left(i))
                self.left_buttons.append(button)
                grid.addWidget(button, row + 1, 0)
            if row < len(self.rights):
                button = PairButton()
                button.clicked.connect(lambda _c=False, j=row: self.choose_right(j))
                self.right_buttons.append(button)
                grid.addWidget(button, row + 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.retranslate()

    @staticmethod
    def letter(index: int) -> str:
        return chr(ord("A") + index)

    def retranslate(self) -> None:
        self.left_heading.setText(self.tr("Choose an item…"))
        self.right_heading.setText(self.tr("…then its partner (or a number key)"))
        partner_of = {right: self.lefts.index(left) for left, right in self.pairs.items()}
        for i, (left, button) in enumerate(zip(self.lefts, self.left_buttons, strict=True)):
            right = self.pairs.get(left)
            chosen = i == self.selected_left
            button.set_label(
                ("▶ " if chosen else "") + f"{self.letter(i)}.  {left}" + (f"\n→ {right}" if right else "")
            )
            button.setChecked(chosen)
            button.set_bold(chosen)
            button.setAccessibleName(
                self.tr("%1, matched with %2").replace("%1", left).replace("%2", right) if right
                else self.tr("%1, not matched yet").replace("%1", left)
            )  # fmt: skip
        for j, (right, button) in enumerate(zip(self.rights, self.right_buttons, strict=True)):
            owner = partner_of.get(right)
            used = "" if owner is None else f"  ✔ {self.letter(owner)}"
            button.set_label(f"{j + 1}.  {right}{used}")
            button.setChecked(owner is not None or j == self.selected_right)
            button.set_bold(j == self.selected_right)
            button.setAccessibleName(
                self.tr("%1, partner of %2").replace("%1", right).replace("%2", self.lefts[owner]) if owner is not None
                else right
            )  # fmt: skip

    def _next_unmatched(self, after: int) -> int | None:
        order = list(range(after + 1, len(self.lefts))) + list(range(after + 1))
        return next((i for i in order if self.lefts[i] not in self.pairs), None)

    def _pair(self, i: int, j: int) -> None:
        left, right = self.lefts[i], self.rights[j]
        if self.pairs.get(left) == right:
            del self.pairs[left]  # the same pair again: undo it
            self.selected_left = i
        else:
            for other in [k for k, v in self.pairs.items() if v == right]:
                del self.pairs[other]  # a partner belongs to one item: the new one takes it
            self.pairs[left] = right
            self.selected_left = self._next_unmatched(i)
        self.selected_right = None
        self.changed.emit()

    def choose_left(self, i: int) -> None:
        if self.selected_right is not None:
            self._pair(i, self.selected_right)
        else:
            self.selected_left = i
        self.retranslate()

    def choose_right(self, j: int) -> None:
        if self.selected_left is not None:
            self._pair(self.selected_left, j)
        else:
            self.selected_right = None if self.selected_right == j else j
        self.retranslate()

    def pick(self, number: int) -> bool:
        if 1 <= number <= len(self.rights) and self.isEnabled():
            self.choose_right(number - 1)
            return True
        return False

    def response(self) -> Any:
        return dict(self.pairs) if len(self.pairs) == len(self.lefts) else None

    def problem(self) -> str:
        if self.response() is not None:
            return ""
        return self.tr("Match all %n item(s): each one on the left needs a partner on the right.", "", len(self.lefts))
