"""Feedback on an answer in icon, words and colour (never colour alone): ✔ "Right!" or ✘ "Not
quite", the explanation and a link to the section that teaches it; or a notice (⚠) when the answer
cannot be checked or saved. Colours and sizes are derived again whenever the interface's change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def verdict_colour(right: bool, palette: QPalette) -> QColor:
    """Green for right, red for wrong, readable on the palette's ground (the widget's own palette,
    which may follow the application's a moment later)."""
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    if right:
        return QColor("#7ee2a0" if dark else "#1b7a3a")
    return QColor("#ff9a8f" if dark else "#b3261e")


def verdict_pixmap(kind: str, size: int, palette: QPalette, ratio: float = 1.0) -> QPixmap:
    """A round badge: a tick for "right", a cross for "wrong", an exclamation mark for "notice"."""
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = verdict_colour(kind == "right", palette) if kind != "notice" else palette.color(QPalette.ColorRole.Text)
    ground = palette.color(QPalette.ColorRole.Base)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    pen = QPen(ground, max(2.0, size / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    s = float(size)
    if kind == "right":
        painter.drawPolyline([QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.36)])
    elif kind == "wrong":
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    else:
        painter.drawLine(QPointF(s * 0.5, s * 0.25), QPointF(s * 0.5, s * 0.58))
        painter.drawPoint(QPointF(s * 0.5, s * 0.75))
    painter.end()
    return pixmap


class FeedbackPanel(QFrame):
    target_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.kind = ""  # "right", "wrong" or "notice"
        self.body_html = ""
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.head = QLabel()
        self.head.setTextFormat(Qt.TextFormat.PlainText)
        self.head.setWordWrap(True)
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)  # the content's explanation and a link into the app
        self.body.setWordWrap(True)
        self.body.setOpenExternalLinks(False)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.linkActivated.connect(self.target_activated)
        text = QVBoxLayout()
        text.addWidget(self.head)
        text.addWidget(self.body)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addLayout(text, 1)
        self.hide()

    def show_verdict(self, correct: bool, head: str, body_html: str) -> None:
        self._show("right" if correct else "wrong", head, body_html)

    def show_notice(self, text: str) -> None:
        self._show("notice", text, "")

    def _show(self, kind: str, head: str, body_html: str) -> None:
        self.kind = kind
        self.body_html = body_html
        self.head.setText(head)
        self.body.setVisible(bool(body_html))
        self.setAccessibleName(head)
        self._restyle()
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self.hide()

    def _restyle(self) -> None:
        if not self.kind:
            return
        palette = QPalette(self.palette())
        if self.kind != "notice":
            palette.setColor(QPalette.ColorRole.WindowText, verdict_colour(self.kind == "right", self.palette()))
        self.head.setPalette(palette)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.head.setFont(font)
        link = self.palette().color(QPalette.ColorRole.Link).name()  # a label's links ignore its palette
        self.body.setText(self.body_html.replace("<a ", f"<a style='color:{link}' "))
        size = int(self.head.fontMetrics().height() * 1.6)
        self.icon.setPixmap(verdict_pixmap(self.kind, size, self.palette(), self.devicePixelRatioF()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._restyle()
