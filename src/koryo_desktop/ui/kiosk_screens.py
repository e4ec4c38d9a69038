"""What a kiosk shows of its own: the staff PIN dialog and the "one moment" screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from koryo_desktop.core.pins import PinCheck


class PinDialog(QDialog):
    """Staff enter the kiosk PIN to leave kiosk mode. Each try goes to ``try_pin``; a wrong one is
    said in the dialog, and after a few the dialog counts down before the next try."""

    def __init__(self, try_pin: Callable[[str], PinCheck], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._try_pin = try_pin
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.label = QLabel(self.tr("Staff PIN:"))
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.edit.setAccessibleName(self.tr("Staff PIN"))
        self.label.setBuddy(self.edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._waiting = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.edit, self.message, self.buttons):
            layout.addWidget(widget)

    def submit(self) -> None:
        """Try the PIN typed: accepted closes the dialog; otherwise say why and let staff try again."""
        if self._waiting:
            return
        check = self._try_pin(self.edit.text())
        self.edit.clear()
        if check.accepted:
            self.accept()
            return
        if check.wait_seconds:
            self._wait(check.wait_seconds)
        else:
            self._say(self.tr("That PIN is not right."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.edit.setFocus()

    def _wait(self, seconds: int) -> None:
        self._waiting = seconds
        self.edit.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._say(self.tr("Too many wrong tries. Try again in %n second(s).", "", seconds))
        self._countdown.start()

    def _tick(self) -> None:
        self._waiting -= 1
        if self._waiting > 0:
            self._say(self.tr("Too many wrong tries. Try again in %n second(s).", "", self._waiting))
            return
        self._countdown.stop()
        self.edit.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self._say(self.tr("You can try again now."))


class OneMomentScreen(QWidget):
    """What a visitor sees while the kiosk gets the app ready again after a problem."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setWindowTitle("Koryo Desktop")
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
