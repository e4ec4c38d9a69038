"""Museum kiosk mode (--kiosk): one full-screen window for weeks. While nobody uses it, the attract
screen; a touch starts a visit in a language, with learner data of its own that is thrown away; after
the idle time "Are you still there?" counts down, and then the visit ends and the attract screen
comes back; after an error too (written to the rotating log in the data folder). Staff leave by
touch (hold two opposite corners, then the PIN) or with Ctrl+Alt+Shift+Q, and see the visitors'
statistics behind the PIN."""

from __future__ import annotations

import gc
import logging
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QTimer
from PySide6.QtGui import QKeySequence, QMouseEvent, QPixmapCache, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QToolTip, QWidget
from shiboken6 import delete

from koryo_desktop.core.corner_gesture import CornerGesture
from koryo_desktop.core.kiosk_stats import Visit
from koryo_desktop.core.pins import WRONG, PinCheck
from koryo_desktop.store.kiosk_stats import KioskStats
from koryo_desktop.ui import kiosk_policy
from koryo_desktop.ui.kiosk_screens import OneMomentScreen, PinPad, StillTherePrompt
from koryo_desktop.ui.kiosk_shell import KioskShell
from koryo_desktop.ui.kiosk_staff import StaffPage
from koryo_desktop.ui.kiosk_touch import fit_for_touch, words_for_touch

__all__ = ["Kiosk", "OneMomentScreen", "PinPad", "StillTherePrompt", "forget_last_error"]

_INPUT = frozenset(
    int(t)
    for t in (
        QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.Gesture,
    )
)  # fmt: skip
_PRESS = frozenset(int(t) for t in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin))
_MOVE = frozenset(int(t) for t in (QEvent.Type.MouseMove, QEvent.Type.TouchUpdate))
_RELEASE = frozenset(int(t) for t in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel))
UNLOCK_KEYS = "Ctrl+Alt+Shift+Q"


def forget_last_error(tb: TracebackType | None) -> None:
    """Drop what Python keeps of the last uncaught error (sys.last_value and its traceback): its
    frames hold the objects they used, which after an error in a kiosk is the whole app of the
    visitor who just left, kept until the next error."""
    sys.last_type = sys.last_value = sys.last_traceback = None
    if tb is not None:
        traceback.clear_frames(tb)


class Kiosk(QObject):
    """Builds the app for one visitor at a time, behind the attract screen, and builds it again when
    they leave.

    ``build(data_dir)`` returns what app.start() returns, with its learner data in ``data_dir``
    (an int when it cannot start); ``try_pin(pin)`` judges a staff PIN. When the next visitor's
    app cannot be built, a calm "one moment" page shows while it is tried again after ``backoff``
    seconds, longer each time; when every try failed the event loop ends with ``GAVE_UP`` (not 0)
    so that a supervisor starts the kiosk again. Repeated errors back off the same way.
    ``heartbeat`` is called from the event loop every ``heartbeat_ms`` (the watchdog's ping)."""

    GAVE_UP = 3
    BACKOFF = (1, 2, 4, 8, 15, 30, 60, 60, 60, 60)  # about five minutes in all
    STABLE_MS = 60_000  # an app that ran this long without an error ends a run of errors

    def __init__(self, app: QApplication, build: Callable[[Path], Any], make_data_dir: Callable[[], Path],
                 try_pin: Callable[[str], PinCheck], idle_seconds: int, backoff: tuple[float, ...] = BACKOFF,
                 stats: KioskStats | None = None, log: logging.Logger | None = None, folder: Path | None = None,
                 heartbeat: Callable[[], object] | None = None, heartbeat_ms: int = 0,
                 home_lang: str = "") -> None:  # fmt: skip
        super().__init__()
        self.home_lang = home_lang  # the museum's own language (--lang): the staff pages speak it
        self._visitor_lang = ""  # the visitor's language while staff use the kiosk in theirs
        self._staff_switching = False
        self.app = app
        self._build = build
        self._make_data_dir = make_data_dir
        self._try_pin = try_pin
        self._backoff = backoff
        self.stats = stats or KioskStats(None)
        self.log = log or logging.getLogger("koryo_desktop.kiosk")
        self.folder = folder or Path.home()
        self.started: Any = None
        self._data_dir: Path | None = None
        self.unlocked = False
        self.gave_up = False
        self.resets = 0
        self.failures = 0  # builds failed or errors met in a row
        self.visit: Visit | None = None
        self._saved: Visit | None = None  # the visit as last written to the statistics
        self.shell: KioskShell | None = None
        self.gesture = CornerGesture(1, 1)
        self._before_staff: QWidget | None = None
        self._one_moment = "One moment, please. The app is getting ready."
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_seconds * 1000)
        self.idle.timeout.connect(self._on_idle)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.timeout.connect(self._retry)
        self.pending = QTimer(self)  # a start again after an error, once however many errors come
        self.pending.setSingleShot(True)
        self.pending.timeout.connect(lambda: self.restart(
            QCoreApplication.translate("Kiosk", "Sorry, something went wrong. Touch the screen to start again.")))  # fmt: skip
        self.stable = QTimer(self)
        self.stable.setSingleShot(True)
        self.stable.setInterval(self.STABLE_MS)
        self.stable.timeout.connect(self._ran_well)
        self.heartbeat = QTimer(self)
        if heartbeat is not None and heartbeat_ms > 0:
            self.heartbeat.setInterval(heartbeat_ms)
            self.heartbeat.timeout.connect(heartbeat)
        kiosk_policy.set_active(True)

    # -- the window ----------------------------------------------------------------------------
    def begin(self) -> bool:
        """Build the first visitor's app behind the attract screen and show it full screen; False
        when it cannot start (a technician is there at the first start: the reason was printed)."""
        self.app.setQuitOnLastWindowClosed(False)  # between two visitors no window may be open
        self.app.installEventFilter(self)
        sys.excepthook = self._on_error
        staff = StaffPage(self._staff_pin, self.stats, self.folder)
        staff.leave.connect(self._leave)
        staff.back.connect(self._staff_back)
        self.shell = KioskShell(staff)
        self.shell.installEventFilter(self)  # refuses to close until staff unlock it
        self.shell.attract.start_requested.connect(self.start_visit)
        self.shell.prompt.stay.connect(self._stay)
        self.shell.prompt.timed_out.connect(self._prompt_ran_out)
        QShortcut(QKeySequence(UNLOCK_KEYS), self.shell, self.unlock)
        if not self._open():
            return False
        # in the kiosk's language, for when no visitor's app (and so no translation) is there
        self._one_moment = QCoreApplication.translate("Kiosk", "One moment, please. The app is getting ready.")
        screen = self.app.primaryScreen()
        if screen is not None:  # the whole screen, also where no window manager obeys "full screen"
            self.shell.setGeometry(screen.geometry())
        self.shell.showFullScreen()
        self.heartbeat.start()
        self.log.info("kiosk started")
        return True

    @property
    def waiting(self) -> OneMomentScreen | None:
        """The "one moment" page while it shows."""
        shell = self.shell
        return shell.waiting if shell is not None and shell.current() is shell.waiting else None

    def page(self) -> str:
        """Which page shows: attract, visit, prompt, staff or waiting."""
        shell = self.shell
        if shell is None:
            return ""
        names = {id(shell.attract): "attract", id(shell.visit): "visit", id(shell.prompt): "prompt",
                 id(shell.staff): "staff", id(shell.waiting): "waiting"}  # fmt: skip
        return names.get(id(shell.current()), "")

    def _open(self) -> bool:
        """Build the next visitor's app behind the attract screen."""
        assert self.shell is not None
        try:
            self._data_dir = self._make_data_dir()
            started = self._build(self._data_dir)
        except Exception:  # anything at all: the kiosk must come back, not fall to the desktop
            self.log.exception("the app could not be built")
            traceback.print_exc()
            started = None
        if started is None or isinstance(started, int):
            self._drop_data_dir()
            return False
        self.started = started
        self._visitor_lang = ""
        self.shell.set_app_window(started.window)
        started.navigator.navigated.connect(self._opened)
        started.navigator.screen_created.connect(self._screen_made)  # the quiz is made on its first visit
        for screen in started.navigator.made().values():
            self._screen_made(screen)
        started.window.language_box.currentIndexChanged.connect(self._language_switched)
        self.shell.attract.set_content(started.store)
        self.shell.show_page(self.shell.attract)
        self.stable.start()
        return True

    def _screen_made(self, screen: Any) -> None:
        if getattr(screen, "name", "") == "quiz" and hasattr(screen, "session_page"):
            screen.session_page.round_over.connect(self._quiz_finished)

    def _drop_data_dir(self) -> None:
        if self._data_dir is not None:
            shutil.rmtree(self._data_dir, ignore_errors=True)
            self._data_dir = None

    # -- a visit -------------------------------------------------------------------------------
    def start_visit(self, lang: str = "") -> None:
        """A touch on the attract screen: the visitor's app, in ``lang`` ("" for the kiosk's own)."""
        if self.started is None or self.shell is None or self.visit is not None:
            return
        box = self.started.window.language_box
        if lang and box.findData(lang) >= 0 and lang != box.currentData():
            box.setCurrentIndex(box.findData(lang))
            # every text in the new language before the app shows, not a moment later
            QCoreApplication.sendPostedEvents(None, int(QEvent.Type.LanguageChange))
        now = time.time()
        self.visit = Visit(str(box.currentData()), now, now)
        self._saved = None
        self.stats.visit_started(self.visit)
        self.shell.attract.say("")
        self.shell.show_page(self.shell.visit)
        window = self.started.window
        button = window.rail_buttons.get(window.current_screen().name)
        if button is not None:
            button.setFocus()  # where the eye starts, not a text field (which would bring the keyboard up)
        self.idle.start()

    def _save_visit(self) -> None:
        """Write what the visit did since it was last written (at the prompt, when staff come,
        when it ends)."""
        if self.visit is not None:
            self.stats.visit_went_on(self.visit.since(self._saved))
            self._saved = self.visit.copy()

    def _opened(self, target: str) -> None:
        if self.visit is not None:
            self.visit.opened(target)

    def _quiz_finished(self) -> None:
        if self.visit is not None:
            self.visit.quizzes += 1

    def _language_switched(self, index: int) -> None:
        if self._staff_switching:
            return  # staff, not the visitor, changed it
        if self.visit is not None and self.started is not None:
            self.visit.switches.append(str(self.started.window.language_box.itemData(index)))

    def _on_idle(self) -> None:
        page, shell = self.page(), self.shell
        if shell is None:  # no page shows
            return
        if page == "visit":
            self._save_visit()
            shell.prompt.start()
            shell.show_page(shell.prompt)
        elif page == "staff":  # staff walked away from the PIN pad or the statistics
            if self.visit is not None:
                self.restart()  # the visit ends; the attract screen comes back
            elif self.started is not None:
                shell.show_page(shell.attract)

    def _stay(self) -> None:
        """The visitor touched "Are you still there?": back to where they were."""
        if self.shell is not None and self.started is not None:
            self.shell.show_page(self.shell.visit)
            self.idle.start()

    def _prompt_ran_out(self) -> None:
        self.failures = 0
        self.restart()

    def _ran_well(self) -> None:
        self.failures = 0

    def restart(self, notice: str = "") -> None:
        """Back to the attract screen for the next visitor: close any dialog, drop this visitor's
        data, build everything again (or show "one moment" and try again later)."""
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        if dialogs:  # let each dialog's own event loop end before its window goes
            for dialog in dialogs:
                dialog.reject()
            QTimer.singleShot(0, lambda: self.restart(notice))
            return
        self.retry.stop()
        self.pending.stop()
        self.stable.stop()
        self.idle.stop()
        assert self.shell is not None
        self.shell.prompt.stop()
        if self.visit is not None:
            self._save_visit()
            self.visit = None
        old = self.started
        self.started = None
        self.shell.attract.set_content(None)
        self.shell.set_app_window(None)
        if old is not None:
            try:
                old.close()
            except Exception:
                self.log.exception("the last visitor's app did not close cleanly")
                traceback.print_exc()
        self._drop_data_dir()
        # screens freeze what they read (gc.freeze: long-lived rows need no walking through), which
        # would keep every cycle of the last visitor's app for good: thaw it, and let it go now
        gc.unfreeze()
        gc.collect()
        # what the last visitor's screens drew and Qt kept for reuse (up to 10 MiB, filling a little
        # with every visitor's own pages and sizes): the next visitor starts from nothing either
        QPixmapCache.clear()
        self.resets += 1
        if self._open():
            self.shell.attract.say(notice)
        else:
            self._wait_and_retry()

    def _wait_and_retry(self) -> None:
        """The app could not be built: a calm page, and another try a little later."""
        self.failures += 1
        if self.failures > len(self._backoff):
            self._give_up()
            return
        assert self.shell is not None
        self.shell.waiting.label.setText(self._one_moment)
        self.shell.show_page(self.shell.waiting)
        self.retry.start(int(self._backoff[self.failures - 1] * 1000))

    def _retry(self) -> None:
        if not self._open():
            self._wait_and_retry()

    def _give_up(self) -> None:
        message = "the kiosk could not start the app again after several tries; stopping so that it can be restarted"
        print(f"koryo-desktop: {message}", file=sys.stderr)
        self.log.error(message)
        self.gave_up = True
        self.app.exit(self.GAVE_UP)

    def _on_error(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        """An error never leaves a visitor on a broken screen: write it to the log and go back to
        the attract screen, at once the first time and after a growing pause when errors keep coming."""
        traceback.print_exception(kind, value, tb)
        self.log.error("an error reached the kiosk", exc_info=(kind, value, tb))
        forget_last_error(tb)
        if self.retry.isActive() or self.pending.isActive():  # a new start is already on its way
            return
        self.failures += 1
        if self.failures > len(self._backoff) + 1:
            self._give_up()
            return
        self.pending.start(0 if self.failures == 1 else int(self._backoff[self.failures - 2] * 1000))

    # -- staff ---------------------------------------------------------------------------------
    def unlock(self) -> None:
        """Show the staff PIN pad (Ctrl+Alt+Shift+Q, or the corners held). The idle time keeps
        running: a pad left open goes back to the attract screen."""
        shell = self.shell
        if shell is None or shell.current() is shell.staff:
            return
        self._before_staff = shell.current()
        self._visitor_lang = self._switch_language(self.home_lang)  # staff read the museum's language
        self._save_visit()  # the statistics staff may look at include this visit so far
        shell.prompt.stop()
        shell.staff.open()
        shell.show_page(shell.staff)
        self.idle.start()

    def _staff_pin(self, pin: str) -> PinCheck:
        check = self._try_pin(pin)
        if check.outcome == WRONG:
            self.stats.staff_event("wrong-pin")
            self.log.warning("a wrong staff PIN was tried")
        return check

    def _switch_language(self, lang: str) -> str:
        """Show the app in ``lang`` without counting it as the visitor's choice; returns the
        language it showed before ("" when nothing changed)."""
        box = self.started.window.language_box if self.started is not None else None
        if box is None or not lang or box.currentData() == lang or box.findData(lang) < 0:
            return ""
        before = str(box.currentData())
        self._staff_switching = True
        try:
            box.setCurrentIndex(box.findData(lang))
        finally:
            self._staff_switching = False
        return before

    def _staff_back(self) -> None:
        shell = self.shell
        if shell is None:
            return
        if self._visitor_lang:  # the visitor finds the kiosk in the language they chose
            self._switch_language(self._visitor_lang)
            self._visitor_lang = ""
        before = self._before_staff
        if before is shell.prompt:
            before = shell.visit
        if before is shell.visit and (self.started is None or self.visit is None):
            before = None
        shell.show_page(before if before is not None else (shell.attract if self.started else shell.waiting))
        if shell.current() is not shell.visit:
            self.idle.stop()
        else:
            self.idle.start()

    def _leave(self) -> None:
        self.unlocked = True
        self.stats.staff_event("staff-left")
        self.log.info("staff left kiosk mode")
        self.app.quit()

    def finish(self) -> None:
        """Tidy up after the event loop ends."""
        self.app.removeEventFilter(self)
        sys.excepthook = sys.__excepthook__
        for timer in (self.retry, self.pending, self.stable, self.idle, self.heartbeat):
            timer.stop()
        if self.visit is not None:
            self._save_visit()
            self.visit = None
        shell, self.shell = self.shell, None
        if shell is not None:
            shell.prompt.stop()
            shell.attract.set_content(None)
            shell.set_app_window(None)
            shell.stop()
            shell.removeEventFilter(self)
        if self.started is not None:
            self.started.close()
            self.started = None
        if shell is not None:
            shell.hide()
            delete(shell)  # now: after the event loop no deferred deletion would ever run
        self._drop_data_dir()
        self.app.setQuitOnLastWindowClosed(True)
        kiosk_policy.set_active(False)

    # -- events --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = int(event.type())
        if kind == int(QEvent.Type.Polish) and isinstance(watched, QWidget):
            fit_for_touch(watched)
        elif kind in _INPUT or kind in _RELEASE:
            self._input(kind, event)
            if (
                isinstance(event, QMouseEvent)
                and kind == int(QEvent.Type.MouseButtonRelease)
                and isinstance(watched, QWidget)
            ):
                words = words_for_touch(watched)
                if words:  # no hover on a touch screen: a tap shows what a tooltip would
                    QToolTip.showText(event.globalPosition().toPoint(), words, watched, QRect(), 4000)
        elif kind == int(QEvent.Type.Close) and not self.unlocked and watched is self.shell:
            event.ignore()  # a visitor cannot close the kiosk
            return True
        return False

    def _input(self, kind: int, event: QEvent) -> None:
        if self.visit is not None and kind in _INPUT:
            self.visit.last_input = time.time()
        if self.idle.isActive() and kind in _INPUT:
            self.idle.start()  # somebody is there: start counting again
        shell = self.shell
        if shell is None or not (kind in _PRESS or kind in _MOVE or kind in _RELEASE):
            return
        if kind in _RELEASE:
            if self.gesture.release(time.monotonic()):
                QTimer.singleShot(0, self.unlock)
            return
        points = event.points() if hasattr(event, "points") else []
        if points:
            where = points[0].globalPosition()
        elif hasattr(event, "globalPosition"):
            where = event.globalPosition()
        else:
            return
        frame = shell.geometry()
        self.gesture.resize(frame.width(), frame.height())
        x, y = where.x() - frame.x(), where.y() - frame.y()
        if kind in _PRESS:
            self.gesture.press(x, y, time.monotonic())
        else:
            self.gesture.move(x, y)
