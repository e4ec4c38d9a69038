"""Search results grouped by kind: a flat list model with a header row before each group. A hit's
highlighted snippet is made only when its row is shown (most of sixty hits never are)."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from koryo_desktop.core.entities import SearchHit
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex

IS_HEADER_ROLE = int(Role.IS_HEADER)  # plain ints: the view asks for every row's data many times a keystroke
TARGET_ROLE = int(Role.TARGET)
HTML_ROLE = int(Role.HTML)  # title and snippet
SNIPPET_ROLE = int(Role.SNIPPET)  # the snippet alone: text with the matched words in <b>
PAINT_ROLE = int(Role.PAINT)  # (is a header, title or header text, snippet): a row in one call
_NO_FLAGS = Qt.ItemFlag.NoItemFlags  # made once: the view asks for the flags of every row it paints
_HEADER_FLAGS = Qt.ItemFlag.ItemIsEnabled
_HIT_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass
class _Row:
    header: str | None
    hit: SearchHit | None
    html: str | None = None  # made on first use


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._hits: tuple[SearchHit, ...] = ()
        self._snippet: Callable[[SearchHit], str] = lambda hit: hit.snippet_html

    def set_hits(self, hits: tuple[SearchHit, ...], snippet: Callable[[SearchHit], str] | None = None) -> None:
        """Show ``hits``; ``snippet`` makes a hit's snippet when the hit has none yet.

        When the new rows have the shape of the old ones (a header or a hit on every row, as
        while a word is typed on and finds as many of each kind), they are changed in place
        (dataChanged): every row keeps its height, so the list need not lay its rows out again.
        Otherwise the model is reset."""
        rows: list[_Row] = []
        # groups in the order of their best hit, so the best match is the first row
        groups: dict[str, list[SearchHit]] = {}
        for hit in hits:
            groups.setdefault(hit.kind, []).append(hit)
        for kind, group in groups.items():
            label = (
                QCoreApplication.translate("SearchResultsModel", "%1 (%2)")
                .replace("%1", fmt.kind_label(kind, plural=True))
                .replace("%2", str(len(group)))
            )
            rows.append(_Row(label, None))
            rows.extend(_Row(None, h) for h in group)
        if snippet is not None:
            self._snippet = snippet
        if (
            rows
            and len(rows) == len(self._rows)
            and all((a.header is None) == (b.header is None) for a, b in zip(rows, self._rows, strict=True))
        ):
            self._hits, self._rows = hits, rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 0))
            return
        self.beginResetModel()
        self._hits, self._rows = hits, rows
        self.endResetModel()

    def retranslate(self) -> None:
        self.set_hits(self._hits)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def hit_count(self) -> int:
        return len(self._hits)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _HEADER_FLAGS if self._rows[index.row()].header is not None else _HIT_FLAGS

    def snippet_html(self, row: int) -> str:
        hit = self._rows[row].hit
        return (hit.snippet_html or self._snippet(hit)) if hit is not None else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == PAINT_ROLE:
            return self.paint_row(index.row())
        if role == IS_HEADER_ROLE:
            return row.header is not None
        if row.header is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row.header
            return None
        hit = row.hit
        assert hit is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == TARGET_ROLE:
            return hit.target
        if role in (HTML_ROLE, SNIPPET_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            if row.html is None:
                row.html = self.snippet_html(index.row())
            if role == SNIPPET_ROLE:
                return row.html
            if role == HTML_ROLE:
                return f"<b>{fmt.esc(hit.title)}</b><br/><span>{row.html}</span>"
            plain = html.unescape(row.html.replace("<b>", "").replace("</b>", ""))
            return f"{fmt.kind_label(hit.kind)}: {hit.title}. {plain}"
        return None

    def paint_row(self, row: int) -> tuple[bool, str, str]:
        """(is a header, the header's or the hit's title, the hit's snippet) of ``row``: what the
        delegate draws, asked for without a model index."""
        found = self._rows[row]
        if found.header is not None:
            return (True, found.header, "")
        if found.html is None:
            found.html = self.snippet_html(row)
        return (False, found.hit.title if found.hit else "", found.html)

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].header is not None

    def first_hit_row(self) -> int:
        return next((i for i, r in enumerate(self._rows) if r.hit is not None), -1)

    def next_hit_row(self, row: int, step: int) -> int:
        """The row of the next (step=1) or previous (step=-1) hit from ``row``; ``row`` if none."""
        i = row + step
        while 0 <= i < len(self._rows):
            if self._rows[i].hit is not None:
                return i
            i += step
        return row
