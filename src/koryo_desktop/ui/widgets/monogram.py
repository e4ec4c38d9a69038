"""Generated monogram avatars: initials on a colour picked from the person's id, so a directory
without photographs looks deliberate rather than missing."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

# Okabe–Ito colours (colour-blind safe), darkened where white text needs the contrast (4.5:1 or more)
PALETTE = ("#0072B2", "#B34D00", "#00806A", "#A9447F", "#8C6D00", "#56428A", "#B03A2E", "#00695C")
_SKIP = {"jr", "jr.", "sr", "sr.", "von", "de", "van"}


def initials(name: str) -> str:
    """'Nam Il' -> 'NI'; 'William K. Harrison Jr.' -> 'WH'; '남일' -> '남'."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _SKIP]
    words = [w for w in words if not (len(w.rstrip(".")) == 1 and w.endswith("."))] or words
    if not words:
        return "?"
    first = words[0][0]
    if "\uac00" <= first <= "\ud7a3":  # Hangul: one syllable reads as a monogram
        return first
    if len(words) == 1:
        return first.upper()
    return (first + words[-1][0]).upper()


def colour(key: str) -> QColor:
    return QColor(PALETTE[sum(ord(c) for c in key) % len(PALETTE)])


def paint_monogram(painter: QPainter, rect: QRectF, name: str, key: str, font: QFont) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour(key))
    painter.drawEllipse(rect)
    text_font = QFont(font)
    text_font.setBold(True)
    text_font.setPixelSize(max(8, int(rect.height() * 0.4)))
    painter.setFont(text_font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), initials(name))
    painter.restore()


def monogram_image(name: str, key: str, size: int, font: QFont) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_monogram(painter, QRectF(0, 0, size, size), name, key, font)
    painter.end()
    return image
