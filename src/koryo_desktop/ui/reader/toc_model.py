"""Table of contents: chapters, each with its sections, as a two-level item model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from koryo_desktop.core.entities import Chapter
from koryo_desktop.core.targets import ScreenName, target
from koryo_desktop.ui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex
TARGET_ROLE = Role.TARGET


class ChapterTocModel(QAbstractItemModel):
    """Top-level rows are chapters (internal id 0); a section row's internal id is its chapter row + 1."""

    def __init__(self, chapters: list[Chapter] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._chapters: list[Chapter] = []
        if chapters:
            self.set_chapters(chapters)

    def set_chapters(self, chapters: list[Chapter]) -> None:
        self.beginResetModel()
        self._chapters = list(chapters)
        self.endResetModel()

    def chapters(self) -> list[Chapter]:
        return list(self._chapters)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._chapters) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        sections = self._sections(parent.row())
        return self.createIndex(row, 0, parent.row() + 1) if row < len(sections) else QModelIndex()

    # PySide6's stub gives parent() QObject's overload and the model's as one; this is the model's
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._chapters)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._sections(parent.row()))
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def _sections(self, chapter_row: int) -> list[Any]:
        return [s for s in self._chapters[chapter_row].sections if s.slug != "introduction"]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            chapter = self._chapters[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{chapter.number}. {chapter.title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return chapter.summary
            if role == TARGET_ROLE:
                return target(ScreenName.READER, chapter.id)
            return None
        chapter = self._chapters[index.internalId() - 1]
        section = self._sections(index.internalId() - 1)[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return section.title
        if role == TARGET_ROLE:
            return target(ScreenName.READER, chapter.id, section.slug)
        return None

    def index_of(self, chapter_id: str, slug: str | None = None) -> QModelIndex:
        for row, chapter in enumerate(self._chapters):
            if chapter.id != chapter_id:
                continue
            chapter_index = self.index(row, 0)
            if slug:
                for srow, section in enumerate(self._sections(row)):
                    if section.slug == slug:
                        return self.index(srow, 0, chapter_index)
            return chapter_index
        return QModelIndex()
