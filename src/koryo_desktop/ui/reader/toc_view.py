"""The table of contents view: long chapter and section titles wrap instead of being cut off."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from koryo_desktop.ui.models.index import Index


class _WrapDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        depth = 1 if index.parent().isValid() else 0
        width = self._view.viewport().width() - self._view.indentation() * (depth + 1) - 12
        text = str(index.data() or "")
        rect = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, max(60, width), 100000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(max(60, width), rect.height() + 8)


class TocView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrapDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()
