"""A directory row: monogram, name and life dates. Rows are one height, so ten thousand people
lay out at once."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from koryo_desktop.ui.people.people_model import ID_ROLE, SUBTITLE_ROLE, TITLE_ROLE
from koryo_desktop.ui.widgets.monogram import monogram_image
from koryo_desktop.ui.widgets.row_background import draw_row_background


class PeopleDelegate(QStyledItemDelegate):
    """Monograms are drawn once per person and size, then reused from a small cache."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._monograms: dict[tuple[str, str, int, float], QPixmap] = {}

    def _monogram(self, person_id: str, name: str, size: int, ratio: float, font: QFont) -> QPixmap:
        key = (person_id, name, size, ratio)  # the name in another language has other initials
        pixmap = self._monograms.get(key)
        if pixmap is None:
            if len(self._monograms) > 2000:
                self._monograms.clear()
            pixmap = QPixmap.fromImage(monogram_image(name, person_id, round(size * ratio), font))
            pixmap.setDevicePixelRatio(ratio)
            self._monograms[key] = pixmap
        return pixmap

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, max(2 * line + 14, int(line * 2.6)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        draw_row_background(self, painter, option, index)
        rect = option.rect
        size = rect.height() - 10
        name = index.data(TITLE_ROLE) or ""
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect.left() + 6, rect.top() + 5, self._monogram(index.data(ID_ROLE) or "", name, size, ratio,
                                                                           option.font))  # fmt: skip
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_left = rect.left() + size + 16
        width = rect.right() - text_left - 4
        line = QFontMetrics(option.font).height()
        painter.save()
        painter.setPen(
            option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        elide = QFontMetrics(title_font).elidedText(name, Qt.TextElideMode.ElideRight, width)
        subtitle = index.data(SUBTITLE_ROLE) or ""
        top = rect.top() + (rect.height() - (2 if subtitle else 1) * line) // 2
        painter.drawText(QRect(text_left, top, width, line), int(Qt.AlignmentFlag.AlignLeft), elide)
        if subtitle:
            if not selected:
                painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setFont(option.font)
            text = QFontMetrics(option.font).elidedText(subtitle, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(text_left, top + line, width, line), int(Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()
