"""The box a bookmark's or a highlight's note is written in: several lines, and still left from the
keyboard (Tab moves on to the buttons instead of typing a tab, Ctrl+Enter saves)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QPlainTextEdit, QWidget


def note_dialog(parent: QWidget | None, title: str, label: str, text: str = "") -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(text)
    editor = dialog.findChild(QPlainTextEdit)
    if editor is not None:
        editor.setTabChangesFocus(True)
        editor.setAccessibleName(label.rstrip(":"))
        editor.setToolTip(QCoreApplication.translate("NoteDialog", "Enter starts a new line; Ctrl+Enter saves"))
    for keys in (Qt.Modifier.CTRL | Qt.Key.Key_Return, Qt.Modifier.CTRL | Qt.Key.Key_Enter):
        QShortcut(QKeySequence(keys), dialog, dialog.accept)
    return dialog


def ask_note(parent: QWidget | None, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """The note written (and whether it was saved rather than cancelled)."""
    dialog = note_dialog(parent, title, label, text)
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    note = dialog.textValue()
    dialog.deleteLater()
    return note, ok
