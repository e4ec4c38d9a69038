"""The end of a round (the score, who, when, which chapters, right and wrong by chapter as a
picture, every answer with its explanation) or a teacher's class report; either saved as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from koryo_desktop.core.quiz import QuizSession
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.quiz.files import FileDialogs
from koryo_desktop.ui.quiz.quiz_html import QuizHtml, RoundInfo
from koryo_desktop.ui.quiz.topic_chart import PRINT_COLOURS, TopicChart
from koryo_desktop.ui.quiz.wrap_button import WrapButton
from koryo_desktop.ui.widgets.detail_browser import DetailBrowser

CHART = QUrl("chart:topics")


class ResultsPage(QWidget):
    back_requested = Signal()
    saved = Signal(str)  # where the PDF went

    def __init__(self, files: FileDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        self.view = DetailBrowser()
        self.chart = TopicChart()
        self.session: QuizSession | None = None
        self.info: RoundInfo | None = None
        self.report = ""  # a class report's HTML, when that is shown
        self.print_button, self.back_button = WrapButton(expanding=False), WrapButton(expanding=False)
        self.print_button.clicked.connect(self.save_pdf)
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._resized = QTimer(self, singleShot=True, interval=150)
        self._resized.timeout.connect(self._render)
        self.retranslate()

    def retranslate(self) -> None:
        self.print_button.set_label(self.tr("Save as PDF…"))
        self.back_button.set_label(self.tr("Back to the quiz"))
        self.view.setAccessibleName(self.tr("Results"))
        self._render()

    def show_round(self, session: QuizSession, info: RoundInfo, titles: dict[str, str]) -> None:
        self.session, self.info, self.report = session, info, ""
        self.chart = TopicChart([(titles.get(c, c), r, w, n) for c, r, w, n in session.by_chapter()])
        self._render()

    def show_report(self, html: str) -> None:
        self.session, self.info, self.report = None, None, html
        self.chart = TopicChart()
        self._render()

    def _chart_html(self, width: int) -> str:
        if not self.chart.rows:
            return ""
        alt = fmt.esc(self.chart.description())
        heading = fmt.esc(self.tr("Right and wrong by chapter"))
        return f"<h2>{heading}</h2><p><img src='{CHART.toString()}' width='{width}' alt='{alt}'/></p>"

    def _chart_width(self) -> int:
        return max(200, self.view.viewport().width() - 2 * int(self.view.document().documentMargin()) - 8)

    def _render(self) -> None:
        """The page again (after a language, colour, size or width change), keeping its place."""
        if self.session is None or self.info is None:
            self.view.show_html(self.report)
            return
        bar = self.view.verticalScrollBar()
        where = bar.value()
        width = self._chart_width()
        palette = self.palette()
        colours = (palette.windowText().color().name(), palette.base().color().name(),
                   fmt.result_colour(True), fmt.result_colour(False))  # fmt: skip
        image = self.chart.image(width, self.font(), colours, self.devicePixelRatioF())
        self.view.document().addResource(QTextDocument.ResourceType.ImageResource, CHART, image)
        self.view.show_html(QuizHtml().round_html(self.session, self.info, self._chart_html(width)))
        bar.setValue(where)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.session is not None:
            self._resized.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._render()

    def save_pdf(self) -> Path | None:
        path = self.files.save_path(self, self.tr("Save as PDF"), "koryo-quiz.pdf", self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        document = QTextDocument()
        document.setDefaultFont(self.font())
        if self.session is not None and self.info is not None:
            width = 640
            document.addResource(QTextDocument.ResourceType.ImageResource, CHART,
                                 self.chart.image(width, self.font(), PRINT_COLOURS, 2.0))  # fmt: skip
            document.setHtml(QuizHtml().round_html(self.session, self.info, self._chart_html(width), on_paper=True))
        else:
            document.setHtml(self.report)
        document.print_(printer)
        if not path.exists():
            return None
        self.saved.emit(str(path))
        return path
