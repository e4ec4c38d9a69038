"""Draws a list row as its title with a smaller, quieter subtitle underneath, both word-wrapped."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from koryo_desktop.ui.models.index import Index
from koryo_desktop.ui.models.record_list_model import SUBTITLE_ROLE, TITLE_ROLE
from koryo_desktop.ui.widgets.row_background import draw_row_background

_PAD = 6
_FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


class TwoLineDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        subtitle = QFont(option.font)
        subtitle.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.88))
        return title, subtitle

    def _heights(self, option: QStyleOptionViewItem, index: Index, width: int) -> tuple[int, int]:
        title_font, subtitle_font = self._fonts(option)
        rect = QRect(0, 0, max(40, width - 2 * _PAD), 100000)
        title_h = QFontMetrics(title_font).boundingRect(rect, _FLAGS, index.data(TITLE_ROLE) or "").height()
        subtitle = index.data(SUBTITLE_ROLE) or ""
        subtitle_h = QFontMetrics(subtitle_font).boundingRect(rect, _FLAGS, subtitle).height() if subtitle else 0
        return title_h, subtitle_h

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 300
        title_h, subtitle_h = self._heights(option, index, width)
        return QSize(width, title_h + subtitle_h + 2 * _PAD + (2 if subtitle_h else 0))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        draw_row_background(self, painter, option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        title_font, subtitle_font = self._fonts(option)
        title_h, _subtitle_h = self._heights(option, index, option.rect.width())
        area = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        painter.save()
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(text_role))
        painter.setFont(title_font)
        painter.drawText(QRect(area.left(), area.top(), area.width(), title_h), _FLAGS, index.data(TITLE_ROLE) or "")
        subtitle = index.data(SUBTITLE_ROLE) or ""
        if subtitle:
            if not selected:
                painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setFont(subtitle_font)
            top = area.top() + title_h + 2
            painter.drawText(QRect(area.left(), top, area.width(), area.bottom() - top + 1), _FLAGS, subtitle)
        painter.restore()
