"""The page a chapter is read on: a QTextBrowser with a comfortable line length, a reading theme,
a text size from 80 to 250 %, coloured marks (find, search hit, highlights) and hover cards.

It keeps the reader's place: the place is a position in the text (the first character at the top
of the view), not a pixel or a fraction, so it survives another window size, text size, theme or
language. A place given with ``hold()`` (a restored position, a section opened by a link) stays at
the top through every re-layout, including Qt's lazy layout of a long page, until the reader
scrolls."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QAbstractSlider, QTextEdit, QWidget

from koryo_desktop.ui import theme as ui_theme
from koryo_desktop.ui.qt_app import qapp
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
        self._anchors: dict[str, int] | None = None  # anchor positions of the page shown, found once
        self._held: int | None = None  # the text position kept at the top until the reader scrolls
        self._holding = False  # True while the view moves itself to the held place
        self.highlighted.connect(self._on_hover)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, _high: self._keep_place())
        bar.valueChanged.connect(self._on_scrolled)
        qapp().fontChanged.connect(self._on_interface_font)
        self._apply_font()

    # -- content and looks ---------------------------------------------------------------------
    def set_page(self, html: str) -> None:
        self._html = html
        self._marks = {}
        self._held = None
        self.document().setDefaultStyleSheet(self.theme.css())
        self.setHtml(html)
        self._anchors = None  # after: setHtml scrolls, and a listener may have asked for them midway
        self._fit_line_length()
        self.setExtraSelections([])

    def set_theme(self, key: str) -> None:
        self.theme = THEMES.get(key, THEMES["light"])
        self.setStyleSheet(self.theme.widget_style())
        if self._html:
            place = self.place()
            marks = dict(self._marks)
            self.set_page(self._html)
            self._marks = marks
            self._apply_marks()
            self.hold(place)

    def set_scale(self, percent: int) -> int:
        self.scale = max(MIN_SCALE, min(MAX_SCALE, int(percent)))
        place = self.place()
        self._apply_font()
        self._fit_line_length()
        self.hold(place)
        return self.scale

    def _apply_font(self) -> None:
        """The page's size: the reader's own zoom on top of the interface text size."""
        font = QFont(QGuiApplication.font())  # the widget's own font is fixed by its theme's style sheet
        font.setPointSizeF(BASE_POINT_SIZE * ui_theme.display()[0] / 100 * self.scale / 100)
        self.document().setDefaultFont(font)

    def _on_interface_font(self, _font: QFont) -> None:
        self.set_scale(self.scale)

    def changeEvent(self, event: QEvent) -> None:
        place = self.place() if event.type() == QEvent.Type.FontChange else None
        super().changeEvent(event)  # QTextEdit resets the page's font to the widget's here
        if place is not None:
            self._apply_font()
            self.hold(place)

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

    def minimumSizeHint(self) -> QSize:
        """Room for some sixteen characters a line of the interface's text: narrower, the page would
        be a column of letters."""
        hint = super().minimumSizeHint()
        metrics = QFontMetricsF(QGuiApplication.font())
        width = round(metrics.averageCharWidth() * 16) + 2 * 16 + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        if not self._html:  # nothing to lay out before the first chapter
            super().resizeEvent(event)
            return
        if self._held is None and event.oldSize().isValid():
            self._held = self.top_position()  # the old lines are still laid out: keep the place
        super().resizeEvent(event)
        self._fit_line_length()
        self._keep_place()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # a read-only QTextBrowser ignores Ctrl+Home and Ctrl+End, the keys for the page's start and end
        ends = {Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
                Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum}  # fmt: skip
        if event.key() in ends and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                         Qt.KeyboardModifier.ControlModifier):  # fmt: skip
            self.verticalScrollBar().triggerAction(ends[Qt.Key(event.key())])
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        moving, self._holding = self._holding, True  # on its first show QTextEdit scrolls to its cursor
        try:
            super().showEvent(event)
        finally:
            self._holding = moving
        self._keep_place()

    # -- the reader's place --------------------------------------------------------------------
    def _line_top(self, position: int) -> tuple[float, float]:
        """Top and bottom, in document pixels, of the line holding `position`."""
        document = self.document()
        block = document.findBlock(max(0, min(position, document.characterCount() - 1)))
        if not block.isValid() or block.layout() is None:  # the page was replaced (another language)
            return 0.0, 0.0
        rect = document.documentLayout().blockBoundingRect(block)  # lays the page out that far
        line = block.layout().lineForTextPosition(position - block.position())
        if not line.isValid():
            return rect.top(), rect.bottom()
        return rect.top() + line.y(), rect.top() + line.y() + line.height()

    def top_position(self) -> int:
        """The first character of the first line whose top is in view."""
        bar = self.verticalScrollBar()
        position = self.cursorForPosition(QPoint(0, 1)).position()
        top, bottom = self._line_top(position)
        if top < bar.value() - 1 and bottom - 1 > bar.value():  # a line cut at the top: take the next
            following = self.cursorForPosition(QPoint(0, round(bottom - bar.value()) + 1)).position()
            position = max(position, following)
        block = self.document().findBlock(position)
        if not block.isValid() or block.layout() is None:
            return position
        line = block.layout().lineForTextPosition(position - block.position())
        return block.position() + line.textStart() if line.isValid() else position

    def place(self) -> int:
        """The reader's place: the held position, or the first character at the top of the view."""
        return self._held if self._held is not None else self.top_position()

    def hold(self, position: int) -> None:
        """Show `position` at the top, and keep it there through re-layouts until the reader scrolls."""
        self._held = max(0, min(position, self.document().characterCount() - 1))
        self._keep_place()

    def holding(self) -> bool:
        return self._held is not None

    def _keep_place(self) -> None:
        if self._held is None or self._holding:
            return
        self._holding = True
        try:  # the page's start shows its top margin too
            self.verticalScrollBar().setValue(round(self._line_top(self._held)[0]) if self._held > 0 else 0)
        finally:
            self._holding = False

    def _on_scrolled(self, _value: int) -> None:
        if not self._holding:
            self._held = None  # the reader (or find, or a link) moved the page

    def anchor_positions(self) -> dict[str, int]:
        """Document position of every named anchor (section ids, sources)."""
        if self._anchors is None:
            self._anchors = self._find_anchors()
        return dict(self._anchors)

    def _find_anchors(self) -> dict[str, int]:
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

    def section_of(self, position: int, sections: list[str]) -> tuple[str | None, int]:
        """The section holding `position` (the last of `sections` starting at or before it) and the
        position's offset in characters from that section's start; before the first: (None, position)."""
        positions = self.anchor_positions()
        current, start = None, 0
        for slug in sections:
            pos = positions.get(slug)
            if pos is not None and start <= pos <= position:
                current, start = slug, pos
        return current, position - start

    def position_in(self, section: str | None, offset: int, sections: list[str]) -> int:
        """The text position `offset` characters into `section`, kept inside that section."""
        positions = self.anchor_positions()
        start = positions.get(section, 0) if section else 0
        ends = [p for s in sections if (p := positions.get(s, -1)) > start]
        end = min(ends, default=self.document().characterCount() - 1)
        return start + max(0, min(int(offset), end - start - 1))

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
