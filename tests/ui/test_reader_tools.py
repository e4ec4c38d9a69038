"""Every reading tool can always be reached, by the mouse (on the row or in its » menu) and by its
shortcut, at any window size, in every language and at every interface size; the panels close."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from koryo_desktop.app import Started, start
from koryo_desktop.config import Config
from koryo_desktop.ui import theme
from koryo_desktop.ui.models.roles import Role
from koryo_desktop.ui.reader import note_dialog, printing
from tests.conftest import activate

NATIVE = QKeySequence.SequenceFormat.NativeText
# menus are popups: the offscreen platform plugin can neither raise them nor grab the keyboard for them
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture
def real(qtbot, real_db: Path, tmp_path: Path):
    app = start(Config(content=real_db, data_dir=tmp_path / "learner"), lang_given=True)
    assert isinstance(app, Started)
    yield app
    app.close()
    theme.apply_display(QApplication.instance(), None, 100, "standard")


def show(qtbot, app: Started, size: tuple[int, int], lang: str = "en", scale: int = 100) -> object:
    window = app.window
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)  # shortcuts work in the active window
    window.language_box.setCurrentIndex(window.language_box.findData(lang))
    window.size_box.setCurrentIndex(window.size_box.findData(scale))
    assert app.navigator.go("reader/deportation-1937")
    reader = app.navigator.screens()["reader"]
    qtbot.waitUntil(lambda: reader.tools.strip.width() > 0 and reader.view.verticalScrollBar().maximum() > 0)
    return reader


def open_more(qtbot, reader) -> QMenu:
    strip = reader.tools.strip
    assert strip.more_button.isVisible(), "the tools fit: nothing to open"
    qtbot.mouseClick(strip.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(strip.more_menu.isVisible)
    return strip.more_menu


def click_in_menu(qtbot, menu: QMenu, action: QAction) -> None:
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def on_row(reader, name: str) -> bool:
    """A tool button a person can see and click whole on the row."""
    button, strip = reader.tools.buttons[name], reader.tools.strip
    if not button.isVisible():
        return False
    geometry = button.geometry()
    return geometry.left() >= 0 and geometry.right() < strip.width() - 1 and strip.isVisible()


TOOLS = ("previous", "next", "smaller", "larger", "find", "bookmark", "highlight", "notes", "print", "pdf")


def assert_every_tool_reachable(qtbot, reader) -> list[str]:
    """Each tool is on the row or in the » menu (not both, not neither); returns those in the menu."""
    actions = reader.tools.actions
    in_menu: list[str] = []
    menu_entries: list[QAction | QMenu] = []
    if reader.tools.strip.more_button.isVisible():
        menu = open_more(qtbot, reader)
        menu_entries = list(menu.actions())
        menu.close()
    for name in TOOLS:
        shown, listed = on_row(reader, name), actions[name] in menu_entries
        assert shown != listed, f"{name}: on the row {shown}, in the menu {listed}"
        if listed:
            in_menu.append(name)
    theme_listed = reader.tools.theme_menu.menuAction() in menu_entries
    assert reader.theme_box.isVisible() != theme_listed
    return in_menu


@pytest.mark.parametrize(
    ("size", "lang", "scale"),
    [
        ((1024, 600), "en", 100),
        ((1366, 768), "ru", 100),
        ((1366, 768), "en", 200),
        ((1920, 1080), "ru", 200),
        ((1024, 600), "ko", 150),
    ],
)
def test_every_tool_can_be_reached_and_works_from_the_menu(real, qtbot, monkeypatch, tmp_path, size, lang, scale):
    reader = show(qtbot, real, size, lang, scale)
    in_menu = assert_every_tool_reachable(qtbot, reader)
    reader.toggle_notes()  # the notes panel takes room from the row: still everything reachable
    qtbot.waitUntil(lambda: reader.notes.width() > 50)
    in_menu = assert_every_tool_reachable(qtbot, reader)
    if size[0] < 1900 or scale == 200:
        assert in_menu, "this is narrow: some tools should be in the menu"
    monkeypatch.setattr(note_dialog, "ask_note", lambda *a, **k: ("", True))
    printed: list[str] = []
    monkeypatch.setattr(printing, "print_with_dialog", lambda html, *a: printed.append(html) or True)
    out = tmp_path / "chapter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    effects = {
        "previous": lambda: real.navigator.current == "reader/far-east-settlement",
        "next": lambda: real.navigator.current == "reader/deportation-1937",
        "smaller": lambda: reader.view.scale == 90,
        "larger": lambda: reader.view.scale == 100,
        "find": reader.find_bar.isVisible,
        "bookmark": lambda: len(real.learner.bookmarks()) == 1,
        "highlight": lambda: reader.view.marks("highlight") != [],
        "notes": lambda: reader.notes.isHidden(),  # it was open: the menu closes it
        "print": lambda: len(printed) == 1,
        "pdf": out.exists,
    }
    for name in TOOLS:
        if name == "highlight":
            text = reader.view.toPlainText()
            start = len(text) // 3  # a stretch of running text, in any language
            cursor = reader.view.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(start + 10, cursor.MoveMode.KeepAnchor)
            reader.view.setTextCursor(cursor)
        if on_row(reader, name):
            qtbot.mouseClick(reader.tools.buttons[name], Qt.MouseButton.LeftButton)
        else:
            click_in_menu(qtbot, open_more(qtbot, reader), reader.tools.actions[name])
        qtbot.waitUntil(effects[name])
    if reader.tools.theme_menu.menuAction() in reader.tools.strip.overflow():
        menu = open_more(qtbot, reader)
        menu.setActiveAction(reader.tools.theme_menu.menuAction())  # opens the submenu
        qtbot.waitUntil(reader.tools.theme_menu.isVisible)
        sepia = next(a for a in reader.tools.theme_group.actions() if a.data() == "sepia")
        click_in_menu(qtbot, reader.tools.theme_menu, sepia)
        qtbot.waitUntil(lambda: reader.view.theme.key == "sepia")
        assert reader.theme_box.currentData() == "sepia"


def test_every_tool_has_a_shortcut_shown_in_its_tooltip_and_name(real, qtbot, monkeypatch, tmp_path):
    reader = show(qtbot, real, (1366, 768), "ru")
    for name, button in reader.tools.buttons.items():
        keys = reader.tools.actions[name].shortcut().toString(NATIVE)
        assert keys, name
        assert keys in button.toolTip() and keys in button.accessibleName(), name
    assert "Ctrl+Shift+T" in reader.theme_box.toolTip() and "Ctrl+Shift+T" in reader.theme_box.accessibleName()
    # the shortcuts work from the page, whatever is on the row
    out = tmp_path / "chapter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert out.read_bytes().startswith(b"%PDF")
    qtbot.keyClick(reader.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert reader.view.theme.key == "dark" and real.learner.setting("reader.theme") == "dark"
    qtbot.keyClick(reader.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert real.navigator.current == "reader/rebuilding"
    qtbot.keyClick(reader.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert real.navigator.current == "reader/deportation-1937"


def test_the_notes_panel_closes_with_its_button_and_esc(real, qtbot):
    reader = show(qtbot, real, (1024, 600))
    real.window.search_field.setFocus()  # the reader's keys work wherever the focus is
    qtbot.keyClick(real.window.search_field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: reader.notes.close_button.width() > 0)
    assert reader.notes.isVisible() and reader.tools.actions["notes"].isChecked()
    assert "Esc" in reader.notes.close_button.toolTip()
    qtbot.mouseClick(reader.notes.close_button, Qt.MouseButton.LeftButton)
    assert reader.notes.isHidden() and not reader.tools.actions["notes"].isChecked()
    qtbot.keyClick(reader.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert reader.notes.isVisible() and reader.notes.close_button.hasFocus()  # nothing saved: no list yet
    qtbot.keyClick(reader.notes.close_button, Qt.Key.Key_Escape)
    assert reader.notes.isHidden() and reader.view.hasFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(reader.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # the same key closes it
    assert reader.notes.isHidden()


def test_find_bar_enter_shift_enter_f3_and_esc(real, qtbot):
    reader = show(qtbot, real, (1366, 768))
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    edit = reader.find_bar.edit
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "trains")
    total = len(reader.view.marks("find"))
    assert total >= 3 and reader.find_bar.count.text() == f"1 of {total}"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert reader.find_bar.count.text() == f"2 of {total}"
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert reader.find_bar.count.text() == f"{total} of {total}"  # round to the last
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_F3)  # again from the page
    assert reader.find_bar.count.text() == f"1 of {total}"
    qtbot.keyClick(reader.view, Qt.Key.Key_Escape)  # Esc on the page closes the bar too
    assert reader.find_bar.isHidden() and reader.view.marks("find") == []
    qtbot.keyClick(reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "zzqxw")
    assert reader.find_bar.count.text() == "No matches"
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert reader.find_bar.isHidden() and reader.view.hasFocus()


def test_the_contents_follow_the_reading(real, qtbot):
    reader = show(qtbot, real, (1366, 768))
    reader.view.setFocus()

    def current() -> str:
        return reader.toc.currentIndex().data(Role.TARGET)

    def expected() -> str:
        section = reader.current_place()[0]
        listed = section not in ("introduction", "summary")  # the chapter's own row stands for these
        return "reader/deportation-1937" + (f"#{section}" if listed else "")

    assert current() == "reader/deportation-1937"
    seen = [current()]
    bar = reader.view.verticalScrollBar()
    for _ in range(3000):
        if reader.current_place()[0] == "summary" or (bar.value() == bar.maximum() > 0):
            break
        qtbot.keyClick(reader.view, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: current() == expected())
        if current() != seen[-1]:
            seen.append(current())
    chapter = real.store.chapters.get("deportation-1937")
    sections = [s.slug for s in chapter.sections if s.slug not in ("introduction", "summary")]
    assert seen[: len(sections) + 1] == ["reader/deportation-1937",
                                         *(f"reader/deportation-1937#{s}" for s in sections)]  # fmt: skip
    qtbot.keyClick(reader.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert current() == "reader/deportation-1937"
    assert real.navigator.current == "reader/deportation-1937"  # following is not navigating


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
                                               (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier),
                                               (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
                                               (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
                                               (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)])  # fmt: skip
def test_reading_keys_move_the_page(real, qtbot, key, modifier):
    reader = show(qtbot, real, (1366, 768))
    reader.view.setFocus()
    bar = reader.view.verticalScrollBar()
    qtbot.keyClick(reader.view, key, modifier)
    moved = bar.value()
    assert moved > 0
    back = {Qt.Key.Key_End: Qt.Key.Key_Home, Qt.Key.Key_PageDown: Qt.Key.Key_PageUp, Qt.Key.Key_Down: Qt.Key.Key_Up}
    if key == Qt.Key.Key_Space:
        qtbot.keyClick(reader.view, key, Qt.KeyboardModifier.ShiftModifier)
    else:
        qtbot.keyClick(reader.view, back[key], modifier)
    assert bar.value() < moved


def contrast(image, rect) -> float:
    """The contrast ratio (WCAG) between the commonest colour in `rect` (the ground) and the colour
    in it farthest from the ground (the text)."""
    from collections import Counter

    def luminance(rgb: int) -> float:
        def channel(c: int) -> float:
            c = c / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

    pixels = [
        image.pixel(x, y) & 0xFFFFFF for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())
    ]
    ground = luminance(Counter(pixels).most_common(1)[0][0])
    ink = max((luminance(p) for p in set(pixels)), key=lambda lum: abs(lum - ground))
    light, dark = max(ground, ink), min(ground, ink)
    return (light + 0.05) / (dark + 0.05)


def test_the_notes_heading_follows_colours_and_interface_size_while_running(real, qtbot):
    reader = show(qtbot, real, (1366, 768))
    reader.toggle_notes()
    heading = reader.notes.heading
    qtbot.waitUntil(lambda: heading.width() > 50)
    window = real.window
    for scheme in ("dark", "high-contrast", "standard", "high-contrast", "dark"):
        window.colours_box.setCurrentIndex(window.colours_box.findData(scheme))
        ground = QApplication.palette().color(reader.notes.backgroundRole())
        qtbot.waitUntil(lambda ground=ground: reader.notes.palette().color(reader.notes.backgroundRole()) == ground)
        image = reader.notes.grab().toImage()
        rect = heading.geometry().intersected(image.rect())
        assert contrast(image, rect) >= 4.5, scheme
    size = heading.font().pointSizeF()
    window.size_box.setCurrentIndex(window.size_box.findData(200))
    qtbot.waitUntil(lambda: heading.font().pointSizeF() >= size * 2 - 0.1)
    assert heading.font().bold()


def test_keyboard_reaches_the_more_menu(real, qtbot, monkeypatch, tmp_path):
    reader = show(qtbot, real, (1024, 600), "ru", 200)
    strip = reader.tools.strip
    qtbot.waitUntil(lambda: strip.more_button.accessibleName() == "Другие инструменты чтения")
    out = tmp_path / "chapter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    strip.more_button.setFocus()
    qtbot.keyClick(strip.more_button, Qt.Key.Key_Space)
    qtbot.waitUntil(strip.more_menu.isVisible)
    menu = strip.more_menu
    assert menu.pos().y() >= strip.more_button.mapToGlobal(QPoint(0, 0)).y()  # opens under its button
    target = reader.tools.actions["pdf"]
    for _ in range(len(menu.actions())):
        if menu.activeAction() is target:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is target
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(out.exists)


@pytest.mark.parametrize(("size", "lang", "scale"), [((1024, 600), "ru", 200), ((1024, 600), "en", 100)])
def test_notes_on_a_small_screen_leave_the_page_readable_and_the_close_in_view(real, qtbot, size, lang, scale):
    reader = show(qtbot, real, size, lang, scale)
    reader.tools.actions["notes"].trigger()
    close = reader.notes.close_button
    qtbot.waitUntil(lambda: close.width() > 0)
    window = real.window
    corner = close.mapTo(window, close.rect().bottomRight())
    assert window.rect().contains(corner)  # the × is on screen, not scrolled off to the right
    assert reader.view.width() >= reader.view.minimumSizeHint().width() > 150  # not a column of letters
    reader.tools.actions["notes"].trigger()
    qtbot.waitUntil(reader.toc.isVisible)  # the contents come back when the notes close
