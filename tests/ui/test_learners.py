"""One learner across the app: chosen in the rail (or the quiz), followed by every screen. Each
learner has their own reading places, bookmarks, highlights, notes, reading theme and size, quiz
answers and review schedule; the guest sees none of a learner's; a kiosk has only the guest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from koryo_desktop.app import Started, start
from koryo_desktop.config import Config
from koryo_desktop.store.learner_store import GUEST_ID, LearnerStore
from koryo_desktop.ui import theme
from koryo_desktop.ui.learners.dialogs import PinDialog
from koryo_desktop.ui.reader import note_dialog
from tests.conftest import activate
from tests.ui.quiz.conftest import answer_right, enter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")

CONTROL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def real(qtbot, real_db: Path, tmp_path: Path):
    app = start(Config(content=real_db, data_dir=tmp_path / "learner"), lang_given=True)
    assert isinstance(app, Started)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    activate(qtbot, app.window)  # the reader's shortcuts work in the active window
    yield app
    app.close()
    theme.apply_display(QApplication.instance(), None, 100, "standard")


def pick(qtbot, box, data) -> None:
    """Open the list and click the entry holding ``data``, as a person does."""
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(box.findData(data), 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())


def add_in_rail(qtbot, app: Started, monkeypatch, name: str, pin: str = "") -> int:
    """The rail's "New learner…" entry, the dialog filled in; the new learner becomes current."""

    def fill(dialog):
        dialog.name.setText(name)
        dialog.pin.setText(pin)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("koryo_desktop.ui.learners.dialogs.NewLearnerDialog.exec", fill)
    pick(qtbot, app.window.learner_bar.box, -1)
    assert app.current.name == name
    return app.current.id


def typing_pin(pin: str, said: list[str] | None = None):
    def run(dialog):
        dialog.pin.setText(pin)
        dialog.submit()
        if said is not None and dialog.message.isVisibleTo(dialog):
            said.append(dialog.message.text())
        return dialog.result()

    return run


def choose_in_rail(qtbot, app: Started, monkeypatch, learner_id: int, pin: str = "") -> None:
    monkeypatch.setattr(PinDialog, "exec", typing_pin(pin))
    pick(qtbot, app.window.learner_bar.box, learner_id)
    assert app.current.id == learner_id


def read_down(qtbot, reader, pages: int) -> tuple[str | None, int]:
    reader.view.setFocus()
    qtbot.waitUntil(lambda: reader.view.verticalScrollBar().maximum() > 0)
    for _ in range(pages):
        qtbot.keyClick(reader.view, Qt.Key.Key_PageDown)
    return reader.current_place()


def highlight_words(qtbot, reader, words: str, note: str, monkeypatch) -> None:
    """Select ``words`` on the page and press Ctrl+H, writing ``note``."""
    text = reader.view.document().toPlainText()
    start_at = text.index(words)
    cursor = reader.view.textCursor()
    cursor.setPosition(start_at)
    cursor.setPosition(start_at + len(words), cursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cursor)
    monkeypatch.setattr(note_dialog, "ask_note", lambda *a, **k: (note, True))
    qtbot.keyClick(reader.view, Qt.Key.Key_H, CONTROL)


def bookmark(qtbot, reader, note: str, monkeypatch) -> None:
    monkeypatch.setattr(note_dialog, "ask_note", lambda *a, **k: (note, True))
    qtbot.keyClick(reader.view, Qt.Key.Key_D, CONTROL)


def notes_listed(reader) -> list[str]:
    return [n["note"] for n in reader.notes.model.notes()]


def test_each_learner_reads_with_their_own_places_notes_highlights_and_theme(real, qtbot, monkeypatch):
    nav, store = real.navigator, real.learner
    reader, home = nav.screens()["reader"], nav.screens()["home"]
    default_theme = theme.reader_default()
    # the guest bookmarks the deportation chapter
    nav.go("reader/deportation-1937")
    guest_place = read_down(qtbot, reader, 3)
    bookmark(qtbot, reader, "the guest's", monkeypatch)
    assert notes_listed(reader) == ["the guest's"]

    # Minho (with a PIN) is new: none of the guest's, and a fresh start in the reader
    minho = add_in_rail(qtbot, real, monkeypatch, "Minho", "2468")
    assert store.position("deportation-1937") == store.position("deportation-1937", GUEST_ID)
    assert store.position("deportation-1937").section_slug == guest_place[0]  # the guest's place kept as theirs
    assert notes_listed(reader) == [] and reader.view.marks("highlight") == []
    assert reader.view.theme.key == default_theme and reader.view.scale == 100
    assert reader.chapter.id == reader.toc_model.chapters()[0].id  # where a new reader starts
    nav.go("reader/north-korea")
    minho_place = read_down(qtbot, reader, 4)
    highlight_words(qtbot, reader, "armistice", "Minho's note", monkeypatch)
    qtbot.keyClick(reader.view, Qt.Key.Key_T, CONTROL | SHIFT)  # the next reading theme
    minho_theme = reader.view.theme.key
    assert minho_theme != default_theme
    minho_place = reader.current_place()
    minho_marks = reader.view.marks("highlight")
    assert minho_marks and notes_listed(reader) == ["Minho's note"]

    # Aigerim, switched to mid-chapter: Minho's place is saved as his, and she starts afresh
    aigerim = add_in_rail(qtbot, real, monkeypatch, "Aigerim")
    saved = store.position("north-korea", minho)
    assert saved is not None and (saved.section_slug, int(saved.scroll)) == minho_place
    assert store.position("north-korea", aigerim) is None
    assert notes_listed(reader) == [] and reader.view.marks("highlight") == []
    assert reader.view.theme.key == default_theme
    nav.go("reader/deportation-1937")
    aigerim_place = read_down(qtbot, reader, 6)
    bookmark(qtbot, reader, "Aigerim's", monkeypatch)
    qtbot.keyClick(reader.view, Qt.Key.Key_Plus, CONTROL)
    assert reader.view.scale == 110

    # back to Minho, with his PIN, mid-chapter: her place saved, his opened exactly
    choose_in_rail(qtbot, real, monkeypatch, minho, "2468")
    saved = store.position("deportation-1937", aigerim)
    assert saved is not None and (saved.section_slug, int(saved.scroll)) == aigerim_place
    assert reader.chapter.id == "north-korea" and reader.current_place() == minho_place
    assert reader.view.theme.key == minho_theme and reader.view.scale == 100
    assert reader.view.marks("highlight") == minho_marks and notes_listed(reader) == ["Minho's note"]
    nav.go("home")
    assert home.continue_button.property("target").startswith("reader/north-korea")

    # the guest sees only the guest's
    choose_in_rail(qtbot, real, monkeypatch, GUEST_ID)  # no PIN asked
    assert home.continue_button.property("target").startswith("reader/deportation-1937")
    nav.go("reader")
    assert reader.chapter.id == "deportation-1937" and reader.current_place() == guest_place
    assert notes_listed(reader) == ["the guest's"] and reader.view.marks("highlight") == []
    assert reader.view.theme.key == default_theme and reader.view.scale == 100
    assert [b["note"] for b in store.bookmarks(GUEST_ID)] == ["the guest's"]
    assert [b["note"] for b in store.bookmarks(aigerim)] == ["Aigerim's"]
    assert [b["note"] for b in store.bookmarks(minho)] == ["Minho's note"]
    # and the choice is remembered: Aigerim, without a PIN, is back at the next start
    choose_in_rail(qtbot, real, monkeypatch, aigerim)
    assert reader.view.scale == 110 and notes_listed(reader) == ["Aigerim's"]
    again = start(Config(content=real.store.path, data_dir=real.learner.path.parent), lang_given=True)
    try:
        assert again.current.id == aigerim and again.window.learner_bar.box.currentText() == "Aigerim"
    finally:
        again.close()


def test_each_learner_has_their_own_answers_review_and_results_file(real, qtbot, monkeypatch, tmp_path):
    nav, store = real.navigator, real.learner
    quiz = nav.screens()["quiz"]
    nav.go("quiz")
    questions = [q for q in real.store.questions.all() if q.type == "single"]
    quiz.start("practice", questions[:1], seed=1)
    answer_right(qtbot, quiz)
    enter(qtbot, quiz)
    aigerim = add_in_rail(qtbot, real, monkeypatch, "Aigerim", "1357")
    assert quiz.learner_bar.box.currentData() == aigerim  # the quiz's chooser follows the rail's
    assert quiz.pages.currentWidget() is quiz.start_page  # the guest's round ended with the switch
    assert "No answers yet" in quiz.start_page.progress.toPlainText()  # nothing of the guest's
    quiz.start("practice", questions[1:3], seed=1)
    for _ in range(2):
        answer_right(qtbot, quiz)
        enter(qtbot, quiz)
        enter(qtbot, quiz)
    assert [a["question_id"] for a in store.attempts(aigerim)] == [q.id for q in questions[1:3]]
    assert [a["question_id"] for a in store.attempts(GUEST_ID)] == [questions[0].id]
    assert set(store.due_questions("9999-12-31", aigerim)) == {q.id for q in questions[1:3]}
    assert set(store.due_questions("9999-12-31", GUEST_ID)) == {questions[0].id}
    mine = tmp_path / "aigerim.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mine), ""))
    assert quiz.export_my_results() == mine
    data = json.loads(mine.read_text(encoding="utf-8"))
    assert data["learner"] == "Aigerim" and [a["question_id"] for a in data["attempts"]] == [
        q.id for q in questions[1:3]
    ]
    # the guest: their own progress and file, nothing of Aigerim's
    choose_in_rail(qtbot, real, monkeypatch, GUEST_ID)
    progress = quiz.start_page.progress.toPlainText()
    assert questions[0].prompt[:40] in progress
    assert all(q.prompt[:40] not in progress for q in questions[1:3])
    assert quiz.due_ids() == [] or set(quiz.due_ids()) <= {questions[0].id}
    theirs = tmp_path / "guest.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(theirs), ""))
    assert quiz.export_my_results() == theirs
    data = json.loads(theirs.read_text(encoding="utf-8"))
    assert data["learner"] == "Guest" and [a["question_id"] for a in data["attempts"]] == [questions[0].id]


def test_switching_learner_in_the_reader_saves_the_first_place_and_opens_the_second(real, qtbot, monkeypatch):
    nav, store = real.navigator, real.learner
    reader = nav.screens()["reader"]
    minho = add_in_rail(qtbot, real, monkeypatch, "Minho")
    nav.go("reader/north-korea")
    minho_place = read_down(qtbot, reader, 5)
    choose_in_rail(qtbot, real, monkeypatch, GUEST_ID)
    nav.go("reader/deportation-1937")
    guest_place = read_down(qtbot, reader, 2)
    reader._save_timer.start()  # a save still pending when the learner changes is the guest's, not Minho's
    choose_in_rail(qtbot, real, monkeypatch, minho)
    assert reader.chapter.id == "north-korea" and reader.current_place() == minho_place
    assert nav.current == "reader/north-korea" and nav.can_go_back()  # Back knows what is on show
    reader._save_timer.timeout.emit()  # whatever save comes now is Minho's place, as he sees it
    for chapter, learner, place in (("deportation-1937", GUEST_ID, guest_place), ("north-korea", minho, minho_place)):
        saved = store.position(chapter, learner)
        assert saved is not None and (saved.section_slug, int(saved.scroll)) == place
    assert store.position("deportation-1937", minho) is None


def test_a_pin_is_asked_and_wrong_tries_make_the_learner_wait(real, qtbot, monkeypatch):
    box = real.window.learner_bar.box
    aigerim = add_in_rail(qtbot, real, monkeypatch, "Aigerim", "2468")
    choose_in_rail(qtbot, real, monkeypatch, GUEST_ID)
    said: list[str] = []
    for _ in range(3):
        monkeypatch.setattr(PinDialog, "exec", typing_pin("1111", said))
        pick(qtbot, box, aigerim)
        assert real.current.id == GUEST_ID and box.currentData() == GUEST_ID
    assert said == ["That PIN is not right."] * 3
    dialogs: list[PinDialog] = []

    def look(dialog):
        dialogs.append(dialog)
        return typing_pin("1111", said)(dialog)

    monkeypatch.setattr(PinDialog, "exec", look)
    pick(qtbot, box, aigerim)  # the fourth wrong try starts a wait
    first = dialogs[-1]
    assert said[-1] == "Too many wrong tries. Try again in 5 seconds."
    assert not first.pin.isEnabled() and first.waiting == 5
    seen = []
    monkeypatch.setattr(PinDialog, "exec", lambda d: seen.append(d) or QDialog.DialogCode.Rejected)
    pick(qtbot, box, aigerim)  # asked again at once: the wait goes on, the prompt stays disabled
    waiting = seen[-1]
    assert 0 < waiting.waiting <= 5 and not waiting.pin.isEnabled()
    assert waiting.message.text().startswith("Too many wrong tries.")
    waiting.submit()  # pressing OK while waiting tries nothing
    assert real.learner.pin_wait(aigerim) > 0
    while waiting.waiting:  # the countdown's seconds, one by one
        waiting._countdown.timeout.emit()
    assert waiting.pin.isEnabled() and waiting.message.text() == "You can try again now."


def test_new_learner_problems_are_said_in_the_interface_language(real, qtbot, monkeypatch):
    from koryo_desktop.ui.learners.dialogs import NewLearnerDialog

    real.window.language_box.setCurrentIndex(real.window.language_box.findData("ru"))
    dialog = NewLearnerDialog({"aigerim"})
    qtbot.addWidget(dialog)
    dialog.name.setText("Айгерим")
    dialog.pin.setText("12")
    dialog.accept()
    assert dialog.problem.text() == "⚠ PIN должен состоять хотя бы из 4 цифр (или оставьте поле пустым)."
    dialog.pin.setText("١٢٣٤")  # pasted digits of another script: not a PIN's (the store would refuse it)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.problem.text().startswith("⚠ PIN")
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or QMessageBox.StandardButton.Ok)

    def full(*_args):
        from koryo_desktop.core.errors import LearnerDataError

        raise LearnerDataError("full", real.learner.path)

    monkeypatch.setattr(real.learner, "add_learner", full)
    monkeypatch.setattr(NewLearnerDialog, "exec", lambda d: d.name.setText("Minho") or QDialog.DialogCode.Accepted)
    assert real.window.learner_bar.new_learner() is None and real.current.id == GUEST_ID
    assert said and "диск" in said[-1]  # the disk is full, in Russian
    real.window.language_box.setCurrentIndex(real.window.language_box.findData("en"))


def test_a_kiosk_has_only_the_guest(qtbot, real_db: Path, tmp_path: Path):
    data = tmp_path / "learner"
    data.mkdir()
    store = LearnerStore(data / "learner.db")
    bob = store.add_learner("Bob")
    store.set_setting("quiz.last_learner", bob)
    store.save_position("north-korea", None, learner_id=bob)
    store.close()
    app = start(Config(content=real_db, data_dir=data, kiosk=True), lang_given=True)
    assert isinstance(app, Started)
    try:
        app.window.show()
        qtbot.waitExposed(app.window)
        assert app.current.id == GUEST_ID and not app.window.learner_bar.isVisible()
        assert not app.current.switch(bob) and app.current.id == GUEST_ID
        app.navigator.go("reader")
        assert app.navigator.screens()["reader"].chapter.id != "north-korea"  # not Bob's place
    finally:
        app.close()
