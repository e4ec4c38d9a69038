"""Map questions in the quiz ("Find on the map"): chosen on the start page, answered with a tap or
a click (or Page Down and Enter), saved like every answer."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from koryo_desktop.core.projection import distance_km
from koryo_desktop.ui.quiz.answers.map import MapQuestionAnswer
from tests.ui.quiz.conftest import answer_right, click, enter


def tap(qtbot, canvas, point: QPointF) -> None:
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point.toPoint())


def test_practice_with_map_questions_a_tap_on_the_place_counts_and_far_away_does_not(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    page = quiz.start_page
    assert not page.map_check.isChecked()  # asked for, not imposed
    click(qtbot, page.map_check.box)
    page.choose_chapter("deportation-1937")
    page.count_box.setValue(8)
    click(qtbot, page.practice_button)
    asked, feedback = [], quiz.session_page.feedback
    while quiz.pages.currentWidget() is quiz.session_page:
        widget = quiz.widget
        if not isinstance(widget, MapQuestionAnswer):
            answer_right(qtbot, quiz)
            enter(qtbot, quiz)
            enter(qtbot, quiz)
            continue
        key, canvas = widget.key, widget.canvas
        qtbot.waitUntil(lambda canvas=canvas: canvas.isVisible() and canvas.width() > 300)
        assert "Tap it on the map" in quiz.session_page.prompt.text() or "the place on the map" in (
            quiz.session_page.prompt.text())  # fmt: skip
        assert not canvas.labels()  # no names: they would give the answer away
        right = key.question.place_id
        if not asked:
            enter(qtbot, quiz)  # nothing chosen yet: said, and still on the question
            assert feedback.kind == "notice" and "on the map first" in feedback.head.text()
            canvas.setFocus()
            qtbot.keyClick(canvas, Qt.Key.Key_PageDown)  # the keyboard chooses a place...
            assert widget.response() is not None
            tap(qtbot, canvas, canvas.screen_of(right))  # ...and a tap on the right one answers
            prompt = quiz.session_page.prompt.text()
            qtbot.keyClick(canvas, Qt.Key.Key_Return)  # Enter on the map checks, once: still on this question
            assert feedback.head.text() == "Right!" and quiz.session_page.checked
            assert quiz.session_page.prompt.text() == prompt and quiz.session_page.next_button.isVisibleTo(quiz)
        else:
            here = next(p for p in key.places if p.id == right)
            far = max(key.places, key=lambda p: distance_km(p.latitude, p.longitude, here.latitude, here.longitude))
            tap(qtbot, canvas, canvas.screen_of(far.id))
            enter(qtbot, quiz)
            assert feedback.head.text() == f"Not quite. The answer: {key.name(right)}"
        assert canvas.quiz.tap is not None and canvas.quiz.answer is not None  # both marked on the map
        asked.append(key.question.id)
        enter(qtbot, quiz)  # on
    assert len(asked) == 2
    saved = {a["question_id"]: a for a in real.learner.attempts()}
    assert saved[asked[0]]["correct"] == 1 and saved[asked[1]]["correct"] == 0
    assert saved[asked[1]]["given"]  # the place nearest the tap, for the teacher's report
    assert all(real.learner.review_card(q) is None for q in asked)  # made questions have no review
    click(qtbot, quiz.results_page.back_button)
    history = quiz.start_page.progress.toPlainText()
    assert all(quiz.bank.prompt(q) in history for q in asked)  # the history names them


def test_a_map_question_follows_a_language_change(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    quiz.load()
    question = quiz.bank.get("map-place-ushtobe")
    assert question is not None
    quiz.start("practice", [question], seed=1)
    real.window.language_box.setCurrentIndex(real.window.language_box.findData("ru"))
    qtbot.waitUntil(lambda: "на карте" in quiz.session_page.prompt.text())
    assert isinstance(quiz.widget, MapQuestionAnswer) and "Уштобе" in quiz.session_page.prompt.text()
    canvas = quiz.widget.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.width() > 300)
    tap(qtbot, canvas, canvas.screen_of("ushtobe"))
    enter(qtbot, quiz)
    assert quiz.session_page.feedback.head.text() == "Верно!"
    real.window.language_box.setCurrentIndex(real.window.language_box.findData("en"))
