"""Museum kiosk mode (--kiosk): full screen; every visitor starts afresh, with learner data of their
own that is thrown away; after a while without a touch, or after an error, the app starts again at
its first screen; nothing reaches files or printers; and only staff with the PIN can leave."""

from __future__ import annotations

import shutil
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QKeySequence, QPixmapCache, QShortcut
from PySide6.QtWidgets import QApplication, QDialog

from koryo_desktop.core.pins import PinCheck
from koryo_desktop.ui import kiosk_policy
from koryo_desktop.ui.kiosk_screens import OneMomentScreen, PinDialog

__all__ = ["Kiosk", "OneMomentScreen", "PinDialog", "forget_last_error"]

# what counts as a visitor being there
_INPUT = frozenset(
    int(t)
    for t in (
        QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.Gesture,
    )
)  # fmt: skip
UNLOCK_KEYS = "Ctrl+Alt+Shift+Q"


def forget_last_error(tb: TracebackType | None) -> None:
    """Drop what Python keeps of the last uncaught error (sys.last_value and its traceback): its
    frames hold the objects they used, which after an error in a kiosk is the whole app of the
    visitor who just left, kept until the next error."""
    sys.last_type = sys.last_value = sys.last_traceback = None
    if tb is not None:
        traceback.clear_frames(tb)


class Kiosk(QObject):
    """Builds the app for one visitor at a time and starts it again when they leave.

    ``build(data_dir)`` returns what app.start() returns, with its learner data in ``data_dir``
    (an int when it cannot start); ``try_pin(pin)`` judges a staff PIN. When the next visitor's
    app cannot be built, a calm "one moment" screen shows while it is tried again after
    ``backoff`` seconds, longer each time; when every try failed the event loop ends with
    ``GAVE_UP`` (not 0) so that a supervisor starts the kiosk again. Repeated errors back off
    the same way."""

    GAVE_UP = 3
    BACKOFF = (1, 2, 4, 8, 15, 30, 60, 60, 60, 60)  # about five minutes in all
    STABLE_MS = 60_000  # an app that ran this long without an error ends a run of errors

    def __init__(self, app: QApplication, build: Callable[[Path], Any], make_data_dir: Callable[[], Path],
                 try_pin: Callable[[str], PinCheck], idle_seconds: int,
                 backoff: tuple[float, ...] = BACKOFF) -> None:  # fmt: skip
        super().__init__()
        self.app = app
        self._build = build
        self._make_data_dir = make_data_dir
        self._try_pin = try_pin
        self._backoff = backoff
        self.started: Any = None
        self._data_dir: Path | None = None
        self.unlocked = False
        self.gave_up = False
        self.resets = 0
        self.failures = 0  # builds failed or errors met in a row
        self.waiting: OneMomentScreen | None = None
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
            QCoreApplication.translate("Kiosk", "Something went wrong, so the app started again.")))  # fmt: skip
        self.stable = QTimer(self)
        self.stable.setSingleShot(True)
        self.stable.setInterval(self.STABLE_MS)
        self.stable.timeout.connect(self._ran_well)
        self._touched = False  # has this visitor done anything?
        kiosk_policy.set_active(True)

    # -- the visitor's app ---------------------------------------------------------------------
    def begin(self) -> bool:
        """Build the app for the first visitor and show it full screen; False when it cannot start
        (a technician is there at the first start: the reason was printed)."""
        self.app.setQuitOnLastWindowClosed(False)  # between two visitors no window may be open
        self.app.installEventFilter(self)
        sys.excepthook = self._on_error
        if not self._open():
            return False
        # in the kiosk's language, for when no visitor's app (and so no translation) is there
        self._one_moment = QCoreApplication.translate("Kiosk", "One moment, please. The app is getting ready.")
        return True

    def _open(self) -> bool:
        try:
            self._data_dir = self._make_data_dir()
            started = self._build(self._data_dir)
        except Exception:  # anything at all: the kiosk must come back, not fall to the desktop
            traceback.print_exc()
            started = None
        if started is None or isinstance(started, int):
            self._drop_data_dir()
            return False
        self.started = started
        window = started.window
        window.installEventFilter(self)  # refuses to close until staff unlock it
        QShortcut(QKeySequence(UNLOCK_KEYS), window, self.unlock)
        screen = self.app.primaryScreen()
        if screen is not None:  # the whole screen, also where no window manager obeys "full screen"
            window.setGeometry(screen.geometry())
        window.showFullScreen()
        self._hide_waiting()
        self._touched = False
        self.idle.start()
        self.stable.start()
        return True

    def _drop_data_dir(self) -> None:
        if self._data_dir is not None:
            shutil.rmtree(self._data_dir, ignore_errors=True)
            self._data_dir = None

    def _on_idle(self) -> None:
        if self._touched:  # an untouched start needs no new start: nothing to forget, nothing rebuilt
            self.failures = 0
            self.restart()

    def _ran_well(self) -> None:
        self.failures = 0

    def restart(self, notice: str = "") -> None:
        """Back to the start for the next visitor: close any dialog, drop this visitor's data,
        build everything again (or show "one moment" and try again later)."""
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        if dialogs:  # let each dialog's own event loop end before its window goes
            for dialog in dialogs:
                dialog.reject()
            QTimer.singleShot(0, lambda: self.restart(notice))
            return
        self.retry.stop()
        self.pending.stop()
        self.stable.stop()
        old = self.started
        self.started = None
        if old is not None:
            old.window.removeEventFilter(self)
            try:
                old.close()
            except Exception:
                traceback.print_exc()
        self._drop_data_dir()
        # what the last visitor's screens drew and Qt kept for reuse (up to 10 MiB, filling a little
        # with every visitor's own pages and sizes): the next visitor starts from nothing either
        QPixmapCache.clear()
        self.resets += 1
        if self._open():
            if notice:
                self.started.window.show_notice(notice)
        else:
            self._wait_and_retry()

    def _wait_and_retry(self) -> None:
        """The app could not be built: a calm screen, and another try a little later."""
        self.failures += 1
        if self.failures > len(self._backoff):
            self._give_up()
            return
        self._show_waiting()
        self.retry.start(int(self._backoff[self.failures - 1] * 1000))

    def _retry(self) -> None:
        if not self._open():
            self._wait_and_retry()

    def _give_up(self) -> None:
        print("koryo-desktop: the kiosk could not start the app again after several tries; stopping so that "
              "it can be restarted", file=sys.stderr)  # fmt: skip
        self.gave_up = True
        self.app.exit(self.GAVE_UP)

    def _show_waiting(self) -> None:
        if self.waiting is None:
            self.waiting = OneMomentScreen(self._one_moment)
            self.waiting.installEventFilter(self)
            QShortcut(QKeySequence(UNLOCK_KEYS), self.waiting, self.unlock)
        screen = self.app.primaryScreen()
        if screen is not None:
            self.waiting.setGeometry(screen.geometry())
        self.waiting.showFullScreen()

    def _hide_waiting(self) -> None:
        if self.waiting is not None:
            self.waiting.removeEventFilter(self)
            self.waiting.hide()
            self.waiting.deleteLater()
            self.waiting = None

    def _on_error(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        """An error never leaves a visitor on a broken screen: report it and start again, at once
        the first time and after a growing pause when errors keep coming."""
        traceback.print_exception(kind, value, tb)
        forget_last_error(tb)
        if self.retry.isActive() or self.pending.isActive():  # a new start is already on its way
            return
        self.failures += 1
        if self.failures > len(self._backoff) + 1:
            self._give_up()
            return
        self.pending.start(0 if self.failures == 1 else int(self._backoff[self.failures - 2] * 1000))

    # -- staff ---------------------------------------------------------------------------------
    def unlock(self) -> bool:
        """Ask for the staff PIN; with the right one, leave the kiosk (the app quits). The idle time
        keeps running: a dialog left open goes with the next start."""
        self._touched = True
        dialog = PinDialog(self._try_pin, self.started.window if self.started else self.waiting)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.unlocked = True
                self.app.quit()
                return True
            return False
        finally:
            dialog.deleteLater()

    def finish(self) -> None:
        """Tidy up after the event loop ends."""
        self.app.removeEventFilter(self)
        sys.excepthook = sys.__excepthook__
        self.retry.stop()
        self.pending.stop()
        self.stable.stop()
        self._hide_waiting()
        if self.started is not None:
            self.started.window.removeEventFilter(self)
            self.started.close()
            self.started = None
        self._drop_data_dir()
        self.app.setQuitOnLastWindowClosed(True)
        kiosk_policy.set_active(False)

    # -- events --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = int(event.type())
        if kind in _INPUT:
            self._touched = True
            self.idle.start()  # somebody is there: start counting again
        elif (
            kind == int(QEvent.Type.Close)
            and not self.unlocked
            and ((self.started and watched is self.started.window) or watched is self.waiting)
        ):
            event.ignore()  # a visitor cannot close the kiosk
            return True
        return False
