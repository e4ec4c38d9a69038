"""What a kiosk shows of its own besides the attract screen: the staff PIN pad (touch or keyboard),
"Are you still there?" with its countdown, and the "one moment" screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from koryo_desktop.core.pins import MAX_DIGITS, PinCheck

KEY_SIDE = 88  # px: the PIN pad's keys, well above the 48 px a finger needs


def _big(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class PinPad(QWidget):
    """Staff enter the kiosk PIN with the digits on screen (or typed). Each try goes to ``try_pin``;
    a wrong one is said, and after a few the pad counts down before the next try."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, try_pin: Callable[[str], PinCheck], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._try_pin = try_pin
        self.title = QLabel()
        _big(self.title, 1.6, bold=True)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.edit.setMaxLength(MAX_DIGITS)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit.returnPressed.connect(self.submit)
        _big(self.edit, 2.0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setMinimumHeight(self.message.fontMetrics().height() * 2)  # the keys never move under a finger
        self.digits: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), index // 3, index % 3)
        self.backspace_key = self._key("⌫", self.edit.backspace)
        self.ok_key = self._key("OK", self.submit)
        grid.addWidget(self.backspace_key, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.ok_key, 3, 2)
        self.cancel_button = QPushButton()
        self.cancel_button.setMinimumHeight(64)
        self.cancel_button.clicked.connect(self.cancel)
        _big(self.cancel_button, 1.3)
        self._waiting = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (self.title, self.edit, self.message):
            column.addWidget(widget)
        column.addLayout(grid)
        column.addWidget(self.cancel_button)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column)
        outer.addStretch(1)
        self.retranslate()

    def _key(self, label: str, action: Callable[[], None] | None = None) -> QPushButton:
        key = QPushButton(label)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard's focus
        key.setFixedSize(KEY_SIDE, KEY_SIDE)
        _big(key, 1.8, bold=True)
        key.clicked.connect(action or (lambda: self.edit.insert(label)))
        if action is None:
            self.digits[label] = key
        return key

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff PIN"))
        self.edit.setAccessibleName(self.tr("Staff PIN"))
        self.backspace_key.setAccessibleName(self.tr("Delete the last digit"))
        self.ok_key.setText(self.tr("OK"))
        self.ok_key.setAccessibleName(self.tr("Enter the PIN"))
        self.cancel_button.setText(self.tr("Back to the kiosk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        """Ready for a new try (a wait still running goes on)."""
        self.edit.clear()
        if not self._waiting:
            self.message.clear()
        self.edit.setFocus()

    def cancel(self) -> None:
        self.edit.clear()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        """Try the PIN typed: accepted says so; otherwise say why and let staff try again."""
        if self._waiting or not self.edit.text():
            return
        check = self._try_pin(self.edit.text())
        self.edit.clear()
        if check.accepted:
            self.message.clear()
            self.accepted.emit()
            return
        if check.wait_seconds:
            self._wait(check.wait_seconds)
        else:
            self._say(self.tr("That PIN is not right."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.edit.setFocus()

    def _enable(self, on: bool) -> None:
        for widget in (self.edit, self.ok_key, self.backspace_key, *self.digits.values()):
            widget.setEnabled(on)

    def _wait(self, seconds: int) -> None:
        self._waiting = seconds
        self._enable(False)
        self._say(self.tr("Too many wrong tries. Try again in %n second(s).", "", seconds))
        self._countdown.start()

    def _tick(self) -> None:
        self._waiting -= 1
        if self._waiting > 0:
            self._say(self.tr("Too many wrong tries. Try again in %n second(s).", "", self._waiting))
            return
        self._countdown.stop()
        self._enable(True)
        self._say(self.tr("You can try again now."))


class StillTherePrompt(QWidget):
    """After the idle time: "Are you still there?" with a countdown. A touch anywhere returns the
    visitor to where they were (``stay``); at zero the visit ends (``timed_out``)."""

    stay = Signal()
    timed_out = Signal()
    SECONDS = 15

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.seconds = self.SECONDS
        self.left = 0
        self.question = QLabel()
        self.countdown = QLabel()
        self.number = QLabel()
        for label, factor in ((self.question, 3.0), (self.number, 6.0), (self.countdown, 1.6)):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            _big(label, factor, bold=label is not self.countdown)
        self.stay_button = QPushButton()
        self.stay_button.setMinimumSize(320, 96)
        _big(self.stay_button, 2.0, bold=True)
        self.stay_button.clicked.connect(self._stay)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.question, self.number, self.countdown):
            layout.addWidget(widget)
        layout.addSpacing(32)
        layout.addWidget(self.stay_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Sizes that fill a large screen as they fill a small one (thousandths of the height)."""
        super().resizeEvent(event)
        height = max(300, self.height())
        for widget, share, bold in ((self.question, 60, True), (self.number, 130, True), (self.countdown, 30, False),
                                    (self.stay_button, 36, True)):  # fmt: skip
            font = QFont(widget.font())
            font.setPixelSize(round(height * share / 1000))
            font.setBold(bold)
            widget.setFont(font)
        self.stay_button.setMinimumSize(round(height * 0.45), round(height * 0.11))

    def start(self) -> None:
        self.left = self.seconds
        self._show_left()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.timer.stop()
            self.timed_out.emit()
            return
        self._show_left()

    def _show_left(self) -> None:
        self.number.setText(str(self.left))
        self.countdown.setText(
            self.tr(
                "Touch the screen to carry on. In %n second(s) the kiosk starts again for the next visitor.",
                "",
                self.left,
            )
        )

    def _stay(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.stay.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._stay()
        super().mousePressEvent(event)

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.stay_button.setText(self.tr("I am still here"))
        if self.left:
            self._show_left()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class OneMomentScreen(QWidget):
    """What a visitor sees while the kiosk gets the app ready again after a problem."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        _big(self.label, 1.6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
