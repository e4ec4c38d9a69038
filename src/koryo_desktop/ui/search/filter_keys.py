"""The keys of a filter field above a list, as in the search screen: Enter opens the first record
listed, Down moves into the list (choosing its first record when none is chosen), and Escape
clears the field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit


class FilterKeys(QObject):
    def __init__(self, edit: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(edit)
        self.edit, self.view = edit, view
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose(self.view.model().index(0, 0))
                return True
            if key == Qt.Key.Key_Down:
                current = self.view.currentIndex()
                self.choose(current if current.isValid() else self.view.model().index(0, 0))
                return True
            if key == Qt.Key.Key_Escape and self.edit.text():
                self.edit.clear()
                return True
        return super().eventFilter(watched, event)

    def choose(self, index: QModelIndex) -> None:
        """Make ``index`` the list's current row (which opens it) and move into the list."""
        if not self.view.model().rowCount():
            return  # nothing listed: the field keeps the focus and the text
        selection = self.view.selectionModel()
        if index != self.view.currentIndex():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            self.view.activated.emit(index)  # already chosen: open it again if it was left
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
