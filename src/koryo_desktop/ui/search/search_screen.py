"""The Search screen: results as you type, grouped by kind, matched words highlighted; Up/Down move
through the hits, Enter or a click opens the record at the hit; no hits offers other spellings."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
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

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

from koryo_desktop.core.entities import SearchHit
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.search.search_model import HTML_ROLE, IS_HEADER_ROLE, TARGET_ROLE, SearchResultsModel
from koryo_desktop.ui.widgets.row_background import draw_row_background


class SearchResultDelegate(QStyledItemDelegate):
    """Draws a hit as its title and a snippet with the matched words in bold."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(6)
        if index.data(IS_HEADER_ROLE):
            doc.setHtml(f"<div style='font-size:large'><b>{fmt.esc(index.data())}</b></div>")
        else:
            doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(100, option.rect.width()))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        draw_row_background(self, painter, option, index)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 600
        opt = QStyleOptionViewItem(option)
        opt.rect.setWidth(width)
        doc = self._document(opt, index)
        return QSize(width, int(doc.size().height()) + 2)


class SearchScreen(QWidget):
    name = "search"
    target_activated = Signal(str)

    def __init__(self, store: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.title_label = QLabel()
        self.title_label.setObjectName("screenTitle")
        self.query_edit = QLineEdit()
        self.query_edit.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._on_suggestion)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _named(self, hit: SearchHit) -> SearchHit:
        """People and places under the names the directory and the places screen use."""
        record = (self.store.people.get(hit.record_id) if hit.kind == "person"
                  else self.store.places.get(hit.record_id) if hit.kind == "place" else None)  # fmt: skip
        if record is None:
            return hit
        title = fmt.person_name(record) if hit.kind == "person" else fmt.place_name(record)  # type: ignore[arg-type]
        return dataclasses.replace(hit, title=title) if title != hit.title else hit

    def set_query(self, text: str) -> None:
        self.query_edit.setText(text)
        self._timer.stop()
        self.run_query()

    def run_query(self) -> None:
        text = self.query_edit.text().strip()
        if not text:
            self.model.set_hits(())
            self.status.setText(self.tr("Type a name in any script (Nam Il, 남일, Нам Ир), a place, a year or a word."))
            return
        result = self.store.search.search(text)
        self.model.set_hits(tuple(self._named(hit) for hit in result.hits))
        if result.hits:
            self.status.setText(self.tr("%n result(s) for “%1”", "", len(result.hits)).replace("%1", fmt.esc(text)))
            self._select_row(self.model.first_hit_row())
        elif result.suggestions:
            links = ", ".join(f"<a href='{fmt.esc(s)}'>{fmt.esc(s)}</a>" for s in result.suggestions)
            self.status.setText(
                self.tr("No results for “%1”. Did you mean: %2?").replace("%1", fmt.esc(text)).replace("%2", links)
            )
        else:
            self.status.setText(
                self.tr("No results for “%1”. Try another spelling or a shorter word.").replace("%1", fmt.esc(text))
            )

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
            if target.startswith("reader/"):  # the reader highlights the words that were searched
                target += "?q=" + self.query_edit.text().strip()
            self.target_activated.emit(target)

    def _open_current(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run_query()
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
