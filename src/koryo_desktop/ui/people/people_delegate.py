"""A directory row: monogram, name and life dates. Rows are one height, so ten thousand people
lay out at once; a row's texts are shaped once and drawn again from a cache of static texts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from koryo_desktop.core.people_filter import PersonRow
from koryo_desktop.ui.models.index import Index
from koryo_desktop.ui.people.people_model import ROW_ROLE
from koryo_desktop.ui.widgets.monogram import colour, initials, monogram_image
from koryo_desktop.ui.widgets.row_background import draw_row_background
from koryo_desktop.ui.widgets.row_texts import RowTexts

_MARKED_VALUE = (
    QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_HasFocus
).value
_SELECTED_VALUE = QStyle.StateFlag.State_Selected.value


class PeopleDelegate(QStyledItemDelegate):
    """Monograms are drawn once per initials, colour and size, then reused from a small cache
    (ten thousand people share a few hundred); fonts and their metrics are made once per font. A
    name or life line is elided and shaped once per text, width and font (a QStaticText), so a
    keystroke that brings rows back into view draws them without laying out their text again
    (RowTexts: a text met once is drawn plainly, as most rows a keystroke shows are never shown
    again)."""

    _TEXTS = 4000  # texts kept (two per row: a few screens of rows in each language)

    def __init__(self, parent: QObject | None = None, row_at: Callable[[int], PersonRow | None] | None = None) -> None:
        """``row_at`` gives the person of a row of the view without asking the model chain for it
        (default: the model's ROW_ROLE)."""
        super().__init__(parent)
        self._row_at = row_at
        self._monograms: dict[tuple[str, str, int, float], QPixmap] = {}
        self._person_monograms: dict[tuple[str, str, int, float], QPixmap] = {}  # by person: no initials to work out
        self._fonts: dict[
            tuple[str, float, int, int], tuple[QFont, QFontMetrics, QFontMetrics, int, tuple[str, float, int, int]]
        ] = {}
        self._last: tuple[QFont, tuple[QFont, QFontMetrics, QFontMetrics, int, tuple[str, float, int, int]]] | None = (
            None
        )
        self._texts = RowTexts(self._TEXTS)

    def _monogram(self, person_id: str, name: str, size: int, ratio: float, font: QFont) -> QPixmap:
        mine = (person_id, name, size, ratio)
        pixmap = self._person_monograms.get(mine)
        if pixmap is not None:
            return pixmap
        key = (initials(name), colour(person_id).name(), size, ratio)
        pixmap = self._monograms.get(key)
        if pixmap is None:
            if len(self._monograms) > 2000:
                self._monograms.clear()
            pixmap = QPixmap.fromImage(monogram_image(name, person_id, round(size * ratio), font))
            pixmap.setDevicePixelRatio(ratio)
            self._monograms[key] = pixmap
        if len(self._person_monograms) > 30000:
            self._person_monograms.clear()
        self._person_monograms[mine] = pixmap
        return pixmap

    @staticmethod
    def _font_key(font: QFont) -> tuple[str, float, int, int]:
        return (font.family(), font.pointSizeF(), font.pixelSize(), font.weight().value)

    def _font_set(self, font: QFont) -> tuple[QFont, QFontMetrics, QFontMetrics, int, tuple[str, float, int, int]]:
        """(bold font, its metrics, the plain font's metrics, line height, key) for ``font``."""
        last = self._last
        if last is not None and last[0] == font:  # the row before's font: no key to make (cheap to compare)
            return last[1]
        key = self._font_key(font)
        found = self._fonts.get(key)
        if found is None:
            bold = QFont(font)
            bold.setBold(True)
            metrics = QFontMetrics(font)
            found = self._fonts[key] = (bold, QFontMetrics(bold), metrics, metrics.height(), key)
        self._last = (QFont(font), found)
        return found

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = self._font_set(option.font)[3]
        return QSize(200, max(2 * line + 14, int(line * 2.6)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # a few calls per row: a plain row has no background of its own, and one data call brings
        # the whole row (a list shows many new rows on every keystroke of the filter)
        state = option.state.value  # a plain number: Python's enum operators cost more than the rest
        if state & _MARKED_VALUE:
            draw_row_background(self, painter, option, index)
        row = self._row_at(index.row()) if self._row_at is not None else index.data(ROW_ROLE)
        if row is None:
            return
        rect, font, palette = option.rect, option.font, option.palette
        size = rect.height() - 10
        name, subtitle = row.name, row.life
        device = painter.device()
        ratio = device.devicePixelRatioF() if device else 1.0
        painter.drawPixmap(rect.left() + 6, rect.top() + 5, self._monogram(row.id, name, size, ratio, font))
        selected = bool(state & _SELECTED_VALUE)
        text_left = rect.left() + size + 16
        width = rect.right() - text_left - 4
        title_font, title_metrics, metrics, line, key = self._font_set(font)
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.setFont(title_font)
        top = rect.top() + (rect.height() - (2 if subtitle else 1) * line) // 2
        texts = self._texts
        texts.draw(painter, text_left, top, name, width, title_font, title_metrics, (name, width, key, True))
        if subtitle:
            if not selected:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setFont(font)
            texts.draw(painter, text_left, top + line, subtitle, width, font, metrics, (subtitle, width, key, False))
        painter.restore()
