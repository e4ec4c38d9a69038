"""A kiosk built as run_kiosk builds it, on a given content database, for the kiosk tests."""

from __future__ import annotations

import contextlib
import dataclasses
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from koryo_desktop.app import Started, start
from koryo_desktop.config import Config
from koryo_desktop.store.kiosk_stats import KioskStats
from koryo_desktop.store.learner_store import LearnerStore
from koryo_desktop.ui.kiosk import Kiosk


@contextlib.contextmanager
def running_kiosk(content: Path, tmp_path: Path, lang: str = "en") -> Iterator[Kiosk]:
    staff = tmp_path / "staff" / "learner.db"
    store = LearnerStore(staff)
    store.set_kiosk_pin("2468")
    store.close()
    config = Config(content=content, kiosk=True, lang=lang)
    visitors = iter(range(1000))

    def visitor_dir() -> Path:
        path = tmp_path / f"visitor-{next(visitors)}"
        path.mkdir()
        return path

    def build(data_dir: Path) -> Started | int:
        return start(dataclasses.replace(config, data_dir=data_dir), lang_given=True)

    def try_pin(pin: str):
        s = LearnerStore(staff)
        try:
            return s.try_kiosk_pin(pin)
        finally:
            s.close()

    stats = KioskStats(tmp_path / "staff" / "kiosk-stats.db")
    kiosk = Kiosk(QApplication.instance(), build, visitor_dir, try_pin, idle_seconds=30, backoff=(0.05, 0.1),  # type: ignore[arg-type]
                  stats=stats, folder=tmp_path / "staff", home_lang=lang)  # fmt: skip
    hook = sys.excepthook
    assert kiosk.begin()
    kiosk.shell.activateWindow()  # as the window manager does: keys and the focus go to the kiosk
    deadline = time.monotonic() + 5
    while not kiosk.shell.isActiveWindow() and time.monotonic() < deadline:
        QApplication.processEvents()
    try:
        yield kiosk
    finally:
        kiosk.finish()
        stats.close()
        sys.excepthook = hook
        from koryo_desktop.ui import theme

        theme.apply_display(QApplication.instance(), None, 100, "standard")  # the next test starts from the defaults


def tap(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
