"""Kiosk mode: the attract screen until a visitor touches it, a fresh app for each visitor, "Are you
still there?" after the idle time, back to the attract screen after an error, no files or printers,
and no way out without the staff PIN (by keyboard or by touch alone)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from koryo_desktop.app import run
from koryo_desktop.config import parse_app_args
from koryo_desktop.store.learner_store import LearnerStore, pin_matches
from koryo_desktop.ui import kiosk_policy as kiosk_module
from koryo_desktop.ui.kiosk import Kiosk
from tests.ui.kiosk_helpers import running_kiosk, tap


@pytest.fixture
def kiosk(qtbot, fixture_db: Path, tmp_path: Path):
    with running_kiosk(fixture_db, tmp_path) as controller:
        yield controller


def test_the_attract_screen_shows_until_a_visitor_touches_it(kiosk: Kiosk, qtbot):
    shell = kiosk.shell
    assert shell.isFullScreen() and kiosk.page() == "attract"
    assert not kiosk.started.window.isVisible()  # the app waits behind the attract screen
    assert kiosk.shell.attract.slide is not None and kiosk.shell.attract.title.text()
    first = kiosk.shell.attract.slide
    kiosk.shell.attract.next_slide()
    assert kiosk.shell.attract.slide != first
    tap(qtbot, shell.attract.buttons["ru"])  # the visit starts in the language chosen
    assert kiosk.page() == "visit" and kiosk.started.window.isVisible()
    assert kiosk.started.window.rail_buttons["people"].text() == "Люди"
    assert kiosk.started.store.language == "ru"


def test_a_touch_anywhere_starts_in_the_kiosk_s_language(kiosk: Kiosk, qtbot):
    qtbot.mouseClick(kiosk.shell.attract, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    assert kiosk.page() == "visit" and kiosk.started.window.rail_buttons["people"].text() == "People"


def test_idle_asks_are_you_still_there_and_a_touch_returns_where_the_visitor_was(kiosk: Kiosk, qtbot):
    tap(qtbot, kiosk.shell.attract.buttons["en"])
    kiosk.started.navigator.go("people/nam-il")
    kiosk.idle.setInterval(50)
    qtbot.mouseMove(kiosk.started.window)
    qtbot.waitUntil(lambda: kiosk.page() == "prompt", timeout=3000)
    prompt = kiosk.shell.prompt
    assert prompt.number.text() == "15" and "15 seconds" in prompt.countdown.text()
    prompt._tick()
    assert prompt.number.text() == "14"
    qtbot.mouseClick(prompt, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert kiosk.page() == "visit" and kiosk.resets == 0
    assert kiosk.started.navigator.current == "people/nam-il"


def test_when_nobody_answers_the_visit_is_cleared_and_the_attract_screen_comes_back(kiosk: Kiosk, qtbot):
    tap(qtbot, kiosk.shell.attract.buttons["ko"])
    first = kiosk.started
    first.navigator.go("people/nam-il")
    first.learner.save_position("north-korea", None)
    first_dir = first.learner.path.parent
    kiosk.shell.prompt.seconds = 1
    kiosk.idle.setInterval(50)
    qtbot.mouseMove(first.window)
    qtbot.waitUntil(lambda: kiosk.resets == 1, timeout=5000)
    assert kiosk.page() == "attract" and kiosk.started is not first
    now = kiosk.started
    assert now.window.current_screen().name == "home" and now.learner.last_position() is None
    assert now.window.rail_buttons["people"].text() == "People"  # the kiosk's language again
    assert not first_dir.exists()
    day = kiosk.stats.days()[0]
    assert day.visits == 1 and day.records == 1 and day.languages == {"ko": 1}


def test_an_untouched_attract_screen_is_left_alone(kiosk: Kiosk, qtbot):
    qtbot.wait(100)
    assert not kiosk.idle.isActive() and kiosk.resets == 0  # nobody came: nothing rebuilt all night


def test_visitors_cannot_close_it_and_staff_leave_with_the_pin_pad(kiosk: Kiosk, qtbot, monkeypatch):
    tap(qtbot, kiosk.shell.attract.buttons["en"])
    kiosk.shell.close()
    assert kiosk.shell.isVisible()  # Alt+F4 and the like do nothing
    quits = []
    monkeypatch.setattr(kiosk.app, "quit", lambda: quits.append(True))
    qtbot.keyClick(kiosk.started.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert kiosk.page() == "staff"
    pad = kiosk.shell.staff.pin
    for digit in "1111":
        tap(qtbot, pad.digits[digit])
    tap(qtbot, pad.ok_key)
    assert pad.message.text() == "That PIN is not right." and not quits
    assert [event for _, event in kiosk.stats.staff_log()] == ["wrong-pin"]  # recorded
    tap(qtbot, pad.cancel_button)
    assert kiosk.page() == "visit"  # back where the keys were pressed
    kiosk.unlock()
    for digit in "2468":
        tap(qtbot, pad.digits[digit])
    tap(qtbot, pad.ok_key)
    assert kiosk.shell.staff.currentWidget() is kiosk.shell.staff.menu
    tap(qtbot, kiosk.shell.staff.leave_button)
    assert quits == [True] and kiosk.unlocked


def test_staff_open_the_pin_pad_by_holding_two_opposite_corners(kiosk: Kiosk, qtbot):
    kiosk.gesture.hold = 0.05  # three seconds on a real screen
    shell = kiosk.shell
    corners = (QPoint(4, 4), QPoint(shell.width() - 4, shell.height() - 4))
    for corner in corners:
        qtbot.mousePress(shell.attract, Qt.MouseButton.LeftButton, pos=corner)
        qtbot.wait(80)
        qtbot.mouseRelease(shell.attract, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.waitUntil(lambda: kiosk.page() == "staff", timeout=2000)
    assert kiosk.shell.staff.currentWidget() is kiosk.shell.staff.pin
    tap(qtbot, kiosk.shell.staff.pin.cancel_button)
    assert kiosk.page() == "attract"


def test_a_pin_pad_left_open_goes_back_to_the_attract_screen(kiosk: Kiosk, qtbot):
    tap(qtbot, kiosk.shell.attract.buttons["en"])
    kiosk.unlock()
    kiosk.idle.setInterval(50)
    kiosk.idle.start()
    qtbot.waitUntil(lambda: kiosk.page() == "attract" and kiosk.resets == 1, timeout=3000)


def test_an_error_is_logged_and_the_attract_screen_comes_back(kiosk: Kiosk, qtbot, caplog):
    tap(qtbot, kiosk.shell.attract.buttons["en"])
    kiosk.started.navigator.go("timeline")
    try:
        raise RuntimeError("a broken screen")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: kiosk.resets == 1, timeout=3000)
    assert kiosk.page() == "attract" and kiosk.started.window.current_screen().name == "home"
    assert "went wrong" in kiosk.shell.attract.notice.text()
    assert "RuntimeError: a broken screen" in caplog.text
    tap(qtbot, kiosk.shell.attract.buttons["en"])
    assert not kiosk.shell.attract.notice.isVisible()


def test_no_files_printers_or_profiles_at_a_kiosk(kiosk: Kiosk, qtbot):
    tap(qtbot, kiosk.shell.attract.buttons["en"])
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
        kiosk.start_visit(lang)
        kiosk.restart()
    qtbot.wait(10)
    assert len(QApplication.topLevelWidgets()) <= windows
    assert len(app.children()) <= children
    assert kiosk.stats.days()[0].visits == 5


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
    from PySide6.QtWidgets import QMessageBox

    tap(qtbot, kiosk.shell.attract.buttons["en"])
    kiosk.idle.setInterval(100)
    kiosk.shell.prompt.seconds = 1
    results = []
    box = QMessageBox(kiosk.started.window)
    QTimer.singleShot(0, lambda: results.append(box.exec()))  # a dialog some screen opened, left open
    qtbot.waitUntil(lambda: kiosk.resets == 1 and results != [], timeout=5000)
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert kiosk.page() == "attract"


def test_staff_see_the_visitors_statistics_and_save_them_as_csv(kiosk: Kiosk, qtbot, monkeypatch, tmp_path: Path,
                                                                qtmodeltester):  # fmt: skip
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    tap(qtbot, kiosk.shell.attract.buttons["ru"])
    navigator = kiosk.started.navigator
    tap(qtbot, kiosk.started.window.rail_buttons["people"])
    navigator.go("people/nam-il")
    quiz = navigator.screens()["quiz"]
    navigator.go("quiz")
    assert quiz.start("practice")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert quiz.session_page.end_early()  # a round finished
    kiosk.restart()  # the visitor left
    kiosk.unlock()
    pad = kiosk.shell.staff.pin
    for digit in "2468":
        tap(qtbot, pad.digits[digit])
    tap(qtbot, pad.ok_key)
    tap(qtbot, kiosk.shell.staff.stats_button)
    view = kiosk.shell.staff.statistics
    qtmodeltester.check(view.model)
    model = view.model
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells[1] == "1" and cells[4:7] == ["2", "1", "1"]  # people and the quiz; Nam Il; a round
    assert cells[-1] == "1" and "1 visit in the days kept" in view.summary.text()  # Русский chosen once
    saved = tmp_path / "stats.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    tap(qtbot, view.save_button)
    assert saved.read_text().splitlines()[1].endswith(",0,0,1") and str(saved) in view.message.text()
    view.keep_box.setCurrentIndex(view.keep_box.findData(30))
    assert kiosk.stats.keep_days() == 30
    assert [e for _, e in kiosk.stats.staff_log()] == ["statistics-saved"]
    tap(qtbot, view.back_button)
    tap(qtbot, kiosk.shell.staff.back_button)
    assert kiosk.page() == "attract"


def test_the_statistics_include_the_visit_going_on_when_staff_look(kiosk: Kiosk, qtbot):
    tap(qtbot, kiosk.shell.attract.buttons["en"])
    kiosk.started.navigator.go("people/nam-il")
    kiosk.unlock()
    assert kiosk.stats.days()[0].records == 1
    tap(qtbot, kiosk.shell.staff.pin.cancel_button)
    kiosk.started.navigator.go("people/william-harrison")
    kiosk.restart()
    assert kiosk.stats.days()[0].records == 2 and kiosk.stats.days()[0].visits == 1


def test_staff_read_the_museums_language_and_the_visitor_gets_theirs_back(kiosk: Kiosk, qtbot):
    """A visitor reading in Korean calls staff: the PIN pad and the staff pages speak the kiosk's own
    language (--lang, English here), and back at the kiosk the visitor's Korean returns, not counted
    as a language the visitor chose."""
    tap(qtbot, kiosk.shell.attract.buttons["ko"])
    box = kiosk.started.window.language_box
    assert box.currentData() == "ko"
    kiosk.unlock()
    assert box.currentData() == "en"
    qtbot.waitUntil(lambda: kiosk.shell.staff.pin.title.text() == "Staff PIN")
    tap(qtbot, kiosk.shell.staff.pin.cancel_button)
    assert kiosk.page() == "visit" and box.currentData() == "ko"
    assert kiosk.visit is not None and "en" not in kiosk.visit.switches
