"""A 1024x600 touch panel: the window stays within it on every screen, at 100 % and at 200 %, and
every control of every screen can be brought into view by scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget

from koryo_desktop.app import Started
from tests.ui.driving import SCREENS, settle, switch

PANEL = QSize(1024, 600)


def enough(control: QWidget) -> QSize:
    """How much of a control must show for a person to use it: all of a small one, the first
    lines of a large one."""
    return QSize(min(control.width(), 120), min(control.height(), 40))


def scroll_into_view(control: QWidget) -> None:
    """Scroll every scroll area around `control`, innermost first, until enough of it shows (as a
    person scrolls to it, or as the areas do when the keyboard moves into it)."""
    need = enough(control)
    area = control.parentWidget()
    while area is not None:
        if isinstance(area, QScrollArea) and area.widget() is not None and area.widget().isAncestorOf(control):
            corner = control.mapTo(area.widget(), QPoint(0, 0))
            area.ensureVisible(corner.x() + need.width() // 2, corner.y() + need.height() // 2,
                               need.width() // 2 + 2, need.height() // 2 + 2)  # fmt: skip
        area = area.parentWidget()


def out_of_reach(window: QWidget, root: QWidget) -> list[str]:
    """The controls under `root` that stay (partly) out of sight after scrolling to them."""
    missing = []
    for control in root.findChildren(QWidget):
        if not control.isVisible() or control.focusPolicy() == Qt.FocusPolicy.NoFocus or control.size().isEmpty():
            continue
        if (
            isinstance(control.parentWidget(), QAbstractScrollArea)
            and control is not getattr(control.parentWidget(), "widget", lambda: None)()
        ):  # a scroll area's own viewport or bars
            continue
        if isinstance(control, QScrollArea) and control.widget() is not None:
            continue  # a page that scrolls: the controls on it are checked one by one
        scroll_into_view(control)
        settle()
        shown = control.visibleRegion().boundingRect()
        on_screen = QRect(control.mapTo(window, shown.topLeft()), shown.size()).intersected(window.rect())
        if on_screen.size() != shown.size() or shown.size().expandedTo(enough(control)) != shown.size():
            missing.append(
                f"{type(control).__name__} {control.accessibleName() or control.objectName()}: "
                f"{on_screen.width()}x{on_screen.height()} of {control.width()}x{control.height()} in sight"
            )
    return missing


@pytest.mark.parametrize("scale", [100, 200])
def test_a_1024x600_panel_keeps_the_window_within_it_and_every_control_in_reach(started: Started, qtbot, scale: int):
    window = started.window
    window.resize(PANEL)
    settle()
    if scale != 100:
        switch(qtbot, window.size_box, scale)
    problems = []
    for name, go in SCREENS.items():
        go(started, qtbot)
        settle()
        if window.size() != PANEL or PANEL.expandedTo(window.minimumSizeHint()) != PANEL:
            problems.append(
                f"{name}: the window is {window.size().toTuple()}, needs {window.minimumSizeHint().toTuple()}"
            )
        screen = window.current_screen()
        problems += [f"{name}: {what}" for what in out_of_reach(window, screen)]
    problems += [f"rail: {what}" for what in out_of_reach(window, window.rail_area.widget())]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_a_1024x600_panel_never_scrolls_a_screen_sideways(panel: Started, qtbot, screen: str):
    """At 100 % every screen fits the panel's width, with the real content's long titles, also after
    the colours change (a new style makes each control measure itself again)."""
    window = panel.window
    SCREENS[screen](panel, qtbot)
    switch(qtbot, window.colours_box, "dark")
    switch(qtbot, window.colours_box, "standard")
    frame = window.frame(window.current_screen().name)
    assert frame.horizontalScrollBar().maximum() == 0, frame.widget().minimumSizeHint().toTuple()


def in_sight(widget: QWidget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def test_a_rail_box_chosen_by_its_alt_letter_comes_into_sight_and_stays_there(started: Started, qtbot):
    """At 200 % on a 1024x600 panel the rail's boxes sit below the fold: Alt+O (Colours) and Alt+Z
    (Interface size) scroll them into sight, and they stay in sight while their choice re-lays out
    the whole interface."""
    window = started.window
    window.resize(PANEL)
    switch(qtbot, window.size_box, 200)
    window.rail_area.verticalScrollBar().setValue(0)  # the person scrolled the rail back to the top
    settle()
    assert not in_sight(window.colours_box)
    qtbot.keyClick(window.current_screen(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.colours_box
    qtbot.waitUntil(lambda: in_sight(window.colours_box))
    qtbot.keyClick(window.colours_box, Qt.Key.Key_End)  # high contrast
    qtbot.waitUntil(lambda: in_sight(window.colours_box))
    window.rail_area.verticalScrollBar().setValue(0)
    qtbot.keyClick(window.current_screen(), Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: in_sight(window.size_box))
    qtbot.keyClick(window.size_box, Qt.Key.Key_Up)  # 175 %: the rail's rows move up
    qtbot.waitUntil(lambda: in_sight(window.size_box))
    qtbot.keyClick(window.size_box, Qt.Key.Key_Home)  # 100 %
    qtbot.waitUntil(lambda: in_sight(window.size_box))
    assert QApplication.focusWidget() is window.size_box


@pytest.mark.parametrize("target", ["glossary", "places", "glossary/koryo-saram"])
def test_a_page_beside_a_list_keeps_its_words_whole_at_200_percent(panel: Started, qtbot, target: str):
    """On the panel at 200 %, in Russian, the page beside the list keeps a readable measure: its
    title is not broken inside a word ('Глоссари / й')."""
    window = panel.window
    switch(qtbot, window.size_box, 200)
    switch(qtbot, window.language_box, "ru")
    panel.navigator.go(target)
    settle()
    detail = panel.navigator.screens()[target.split("/")[0]].detail
    title = detail.document().firstBlock()
    words = title.text().split()
    assert title.layout().lineCount() <= len(words), f"“{title.text()}” in {title.layout().lineCount()} lines"
