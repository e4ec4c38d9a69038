from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from koryo_desktop.app import start
from koryo_desktop.config import Config
from koryo_desktop.ui.quiz.answer_widgets import ChoiceAnswer, MatchAnswer, OrderAnswer, TextAnswer


@pytest.fixture
def real(qtbot, real_db: Path, tmp_path: Path):
    app = start(Config(content=real_db, data_dir=tmp_path / "learner"), lang_given=True)
    assert not isinstance(app, int)
    app.window.resize(1366, 768)
    app.window.show()
    yield app
    app.close()


def answer_right(quiz) -> None:
    """Answer the current question correctly through its widget."""
    presented = quiz.session.current()
    question, widget = presented.question, quiz.widget
    answer = question.answer if isinstance(question.answer, dict) else {}
    if isinstance(widget, ChoiceAnswer):
        if question.type == "true_false":
            widget.pick(1 if answer["answer"] else 2)
        else:
            right = {c.text for c in question.choices if c.correct}
            for number, option in enumerate(presented.options, 1):
                if option in right:
                    widget.pick(number)
    elif isinstance(widget, OrderAnswer):
        widget.model.setStringList(list(answer["items"]))
    elif isinstance(widget, MatchAnswer):
        for pair in answer["pairs"]:
            box = widget.boxes[pair["left"]]
            box.setCurrentIndex(box.findData(pair["right"]))
    elif isinstance(widget, TextAnswer):
        value = answer["answer"] if question.type == "number" else answer["accepted"][-1]
        widget.edit.setText(str(value))


def test_practice_gives_feedback_records_every_answer_and_schedules_review(real, qtbot):
    nav = real.navigator
    nav.go("quiz")
    quiz = nav.screens()["quiz"]
    quiz.count_box.setValue(40)
    assert quiz.start("practice", seed=11)
    asked = []
    types = set()
    while quiz.session is not None and not quiz.session.finished:
        types.add(quiz.session.current().question.type)
        asked.append(quiz.session.current().question.id)
        answer_right(quiz)
        quiz.check_answer()
        assert quiz.feedback.isVisibleTo(quiz)
        assert "Right!" in quiz.feedback.toPlainText(), quiz.session.answered[-1].presented.question.id
        quiz.next_question()
    assert len(asked) == len(set(asked))  # no repeats
    assert types >= {"single", "multiple", "true_false", "order", "match", "number", "short"}
    attempts = real.learner.attempts()
    assert len(attempts) == len(asked) and all(a["correct"] for a in attempts)
    assert quiz.result_view.toPlainText().startswith(f"Your score: {len(asked)} of {len(asked)}")
    authored = [q for q in asked if not q.startswith("gen-")]
    assert real.learner.due_questions("9999-12-31", quiz.learner_id)[: len(authored)]
    assert set(real.learner.due_questions("9999-12-31", quiz.learner_id)) == set(authored)


def test_wrong_answer_shows_the_right_one_and_the_lesson(real):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz/nk-armistice-date" if "nk-armistice-date" in {q.id for q in real.store.questions.all()}
                      else f"quiz/{real.store.questions.all()[0].id}")  # fmt: skip
    question = quiz.session.current().question
    widget = quiz.widget
    if isinstance(widget, TextAnswer):
        widget.edit.setText("0")
    elif isinstance(widget, ChoiceAnswer):
        widget.pick(len(widget.buttons))
    quiz.check_answer()
    text = quiz.feedback.toPlainText()
    if "Not quite" in text:
        assert "The answer:" in text
    if question.section_id:
        assert "reader/" in quiz.feedback.toHtml()


def test_test_mode_keeps_feedback_for_the_end_and_can_be_timed(real, monkeypatch, tmp_path: Path):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    quiz.count_box.setValue(4)
    quiz.generated_check.setChecked(False)
    quiz.timed_check.setChecked(True)
    assert quiz.start("test", seed=5)
    answer_right(quiz)
    quiz.check_answer()
    assert not quiz.feedback.isVisibleTo(quiz)
    quiz._deadline = 1
    quiz._tick()  # time is up: the rest count as wrong
    assert quiz.pages.currentWidget() is quiz.result_page
    text = quiz.result_view.toPlainText()
    assert text.startswith("Your score: 1 of 4") and "Right answer:" in text
    out = tmp_path / "test.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert quiz.save_result_pdf() == out and out.read_bytes().startswith(b"%PDF")


def test_review_asks_what_is_due(real):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    first = real.store.questions.all()[0].id
    real.learner.save_review_card(first, "{}", "2000-01-01T00:00:00+00:00")
    quiz.refresh_start()
    assert quiz.review_button.isEnabled() and "1 question" in quiz.due_label.text()
    assert quiz.start("review")
    assert [q.id for q in quiz.session.questions] == [first]


def test_number_keys_choose_answers(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    single = next(q for q in real.store.questions.all() if q.type == "single")
    real.navigator.go(f"quiz/{single.id}")
    qtbot.keyClick(quiz, Qt.Key.Key_2)
    assert quiz.widget.buttons[1].isChecked()
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert quiz._checked


def test_order_items_move_with_the_keyboard(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    order = next(q for q in real.store.questions.all() if q.type == "order")
    real.navigator.go(f"quiz/{order.id}")
    widget = quiz.widget
    before = widget.model.stringList()
    widget.view.setCurrentIndex(widget.model.index(0, 0))
    qtbot.keyClick(widget.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    after = widget.model.stringList()
    assert after[0] == before[1] and after[1] == before[0]


def test_learner_profiles_with_pins_keep_progress_apart(real, monkeypatch):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")

    def fake_exec(dialog):
        dialog.name.setText("Aigerim")
        dialog.pin.setText("2468")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("koryo_desktop.ui.quiz.quiz_screen.NewLearnerDialog.exec", fake_exec)
    aigerim = quiz.new_learner()
    assert aigerim and quiz.learner_id == aigerim
    question = real.store.questions.all()[0]
    quiz.start("practice", [question])
    answer_right(quiz)
    quiz.check_answer()
    assert len(real.learner.attempts(aigerim)) == 1 and real.learner.attempts() == []
    guest_row = quiz.learner_box.findData(1)
    quiz._choose_learner(guest_row)
    assert quiz.learner_id == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("0000", True))
    monkeypatch.setattr("koryo_desktop.ui.quiz.quiz_screen.QMessageBox.information", lambda *a, **k: None)
    quiz._choose_learner(quiz.learner_box.findData(aigerim))
    assert quiz.learner_id == 1  # wrong PIN
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2468", True))
    quiz._choose_learner(quiz.learner_box.findData(aigerim))
    assert quiz.learner_id == aigerim
    assert "Mastery per chapter" in quiz.progress.toPlainText()


def test_results_export_merge_and_class_report(real, monkeypatch, tmp_path: Path):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    questions = real.store.questions.all()[:3]
    quiz.start("practice", questions, seed=1)
    for _ in questions:
        answer_right(quiz)
        quiz.check_answer()
        quiz.next_question()
    mine = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mine), ""))
    assert quiz.export_my_results() == mine
    data = json.loads(mine.read_text(encoding="utf-8"))
    assert len(data["attempts"]) == 3
    other = tmp_path / "other.json"
    data["learner"] = "Minho"
    for attempt in data["attempts"]:
        attempt["correct"] = False
        attempt["answer"] = "1936"
    other.write_text(json.dumps(data), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(mine), str(other), str(broken)], ""))
    assert quiz.import_and_report()
    report = quiz.result_view.toPlainText()
    assert "Class report" in report and "50%" in report and "1936 (1)" in report and "broken.json" in report
    csv_path = tmp_path / "all.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv_path), ""))
    assert quiz.export_all_csv() == csv_path
    lines = csv_path.read_text(encoding="utf-8").strip().splitlines()
    assert lines[0].startswith("learner,question_id,chapter_id") and len(lines) == 4


def test_accessible_names_on_the_quiz(real):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox):
        for widget in quiz.findChildren(kind):
            if widget.isVisibleTo(quiz) and not isinstance(widget.parent(), QAbstractSpinBox):
                assert widget.accessibleName(), f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()}"


def test_practice_by_chapter_topic_and_difficulty(real):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    quiz.chapter_box.setCurrentIndex(quiz.chapter_box.findData("north-korea"))
    assert quiz.topic_box.isEnabled() and quiz.topic_box.count() > 2
    quiz.topic_box.setCurrentIndex(1)
    topic = quiz.topic_box.currentData()
    quiz.generated_check.setChecked(False)
    assert quiz.start("practice", seed=2)
    assert {(q.chapter_id, q.section_id) for q in quiz.session.questions} == {("north-korea", topic)}
    quiz.show_start()
    quiz.topic_box.setCurrentIndex(0)
    quiz.difficulty_box.setCurrentIndex(quiz.difficulty_box.findData("hard"))
    assert quiz.start("practice", seed=2)
    assert {q.difficulty for q in quiz.session.questions} == {"hard"}


def test_true_or_false_feedback_uses_the_words_of_the_choices(real):
    quiz = real.navigator.screens()["quiz"]
    question = next(q for q in real.store.questions.all() if q.type == "true_false")
    real.navigator.go(f"quiz/{question.id}")
    right_is_true = bool(question.answer["answer"])
    quiz.widget.pick(2 if right_is_true else 1)  # the wrong one
    quiz.check_answer()
    text = quiz.feedback.toPlainText()
    assert f"The answer: {'True' if right_is_true else 'False'}" in text
    assert "The answer: true" not in text and "The answer: false" not in text
