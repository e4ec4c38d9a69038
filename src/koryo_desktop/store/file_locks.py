"""Advisory locks on files that the operating system releases when their process ends, however it
ends (even kill -9). They tell a running copy of the app from a dead one: a folder or temporary
file whose lock can be taken belongs to nobody alive."""

from __future__ import annotations

import os
import sys
from pathlib import Path

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


class FileLock:
    """An exclusive lock on ``path`` (created when missing), held from ``acquire`` to ``release``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self, wait: bool = False) -> bool:
        """Take the lock; without ``wait``, False at once when another process holds it."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not lock_fd(fd, wait):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> FileLock:
        self.acquire(wait=True)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def lock_fd(fd: int, wait: bool = False) -> bool:
    """Lock an open file descriptor exclusively; False when another process holds it."""
    try:
        if sys.platform == "win32":
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def is_locked(path: Path) -> bool:
    """Whether another process holds the lock on ``path`` now (a missing file is not locked)."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        return not lock_fd(fd)
    finally:
        os.close(fd)
