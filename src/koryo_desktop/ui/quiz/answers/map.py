"""A map question's answer: the map without names (ui.map.map_quiz_bar.MapAnswer); a tap or a
click answers, and ``response()`` is its (latitude, longitude). From the keyboard the arrows move
the map, + and − zoom, Page Down and Page Up choose a place, and Enter checks as on every question.
After checking, the tap and the right place are marked on the map."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from koryo_desktop.core.quiz import Presented
from koryo_desktop.core.quiz_map import MapKey
from koryo_desktop.ui.map.map_quiz_bar import MapAnswer
from koryo_desktop.ui.quiz.answers.base import AnswerWidget


class MapQuestionAnswer(AnswerWidget):
    def __init__(self, presented: Presented, parent: QWidget | None = None) -> None:
        super().__init__(presented, parent)
        key = presented.question.answer
        assert isinstance(key, MapKey)
        self.key = key
        self.map = MapAnswer(list(key.places))
        self.canvas = self.map.canvas
        self.map.answered.connect(self.changed)
        self.canvas.place_clicked.connect(self._chosen)  # Page Down / Page Up: a place as the answer
        self.canvas.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.map)
        self.setMinimumHeight(max(320, self.fontMetrics().height() * 18))

    def _chosen(self, place_id: str) -> None:
        place = next((p for p in self.key.places if p.id == place_id), None)
        if place is not None:
            self.canvas.tapped.emit(place.latitude, place.longitude)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the map checks the answer, as on every question (the map would open a place)."""
        if (watched is self.canvas and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # fmt: skip
            event.ignore()
            QCoreApplication.sendEvent(self, event)  # on to the question page, past this widget
            event.accept()  # handled: the key must not travel up a second time from the map
            return True
        return super().eventFilter(watched, event)

    def response(self) -> Any:
        return self.map.response()

    def problem(self) -> str:
        if self.response() is not None:
            return ""
        return self.tr("Tap or click the place on the map first (or choose one with Page Down).")

    def set_locked(self, locked: bool) -> None:
        self.map.set_locked(locked)  # the map can still be moved and zoomed to see the answer

    def show_solution(self, right: set[Any]) -> None:
        verdict = self.key.verdict(self.response())
        if verdict is not None:
            self.map.show_solution(self.key.question, verdict)

    def focus_first(self) -> None:
        self.canvas.setFocus()
