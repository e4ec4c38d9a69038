"""What a list shows when a filter finds nothing: says so, offers other spellings that do find
something (as the search screen does), and links to ways out (clear the filters, search
everything). The spellings are looked for once the typing pauses, never on every keystroke."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote, unquote

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from koryo_desktop.ui import formatting as fmt

SUGGEST_DELAY_MS = 250


class NoMatchLabel(QLabel):
    suggestion_chosen = Signal(str)  # a spelling was clicked: filter by it
    link_chosen = Signal(str)  # one of the other links: its key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hint")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches the links; Enter follows one
        self.setMargin(8)
        self._query = ""
        self._message = ""
        self._links: list[tuple[str, str]] = []
        self._suggest: Callable[[str], list[str]] | None = None
        self._suggestions: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SUGGEST_DELAY_MS)
        self._timer.timeout.connect(self._look_for_spellings)
        self.linkActivated.connect(self._on_link)

    def show_for(
        self,
        query: str,
        message: str,
        suggest: Callable[[str], list[str]] | None = None,
        links: list[tuple[str, str]] | None = None,
    ) -> None:
        """Say ``message`` (plain text) about ``query``; ``suggest`` gives other spellings that
        find something; ``links`` are (key, text) pairs shown below."""
        if query != self._query:
            self._suggestions = []  # they were for another query
        self._query, self._message, self._links, self._suggest = query, message, list(links or []), suggest
        if suggest is not None and query.strip():
            self._timer.start()  # (again: the filters may have changed what the spellings show)
        else:
            self._timer.stop()
            self._suggestions = []
        self._render()

    def stop(self) -> None:
        """The list shows rows again: forget the query."""
        self._timer.stop()
        self._query, self._suggestions = "", []

    def suggestions(self) -> list[str]:
        return list(self._suggestions)

    def _look_for_spellings(self) -> None:
        if self._suggest is not None and self._query.strip():
            self._suggestions = [s for s in self._suggest(self._query) if s.strip()][:3]
            self._render()

    def _render(self) -> None:
        html, plain = [f"<p>{fmt.esc(self._message)}</p>"], [self._message]
        if self._suggestions:
            links = ", ".join(f"<a href='suggest:{quote(s)}'>{fmt.esc(s)}</a>" for s in self._suggestions)
            html.append("<p>" + fmt.esc(self.tr("Did you mean: %1?")).replace("%1", links) + "</p>")
            plain.append(self.tr("Did you mean: %1?").replace("%1", ", ".join(self._suggestions)))
        for key, text in self._links:
            html.append(f"<p><a href='{fmt.esc(key)}'>{fmt.esc(text)}</a></p>")
            plain.append(text)
        self.setText("".join(html))
        self.setAccessibleName(self._message)
        self.setAccessibleDescription(" ".join(plain[1:]))

    def _on_link(self, href: str) -> None:
        if href.startswith("suggest:"):
            self.suggestion_chosen.emit(unquote(href.removeprefix("suggest:")))
        else:
            self.link_chosen.emit(href)
