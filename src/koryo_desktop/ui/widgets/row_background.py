"""The background of a list row as the style draws it (selection, hover, focus), without its text:
the custom delegates paint their own text on top."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


def draw_row_background(delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:  # fmt: skip
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    style = opt.widget.style() if opt.widget else None
    if style is not None:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
