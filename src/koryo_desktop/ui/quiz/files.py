"""The quiz's file dialogs: they open in the folder used last (remembered across starts), and a
kiosk never shows them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from koryo_desktop.store.learner_store import LearnerStore
from koryo_desktop.ui import kiosk_policy as kiosk
from koryo_desktop.ui.widgets.file_dialogs import save_path

LAST_FOLDER = "files.last_folder"  # a setting of the machine (kept with the guest's)


class FileDialogs:
    def __init__(self, learners: LearnerStore) -> None:
        self.learners = learners

    def folder(self) -> Path:
        remembered = Path(str(self.learners.setting(LAST_FOLDER, "") or Path.home()))
        return remembered if remembered.is_dir() else Path.home()

    def _remember(self, path: Path) -> None:
        self.learners.set_setting(LAST_FOLDER, str(path.parent))

    def save_path(self, parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
        path = save_path(parent, title, suggested, pattern, self.folder())
        if path is not None:
            self._remember(path)
        return path

    def open_paths(self, parent: QWidget, title: str, pattern: str) -> list[Path]:
        if not kiosk.files_allowed():
            return []
        from PySide6.QtWidgets import QFileDialog  # Qt's dialog classes load with the first dialog

        names, _ = QFileDialog.getOpenFileNames(parent, title, str(self.folder()), pattern)
        if names:
            self._remember(Path(names[0]))
        return [Path(n) for n in names]
