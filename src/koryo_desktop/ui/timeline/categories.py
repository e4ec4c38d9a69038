"""Each event category's colour (Okabe–Ito, safe for colour-blind readers) and marker shape, so the
category reads from the shape alone too."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap, Qt

from koryo_desktop.ui import theme

CATEGORIES: dict[str, tuple[str, str]] = {
    "migration": ("#0072B2", "circle"),
    "repression": ("#D55E00", "square"),
    "war": ("#000000", "diamond"),
    "diplomacy": ("#009E73", "triangle"),
    "economy": ("#E69F00", "triangle-down"),
    "culture": ("#CC79A7", "pentagon"),
    "education": ("#56B4E9", "hexagon"),
    "politics": ("#7A5C00", "plus"),
}


# on a dark ground (dark or high-contrast interface) the two darkest colours would vanish
ON_DARK = {"war": "#e8e8e8", "politics": "#d9b75a"}


def colour(category: str) -> QColor:
    if category in ON_DARK and theme.is_dark():
        return QColor(ON_DARK[category])
    return QColor(CATEGORIES.get(category, ("#666666", "circle"))[0])


def _polygon(center: QPointF, radius: float, sides: int, rotation: float) -> QPainterPath:
    path = QPainterPath()
    for i in range(sides):
        angle = rotation + 2 * math.pi * i / sides
        point = QPointF(center.x() + radius * math.cos(angle), center.y() + radius * math.sin(angle))
        path.moveTo(point) if i == 0 else path.lineTo(point)
    path.closeSubpath()
    return path


def marker_path(category: str, center: QPointF, size: float) -> QPainterPath:
    shape = CATEGORIES.get(category, ("", "circle"))[1]
    r = size / 2
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(center, r, r)
    elif shape == "square":
        path.addRect(QRectF(center.x() - r * 0.85, center.y() - r * 0.85, r * 1.7, r * 1.7))
    elif shape == "diamond":
        path = _polygon(center, r * 1.1, 4, 0)
    elif shape == "triangle":
        path = _polygon(center, r * 1.1, 3, -math.pi / 2)
    elif shape == "triangle-down":
        path = _polygon(center, r * 1.1, 3, math.pi / 2)
    elif shape == "pentagon":
        path = _polygon(center, r * 1.05, 5, -math.pi / 2)
    elif shape == "hexagon":
        path = _polygon(center, r * 1.05, 6, 0)
    else:  # plus
        t = r * 0.45
        path.addRect(QRectF(center.x() - r, center.y() - t, 2 * r, 2 * t))
        path.addRect(QRectF(center.x() - t, center.y() - r, 2 * t, 2 * r))
        path.setFillRule(Qt.FillRule.WindingFill)
    return path


def icon(category: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour(category))
    painter.drawPath(marker_path(category, QPointF(size / 2, size / 2), size * 0.8))
    painter.end()
    return QIcon(pixmap)
