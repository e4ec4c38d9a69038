"""Charts of the content's number series, painted with Qt: lines by year (the censuses) or bars by
label (the 1937 destinations). Colours are Okabe–Ito and every line also has its own marker shape,
so nothing depends on telling colours apart; approximate figures are hollow markers. The same
numbers are always available as a table (table_html) for screen readers and for print."""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from koryo_desktop.core.map_records import Series
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui import theme

if TYPE_CHECKING:
    from koryo_desktop.store.content_store import ContentStore

LIGHT = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")
DARK = ("#56b4e9", "#ff7f3f", "#3ed6a8", "#e8a0c8", "#ffb000", "#9ad0f5")
CONTRAST = ("#ffff00", "#00ffff", "#ffffff", "#ff66ff", "#00ff00", "#ffa500")
SHAPES = ("circle", "square", "diamond", "triangle", "circle", "square")


def series_colours() -> tuple[str, ...]:
    scheme = theme.display()[1]
    return CONTRAST if scheme == "high-contrast" else DARK if scheme == "dark" else LIGHT


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top``."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [i * step for i in range(math.ceil(top / step) + 1)]


def number(value: float) -> str:
    return QLocale().toString(round(value))


def basis_label(basis: str) -> str:
    return {
        "census": QCoreApplication.translate("Charts", "census"),
        "estimate": QCoreApplication.translate("Charts", "estimate"),
        "resettled": QCoreApplication.translate("Charts", "resettled in 1937"),
    }.get(basis, basis)


def series_title(series: Series) -> str:
    return series.local_title(fmt.ui_language())


def paint_chart(painter: QPainter, rect: QRectF, series: list[Series], font: QFont, text: QColor, grid: QColor) -> None:
    """Draw ``series`` (all lines, or the first as bars) in ``rect``."""
    if not series:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    colours = series_colours()
    top = max((p.value for s in series for p in s.points), default=1.0)
    ticks = nice_ticks(top)
    left = rect.left() + metrics.horizontalAdvance(number(ticks[-1])) + 10
    legend_rows = 0 if series[0].kind == "bars" else len(series)
    bottom = rect.bottom() - metrics.height() * (1.6 + legend_rows * 1.2)
    plot = QRectF(left, rect.top() + metrics.height(), rect.right() - left - 12, bottom - rect.top() - metrics.height())
    if plot.width() < 40 or plot.height() < 40:
        painter.restore()
        return

    def y_of(value: float) -> float:
        return plot.bottom() - value / ticks[-1] * plot.height()

    for tick in ticks:
        y = y_of(tick)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text)
        label = number(tick)
        painter.drawText(QPointF(plot.left() - metrics.horizontalAdvance(label) - 6, y + metrics.ascent() / 2.5), label)
    if series[0].kind == "bars":
        points = series[0].points
        slot = plot.width() / max(1, len(points))
        for i, point in enumerate(points):
            bar = QRectF(
                plot.left() + i * slot + slot * 0.2, y_of(point.value), slot * 0.6, plot.bottom() - y_of(point.value)
            )
            painter.fillRect(bar, QColor(colours[i % len(colours)]))
            painter.setPen(text)
            value = number(point.value)
            painter.drawText(QPointF(bar.center().x() - metrics.horizontalAdvance(value) / 2, bar.top() - 4), value)
            name = metrics.elidedText(point.local_label(fmt.ui_language()), Qt.TextElideMode.ElideRight, slot - 4)
            painter.drawText(QPointF(plot.left() + i * slot + (slot - metrics.horizontalAdvance(name)) / 2,
                                     plot.bottom() + metrics.height()), name)  # fmt: skip
        painter.restore()
        return
    years = [p.year for s in series for p in s.points if p.year is not None]
    first, last = min(years) - 2, max(years) + 2

    def x_of(year: float) -> float:
        return plot.left() + (year - first) / max(1, last - first) * plot.width()

    painter.setPen(text)
    shown: list[float] = []
    for year in sorted(set(years)):
        x = x_of(year)
        label = str(year)
        width = metrics.horizontalAdvance(label)
        if all(abs(x - other) > width + 6 for other in shown):
            painter.drawText(QPointF(x - width / 2, plot.bottom() + metrics.height()), label)
            shown.append(x)
    for n, s in enumerate(series):
        colour = QColor(colours[n % len(colours)])
        pts = sorted((p for p in s.points if p.year is not None), key=lambda p: p.year or 0)
        painter.setPen(QPen(colour, 2.5))
        for a, b in itertools.pairwise(pts):
            painter.drawLine(QPointF(x_of(a.year or 0), y_of(a.value)), QPointF(x_of(b.year or 0), y_of(b.value)))
        for p in pts:
            _marker(painter, QPointF(x_of(p.year or 0), y_of(p.value)), SHAPES[n % len(SHAPES)], colour, p.approximate)
        legend_y = bottom + metrics.height() * (1.6 + n * 1.2)
        _marker(
            painter, QPointF(rect.left() + 8, legend_y - metrics.ascent() / 3), SHAPES[n % len(SHAPES)], colour, False
        )
        painter.setPen(text)
        painter.drawText(QPointF(rect.left() + 20, legend_y), series_title(s))
    painter.restore()


def _marker(painter: QPainter, at: QPointF, shape: str, colour: QColor, hollow: bool) -> None:
    r = 5.0
    path = QPainterPath()
    if shape == "square":
        path.addRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    elif shape == "diamond":
        path.moveTo(at.x(), at.y() - r * 1.3)
        path.lineTo(at.x() + r * 1.3, at.y())
        path.lineTo(at.x(), at.y() + r * 1.3)
        path.lineTo(at.x() - r * 1.3, at.y())
        path.closeSubpath()
    elif shape == "triangle":
        path.moveTo(at.x(), at.y() - r * 1.3)
        path.lineTo(at.x() + r * 1.2, at.y() + r)
        path.lineTo(at.x() - r * 1.2, at.y() + r)
        path.closeSubpath()
    else:
        path.addEllipse(at, r, r)
    painter.setPen(QPen(colour, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush if hollow else colour)
    painter.drawPath(path)


def chart_image(series: list[Series], size: QSize, font: QFont, text: QColor, ground: QColor, grid: QColor) -> QImage:
    """The chart as a picture (for a card's HTML and for print)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(ground)
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, size.width(), size.height()), series, font, text, grid)
    painter.end()
    return image


def table_html(series: list[Series], source_title: dict[str, str]) -> str:
    """The same numbers as a table: each figure with what it is and its source."""
    rows = []
    lang = fmt.ui_language()
    for s in series:
        for p in s.points:
            key = str(p.year) if p.year is not None else p.local_label(lang)
            value = ("≈ " if p.approximate else "") + number(p.value)
            what = basis_label(p.basis) if s.kind == "line" else ""
            note = f" ({fmt.esc(p.note)})" if p.note else ""
            rows.append(f"<tr><td>{fmt.esc(series_title(s))}</td><td>{fmt.esc(key)}</td>"
                        f"<td align='right'><b>{fmt.esc(value)}</b></td><td>{fmt.esc(what)}</td>"
                        f"<td>{fmt.esc(source_title.get(p.source_id, p.source_id))}{note}</td></tr>")  # fmt: skip
    headings = (QCoreApplication.translate("Charts", "Series"), QCoreApplication.translate("Charts", "Year or group"),
                QCoreApplication.translate("Charts", "People"), QCoreApplication.translate("Charts", "Kind of figure"),
                QCoreApplication.translate("Charts", "Source"))  # fmt: skip
    head = "".join(f"<th align='left'>{fmt.esc(h)}</th>" for h in headings)
    return f"<table cellpadding='3' border='1' style='border-collapse:collapse'><tr>{head}</tr>{''.join(rows)}</table>"


class ChartWidget(QWidget):
    """A chart of some series; its accessible description reads the numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_series(self, series: list[Series]) -> None:
        self.series = series
        lang = fmt.ui_language()
        parts = []
        for s in series:
            figures = ", ".join(
                f"{p.year if p.year is not None else p.local_label(lang)}: {'≈ ' if p.approximate else ''}{number(p.value)}"
                for p in s.points
            )
            parts.append(f"{series_title(s)}: {figures}")
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 280)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        paint_chart(painter, QRectF(self.rect()).adjusted(6, 4, -6, -4), self.series, self.font(),
                    palette.text().color(), palette.mid().color())  # fmt: skip
        painter.end()


def chapter_numbers_html(store: ContentStore, chapter_id: str, font: QFont) -> str:
    """A chapter's number series as charts (inline images, so print and PDF keep them) with the same
    numbers in a table; empty when the chapter cites none."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    series = store.series.for_chapter(chapter_id)
    if not series:
        return ""
    dark = theme.is_dark()
    text, ground, grid = (QColor("#e8e8e8"), QColor("#1e1e1e"), QColor("#5a5a5a")) if dark else (
        QColor("#1a1a1a"), QColor("#ffffff"), QColor("#c8c8c8"))  # fmt: skip
    titles = {s.id: s.citation() for s in store.sources.all()}
    parts = ["<h2><a name='numbers'></a>" + fmt.esc(QCoreApplication.translate("Charts", "In numbers")) + "</h2>"]
    by_chart: dict[str, list[Series]] = {}
    for s in series:
        by_chart.setdefault(s.chart, []).append(s)
    for group in by_chart.values():
        shown = [s for s in group if s.kind == "bars"] or group
        image = chart_image(shown, QSize(560, 280), font, text, ground, grid)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes a str here; its stub says bytes
        uri = "data:image/png;base64," + bytes(data.toBase64().data()).decode("ascii")
        alt = fmt.esc("; ".join(series_title(s) for s in shown))
        parts.append(f"<p><img src='{uri}' alt='{alt}' width='560' height='280'></p>")
        parts += [f"<p><i>{fmt.esc(s.note)}</i></p>" for s in shown if s.note]
        parts.append(table_html(shown, titles))
    return "".join(parts)
