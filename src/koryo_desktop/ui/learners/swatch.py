"""A learner's colour as a small swatch: the learner lists show it beside each name, so it loads
at start without the learners' dialogs."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


def colour_icon(colour: str, size: int = 14, chosen: bool = False) -> QIcon:
    """A swatch; the chosen one carries a tick in black or white, whichever shows on it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    if chosen:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor("#000000" if QColor(colour).lightnessF() > 0.55 else "#ffffff")
        painter.setPen(QPen(ink, max(2.0, size / 8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        s = float(size)
        painter.drawPolyline([QPointF(s * 0.25, s * 0.52), QPointF(s * 0.42, s * 0.7), QPointF(s * 0.76, s * 0.3)])
        painter.end()
    return QIcon(pixmap)
