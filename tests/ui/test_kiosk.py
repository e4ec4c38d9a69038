"""Kiosk mode: a fresh app for each visitor, back to the start when idle or after an error, no
files or printers, and no way out without the staff PIN."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from koryo_desktop.app import Started, run, start
from koryo_desktop.config import Config, parse_app_args
from koryo_desktop.store.learner_store import LearnerStore, pin_matches
from koryo_desktop.ui import kiosk_policy as kiosk_module
from koryo_desktop.ui.kiosk import Kiosk, PinDialog


@pytest.fixture
def kiosk(qtbot, fixture_db: Path, tmp_path: Path):
    staff = tmp_path / "staff" / "learner.db"
    store = LearnerStore(staff)
    store.set_kiosk_pin("2468")
    store.close()
    config = Config(content=fixture_db, kiosk=True, lang="en")
    visitors = iter(range(1000))

    def visitor_dir() -> Path:
        path = tmp_path / f"visitor-{next(visitors)}"
        path.mkdir()
        return path

    def build(data_dir: Path) -> Started | int:
        return start(dataclasses.replace(config, data_dir=data_dir), lang_given=True)

    app = QApplication.instance()

    def try_pin(pin: str):
        s = LearnerStore(staff)
        try:
            return s.try_kiosk_pin(pin)
        finally:
            s.close()

    controller = Kiosk(app, build, visitor_dir, try_pin, idle_seconds=30, backoff=(0.05, 0.1))  # type: ignore[arg-type]
    hook = sys.excepthook
    assert controller.begin()
    yield controller
    controller.finish()
    sys.excepthook = hook


def test_idle_time_starts_afresh_for_the_next_visitor(kiosk: Kiosk, qtbot):
    first = kiosk.started
    assert first.window.isFullScreen()
    first.navigator.go("people/nam-il")
    first.window.language_box.setCurrentIndex(first.window.language_box.findData("ru"))
    first.learner.save_position("north-korea", None)
    first_dir = first.learner.path.parent
    kiosk.idle.setInterval(50)
    qtbot.mouseMove(first.window)  # the visitor was there
    qtbot.waitUntil(lambda: kiosk.resets == 1, timeout=3000)
    now = kiosk.started
    assert now is not first and now.window.current_screen().name == "home"
    assert now.window.rail_buttons["people"].text() == "People"  # the kiosk's language again
    assert now.learner.last_position() is None  # nothing of the last visitor is left
    assert not first_dir.exists()


def test_input_keeps_the_visitor_s_session(kiosk: Kiosk, qtbot):
    from PySide6.QtCore import Qt

    kiosk.idle.setInterval(400)
    kiosk.idle.start()
    for _ in range(4):
        qtbot.wait(150)
        qtbot.keyClick(kiosk.started.window, Qt.Key.Key_Shift)  # somebody is there
    assert kiosk.resets == 0


def test_visitors_cannot_close_it_and_staff_leave_with_the_pin(kiosk: Kiosk, qtbot, monkeypatch):
    window = kiosk.started.window
    window.close()
    assert window.isVisible()  # Alt+F4 and the like do nothing
    quits, said = [], []
    monkeypatch.setattr(kiosk.app, "quit", lambda: quits.append(True))
    typed = ["1111"]

    def staff_types(dialog: PinDialog) -> int:  # staff type each PIN and press Enter, then give up
        for pin in typed:
            qtbot.keyClicks(dialog.edit, pin)
            dialog.submit()
            said.append(dialog.message.text())
        return dialog.result()

    monkeypatch.setattr(PinDialog, "exec", staff_types)
    assert not kiosk.unlock() and not quits
    assert said == ["That PIN is not right."]
    typed[:] = ["2468"]
    assert kiosk.unlock() and quits == [True]


def test_an_error_returns_to_the_start(kiosk: Kiosk, qtbot):
    kiosk.started.navigator.go("timeline")
    try:
        raise RuntimeError("a broken screen")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: kiosk.resets == 1, timeout=3000)
    assert kiosk.started.window.current_screen().name == "home"
    assert "started again" in kiosk.started.window.notice.text()


def test_no_files_printers_or_profiles_at_a_kiosk(kiosk: Kiosk):
    screens = kiosk.started.navigator.screens()
    assert not kiosk_module.files_allowed()
    quiz, reader, timeline = screens["quiz"], screens["reader"], screens["timeline"]
    kiosk.started.navigator.go("quiz")
    assert not quiz.teacher_box.isVisible() and not quiz.learner_box.isVisible()
    assert not quiz.new_learner_button.isVisible() and not quiz.review_box.isVisible()
    assert quiz.import_and_report() is False and quiz.export_my_results() is None
    kiosk.started.navigator.go("reader/north-korea")
    assert not reader.print_button.isVisible() and not reader.pdf_button.isVisible()
    assert reader.export_pdf() is None and reader.print_chapter() is False
    assert reader.notes.export_markdown() is None
    kiosk.started.navigator.go("timeline")
    assert not timeline.export_button.isVisible()


def test_restarting_many_times_leaves_nothing_behind(kiosk: Kiosk, qtbot):
    """Unattended for weeks: what one visitor's app made must go with it."""
    app = QApplication.instance()
    kiosk.restart()
    qtbot.wait(10)
    windows, children = len(QApplication.topLevelWidgets()), len(app.children())
    for lang in ("ru", "ko", "en", "ru", "ko"):
        window = kiosk.started.window
        window.language_box.setCurrentIndex(window.language_box.findData(lang))
        kiosk.restart()
    qtbot.wait(10)
    assert len(QApplication.topLevelWidgets()) <= windows
    assert len(app.children()) <= children


def test_kiosk_needs_a_staff_pin(tmp_path: Path, fixture_db: Path, capsys):
    config, _ = parse_app_args(["--kiosk", "--content", str(fixture_db), "--data-dir", str(tmp_path)])
    assert config.kiosk and config.idle_seconds == 180
    assert run(config) == 2
    assert "koryo-desktop kiosk set-pin --data-dir" in capsys.readouterr().err


def test_kiosk_pin_command(tmp_path: Path, monkeypatch, capsys):
    from koryo_desktop.__main__ import main

    answers = iter(["2468", "2468"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["kiosk", "set-pin", "--data-dir", str(tmp_path)]) == 0
    store = LearnerStore(tmp_path / "learner.db")
    assert pin_matches(store.kiosk_pin_hash(), "2468") and not pin_matches(store.kiosk_pin_hash(), "1357")
    store.close()
    answers = iter(["12", "12"])
    assert main(["kiosk", "set-pin", "--data-dir", str(tmp_path)]) == 1
    assert "4 to 12 digits" in capsys.readouterr().err
    assert main(["kiosk", "clear-pin", "--data-dir", str(tmp_path)]) == 0
    store = LearnerStore(tmp_path / "learner.db")
    assert not store.has_kiosk_pin()
    store.close()


def test_a_dialog_left_open_goes_with_the_next_start(kiosk: Kiosk, qtbot):
    from PySide6.QtCore import QTimer

    kiosk.idle.setInterval(100)
    results = []
    QTimer.singleShot(0, lambda: results.append(kiosk.unlock()))  # staff open the PIN dialog and walk away
    qtbot.waitUntil(lambda: kiosk.resets == 1 and results == [False], timeout=3000)
    assert not any(isinstance(w, PinDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert kiosk.started.window.isVisible()


def test_an_untouched_start_is_left_alone(kiosk: Kiosk, qtbot):
    kiosk.idle.setInterval(50)
    kiosk.idle.start()
    qtbot.wait(300)
    assert kiosk.resets == 0  # nobody came: nothing to forget, nothing rebuilt all night
