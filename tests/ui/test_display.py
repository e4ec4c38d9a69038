"""Colours and interface size switched while the app runs, on every screen, as a person switches
them (keyboard on the rail's boxes): every text keeps at least 4.5:1 against its ground, measured
from the rendered pixels, and grows with the interface size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)  # fmt: skip

from koryo_desktop.app import Started
from koryo_desktop.ui import theme
from koryo_desktop.ui.timeline.canvas import STRIP_HEIGHT
from tests.ui.driving import SCREENS, settle, switch
from tests.ui.pixels import text_contrast_problems

# the order a teacher might go through them; every scheme at both ends of the size range
STATES = [(100, "standard"), (100, "dark"), (100, "high-contrast"), (200, "high-contrast"), (200, "dark"),
          (200, "standard")]  # fmt: skip


def painted(app: Started) -> dict[QWidget, QRect]:
    """The timeline's canvas paints its own labels (the density strip at its foot is a chart)."""
    viewport = app.navigator.screens()["timeline"].canvas.viewport()
    return {viewport: viewport.rect().adjusted(0, 0, 0, -STRIP_HEIGHT)}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_text_keeps_its_contrast_when_colours_and_size_change(started: Started, qtbot, screen: str):
    window = SCREENS[screen](started, qtbot)
    settle()
    failures = []
    for scale, scheme in STATES:
        if started.window.size_box.currentData() != scale:
            switch(qtbot, started.window.size_box, scale)
        if started.window.colours_box.currentData() != scheme:
            switch(qtbot, started.window.colours_box, scheme)
        assert theme.display() == (scale, scheme)
        failures += [
            f"{scale} % {scheme}: {p}" for p in text_contrast_problems(window, window, painted=painted(started))
        ]
    assert failures == []


def text_sizes(root: QWidget) -> dict[int, tuple[str, float]]:
    """The point size of every text on show under `root`, by widget."""
    sizes = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QTextEdit):
            sizes[id(widget)] = (type(widget).__name__, widget.document().defaultFont().pointSizeF())
        elif isinstance(widget, (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)):
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            if text.strip():
                sizes[id(widget)] = (f"{type(widget).__name__} “{text[:30]}”", widget.font().pointSizeF())
    return sizes


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_text_grows_with_the_interface_size(started: Started, qtbot, screen: str):
    window = SCREENS[screen](started, qtbot)
    switch(qtbot, started.window.colours_box, "dark")
    before = text_sizes(window)
    switch(qtbot, started.window.size_box, 200)
    after = text_sizes(window)
    base = QApplication.font().pointSizeF()
    fixed = [f"{name}: {before[key][1]:g} → {size:g} pt" for key, (name, size) in after.items()
             if key in before and size < before[key][1] * 1.75]  # fmt: skip
    small = [f"{name}: {size:g} pt under {base:g}" for name, size in after.values() if size < base * 0.85]
    assert fixed == [] and small == []


def test_the_rail_keeps_every_word_whole_in_every_language_and_size(started: Started, qtbot):
    """Switching the language after the size (Russian words are longer) widens the rail again, and
    the keyboard stays on the box that was used."""
    window = started.window
    rail = window.rail_area.widget()
    clipped = []
    for scale in (100, 200):
        switch(qtbot, window.size_box, scale)
        for language in ("ru", "ko", "en"):
            switch(qtbot, window.language_box, language)
            if window.rail_area.viewport().width() < rail.sizeHint().width():
                clipped.append(
                    f"{scale} % {language}: {window.rail_area.viewport().width()} < {rail.sizeHint().width()}"
                )
            clipped += [f"{scale} % {language}: {type(w).__name__} “{w.text()}”" for w in rail.findChildren(QLabel)
                        if w.isVisible() and w.width() < w.sizeHint().width()]  # fmt: skip
            widths = {b.width() for b in window.rail_buttons.values()}
            if len(widths) != 1:  # the rail's buttons line up as one column, whatever their words
                clipped.append(f"{scale} % {language}: rail buttons {sorted(widths)} wide")
    assert clipped == []


def test_monograms_follow_the_language(started: Started, qtbot):
    """A person's monogram shows the initials of the name in the interface's language (НИ in
    Russian, 남 in Korean), not those of the language the list was first drawn in."""
    from PySide6.QtCore import QRect

    from koryo_desktop.ui.people.people_model import TITLE_ROLE
    from koryo_desktop.ui.widgets.monogram import monogram_image

    window = started.window
    started.navigator.go("people/nam-il")
    people = started.navigator.screens()["people"]
    settle()
    for language in ("ru", "ko", "en"):
        switch(qtbot, window.language_box, language)
        index = people.list_view.currentIndex()
        rect = people.list_view.visualRect(index)
        size = rect.height() - 10
        drawn = people.list_view.viewport().grab(QRect(rect.left() + 6, rect.top() + 5, size, size)).toImage()
        expected = monogram_image(index.data(TITLE_ROLE), "nam-il", size, people.list_view.font())
        middle = QRect(size // 4, size // 4, size // 2, size // 2)  # the initials, clear of the anti-aliased rim
        drawn_middle = drawn.copy(middle).convertToFormat(expected.format())
        assert drawn_middle == expected.copy(middle), f"{language}: the monogram is not {index.data(TITLE_ROLE)}'s"


def test_a_widget_styled_through_the_theme_follows_size_and_colours(started: Started, qtbot):
    """theme.set_style: a label's own sheet with a size ({15}: 15 pt at 100 %) and a palette colour
    is made again at every change, so it grows with the interface and never keeps old colours."""
    window = started.window
    screen = started.navigator.screens()["home"]
    label = QLabel("Who signed for the northern side?", screen)
    screen.layout().insertWidget(0, label)
    theme.set_style(label, "font-size: {15}pt; font-weight: bold; color: palette(window-text);")
    settle()
    assert label.font().pointSizeF() == 15
    switch(qtbot, window.size_box, 200)
    switch(qtbot, window.colours_box, "high-contrast")
    assert label.font().pointSizeF() == 30 and label.font().bold()
    assert text_contrast_problems(window, label) == []
    assert label.palette().color(label.foregroundRole()).name() == "#ffffff"
