"""The shared shape of a module screen until the module grows its own: a filterable list of the
module's records beside a detail view of the chosen one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from koryo_desktop.core.targets import ScreenName, target
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.models.record_list_model import (
    ID_ROLE,
    ListItem,
    RecordFilterProxyModel,
    RecordListModel,
)
from koryo_desktop.ui.search.filter_keys import FilterKeys
from koryo_desktop.ui.search.no_match_label import NoMatchLabel
from koryo_desktop.ui.widgets.detail_browser import DetailBrowser
from koryo_desktop.ui.widgets.screen import Screen
from koryo_desktop.ui.widgets.two_line_delegate import TwoLineDelegate


class RecordCount(QObject):
    """The line under a list; self.tr here lets lupdate see the plural forms."""

    def records(self, total: int) -> str:
        return self.tr("%n record(s)", "", total)

    def text(self, shown: int, total: int) -> str:
        return self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))


_COUNTS = RecordCount()
MEASURE = 28  # the least width of a record's page, in average characters


class RecordListScreen(Screen):
    """Subclasses set ``name``, fill the list with ``items()`` and render ``detail_html(id)``."""

    name = ""

    def __init__(self, store: ContentStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._opening = False
        self._language = ""
        self.current_id: str | None = None
        self.title_label = QLabel()
        self.title_label.setObjectName("screenTitle")
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.model = RecordListModel(parent=self)
        self.proxy = RecordFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.list_view = QListView()
        self.list_view.setModel(self.proxy)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setWordWrap(True)
        self.list_view.setSpacing(1)
        self.list_view.setItemDelegate(TwoLineDelegate(self.list_view))
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.detail = DetailBrowser()
        self.detail.target_activated.connect(self.target_activated)
        self._fit_measure()
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        self.no_match = NoMatchLabel()
        self.no_match.suggestion_chosen.connect(self.filter_edit.setText)
        self.no_match.link_chosen.connect(self._no_match_link)
        self.list_stack = QStackedWidget()  # the list, or what to do when it is empty
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.no_match)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.count_label)
        self.filter_keys = FilterKeys(self.filter_edit, self.list_view)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 800])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.retranslate()
        self.filter_edit.textChanged.connect(self._on_filter)
        self.list_view.selectionModel().currentChanged.connect(self._on_current)
        self.list_view.activated.connect(lambda index: self._on_current(index, QModelIndex()))

    def _fit_measure(self) -> None:
        """The page never narrower than about 28 characters of its text: at large sizes on a small
        screen the screen scrolls rather than break a title inside a word."""
        self.detail.setMinimumWidth(QFontMetrics(self.detail.font()).averageCharWidth() * MEASURE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_measure()
        super().changeEvent(event)

    # -- for subclasses ------------------------------------------------------------------------
    def items(self) -> list[ListItem]:
        """The records this screen lists; each module screen supplies its own."""
        return []

    def detail_html(self, record_id: str) -> str | None:
        """The detail page of a record, or None when there is no such record."""
        return None

    def overview_html(self) -> str:
        return ""

    def screen_title(self) -> str:
        return ""

    def filter_placeholder(self) -> str:
        return QCoreApplication.translate("RecordListScreen", "Filter…")

    def count_text(self, count: int) -> str:
        """'53 terms': how many records the list holds, in the module's own word."""
        return _COUNTS.records(count)

    def no_match_text(self, text: str) -> str:
        """What the list says when the filter ``text`` finds nothing."""
        return QCoreApplication.translate("RecordListScreen", "Nothing here matches “%1”.").replace("%1", text)

    # -- behaviour -----------------------------------------------------------------------------
    def load_data(self) -> None:
        """Fill the list; runs when the screen is first shown or asked to open a record, so that
        start-up builds every screen without reading all of their records."""
        self._language = fmt.ui_language()
        self.model.set_items(self.items())
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.screen_title())
        self.filter_edit.setPlaceholderText(self.filter_placeholder())
        self.filter_edit.setAccessibleName(self.filter_placeholder())
        self.list_view.setAccessibleName(self.screen_title())
        self.detail.setAccessibleName(QCoreApplication.translate("RecordListScreen", "Details"))
        if not self._loaded:
            return
        if self._language != fmt.ui_language():  # names and their order may follow the language
            self._language = fmt.ui_language()
            self._opening = True
            try:
                self.model.set_items(self.items())
                if self.current_id is not None:
                    index = self.proxy.mapFromSource(self.model.index(self.model.row_of(self.current_id), 0))
                    if index.isValid():
                        self.list_view.selectionModel().setCurrentIndex(
                            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                        )
            finally:
                self._opening = False
        self._update_count()
        if self.current_id is not None:
            html = self.detail_html(self.current_id)
            if html is not None:
                self.detail.show_html(html)
        else:
            self.detail.show_html(self.overview_html())

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.count_text(total) if shown == total else _COUNTS.text(shown, total))
        text = self.filter_edit.text().strip()
        if shown or not total or not text:
            self.no_match.stop()
            self.list_stack.setCurrentWidget(self.list_view)
            return
        search = QCoreApplication.translate("RecordListScreen", "Search everything for “%1”").replace("%1", text)
        self.no_match.show_for(text, self.no_match_text(text), self._spellings, [("search", search)])
        self.list_stack.setCurrentWidget(self.no_match)

    def _spellings(self, text: str) -> list[str]:
        """The search's other spellings of ``text`` that do show something in this list."""
        if self.store is None:
            return []
        return [s for s in self.store.search.suggest(text) if self.proxy.would_show(s)]

    def _no_match_link(self, key: str) -> None:
        if key == "search":
            self.target_activated.emit("search/" + self.filter_edit.text().replace("#", " ").replace("?", " ").strip())

    def _on_filter(self, text: str) -> None:
        self._opening = True  # rows come and go: the list's current row may move, the page must not
        try:
            self.proxy.set_query(text)
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(self.current_id or ""), 0))
            if index.isValid():
                self.list_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            else:
                self.list_view.selectionModel().clear()
        finally:
            self._opening = False
        self._update_count()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._opening or not current.isValid():
            return
        record_id = current.data(ID_ROLE)
        if record_id and record_id != self.current_id:
            self._show(record_id)
            self.record_shown.emit(target(ScreenName(self.name), record_id))

    def _show(self, record_id: str) -> bool:
        html = self.detail_html(record_id)
        if html is None:
            return False
        self.current_id = record_id
        self.detail.show_html(html)
        return True

    def open_record(self, record: str | None, anchor: str | None = None) -> bool:
        """Show ``record`` (or the overview when None); False when there is no such record."""
        self.load()
        if record is None:
            return True
        if not self._show(record):
            return False
        self._opening = True
        try:
            row = self.model.row_of(record)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid() and row >= 0:
                self.filter_edit.clear()
                index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.list_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list_view.scrollTo(index)
        finally:
            self._opening = False
        if anchor:
            self.detail.scrollToAnchor(anchor)
        return True
