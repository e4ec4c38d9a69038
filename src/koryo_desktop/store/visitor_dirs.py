"""Folders for kiosk visitors' learner data, in the cache.

Each running kiosk owns a folder of its own (``kiosk-<pid>-<random>``) beside a lock file of the
same name that it holds while it runs, and makes one folder per visitor inside it. A kiosk tidies
away only folders whose lock nobody holds (their kiosk has ended, however it ended), so two kiosks
sharing a cache never remove each other's live data. When a cache cleaner removes the folders, the
next visitor's folder is simply made again.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from koryo_desktop.store.file_locks import FileLock, is_locked

_UNLOCKED_AGE = 3600  # a folder without a lock file (an older version's) is tidied after an hour


class VisitorFolders:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.mine: Path | None = None
        self._lock: FileLock | None = None

    def claim(self) -> Path:
        """Make (or make again) this kiosk's folder and lock it; tidy away those of ended kiosks."""
        self.release()
        self.root.mkdir(parents=True, exist_ok=True)
        self.tidy()
        fd, name = tempfile.mkstemp(prefix=f"kiosk-{os.getpid()}-", suffix=".lock", dir=self.root)
        os.close(fd)
        lock = FileLock(Path(name))
        lock.acquire()  # the lock exists before the folder: nobody can see the folder unlocked
        folder = Path(name).with_suffix("")
        folder.mkdir()
        self.mine, self._lock = folder, lock
        return folder

    def new_visitor_dir(self) -> Path:
        """A fresh folder for the next visitor, making again whatever was removed meanwhile."""
        if self.mine is None or self._lock is None or not self.mine.is_dir() or not self._lock.path.is_file():
            self.claim()
        assert self.mine is not None
        return Path(tempfile.mkdtemp(prefix="visitor-", dir=self.mine))

    def release(self) -> None:
        """Remove this kiosk's folder and lock (at the end, or before claiming anew)."""
        if self.mine is not None:
            shutil.rmtree(self.mine, ignore_errors=True)
        if self._lock is not None:
            with contextlib.suppress(OSError):
                self._lock.path.unlink()
            self._lock.release()
        self.mine, self._lock = None, None

    def tidy(self) -> None:
        """Remove what kiosks that have ended left behind; never a running kiosk's folder."""
        try:
            children = list(self.root.iterdir())
        except OSError:
            return
        now = time.time()
        for child in children:
            if child.suffix == ".lock" or child == self.mine:
                continue
            lock = child.with_name(child.name + ".lock")
            if lock.is_file():
                if is_locked(lock):
                    continue
            else:
                with contextlib.suppress(OSError):
                    if now - child.stat().st_mtime < _UNLOCKED_AGE:
                        continue
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    child.unlink()
            with contextlib.suppress(OSError):
                lock.unlink()
        for lock in self.root.glob("*.lock"):  # locks whose folder is gone and whose kiosk ended
            if (
                not lock.with_suffix("").exists()
                and not is_locked(lock)
                and (self._lock is None or lock != self._lock.path)
            ):
                with contextlib.suppress(OSError):
                    lock.unlink()
