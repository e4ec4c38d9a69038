"""Composition root: arguments → content and learner stores → QApplication, fonts, translations →
screens → main window. Nothing else builds app objects."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from koryo_desktop import content_database, paths
from koryo_desktop.config import Config, valid_targets_text
from koryo_desktop.core.errors import ContentDatabaseError, ContentValidationError, LearnerDataError
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.learner_store import LearnerStore


def open_content(config: Config) -> ContentStore:
    """The content database: --content, a bundled one, or one built from the sources (cached)."""
    return content_database.open_content(config.content)


# The Debian/Ubuntu package of each system library Qt loads at start (see packaging/dev.sh).
QT_LIBRARY_PACKAGES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0", "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1",
}  # fmt: skip


def qt_missing_message(error: ImportError) -> str:
    """What to tell a person when Qt cannot load a system library: which one, and how to get it."""
    text = str(error)
    library = next((name for name in QT_LIBRARY_PACKAGES if name in text), None)
    packages = "libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0"
    if library is not None:
        return (
            f"Qt cannot start because the system library {library} is missing ({text}). On Debian or "
            f"Ubuntu install it with: sudo apt-get install {QT_LIBRARY_PACKAGES[library]} "
            f"(or everything Qt needs: sudo apt-get install {packages})"
        )
    return f"Qt cannot start ({text}). On Debian or Ubuntu, Qt needs: sudo apt-get install {packages}"


def _fail(message: str, smoke: bool, qt_works: bool = True) -> int:
    print(f"koryo-desktop: {message}", file=sys.stderr)
    if qt_works and not smoke and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, "Koryo Desktop", message)
        del app
    return 2


KIOSK_SCALE = 125  # per cent: the interface text size a kiosk's visitors start with
LEARNER_WAIT_SECONDS = 10.0  # how long a start waits for another program to let go of the learner data


def learner_data_message(error: LearnerDataError, lang: str) -> str:
    """Why the learner data cannot be opened, in ``lang`` when Qt can translate it."""
    app = application()
    if isinstance(app, str):
        return str(error)
    from koryo_desktop.ui.i18n import Translations
    from koryo_desktop.ui.learner_notices import open_error_text

    translations = Translations(app)
    translations.set_language(lang)
    text = open_error_text(error)
    translations.set_language("en")
    return text


def skip_pyside_source_scan() -> None:
    """Stop PySide6 from reading the source of every module imported after it.

    PySide6 replaces `__import__` and, for each new module, calls `inspect.getsource()` to see whether
    the module opts into `from __feature__ import snake_case`. This app never does, and the scan
    costs tens of milliseconds and about 5 MiB (the sources stay in `linecache`) at every start.
    Answering "uses PySide" without reading gives every module flag 0, the default feature set, which
    is what PySide itself gives a module that imports it without `__feature__`. If a PySide6 release
    renames the hook, nothing happens and start-up is just slower.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", lambda module: True)  # noqa: B010  # a hook mypy cannot see


def build_window(store: ContentStore, learner: LearnerStore, lang: str, current: Any = None) -> tuple[Any, Any, Any]:
    """The main window and the navigator that makes each screen on its first visit, wired; returns
    (window, navigator, translations). ``current`` is the learner every screen follows (a
    CurrentLearner over ``learner``; the guest when none is given)."""
    serial_painting()  # before anything is painted (tests and benchmarks make their own QApplication)
    from PySide6.QtCore import QTimer

    from koryo_desktop.ui import theme
    from koryo_desktop.ui.i18n import Translations
    from koryo_desktop.ui.learners.bar import LearnerBar
    from koryo_desktop.ui.learners.current import CurrentLearner
    from koryo_desktop.ui.main_window import MainWindow
    from koryo_desktop.ui.navigation import Navigator
    from koryo_desktop.ui.qt_app import qapp
    from koryo_desktop.ui.screens import ScreenDeps, factories
    from koryo_desktop.ui.xapi_service import XapiService

    app = qapp()
    translations = Translations(app, store)
    translations.set_language(lang)
    current = current or CurrentLearner(learner)
    xapi = XapiService(learner, store)  # records and sends nothing until a school turns it on
    xapi.set_reader(current.id)  # what is read counts for the learner chosen
    current.changed.connect(xapi.set_reader)
    navigator = Navigator(factories=factories(ScreenDeps(store, learner, current, xapi)))
    window = MainWindow(navigator, lang, LearnerBar(current, compact=True))
    xapi.setParent(window)  # found again (and stopped) by Started.close

    def change_language(index: int) -> None:
        code = window.language_box.itemData(index)
        translations.set_language(code)
        learner.set_setting("language", code)

    window.language_box.currentIndexChanged.connect(change_language)

    def change_display(_index: int) -> None:
        scale, scheme = window.size_box.currentData(), window.colours_box.currentData()
        theme.apply_display(app, window, scale, scheme)
        QTimer.singleShot(0, window, window.keep_in_sight)  # once the new sizes are laid out
        learner.set_setting("ui.scale", scale)
        learner.set_setting("ui.colours", scheme)

    window.size_box.currentIndexChanged.connect(change_display)
    window.colours_box.currentIndexChanged.connect(change_display)
    return window, navigator, translations


@dataclass
class Started:
    """What start() built: the objects a test or run() needs."""

    app: Any
    window: Any
    navigator: Any
    store: ContentStore
    learner: LearnerStore
    lang: str
    translations: Any = None
    current: Any = None  # the CurrentLearner every screen follows

    def close(self) -> None:
        """Tear everything down (tests start and stop the app many times in one process)."""
        from PySide6.QtCore import QCoreApplication, QEvent
        from shiboken6 import delete

        from koryo_desktop.ui.xapi_service import XapiService

        for service in self.window.findChildren(XapiService):
            service.stop()  # its thread must not outlive the learner file
        self.window.close()
        delete(self.window)
        self.translations.set_language("en")  # the next start begins from the English catalog
        # Widgets still alive (a test's own) retranslate now, while the stores are open.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.learner.close()
        self.store.close()


def serial_painting() -> None:
    """Paint on the UI thread only. Qt's raster engine otherwise hands any fill of a hundred or
    more lines (a scroll bar's gradient, a row's background) to a pool of threads and waits for
    them: on two cores shared with other programs the hand-off costs more than the fill, a third
    of a people-filter keystroke. Qt reads the variable when it first paints such a fill."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def application() -> Any:
    """The QApplication, created once; or a message saying why Qt cannot start."""
    serial_painting()
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication, QIcon
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        return qt_missing_message(exc)
    skip_pyside_source_scan()
    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    existing = QApplication.instance()  # typed as any QCoreApplication: this one must be a QApplication
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Koryo Desktop")
    app.setOrganizationName("Koryo Desktop")
    app.setDesktopFileName("koryo-desktop")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "koryo-desktop.png"))))
    return app


def run_kiosk(config: Config) -> int:
    """--kiosk: one visitor after another, each with fresh learner data, until staff leave. Exits
    0 only when staff leave; when the app cannot be built again for a long while, non-zero."""
    import dataclasses

    from koryo_desktop import kiosk_service
    from koryo_desktop.store.kiosk_pin import KioskPinGate
    from koryo_desktop.store.visitor_dirs import VisitorFolders

    data_dir = config.data_dir or paths.user_data_dir()
    staff_file = Path(data_dir) / "learner.db"
    try:
        settings = LearnerStore(staff_file)
    except LearnerDataError as exc:
        return _fail(learner_data_message(exc, config.lang), smoke=True)
    pin_hash = settings.kiosk_pin_hash()
    settings.close()
    if not pin_hash:
        where = f" --data-dir {config.data_dir}" if config.data_dir else ""
        return _fail(f"kiosk mode needs a staff PIN first. Set one with: koryo-desktop kiosk set-pin{where}", True)
    app = application()
    if isinstance(app, str):
        return _fail(app, smoke=True, qt_works=False)
    from koryo_desktop.ui.kiosk import Kiosk

    def build(visitor_dir: Path) -> Started | int:
        return start(dataclasses.replace(config, data_dir=visitor_dir), lang_given=True)

    # each visitor's learner data lives in a folder of its own inside this kiosk's folder (locked
    # while the kiosk runs); what ended kiosks left behind is tidied, never a running one's
    try:
        visitors = VisitorFolders(Path(paths.user_cache_dir()) / "visitors")
        visitors.claim()
    except OSError as exc:
        return _fail(f"cannot make a folder for visitors' data in {paths.user_cache_dir()}: {exc}", smoke=True)
    gate = KioskPinGate(staff_file, pin_hash)
    service = kiosk_service.KioskService(Path(data_dir))
    kiosk = Kiosk(app, build, visitors.new_visitor_dir, gate.try_pin, config.idle_seconds,
                  stats=service.stats, log=service.log, folder=Path(data_dir), heartbeat=service.beat,
                  heartbeat_ms=service.beat_ms, home_lang=config.lang)  # fmt: skip
    try:
        if not kiosk.begin():
            return 2
        service.ready()
        code = int(app.exec())
        if not kiosk.unlocked and code == 0:  # the loop ended without staff: let a supervisor restart it
            code = Kiosk.GAVE_UP
        return code
    finally:
        service.stopping()
        kiosk.finish()
        visitors.release()
        service.close()


def start(config: Config, lang_given: bool = False) -> Started | int:
    """Open the stores, create the QApplication, build and wire every screen and open the start
    target. Returns an exit code instead when something prevents the start."""
    if config.checking and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        store = open_content(config)
    except ContentValidationError as exc:
        details = "\n".join(str(p) for p in exc.problems[:20])
        return _fail(f"the content has problems and could not be built:\n{details}", config.checking)
    except (ContentDatabaseError, OSError) as exc:
        return _fail(str(exc), config.checking)
    data_dir = config.data_dir or paths.user_data_dir()
    learner_file = Path(data_dir) / "learner.db"
    if config.data_dir:  # a --data-dir on a network drive gets a file per computer (data_location.py says why)
        from koryo_desktop.data_location import SharedFolderError, learner_database

        try:
            learner_file = learner_database(data_dir)
        except SharedFolderError as exc:
            store.close()
            return _fail(str(exc), config.checking)
        except LearnerDataError as exc:
            store.close()
            return _fail(learner_data_message(exc, config.lang), config.checking)
    try:
        learner = LearnerStore(learner_file, wait=LEARNER_WAIT_SECONDS)
    except LearnerDataError as exc:
        store.close()
        return _fail(learner_data_message(exc, config.lang), config.checking)

    app = application()
    if isinstance(app, str):
        return _fail(app, config.checking, qt_works=False)
    from koryo_desktop.ui import theme
    from koryo_desktop.ui.widgets.touch_scroll import enable_touch_scrolling, enable_touch_scrolling_everywhere

    try:
        theme.load_fonts()
    except (OSError, RuntimeError) as exc:
        return _fail(str(exc), config.checking)
    scale = learner.setting("ui.scale", KIOSK_SCALE if config.kiosk else 100)  # larger text at a kiosk
    theme.apply_display(app, None, scale, learner.setting("ui.colours", "standard"))
    lang = config.lang if lang_given else learner.setting("language", config.lang)
    from koryo_desktop.ui.learners.current import CurrentLearner

    current = CurrentLearner(learner)
    if config.kiosk:
        current.keep_guest()  # every visitor is the guest: no learner to choose
    else:
        current.restore()  # the last learner, unless a PIN guards them
    window, navigator, translations = build_window(store, learner, lang, current)
    theme.apply_style(window)
    enable_touch_scrolling_everywhere(window)

    def screen_made(screen: Any) -> None:  # on a screen's first visit (after the window framed it)
        theme.apply_style(screen)
        enable_touch_scrolling(window.frame(screen.name))
        enable_touch_scrolling_everywhere(screen)
        if config.kiosk and hasattr(screen, "enter_kiosk"):
            screen.enter_kiosk()

    def part_made(part: Any) -> None:  # a part a screen built on first need (the reader's notes)
        theme.apply_style(part)
        enable_touch_scrolling_everywhere(part)

    navigator.screen_created.connect(screen_made)
    navigator.part_created.connect(part_made)
    if config.kiosk:
        window.learner_bar.hide()
    if not navigator.go(config.open_target):
        return _fail(
            f"nothing to open at '{config.open_target}'. Valid targets: {valid_targets_text()}; "
            f"record ids are listed by 'koryo-desktop content search'",
            config.checking,
        )
    button = window.rail_buttons.get(window.current_screen().name)
    if button is not None:
        button.setFocus()  # keyboard focus starts where the eye does, not on the first rail button
    from koryo_desktop.ui.learner_notices import show_start_notices

    show_start_notices(window, learner, kiosk=config.kiosk)
    return Started(app, window, navigator, store, learner, lang, translations, current)


def error_hook(window: Any) -> Any:
    """What the running app does with an error nobody caught: log it and keep running, saying so in
    plain words (a change that could not be saved says why)."""

    def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtCore import QCoreApplication

        traceback.print_exception(kind, value, tb)
        sys.last_type = sys.last_value = sys.last_traceback = None
        if tb is not None:  # the frames would keep what they used alive until the next error
            traceback.clear_frames(tb)
        if isinstance(value, (LearnerDataError, sqlite3.Error)):  # a change to the learner data was not saved
            from koryo_desktop.store.learner_file import classify
            from koryo_desktop.ui.learner_notices import write_error_text

            window.show_notice(write_error_text(classify(value, Path())))
            return
        window.show_notice(
            QCoreApplication.translate(
                "MainWindow", "Something went wrong; the app kept running. Details were written to the log."
            )
        )

    return excepthook


def run(config: Config, lang_given: bool = False) -> int:
    if config.kiosk and not config.checking:
        return run_kiosk(config)
    started_at = time.perf_counter()
    started = start(config, lang_given)
    if isinstance(started, int):
        return started
    app, window = started.app, started.window
    show = place_window(app, window)
    if config.self_test:
        return self_test(started, config, started_at)
    if config.smoke:
        watch_first_frame(window)
    else:
        sys.excepthook = error_hook(window)
    show()
    code = int(app.exec())
    if config.smoke and code != 0:
        print("koryo-desktop: the window painted nothing within a minute", file=sys.stderr)
    elif config.smoke:
        print(f"smoke ok: {(time.perf_counter() - started_at) * 1000:.0f} ms to the first frame "
              f"(content {started.store.content_version}, language {started.lang}, screen {config.open_target}, "
              f"{len(started.navigator.made())} of {len(started.navigator.names())} screens made)", flush=True)  # fmt: skip
        window.close()
    return code


def place_window(app: Any, window: Any) -> Any:
    """Size the window for the screen it opens on; returns how to show it (maximised on a small screen)."""
    screen = app.primaryScreen()
    if screen is None:  # no screen at all (a display that went away): Qt's own size and place
        return window.show
    available = screen.availableGeometry().size()
    if available.width() < 1400 or available.height() < 900:
        window.resize(available)
        return window.showMaximized
    window.resize(min(1600, available.width() * 4 // 5), min(1000, available.height() * 4 // 5))
    frame = window.frameGeometry()
    frame.moveCenter(screen.availableGeometry().center())
    window.move(frame.topLeft())
    return window.show


FIRST_FRAME_WAIT_MS = 60_000  # --smoke gives up (exit 1) when no frame was painted by then


def watch_first_frame(window: Any) -> Any:
    """Ends the event loop once `window` has painted its first frame (--smoke), or with exit code 1
    when none came in time."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstFrame(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, QApplication.quit)  # once this frame is painted and shown
            return False

    watcher = FirstFrame(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(FIRST_FRAME_WAIT_MS, lambda: QApplication.exit(1))
    return watcher


def self_test(started: Started, config: Config, started_at: float) -> int:
    """--self-test: build and paint every screen, then the --open one; exits 0 when all went well."""
    app, window, navigator = started.app, started.window, started.navigator
    window.show()
    for name in navigator.names():
        if not navigator.go(name):
            print(f"koryo-desktop: the {name} screen cannot be opened", file=sys.stderr)
            return 2
        app.processEvents()
        window.grab()
    navigator.go(config.open_target)
    app.processEvents()
    window.grab()
    elapsed = (time.perf_counter() - started_at) * 1000
    print(f"self-test ok: {elapsed:.0f} ms (content {started.store.content_version}, {len(navigator.made())} screens, "
          f"language {started.lang}, screen {config.open_target})")  # fmt: skip
    window.close()
    return 0
