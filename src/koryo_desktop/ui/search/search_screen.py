"""The Search screen: results as you type, grouped by kind, matched words highlighted; Up/Down move
through the hits, Enter or a click opens the record at the hit; no hits offers other spellings."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPalette, QStaticText, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from koryo_desktop.ui.models.index import Index

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

from koryo_desktop.core.entities import SearchHit
from koryo_desktop.core.targets import ScreenName, split_target
from koryo_desktop.core.text import tokens
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.search import names_only
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.search.no_match_label import SUGGEST_DELAY_MS
from koryo_desktop.ui.search.search_model import IS_HEADER_ROLE, PAINT_ROLE, TARGET_ROLE, SearchResultsModel
from koryo_desktop.ui.widgets.row_background import draw_row_background
from koryo_desktop.ui.widgets.row_texts import RowTexts
from koryo_desktop.ui.widgets.screen import Screen

PADDING = 6
LINE_CHARS = 100  # at most this many characters' width a line: long lines are hard to read
_MARKED_VALUE = (
    QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_HasFocus
).value
_SELECTED_VALUE = QStyle.StateFlag.State_Selected.value


def line_width(font: QFont) -> int:
    return LINE_CHARS * QFontMetrics(font).averageCharWidth()


def _runs(snippet_html: str) -> tuple[str, list[tuple[int, int]]]:
    """A snippet's plain text and the (start, length) of its words in <b>."""
    plain, bold = [], []
    length = 0
    for n, part in enumerate(snippet_html.replace("</b>", "<b>").split("<b>")):
        text = html.unescape(part)
        if n % 2 and text:
            bold.append((length, len(text)))
        plain.append(text)
        length += len(text)
    return "".join(plain), bold


class _FontSet(NamedTuple):
    key: str
    bold: QFont
    bold_metrics: QFontMetrics
    large: QFont  # group headers
    large_height: int
    line: int  # line spacing
    line_width: int  # the longest line of a snippet (LINE_CHARS)


class SearchResultDelegate(QStyledItemDelegate):
    """Draws a hit as its title and two lines of snippet with the matched words in bold. Every hit
    is three lines high and every group header one, so the list lays out without laying out a
    snippet; the snippets are cut to two lines' worth of text for the list's width (see
    SearchScreen), and laid out with QTextLayout, once per hit, width and font; titles are drawn
    plainly the first time and from static texts after (RowTexts), headers from static texts. A row costs one call to the model (PAINT_ROLE) and the fonts are
    looked up again only when the font changes."""

    _KEEP = 1000  # laid-out hits kept: typing back over a query shows the same ones again

    def __init__(self, parent: QObject | None = None, model: SearchResultsModel | None = None) -> None:
        """With ``model``, rows are read from it by number (cheaper than through model indexes)."""
        super().__init__(parent)
        self._model = model
        self._sizes: tuple[QFont, int, QSize, QSize] | None = None  # (font, width, header size, hit size)
        self._layouts: dict[tuple[str, int, str], QTextLayout] = {}  # by snippet, width and font
        self._titles = RowTexts(self._KEEP)  # a hit's title in bold, cut to its width: kept while the query changes
        self._headers: dict[tuple[str, str], QStaticText] = {}
        self._strong = QTextCharFormat()  # the matched words
        self._strong.setFontWeight(QFont.Weight.Bold)
        self._font_sets: dict[str, _FontSet] = {}
        self._last: tuple[QFont, _FontSet] | None = None

    def _fonts(self, font: QFont) -> _FontSet:
        """The fonts and measures derived from ``font`` (the list's)."""
        last = self._last
        if last is not None and last[0] == font:  # the same font as the row before: no key to make
            return last[1]
        key = font.key()
        found = self._font_sets.get(key)
        if found is None:
            bold, large = QFont(font), QFont(font)
            bold.setBold(True)
            large.setBold(True)
            large.setPointSizeF(font.pointSizeF() * 1.2 if font.pointSizeF() > 0 else 12)
            found = self._font_sets[key] = _FontSet(key, bold, QFontMetrics(bold), large, QFontMetrics(large).height(),
                                                    QFontMetrics(font).lineSpacing(), line_width(font))  # fmt: skip
        self._last = (QFont(font), found)
        return found

    @staticmethod
    def _static(text: str, font: QFont) -> QStaticText:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=font)
        return static

    def _snippet_layout(self, snippet_html: str, width: int, font: QFont, fonts: _FontSet) -> QTextLayout:
        key = (snippet_html, width, fonts.key)
        layout = self._layouts.get(key)
        if layout is None:
            if len(self._layouts) >= self._KEEP:
                self._layouts.clear()
            plain, bold = _runs(snippet_html)
            layout = QTextLayout(plain, font)
            layout.setCacheEnabled(True)  # keep the shaped glyphs: drawing would shape the text again
            ranges = []
            for start, length in bold:
                format_range = QTextLayout.FormatRange()
                format_range.start, format_range.length, format_range.format = start, length, self._strong
                ranges.append(format_range)
            layout.setFormats(ranges)
            layout.beginLayout()
            y = 0.0
            for _ in range(2):
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, y))
                y += line.height()
            layout.endLayout()
            self._layouts[key] = layout
        return layout

    def _header(self, text: str, fonts: _FontSet) -> QStaticText:
        found = self._headers.get((text, fonts.key))
        if found is None:
            if len(self._headers) >= self._KEEP:
                self._headers.clear()
            found = self._headers[(text, fonts.key)] = self._static(text, fonts.large)
        return found

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = option.state.value  # a plain number: Python's enum operators cost more than the rest
        if state & _MARKED_VALUE:  # a plain row has no background of its own
            draw_row_background(self, painter, option, index)
        model = self._model
        header, title, snippet = model.paint_row(index.row()) if model is not None else index.data(PAINT_ROLE)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        selected = bool(state & _SELECTED_VALUE)
        font = option.font
        fonts = self._fonts(font)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(
            option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        if header:
            painter.setFont(fonts.large)
            top = rect.top() + (rect.height() - fonts.large_height) / 2
            painter.drawStaticText(QPointF(rect.left(), top), self._header(title, fonts))
        else:
            width = min(rect.width(), fonts.line_width)
            layout = self._snippet_layout(snippet, width, font, fonts)
            painter.setFont(fonts.bold)
            self._titles.draw(painter, rect.left(), rect.top(), title, width, fonts.bold, fonts.bold_metrics,
                              (title, width, fonts.key))  # fmt: skip
            layout.draw(painter, QPointF(rect.left(), rect.top() + fonts.line + 2))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # the list asks for every row's size whenever it lays out or finds a row's place: the two
        # sizes are made once per font and width
        font, width = option.font, option.rect.width()
        sizes = self._sizes
        if sizes is None or sizes[1] != width or sizes[0] != font:
            line = self._fonts(font).line
            shown = width if width > 0 else 600
            sizes = self._sizes = (QFont(font), width, QSize(shown, int(line * 1.4) + 2 * PADDING),
                                   QSize(shown, 3 * line + 2 + 2 * PADDING))  # fmt: skip
        model = self._model
        header = model.is_header(index.row()) if model is not None else index.data(IS_HEADER_ROLE)
        return sizes[2] if header else sizes[3]


class SearchScreen(Screen):
    name = "search"

    def __init__(self, store: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.title_label = QLabel()
        self.title_label.setObjectName("screenTitle")
        self.query_edit = QLineEdit()
        self.query_edit.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # rich text (links) only for other spellings
        self.status.linkActivated.connect(self._on_suggestion)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results, self.model))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setAutoFillBackground(True)  # opaque: new results repaint the list, not the screen behind it
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self.run_query)
        self._suggestions: list[str] = []
        self._suggest_timer = QTimer(self)  # other spellings: looked for once the typing pauses
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self._look_for_spellings)
        self._names: dict[tuple[str, str, str], str] = {}  # (kind, id, language) -> the name shown
        self.query_edit.textChanged.connect(lambda _text: self._timer.start())
        self.query_edit.returnPressed.connect(self._open_current)
        self.query_edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Search"))
        placeholder = self.tr("Search chapters, people, events, places and the glossary")
        self.query_edit.setPlaceholderText(placeholder)
        self.query_edit.setAccessibleName(self.tr("Search"))
        self.query_edit.setAccessibleDescription(placeholder)
        self.results.setAccessibleName(self.tr("Search results"))
        self.model.retranslate()
        self.run_query()

    def _named(self, hit: SearchHit, language: str) -> SearchHit:
        """People and places under the names the directory and the places screen use (in the
        interface ``language``)."""
        if hit.kind not in ("person", "place"):
            return hit
        key = (hit.kind, hit.record_id, language)
        title = self._names.get(key)
        if title is None:
            if hit.kind == "person":
                person = self.store.people.get(hit.record_id)
                title = fmt.person_name(person) if person is not None else hit.title
            else:
                place = self.store.places.get(hit.record_id)
                title = fmt.place_name(place) if place is not None else hit.title
            self._names[key] = title
        if title == hit.title:
            return hit
        return SearchHit(
            kind=hit.kind,
            record_id=hit.record_id,
            title=title,
            snippet_html=hit.snippet_html,
            anchor=hit.anchor,
            score=hit.score,
            doc_id=hit.doc_id,
        )  # dataclasses.replace: slower

    def set_query(self, text: str) -> None:
        """Search for ``text`` now (a link or the navigation, not typing: other spellings at once)."""
        self.query_edit.setText(text)
        self._timer.stop()
        self.run_query()
        if self._suggest_timer.isActive():
            self._suggest_timer.stop()
            self._look_for_spellings()

    def _snippet_width(self) -> int:
        """About two lines of text at the width of the list."""
        width = min(self.results.viewport().width() - 2 * PADDING, line_width(self.results.font()))
        return max(60, int(1.7 * width / max(1, self.results.fontMetrics().averageCharWidth())))

    def run_query(self) -> None:
        text = self.query_edit.text().strip()
        self._suggest_timer.stop()
        self._suggestions = []
        if not text:
            self.model.set_hits(())
            self._status(self.tr("Type a name in any script (Nam Il, 남일, Нам Ир), a place, a year or a word."))
            return
        result = self.store.search.search(text, suggest=False, snippets=False)
        width = self._snippet_width()
        language = fmt.ui_language()
        self.model.set_hits(tuple(self._named(hit, language) for hit in result.hits),
                            lambda hit: self.store.search.snippet(hit, text, width))  # fmt: skip
        if result.hits:
            if names_only(tokens(text)):
                found = self.tr("%n result(s) for “%1” in names and titles: type more to search all the text", "",
                                len(result.hits))  # fmt: skip
            else:
                found = self.tr("%n result(s) for “%1”", "", len(result.hits))
            self._status(found.replace("%1", text))
            self._select_row(self.model.first_hit_row())
        else:
            self._show_no_results(text)
            self._suggest_timer.start()

    def _status(self, text: str, links: bool = False) -> None:
        """Say ``text`` above the results; with ``links``, it is rich text with links to follow (a
        plain label lays out faster on every keystroke)."""
        self.status.setTextFormat(Qt.TextFormat.RichText if links else Qt.TextFormat.PlainText)
        self.status.setText(text)

    def _show_no_results(self, text: str) -> None:
        if self._suggestions:
            links = ", ".join(f"<a href='{fmt.esc(s)}'>{fmt.esc(s)}</a>" for s in self._suggestions)
            message = self.tr("No results for “%1”. Did you mean: %2?")
            self._status(message.replace("%1", fmt.esc(text)).replace("%2", links), links=True)
        else:
            self._status(self.tr("No results for “%1”. Try another spelling or a shorter word.").replace("%1", text))

    def _look_for_spellings(self) -> None:
        text = self.query_edit.text().strip()
        if text and not self.model.hit_count():
            self._suggestions = self.store.search.suggest(text)
            self._show_no_results(text)

    def suggestions(self) -> list[str]:
        """The other spellings offered for the query that found nothing."""
        return list(self._suggestions)

    def _on_suggestion(self, text: str) -> None:
        self.set_query(text)

    def _select_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)

    def _open_index(self, index: QModelIndex) -> None:
        target = index.data(TARGET_ROLE) if index.isValid() else None
        if target:
            if split_target(target)[0] == ScreenName.READER:  # the reader highlights the words that were searched
                target += "?q=" + self.query_edit.text().strip()
            self.target_activated.emit(target)

    def _open_current(self) -> None:
        """Enter: open the chosen hit; with no hits, take the first other spelling offered."""
        if self._timer.isActive():
            self._timer.stop()
            self.run_query()
        if not self.model.hit_count():
            if self._suggest_timer.isActive():
                self._suggest_timer.stop()
                self._look_for_spellings()
            if self._suggestions:
                self.set_query(self._suggestions[0])
            return
        self._open_index(self.results.currentIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                if self._timer.isActive():
                    self._timer.stop()
                    self.run_query()
                current = self.results.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                row = self.model.first_hit_row() if current < 0 else self.model.next_hit_row(current, step)
                self._select_row(row)
                return True
            if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.results.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def open_record(self, record: str | None, anchor: str | None = None) -> bool:
        if record:
            self.set_query(record)
        self.query_edit.setFocus()
        return True
