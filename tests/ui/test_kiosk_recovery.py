"""A kiosk never falls to the desktop: when the next visitor's app cannot be built it shows "one
moment", tries again after growing pauses and only as a last resort ends with a non-zero code (for a
supervisor to restart it); two kiosks sharing a cache never remove each other's visitors' folders;
wrong staff PINs make the next try wait, across restarts."""

from __future__ import annotations

import dataclasses
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from koryo_desktop.app import Started, run_kiosk, start
from koryo_desktop.config import Config
from koryo_desktop.store.kiosk_pin import KioskPinGate
from koryo_desktop.store.learner_store import LearnerStore
from koryo_desktop.store.visitor_dirs import VisitorFolders
from koryo_desktop.ui.kiosk import Kiosk, OneMomentScreen, PinPad
from tests.hostile import run_python


class Builds:
    """The kiosk's build, which can be told to fail the next few times."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.failures_to_come = 0
        self.calls = 0

    def __call__(self, data_dir: Path) -> Started | int:
        self.calls += 1
        if self.failures_to_come:
            self.failures_to_come -= 1
            raise OSError("the content database went away")
        return start(dataclasses.replace(self.config, data_dir=data_dir), lang_given=True)


@pytest.fixture
def staff(tmp_path: Path) -> Path:
    path = tmp_path / "staff" / "learner.db"
    store = LearnerStore(path)
    store.set_kiosk_pin("2468")
    store.close()
    return path


@pytest.fixture
def kiosk_parts(qtbot, fixture_db: Path, tmp_path: Path, staff: Path, monkeypatch):
    builds = Builds(Config(content=fixture_db, kiosk=True, lang="ko"))
    folders = VisitorFolders(tmp_path / "cache" / "visitors")
    folders.claim()
    app = QApplication.instance()
    exits: list[int] = []
    monkeypatch.setattr(app, "exit", exits.append)  # what the kiosk asks of the real event loop
    gate = KioskPinGate(staff, "")
    kiosk = Kiosk(app, builds, folders.new_visitor_dir, gate.try_pin, idle_seconds=30, backoff=(0.05, 0.1, 0.2))  # type: ignore[arg-type]
    hook = sys.excepthook
    assert kiosk.begin()
    yield kiosk, builds, folders, exits
    kiosk.finish()
    folders.release()
    sys.excepthook = hook
    from koryo_desktop.ui import theme

    theme.apply_display(app, None, 100, "standard")  # a kiosk's larger text is not the next test's


def _waiting_shown(kiosk: Kiosk) -> bool:
    return kiosk.page() == "waiting" and kiosk.waiting is not None and kiosk.waiting.isVisible()


def test_a_failed_build_shows_one_moment_and_tries_again(kiosk_parts, qtbot):
    kiosk, builds, _folders, exits = kiosk_parts
    builds.failures_to_come = 2
    kiosk.restart()
    assert kiosk.started is None and _waiting_shown(kiosk)
    assert kiosk.waiting.label.text() == "잠시만 기다려 주세요. 앱을 준비하고 있습니다."  # the kiosk's language
    assert kiosk.shell.isFullScreen()
    kiosk.shell.close()  # a visitor cannot close it either
    assert _waiting_shown(kiosk)
    qtbot.waitUntil(lambda: kiosk.started is not None, timeout=5000)
    assert builds.calls == 4 and kiosk.failures == 2 and exits == []
    assert kiosk.shell.isFullScreen() and kiosk.page() == "attract"


def test_when_every_try_fails_the_kiosk_ends_non_zero_for_a_supervisor(kiosk_parts, qtbot):
    kiosk, builds, _folders, exits = kiosk_parts
    builds.failures_to_come = 100
    kiosk.restart()
    qtbot.waitUntil(lambda: exits != [], timeout=5000)
    assert exits == [Kiosk.GAVE_UP] and Kiosk.GAVE_UP != 0 and kiosk.gave_up
    assert builds.calls == 1 + 1 + 3  # the first visitor, then a try and three more after pauses


def test_a_cache_cleaner_removing_the_visitors_folder_is_repaired(kiosk_parts, qtbot):
    kiosk, _builds, folders, exits = kiosk_parts
    shutil.rmtree(folders.root)
    kiosk.restart()
    assert kiosk.started is not None and exits == []
    assert kiosk.started.learner.path.parent.parent == folders.mine and folders.mine.is_dir()


def test_errors_that_keep_coming_back_off(kiosk_parts, qtbot):
    kiosk, _builds, _folders, exits = kiosk_parts
    for _ in range(3):  # a burst of errors from one broken screen: one new start, not three
        try:
            raise RuntimeError("a broken screen")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: kiosk.resets == 1, timeout=3000)
    first = kiosk.started
    try:
        raise RuntimeError("broken again")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert kiosk.pending.isActive() and kiosk.pending.interval() == 50  # the second waits a little
    qtbot.waitUntil(lambda: kiosk.resets == 2, timeout=3000)
    assert kiosk.started is not first and exits == []


def test_run_kiosk_never_ends_with_0_unless_staff_leave(fixture_db: Path, tmp_path: Path, staff: Path, monkeypatch):
    app = QApplication.instance()
    monkeypatch.setattr(app, "exec", lambda: 0)  # the event loop ended by itself (the last window went)
    config = Config(content=fixture_db, data_dir=staff.parent, kiosk=True)
    hook = sys.excepthook
    try:
        assert run_kiosk(config) == Kiosk.GAVE_UP
    finally:
        sys.excepthook = hook
        from koryo_desktop.ui import theme

        theme.apply_display(app, None, 100, "standard")
    assert "kiosk started" in (staff.parent / "kiosk.log").read_text()  # the log is in the data folder
    assert not any((tmp_path / "cache" / "visitors").iterdir())  # its folders went with it


def _type_pins(qtbot, pad: PinPad, pins: list[str]) -> list[str]:
    said = []
    for pin in pins:
        qtbot.keyClicks(pad.edit, pin)
        qtbot.keyClick(pad.edit, Qt.Key.Key_Return)
        said.append(pad.message.text())
    return said


@pytest.fixture
def english(qapp):
    from koryo_desktop.ui.i18n import Translations

    translations = Translations(qapp)
    translations.set_language("en")  # the English catalog: plural forms
    yield
    translations.set_language("en")


def test_wrong_staff_pins_make_the_next_try_wait_even_after_a_restart(qtbot, staff: Path, english):
    gate = KioskPinGate(staff, "")
    pad = PinPad(gate.try_pin)
    qtbot.addWidget(pad)
    said = _type_pins(qtbot, pad, ["1111", "2222", "3333", "4444"])
    assert said[:3] == ["That PIN is not right."] * 3
    assert said[3] == "Too many wrong tries. Try again in 5 seconds."
    assert not pad.edit.isEnabled() and not pad.ok_key.isEnabled() and not pad.digits["2"].isEnabled()
    pad._tick()
    assert pad.message.text() == "Too many wrong tries. Try again in 4 seconds."
    again = PinPad(KioskPinGate(staff, "").try_pin)  # the kiosk started again: the wait is remembered
    qtbot.addWidget(again)
    accepted = []
    again.accepted.connect(lambda: accepted.append(True))
    assert _type_pins(qtbot, again, ["2468"])[0].startswith("Too many wrong tries.")
    assert accepted == []


def test_the_pin_still_works_when_the_staff_file_is_gone(qtbot, staff: Path, tmp_path: Path):
    from koryo_desktop.core.pins import hash_pin

    gate = KioskPinGate(tmp_path / "gone" / "learner.db", hash_pin("2468"))
    pad = PinPad(gate.try_pin)
    qtbot.addWidget(pad)
    with qtbot.waitSignal(pad.accepted, timeout=1000):
        _type_pins(qtbot, pad, ["2468"])


# -- two kiosks sharing a cache (real processes) --------------------------------------------------
OTHER_KIOSK = """
import sys
from pathlib import Path
from koryo_desktop.store.visitor_dirs import VisitorFolders
folders = VisitorFolders(Path(sys.argv[1]))
folders.claim()
visitor = folders.new_visitor_dir()
(visitor / "learner.db").write_text("a visitor's answers")
print(visitor, flush=True)
sys.stdin.readline()  # runs until told to stop (or killed)
"""


def test_two_kiosks_sharing_a_cache_never_remove_each_other_s_visitors(tmp_path: Path):
    root = tmp_path / "cache" / "visitors"
    other = run_python(OTHER_KIOSK, str(root))
    try:
        theirs = Path(other.stdout.readline().strip())
        assert theirs.is_dir()
        mine = VisitorFolders(root)
        mine.claim()  # a second kiosk starts: it tidies what ended kiosks left, nothing else
        mine.new_visitor_dir()
        assert (theirs / "learner.db").read_text() == "a visitor's answers"
        other.kill()  # the other kiosk dies without tidying up (kill -9)
        other.wait(timeout=30)
        mine.tidy()
        assert not theirs.exists() and not theirs.parent.exists()
        assert mine.mine is not None and mine.mine.is_dir()
        assert sorted(p.name for p in root.iterdir()) == sorted([mine.mine.name, mine.mine.name + ".lock"])
        mine.release()
        assert list(root.iterdir()) == []
    finally:
        if other.poll() is None:
            other.kill()
            other.wait(timeout=30)


def test_a_one_moment_screen_is_plain_text(qtbot):
    screen = OneMomentScreen("<a href='x'>x</a>")
    qtbot.addWidget(screen)
    assert screen.label.text() == "<a href='x'>x</a>" and screen.label.textFormat().name == "PlainText"


def test_kiosk_set_pin_with_a_file_as_data_dir_is_one_clear_line(tmp_path: Path, capsys, monkeypatch):
    from koryo_desktop.__main__ import main

    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "2468")
    assert main(["kiosk", "set-pin", "--data-dir", str(tmp_path / "file")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "is not a folder" in err
    assert (tmp_path / "file").read_text() == "not a folder"


def test_an_error_does_not_keep_what_the_failing_code_held(kiosk_parts, qtbot):
    import gc
    import weakref

    kiosk, *_ = kiosk_parts
    probe = []

    class VisitorsApp:  # stands for what a failing screen's frames hold: the visitor's whole app
        pass

    def broken_screen():
        held = VisitorsApp()
        probe.append(weakref.ref(held))
        raise RuntimeError("a broken screen")

    try:
        broken_screen()
    except RuntimeError:
        sys.last_type, sys.last_value, sys.last_traceback = sys.exc_info()  # as Python does for an uncaught error
        sys.excepthook(*sys.exc_info())
    gc.collect()
    assert sys.last_value is None and probe[0]() is None
    qtbot.waitUntil(lambda: kiosk.resets == 1, timeout=3000)


def test_visitor_after_visitor_switching_colours_piles_up_no_styles(qapp):
    import gc

    from PySide6.QtWidgets import QStyle

    from koryo_desktop.ui import theme

    def styles() -> int:
        gc.collect()
        return sum(isinstance(o, QStyle) for o in gc.get_objects())

    theme.apply_display(qapp, None, 100, "dark")
    theme.apply_display(qapp, None, 100, "standard")
    before = styles()
    for scheme in ("dark", "high-contrast", "standard") * 5:
        theme.apply_display(qapp, None, 100, scheme)
    assert styles() == before


def test_what_the_last_visitor_drew_is_not_kept(kiosk_parts, qtbot):
    from PySide6.QtGui import QPixmap, QPixmapCache

    kiosk, *_ = kiosk_parts
    QPixmapCache.insert("the last visitor's page", QPixmap(64, 64))
    kiosk.restart()
    assert QPixmapCache.find("the last visitor's page") is None


def test_what_a_screen_froze_goes_with_its_visitor(kiosk_parts, qtbot):
    """Screens gc.freeze() the rows they read; a kiosk must still let the last visitor's cycles go."""
    import gc
    import weakref

    kiosk, *_ = kiosk_parts

    class Held:  # stands for a visitor's screen object in a reference cycle
        pass

    held = Held()
    held.me = held
    probe = weakref.ref(held)
    del held
    gc.freeze()  # as the people, timeline and search screens do once their rows are read
    try:
        kiosk.restart()
        assert probe() is None
    finally:
        gc.unfreeze()
