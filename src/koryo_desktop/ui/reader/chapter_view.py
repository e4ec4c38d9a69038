"""The page a chapter is read on: a QTextBrowser with a comfortable line length, a reading theme,
a text size from 80 to 250 %, coloured marks (find, search hit, highlights) and hover cards."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from koryo_desktop.ui import theme as ui_theme
from koryo_desktop.ui.reader.themes import THEMES, ReaderTheme
from koryo_desktop.ui.widgets.detail_browser import DetailBrowser

MIN_SCALE, MAX_SCALE, BASE_POINT_SIZE = 80, 250, 12.0
LINE_CHARACTERS = 72  # a comfortable line length


class ChapterView(DetailBrowser):
    link_hovered = Signal(str, QPoint)  # target ('' when the pointer leaves a link), global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: ReaderTheme = THEMES["light"]
        self.scale = 100
        self._html = ""
        self._marks: dict[str, list[tuple[int, int]]] = {}
        self.highlighted.connect(self._on_hover)
        QGuiApplication.instance().fontChanged.connect(self._on_interface_font)  # type: ignore[union-attr]
        self._apply_font()

    # -- content and looks ---------------------------------------------------------------------
    def set_page(self, html: str) -> None:
        self._html = html
        self._marks = {}
        self.document().setDefaultStyleSheet(self.theme.css())
        self.setHtml(html)
        self._fit_line_length()
        self.setExtraSelections([])

    def set_theme(self, key: str) -> None:
        self.theme = THEMES.get(key, THEMES["light"])
        self.setStyleSheet(self.theme.widget_style())
        if self._html:
            position = self.verticalScrollBar().value()
            marks = dict(self._marks)
            self.set_page(self._html)
            self._marks = marks
            self._apply_marks()
            self.verticalScrollBar().setValue(position)

    def set_scale(self, percent: int) -> int:
        self.scale = max(MIN_SCALE, min(MAX_SCALE, int(percent)))
        fraction = self._scroll_fraction()
        self._apply_font()
        self._fit_line_length()
        self.set_scroll_fraction(fraction)
        return self.scale

    def _apply_font(self) -> None:
        """The page's size: the reader's own zoom on top of the interface text size."""
        font = QFont(QGuiApplication.font())  # the widget's own font is fixed by its theme's style sheet
        font.setPointSizeF(BASE_POINT_SIZE * ui_theme.display()[0] / 100 * self.scale / 100)
        self.document().setDefaultFont(font)

    def _on_interface_font(self, _font: QFont) -> None:
        self.set_scale(self.scale)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # QTextEdit resets the page's font to the widget's here
        if event.type() == QEvent.Type.FontChange:
            self._apply_font()

    def _fit_line_length(self) -> None:
        metrics = QFontMetricsF(self.document().defaultFont())
        target = metrics.averageCharWidth() * LINE_CHARACTERS
        side = max(16.0, (self.viewport().width() - target) / 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) > 0.5:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(24)
            fmt.setBottomMargin(48)
            frame.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._html:  # nothing to lay out before the first chapter
            self._fit_line_length()

    # -- scrolling -----------------------------------------------------------------------------
    def _scroll_fraction(self) -> float:
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def scroll_fraction(self) -> float:
        return self._scroll_fraction()

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))

    def anchor_positions(self) -> dict[str, int]:
        """Document position of every named anchor (section ids, sources)."""
        positions: dict[str, int] = {}
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                for name in fragment.charFormat().anchorNames():
                    positions.setdefault(name, fragment.position())
                it += 1
            block = block.next()
        return positions

    def section_at_top(self, sections: list[str]) -> str | None:
        """The section whose heading is the last one at or above the top of the view."""
        positions = self.anchor_positions()
        top = self.cursorForPosition(QPoint(0, 4)).position()
        current = None
        for slug in sections:
            pos = positions.get(slug)
            if pos is not None and pos <= top + 1:
                current = slug
        return current or (sections[0] if sections else None)

    def scroll_to_position(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- marks ---------------------------------------------------------------------------------
    def set_marks(self, kind: str, spans: list[tuple[int, int]]) -> None:
        """kind: 'find', 'search' or 'highlight'; spans in document positions."""
        self._marks[kind] = list(spans)
        self._apply_marks()

    def marks(self, kind: str) -> list[tuple[int, int]]:
        return list(self._marks.get(kind, []))

    def _apply_marks(self) -> None:
        colours = {"highlight": self.theme.highlight, "search": self.theme.search_hit, "find": self.theme.find}
        selections = []
        for kind in ("highlight", "search", "find"):
            for start, end in self._marks.get(kind, []):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                char_format = QTextCharFormat()
                char_format.setBackground(QColor(colours[kind]))
                if self.theme.key == "contrast":
                    char_format.setForeground(QColor("#ffffff"))
                selection.cursor = cursor
                selection.format = char_format
                selections.append(selection)
        self.setExtraSelections(selections)

    def _on_hover(self, url: QUrl) -> None:
        from PySide6.QtGui import QCursor

        self.link_hovered.emit(url.toString(), QCursor.pos())
