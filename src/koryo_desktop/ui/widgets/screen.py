"""What every module screen shares: a name for navigation, the signals the shell listens to, its
records read once on first show (or first open), and retranslation when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class Screen(QWidget):
    name = ""
    target_activated = Signal(str)  # open another screen or record ('people/nam-il')
    record_shown = Signal(str)  # this screen now shows another record (for Back)
    part_made = Signal(QWidget)  # a part built on first need: the shell styles and watches it like the rest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = False

    def load(self) -> None:
        """Read the screen's records the first time they are needed, so start-up stays quick."""
        if not self._loaded:
            self._loaded = True
            self.load_data()

    def open_record(self, record: str | None, anchor: str | None = None) -> bool:
        """Show ``record`` (None: the screen as it opens) at ``anchor``; False when there is no such
        record. Every screen says how."""
        raise NotImplementedError

    def load_data(self) -> None:
        """Each screen reads its records here."""

    def retranslate(self) -> None:
        """Each screen sets its texts here (called again on every language change)."""

    def content_language_changed(self, language: str) -> bool:
        """Whether the content's language is another than when this was last asked (at loading, and
        on every retranslation): the records read before must then be read again in it."""
        before = getattr(self, "_content_language", None)
        self._content_language = language
        return before is not None and before != language

    def enter_kiosk(self) -> None:
        """At a museum kiosk: hide what a visitor must not reach (files, printers, other learners).
        The file dialogs themselves also refuse (ui/kiosk.files_allowed)."""

    def showEvent(self, event: QShowEvent) -> None:
        self.load()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.retranslate()  # pages and icons take colours from the palette: make them again
        super().changeEvent(event)
