"""How the app starts: only the first screen is made; the others on their first visit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from koryo_desktop.app import Started, place_window


def test_screens_are_made_on_their_first_visit(started: Started, qtbot):
    window, nav = started.window, started.navigator
    assert set(nav.made()) == {"home"}
    assert list(window.rail_buttons) == nav.names() and len(nav.names()) == 9  # the rail names them all
    qtbot.mouseClick(window.rail_buttons["glossary"], Qt.MouseButton.LeftButton)
    assert set(nav.made()) == {"home", "glossary"}
    assert window.current_screen() is nav.made()["glossary"] and window.rail_buttons["glossary"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back to home, nothing new made
    assert nav.current == "home" and set(nav.made()) == {"home", "glossary"}


def test_a_window_opens_when_there_is_no_primary_screen(started: Started):
    class NoScreen:  # a display that went away: Qt has no primary screen
        def primaryScreen(self) -> None:
            return None

    show = place_window(NoScreen(), started.window)
    assert show == started.window.show
