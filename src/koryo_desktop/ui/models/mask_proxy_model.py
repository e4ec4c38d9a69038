"""A filter proxy for long lists that never calls Python once per row: the caller computes which
rows match (a mask, one byte per source row) and the proxy applies it, telling the views only
what changed with row insert and remove signals, or one reset when the change is scattered."""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_RUN = re.compile(b"\x01+")


def _only_in(a: bytes, b: bytes) -> bytes:
    """Rows set in ``a`` and not in ``b``."""
    x, y = int.from_bytes(a, "little"), int.from_bytes(b, "little")
    return (x & ~y).to_bytes(len(a), "little")


class MaskProxyModel(QAbstractProxyModel):
    """Shows the rows of a flat source model whose byte in the mask is 1, in the source's order.

    ``set_mask`` compares the new mask with the old one at C speed. When the rows that come and
    go form at most ``RUNS`` blocks, each block is removed or inserted with its own signals, so
    the selection and the scroll position stay; otherwise the model is reset once (cheaper for a
    view than hundreds of blocks). ``filter_reset`` tells the owner that a reset happened, so it
    can choose its current row again."""

    RUNS = 16

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[int] = []  # proxy row -> source row, ascending
        self._mask: bytes | None = None  # None: every row
        self.resets = 0  # filter changes applied as a reset (for tests and benchmarks)

    # -- source --------------------------------------------------------------------------------
    def setSourceModel(self, model: Any) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self.beginResetModel)
            old.modelReset.disconnect(self._source_reset)
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        self._mask = self.mask_for_source()
        count = model.rowCount()
        self._rows = list(range(count)) if self._mask is None else list(itertools.compress(range(count), self._mask))
        self.endResetModel()

    def _source_reset(self) -> None:
        """New source rows (a new order, new records): filtered again, in the same reset."""
        count = self.sourceModel().rowCount()
        self._mask = self.mask_for_source()
        self._rows = list(range(count)) if self._mask is None else list(itertools.compress(range(count), self._mask))
        self.endResetModel()

    def mask_for_source(self) -> bytes | None:
        """The mask for the source's rows as they are now; subclasses that filter say which."""
        return None

    # -- filtering -----------------------------------------------------------------------------
    def set_mask(self, mask: bytes | None) -> None:
        """Show the source rows whose byte is 1 (None: all of them)."""
        count = self.sourceModel().rowCount()
        if mask is not None and len(mask) != count:
            raise ValueError(f"a mask of {len(mask)} rows for {count} rows")
        if mask == self._mask:
            return
        everyone = b"\x01" * count
        old, new = self._mask or everyone, mask or everyone
        gone = [(m.start(), m.end()) for m in itertools.islice(_RUN.finditer(_only_in(old, new)), self.RUNS + 1)]
        room = self.RUNS + 1 - len(gone)
        come = [(m.start(), m.end()) for m in itertools.islice(_RUN.finditer(_only_in(new, old)), room)]
        self._mask = mask
        if len(gone) + len(come) > self.RUNS:
            self.beginResetModel()
            self._rows = list(range(count)) if mask is None else list(itertools.compress(range(count), mask))
            self.endResetModel()
            self.resets += 1
            return
        parent = QModelIndex()
        for start, end in reversed(gone):
            first = bisect.bisect_left(self._rows, start)
            self.beginRemoveRows(parent, first, first + end - start - 1)
            del self._rows[first : first + end - start]
            self.endRemoveRows()
        for start, end in come:
            first = bisect.bisect_left(self._rows, start)
            self.beginInsertRows(parent, first, first + end - start - 1)
            self._rows[first:first] = range(start, end)
            self.endInsertRows()

    def source_rows(self) -> list[int]:
        return self._rows

    # -- the proxy -----------------------------------------------------------------------------
    def mapToSource(self, proxy: Index) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy.isValid() or not 0 <= proxy.row() < len(self._rows):
            return QModelIndex()
        return model.index(self._rows[proxy.row()], proxy.column())

    def mapFromSource(self, source: Index) -> QModelIndex:
        if not source.isValid():
            return QModelIndex()
        row = bisect.bisect_left(self._rows, source.row())
        if row < len(self._rows) and self._rows[row] == source.row():
            return self.createIndex(row, source.column())
        return QModelIndex()

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not 0 <= row < len(self._rows) or column != 0:
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        model = self.sourceModel()
        return model.data(model.index(self._rows[index.row()], 0), role)
