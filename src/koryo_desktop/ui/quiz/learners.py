"""Who is learning: the learner chooser (with each learner's colour), a new learner (name, a colour
chosen from swatches, an optional PIN), the PIN prompt, and the last learner remembered. Names are
shown as plain text everywhere: a name is never read as HTML."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from koryo_desktop.store.learner_store import GUEST_ID, LearnerStore

LAST_LEARNER = "quiz.last_learner"  # a setting of the machine (kept with the guest's)
NAME_LENGTH = 40
translate = QCoreApplication.translate


def colours() -> list[tuple[str, str]]:
    """Learner colours told apart with any colour vision (Okabe and Ito), with their names."""
    return [("#0072B2", translate("Learners", "Blue")), ("#D55E00", translate("Learners", "Vermilion")),
            ("#009E73", translate("Learners", "Green")), ("#CC79A7", translate("Learners", "Pink")),
            ("#E69F00", translate("Learners", "Orange")), ("#56B4E9", translate("Learners", "Sky blue")),
            ("#7A5C00", translate("Learners", "Brown")), ("#000000", translate("Learners", "Black"))]  # fmt: skip


def colour_icon(colour: str, size: int = 14, chosen: bool = False) -> QIcon:
    """A swatch; the chosen one carries a tick in black or white, whichever shows on it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    if chosen:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor("#000000" if QColor(colour).lightnessF() > 0.55 else "#ffffff")
        painter.setPen(QPen(ink, max(2.0, size / 8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        s = float(size)
        painter.drawPolyline([QPointF(s * 0.25, s * 0.52), QPointF(s * 0.42, s * 0.7), QPointF(s * 0.76, s * 0.3)])
        painter.end()
    return QIcon(pixmap)


def plain_message(parent: QWidget, title: str, text: str) -> None:
    """A message whose text is shown exactly as written (a learner's name is never HTML)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


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
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.pin))
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
        return str(self.swatches.checkedButton().property("colour"))

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
        if self.pin.text() and len(self.pin.text()) < 4:
            return self.tr("A PIN needs at least 4 digits (or leave it empty).")
        return ""

    def accept(self) -> None:
        trouble = self.trouble()
        self.problem.setText("⚠ " + trouble if trouble else "")
        self.problem.setVisible(bool(trouble))
        if not trouble:
            super().accept()


class PinDialog(QDialog):
    """Asks a learner's PIN; the name in the question is plain text."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PIN"))
        self.question = QLabel(self.tr("PIN for %1:").replace("%1", name))
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.question.setBuddy(self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.question, self.pin, buttons):
            layout.addWidget(widget)


class LearnerBar(QWidget):
    """The learner chooser at the top of the quiz, and the New learner button."""

    learner_changed = Signal(int)

    def __init__(self, learners: LearnerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.learners = learners
        self.learner_id = GUEST_ID
        self.label = QLabel()
        self.box = QComboBox()
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # names are never clipped
        self.label.setBuddy(self.box)
        self.box.activated.connect(lambda index: self.choose(self.box.itemData(index)))
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_learner)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.box)
        layout.addWidget(self.new_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Learner"))
        self.box.setAccessibleName(self.tr("Learner"))
        self.new_button.setText(self.tr("New learner…"))
        self.new_button.setAccessibleName(self.tr("New learner"))
        self.fill()

    def fill(self) -> None:
        self.box.blockSignals(True)
        self.box.clear()
        for row in self.learners.learners():
            name = self.tr("Guest") if row["is_guest"] else row["name"]
            self.box.addItem(colour_icon(row["colour"]), name, row["id"])
        self.box.setCurrentIndex(max(0, self.box.findData(self.learner_id)))
        self.box.blockSignals(False)

    def name_of(self, learner_id: int) -> str:
        index = self.box.findData(learner_id)
        return self.box.itemText(index) if index >= 0 else ""

    @property
    def name(self) -> str:
        return self.name_of(self.learner_id)

    def restore(self) -> tuple[int, str] | None:
        """Become the last learner if no PIN guards them; a learner with a PIN is returned, for the
        start page to offer ("Continue as …")."""
        last = self.learners.setting(LAST_LEARNER, GUEST_ID)
        if last == self.learner_id or self.box.findData(last) < 0:
            return None
        if self.learners.has_pin(last):
            return last, self.name_of(last)
        self._become(last)
        return None

    def choose(self, learner_id: int) -> bool:
        """Switch to ``learner_id``, asking the PIN when they have one; False when refused."""
        if learner_id == self.learner_id:
            return True
        if self.learners.has_pin(learner_id):
            dialog = PinDialog(self.name_of(learner_id), self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            if not accepted or not self.learners.check_pin(learner_id, dialog.pin.text()):
                if accepted:
                    plain_message(self, self.tr("PIN"), self.tr("That PIN is not right."))
                self.box.setCurrentIndex(max(0, self.box.findData(self.learner_id)))
                return False
        self._become(learner_id)
        return True

    def _become(self, learner_id: int) -> None:
        self.learner_id = learner_id
        self.learners.set_setting(LAST_LEARNER, learner_id)
        self.box.setCurrentIndex(max(0, self.box.findData(learner_id)))
        self.learner_changed.emit(learner_id)

    def new_learner(self) -> int | None:
        taken = {row["name"].casefold() for row in self.learners.learners()} | {self.tr("Guest").casefold()}
        dialog = NewLearnerDialog(taken, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            learner_id = self.learners.add_learner(dialog.name.text(), dialog.colour(), dialog.pin.text() or None)
        except ValueError:
            name = dialog.name.text().strip()
            plain_message(self, self.tr("New learner"), self.tr(
                "There is already a learner called “%1”. Choose another name.").replace("%1", name))  # fmt: skip
            return None
        self.fill()
        self._become(learner_id)
        return learner_id
