"""How the app starts: only the first screen is made; the others on their first visit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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


# What a normal start on the home screen must not load (each costs milliseconds at every start): the
# HTTP client and the statements' makers wait until a school turns xAPI on; the search index and the
# map's movements until a screen asks for them; the shared-folder checks serve only --data-dir; the
# learners' dialogs load when one opens.
NOT_AT_START = ("http.client", "ssl", "email.message", "urllib.request", "koryo_desktop.core.xapi_client",
                "koryo_desktop.store.xapi_sender", "koryo_desktop.core.xapi", "koryo_desktop.store.xapi_journal",
                "koryo_desktop.store.search",
                "koryo_desktop.store.map_store", "koryo_desktop.data_location", "koryo_desktop.ui.learners.dialogs")  # fmt: skip


def loaded_after(fixture_db: Path, data_dir: Path, screens: tuple[str, ...], modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` a fresh app started on home has loaded once it has shown ``screens``."""
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from koryo_desktop.app import start\n"
        "from koryo_desktop.config import Config\n"
        f"s = start(Config(content=Path({str(fixture_db)!r}), smoke=True))\n"
        "s.window.show(); s.app.processEvents()\n"
        f"for name in {screens!r}:\n"
        "    assert s.navigator.go(name); s.app.processEvents()\n"
        f"print(json.dumps(sorted(m for m in {modules!r} if m in sys.modules)))\n"
        "s.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KORYO_DATA_DIR=str(data_dir))  # no --data-dir
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_start_on_home_loads_only_what_it_shows(fixture_db: Path, tmp_path: Path):
    assert loaded_after(fixture_db, tmp_path, (), NOT_AT_START) == []


def test_the_quiz_opens_without_the_network_code_or_the_journal_while_xapi_is_off(fixture_db: Path, tmp_path: Path):
    network = (
        "http.client",
        "ssl",
        "koryo_desktop.core.xapi_client",
        "koryo_desktop.core.xapi_report",
        "koryo_desktop.store.xapi_journal",
    )  # its settings are read; nothing of it is made
    assert loaded_after(fixture_db, tmp_path, ("quiz",), network) == []


def test_the_viewport_found_by_name_is_the_scroll_areas_own(started: Started, qtbot):
    from PySide6.QtWidgets import QListView, QScrollArea, QTextBrowser, QWidget

    from koryo_desktop.ui.widgets.viewports import viewport_of

    frame = started.window.frame("home")
    assert viewport_of(frame) is frame.viewport()
    for area in (QScrollArea(), QListView(), QTextBrowser()):
        qtbot.addWidget(area)
        inner = QScrollArea(area.viewport())  # another scroll area inside: its viewport is not the one
        assert viewport_of(area) is area.viewport() and viewport_of(inner) is inner.viewport()
    given = QScrollArea()
    qtbot.addWidget(given)
    given.setViewport(QWidget())  # a viewport of one's own, named or not
    assert viewport_of(given) is given.viewport()


def test_the_map_opens_without_its_quiz_until_one_begins(fixture_db: Path, tmp_path: Path):
    assert loaded_after(fixture_db, tmp_path, ("map",), ("koryo_desktop.core.map_quiz",)) == []


def test_a_map_question_works_though_the_quiz_screen_opened_without_the_map_quiz(real_db: Path, tmp_path: Path):
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtTest import QTest\n"
        "from koryo_desktop.app import start\n"
        "from koryo_desktop.config import Config\n"
        f"s = start(Config(content=Path({str(real_db)!r}), smoke=True), lang_given=True)\n"
        "s.window.resize(1366, 768); s.window.show(); s.app.processEvents()\n"
        "assert s.navigator.go('quiz'); s.app.processEvents()\n"
        "opened = 'koryo_desktop.core.map_quiz' in sys.modules\n"
        "quiz = s.navigator.screens()['quiz']\n"
        "quiz.start('practice', [quiz.bank.get('map-place-ushtobe')], seed=1)\n"
        "s.app.processEvents()\n"
        "canvas = quiz.widget.canvas\n"
        "QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.screen_of('ushtobe').toPoint())\n"
        "QTest.keyClick(canvas, Qt.Key.Key_Return)\n"
        "print(json.dumps([opened, quiz.session_page.prompt.text(), quiz.session_page.feedback.head.text()]))\n"
        "s.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KORYO_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    opened, prompt, verdict = json.loads(out.stdout.strip().splitlines()[-1])
    assert not opened  # the quiz screen opened without the map's questions
    assert "Ushtobe" in prompt and verdict == "Right!"  # asked, and a tap on the place judged
