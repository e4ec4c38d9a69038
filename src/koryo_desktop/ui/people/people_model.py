"""The people directory's model (one row per person, in the chosen order) and its filter proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from koryo_desktop.core.people_filter import PeopleMatcher, PersonRow
from koryo_desktop.ui.models.mask_proxy_model import MaskProxyModel
from koryo_desktop.ui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = int(Role.ID)  # plain ints: the view asks for every row's data many times a keystroke
SUBTITLE_ROLE = int(Role.SUBTITLE)
BIRTH_YEAR_ROLE = int(Role.BIRTH_YEAR)
TITLE_ROLE = int(Role.TITLE)
ROW_ROLE = int(Role.ROW)  # the whole PersonRow, for the delegate
_CHOOSABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class PeopleModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._row_of: dict[str, int] = {}

    def set_rows(self, rows: list[PersonRow]) -> None:
        """Replace the people (already in display order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def rows(self) -> list[PersonRow]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
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
        return self._row_of.get(person_id, -1)


class PeopleProxyModel(MaskProxyModel):
    """Keeps the people matching the typed words (any name variant) and the chosen role, era and
    country. core.people_filter computes which rows match, once per change and without a Python
    step per row; the mask proxy tells the views what came and went."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matcher: PeopleMatcher | None = None
        self.query = ""
        self.role: str | None = None
        self.era: str | None = None
        self.country: str | None = None

    def set_filters(self, query: str | None = None, **choices: str | None) -> None:
        """Change the typed words and/or role=, era=, country= (None clears that filter)."""
        if query is not None:
            self.query = query
        for key in ("role", "era", "country"):
            if key in choices:
                setattr(self, key, choices[key])
        self.set_mask(self.mask_for_source())

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every person can be chosen (answered here: the view asks for every row it paints)."""
        return _CHOOSABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def filtering(self) -> bool:
        return bool(self.query.strip() or self.role or self.era or self.country)

    def matches(self, query: str) -> bool:
        """Would ``query`` (with the chosen role, era and country) show anyone?"""
        return b"\x01" in self._matcher_for_rows().mask(query, self.role, self.era, self.country)

    def _matcher_for_rows(self) -> PeopleMatcher:
        model = self.sourceModel()
        rows = model.rows() if isinstance(model, PeopleModel) else []
        if self._matcher is None or self._matcher.rows is not rows:
            self._matcher = PeopleMatcher(rows)
        return self._matcher

    def mask_for_source(self) -> bytes | None:
        # the matcher is made with the rows (a new order or language), not on the next keystroke
        matcher = self._matcher_for_rows()
        if not self.filtering():
            return None
        return matcher.mask(self.query, self.role, self.era, self.country)
