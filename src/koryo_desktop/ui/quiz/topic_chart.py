"""Right and wrong by chapter as a picture: one bar per chapter, right answers solid, wrong ones
hatched, unanswered ones outlined, with the counts in words above each bar (never colour alone).
Drawn with QPainter at the interface's text size, in the interface's colours on screen and in
black and white with the usual greens and reds on paper."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QPen

Row = tuple[str, int, int, int]  # (chapter title, right, wrong, unanswered)
Colours = tuple[str, str, str, str]  # text, ground, right, wrong
PRINT_COLOURS: Colours = ("#000000", "#ffffff", "#1b7a3a", "#b3261e")
_FLAGS = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)


class TopicChart(QObject):
    def __init__(self, rows: Sequence[Row] = ()) -> None:
        super().__init__()
        self.rows = list(rows)

    def counts(self, row: Row) -> str:
        title, right, wrong, none = row
        text = self.tr("%1: %2 right, %3 wrong").replace("%1", title).replace("%2", str(right))
        text = text.replace("%3", str(wrong))
        if none:
            text += self.tr(", %n not answered", "", none)
        return text

    def description(self) -> str:
        return "; ".join(self.counts(r) for r in self.rows)

    def _layout(self, metrics: QFontMetrics, width: int) -> list[tuple[int, int]]:
        """Per row: the height of its words and of the whole row."""
        line = metrics.height()
        out = []
        for row in self.rows:
            words = metrics.boundingRect(QRect(0, 0, width, 10_000), _FLAGS, self.counts(row)).height()
            out.append((words, words + int(line * 1.7)))
        return out

    def image(self, width: int, font: QFont, colours: Colours, ratio: float = 1.0) -> QImage:
        """The chart ``width`` logical pixels wide."""
        metrics = QFontMetrics(font)
        rows = self._layout(metrics, width - 2)
        height = max(1, sum(h for _w, h in rows) + metrics.height() // 2)
        image = QImage(int(width * ratio), int(height * ratio), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        text, ground, right_colour, wrong_colour = (QColor(c) for c in colours)
        image.fill(ground)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        most = max((r + w + n for _t, r, w, n in self.rows), default=1) or 1
        y = 0
        for row, (words, whole) in zip(self.rows, rows, strict=True):
            _title, right, wrong, none = row
            painter.setPen(text)
            painter.drawText(QRect(1, y, width - 2, words), _FLAGS, self.counts(row))
            total = right + wrong + none
            bar = QRectF(1, y + words + metrics.height() * 0.2, (width - 3) * total / most, metrics.height() * 1.1)
            x = bar.left()
            for count, brush in ((right, QBrush(right_colour)),
                                 (wrong, QBrush(wrong_colour, Qt.BrushStyle.BDiagPattern)),
                                 (none, QBrush(Qt.BrushStyle.NoBrush))):  # fmt: skip
                if count:
                    part = QRectF(x, bar.top(), bar.width() * count / total, bar.height())
                    painter.setPen(QPen(text, 1))
                    painter.setBrush(brush)
                    painter.drawRect(part)
                    x = part.right()
            y += whole
        painter.end()
        return image
