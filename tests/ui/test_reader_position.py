"""'Continue where you left off': the place is kept as a section and an offset within it, restored
exactly at any window size, and never overwritten before it has been restored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from koryo_desktop.app import Started, start
from koryo_desktop.config import Config
from koryo_desktop.store.learner_store import LearnerStore
from koryo_desktop.ui.models.roles import Role

CHAPTER = "deportation-1937"


def open_app(qtbot, db: Path, data: Path, size: tuple[int, int] = (1366, 768)) -> Started:
    app = start(Config(content=db, data_dir=data), lang_given=True)
    assert isinstance(app, Started)
    app.window.resize(*size)
    app.window.show()
    qtbot.waitExposed(app.window)
    return app


def top_section(reader) -> str | None:
    """The section whose text is at the top of the view, as a person sees it."""
    return reader.view.section_of(reader.view.top_position(), reader._sections())[0]


def read_to_middle(qtbot, app: Started) -> tuple[str | None, int]:
    """Open the chapter and page down with the keyboard to the middle of 'How many people?'."""
    assert app.navigator.go(f"reader/{CHAPTER}")
    reader = app.navigator.screens()["reader"]
    reader.view.setFocus()
    qtbot.waitUntil(lambda: reader.view.verticalScrollBar().maximum() > 0)
    for _ in range(200):
        section, offset = reader.current_place()
        if section == "how-many" and offset > 200:
            break
        far = section not in ("the-trains", "how-many")
        qtbot.keyClick(reader.view, Qt.Key.Key_PageDown if far else Qt.Key.Key_Down)
    place = reader.current_place()
    assert place[0] == "how-many" and place[1] > 200
    return place


def stored(data: Path) -> tuple[str | None, float]:
    learner = LearnerStore(data / "learner.db")
    try:
        saved = learner.position(CHAPTER)
        assert saved is not None
        return saved.section_slug, saved.scroll
    finally:
        learner.close()


def test_eight_revisits_do_not_move_the_place(qtbot, real_db: Path, tmp_path: Path):
    data = tmp_path / "learner"
    app = open_app(qtbot, real_db, data)
    place = read_to_middle(qtbot, app)
    app.navigator.go("home")  # leaving the reader saves the place
    app.close()
    assert stored(data) == place
    for _ in range(8):
        app = open_app(qtbot, real_db, data)
        assert app.navigator.go("reader")  # continue where you left off
        reader = app.navigator.screens()["reader"]
        qtbot.waitUntil(lambda reader=reader: reader.view.verticalScrollBar().maximum() > 0)
        assert reader.current_place() == place and top_section(reader) == place[0]
        app.navigator.go("home")
        app.close()
        assert stored(data) == place


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_another_window_size_reopens_the_same_place(qtbot, real_db: Path, tmp_path: Path, size):
    data = tmp_path / "learner"
    app = open_app(qtbot, real_db, data)
    place = read_to_middle(qtbot, app)
    reader = app.navigator.screens()["reader"]
    line = reader.view.top_position()
    app.close()
    app = open_app(qtbot, real_db, data, size)
    try:
        assert app.navigator.go("reader")
        reader = app.navigator.screens()["reader"]
        qtbot.waitUntil(lambda: reader.view.verticalScrollBar().maximum() > 0)
        assert top_section(reader) == place[0]
        top = reader.view.top_position()
        assert top <= line and line - top < 200  # the same line is the top one (or the start of it)
        current = reader.toc.currentIndex()
        assert current.data(Role.TARGET) == f"reader/{CHAPTER}#{place[0]}"  # contents agree
    finally:
        app.close()


def test_closing_right_after_opening_keeps_the_old_place(qtbot, real_db: Path, tmp_path: Path):
    data = tmp_path / "learner"
    app = open_app(qtbot, real_db, data)
    place = read_to_middle(qtbot, app)
    app.navigator.go("home")
    app.close()
    for size in ((1366, 768), (1024, 600)):
        app = open_app(qtbot, real_db, data, size)
        assert app.navigator.go("reader")
        assert stored(data) == place  # what a kill at this moment would leave
        app.close()  # no event processed: the page was never laid out
        assert stored(data) == place


def test_resizing_and_text_size_keep_the_line_at_the_top(qtbot, real_db: Path, tmp_path: Path):
    app = open_app(qtbot, real_db, tmp_path / "learner")
    try:
        read_to_middle(qtbot, app)
        reader = app.navigator.screens()["reader"]
        line = reader.view.top_position()
        app.window.resize(1024, 600)
        qtbot.waitUntil(lambda: reader.view.width() < 800)
        assert line - 200 < reader.view.top_position() <= line
        qtbot.keyClick(reader.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert line - 200 < reader.view.top_position() <= line
        reader.toggle_notes()  # the panel takes room from the page
        qtbot.waitUntil(reader.notes.isVisible)
        assert line - 200 < reader.view.top_position() <= line
    finally:
        app.close()


def test_a_section_opened_by_a_link_is_the_place_kept(qtbot, real_db: Path, tmp_path: Path):
    data = tmp_path / "learner"
    app = open_app(qtbot, real_db, data)
    assert app.navigator.go(f"reader/{CHAPTER}#arrival")  # near the end: the page cannot scroll it to the top
    reader = app.navigator.screens()["reader"]
    qtbot.waitUntil(lambda: reader.view.verticalScrollBar().maximum() > 0)
    assert reader.current_place() == ("arrival", 0)
    app.navigator.go("home")
    app.close()
    assert stored(data) == ("arrival", 0)


def test_colours_theme_and_language_changes_keep_the_place_and_the_contents(qtbot, real_db: Path, tmp_path: Path):
    data = tmp_path / "learner"
    app = open_app(qtbot, real_db, data)
    try:
        place = read_to_middle(qtbot, app)
        reader = app.navigator.screens()["reader"]
        window = app.window
        changes = [(window.colours_box, "dark"), (window.colours_box, "high-contrast"), (window.language_box, "ru"),
                   (window.colours_box, "standard"), (reader.theme_box, "sepia"), (window.language_box, "en")]  # fmt: skip
        for box, value in changes:
            box.setCurrentIndex(box.findData(value))
            qtbot.waitUntil(lambda box=box, value=value: box.currentData() == value)
            qtbot.waitUntil(lambda: reader.toc.currentIndex().data(Role.TARGET)
                            == f"reader/{CHAPTER}#how-many")  # fmt: skip
            assert reader.current_place() == place, value
        app.navigator.go("home")
        assert stored(data) == place
    finally:
        app.close()
        from PySide6.QtWidgets import QApplication

        from koryo_desktop.ui import theme

        theme.apply_display(QApplication.instance(), None, 100, "standard")
