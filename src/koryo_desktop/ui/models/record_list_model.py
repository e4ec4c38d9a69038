"""A list of records (id, title, subtitle) for the module screens, and a filter proxy that matches
with the same folding as the global search."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from koryo_desktop.core.text import fold, tokens
from koryo_desktop.ui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Role.ID
SUBTITLE_ROLE = Role.SUBTITLE
SORT_ROLE = Role.SORT
TITLE_ROLE = Role.TITLE


@dataclass(frozen=True)
class ListItem:
    id: str
    title: str
    subtitle: str = ""
    search_text: str = ""  # every name and word the filter should match, unfolded
    sort_key: Any = None

    def folded(self) -> str:
        return fold(" ".join((self.title, self.subtitle, self.search_text)))


class RecordListModel(QAbstractListModel):
    """Read-only list model over ListItems."""

    def __init__(self, items: list[ListItem] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ListItem] = []
        self._folded: list[str] | None = None
        if items:
            self.set_items(items)

    def set_items(self, items: list[ListItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._folded = None  # folded on the first filter, not at start-up
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.title}\n{item.subtitle}" if item.subtitle else item.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.title}. {item.subtitle}" if item.subtitle else item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.subtitle or None
        if role == ID_ROLE:
            return item.id
        if role == SUBTITLE_ROLE:
            return item.subtitle
        if role == TITLE_ROLE:
            return item.title
        if role == SORT_ROLE:
            return item.sort_key if item.sort_key is not None else index.row()
        return None

    def folded_text(self, row: int) -> str:
        if self._folded is None:
            self._folded = [item.folded() for item in self._items]
        return self._folded[row]

    def row_of(self, record_id: str) -> int:
        for row, item in enumerate(self._items):
            if item.id == record_id:
                return row
        return -1

    def item(self, row: int) -> ListItem:
        return self._items[row]


class RecordFilterProxyModel(QSortFilterProxyModel):
    """Keeps the rows whose folded text contains every word of the filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._tokens = tokens(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._tokens:
            return True
        model = self.sourceModel()
        if not isinstance(model, RecordListModel):
            return True
        folded = model.folded_text(source_row)
        return all(t in folded for t in self._tokens)

    def would_show(self, text: str) -> bool:
        """Would filtering by ``text`` show any row?"""
        words, model = tokens(text), self.sourceModel()
        if not words or not isinstance(model, RecordListModel):
            return True
        return any(all(w in model.folded_text(row) for w in words) for row in range(model.rowCount()))
