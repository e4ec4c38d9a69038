"""A read-only rich-text view whose links navigate inside the app and never leave it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from koryo_desktop.ui.formatting import page_css


class DetailBrowser(QTextBrowser):
    """Emits ``target_activated`` for in-app links ('people/nam-il'); scrolls for '#anchor';
    web addresses are not opened (the app is offline); their text is shown as a citation. A page's
    colours named by class (formatting.page_css) follow the interface colours when they change."""

    target_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.document().setDocumentMargin(18)
        self._html = ""

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("#"):
            self.scrollToAnchor(text[1:])
        elif url.scheme() in ("", "koryo"):
            self.target_activated.emit(text.removeprefix("koryo:"))
        else:
            self.setToolTip(self.tr("This app works offline; look up %1 in a browser if you wish.").replace("%1", text))

    def show_html(self, html: str) -> None:
        """Show a page; the same page again (colours or size changed) keeps its scroll position."""
        same, self._html = html == self._html, html
        self._render(keep_position=same)

    def _render(self, keep_position: bool) -> None:
        position = self.verticalScrollBar().value()
        self.document().setDefaultStyleSheet(page_css())
        self.setHtml(self._html)
        if keep_position:
            self.verticalScrollBar().setValue(position)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._html:
            self._render(keep_position=True)
