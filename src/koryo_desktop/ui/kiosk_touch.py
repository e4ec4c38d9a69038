"""Touch at a kiosk: every control at least 48 × 48 px (a fingertip), the rows of lists as tall, and
larger text than on a desk. The kiosk applies ``fit_for_touch`` to each widget as Qt polishes it,
so screens built later (a quiz's answers, a notice's buttons) are fitted too."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QEvent, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from koryo_desktop.ui.models.index import Index

MIN_TOUCH = 48  # px, the smallest target a finger hits reliably (WCAG 2.5.5, platform guidelines)
TOUCH_CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractSlider)


def is_touch_control(widget: QWidget) -> bool:
    """A control a visitor touches (scroll bars are not: pages scroll by dragging)."""
    return isinstance(widget, TOUCH_CONTROLS) and not isinstance(widget, QScrollBar)


def fit_for_touch(widget: QWidget) -> None:
    """At least MIN_TOUCH px each way for a control, and rows that tall for a table."""
    if is_touch_control(widget):
        low, high = widget.minimumSize(), widget.maximumSize()
        width, height = max(low.width(), MIN_TOUCH), max(low.height(), MIN_TOUCH)
        if (width, height) != (low.width(), low.height()):
            widget.setMinimumSize(width, height)
        if high.width() < width or high.height() < height:
            widget.setMaximumSize(max(high.width(), width), max(high.height(), height))
    elif isinstance(widget, QTableView):
        header = widget.verticalHeader()
        row = MIN_TOUCH + (1 if widget.showGrid() else 0)  # the grid line is drawn inside the row
        header.setMinimumSectionSize(max(header.minimumSectionSize(), row))
        header.setDefaultSectionSize(max(header.defaultSectionSize(), row))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and not _combo_popup(widget):
        inner = widget.itemDelegate()
        if inner is not None and not isinstance(inner, TouchRows):
            widget.setItemDelegate(TouchRows(inner, widget))


def _combo_popup(view: QAbstractItemView) -> bool:
    """A combo box's list: the combo box replaces (and deletes) its delegate whenever the style
    changes, so it is left alone."""
    return view.metaObject().className() == "QComboBoxListView"


class TouchRows(QStyledItemDelegate):
    """Another delegate's rows, at least MIN_TOUCH px high: it paints and sizes them, this only
    makes them taller (and passes everything else on)."""

    def __init__(self, inner: QAbstractItemDelegate, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.inner = inner
        inner.sizeHintChanged.connect(self.sizeHintChanged)
        inner.commitData.connect(self.commitData)
        inner.closeEditor.connect(self.closeEditor)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.inner.paint(painter, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = self.inner.sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), MIN_TOUCH))

    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem,
                    index: Index) -> bool:  # fmt: skip
        return self.inner.editorEvent(event, model, option, index)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: Index) -> bool:  # fmt: skip
        return self.inner.helpEvent(event, view, option, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return self.inner.createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        self.inner.setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        self.inner.setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        self.inner.updateEditorGeometry(editor, option, index)


def short_controls(root: QWidget) -> list[str]:
    """The visible controls under ``root`` smaller than MIN_TOUCH, and list rows shorter than it,
    described for a test's message."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if is_touch_control(widget) and (widget.width() < MIN_TOUCH or widget.height() < MIN_TOUCH):
            found.append(f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or _text(widget)!r} "
                         f"{widget.width()}×{widget.height()}")  # fmt: skip
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 8)):  # the rows a finger picks (not group headings)
                index = model.index(row, 0)
                rect = widget.visualRect(index)
                if model.flags(index) & Qt.ItemFlag.ItemIsSelectable and rect.isValid() and rect.height() < MIN_TOUCH:
                    found.append(f"rows of {type(widget).__name__} {widget.accessibleName()!r} {rect.height()} px high")
                    break
    return found


def _text(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return text() if callable(text) else ""


_WORD = re.compile(r"\w\w", re.UNICODE)


def words_for_touch(widget: QWidget) -> str:
    """What a finger cannot hover to read: the tooltip of a control that shows no words of its own
    (an arrow, a symbol, a number box) or of a list (how to use it). The kiosk shows it when the
    control or the list (its viewport) is tapped."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractItemView) and widget is parent.viewport():
        widget = parent
    tip = widget.toolTip()
    if isinstance(widget, QAbstractItemView):
        return tip
    if not tip or not is_touch_control(widget):
        return ""
    return "" if shows_words(widget) else tip


def shows_words(widget: QWidget) -> bool:
    """Whether a control's own text says something in words (not ← or A+)."""
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and not isinstance(widget, QAbstractSpinBox | QLineEdit) else ""
    return bool(_WORD.search(shown or ""))


def hover_only(root: QWidget) -> list[str]:
    """Visible widgets under ``root`` whose tooltip a finger could never read: neither their own
    words say it nor does a tap show it."""
    return [f"{type(w).__name__}: {w.toolTip()[:60]}" for w in root.findChildren(QWidget)
            if w.isVisibleTo(root) and w.toolTip() and not shows_words(w) and not words_for_touch(w)]  # fmt: skip
