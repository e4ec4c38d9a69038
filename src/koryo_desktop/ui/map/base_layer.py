"""The map's still layer (water, land, rivers, lakes, coasts, borders, region names, the routes' lines and the extra
markers) painted into an image for a window around the view. The view copies it while panning and
stretches the last one while zooming; it paints a sharp one once the view has come to rest.
(A worker thread would not help: PySide holds Python's lock while Qt paints.)"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF

from koryo_desktop.ui.map.geography import MapColours

DASHES = {"deportation": Qt.PenStyle.SolidLine, "settlement": Qt.PenStyle.DashLine,
          "migration": Qt.PenStyle.DashDotLine}  # fmt: skip


@dataclass(frozen=True)
class BaseRequest:
    """Everything the still layer depends on; equal requests give equal images."""

    size: QSize  # device pixels
    ratio: float
    scale: float  # pixels per km
    origin: QPointF  # the image's top left, in zoomed-world pixels
    world_left: float
    world_bottom: float
    colours: MapColours
    land: QPainterPath
    borders: QPainterPath
    rivers: QPainterPath
    lakes: QPainterPath
    names: tuple[tuple[str, float, float], ...]  # text, km
    font: QFont
    markers: QPolygonF
    routes: tuple[tuple[str, QPolygonF], ...]  # kind, km
    faint_routes: bool

    def key(self) -> tuple:
        return (self.size.width(), self.size.height(), self.ratio, self.scale, self.origin.x(), self.origin.y(),
                self.names, self.faint_routes, len(self.routes), self.markers.size(), self.colours.water.name(),
                self.font.pointSizeF())  # fmt: skip


def route_colour(colours: MapColours, kind: str) -> QColor:
    return {"deportation": colours.deportation, "settlement": colours.settlement}.get(kind, colours.migration)


def render_base(request: BaseRequest) -> QImage:
    """Paint the still layer into an image (safe in a worker thread: an image, not a widget)."""
    image = QImage(request.size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(request.ratio)
    image.fill(request.colours.water)
    painter = QPainter(image)
    paint_still(painter, request)
    painter.end()
    return image


def paint_still(painter: QPainter, request: BaseRequest) -> None:
    """Paint the still layer with any painter (an image's, or a PDF's for a vector export)."""
    c = request.colours
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-request.origin)
    painter.translate(-request.world_left * request.scale, request.world_bottom * request.scale)
    painter.scale(request.scale, -request.scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # the fill's edge is under the coast line
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(c.land)
    painter.drawPath(request.land)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_water(painter, request)
    coast = QPen(c.coast, 1.0)
    coast.setCosmetic(True)
    painter.setPen(coast)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(request.land)
    border = QPen(c.border, 1.2, Qt.PenStyle.DashLine)
    border.setCosmetic(True)
    painter.setPen(border)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(request.borders)
    if not request.markers.isEmpty():
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        dot = QPen(c.migration, 3.0)
        dot.setCosmetic(True)
        painter.setPen(dot)
        painter.drawPoints(request.markers)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for kind, line in request.routes:
        colour = QColor(route_colour(c, kind))
        colour.setAlpha(110 if request.faint_routes else 230)
        width = 3.0 if kind == "deportation" else 2.5
        halo = QPen(c.halo, width + 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        halo.setCosmetic(True)
        painter.setPen(halo)
        painter.drawPolyline(line)
        pen = QPen(colour, width, DASHES.get(kind, Qt.PenStyle.SolidLine), Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)  # fmt: skip
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawPolyline(line)
    painter.restore()
    painter.save()
    painter.translate(-request.origin)
    font = QFont(request.font)
    font.setItalic(True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
    painter.setFont(font)
    painter.setPen(c.region_text)
    metrics = QFontMetricsF(font)
    for text, x, y in request.names:
        wx, wy = (x - request.world_left) * request.scale, (request.world_bottom - y) * request.scale
        painter.drawText(QPointF(wx - metrics.horizontalAdvance(text) / 2, wy), text)
    painter.restore()


def paint_water(painter: QPainter, request: BaseRequest) -> None:
    """Rivers as thin lines, then the lakes filled with the sea's colour (covering the centrelines
    Natural Earth draws through them) and edged in the rivers' colour: on the land, under the coasts,
    borders, routes and names."""
    c = request.colours
    river = QPen(c.river, 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    river.setCosmetic(True)
    painter.setPen(river)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(request.rivers)
    painter.setBrush(c.water)
    painter.drawPath(request.lakes)


def window_rect(view: QRectF) -> QRectF:
    """The part of the zoomed world the still layer covers: the view with half a view around it."""
    return QRectF(view.left() - view.width() / 2, view.top() - view.height() / 2, view.width() * 2, view.height() * 2)
