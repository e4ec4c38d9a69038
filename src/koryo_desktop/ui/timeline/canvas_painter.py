"""Painting the timeline canvas: era bands, the axis, events in their lanes and the density strip.

Only the part of the view that needs it is painted (after a pan, the strip that scrolled into
view), and what does not change between frames is made once and kept: each label's laid-out
text (QStaticText), the marker shapes, the colours and pens of the categories."""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
)

from koryo_desktop.core.timeline_layout import choose_ticks, density
from koryo_desktop.ui.timeline.categories import colour, marker_path

if TYPE_CHECKING:
    from koryo_desktop.ui.timeline.canvas import TimelineCanvas

AXIS_HEIGHT = 34
STRIP_HEIGHT = 26
MARKER = 12.0
GAP = 10.0  # between a label's end and the next event in its lane (core.timeline_layout's default)
LABEL_MARGIN = 2000.0  # pixels left of the view in which an event's bar or label may still reach in
# For each row of the density strip from the top: a bar's height (a byte) -> 1 if it reaches that row
_ROW_TABLES = [bytes(int(tall >= STRIP_HEIGHT - row) for tall in range(256)) for row in range(STRIP_HEIGHT)]


class CanvasPainter:
    def __init__(self) -> None:
        self._texts: dict[str, QStaticText] = {}
        self._seen: set[str] = set()  # labels drawn once: a second time makes them a QStaticText
        self._paths: dict[tuple[str, float], QPainterPath] = {}
        self._styles: dict[str, tuple[QColor, QPen]] = {}
        self._widths: dict[str, int] = {}  # era titles' widths
        self._font_key = ""

    def forget(self) -> None:
        """New events, a new font or new colours: make everything again."""
        self._texts.clear()
        self._seen.clear()
        self._paths.clear()
        self._styles.clear()
        self._widths.clear()

    def _text(self, text: str) -> QStaticText:
        found = self._texts.get(text)
        if found is None:
            if len(self._texts) > 20000:
                self._texts.clear()
            found = self._texts[text] = QStaticText(text)
            found.setTextFormat(Qt.TextFormat.PlainText)
        return found

    def _draw_label(self, painter: QPainter, x: float, top: float, ascent: float, text: str) -> None:
        """A label laid out once and kept, from the second time it is drawn (a zoom step shows many
        labels once and never again; a pan shows the same ones frame after frame)."""
        if text in self._texts or text in self._seen:
            painter.drawStaticText(QPointF(x, top), self._text(text))
        else:
            if len(self._seen) > 20000:
                self._seen.clear()
            self._seen.add(text)
            painter.drawText(QPointF(x, top + ascent), text)

    def _path(self, category: str, size: float) -> QPainterPath:
        found = self._paths.get((category, size))
        if found is None:
            found = self._paths[(category, size)] = marker_path(category, QPointF(0, 0), size)
        return found

    def _style(self, category: str) -> tuple[QColor, QPen]:
        """(fill, outline) of a category."""
        found = self._styles.get(category)
        if found is None:
            base = colour(category)
            found = self._styles[category] = (base, QPen(base.darker(130), 1))
        return found

    # -- the frame -----------------------------------------------------------------------------
    def paint(self, canvas: TimelineCanvas, painter: QPainter, rect: QRectF, dirty: QRectF | None = None) -> None:
        """Paint the part ``dirty`` (default: all) of a view of size ``rect``."""
        font = QFont(canvas.font())
        if font.key() != self._font_key:
            self.forget()
            self._font_key = font.key()
        dirty = QRectF(rect) if dirty is None else dirty
        palette = canvas.palette()
        # rectangles on whole pixels without antialiasing fill fast; only markers need smooth edges
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(dirty.toAlignedRect(), palette.base())
        width, height = rect.width(), rect.height()
        left, right = max(0.0, dirty.left()), min(width, dirty.right() + 1)
        metrics = canvas.font_metrics()
        self._eras(canvas, painter, width, height, left, right, metrics)
        self._axis(canvas, painter, height, left, right, metrics, font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._events(canvas, painter, left, right, dirty.top(), dirty.bottom(), metrics)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if dirty.bottom() >= height - STRIP_HEIGHT:
            self._strip(canvas, painter, width, height)

    def _eras(self, canvas: TimelineCanvas, painter: QPainter, width: float, height: float, left: float, right: float,
              metrics: QFontMetrics) -> None:  # fmt: skip
        palette = canvas.palette()
        shades = (QColor(0, 114, 178, 26), QColor(230, 159, 0, 26))
        line = metrics.height()
        painter.setPen(palette.placeholderText().color())
        for n, era in enumerate(canvas.eras):
            x0, x1 = canvas.x_of(era.start), canvas.x_of(era.end)
            if x1 < left or x0 > right:
                continue
            band = QRectF(max(0.0, x0), AXIS_HEIGHT, min(width, x1) - max(0.0, x0), height - AXIS_HEIGHT)
            painter.fillRect(band.intersected(QRectF(left, 0, right - left, height)).toAlignedRect(), shades[n % 2])
            room = int(max(0.0, band.width() - 8))
            title = self._era_title(era.title, room, metrics)
            row = n % 2  # neighbouring eras may overlap: alternate their titles between two rows
            top = height - STRIP_HEIGHT - (row + 1) * (line + 2) - 2
            painter.drawStaticText(QPointF(band.left() + 4, top), title)  # cut to fit: it stays in its band

    def _era_title(self, title: str, room: int, metrics: QFontMetrics) -> QStaticText:
        """An era's title as it fits in ``room`` pixels: the whole title (kept) while it fits, else
        cut with an ellipsis (kept per width: a band narrower than its title is rare)."""
        whole = self._text(title)
        width = self._widths.get(title)
        if width is None:
            width = self._widths[title] = metrics.horizontalAdvance(title)
        if width <= room:
            return whole
        return self._text(metrics.elidedText(title, Qt.TextElideMode.ElideRight, room))

    def _axis(self, canvas: TimelineCanvas, painter: QPainter, height: float, left: float, right: float,
              metrics: QFontMetrics, font: QFont) -> None:  # fmt: skip
        palette = canvas.palette()
        text, mid = palette.text().color(), palette.mid().color()
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(left, AXIS_HEIGHT), QPointF(right, AXIS_HEIGHT))
        spacing = metrics.horizontalAdvance("0000 ") + 24
        ticks = choose_ticks(canvas.year_at(left - spacing), canvas.year_at(right), canvas.scale, min_spacing=spacing)
        ascent = metrics.ascent()
        major_pen, minor_pen, grid_pen = QPen(text, 1), QPen(mid, 1), QPen(mid, 1)
        bold = QFont(font)
        bold.setBold(True)
        xs = [canvas.x_of(tick.value) for tick in ticks]
        bottom = height - STRIP_HEIGHT
        for major, pen in ((True, major_pen), (False, minor_pen)):  # a few calls for all the ticks
            painter.setPen(pen)
            notch = AXIS_HEIGHT - (10 if major else 6)
            painter.drawLines(
                [QLineF(x, notch, x, AXIS_HEIGHT) for x, tick in zip(xs, ticks, strict=True) if tick.major == major]
            )
        painter.setPen(grid_pen)
        painter.drawLines([QLineF(x, AXIS_HEIGHT + 1, x, bottom) for x in xs])
        painter.setPen(text)
        for major in (False, True):
            painter.setFont(bold if major else font)
            for tick, x in zip(ticks, xs, strict=True):
                if tick.major == major and x >= 0:  # a year cut by the left edge would read as another
                    label = self._text(canvas.tick_label(tick))
                    painter.drawStaticText(QPointF(x + 3, AXIS_HEIGHT - 12 - ascent), label)
        painter.setFont(font)

    def _events(self, canvas: TimelineCanvas, painter: QPainter, left: float, right: float, top: float, bottom: float,
                metrics: QFontMetrics) -> None:  # fmt: skip
        palette = canvas.palette()
        text_colour = palette.text().color()
        line = metrics.height()
        ascent = metrics.ascent()
        chosen_pen = QPen(text_colour, 2)
        for _index, item, x0, x1, y, label_x, label_end in canvas.placed(left, right, top, bottom):
            base, pen = self._style(item.category)
            if item.fuzzy and x1 - x0 > 2:
                self._soft_span(painter, base, x0, x1, y)
            elif item.is_range and x1 - x0 > 2:
                bar = QColor(base)
                bar.setAlpha(150)
                painter.fillRect(QRectF(x0, y - 3, x1 - x0, 6), bar)
            selected = item.id == canvas.selected_id
            painter.setPen(chosen_pen if selected else pen)
            painter.setBrush(base)
            painter.drawPath(self._path(item.category, MARKER + (4 if selected else 0)).translated(x0, y))
            if item.id in canvas.marked:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor("#ff00aa"), 2))
                painter.drawEllipse(QPointF(x0, y), MARKER, MARKER)
            if selected:  # the chosen event: its label on the highlight colour (same width as measured)
                painter.fillRect(QRectF(label_x - 3, y - line / 2 - 1, label_end - label_x + 6, line + 2),
                                 palette.highlight())  # fmt: skip
                painter.setPen(palette.highlightedText().color())
            else:
                painter.setPen(text_colour)
            self._draw_label(painter, label_x, y - line / 2, ascent, item.label)  # its lane has room

    @staticmethod
    def _soft_span(painter: QPainter, base: QColor, x0: float, x1: float, y: float) -> None:
        gradient = QLinearGradient(x0, 0, x1, 0)
        soft, clear = QColor(base), QColor(base)
        soft.setAlpha(90)
        clear.setAlpha(0)
        gradient.setColorAt(0, clear)
        gradient.setColorAt(0.5, soft)
        gradient.setColorAt(1, clear)
        painter.fillRect(QRectF(x0, y - 5, x1 - x0, 10), QBrush(gradient))

    def _strip(self, canvas: TimelineCanvas, painter: QPainter, width: float, height: float) -> None:
        """The density strip: every event, including those without room for a label. Its bars (a
        column of two pixels in three) are drawn as one small two-colour image, made with a byte
        per pixel column and C loops, not a rectangle object per bar."""
        palette = canvas.palette()
        painter.fillRect(QRectF(0, height - STRIP_HEIGHT, width, STRIP_HEIGHT).toAlignedRect(), palette.alternateBase())
        columns = max(1, int(width // 3))
        counts = density(canvas.starts(), canvas.year_at(0), canvas.year_at(width), columns)
        peak = max([*counts, 1])
        unit = (STRIP_HEIGHT - 6) / math.sqrt(peak)
        tall = [round(3 + unit * math.sqrt(count)) if count else 0 for count in counts]
        pixels = bytes(itertools.chain.from_iterable(zip(tall, tall, itertools.repeat(0))))  # bar, bar, gap
        data = b"".join(pixels.translate(_ROW_TABLES[row]) for row in range(STRIP_HEIGHT))
        image = QImage(data, len(pixels), STRIP_HEIGHT, len(pixels), QImage.Format.Format_Indexed8)
        image.setColorTable([0, palette.highlight().color().rgba()])
        painter.drawImage(QPointF(0, height - STRIP_HEIGHT), image)
