"""The painted timeline: an axis whose ticks follow the zoom, eras as bands, events as markers in
lanes with labels that never overlap, ranges as bars, uncertain dates as soft spans, and a density
strip for the events that have no room for a label. Mouse, wheel, keyboard, pinch and kinetic
touch scrolling all work; only what is visible is painted."""

from __future__ import annotations

import bisect
import gc
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPaintDevice,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QGestureEvent, QPinchGesture, QWidget

from koryo_desktop.core.timeline_layout import LaneSweep, Tick, TimelineItem, level_scale, next_level
from koryo_desktop.ui.timeline.canvas_painter import AXIS_HEIGHT, GAP, LABEL_MARGIN, MARKER, STRIP_HEIGHT, CanvasPainter
from koryo_desktop.ui.widgets.touch_scroll import enable_touch_scrolling
from koryo_desktop.ui.widgets.viewports import viewport_of

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
        viewport_of(self).grabGesture(Qt.GestureType.PinchGesture)  # made without the type search (viewports.py)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paint() fills every pixel
        enable_touch_scrolling(self)  # one finger drags and flicks; two pinch (above)

        self.items: list[TimelineItem] = []
        self._starts: list[float] = []
        self.eras: list[EraBand] = []
        self.t0, self.t1 = 1860.0, 2030.0
        self.scale = 8.0  # pixels per year
        self.selected_id: str | None = None
        self.marked: set[str] = set()
        self._layouts: dict[tuple[float, int], LaneSweep] = {}  # per zoom level and number of lanes
        self._label_widths: dict[int, float] = {}
        self._hit_cache: list[tuple[QRectF, str]] | None = []  # None: work them out when asked
        self._drag_from: tuple[float, int] | None = None
        self._fitted = False
        self._override: tuple[float, float, int] | None = None  # (scale, offset, lanes) while exporting
        self._device: QPaintDevice | None = (
            None  # the paint device whose font metrics apply (a PDF writer while exporting)
        )
        self._painter = CanvasPainter()
        self._prepare = QTimer(self)  # lays out the other zoom levels while the app is idle
        self._prepare.setInterval(0)
        self._prepare.timeout.connect(self._prepare_step)
        self._shown: tuple[float, int, int] | None = None  # (scale, scroll value, width) the pixels on screen show

    # -- data ----------------------------------------------------------------------------------
    def set_items(self, items: list[TimelineItem], eras: list[EraBand]) -> None:
        """Show these events (sorted by start) and eras; keeps the zoom where it can."""
        self.items = items
        self._starts = [item.start for item in items]
        self.eras = eras
        first = min([i.start for i in items[:1]] + [e.start for e in eras[:1]] + [1860.0])
        last = max([i.end for i in items] + [e.end for e in eras] + [first + 1.0])
        self.t0, self.t1 = math.floor(first) - 2, math.ceil(last) + 2
        self._forget_layouts()
        if not self._fitted:
            self.fit_all()
        else:
            self._update_range()
        self.viewport().update()

    def _forget_layouts(self) -> None:
        """New events or a new font: lay out and measure again, the other zoom levels in the background."""
        self._layouts.clear()
        self._label_widths.clear()
        self._painter.forget()
        self._shown = None
        self._prepare.start()

    def _prepare_step(self) -> None:
        """A slice of at most a few milliseconds of laying out the zoom levels not yet needed, so that
        zooming into a level the first time costs no more than painting it."""
        started = time.perf_counter()
        lanes, scale = self.lanes(), level_scale(self.min_scale())
        while time.perf_counter() - started < 0.003:
            while scale <= self.max_scale():
                sweep = self._layouts.get((scale, lanes))
                if sweep is None or sweep.done < len(self.items):
                    break
                scale = next_level(scale)
            else:
                self._prepare.stop()
                gc.freeze()  # the lanes of every level live on: later collections need not walk through them
                return
            if (scale, lanes) not in self._layouts:
                self._metrics = self.font_metrics()
                self._layouts[(scale, lanes)] = LaneSweep(self.items, scale, lanes, self._label_width, MARKER, GAP)
            sweep = self._layouts[(scale, lanes)]
            sweep.upto(sweep.done + 400)

    def prepared(self) -> bool:
        """Are all the zoom levels laid out?"""
        return not self._prepare.isActive()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._forget_layouts()  # the labels' widths, so the lanes too
            self.viewport().update()
        elif event.type() == QEvent.Type.PaletteChange:
            self._painter.forget()  # the categories' colours
            self._shown = None
            self.viewport().update()
        super().changeEvent(event)

    def set_marked(self, ids: set[str]) -> None:
        self.marked = ids
        self.viewport().update()

    def year_span(self) -> tuple[int, int]:
        """The first and last year the timeline shows."""
        return round(self.t0) + 2, round(self.t1) - 2

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

    def font_metrics(self) -> QFontMetrics:
        return QFontMetrics(self.font(), self._device) if self._device is not None else QFontMetrics(self.font())

    def _lane_height(self) -> float:
        return self.font_metrics().height() * 1.9

    def _update_range(self) -> None:
        bar = self.horizontalScrollBar()
        total = (self.t1 - self.t0) * self.scale
        page = self.viewport().width()
        bar.setRange(0, max(0, int(total - page)))
        bar.setPageStep(max(1, int(page * 0.8)))
        bar.setSingleStep(max(1, int(page / 10)))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Qt's own handling would repaint everything; _scrolled decides what to repaint."""

    def _scrolled(self, value: int) -> None:
        """A pan moves the pixels already painted and paints only the strip that came into view,
        the era titles (they keep to the left edge) and the density strip (it counts the view)."""
        shown, width = self._shown, self.viewport().width()
        if shown is not None and shown[0] == self.scale and shown[2] == width and abs(shown[1] - value) < width // 2:
            self._shown = (self.scale, value, width)
            self.viewport().scroll(shown[1] - value, 0)
            height = self.viewport().height()
            titles = 2 * (self.font_metrics().height() + 2) + 4
            self.viewport().update(QRect(0, height - STRIP_HEIGHT - titles, width, STRIP_HEIGHT + titles))
        else:
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
                    if self.lane_sweep().upto(index).lanes[index] >= 0 or self.scale >= self.max_scale():
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

    def lane_sweep(self) -> LaneSweep:
        """The lanes at the current zoom level, laid out as far as has been asked."""
        lanes = self.lanes()
        key = (level_scale(self.scale), lanes)
        layout = self._layouts.get(key)
        if layout is None:
            self._metrics = self.font_metrics()
            if len(self._layouts) > 80:
                self._layouts.clear()
            layout = LaneSweep(self.items, key[0], lanes, self._label_width, MARKER, GAP)
            self._layouts[key] = layout
        return layout

    def starts(self) -> list[float]:
        return self._starts

    def placed(self, left: float, right: float, top: float = 0.0, bottom: float = math.inf,
               ) -> Iterator[tuple[int, TimelineItem, float, float, float, float, float]]:  # fmt: skip
        """The events with a lane that can show between ``left`` and ``right`` (and ``top`` and
        ``bottom``), in pixels of the view, as (index, item, marker x, bar end x, lane centre y,
        label x, label end x)."""
        if not self.items:
            return
        scale = self.scale
        first = bisect.bisect_left(self._starts, self.year_at(left) - LABEL_MARGIN / scale)
        last = bisect.bisect_right(self._starts, self.year_at(right))
        layout = self.lane_sweep().upto(last - 1)
        lanes, widths, items = layout.lanes, layout.widths, self.items
        lane_height = self._lane_height()
        offset = self.t0 * scale + self._offset()  # placements are in pixels from year 0
        first_y = AXIS_HEIGHT + 8 + lane_height / 2
        reach = lane_height / 2 + 8  # a marker, a bar or a chosen label's highlight around the lane's centre
        wanted = {lane for lane in range(layout.lane_count)
                  if top - reach <= first_y + lane * lane_height <= bottom + reach}  # fmt: skip
        placed = layout.placed  # only the events with a lane: a handful of the ten thousand when zoomed out
        for index in placed[bisect.bisect_left(placed, first) : bisect.bisect_left(placed, last)]:
            lane = lanes[index]
            if lane not in wanted:
                continue
            item = items[index]
            x0 = item.start * scale - offset
            x1 = max(item.end * scale - offset, x0)
            label_end = max(x1, x0 + MARKER) + GAP + widths[index]  # at this scale: its lane's room only grew
            if label_end < left:
                continue
            yield index, item, x0, x1, first_y + lane * lane_height, max(x1, x0 + MARKER / 2) + 6, label_end

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        whole = QRectF(self.viewport().rect())
        # after a pan: the strip that came into view, and the bottom rows (PySide6's stub misses QRegion's __iter__)
        for part in event.region():  # type: ignore[attr-defined]
            painter.setClipRect(part)
            self.paint(painter, whole, QRectF(part))
        painter.end()
        self._shown = (self.scale, self.horizontalScrollBar().value(), self.viewport().width())
        self._hit_cache = None  # worked out when a click or a test asks, not after every frame

    def paint(self, painter: QPainter, rect: QRectF, dirty: QRectF | None = None) -> None:
        """The part ``dirty`` (default: all) of a view of the size of ``rect``; also used to export
        a picture or a poster."""
        self._painter.paint(self, painter, rect, dirty)

    @property
    def _hits(self) -> list[tuple[QRectF, str]]:
        """Where each event shown can be clicked: its marker and its label."""
        if self._hit_cache is None:
            lane_height, hits = self._lane_height(), []
            for _index, item, x0, _x1, y, _label_x, label_end in self.placed(0, self.viewport().width()):
                hits.append((QRectF(x0 - MARKER, y - lane_height / 2, label_end - x0 + MARKER, lane_height), item.id))
            self._hit_cache = hits
        return self._hit_cache

    def render_whole(self, painter: QPainter, rect: QRectF) -> None:
        """Paint the whole timeline, fitted to ``rect`` (for a poster or a picture of everything)."""
        saved, saved_widths, saved_layouts = self.scale, self._label_widths, self._layouts
        self._device = painter.device()
        self._label_widths, self._layouts = {}, {}
        self._painter.forget()
        era_titles = 2 * (self.font_metrics().height() + 2)
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
            self._painter.forget()
            self._hit_cache = None

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
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
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
