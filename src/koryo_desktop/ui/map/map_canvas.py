"""The painted map: land, rivers, lakes, coasts and borders from Natural Earth, the period's region
names, the routes (with the trains of the animation on them), every place as a marker with a label
that never overlaps another, and any number of extra markers. Drag, wheel, keys, pinch and kinetic
flicks zoom and pan; only the zoom changes the label layout, so panning repaints from caches."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QStaticText,
    QTransform,
    QWheelEvent,
)  # fmt: skip
from PySide6.QtWidgets import QAbstractScrollArea, QGestureEvent, QPinchGesture, QWidget

from koryo_desktop.core.map_labels import LabelRequest, Rect, place_labels
from koryo_desktop.core.projection import REGION
from koryo_desktop.core.route_animation import Track
from koryo_desktop.ui.map.base_layer import BaseRequest, paint_still, render_base, route_colour
from koryo_desktop.ui.map.geography import MapColours, colours, geography, region_bounds
from koryo_desktop.ui.widgets.touch_scroll import enable_touch_scrolling
from koryo_desktop.ui.widgets.viewports import viewport_of

MIN_KM_MARGIN = 150.0
MAX_SCALE = 3.0  # pixels per km at the closest zoom
SETTLE_MS = 60  # the view is at rest when nothing moved for this long
DASHES = {"deportation": Qt.PenStyle.SolidLine, "settlement": Qt.PenStyle.DashLine,
          "migration": Qt.PenStyle.DashDotLine}  # fmt: skip


@dataclass
class MapPlace:
    id: str
    name: str
    latitude: float
    longitude: float
    priority: float = 0.0
    x: float = 0.0  # projected km, filled in by the canvas
    y: float = 0.0


@dataclass
class MapRoute:
    id: str
    kind: str
    track: Track
    title: str = ""


@dataclass
class QuizMarks:
    """What the map shows after a map question: the tap and the right place."""

    tap: tuple[float, float] | None = None  # projected km
    answer: tuple[float, float] | None = None
    correct: bool = False


@dataclass
class _Cache:
    scale: float = 0.0
    labels: dict[str, Rect] = field(default_factory=dict)
    base: QImage | None = None  # the still layer last painted, and what it was painted for
    base_request: BaseRequest | None = None
    wanted: tuple = ()  # the key of the still layer being painted in the worker
    dirty: bool = False


class MapCanvas(QAbstractScrollArea):
    place_clicked = Signal(str)  # a marker was clicked or tapped
    place_activated = Signal(str)  # double click or Enter on the chosen place
    tapped = Signal(float, float)  # latitude, longitude of a click or tap (the map quiz listens)
    space_pressed = Signal()  # the screen plays or pauses its animation
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        viewport_of(self).grabGesture(Qt.GestureType.PinchGesture)  # made without the type search (viewports.py)
        enable_touch_scrolling(self)  # one finger drags and flicks; two pinch
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.setMinimumSize(QSize(320, 240))
        # the map data is read at the first paint; the region's extent is known without it
        self.world = region_bounds().adjusted(-MIN_KM_MARGIN, -MIN_KM_MARGIN, MIN_KM_MARGIN, MIN_KM_MARGIN)
        self.places: list[MapPlace] = []
        self._by_id: dict[str, MapPlace] = {}
        self.markers = QPolygonF()  # extra markers, projected km (the benchmark's ten thousand)
        self.routes: list[MapRoute] = []
        self.region_names: list[tuple[str, float, float]] = []  # text, projected km
        self.highlighted: set[str] = set()
        self.dimmed: set[str] = set()
        self.selected_id: str | None = None
        self.shown_routes: set[str] = set()
        self.day: float | None = None  # the animation's day; None shows the routes whole
        self.quiz = QuizMarks()
        self.show_labels = True
        self.quiz_mode = False  # a tap answers a map question: it chooses no place
        self.scale = 0.1
        self._fitted = True
        self._cache = _Cache()
        self._drag: tuple[QPointF, int, int, bool] | None = None
        self._colours: MapColours = colours()
        self._sharpen = QTimer(self)  # paints the sharp still layer once the view rests
        self._sharpen.setSingleShot(True)
        self._sharpen.setInterval(SETTLE_MS)
        self._sharpen.timeout.connect(self.sharpen)
        self.last_sharpen_ms = 0.0
        self._widths: dict[str, float] = {}
        self._texts: dict[str, QStaticText] = {}
        self._widths_font = ""

    # -- data ----------------------------------------------------------------------------------
    def set_places(self, places: list[MapPlace]) -> None:
        for place in places:
            place.x, place.y = REGION.forward(place.latitude, place.longitude)
        self.places = places
        self._by_id = {p.id: p for p in places}
        if self._fitted:
            self.fit_all()
        self.invalidate_labels()

    def set_markers(self, coordinates: list[tuple[float, float]]) -> None:
        """Extra markers at these (latitude, longitude): drawn as dots, without labels."""
        self.markers = QPolygonF([QPointF(x, y) for x, y in REGION.forward_many(coordinates)])
        self.invalidate_base()

    def set_routes(self, routes: list[MapRoute]) -> None:
        self.routes = routes
        self.set_shown_routes({r.id for r in routes})

    def set_shown_routes(self, ids: set[str]) -> None:
        self.shown_routes = ids
        self.invalidate_base()

    def set_region_names(self, names: list[tuple[str, float, float]]) -> None:
        """(text, latitude, longitude) of each region name of the period shown."""
        self.region_names = [(text, *REGION.forward(lat, lon)) for text, lat, lon in names]
        self.invalidate_base()

    def set_highlighted(self, ids: set[str]) -> None:
        self.highlighted = ids
        self.invalidate_labels()

    def set_dimmed(self, ids: set[str]) -> None:
        if ids == self.dimmed:  # the timeline panned within the same places' years: nothing to repaint
            return
        self.dimmed = ids
        self.invalidate_labels()

    def set_day(self, day: float | None) -> None:
        if (day is None) != (self.day is None):
            self.invalidate_base()  # the routes' lines go faint while the trains run
        self.day = day
        self.viewport().update()

    def set_quiz_marks(self, marks: QuizMarks) -> None:
        self.quiz = marks
        self.viewport().update()

    def refresh_colours(self) -> None:
        self._colours = colours()
        self._cache.base = None  # a new scheme: never show the old colours
        self.invalidate_labels()

    def invalidate_base(self) -> None:
        """The still layer's content changed: paint it again (the old one shows meanwhile)."""
        self._cache.dirty = True
        self.viewport().update()

    def invalidate_labels(self) -> None:
        self._cache.scale = 0.0
        self.viewport().update()

    def place(self, place_id: str) -> MapPlace | None:
        return self._by_id.get(place_id)

    # -- geometry ------------------------------------------------------------------------------
    def min_scale(self) -> float:
        size = self.viewport().size()
        return min(max(1, size.width()) / self.world.width(), max(1, size.height()) / self.world.height())

    def _margins(self) -> tuple[float, float]:
        """Where the zoomed world starts when it is smaller than the view (centred)."""
        size = self.viewport().size()
        return (max(0.0, (size.width() - self.world.width() * self.scale) / 2),
                max(0.0, (size.height() - self.world.height() * self.scale) / 2))  # fmt: skip

    def to_screen(self, x: float, y: float) -> QPointF:
        mx, my = self._margins()
        return QPointF((x - self.world.left()) * self.scale - self.horizontalScrollBar().value() + mx,
                       (self.world.bottom() - y) * self.scale - self.verticalScrollBar().value() + my)  # fmt: skip

    def to_world(self, point: QPointF) -> tuple[float, float]:
        mx, my = self._margins()
        x = (point.x() - mx + self.horizontalScrollBar().value()) / self.scale + self.world.left()
        y = self.world.bottom() - (point.y() - my + self.verticalScrollBar().value()) / self.scale
        return x, y

    def lat_lon_at(self, point: QPointF) -> tuple[float, float]:
        return REGION.inverse(*self.to_world(point))

    def screen_of(self, place_id: str) -> QPointF | None:
        place = self._by_id.get(place_id)
        return None if place is None else self.to_screen(place.x, place.y)

    def km_per_pixel(self) -> float:
        return 1.0 / self.scale

    def _world_transform(self) -> QTransform:
        mx, my = self._margins()
        t = QTransform()
        t.translate(mx - self.horizontalScrollBar().value(), my - self.verticalScrollBar().value())
        t.scale(self.scale, -self.scale)
        t.translate(-self.world.left(), -self.world.bottom())
        return t

    def _update_ranges(self) -> None:
        size = self.viewport().size()
        for bar, extent, page in ((self.horizontalScrollBar(), self.world.width(), size.width()),
                                  (self.verticalScrollBar(), self.world.height(), size.height())):  # fmt: skip
            bar.setRange(0, max(0, int(extent * self.scale - page)))
            bar.setPageStep(max(1, int(page * 0.8)))
            bar.setSingleStep(max(1, int(page / 10)))

    def _scrolled(self, _value: int) -> None:
        self.viewport().update()
        self.view_changed.emit()

    # -- zoom and pan --------------------------------------------------------------------------
    def set_scale(self, scale: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``scale`` pixels per km, keeping the point under ``anchor`` (default: the centre)."""
        anchor = QPointF(self.viewport().width() / 2, self.viewport().height() / 2) if anchor is None else anchor
        wx, wy = self.to_world(anchor)
        self._fitted = False
        self.scale = max(self.min_scale(), min(MAX_SCALE, scale))
        self._update_ranges()
        self._centre_on(wx, wy, anchor)
        self.viewport().update()
        self.view_changed.emit()

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        self.set_scale(self.scale * factor, anchor)

    def fit_all(self) -> None:
        """Show every place (or, with no places, the whole region)."""
        self._fitted = True
        if not self.places:
            self.scale = self.min_scale()
            self._update_ranges()
            self.horizontalScrollBar().setValue(0)
            self.verticalScrollBar().setValue(0)
        else:
            xs, ys = [p.x for p in self.places], [p.y for p in self.places]
            size = self.viewport().size()
            margin = 60.0
            width, height = max(xs) - min(xs), max(ys) - min(ys)
            scale = min(
                (size.width() - 2 * margin - 120) / max(width, 1.0), (size.height() - 2 * margin) / max(height, 1.0)
            )
            self.scale = max(self.min_scale(), min(MAX_SCALE, scale))
            self._update_ranges()
            self._centre_on((min(xs) + max(xs)) / 2 + 40 / self.scale, (min(ys) + max(ys)) / 2)
        self.viewport().update()
        self.view_changed.emit()

    def _centre_on(self, x: float, y: float, at: QPointF | None = None) -> None:
        at = QPointF(self.viewport().width() / 2, self.viewport().height() / 2) if at is None else at
        mx, my = self._margins()
        self.horizontalScrollBar().setValue(round((x - self.world.left()) * self.scale + mx - at.x()))
        self.verticalScrollBar().setValue(round((self.world.bottom() - y) * self.scale + my - at.y()))

    def show_place(self, place_id: str, min_scale: float = 0.0) -> None:
        """Bring a place into view (zooming in to at least ``min_scale``) without moving more than needed."""
        place = self._by_id.get(place_id)
        if place is None:
            return
        if min_scale > self.scale:
            self._fitted = False
            self.scale = min(MAX_SCALE, min_scale)
            self._update_ranges()
            self._centre_on(place.x, place.y)
        point = self.to_screen(place.x, place.y)
        if not QRectF(self.viewport().rect()).adjusted(40, 40, -160, -40).contains(point):
            self._centre_on(place.x, place.y)
        self.viewport().update()

    def show_area(self, points: list[tuple[float, float]], padding: float = 80) -> None:
        """Zoom and pan so that these projected points all show."""
        if not points:
            return
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        width, height = max(xs) - min(xs), max(ys) - min(ys)
        size = self.viewport().size()
        scale = min((size.width() - 2 * padding) / max(width, 1.0), (size.height() - 2 * padding) / max(height, 1.0))
        self._fitted = False
        self.scale = max(self.min_scale(), min(MAX_SCALE, scale, 0.6))
        self._update_ranges()
        self._centre_on((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        self.viewport().update()
        self.view_changed.emit()

    def pan(self, dx: float, dy: float) -> None:
        self.horizontalScrollBar().setValue(round(self.horizontalScrollBar().value() + dx))
        self.verticalScrollBar().setValue(round(self.verticalScrollBar().value() + dy))

    # -- labels --------------------------------------------------------------------------------
    def _marker_radius(self) -> float:
        return max(4.0, QFontMetricsF(self.font()).height() * 0.28)

    def labels(self) -> dict[str, Rect]:
        """The label rectangles at this zoom, in zoomed-world pixels (cached until the zoom changes)."""
        if self._cache.scale == self.scale:
            return self._cache.labels
        metrics = QFontMetricsF(self.font())
        font_key = self.font().key()
        if self._widths_font != font_key:
            self._widths, self._widths_font, self._texts = {}, font_key, {}
        radius = self._marker_radius()
        requests = []
        for p in self.places:
            priority = p.priority + (100 if p.id == self.selected_id else 0) + (50 if p.id in self.highlighted else 0)
            priority -= 80 if p.id in self.dimmed else 0
            wx, wy = (p.x - self.world.left()) * self.scale, (self.world.bottom() - p.y) * self.scale
            width = self._widths.get(p.name)
            if width is None:  # text widths stay the same at every zoom
                width = self._widths[p.name] = metrics.horizontalAdvance(p.name) + 6
            requests.append(LabelRequest(p.id, wx, wy, width, metrics.height() + 2, priority, radius))
        self._cache.labels = place_labels(requests) if self.show_labels else {}
        self._cache.scale = self.scale
        return self._cache.labels

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        self.paint(painter, QRectF(self.viewport().rect()))
        painter.end()

    def _view_origin(self) -> QPointF:
        """The zoomed-world pixel at the view's top left."""
        mx, my = self._margins()
        return QPointF(self.horizontalScrollBar().value() - mx, self.verticalScrollBar().value() - my)

    def base_request(self, size: QSize, origin: QPointF, ratio: float = 1.0) -> BaseRequest:
        geo = geography()
        lines = tuple((r.kind, QPolygonF([QPointF(x, y) for x, y in r.track.points])) for r in self.routes
                      if r.id in self.shown_routes and len(r.track.points) > 1)  # fmt: skip
        return BaseRequest(size, ratio, self.scale, origin, self.world.left(), self.world.bottom(), self._colours,
                           geo.land, geo.borders, geo.rivers, geo.lakes, tuple(self.region_names), QFont(self.font()),
                           self.markers, lines, self.day is not None)  # fmt: skip

    def _window_request(self, rect: QRectF, margin: float = 0.3) -> BaseRequest:
        """The still layer for the view and ``margin`` of a view around it (panning inside is free)."""
        ratio = self.devicePixelRatioF()
        origin = self._view_origin() - QPointF(rect.width() * margin, rect.height() * margin)
        size = QSize(int(rect.width() * (1 + 2 * margin) * ratio), int(rect.height() * (1 + 2 * margin) * ratio))
        return self.base_request(size, origin, ratio)

    def sharpen(self) -> None:
        """Paint the still layer for the view as it is now (the view has come to rest)."""
        import time

        started = time.perf_counter()
        rect = QRectF(self.viewport().rect())
        first = self._cache.base is None  # the first frame paints only what shows, to open quickly
        request = self._window_request(rect, 0.0 if first else 0.3)
        self._cache.base, self._cache.base_request, self._cache.dirty = render_base(request), request, False
        self.last_sharpen_ms = (time.perf_counter() - started) * 1000
        self.viewport().update()

    def _draw_base(self, painter: QPainter, rect: QRectF) -> None:
        """Copy the still layer; stretch the last one while the view moves, and sharpen it at rest."""
        cache, view = self._cache, self._view_origin()
        if cache.base is None or cache.base_request is None:  # the first frame: paint it now
            self.sharpen()
        base, request = cache.base, cache.base_request
        assert base is not None and request is not None
        same_zoom = request.scale == self.scale
        shift = view - request.origin
        room = base.size() / base.devicePixelRatio()
        covered = (same_zoom and 0 <= shift.x() <= room.width() - rect.width()
                   and 0 <= shift.y() <= room.height() - rect.height())  # fmt: skip
        if not covered:
            painter.fillRect(rect, self._colours.water)
        if same_zoom:
            painter.drawImage(QPointF(-shift.x(), -shift.y()), base)
        else:  # stretch the last layer to the new zoom until the view rests
            ratio = self.scale / request.scale
            left = request.world_left + request.origin.x() / request.scale
            top = request.world_bottom - request.origin.y() / request.scale
            corner = self.to_screen(left, top)
            dpr = base.devicePixelRatio()
            target = QRectF(corner.x(), corner.y(), base.width() / dpr * ratio, base.height() / dpr * ratio)
            visible = target.intersected(rect)
            if not visible.isEmpty():  # only the part in view: stretching the whole window costs much more
                k = dpr / ratio
                source = QRectF((visible.left() - target.left()) * k, (visible.top() - target.top()) * k,
                                visible.width() * k, visible.height() * k)  # fmt: skip
                painter.drawImage(visible, base, source)
        if not covered or cache.dirty:
            self._sharpen.start()

    def wait_for_base(self) -> None:
        """Sharpen now if the view is waiting to (tests and exports want the sharp layer)."""
        if self._sharpen.isActive():
            self._sharpen.stop()
            self.sharpen()

    def paint(self, painter: QPainter, rect: QRectF, for_export: bool = False) -> None:
        """Everything in view; also used to export a picture or a page."""
        if for_export:
            painter.fillRect(rect, self._colours.water)
            paint_still(painter, self.base_request(QSize(int(rect.width()), int(rect.height())), self._view_origin()))
        else:
            self._draw_base(painter, rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_trains(painter)
        self._paint_places(painter, rect)
        self._paint_quiz(painter)
        painter.setPen(self._colours.region_text)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        painter.setFont(small)
        painter.drawText(rect.adjusted(6, 0, -6, -4), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                         "Natural Earth")  # fmt: skip
        painter.setFont(self.font())

    def _paint_trains(self, painter: QPainter) -> None:
        """The animation's day: the stretch of each route with trains on it, and the first train."""
        if self.day is None:
            return
        c = self._colours
        for route in self.routes:
            span = route.track.span(self.day) if route.id in self.shown_routes else None
            if span is None:
                continue
            colour = route_colour(c, route.kind)
            stretch = QPolygonF([self.to_screen(x, y) for x, y in route.track.path(*span)])
            painter.setPen(QPen(colour, 7.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.drawPolyline(stretch)
            front = self.to_screen(*route.track.position(span[1]))
            painter.setPen(QPen(c.halo, 2))
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(front.x() - 9, front.y() - 6, 18, 12), 3, 3)  # the first train

    def _paint_places(self, painter: QPainter, rect: QRectF) -> None:
        c = self._colours
        radius = self._marker_radius()
        labels = self.labels()
        mx, my = self._margins()
        ox, oy = self.horizontalScrollBar().value() - mx, self.verticalScrollBar().value() - my
        visible = rect.adjusted(-300, -60, 60, 60)
        metrics = QFontMetricsF(self.font())
        painter.setFont(self.font())
        for place in self.places:
            point = self.to_screen(place.x, place.y)
            if not visible.contains(point):
                continue
            dim = place.id in self.dimmed
            chosen = place.id == self.selected_id
            lit = place.id in self.highlighted
            r = radius * (1.5 if chosen or lit else 1.0)
            if lit or chosen:
                painter.setPen(QPen(c.highlight, 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(point, r + 4, r + 4)
            painter.setPen(QPen(c.dimmed if dim else c.marker_edge, 1.5))
            painter.setBrush(c.dimmed if dim else c.marker)
            painter.drawEllipse(point, r, r)
            box = labels.get(place.id)
            if box is None:
                continue
            label = QRectF(box.left - ox, box.top - oy, box.width, box.height)
            if chosen:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.palette().highlight())
                painter.drawRoundedRect(label, 3, 3)
                painter.setPen(self.palette().highlightedText().color())
            else:
                halo = QColor(c.halo)
                halo.setAlpha(200)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(halo)
                painter.drawRoundedRect(label, 3, 3)
                painter.setPen(c.dimmed if dim else c.text)
            text = self._texts.get(place.name)
            if text is None:  # laid out once: drawing a prepared text is several times faster
                text = self._texts[place.name] = QStaticText(place.name)
                text.setTextFormat(Qt.TextFormat.PlainText)
                text.prepare(QTransform(), self.font())
            painter.drawStaticText(
                QPointF(label.left() + 3, label.top() + (label.height() - metrics.height()) / 2), text
            )

    def _paint_quiz(self, painter: QPainter) -> None:
        c = self._colours
        if self.quiz.answer is not None:
            point = self.to_screen(*self.quiz.answer)
            painter.setPen(QPen(c.right, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(point, 16, 16)
            tick = QPainterPath(QPointF(point.x() - 7, point.y()))
            tick.lineTo(point.x() - 2, point.y() + 6)
            tick.lineTo(point.x() + 8, point.y() - 7)
            painter.drawPath(tick)
        if self.quiz.tap is not None and self.quiz.answer is None:  # a chosen point, not yet checked
            point = self.to_screen(*self.quiz.tap)
            painter.setPen(QPen(c.highlight, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(point, 10, 10)
            painter.drawLine(point + QPointF(0, -16), point + QPointF(0, 16))
            painter.drawLine(point + QPointF(-16, 0), point + QPointF(16, 0))
        elif self.quiz.tap is not None and not self.quiz.correct:
            point = self.to_screen(*self.quiz.tap)
            painter.setPen(QPen(c.wrong, 4))
            painter.drawLine(point + QPointF(-8, -8), point + QPointF(8, 8))
            painter.drawLine(point + QPointF(-8, 8), point + QPointF(8, -8))

    # -- hits ----------------------------------------------------------------------------------
    def place_at(self, point: QPointF, reach: float | None = None) -> str | None:
        """The place whose marker (or label) is under ``point``, within a finger's reach."""
        reach = max(self._marker_radius() * 2.5, 14.0) if reach is None else reach
        labels = self.labels()
        mx, my = self._margins()
        ox, oy = self.horizontalScrollBar().value() - mx, self.verticalScrollBar().value() - my
        best, best_distance = None, reach
        for place in self.places:
            screen = self.to_screen(place.x, place.y)
            distance = math.hypot(screen.x() - point.x(), screen.y() - point.y())
            if distance <= best_distance:
                best, best_distance = place.id, distance
        if best is None:
            for place_id, box in labels.items():
                if QRectF(box.left - ox, box.top - oy, box.width, box.height).contains(point):
                    return place_id
        return best

    def select(self, place_id: str | None, reveal: bool = True) -> None:
        self.selected_id = place_id
        if place_id is not None and reveal:
            self.show_place(place_id)
        self.invalidate_labels()

    def step_selection(self, step: int) -> None:
        """PageDown/PageUp: the next place to the east or west."""
        ordered = sorted(self.places, key=lambda p: (p.longitude, p.latitude))
        if not ordered:
            return
        ids = [p.id for p in ordered]
        index = ids.index(self.selected_id) + step if self.selected_id in ids else (0 if step > 0 else len(ids) - 1)
        chosen = ids[max(0, min(len(ids) - 1, index))]
        self.select(chosen)
        self.place_clicked.emit(chosen)

    # -- input ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = (event.position(), self.horizontalScrollBar().value(), self.verticalScrollBar().value(), False)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, h, v, _moved = self._drag
            delta = event.position() - start
            if abs(delta.x()) + abs(delta.y()) > 4:
                self._drag = (start, h, v, True)
                self.horizontalScrollBar().setValue(round(h - delta.x()))
                self.verticalScrollBar().setValue(round(v - delta.y()))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if event.button() == Qt.MouseButton.LeftButton and drag is not None and not drag[3]:
            self._click(event.position())
        super().mouseReleaseEvent(event)

    def _click(self, point: QPointF) -> None:
        latitude, longitude = self.lat_lon_at(point)
        self.tapped.emit(latitude, longitude)
        if self.quiz_mode:
            return
        hit = self.place_at(point)
        if hit is not None:
            self.select(hit, reveal=False)
            self.place_clicked.emit(hit)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.place_at(event.position())
        if hit is not None:
            self.place_activated.emit(hit)
        else:
            self.zoom(1.6, event.position())

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.pan(-delta.y(), 0)
        elif abs(delta.x()) > abs(delta.y()):
            self.pan(-delta.x(), 0)
        elif delta.y():
            self.zoom(1.25 if delta.y() > 0 else 0.8, event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    self.zoom(
                        pinch.scaleFactor(), QPointF(self.viewport().mapFromGlobal(pinch.centerPoint().toPoint()))
                    )
                event.accept()
                return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = self.viewport().width() / 8
        moves: dict[int, tuple[float, float]] = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0), Qt.Key.Key_Up: (0, -step),
                 Qt.Key.Key_Down: (0, step)}  # fmt: skip
        if key in moves:
            self.pan(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.5)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / 1.5)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.step_selection(1 if key == Qt.Key.Key_PageDown else -1)
        elif key == Qt.Key.Key_Space:
            self.space_pressed.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id:
            self.place_activated.emit(self.selected_id)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted or self.scale < self.min_scale():
            self.fit_all()
        else:
            self._update_ranges()
