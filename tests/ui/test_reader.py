from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QInputDialog, QToolTip

from koryo_desktop.app import Started
from koryo_desktop.ui.models.roles import Role
from koryo_desktop.ui.reader import note_dialog
from tests.conftest import activate


@pytest.fixture
def reader(started: Started):
    assert started.navigator.go("reader/north-korea")
    return started.navigator.screens()["reader"]


def test_chapter_page_has_sections_links_citations_summary_and_sources(reader):
    html = reader.view.toHtml()
    text = reader.view.toPlainText()
    assert 'href="people/nam-il"' in html
    assert 'href="quiz/north-korea"' in html  # test yourself
    assert "[1]" in text and "Sources" in text and "Summary" in text and "Talk about it" in text
    # each source says what kind of work it is, so a reader can weigh it
    sources = text[text.rindex("Sources") :]
    assert "Op-ed on Korea and Central Asia" in sources and "[press]" in sources
    assert {"the-armistice", "numbers", "summary"} <= set(reader.view.anchor_positions())


def test_table_of_contents_and_previous_next(started: Started, reader, qtmodeltester, qtbot):
    qtmodeltester.check(reader.toc_model)
    model = reader.toc_model
    chapter = model.index(0, 0)
    assert model.rowCount(chapter) == 2  # the introduction is not listed
    section = model.index(1, 0, chapter)
    reader.toc.activated.emit(section)
    assert started.navigator.current == "reader/north-korea#numbers"
    assert not reader.previous_button.isEnabled() and not reader.next_button.isEnabled()  # one chapter here


def test_links_open_records_and_back_returns(started: Started, reader, qtbot):
    reader.view.anchorClicked.emit(QUrl("people/nam-il"))
    assert started.navigator.current == "people/nam-il"
    assert started.navigator.back()
    assert started.navigator.current == "reader/north-korea"


def test_hover_card_shows_a_short_record(reader, monkeypatch):
    shown = {}
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.setdefault("text", text))
    reader.view.link_hovered.emit("people/nam-il", QPoint(10, 10))
    assert "Nam Il" in shown["text"] and "armistice" in shown["text"]


def test_text_size_and_theme_are_remembered(started: Started, reader, qtbot):
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert reader.view.scale == 110
    reader.size_box.setValue(250)
    assert reader.view.scale == 250
    reader.set_scale(400)
    assert reader.view.scale == 250 and reader.size_box.value() == 250
    qtbot.keyClick(reader.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader.view.scale == 100
    reader.size_box.setValue(80)
    reader.theme_box.setCurrentIndex(reader.theme_box.findData("contrast"))
    assert reader.view.theme.key == "contrast"
    assert started.learner.setting("reader.scale") == 80
    assert started.learner.setting("reader.theme") == "contrast"


@pytest.mark.parametrize("percent", [80, 250])
def test_nothing_clips_at_the_extremes(reader, percent):
    reader.set_scale(percent)
    frame = reader.view.document().rootFrame().frameFormat()
    width = reader.view.viewport().width()
    assert frame.leftMargin() >= 16 and width - frame.leftMargin() - frame.rightMargin() > 100
    assert reader.view.horizontalScrollBar().maximum() == 0


def test_find_in_chapter_highlights_every_match(reader, qtbot):
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert reader.find_bar.isVisible()
    qtbot.keyClicks(reader.find_bar.edit, "panmunjom")
    matches = reader.view.marks("find")
    assert len(matches) >= 1
    assert reader.find_bar.count.text() == f"1 of {len(matches)}"
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_Escape)
    assert not reader.find_bar.isVisible() and reader.view.marks("find") == []


def test_search_hit_opens_scrolled_to_the_hit_and_highlighted(started: Started, qtbot):
    nav = started.navigator
    nav.go("search/남일")
    search = nav.screens()["search"]
    row = next(r for r in range(search.model.rowCount())
               if (search.model.index(r, 0).data(Role.TARGET) or "").startswith("reader/"))  # fmt: skip
    search.results.activated.emit(search.model.index(row, 0))
    reader = nav.screens()["reader"]
    assert nav.current.startswith("reader/north-korea#the-armistice")
    spans = reader.view.marks("search")
    assert spans
    text = reader.view.toPlainText()
    assert text[spans[0][0] : spans[0][1]] == "남일"


def select(reader, words: str) -> int:
    text = reader.view.toPlainText()
    start = text.index(words)
    cursor = reader.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), cursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cursor)
    return start


def no_single_line_notes(*_args, **_kwargs):
    raise AssertionError("a note is written in a multi-line editor")


def test_bookmarks_highlights_notes_and_markdown_export(started: Started, reader, qtbot, monkeypatch, tmp_path: Path):
    notes = iter([("look again", True), ("Nam Il signed.\nCheck the date in FRUS.", True)])
    monkeypatch.setattr(QInputDialog, "getText", no_single_line_notes)
    monkeypatch.setattr(note_dialog, "ask_note", lambda *a, **k: next(notes))
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # bookmark
    start = select(reader, "signed at Panmunjom")
    qtbot.keyClick(reader.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # highlight
    assert reader.view.marks("highlight") == [(start, start + len("signed at Panmunjom"))]
    saved = started.learner.bookmarks()
    assert [n["kind"] for n in saved] == ["bookmark", "highlight"]
    assert saved[1]["note"] == "Nam Il signed.\nCheck the date in FRUS." and saved[1]["section_slug"] == "the-armistice"
    qtbot.keyClick(reader.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # the notes
    assert reader.notes.isVisible() and reader.notes.model.rowCount() == 2
    qtbot.waitUntil(lambda: reader.notes.export_button.width() > 50)  # laid out
    out = tmp_path / "notes.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(reader.notes.export_button, Qt.MouseButton.LeftButton)
    markdown = out.read_text(encoding="utf-8")
    assert "## Soviet Koreans and North Korea" in markdown
    assert "> signed at Panmunjom" in markdown and "look again" in markdown and "Check the date" in markdown
    reader.notes.view.setCurrentIndex(reader.notes.model.index(1, 0))
    qtbot.mouseClick(reader.notes.delete_button, Qt.MouseButton.LeftButton)
    assert reader.view.marks("highlight") == []


def test_a_note_is_edited_in_a_multi_line_editor_from_the_keyboard(started: Started, reader, qtbot, monkeypatch):
    started.learner.add_bookmark("north-korea", "numbers", "", "first")
    started.learner.add_bookmark("north-korea", "the-armistice", "", "second")
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", no_single_line_notes)
    monkeypatch.setattr(note_dialog, "ask_note",
                        lambda _parent, _title, _label, text, *a, **k: asked.append(text) or ("two\nlines", True))  # fmt: skip
    reader.toggle_notes()
    view = reader.notes.view
    assert view.hasFocus() and view.currentIndex().row() == 0  # the list takes the focus when the panel opens
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert asked == ["first"]
    assert [n["note"] for n in started.learner.bookmarks()] == ["two\nlines", "second"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # deletes, and the next one becomes current
    assert [n["note"] for n in started.learner.bookmarks()] == ["second"]
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Return)  # opens it
    assert started.navigator.current == "reader/north-korea#the-armistice"
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert started.learner.bookmarks() == [] and reader.notes.empty.isVisible()


def test_highlight_without_selection_says_what_to_do(reader, monkeypatch):
    shown = {}
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.setdefault("text", text))
    assert reader.add_highlight() is None
    assert "Select some text" in shown["text"]


def test_export_pdf_writes_a_pdf_with_the_sources(reader, monkeypatch, tmp_path: Path):
    out = tmp_path / "chapter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert reader.export_pdf() == out
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000


def test_reading_position_is_remembered_per_chapter(started: Started, reader, qtbot):
    reader.view.setFixedHeight(150)
    qtbot.waitUntil(lambda: reader.view.verticalScrollBar().maximum() > 0)
    qtbot.keyClick(reader.view, Qt.Key.Key_End)
    reader.save_position()
    saved = started.learner.position("north-korea")
    assert saved is not None and saved.section_slug == reader.current_place()[0] != "introduction"
    started.navigator.go("home")
    reader.chapter = None
    started.navigator.go("reader")  # continue where you left off
    assert reader.chapter is not None and reader.chapter.id == "north-korea"


def test_test_yourself_opens_the_quiz_on_the_chapter(started: Started, reader):
    reader.view.anchorClicked.emit(QUrl("quiz/north-korea"))
    quiz = started.navigator.screens()["quiz"]
    assert started.navigator.current == "quiz/north-korea"
    assert quiz.session is not None and quiz.session.mode == "practice"
    assert {q.chapter_id for q in quiz.session.questions} == {"north-korea"}


def test_read_aloud_is_hidden_without_an_engine_and_reads_sentences_with_one(started: Started, qtbot):
    from PySide6.QtCore import QObject, Signal

    from koryo_desktop.ui.reader.read_aloud import ReadAloud
    from koryo_desktop.ui.reader.reader_screen import ReaderScreen

    reader = started.navigator.screens()["reader"]
    assert not reader.read_aloud_offered()  # no QtTextToSpeech here

    class FakeEngine(QObject):
        stateChanged = Signal(object)

        def __init__(self) -> None:
            super().__init__()
            self.said: list[str] = []

        def say(self, text: str) -> None:
            self.said.append(text)

        def stop(self) -> None:
            pass

    engine = FakeEngine()
    screen = ReaderScreen(started.store, started.current, read_aloud=ReadAloud(lambda: engine))
    qtbot.addWidget(screen)
    screen.open_record("north-korea")
    screen.load()
    assert screen.read_aloud_offered()
    screen.toggle_read_aloud()
    first = engine.said[0]
    assert first and screen.view.marks("find")

    class Ready:
        name = "Ready"

    engine.stateChanged.emit(Ready())
    assert len(engine.said) == 2
    screen.toggle_read_aloud()  # stop
    assert not screen.read_aloud.speaking


def test_every_reader_control_has_an_accessible_name(started: Started, reader):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    reader.find_bar.open_bar()
    reader.toggle_notes()
    missing = []
    for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox):
        for widget in reader.findChildren(kind):
            inside_spin_box = isinstance(widget.parent(), QAbstractSpinBox)  # named by its spin box
            if widget.isVisibleTo(reader) and not widget.accessibleName() and not inside_spin_box:
                missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()}")
    assert missing == []


def test_every_link_in_every_chapter_opens_and_back_returns(qtbot, real_db: Path, tmp_path: Path):
    import re

    from koryo_desktop.app import start
    from koryo_desktop.config import Config

    app = start(Config(content=real_db, data_dir=tmp_path / "learner"), lang_given=True)
    assert not isinstance(app, int)
    try:
        nav = app.navigator
        reader = nav.screens()["reader"]
        checked = 0
        for chapter_id in app.store.chapters.ids():
            assert nav.go(f"reader/{chapter_id}")
            html = reader.view.toHtml()
            targets = sorted(set(re.findall(r'href="([^"#][^"]*)"', html)))
            assert targets, chapter_id
            for target in targets:
                assert nav.go(target), f"{chapter_id}: {target}"
                assert nav.back() and nav.current == f"reader/{chapter_id}"
                checked += 1
            anchors = set(re.findall(r'href="#([^"]+)"', html))
            assert anchors <= set(reader.view.anchor_positions()), chapter_id
        assert checked > 100
    finally:
        app.close()


def test_the_note_box_takes_several_lines_and_is_left_from_the_keyboard(qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    dialog = note_dialog.note_dialog(None, "Highlight", "A note for this highlight (optional):", "first")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    editor = dialog.findChild(QPlainTextEdit)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a new line, not "OK"
    qtbot.keyClicks(editor, "second")
    assert dialog.isVisible() and dialog.textValue() == "first\nsecond"
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to the buttons, not a tab character
    assert not editor.hasFocus() and "\t" not in dialog.textValue()
    editor.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.textValue() == "first\nsecond"
