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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from koryo_desktop.ui import kiosk_policy

# what counts as a visitor being there
_INPUT = frozenset(
    int(t)
    for t in (
        QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.Gesture,
    )
)  # fmt: skip
UNLOCK_KEYS = "Ctrl+Alt+Shift+Q"


class PinDialog(QDialog):
    """Staff enter the kiosk PIN to leave kiosk mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.label = QLabel(self.tr("Staff PIN:"))
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.edit.setAccessibleName(self.tr("Staff PIN"))
        self.label.setBuddy(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.edit, buttons):
            layout.addWidget(widget)

    def pin(self) -> str | None:
        """The PIN typed, or None when cancelled."""
        return self.edit.text() if self.exec() == QDialog.DialogCode.Accepted else None


class Kiosk(QObject):
    """Builds the app for one visitor at a time and starts it again when they leave.

    ``build(data_dir)`` returns what app.start() returns, with its learner data in ``data_dir``;
    ``pin_matches(pin)`` checks a staff PIN."""

    def __init__(self, app: QApplication, build: Callable[[Path], Any], make_data_dir: Callable[[], Path],
                 pin_matches: Callable[[str], bool], idle_seconds: int) -> None:  # fmt: skip
        super().__init__()
        self.app = app
        self._build = build
        self._make_data_dir = make_data_dir
        self._pin_matches = pin_matches
        self.started: Any = None
        self._data_dir: Path | None = None
        self.unlocked = False
        self.resets = 0
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_seconds * 1000)
        self.idle.timeout.connect(self._on_idle)
        self._touched = False  # has this visitor done anything?
        kiosk_policy.set_active(True)

    # -- the visitor's app ---------------------------------------------------------------------
    def begin(self) -> bool:
        """Build the app for the first visitor and show it full screen; False when it cannot start."""
        self.app.installEventFilter(self)
        sys.excepthook = self._on_error
        return self._open()

    def _open(self) -> bool:
        self._data_dir = self._make_data_dir()
        started = self._build(self._data_dir)
        if isinstance(started, int):
            return False
        self.started = started
        window = started.window
        window.installEventFilter(self)  # refuses to close until staff unlock it
        QShortcut(QKeySequence(UNLOCK_KEYS), window, self.unlock)
        screen = self.app.primaryScreen()
        if screen is not None:  # the whole screen, also where no window manager obeys "full screen"
            window.setGeometry(screen.geometry())
        window.showFullScreen()
        self._touched = False
        self.idle.start()
        return True

    def _on_idle(self) -> None:
        if self._touched:  # an untouched start needs no new start: nothing to forget, nothing rebuilt
            self.restart()

    def restart(self, notice: str = "") -> None:
        """Back to the start for the next visitor: close any dialog, drop this visitor's data,
        build everything again."""
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        if dialogs:  # let each dialog's own event loop end before its window goes
            for dialog in dialogs:
                dialog.reject()
            QTimer.singleShot(0, lambda: self.restart(notice))
            return
        old, old_dir = self.started, self._data_dir
        self.started = None
        if old is not None:
            old.window.removeEventFilter(self)
            old.close()
        if old_dir is not None:
            shutil.rmtree(old_dir, ignore_errors=True)
        self.resets += 1
        if self._open() and notice:
            self.started.window.show_notice(notice)

    def _on_error(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        """An error never leaves a visitor on a broken screen: report it and start again."""
        traceback.print_exception(kind, value, tb)
        QTimer.singleShot(0, lambda: self.restart(
            QCoreApplication.translate("Kiosk", "Something went wrong, so the app started again.")))  # fmt: skip

    # -- staff ---------------------------------------------------------------------------------
    def unlock(self) -> bool:
        """Ask for the staff PIN; with the right one, leave the kiosk (the app quits). The idle time
        keeps running: a dialog left open goes with the next start."""
        self._touched = True
        pin = PinDialog(self.started.window if self.started else None).pin()
        if pin is not None and self._pin_matches(pin):
            self.unlocked = True
            self.app.quit()
            return True
        if pin is not None and self.started is not None:
            self.started.window.show_notice(QCoreApplication.translate("Kiosk", "That PIN is not right."))
        return False

    def finish(self) -> None:
        """Tidy up after the event loop ends."""
        self.app.removeEventFilter(self)
        sys.excepthook = sys.__excepthook__
        if self.started is not None:
            self.started.window.removeEventFilter(self)
            self.started.close()
            self.started = None
        if self._data_dir is not None:
            shutil.rmtree(self._data_dir, ignore_errors=True)
        kiosk_policy.set_active(False)

    # -- events --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = int(event.type())
        if kind in _INPUT:
            self._touched = True
            self.idle.start()  # somebody is there: start counting again
        elif kind == int(QEvent.Type.Close) and not self.unlocked and self.started and watched is self.started.window:
            event.ignore()  # a visitor cannot close the kiosk
            return True
        return False
