from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from koryo_desktop.core.question_bank import is_generated
from koryo_desktop.store.learner_store import LearnerWriteError
from tests.ui.quiz.conftest import answer_right, click, enter, question_of_type


def test_practice_every_type_with_the_keyboard_feedback_then_next(real, qtbot, monkeypatch):
    monkeypatch.setattr("koryo_desktop.ui.quiz.quiz_screen.random.randrange", lambda _n: 11)  # this round
    nav = real.navigator
    nav.go("quiz")
    quiz = nav.screens()["quiz"]
    quiz.start_page.count_box.setValue(40)
    click(qtbot, quiz.start_page.practice_button)
    assert quiz.session is not None
    asked, types = [], set()
    while quiz.session is not None and not quiz.session.finished:
        question = quiz.session.current().question
        types.add(question.type)
        asked.append(question.id)
        answer_right(qtbot, quiz)
        enter(qtbot, quiz)  # checks: the feedback shows and the question stays
        assert quiz.session_page.feedback.isVisibleTo(quiz), question.id
        assert quiz.session_page.feedback.head.text() == "Right!", question.id
        assert quiz.session_page.prompt.text() == question.prompt
        enter(qtbot, quiz)  # goes on
    assert len(asked) == len(set(asked)) == 40
    assert types >= {"single", "multiple", "true_false", "order", "match", "number", "short"}
    generated = [q for q in asked if is_generated(q)]
    assert 1 <= len(generated) <= 10  # written questions first; made ones at most a quarter
    attempts = real.learner.attempts()
    assert [a["question_id"] for a in attempts] == asked and all(a["correct"] for a in attempts)
    assert quiz.pages.currentWidget() is quiz.results_page
    assert quiz.results_page.view.toPlainText().startswith("Your score: 40 of 40")
    assert sum(r for _t, r, _w, _n in quiz.results_page.chart.rows) == 40  # right by chapter, as a picture
    written = {q for q in asked if not is_generated(q)}
    assert set(real.learner.due_questions("9999-12-31", quiz.learner_id)) == written
    click(qtbot, quiz.results_page.back_button)
    progress = quiz.start_page.progress.toPlainText()
    assert "gen-" not in progress  # made questions by their text
    assert "40 of 40" not in progress and "Mastery per chapter" in progress
    shown = sum(int(m.group(1)) for m in re.finditer(r"^\d+/(\d+)$", progress, re.MULTILINE))
    assert shown == 40  # made questions count in mastery too


def test_enter_on_a_typed_answer_shows_feedback_and_a_second_enter_goes_on(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    short, number = question_of_type(real, "short"), question_of_type(real, "number")
    real.navigator.go("quiz")
    quiz.start("practice", [short, number], seed=1)
    for question in (short, number):
        assert quiz.session.current().question.id == question.id
        edit = quiz.widget.edit
        assert edit.hasFocus()
        qtbot.keyClicks(edit, "0")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        feedback = quiz.session_page.feedback
        assert feedback.isVisibleTo(quiz) and feedback.head.text().startswith("Not quite")
        assert "reader/" in feedback.body.text()  # the link to the lesson
        assert quiz.session_page.prompt.text() == question.prompt  # still this question
        assert len(real.learner.attempts()) == (1 if question is short else 2)
        qtbot.keyClick(quiz.session_page.next_button, Qt.Key.Key_Return)
    assert quiz.pages.currentWidget() is quiz.results_page


def test_enter_in_review_shows_feedback_first(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    short, number = question_of_type(real, "short"), question_of_type(real, "number")
    from koryo_desktop.core.review import review

    for question in (short, number):
        card, _due = review(None, True)
        real.learner.save_review_card(question.id, card, "2000-01-01T00:00:00+00:00")
    real.navigator.go("quiz")
    quiz.refresh_start()
    card = quiz.start_page.review_card
    assert card.isVisibleTo(quiz) and "2 questions due" in card.heading.text()
    click(qtbot, card)
    assert quiz.session.mode == "review" and [q.id for q in quiz.session.questions] == [short.id, number.id]
    answer_right(qtbot, quiz)
    qtbot.keyClick(quiz.widget.edit, Qt.Key.Key_Enter)
    assert quiz.session_page.feedback.head.text() == "Right!" and quiz.session.index == 1
    assert quiz.session_page.prompt.text() == short.prompt
    enter(qtbot, quiz)
    assert quiz.session_page.prompt.text() == number.prompt


def test_a_held_enter_does_not_run_through_the_questions(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    quiz.start("practice", [question_of_type(real, "short"), question_of_type(real, "short", 1)], seed=1)
    qtbot.keyClicks(quiz.widget.edit, "x")
    enter(qtbot, quiz)
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    # qtbot sends no auto-repeat: the key held down, as the system sends it
    held = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True)
    QApplication.sendEvent(QApplication.focusWidget(), held)
    assert quiz.session.index == 1 and quiz.session_page.feedback.isVisibleTo(quiz)


def test_test_mode_keeps_feedback_for_the_end_and_times_out(real, qtbot, monkeypatch):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    page = quiz.start_page
    page.count_box.setValue(4)
    page.generated_check.setChecked(False)
    click(qtbot, page.timed_check)
    assert page.minutes_box.isEnabled()
    click(qtbot, page.test_button)
    assert quiz.session.time_limit_s == 600 and quiz.session_page.timer_label.isVisible()
    answer_right(qtbot, quiz)
    enter(qtbot, quiz)
    assert not quiz.session_page.feedback.isVisibleTo(quiz) and quiz.session.index == 1
    quiz.session.started_at -= 601  # ten minutes later
    qtbot.waitUntil(lambda: quiz.pages.currentWidget() is quiz.results_page, timeout=3000)
    text = quiz.results_page.view.toPlainText()
    assert text.startswith("Your score: 1 of 4")
    assert "Time's up." in text and "3 questions not answered." in text
    assert text.count("Your answer: not answered") == 3
    assert len(real.learner.attempts()) == 1  # nothing stored for questions never answered


def test_ending_a_round_early_asks_first(real, qtbot, monkeypatch):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    quiz.start_page.generated_check.setChecked(False)
    click(qtbot, quiz.start_page.practice_button)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    click(qtbot, quiz.session_page.stop_button)
    assert "10 questions not answered yet" in asked[0]
    assert quiz.pages.currentWidget() is quiz.session_page and quiz.session.index == 0
    answer_right(qtbot, quiz)
    enter(qtbot, quiz)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, quiz.session_page.stop_button)
    assert quiz.pages.currentWidget() is quiz.results_page
    text = quiz.results_page.view.toPlainText()
    assert text.startswith("Your score: 1 of 10") and "You ended the round early. 9 questions not answered." in text


def test_results_name_the_learner_the_date_the_round_and_its_chapters_and_save_as_pdf(real, qtbot, monkeypatch,
                                                                                       tmp_path):  # fmt: skip
    from PySide6.QtWidgets import QFileDialog

    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz/north-korea")
    while quiz.session is not None and not quiz.session.finished and quiz.pages.currentWidget() is quiz.session_page:
        answer_right(qtbot, quiz)
        enter(qtbot, quiz)
        enter(qtbot, quiz)
    text = quiz.results_page.view.toPlainText()
    assert "Learner: Guest" in text and "Round: Practice" in text
    assert "Chapters: Soviet Koreans and North Korea, 1945–1976" in text and "Date:" in text
    out = tmp_path / "round.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, quiz.results_page.print_button)
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in quiz.status.text() and quiz.status.isVisible()  # where it was saved


def test_a_failed_save_keeps_the_learner_on_the_question(real, qtbot, monkeypatch):
    quiz = real.navigator.screens()["quiz"]
    first, second = question_of_type(real, "single"), question_of_type(real, "single", 1)
    real.navigator.go("quiz")
    quiz.start("practice", [first, second], seed=3)
    store = real.learner
    recorded = store.record_attempt

    def locked(*_a, **_k):
        raise LearnerWriteError("busy", store.path, "database is locked")

    monkeypatch.setattr(store, "record_attempt", locked)
    answer_right(qtbot, quiz)
    enter(qtbot, quiz)
    feedback = quiz.session_page.feedback
    assert feedback.kind == "notice" and feedback.head.text() == (
        "Your progress could not be saved just now, because another program is using the file. Try again in a "
        "moment. You are still on this question."
    )
    assert quiz.session.index == 0 and quiz.session_page.prompt.text() == first.prompt
    assert quiz.widget.isEnabled()  # the answer can still be given
    enter(qtbot, quiz)  # again, still locked: nothing moves
    assert quiz.session.index == 0 and store.attempts() == []
    monkeypatch.setattr(store, "record_attempt", recorded)
    saved_card = store.save_review_card
    monkeypatch.setattr(store, "save_review_card", lambda *a, **k: (_ for _ in ()).throw(
        LearnerWriteError("full", store.path, "database or disk is full")))  # fmt: skip
    enter(qtbot, quiz)  # the answer is saved, its review is not: still here
    assert "the disk is full" in feedback.head.text() and quiz.session.index == 0
    monkeypatch.setattr(store, "save_review_card", saved_card)
    enter(qtbot, quiz)
    assert feedback.head.text() == "Right!" and quiz.session.index == 1
    enter(qtbot, quiz)
    assert quiz.session_page.prompt.text() == second.prompt
    attempts = store.attempts()
    assert [a["question_id"] for a in attempts] == [first.id]  # once, against the question answered
    assert store.review_card(first.id) is not None and store.review_card(second.id) is None


def test_an_answer_the_learner_file_refuses_is_kept_and_the_reason_said_in_the_interface_language(real, qtbot):
    from koryo_desktop.ui.learner_notices import write_error_text

    quiz = real.navigator.screens()["quiz"]
    real.window.language_box.setCurrentIndex(real.window.language_box.findData("ru"))
    real.navigator.go("quiz")
    question = question_of_type(real, "single")
    quiz.start("practice", [question], seed=3)
    real.learner.read_only = "read_only"  # the file cannot be written (as when it opened read-only)
    answer_right(qtbot, quiz)
    enter(qtbot, quiz)
    text = quiz.session_page.feedback.head.text()
    assert text == write_error_text("read_only") + " Вы остаётесь на этом вопросе."
    assert text.startswith("Сохранить успехи нельзя") and quiz.session.index == 0 and real.learner.attempts() == []
    real.learner.read_only = ""
    enter(qtbot, quiz)  # the same answer, saved now
    assert quiz.session.index == 1 and len(real.learner.attempts()) == 1
    real.window.language_box.setCurrentIndex(real.window.language_box.findData("en"))


def test_number_keys_choose_answers(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    single = question_of_type(real, "single")
    real.navigator.go(f"quiz/{single.id}")
    qtbot.keyClick(quiz.session_page, Qt.Key.Key_2)
    assert quiz.widget.buttons[1].isChecked()
    qtbot.keyClick(quiz.session_page, Qt.Key.Key_Return)
    assert quiz.session_page.checked


def test_practice_by_chapter_topic_and_difficulty(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    page = quiz.start_page
    page.chapter_box.setCurrentIndex(page.chapter_box.findData("north-korea"))
    assert page.topic_box.isEnabled() and page.topic_box.count() > 2
    page.topic_box.setCurrentIndex(1)
    topic = page.topic_box.currentData()
    page.generated_check.setChecked(False)
    click(qtbot, page.practice_button)
    assert {(q.chapter_id, q.section_id) for q in quiz.session.questions} == {("north-korea", topic)}
    quiz.show_start()
    page.topic_box.setCurrentIndex(0)
    page.difficulty_box.setCurrentIndex(page.difficulty_box.findData("hard"))
    click(qtbot, page.practice_button)
    assert {q.difficulty for q in quiz.session.questions} == {"hard"}


def test_the_start_page_offers_what_to_do_next(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    page = quiz.start_page
    first_chapter = real.store.chapters.all()[0]
    assert page.continue_card.isVisibleTo(quiz) and first_chapter.title in page.continue_card.heading.text()
    assert "0 of" in page.continue_card.body.text()
    assert not page.review_card.isVisibleTo(quiz) and "Nothing is due" in page.nothing_due.text()
    assert page.test_card.heading.text() == "Take a test"
    click(qtbot, page.continue_card)
    assert quiz.session.mode == "practice"
    assert {q.chapter_id for q in quiz.session.questions} == {first_chapter.id}
    quiz.show_start()
    click(qtbot, page.test_card)
    assert quiz.session.mode == "test"


def test_true_or_false_feedback_uses_the_words_of_the_choices(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    question = question_of_type(real, "true_false")
    real.navigator.go(f"quiz/{question.id}")
    right_is_true = bool(question.answer["answer"])
    click(qtbot, quiz.widget.buttons[1 if right_is_true else 0])  # the wrong one
    enter(qtbot, quiz)
    head = quiz.session_page.feedback.head.text()
    assert head == f"Not quite. The answer: {'True' if right_is_true else 'False'}"
    marked = [b.text() for b in quiz.widget.buttons]
    assert any("✔" in t for t in marked) and any("✘" in t for t in marked)  # not colour alone


def test_accessible_names_on_the_quiz(real, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox):
        for widget in quiz.findChildren(kind):
            if widget.isVisibleTo(quiz) and not isinstance(widget.parent(), QAbstractSpinBox):
                assert widget.accessibleName(), f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()}"


def test_the_wheel_scrolls_the_start_page_and_leaves_the_choices_alone(real, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    real.window.resize(1024, 600)
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    page = quiz.start_page
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0)
    box = page.difficulty_box
    centre = QPointF(box.rect().center())
    wheel = QWheelEvent(centre, QPointF(box.mapToGlobal(box.rect().center())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(box, wheel)
    assert box.currentIndex() == 0 and page.verticalScrollBar().value() > 0
