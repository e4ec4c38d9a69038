"""The learners' dialogs: a new learner (a name, a colour from swatches, an optional PIN) and a
learner's PIN, which counts down after too many wrong tries. Names are plain text everywhere: a
name is never read as HTML."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRegularExpression, QSize, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from koryo_desktop.core import pins
from koryo_desktop.core.pins import PinCheck
from koryo_desktop.ui.learners.swatch import colour_icon

NAME_LENGTH = 40
translate = QCoreApplication.translate


def colours() -> list[tuple[str, str]]:
    """Learner colours told apart with any colour vision (Okabe and Ito), with their names."""
    return [("#0072B2", translate("Learners", "Blue")), ("#D55E00", translate("Learners", "Vermilion")),
            ("#009E73", translate("Learners", "Green")), ("#CC79A7", translate("Learners", "Pink")),
            ("#E69F00", translate("Learners", "Orange")), ("#56B4E9", translate("Learners", "Sky blue")),
            ("#7A5C00", translate("Learners", "Brown")), ("#000000", translate("Learners", "Black"))]  # fmt: skip


def plain_message(parent: QWidget | None, title: str, text: str) -> None:
    """A message whose text is shown exactly as written (a learner's name is never HTML)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def digits_only(edit: QLineEdit) -> None:
    """A PIN field: hidden, at most 12 of the digits 0 to 9, a digit keyboard on a touch screen."""
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,12}"), edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)


class NewLearnerDialog(QDialog):
    def __init__(self, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taken = taken  # names in use, case-folded
        self.setWindowTitle(self.tr("New learner"))
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LENGTH)
        self.name.setAccessibleName(self.tr("Name or nickname"))
        self.swatches = QButtonGroup(self)
        swatch_row = QHBoxLayout()
        size = self.fontMetrics().height() * 2
        for index, (colour, name) in enumerate(colours()):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(colour_icon(colour, size))
            button.setIconSize(QSize(size, size))
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setProperty("colour", colour)
            button.toggled.connect(lambda on, b=button, c=colour, n=size: b.setIcon(colour_icon(c, n, on)))
            self.swatches.addButton(button, index)
            swatch_row.addWidget(button)
        swatch_row.addStretch(1)
        self.swatches.button(0).setChecked(True)
        self.pin = QLineEdit()
        digits_only(self.pin)
        self.pin.setAccessibleName(self.tr("PIN (optional, 4 to 12 digits)"))
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name or nickname"), self.name)
        colour_label = QLabel(self.tr("Colour"))
        form.addRow(colour_label, swatch_row)
        form.addRow(self.tr("&PIN (optional, 4 to 12 digits)"), self.pin)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def colour(self) -> str:
        chosen = self.swatches.checkedButton()  # one is always checked (the group is exclusive)
        return str(chosen.property("colour")) if chosen is not None else colours()[0][0]

    def choose_colour(self, colour: str) -> None:
        for button in self.swatches.buttons():
            button.setChecked(button.property("colour") == colour)

    def trouble(self) -> str:
        """What keeps the learner from being added, in words; "" when nothing does."""
        name = self.name.text().strip()
        if not name:
            return self.tr("Type a name or a nickname.")
        if name.casefold() in self.taken:
            return self.tr("There is already a learner called “%1”. Choose another name.").replace("%1", name)
        if self.pin.text() and not pins.valid_pin(self.pin.text()):
            return self.tr("A PIN needs at least 4 digits (or leave it empty).")
        return ""

    def accept(self) -> None:
        trouble = self.trouble()
        self.problem.setText("⚠ " + trouble if trouble else "")
        self.problem.setVisible(bool(trouble))
        if not trouble:
            super().accept()


class PinDialog(QDialog):
    """Asks a learner's PIN (the name in the question is plain text). Each try goes to ``try_pin``;
    a wrong one is said in the dialog, and after too many the field stays disabled while the wait
    counts down. ``wait`` is a wait already running when the dialog opens."""

    def __init__(self, name: str, try_pin: Callable[[str], PinCheck], wait: int = 0,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._try_pin = try_pin
        self.setWindowTitle(self.tr("PIN"))
        self.question = QLabel(self.tr("PIN for %1:").replace("%1", name))
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.pin = QLineEdit()
        digits_only(self.pin)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.question.setBuddy(self.pin)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.waiting = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        for widget in (self.question, self.pin, self.message, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 46)  # the messages on a line or two
        if wait:
            self._wait(wait)

    def submit(self) -> None:
        """Try the PIN typed: accepted closes the dialog; otherwise say why and let the learner try
        again (after the wait, when there is one)."""
        if self.waiting:
            return
        check = self._try_pin(self.pin.text())
        self.pin.clear()
        if check.accepted:
            self.accept()
        elif check.wait_seconds:
            self._wait(check.wait_seconds)
        else:
            self._say(self.tr("That PIN is not right."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()
        self.resize(
            self.width(), self.heightForWidth(self.width()) if self.hasHeightForWidth() else self.sizeHint().height()
        )
        if self.pin.isEnabled():
            self.pin.setFocus()

    def _wait(self, seconds: int) -> None:
        self.waiting = seconds
        self.pin.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._say(self.tr("Too many wrong tries. Try again in %n second(s).", "", seconds))
        self._countdown.start()

    def _tick(self) -> None:
        self.waiting -= 1
        if self.waiting > 0:
            self._say(self.tr("Too many wrong tries. Try again in %n second(s).", "", self.waiting))
            return
        self._countdown.stop()
        self.pin.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self._say(self.tr("You can try again now."))
