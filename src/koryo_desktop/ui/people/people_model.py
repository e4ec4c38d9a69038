"""The people directory's model (one row per person, in the chosen order) and its filter proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from koryo_desktop.core.people_filter import PeopleMatcher, PersonRow

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
BIRTH_YEAR_ROLE = Qt.ItemDataRole.UserRole + 3
TITLE_ROLE = Qt.ItemDataRole.UserRole + 4


class PeopleModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []

    def set_rows(self, rows: list[PersonRow]) -> None:
        """Replace the people (already in display order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PersonRow]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, TITLE_ROLE):
            return row.name
        if role == SUBTITLE_ROLE:
            return row.life
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.name}. {row.life}" if row.life else row.name
        if role == ID_ROLE:
            return row.id
        if role == BIRTH_YEAR_ROLE:
            return row.birth_year
        return None

    def row_of(self, person_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == person_id), -1)


class PeopleProxyModel(QSortFilterProxyModel):
    """Keeps the people matching the typed words (any name variant) and the chosen role, era and
    country. The matching runs once per change over all rows in plain Python; the per-row hook only
    looks the answer up."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._flags: list[bool] | None = None
        self._filtered_rows: list[PersonRow] | None = None  # the rows self._flags belong to
        self._matcher: PeopleMatcher | None = None
        self.query = ""
        self.role: str | None = None
        self.era: str | None = None
        self.country: str | None = None

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self.refilter)  # a new order or new people: match again

    def set_filters(self, query: str | None = None, **choices: str | None) -> None:
        """Change the typed words and/or role=, era=, country= (None clears that filter)."""
        if query is not None:
            self.query = query
        for key in ("role", "era", "country"):
            if key in choices:
                setattr(self, key, choices[key])
        self.refilter()

    def refilter(self) -> None:
        model = self.sourceModel()
        if isinstance(model, PeopleModel) and (self.query.strip() or self.role or self.era or self.country):
            if self._matcher is None or self._matcher.rows is not model.rows():
                self._matcher = PeopleMatcher(model.rows())
            flags: list[bool] | None = self._matcher.match(self.query, self.role, self.era, self.country)
        else:
            flags = None
        if flags == self._flags and self._filtered_rows is model.rows():
            return  # another letter, the same people: nothing for Qt to redo
        self.beginFilterChange()
        self._flags = flags
        self._filtered_rows = model.rows() if isinstance(model, PeopleModel) else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # called once per person on every keystroke: keep it to a single lookup
        return self._flags is None or self._flags[source_row]
