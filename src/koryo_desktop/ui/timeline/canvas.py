"""The painted timeline: an axis whose ticks follow the zoom, eras as bands, events as markers in
lanes with labels that never overlap, ranges as bars, uncertain dates as soft spans, and a density
strip for the events that have no room for a label. Mouse, wheel, keyboard, pinch and kinetic
touch scrolling all work; only what is visible is painted."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)  # fmt: skip
from PySide6.QtWidgets import QAbstractScrollArea, QPinchGesture, QWidget

from koryo_desktop.core.timeline_layout import LaneLayout, Tick, TimelineItem, assign_lanes, choose_ticks, density
from koryo_desktop.ui.timeline.categories import colour, marker_path
from koryo_desktop.ui.widgets.touch_scroll import enable_touch_scrolling

AXIS_HEIGHT = 34
STRIP_HEIGHT = 26
MARKER = 12.0
MAX_PX_PER_DAY = 400.0


@dataclass(frozen=True)
class EraBand:
    title: str
    start: float
    end: float


class TimelineCanvas(QAbstractScrollArea):
    selected = Signal(str)  # an event was chosen (click or arrow key)
    activated = Signal(str)  # Enter or double click on the chosen event
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        enable_touch_scrolling(self)  # one finger drags and flicks; two pinch (above)

        self.items: list[TimelineItem] = []
        self._starts: list[float] = []
        self.eras: list[EraBand] = []
        self.t0, self.t1 = 1860.0, 2030.0
        self.scale = 8.0  # pixels per year
        self.selected_id: str | None = None
        self.marked: set[str] = set()
        self._layouts: dict[tuple[float, int], LaneLayout] = {}
        self._label_widths: dict[int, float] = {}
        self._hits: list[tuple[QRectF, str]] = []
        self._drag_from: tuple[float, int] | None = None
        self._fitted = False
        self._override: tuple[float, float, int] | None = None  # (scale, offset, lanes) while exporting
        self._device = None  # the paint device whose font metrics apply (a PDF writer while exporting)

    # -- data ----------------------------------------------------------------------------------
    def set_items(self, items: list[TimelineItem], eras: list[EraBand]) -> None:
        """Show these events (sorted by start) and eras; keeps the zoom where it can."""
        self.items = items
        self._starts = [item.start for item in items]
        self.eras = eras
        first = min([i.start for i in items[:1]] + [e.start for e in eras[:1]] + [1860.0])
        last = max([i.end for i in items] + [e.end for e in eras] + [first + 1.0])
        self.t0, self.t1 = math.floor(first) - 2, math.ceil(last) + 2
        self._layouts.clear()
        self._label_widths.clear()
        if not self._fitted:
            self.fit_all()
        else:
            self._update_range()
        self.viewport().update()

    def set_marked(self, ids: set[str]) -> None:
        self.marked = ids
        self.viewport().update()

    # -- geometry ------------------------------------------------------------------------------
    def min_scale(self) -> float:
        return max(0.01, (self.viewport().width() - 40) / max(1.0, self.t1 - self.t0))

    def max_scale(self) -> float:
        return MAX_PX_PER_DAY * 365.25

    def _offset(self) -> float:
        return self._override[1] if self._override else self.horizontalScrollBar().value()

    def x_of(self, year: float) -> float:
        return (year - self.t0) * self.scale - self._offset()

    def year_at(self, x: float) -> float:
        return self.t0 + (x + self._offset()) / self.scale

    def view_range(self) -> tuple[float, float]:
        return self.year_at(0), self.year_at(self.viewport().width())

    def lanes(self) -> int:
        if self._override:
            return self._override[2]
        era_titles = 2 * (QFontMetrics(self.font()).height() + 2)  # two rows of era titles above the strip
        usable = self.viewport().height() - AXIS_HEIGHT - STRIP_HEIGHT - era_titles - 8
        return max(1, int(usable // self._lane_height()))

    def _font_metrics(self) -> QFontMetrics:
        return QFontMetrics(self.font(), self._device) if self._device is not None else QFontMetrics(self.font())

    def _lane_height(self) -> float:
        return self._font_metrics().height() * 1.9

    def _update_range(self) -> None:
        bar = self.horizontalScrollBar()
        total = (self.t1 - self.t0) * self.scale
        page = self.viewport().width()
        bar.setRange(0, max(0, int(total - page)))
        bar.setPageStep(max(1, int(page * 0.8)))
        bar.setSingleStep(max(1, int(page / 10)))

    def _scrolled(self, _value: int) -> None:
        self.viewport().update()
        self.view_changed.emit()

    # -- zoom and pan --------------------------------------------------------------------------
    def set_scale(self, scale: float, anchor_x: float | None = None) -> None:
        """Zoom to ``scale`` pixels per year, keeping the year under ``anchor_x`` (default: centre) in place."""
        anchor_x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        year = self.year_at(anchor_x)
        self._fitted = False
        self.scale = max(self.min_scale(), min(self.max_scale(), scale))
        self._update_range()
        self.horizontalScrollBar().setValue(round((year - self.t0) * self.scale - anchor_x))
        self.viewport().update()
        self.view_changed.emit()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        self.set_scale(self.scale * factor, anchor_x)

    def fit_all(self) -> None:
        self._fitted = True
        self.scale = self.min_scale()
        self._update_range()
        self.horizontalScrollBar().setValue(0)
        self.viewport().update()
        self.view_changed.emit()

    def go_to_year(self, year: float, span_years: float | None = None) -> None:
        """Centre ``year``; with ``span_years``, zoom so that about that many years fill the view."""
        if span_years:
            self._fitted = False
            self.scale = max(self.min_scale(), min(self.max_scale(), self.viewport().width() / span_years))
            self._update_range()
        self.horizontalScrollBar().setValue(round((year - self.t0) * self.scale - self.viewport().width() / 2))
        self.viewport().update()

    def pan(self, pixels: float) -> None:
        bar = self.horizontalScrollBar()
        bar.setValue(round(bar.value() + pixels))

    # -- selection -----------------------------------------------------------------------------
    def select(self, event_id: str | None, reveal: bool = True) -> None:
        """Choose an event; with ``reveal``, scroll (and zoom in if its label has no room) to show it."""
        self.selected_id = event_id
        if event_id is not None and reveal:
            index = next((n for n, i in enumerate(self.items) if i.id == event_id), None)
            if index is not None:
                item = self.items[index]
                for _ in range(12):  # zoom in until the event has a lane of its own
                    if self.layout().lanes[index] >= 0 or self.scale >= self.max_scale():
                        break
                    self.set_scale(self.scale * 1.5, self.x_of(item.start))
                x = self.x_of(item.start)
                if not 40 <= x <= self.viewport().width() - 200:
                    self.go_to_year(item.start)
        self.viewport().update()

    def step_selection(self, step: int) -> None:
        """Left/Right: the previous or next event in time (of those shown)."""
        if not self.items:
            return
        ids = [i.id for i in self.items]
        if self.selected_id in ids:
            index = max(0, min(len(ids) - 1, ids.index(self.selected_id) + step))
        else:
            start, _end = self.view_range()
            index = bisect.bisect_left(self._starts, start)
            index = min(index, len(ids) - 1)
        self.select(ids[index])
        self.selected.emit(ids[index])

    # -- layout --------------------------------------------------------------------------------
    def _label_width(self, index: int) -> float:
        width = self._label_widths.get(index)
        if width is None:
            width = self._metrics.horizontalAdvance(self.items[index].label)
            self._label_widths[index] = width
        return width

    def layout(self) -> LaneLayout:
        key = (round(self.scale, 6), self.lanes())
        layout = self._layouts.get(key)
        if layout is None:
            self._metrics = self._font_metrics()
            if len(self._layouts) > 40:
                self._layouts.clear()
            layout = assign_lanes(self.items, self.scale, key[1], self._label_width, MARKER)
            self._layouts[key] = layout
        return layout

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(self.viewport().rect()))
        painter.end()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Everything visible in ``rect``; also used to export a picture or a poster."""
        palette = self.palette()
        painter.fillRect(rect, palette.base())
        width, height = rect.width(), rect.height()
        start_year, end_year = self.year_at(0), self.year_at(width)
        font = QFont(self.font())
        metrics = self._font_metrics()
        # eras
        shades = (QColor(0, 114, 178, 26), QColor(230, 159, 0, 26))
        for n, era in enumerate(self.eras):
            x0, x1 = self.x_of(era.start), self.x_of(era.end)
            if x1 < 0 or x0 > width:
                continue
            band = QRectF(max(0.0, x0), AXIS_HEIGHT, min(width, x1) - max(0.0, x0), height - AXIS_HEIGHT)
            painter.fillRect(band, shades[n % 2])
            painter.setPen(palette.placeholderText().color())
            title = metrics.elidedText(era.title, Qt.TextElideMode.ElideRight, int(max(0.0, band.width() - 8)))
            row = n % 2  # neighbouring eras may overlap: alternate their titles between two rows
            top = height - STRIP_HEIGHT - (row + 1) * (metrics.height() + 2) - 2
            painter.drawText(QRectF(band.left() + 4, top, band.width(), metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft), title)  # fmt: skip
        # axis
        painter.setPen(QPen(palette.text().color(), 1))
        painter.drawLine(QPointF(0, AXIS_HEIGHT), QPointF(width, AXIS_HEIGHT))
        for tick in choose_ticks(start_year, end_year, self.scale, min_spacing=metrics.horizontalAdvance("0000 ") + 24):
            x = self.x_of(tick.value)
            painter.setPen(QPen(palette.text().color() if tick.major else palette.mid().color(), 1))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - (10 if tick.major else 6)), QPointF(x, AXIS_HEIGHT))
            painter.setPen(palette.mid().color())
            painter.drawLine(QPointF(x, AXIS_HEIGHT + 1), QPointF(x, height - STRIP_HEIGHT))
            painter.setPen(palette.text().color())
            bold = QFont(font)
            bold.setBold(tick.major)
            painter.setFont(bold)
            painter.drawText(QPointF(x + 3, AXIS_HEIGHT - 12), self.tick_label(tick))
        painter.setFont(font)
        # events
        layout = self.layout()
        lane_height = self._lane_height()
        self._hits = []
        offset = self.t0 * self.scale + self._offset()  # placements are in pixels from year 0
        first = bisect.bisect_left(self._starts, start_year - (2000 / self.scale))
        last = bisect.bisect_right(self._starts, end_year)
        text_colour = palette.text().color()
        for index in range(first, last):
            lane = layout.lanes[index]
            if lane < 0:
                continue
            item = self.items[index]
            x0 = item.start * self.scale - offset
            x1 = max(item.end * self.scale, item.start * self.scale) - offset
            label_end = layout.label_ends[index] - offset
            if label_end < 0:
                continue
            y = AXIS_HEIGHT + 8 + lane * lane_height + lane_height / 2
            base = colour(item.category)
            if item.fuzzy and x1 - x0 > 2:
                gradient = QLinearGradient(x0, 0, x1, 0)
                soft = QColor(base)
                soft.setAlpha(90)
                clear = QColor(base)
                clear.setAlpha(0)
                gradient.setColorAt(0, clear)
                gradient.setColorAt(0.5, soft)
                gradient.setColorAt(1, clear)
                painter.fillRect(QRectF(x0, y - 5, x1 - x0, 10), QBrush(gradient))
            elif item.is_range and x1 - x0 > 2:
                bar = QColor(base)
                bar.setAlpha(150)
                painter.fillRect(QRectF(x0, y - 3, x1 - x0, 6), bar)
            selected = item.id == self.selected_id
            painter.setPen(QPen(text_colour if selected else base.darker(130), 2 if selected else 1))
            painter.setBrush(base)
            painter.drawPath(marker_path(item.category, QPointF(x0, y), MARKER + (4 if selected else 0)))
            if item.id in self.marked:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor("#ff00aa"), 2))
                painter.drawEllipse(QPointF(x0, y), MARKER, MARKER)
            label_x = max(x1, x0 + MARKER / 2) + 6
            label_rect = QRectF(label_x, y - metrics.height() / 2, label_end - label_x, metrics.height())
            if selected:  # the chosen event: its label on the highlight colour (same width as measured)
                painter.fillRect(label_rect.adjusted(-3, -1, 3, 1), palette.highlight())
                painter.setPen(palette.highlightedText().color())
            else:
                painter.setPen(text_colour)
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), item.label)
            self._hits.append((QRectF(x0 - MARKER, y - lane_height / 2, label_rect.right() - x0 + MARKER, lane_height),
                               item.id))  # fmt: skip
        painter.setFont(font)
        # density strip: every event, including those without room for a label
        strip_top = height - STRIP_HEIGHT
        painter.fillRect(QRectF(0, strip_top, width, STRIP_HEIGHT), palette.alternateBase())
        columns = max(1, int(width // 3))
        counts = density(self._starts, start_year, end_year, columns)
        peak = max([*counts, 1])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.highlight())
        for c, count in enumerate(counts):
            if count:
                h = 3 + (STRIP_HEIGHT - 6) * math.sqrt(count / peak)
                painter.drawRect(QRectF(c * 3, height - h, 2, h))

    def render_whole(self, painter: QPainter, rect: QRectF) -> None:
        """Paint the whole timeline, fitted to ``rect`` (for a poster or a picture of everything)."""
        saved, saved_widths, saved_layouts = self.scale, self._label_widths, self._layouts
        self._device = painter.device()
        self._label_widths, self._layouts = {}, {}
        era_titles = 2 * (self._font_metrics().height() + 2)
        lanes = max(1, int((rect.height() - AXIS_HEIGHT - STRIP_HEIGHT - era_titles - 8) // self._lane_height()))
        self.scale = max(0.01, (rect.width() - 40) / max(1.0, self.t1 - self.t0))
        self._override = (self.scale, 0.0, lanes)
        try:
            painter.save()
            painter.translate(rect.topLeft())
            self.paint(painter, QRectF(0, 0, rect.width(), rect.height()))
            painter.restore()
        finally:
            self._override = None
            self._device = None
            self.scale = saved
            self._label_widths, self._layouts = saved_widths, saved_layouts
            self._hits = []

    def tick_label(self, tick: Tick) -> str:
        locale = QLocale()
        if tick.unit == "month" and tick.month != 1:
            return locale.standaloneMonthName(tick.month, QLocale.FormatType.ShortFormat)
        if tick.unit == "day" and not tick.major:
            return str(tick.day)
        if tick.unit == "day":
            return f"{locale.standaloneMonthName(tick.month, QLocale.FormatType.ShortFormat)} {tick.year}"
        return str(tick.year)

    # -- input ---------------------------------------------------------------------------------
    def item_at(self, point: QPointF) -> str | None:
        for rect, event_id in reversed(self._hits):
            if rect.contains(point):
                return event_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.item_at(event.position())
            if hit:
                self.select(hit, reveal=False)
                self.selected.emit(hit)
            self._drag_from = (event.position().x(), self.horizontalScrollBar().value())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            x, value = self._drag_from
            self.horizontalScrollBar().setValue(round(value - (event.position().x() - x)))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.item_at(event.position())
        if hit:
            self.activated.emit(hit)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or abs(delta.x()) > abs(delta.y()):
            self.pan(-(delta.x() or delta.y()))
        elif delta.y():
            self.zoom(1.25 if delta.y() > 0 else 0.8, event.position().x())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if isinstance(pinch, QPinchGesture):
                changed = pinch.changeFlags()
                if changed & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    self.zoom(pinch.scaleFactor(), self.viewport().mapFromGlobal(pinch.centerPoint().toPoint()).x())
                event.accept()
                return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.pan(step * self.viewport().width() / 4) if shift else self.step_selection(step)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.5)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / 1.5)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id:
            self.activated.emit(self.selected_id)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        centre = self.year_at(event.oldSize().width() / 2) if event.oldSize().width() > 0 else None
        super().resizeEvent(event)
        if self._fitted or self.scale < self.min_scale():
            self.fit_all()
        else:
            self._update_range()
            if centre is not None:
                self.go_to_year(centre)
        if self.selected_id is not None:  # a window that just opened or grew: show the chosen event again
            self.select(self.selected_id)
