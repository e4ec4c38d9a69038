"""Ordering: drag an item by its handle to where it belongs (a line shows where it will go; a drop
always inserts, so the number of items never changes), or move the chosen one with the buttons or
Alt+Up/Down.

The drag is the view's own press, move and release rather than Qt's drag and drop: a drop from
QDrag onto an item overwrites it in a list model, and the view accepts no drops at all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from koryo_desktop.core.quiz import Presented
from koryo_desktop.ui.quiz.answers.base import AnswerWidget


def grip_icon(size: int, palette: QPalette, ratio: float = 1.0) -> QIcon:
    """Six dots, the usual sign of something that can be dragged, in the palette's text colour."""
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Text))
    dot = max(2.0, size / 7)
    for column in (0.35, 0.65):
        for row in (0.25, 0.5, 0.75):
            painter.drawEllipse(QRect(int(size * column - dot / 2), int(size * row - dot / 2), int(dot), int(dot)))
    painter.end()
    return QIcon(pixmap)


class OrderDelegate(QStyledItemDelegate):
    """Each item with its handle and its place: '⠿ 2.  The deportation begins'."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = f"{index.row() + 1}.  {option.text}"
        size = option.fontMetrics.height() + 6
        option.icon = grip_icon(size, option.palette, option.widget.devicePixelRatioF() if option.widget else 1.0)
        option.decorationSize = QSize(size, size)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height() + 12, int(option.fontMetrics.height() * 2.2)))


class OrderView(QListView):
    moved = Signal(int, int)  # from row, to row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setAcceptDrops(False)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setItemDelegate(OrderDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self.locked = False  # after checking: still readable, no longer movable
        self._pressed: tuple[int, QPoint] | None = None
        self.gap: int | None = None  # while dragging: the row the item will be inserted before

    def sizeHint(self) -> QSize:
        """Tall enough for every item: the page scrolls, not the list."""
        model = self.model()
        rows = sum(self.sizeHintForRow(r) for r in range(model.rowCount())) if model is not None else 0
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 4)

    def gap_at(self, y: int) -> int:
        model = self.model()
        for row in range(model.rowCount()):
            if y < self.visualRect(model.index(row, 0)).center().y():
                return row
        return model.rowCount()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid() and not self.locked:
            self._pressed = (index.row(), event.position().toPoint())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None:
            return
        point = event.position().toPoint()
        if self.gap is None and (point - self._pressed[1]).manhattanLength() < QApplication.startDragDistance():
            return
        self.gap = self.gap_at(point.y())
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        margin = self.fontMetrics().height()
        if point.y() < margin:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - margin)
        elif point.y() > self.viewport().height() - margin:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + margin)
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, gap = self._pressed, self.gap
        self._pressed, self.gap = None, None
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self.viewport().update()
        if pressed is not None and gap is not None:
            row = pressed[0]
            target = gap - 1 if gap > row else gap
            if target != row:
                self.model().moveRows(QModelIndex(), row, 1, QModelIndex(), gap)
                self.moved.emit(row, target)
            self.setCurrentIndex(self.model().index(target, 0))
            return
        super().mouseReleaseEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.ignore()  # nothing is dropped here: items move by the view's own drag

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        event.ignore()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.gap is None:
            return
        model = self.model()
        if self.gap < model.rowCount():
            y = self.visualRect(model.index(self.gap, 0)).top()
        else:
            y = self.visualRect(model.index(model.rowCount() - 1, 0)).bottom()
        painter = QPainter(self.viewport())
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
        painter.setPen(pen)
        painter.drawLine(4, y, self.viewport().width() - 4, y)
        painter.drawEllipse(QPoint(4, y), 4, 4)
        painter.end()


class OrderAnswer(AnswerWidget):
    def __init__(self, presented: Presented, parent: QWidget | None = None) -> None:
        super().__init__(presented, parent)
        self.model = QStringListModel(list(presented.options), self)
        self.view = OrderView()
        self.view.setModel(self.model)
        self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.installEventFilter(self)
        self.view.moved.connect(lambda _a, _b: self.changed.emit())
        self.up, self.down = QPushButton(), QPushButton()
        self.up.clicked.connect(lambda: self.move_item(-1))
        self.down.clicked.connect(lambda: self.move_item(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Items to order"))
        self.view.setToolTip(self.tr("Drag an item by its handle, or choose it and press Alt+Up or Alt+Down."))
        self.up.setText(self.tr("Move up (Alt+Up)"))
        self.down.setText(self.tr("Move down (Alt+Down)"))
        self.up.setAccessibleName(self.tr("Move up"))
        self.down.setAccessibleName(self.tr("Move down"))

    def move_item(self, step: int) -> None:
        if self.view.locked:
            return
        row = self.view.currentIndex().row()
        target = row + step
        if 0 <= row < self.model.rowCount() and 0 <= target < self.model.rowCount():
            self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (1 if step > 0 else 0))
            self.view.setCurrentIndex(self.model.index(target, 0))
            self.changed.emit()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_item(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def response(self) -> Any:
        return self.model.stringList()

    def set_locked(self, locked: bool) -> None:
        self.view.locked = locked
        self.view.viewport().setCursor(Qt.CursorShape.ArrowCursor if locked else Qt.CursorShape.OpenHandCursor)
        self.up.setEnabled(not locked)
        self.down.setEnabled(not locked)
