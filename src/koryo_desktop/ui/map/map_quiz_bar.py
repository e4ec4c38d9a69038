"""Map questions: a bar above the map asks "Where is Ushtobe? Tap it on the map." and checks the tap
with a tolerance (core.map_quiz); MapAnswer is the same question as an answer widget for the quiz
screen (a small map whose response() is the tapped latitude and longitude)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from koryo_desktop.core.entities import Place
from koryo_desktop.core.map_records import Route
from koryo_desktop.core.projection import REGION
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.map.map_canvas import MapCanvas, MapPlace, QuizMarks

if TYPE_CHECKING:
    from koryo_desktop.core.map_quiz import MapQuestion, MapVerdict  # the questions load with a map quiz

FINGER_PX = 24.0  # how wide a fingertip is on the screen: a tap this close to the place counts


def prompt_text(widget: QWidget, question: MapQuestion, places: dict[str, Place], routes: dict[str, Route]) -> str:
    lang = fmt.ui_language()
    if question.kind == "place":
        place = places.get(question.place_id)
        return QCoreApplication.translate("MapQuizBar", "Where is %1? Tap it on the map.").replace(
            "%1", fmt.place_name(place) if place else "?"
        )
    route = routes.get(question.subject)
    title = route.local_title(lang) if route else question.subject
    if question.kind == "route-start":
        return QCoreApplication.translate("MapQuizBar", "Where did “%1” begin? Tap the place on the map.").replace(
            "%1", title
        )
    return QCoreApplication.translate("MapQuizBar", "Where did “%1” end? Tap the place on the map.").replace(
        "%1", title
    )


def verdict_text(widget: QWidget, verdict: MapVerdict, place: Place | None) -> str:
    name = fmt.place_name(place) if place else "?"
    if verdict.correct:
        return QCoreApplication.translate("MapQuizBar", "Right: that is %1.").replace("%1", name)
    km = QLocale().toString(round(verdict.distance_km))
    return (
        QCoreApplication.translate("MapQuizBar", "Not quite: %1 is %2 km from your tap (marked with a tick).")
        .replace("%1", name)
        .replace("%2", km)
    )


class MapQuizBar(QWidget):
    """Asks map questions one after another over a canvas; emits ``finished`` when closed."""

    finished = Signal()

    def __init__(self, canvas: MapCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.questions: list[MapQuestion] = []
        self.index = 0
        self.right = 0
        self.answered = False
        self.places: dict[str, Place] = {}
        self.routes: dict[str, Route] = {}
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        font = self.prompt.font()
        font.setBold(True)
        self.prompt.setFont(font)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.score = QLabel()
        self.next_button = QPushButton()
        self.stop_button = QPushButton()
        self.next_button.clicked.connect(self.next_question)
        self.stop_button.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.addWidget(self.prompt, 1)
        row.addWidget(self.score)
        row.addWidget(self.next_button)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        canvas.tapped.connect(self.answer)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.next_button.setText(self.tr("Next question"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the map questions"))
        self._show()

    def start(self, questions: list[MapQuestion], places: list[Place], routes: list[Route]) -> None:
        self.questions, self.index, self.right = questions, 0, 0
        self.places = {p.id: p for p in places}
        self.routes = {r.id: r for r in routes}
        self.answered = False
        self.canvas.show_labels = False  # the names would give the answers away
        self.canvas.quiz_mode = True
        self.canvas.invalidate_labels()
        self.canvas.fit_all()
        self.show()
        self._show()

    def current(self) -> MapQuestion | None:
        return self.questions[self.index] if self.isVisible() and self.index < len(self.questions) else None

    def _show(self) -> None:
        question = self.current()
        self.score.setText(self.tr("%1 of %2 right").replace("%1", str(self.right)).replace("%2", str(self.index)))
        if question is None:
            if self.questions:
                self.prompt.setText(self.tr("Done: %1 of %2 right.").replace("%1", str(self.right))
                                    .replace("%2", str(len(self.questions))))  # fmt: skip
            self.next_button.setEnabled(False)
            return
        self.prompt.setText(prompt_text(self, question, self.places, self.routes))
        self.next_button.setEnabled(self.answered)
        if not self.answered:
            self.feedback.setText(self.tr("Zoom and pan as you like; a tap or a click answers."))

    def answer(self, latitude: float, longitude: float) -> MapVerdict | None:
        question = self.current()
        if question is None or self.answered:
            return None
        touch_km = FINGER_PX * self.canvas.km_per_pixel()
        from koryo_desktop.core.map_quiz import check_tap

        verdict = check_tap(question, latitude, longitude, touch_km, list(self.places.values()))
        self.answered = True
        self.right += verdict.correct
        place = self.places.get(question.place_id)
        self.feedback.setText(verdict_text(self, verdict, place))
        self.feedback.setAccessibleName(self.feedback.text())
        self.canvas.set_quiz_marks(QuizMarks(REGION.forward(latitude, longitude),
                                             REGION.forward(question.latitude, question.longitude), verdict.correct))  # fmt: skip
        self.next_button.setEnabled(True)
        self.next_button.setFocus()
        self.score.setText(self.tr("%1 of %2 right").replace("%1", str(self.right)).replace("%2", str(self.index + 1)))
        return verdict

    def next_question(self) -> None:
        if self.current() is None:
            return
        self.index += 1
        self.answered = False
        self.canvas.set_quiz_marks(QuizMarks())
        self._show()

    def stop(self) -> None:
        self.hide()
        self.canvas.show_labels = True
        self.canvas.quiz_mode = False
        self.canvas.set_quiz_marks(QuizMarks())
        self.canvas.invalidate_labels()
        self.finished.emit()


class MapAnswer(QWidget):
    """A map question's answer widget for the quiz screen: a map without names; a tap chooses a
    point, and ``response()`` is its (latitude, longitude), which core.map_quiz.check_tap checks."""

    answered = Signal()

    def __init__(self, places: list[Place], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = MapCanvas()
        self.canvas.show_labels = False
        self.canvas.quiz_mode = True
        self.canvas.set_places([MapPlace(p.id, fmt.place_name(p), p.latitude, p.longitude) for p in places])
        self.canvas.setAccessibleName(self.tr("Map: tap the place"))
        self.canvas.tapped.connect(self._tapped)
        self._response: tuple[float, float] | None = None
        self._locked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.setMinimumHeight(320)

    def _tapped(self, latitude: float, longitude: float) -> None:
        if self._locked:
            return
        self._response = (latitude, longitude)
        self.canvas.set_quiz_marks(QuizMarks(REGION.forward(latitude, longitude), None, True))
        self.answered.emit()

    def response(self) -> Any:
        return self._response

    def set_locked(self, locked: bool) -> None:
        self._locked = locked

    def pick(self, _number: int) -> bool:
        return False

    def show_solution(self, question: MapQuestion, verdict: MapVerdict) -> None:
        tap = REGION.forward(*self._response) if self._response else None
        self.canvas.set_quiz_marks(QuizMarks(tap, REGION.forward(question.latitude, question.longitude),
                                             verdict.correct))  # fmt: skip
