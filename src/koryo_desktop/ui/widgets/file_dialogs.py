"""The one save dialog every export goes through: it starts in a folder with a suggested name, and
at a museum kiosk it never opens (a visitor must not reach the files)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from koryo_desktop.ui import kiosk_policy as kiosk

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def save_path(parent: QWidget, title: str, suggested: str, pattern: str, folder: Path | None = None) -> Path | None:
    """Where the person chose to save (`suggested` in `folder`, the home folder by default), or None
    when they cancelled or the app runs as a kiosk."""
    if not kiosk.files_allowed():
        return None
    from PySide6.QtWidgets import QFileDialog  # Qt's dialog classes load with the first dialog

    name, _ = QFileDialog.getSaveFileName(parent, title, str((folder or Path.home()) / suggested), pattern)
    return Path(name) if name else None
