"""The learner's bookmarks and highlights: listed, opened, annotated, deleted and exported as Markdown.

From the keyboard: Enter opens, F2 writes the note, Delete deletes (the next one becomes current),
Esc or × closes the panel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from koryo_desktop.core.notes_export import notes_markdown
from koryo_desktop.core.targets import ScreenName, target
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui.learners.current import CurrentLearner
from koryo_desktop.ui.models.record_list_model import SUBTITLE_ROLE, TITLE_ROLE
from koryo_desktop.ui.models.roles import Role
from koryo_desktop.ui.reader import note_dialog
from koryo_desktop.ui.widgets.file_dialogs import save_path
from koryo_desktop.ui.widgets.flow_layout import FlowLayout
from koryo_desktop.ui.widgets.two_line_delegate import TwoLineDelegate

Index = QModelIndex | QPersistentModelIndex
NOTE_ID_ROLE = Role.NOTE_ID
TARGET_ROLE = Role.TARGET


class NotesModel(QAbstractListModel):
    def __init__(self, titles: dict[str, str], sections: dict[tuple[str, str], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._notes: list[dict[str, Any]] = []
        self._titles = titles
        self._sections = sections

    def set_notes(self, notes: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def notes(self) -> list[dict[str, Any]]:
        return list(self._notes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def _label(self, note: dict[str, Any]) -> str:
        if note["kind"] == "highlight":
            return self.tr("Highlight")
        return self.tr("Bookmark")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note = self._notes[index.row()]
        chapter = self._titles.get(note["chapter_id"], note["chapter_id"])
        section = self._sections.get((note["chapter_id"], note["section_slug"] or ""), "")
        where = f"{chapter} — {section}" if section else chapter
        text = (note["quote"] or note["note"] or "").strip().replace("\n", " ")
        if len(text) > 140:
            text = text[:139] + "…"
        title = f"{self._label(note)}: {text}" if text else self._label(note)
        if role in (TITLE_ROLE, Qt.ItemDataRole.DisplayRole):
            return title
        if role == SUBTITLE_ROLE:
            return where + (f" · {note['note']}" if note["note"] and note["quote"] else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{title}. {where}"
        if role == NOTE_ID_ROLE:
            return note["id"]
        if role == TARGET_ROLE:
            return target(ScreenName.READER, note["chapter_id"], note["section_slug"] or None)
        return None


class NotesPanel(QWidget):
    target_activated = Signal(str)
    changed = Signal()
    closed = Signal()  # × or Esc

    def __init__(self, store: ContentStore, current: CurrentLearner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current = current
        self.learner = current.store
        chapters = store.chapters.all(with_sections=True)
        self._titles = {c.id: c.title for c in chapters}
        self._sections = {(c.id, s.slug): s.title for c in chapters for s in c.sections}
        self.heading = QLabel()
        bold = QFont()
        bold.setBold(True)  # only the weight: colours and size still follow the interface
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.closed)
        self.model = NotesModel(self._titles, self._sections, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.open_button = QPushButton()
        self.note_button = QPushButton()
        self.delete_button = QPushButton()
        self.export_button = QPushButton()
        self._buttons = buttons = FlowLayout()  # the buttons wrap when the panel is narrow (large text, Russian)
        for button in (self.open_button, self.note_button, self.delete_button, self.export_button):
            buttons.addWidget(button)
        layout = self._box = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)  # in the list's place while there is none
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.activated.connect(self._open)
        self.open_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        self.note_button.clicked.connect(self.edit_note)
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button.clicked.connect(self.export_markdown)
        # Esc is the reader's (it closes whichever panel holds the focus)
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_current), (Qt.Key.Key_F2, self.edit_note)):
            QShortcut(QKeySequence(keys), self.view, slot).setContext(Qt.ShortcutContext.WidgetShortcut)
        self.retranslate()
        self.refresh()
        current.changed.connect(self._learner_changed)

    @property
    def learner_id(self) -> int:
        return self.current.id

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Bookmarks and highlights"))
        self.view.setAccessibleName(self.tr("Bookmarks and highlights"))
        self.empty.setText(
            self.tr("Nothing saved yet. Use Bookmark (Ctrl+D) or select text and use Highlight (Ctrl+H).")
        )
        self.open_button.setText(self.tr("Open"))
        self.note_button.setText(self.tr("Note…"))
        self.delete_button.setText(self.tr("Delete"))
        self.export_button.setText(self.tr("Export as Markdown…"))
        button: QAbstractButton  # push buttons, then the tool button that closes the panel too
        for button in (self.open_button, self.note_button, self.delete_button, self.export_button):
            button.setAccessibleName(button.text().rstrip("…"))
        for button, text, key in ((self.open_button, self.tr("Open"), Qt.Key.Key_Enter),
                                  (self.note_button, self.tr("Write a note"), Qt.Key.Key_F2),
                                  (self.delete_button, self.tr("Delete"), Qt.Key.Key_Delete),
                                  (self.close_button, self.tr("Close bookmarks and highlights"), Qt.Key.Key_Escape)):  # fmt: skip
            keys = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            described = self.tr("%1 (%2)", "a tool and its shortcut").replace("%1", text).replace("%2", keys)
            button.setToolTip(described)
            if button is self.close_button:
                button.setAccessibleName(described)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        row = self.view.currentIndex().row()
        self.model.set_notes(self.learner.bookmarks(self.learner_id))
        rows = self.model.rowCount()
        if rows and row >= 0:  # the same row stays current (after a delete: the next one)
            self.view.setCurrentIndex(self.model.index(min(row, rows - 1), 0))
        has = rows > 0
        self.updateGeometry()
        self.empty.setVisible(not has)
        if not has and self.view.hasFocus():
            self.close_button.setFocus()  # the last one went: the focus stays in the panel
        self.view.setVisible(has)
        for button in (self.open_button, self.note_button, self.delete_button, self.export_button):
            button.setEnabled(has)

    def _learner_changed(self, _learner_id: int) -> None:
        self.view.setCurrentIndex(QModelIndex())  # another learner's list: nothing of the last one current
        self.refresh()

    def minimumSizeHint(self) -> QSize:
        """Tall enough for its wrapped texts at its width (large text, a narrow panel): the screen then
        scrolls instead of drawing them over each other."""
        hint = super().minimumSizeHint()
        margins = self._box.contentsMargins()
        width = max(self.width(), hint.width()) - margins.left() - margins.right()
        spacing = self._box.spacing()
        heading = self.heading.heightForWidth(width - self.close_button.sizeHint().width() - spacing)
        body = (
            self.empty.heightForWidth(width) if self.empty.isVisibleTo(self) else self.view.minimumSizeHint().height()
        )
        buttons = self._buttons.heightForWidth(width)
        height = margins.top() + margins.bottom() + 2 * spacing + max(heading, self.close_button.sizeHint().height())
        return QSize(hint.width(), max(hint.height(), height + body + buttons))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the wrapped texts need another height

    def take_focus(self) -> None:
        """The list, its first entry current; with nothing saved, the close button."""
        if self.model.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus()
        else:
            self.close_button.setFocus()

    def _current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(NOTE_ID_ROLE) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.target_activated.emit(index.data(TARGET_ROLE))

    def edit_note(self) -> None:
        note_id = self._current_id()
        if note_id is None:
            return
        current = next((n["note"] for n in self.model.notes() if n["id"] == note_id), "")
        text, ok = note_dialog.ask_note(self, self.tr("Note"), self.tr("Your note:"), current)
        if ok:
            self.learner.update_bookmark_note(note_id, text.strip())
            self.refresh()
            self.changed.emit()

    def delete_current(self) -> None:
        note_id = self._current_id()
        if note_id is not None:
            self.learner.delete_bookmark(note_id)
            self.refresh()
            self.changed.emit()

    def markdown(self) -> str:
        return notes_markdown(
            self.model.notes(), self._titles, self._sections, heading=self.tr("My notes from Koryo Desktop"),
            bookmark_label=self.tr("Bookmark"), highlight_label=self.tr("Highlight"),
        )  # fmt: skip

    def export_markdown(self) -> Path | None:
        path = save_path(self, self.tr("Export notes"), "koryo-notes.md", self.tr("Markdown (*.md)"))
        if path is None:
            return None
        path.write_text(self.markdown(), encoding="utf-8")
        return path
