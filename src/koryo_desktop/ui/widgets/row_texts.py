"""Texts of list rows, cut to their width and drawn again and again: a text is drawn plainly the
first time it is met (most rows a keystroke brings into view are never shown again, and laying a
text out to keep it costs several times a plain draw) and kept as a QStaticText from the second."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QStaticText


class RowTexts:
    def __init__(self, keep: int) -> None:
        """``keep``: how many texts of each kind (cut, laid out) are kept before starting again."""
        self._keep = keep
        self._cut: dict[Hashable, str] = {}  # met once: the text as cut to its width
        self._static: dict[Hashable, QStaticText] = {}  # met again: laid out once and kept

    def clear(self) -> None:
        self._cut.clear()
        self._static.clear()

    def draw(self, painter: QPainter, x: float, top: float, text: str, width: int, font: QFont,
             metrics: QFontMetrics, key: Hashable) -> None:  # fmt: skip
        """Draw ``text`` in ``font`` (the painter's: the caller sets it) with its top left at
        (``x``, ``top``), cut with an ellipsis to ``width``; ``key`` names the text, its width and
        font (and whatever else changes how it looks)."""
        static = self._static.get(key)
        if static is not None:
            painter.drawStaticText(QPointF(x, top), static)
            return
        cut = self._cut.get(key)
        if cut is None:
            if len(self._cut) >= self._keep:
                self._cut.clear()
            cut = self._cut[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QPointF(x, top + metrics.ascent()), cut)
            return
        if len(self._static) >= self._keep:
            self._static.clear()
        static = QStaticText(cut)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        static.prepare(font=font)
        self._static[key] = static
        painter.drawStaticText(QPointF(x, top), static)
