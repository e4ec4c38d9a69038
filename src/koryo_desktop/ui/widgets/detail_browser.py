"""A read-only rich-text view whose links navigate inside the app and never leave it."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget


class DetailBrowser(QTextBrowser):
    """Emits ``target_activated`` for in-app links ('people/nam-il'); scrolls for '#anchor';
    web addresses are not opened (the app is offline); their text is shown as a citation."""

    target_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.document().setDocumentMargin(18)

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("#"):
            self.scrollToAnchor(text[1:])
        elif url.scheme() in ("", "koryo"):
            self.target_activated.emit(text.removeprefix("koryo:"))
        else:
            self.setToolTip(self.tr("This app works offline; look up %1 in a browser if you wish.").replace("%1", text))

    def show_html(self, html: str) -> None:
        self.setHtml(html)
