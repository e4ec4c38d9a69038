"""One answer widget per question type. Each gives ``response()`` (None while incomplete) and can
be locked after checking; number keys pick choices."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QObject

from koryo_desktop.core.quiz import Presented
from koryo_desktop.ui import formatting as fmt


class AnswerWidget(QWidget):
    submitted = Signal()  # Enter in a text field

    def response(self) -> Any:
        """The learner's answer in the form core.quiz.check expects, or None while incomplete."""
        return None

    def set_locked(self, locked: bool) -> None:
        self.setEnabled(not locked)

    def pick(self, number: int) -> bool:
        """Number key ``number`` (1-based); True when it chose something."""
        return False


class ChoiceAnswer(AnswerWidget):
    """Single choice and true/false as radio buttons, multiple select as check boxes."""

    def __init__(self, presented: Presented, labels: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kind = presented.question.type
        self.multiple = kind == "multiple"
        self.values: list[Any] = [True, False] if kind == "true_false" else list(range(len(presented.options)))
        texts = list(labels) if kind == "true_false" else list(presented.options)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QAbstractButton] = []
        for number, text in enumerate(texts, 1):
            button: QAbstractButton = (
                QCheckBox(f"{number}.  {text}") if self.multiple else QRadioButton(f"{number}.  {text}")
            )
            button.setAccessibleName(text)
            button.setStyleSheet("padding: 6px;")
            self.group.addButton(button, number - 1)
            self.buttons.append(button)
            layout.addWidget(button)

    def response(self) -> Any:
        chosen = [i for i, b in enumerate(self.buttons) if b.isChecked()]
        if not chosen:
            return None
        if self.multiple:
            return set(chosen)
        return self.values[chosen[0]]

    def show_solution(self, right: set[Any]) -> None:
        """After checking: the right choices in green and bold, a wrong choice in red."""
        for value, button in zip(self.values, self.buttons, strict=True):
            if value in right:
                button.setStyleSheet(f"padding: 6px; color: {fmt.result_colour(True)}; font-weight: bold;")
            elif button.isChecked():
                button.setStyleSheet(f"padding: 6px; color: {fmt.result_colour(False)}; text-decoration: line-through;")

    def pick(self, number: int) -> bool:
        if 1 <= number <= len(self.buttons):
            button = self.buttons[number - 1]
            button.setChecked(not button.isChecked() if self.multiple else True)
            button.setFocus()
            return True
        return False


class OrderAnswer(AnswerWidget):
    """Drag the items into order, or move the chosen one with the buttons or Alt+Up/Down."""

    def __init__(self, presented: Presented, labels: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStringListModel(list(presented.options), self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setWordWrap(True)
        self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setAccessibleName(labels[0])
        self.view.installEventFilter(self)
        self.up = QPushButton(labels[1].split("|")[0])
        self.down = QPushButton(labels[1].split("|")[1])
        self.up.setAccessibleName(self.up.text())
        self.down.setAccessibleName(self.down.text())
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def move(self, step: int) -> None:
        row = self.view.currentIndex().row()
        target = row + step
        items = self.model.stringList()
        if 0 <= row < len(items) and 0 <= target < len(items):
            items[row], items[target] = items[target], items[row]
            self.model.setStringList(items)
            self.view.setCurrentIndex(self.model.index(target, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def response(self) -> Any:
        return self.model.stringList()


class MatchAnswer(AnswerWidget):
    """Each item on the left gets one of the right-hand sides from a list."""

    def __init__(self, presented: Presented, labels: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QComboBox] = {}
        for row, left in enumerate(presented.lefts):
            label = QLabel(left)
            label.setWordWrap(True)
            box = QComboBox()
            box.addItem(labels[0], None)
            for right in presented.options:
                box.addItem(right, right)
            box.setAccessibleName(left)
            label.setBuddy(box)
            layout.addWidget(label, row, 0)
            layout.addWidget(box, row, 1)
            self.boxes[left] = box
        layout.setColumnStretch(1, 1)

    def response(self) -> Any:
        chosen = {left: box.currentData() for left, box in self.boxes.items()}
        return None if any(v is None for v in chosen.values()) else chosen


class TextAnswer(AnswerWidget):
    """A number (with a tolerance) or a short answer in any script."""

    def __init__(self, presented: Presented, labels: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(labels[0])
        self.edit.setAccessibleName(labels[0])
        if presented.question.type == "number":
            self.edit.setValidator(QDoubleValidator(self.edit))
        self.edit.returnPressed.connect(self.submitted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def response(self) -> Any:
        text = self.edit.text().strip()
        return text or None
