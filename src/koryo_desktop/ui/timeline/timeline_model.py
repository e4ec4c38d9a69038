"""The timeline's events as a table (date, event, category, places, people), with a filter proxy
shared by the painted view and the accessible list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)  # fmt: skip

from koryo_desktop.core.dates import DateValue
from koryo_desktop.core.timeline_layout import TimelineItem
from koryo_desktop.ui.formatting import format_date
from koryo_desktop.ui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Role.ID
SORT_ROLE = Role.SORT


@dataclass(slots=True)
class EventRow:
    item: TimelineItem
    date: DateValue
    category_text: str
    places: tuple[str, ...]  # place ids
    place_names: str
    people: tuple[str, ...]  # person ids
    people_names: str
    description: str

    @property
    def search_text(self) -> str:
        """Everything the timeline's search looks in (made, and folded, on the first search)."""
        return " ".join((self.item.label, self.description, self.place_names, self.people_names, self.date.english()))

    @property
    def date_text(self) -> str:
        return format_date(self.date)  # in the current language, for the rows the table shows


class TimelineModel(QAbstractTableModel):
    COLUMNS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []

    def set_rows(self, rows: list[EventRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[EventRow]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return (
                QCoreApplication.translate("TimelineModel", "Date"),
                QCoreApplication.translate("TimelineModel", "Event"),
                QCoreApplication.translate("TimelineModel", "Category"),
                QCoreApplication.translate("TimelineModel", "Places"),
                QCoreApplication.translate("TimelineModel", "People"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (row.date_text, row.item.label, row.category_text, row.place_names, row.people_names)[index.column()]
        if role == ID_ROLE:
            return row.item.id
        if role == SORT_ROLE:
            return row.item.start if index.column() == 0 else str(self.data(index))
        return None

    def row_of(self, event_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.item.id == event_id), -1)


class TimelineProxyModel(QSortFilterProxyModel):
    """Keeps the events of the chosen categories, person and place."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._flags: list[bool] | None = None
        self.setSortRole(SORT_ROLE)

    def set_flags(self, flags: list[bool] | None) -> None:
        self.beginFilterChange()
        self._flags = flags
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._flags is None or self._flags[source_row]
