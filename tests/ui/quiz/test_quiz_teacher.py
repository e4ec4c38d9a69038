from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from koryo_desktop.core.results import MAX_RESULTS_BYTES
from tests.ui.quiz.conftest import answer_right, click, enter, question_of_type


@pytest.fixture
def dialogs(monkeypatch):
    """File dialogs answered with the next path in ``answers``; every folder they opened in."""

    class Dialogs:
        answers: ClassVar[list] = []
        folders: ClassVar[list[str]] = []
        messages: ClassVar[list[str]] = []

    def save(_parent, _title, where, _pattern):
        Dialogs.folders.append(str(Path(where).parent))
        return str(Dialogs.answers.pop(0)), ""

    def open_many(_parent, _title, where, _pattern):
        Dialogs.folders.append(where)
        return [str(p) for p in Dialogs.answers.pop(0)], ""

    def message(box):
        Dialogs.messages.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_many)
    monkeypatch.setattr(QMessageBox, "exec", message)
    return Dialogs


def new_learner(quiz, monkeypatch, name: str, pin: str = "", colour_index: int = 0) -> int:
    def fill(dialog):
        dialog.name.setText(name)
        dialog.pin.setText(pin)
        dialog.swatches.button(colour_index).click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("koryo_desktop.ui.learners.dialogs.NewLearnerDialog.exec", fill)
    return quiz.learner_bar.new_learner()


def typing_pin(pin: str, said: list[str] | None = None):
    """A PIN dialog's exec, as a learner types ``pin`` and presses OK (then Cancel, if it stays open);
    what the dialog said goes into ``said``."""

    def run(dialog):
        dialog.pin.setText(pin)
        dialog.submit()
        if said is not None and dialog.message.isVisibleTo(dialog):
            said.append(dialog.message.text())
        return dialog.result()

    return run


def play(qtbot, quiz, questions, typed: str | None = None) -> None:
    quiz.start("practice", questions, seed=1)
    while quiz.session is not None and quiz.pages.currentWidget() is quiz.session_page:
        if typed is not None and quiz.session.current().question.type == "short":
            quiz.widget.edit.insert(typed)
        else:
            answer_right(qtbot, quiz)
        enter(qtbot, quiz)
        enter(qtbot, quiz)


def test_results_export_import_and_class_report(real, qtbot, dialogs, tmp_path: Path):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    play(qtbot, quiz, real.store.questions.all()[:3])
    click(qtbot, quiz.results_page.back_button)
    mine = tmp_path / "class" / "mine.json"
    mine.parent.mkdir()
    dialogs.answers = [mine]
    click(qtbot, quiz.teacher.export_mine_button)
    assert f"Saved to {mine}" in quiz.status.text()  # says where
    data = json.loads(mine.read_text(encoding="utf-8"))
    assert len(data["attempts"]) == 3
    other, broken, deep, huge, text = (tmp_path / n for n in ("other.json", "broken.json", "deep.json", "huge.json",
                                                               "notes.txt"))  # fmt: skip
    data["learner"] = "Minho"
    for attempt in data["attempts"]:
        attempt["correct"] = False
        attempt["answer"] = "1936"
    other.write_text(json.dumps(data), encoding="utf-8")
    broken.write_text("{", encoding="utf-8")
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    huge.write_bytes(b" " * (MAX_RESULTS_BYTES + 1))
    text.write_text("not results", encoding="utf-8")
    dialogs.answers = [[mine, other, broken, deep, huge, text]]
    with qtbot.waitSignal(quiz.teacher.report_ready, timeout=10_000):
        assert quiz.teacher.import_and_report()  # returns at once; the files are read in the background
        assert quiz.teacher.reading and not quiz.teacher.import_button.isEnabled()
    assert dialogs.folders[-1] == str(mine.parent)  # the dialog opens where the last file went
    report = quiz.results_page.view.toPlainText()
    assert "Class report" in report and "2 learners" in report
    assert "Guest\n3\n3\n100%" in report and "Minho\n3\n0\n0%" in report  # each learner's score
    assert "50%" in report and "1936 (1)" in report  # each question's
    for name in ("broken.json", "deep.json", "huge.json", "notes.txt"):
        assert name in report
    assert "too large" in report and "nested too deeply" in report


def test_importing_only_files_that_are_not_results_says_so(real, qtbot, dialogs, tmp_path: Path):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps({"hello": 1}), encoding="utf-8")
    dialogs.answers = [[notes]]
    quiz.teacher.import_and_report()
    qtbot.waitUntil(lambda: bool(dialogs.messages))
    assert "No results were read" in dialogs.messages[0] and "notes.json: not a Koryo Desktop results file" in (
        dialogs.messages[0])  # fmt: skip
    assert quiz.pages.currentWidget() is quiz.start_page  # no empty "0 learners" report


def test_csv_has_question_text_is_safe_in_a_spreadsheet_and_keeps_pin_learners_private(real, qtbot, dialogs,
                                                                                       monkeypatch, tmp_path):  # fmt: skip
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    short = question_of_type(real, "short")
    play(qtbot, quiz, [short], typed='=HYPERLINK("http://example.com","x")')
    private = new_learner(quiz, monkeypatch, "Aigerim", "2468")
    play(qtbot, quiz, [short], typed="secret answer")
    open_one = new_learner(quiz, monkeypatch, "@Minho")
    play(qtbot, quiz, [short], typed="+7")
    assert quiz.learner_id == open_one
    monkeypatch.setattr("koryo_desktop.ui.learners.dialogs.PinDialog.exec", lambda d: QDialog.DialogCode.Rejected)
    quiz.learner_bar.choose(1)  # back to the guest
    out = tmp_path / "all.csv"
    dialogs.answers = [out]
    click(qtbot, quiz.teacher.export_all_button)
    assert f"Saved to {out}" in quiz.status.text()
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["learner"] for r in rows} == {"Guest", "'@Minho"}  # not Aigerim: her PIN keeps her answers hers
    assert all(r["question"] == short.prompt for r in rows)  # the text beside the id
    answers = {r["answer"] for r in rows}
    assert answers == {'\'=HYPERLINK("http://example.com","x")', "'+7"}
    # Aigerim, with her PIN, exports her own answers too
    monkeypatch.setattr("koryo_desktop.ui.learners.dialogs.PinDialog.exec", typing_pin("2468"))
    assert quiz.learner_bar.choose(private)
    dialogs.answers = [out]
    click(qtbot, quiz.teacher.export_all_button)
    assert "Aigerim" in {r["learner"] for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))}


def test_learners_with_pins_colours_from_swatches_and_the_last_learner_remembered(real, qtbot, monkeypatch,
                                                                                   dialogs):  # fmt: skip
    from koryo_desktop.app import start
    from koryo_desktop.config import Config

    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    aigerim = new_learner(quiz, monkeypatch, "Aigerim Tulegenova-Kim", "2468", colour_index=2)
    assert aigerim and quiz.learner_id == aigerim
    row = next(r for r in real.learner.learners() if r["id"] == aigerim)
    assert row["colour"] == "#009E73"  # the third swatch, no hex code typed
    box = quiz.learner_bar.box
    qtbot.waitUntil(lambda: box.width() >= box.fontMetrics().horizontalAdvance("Aigerim Tulegenova-Kim"))  # whole
    play(qtbot, quiz, [real.store.questions.all()[0]])
    assert len(real.learner.attempts(aigerim)) == 1 and real.learner.attempts() == []
    quiz.learner_bar.choose(1)
    said: list[str] = []
    monkeypatch.setattr("koryo_desktop.ui.learners.dialogs.PinDialog.exec", typing_pin("0000", said))
    assert not quiz.learner_bar.choose(aigerim) and quiz.learner_id == 1
    assert said == ["That PIN is not right."] and dialogs.messages == []  # said in the dialog, which stays open
    monkeypatch.setattr("koryo_desktop.ui.learners.dialogs.PinDialog.exec", typing_pin("2468"))
    assert quiz.learner_bar.choose(aigerim)
    assert "Mastery per chapter" in quiz.start_page.progress.toPlainText()
    again = start(Config(content=real.store.path, data_dir=real.learner.path.parent), lang_given=True)
    try:
        again_quiz = again.navigator.screens()["quiz"]
        again.navigator.go("quiz")
        assert again_quiz.learner_id == 1  # a PIN guards her: not without it
        card = again_quiz.start_page.welcome_card
        assert card.isVisibleTo(again_quiz) and card.heading.text() == "Continue as Aigerim Tulegenova-Kim"
        click(qtbot, card)
        assert again_quiz.learner_id == aigerim
        bob = new_learner(again_quiz, monkeypatch, "Bob")
    finally:
        again.close()
    third = start(Config(content=real.store.path, data_dir=real.learner.path.parent), lang_given=True)
    try:
        third.navigator.go("quiz")
        assert third.navigator.screens()["quiz"].learner_id == bob  # no PIN: back at once
    finally:
        third.close()


def test_names_are_plain_text_everywhere(real, qtbot, monkeypatch, dialogs):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    name = "<a href='http://x.io'>x</a><b>me</b>"
    learner = new_learner(quiz, monkeypatch, name, "1357")
    quiz.learner_bar.choose(1)
    seen = []

    def look(dialog):
        seen.append((dialog.question.textFormat(), dialog.question.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr("koryo_desktop.ui.learners.dialogs.PinDialog.exec", look)
    quiz.learner_bar.choose(learner)
    assert seen == [(Qt.TextFormat.PlainText, f"PIN for {name}:")]
    assert new_learner(quiz, monkeypatch, name.upper().lower()) is None  # the same name again
    assert dialogs.messages[-1] == f"There is already a learner called “{name}”. Choose another name."
    boxes = [w for w in quiz.findChildren(QMessageBox)]
    assert all(b.textFormat() == Qt.TextFormat.PlainText for b in boxes)
    assert opened == []
