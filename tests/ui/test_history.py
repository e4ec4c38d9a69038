"""Back (Alt+Left) and Forward return to a page as it was left: scrolled where the person left it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from koryo_desktop.app import Started
from tests.ui.driving import settle


def wheel(area: QAbstractScrollArea, notches: int) -> None:
    """Turn the mouse wheel over `area` (negative: down the page)."""
    viewport = area.viewport()
    centre = QPointF(viewport.rect().center())
    for _ in range(abs(notches)):
        event = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(),
                            QPoint(0, 120 if notches > 0 else -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
        QApplication.sendEvent(viewport, event)
    settle()


def bars(areas: list[QAbstractScrollArea]) -> list[tuple[int, int]]:
    return [(a.horizontalScrollBar().value(), a.verticalScrollBar().value()) for a in areas]


# each case: the page to open, and the scroll areas a person scrolls there (by the wheel, or the keys)
CASES: dict[str, tuple[str, Callable[[Started], list[QAbstractScrollArea]]]] = {
    "home": ("home", lambda s: [s.window.frame("home")]),
    "reader": ("reader/deportation-1937", lambda s: [s.navigator.screens()["reader"].view]),
    "people": ("people/nam-il", lambda s: [s.navigator.screens()["people"].list_view,
                                          s.navigator.screens()["people"].detail]),
    "timeline": ("timeline", lambda s: []),
    "quiz": ("quiz", lambda s: [s.navigator.screens()["quiz"].start_page]),
    "search": ("search/korea", lambda s: [s.navigator.screens()["search"].results]),
    "glossary": ("glossary", lambda s: [s.navigator.screens()["glossary"].list_view]),
    "places": ("places/tashkent", lambda s: [s.navigator.screens()["places"].list_view,
                                             s.navigator.screens()["places"].detail]),
}  # fmt: skip


@pytest.mark.parametrize("case", list(CASES))
def test_back_returns_to_the_scroll_position_it_left(panel: Started, qtbot, case: str):
    target, scrolled = CASES[case]
    window, nav = panel.window, panel.navigator
    assert nav.go(target)
    settle()
    areas = scrolled(panel)
    for area in areas:
        assert area.verticalScrollBar().maximum() > 0, f"{type(area).__name__} has nothing to scroll"
        wheel(area, -3)
    if case == "timeline":  # the canvas pans with Shift+Right, after zooming in
        canvas = nav.screens()["timeline"].canvas
        canvas.setFocus()
        for key, modifier in ((Qt.Key.Key_Plus, Qt.KeyboardModifier.NoModifier),) * 3 + (
            (Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier),) * 4:  # fmt: skip
            qtbot.keyClick(canvas, key, modifier)
        areas.append(canvas)
    left = bars(areas)
    assert all(x > 0 or y > 0 for x, y in left), left
    other = "places" if case == "home" else "home"
    qtbot.mouseClick(window.rail_buttons[other], Qt.MouseButton.LeftButton)
    assert nav.current == other
    qtbot.keyClick(window.current_screen(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert nav.current == target
    qtbot.waitUntil(lambda: bars(areas) == left)
    qtbot.keyClick(window.current_screen(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert nav.current == other
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bars(areas) == left)


def test_back_within_a_list_returns_to_the_record_and_the_list_as_left(panel: Started, qtbot):
    """Records chosen one after another in a list: Back shows the one before, the list where it was."""
    nav = panel.navigator
    nav.go("glossary")
    glossary = nav.screens()["glossary"]
    glossary.list_view.setFocus()
    for _ in range(30):
        qtbot.keyClick(glossary.list_view, Qt.Key.Key_Down)
    wheel(glossary.list_view, -1)  # the chosen term no longer at the foot of the list
    first = nav.current
    position = glossary.list_view.verticalScrollBar().value()
    assert position > 0
    qtbot.keyClick(glossary.list_view, Qt.Key.Key_Home)
    assert nav.current != first and glossary.list_view.verticalScrollBar().value() == 0
    qtbot.keyClick(glossary.list_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert nav.current == first
    qtbot.waitUntil(lambda: glossary.list_view.verticalScrollBar().value() == position)


def test_back_from_a_link_on_the_same_screen_returns_to_the_page_as_left(panel: Started, qtbot):
    nav = panel.navigator
    nav.go("people/nam-il")
    people = nav.screens()["people"]
    wheel(people.detail, -4)
    position = people.detail.verticalScrollBar().value()
    assert position > 0
    people.detail.anchorClicked.emit(QUrl("people/hong-beom-do"))  # a link to another person
    assert nav.current == "people/hong-beom-do"
    qtbot.keyClick(people.detail, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert nav.current == "people/nam-il"
    qtbot.waitUntil(lambda: people.detail.verticalScrollBar().value() == position)
