"""The reader's panel of bookmarks and highlights is made when it is first opened, and then is as
if it had been there from the start: the learner's notes in it, Tab reaching it right after the
page, styled, touch-scrolled, and without its export at a kiosk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from koryo_desktop.app import Started
from koryo_desktop.ui.reader import note_dialog
from koryo_desktop.ui.reader.notes_panel import NotesPanel
from tests.ui.test_start import loaded_after


def next_control(widget):
    """The next widget that Tab reaches from ``widget``."""
    widget = widget.nextInFocusChain()
    while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()):
        widget = widget.nextInFocusChain()
    return widget


def test_the_reader_opens_without_the_notes_panels_module(fixture_db: Path, tmp_path: Path):
    assert loaded_after(fixture_db, tmp_path, ("reader",), ("koryo_desktop.ui.reader.notes_panel",)) == []


def test_notes_opened_the_first_time_show_what_the_learner_saved(started: Started, qtbot, monkeypatch):
    assert started.navigator.go("reader/north-korea")
    assert started.navigator.go("glossary")  # another screen made after the reader's
    assert started.navigator.go("reader/north-korea")  # (what Tab reaches must not change for it)
    reader = started.navigator.screens()["reader"]
    monkeypatch.setattr(note_dialog, "ask_note", lambda *a, **k: ("look again", True))
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # a bookmark, panel closed
    assert not reader.findChildren(NotesPanel)  # not made for that
    qtbot.keyClick(reader.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # Notes
    panel = reader.notes
    assert panel.isVisible() and panel.view.hasFocus()
    assert panel.model.rowCount() == 1 and panel.model.index(0, 0).data() == "Bookmark: look again"
    assert next_control(reader.view) is panel.close_button  # Tab goes from the page into the panel, as it always did
    assert next_control(panel.export_button).window() is started.window and not reader.isAncestorOf(
        next_control(panel.export_button))  # and on out of the reader after it  # fmt: skip
    assert panel.close_button.property("symbol")  # the × is drawn like every symbol button
    assert panel.view.viewport().property("touchScrolling")  # a finger scrolls the list
    qtbot.keyClick(panel.view, Qt.Key.Key_Escape)
    assert panel.isHidden() and reader.view.hasFocus()


def test_a_kiosk_readers_notes_made_later_offer_no_export(started: Started, qtbot):
    assert started.navigator.go("reader/north-korea")
    reader = started.navigator.screens()["reader"]
    reader.enter_kiosk()
    qtbot.keyClick(reader.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert reader.notes.isVisible() and not reader.notes.export_button.isVisibleTo(reader.notes)
