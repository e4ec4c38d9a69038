"""The one save dialog every export goes through: it starts in a folder with a suggested name, and
at a museum kiosk it never opens (a visitor must not reach the files)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from koryo_desktop.ui import kiosk_policy as kiosk


def save_path(parent: QWidget, title: str, suggested: str, pattern: str, folder: Path | None = None) -> Path | None:
    """Where the person chose to save (`suggested` in `folder`, the home folder by default), or None
    when they cancelled or the app runs as a kiosk."""
    if not kiosk.files_allowed():
        return None
    name, _ = QFileDialog.getSaveFileName(parent, title, str((folder or Path.home()) / suggested), pattern)
    return Path(name) if name else None
