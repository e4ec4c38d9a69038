"""Opening the learner database safely.

Only real damage (``PRAGMA integrity_check``, which also sees damaged indexes) sets a file aside,
and then everything that still reads is first copied into a new file, so one bad page costs only
that page. Anything else leaves the file where it is: a lock is waited out (and reported as busy
if it stays), a read-only file or a full disk opens the data read-only from memory, and whatever
cannot be opened at all raises ``LearnerDataError`` with a ``kind`` to tell a person.
"""

from __future__ import annotations

import datetime as _dt
import errno
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from koryo_desktop.core.errors import LearnerDataError
from koryo_desktop.store import learner_salvage
from koryo_desktop.store.file_locks import FileLock
from koryo_desktop.store.learner_schema import needs_upgrade, upgrade

_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _PERM, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 3, 26
_IOERR_SHMSIZE = 4874  # the shared-memory file could not grow: the disk is full


@dataclass(frozen=True)
class Salvage:
    """A damaged file was set aside as ``kept`` after what still read was copied to a new one."""

    kept: Path
    recovered: dict[str, int] = field(default_factory=dict)
    problem: str = ""


@dataclass
class Opened:
    conn: sqlite3.Connection
    read_only: str = ""  # "", "read_only" or "full": why nothing can be saved
    salvage: Salvage | None = None


def classify(exc: BaseException, path: Path) -> str:
    """The LearnerDataError kind of an error met while opening or writing ``path``."""
    if isinstance(exc, LearnerDataError):
        return exc.kind
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = (code or 0) & 0xFF
        text = str(exc).lower()
        if primary in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
            return "damaged"
        if primary in (_BUSY, _LOCKED) or "locked" in text:
            return "busy"
        if primary == _FULL or code == _IOERR_SHMSIZE or "full" in text:
            return "full"
        if primary in (_READONLY, _PERM) or "readonly" in text:
            return "read_only"
        if primary in (_CANTOPEN, _IOERR):
            return _why_not_writable(path)
        return "unavailable"
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return "full"
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "read_only"
    return "unavailable"


def _why_not_writable(path: Path) -> str:
    folder = path.parent
    if not os.access(folder, os.W_OK) or (path.is_file() and not os.access(path, os.W_OK)):
        return "read_only"
    try:
        if shutil.disk_usage(folder).free < 256 * 1024:
            return "full"
    except OSError:
        pass
    return "unavailable"


def open_learner_file(path: Path, wait: float) -> Opened:
    """Open (or create) the learner file at ``path``; a lock is waited out for ``wait`` seconds."""
    deadline = time.monotonic() + wait
    pause = 0.05
    while True:
        try:
            return _open_once(path, busy_timeout=max(0.1, min(2.0, wait)))
        except LearnerDataError as exc:
            if exc.kind != "busy" or time.monotonic() >= deadline:
                raise
        time.sleep(min(pause, max(0.0, deadline - time.monotonic())))
        pause = min(pause * 2, 0.5)


def _open_once(path: Path, busy_timeout: float) -> Opened:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LearnerDataError(classify(exc, path), path, exc.strerror or str(exc)) from exc
    if path.exists() and not path.is_file():
        raise LearnerDataError("unavailable", path, "not a file")
    existed = path.is_file()
    conn = None
    try:
        conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
        problem = _integrity_problem(conn)
        if problem:
            conn.close()
            return _salvage(path, problem, busy_timeout)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        _prepare(conn)
        if needs_upgrade(conn):
            upgrade(conn)
        return Opened(conn)
    except (sqlite3.Error, OSError) as exc:
        if conn is not None:
            conn.close()
        kind = classify(exc, path)
        if kind == "damaged":
            return _salvage(path, str(exc), busy_timeout)
        if kind in ("read_only", "full") and existed:
            return Opened(_in_memory(path), read_only=kind)
        if not existed and kind != "busy":
            _remove_new(path)
        raise LearnerDataError(kind, path, str(exc)) from exc


def _prepare(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")


def _integrity_problem(conn: sqlite3.Connection) -> str:
    """The first problem ``PRAGMA integrity_check`` finds (tables and indexes), or ''."""
    try:
        first = conn.execute("PRAGMA integrity_check(1)").fetchone()
    except sqlite3.DatabaseError as exc:
        if classify(exc, Path()) == "damaged":
            return str(exc)
        raise
    return "" if first is None or first[0] == "ok" else str(first[0])


def _remove_new(path: Path) -> None:
    """Remove what a failed first start made (an empty file and its companions: they held nothing)."""
    for side in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if side.is_file() and (side != path or side.stat().st_size == 0):
                side.unlink()
        except OSError:
            pass


def _in_memory(path: Path) -> sqlite3.Connection:
    """The data of ``path`` in a connection of its own that reads but never writes: for a
    read-only file or a full disk, where the file must stay exactly as it is."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    with learner_salvage.read_copy(path) as source:
        if _integrity_problem(source):
            upgrade(memory)
            memory.execute("BEGIN")
            learner_salvage.merge(memory, source)
            memory.execute("COMMIT")
        else:
            source.backup(memory)
    _prepare(memory)
    if needs_upgrade(memory):
        upgrade(memory)
    memory.execute("PRAGMA query_only = ON")
    return memory


def set_aside_name(path: Path) -> Path:
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
        counter += 1
    return target


def _salvage(path: Path, problem: str, busy_timeout: float) -> Opened:
    """Copy what reads into a new file, keep the damaged one beside it, and open the new one.
    One process at a time (a lock beside the file); one that waited finds the work done."""
    lock = FileLock(path.with_name(f".{path.name}.salvage-lock"))
    try:
        lock.acquire(wait=True)
    except OSError as exc:  # the folder cannot be written: show what reads, change nothing
        if path.is_file():
            return Opened(_in_memory(path), read_only=classify(exc, path))
        raise LearnerDataError(classify(exc, path), path, str(exc)) from exc
    try:
        if not _check(path):  # another copy of the app salvaged it while this one waited
            return _open_once(path, busy_timeout)
        for stale in path.parent.glob(f".{path.name}.salvage-*"):
            if stale != lock.path:
                stale.unlink(missing_ok=True)
        fresh = path.with_name(f".{path.name}.salvage-{os.getpid()}")
        try:
            recovered = _copy_readable(path, fresh)
            kept = set_aside_name(path)
            os.replace(path, kept)
            for suffix in ("-wal", "-shm"):
                side = path.with_name(path.name + suffix)
                if side.exists():
                    os.replace(side, kept.with_name(kept.name + suffix))
            os.replace(fresh, path)
        except (OSError, sqlite3.Error) as exc:
            fresh.unlink(missing_ok=True)
            kind = classify(exc, path)
            if kind in ("read_only", "full") and path.is_file():
                return Opened(_in_memory(path), read_only=kind)
            raise LearnerDataError(kind, path, str(exc)) from exc
        opened = _open_once(path, busy_timeout)
        mark_handled(opened.conn, kept)
        opened.salvage = Salvage(kept, recovered, problem)
        return opened
    finally:
        lock.release()


def _check(path: Path) -> str:
    """The damage in the file at ``path`` now, or '' (other errors are raised)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return _integrity_problem(conn)
    finally:
        conn.close()


def _copy_readable(damaged: Path, fresh: Path) -> dict[str, int]:
    conn = sqlite3.connect(fresh, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # one file, renamed into place whole
        upgrade(conn)
        conn.execute("BEGIN IMMEDIATE")
        with learner_salvage.read_copy(damaged) as source:
            recovered = learner_salvage.merge(conn, source)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return recovered


# -- files set aside earlier -----------------------------------------------------------------
def set_aside_files(path: Path) -> list[Path]:
    """Every ``learner.damaged-*.db`` beside ``path``, oldest first."""
    return sorted(path.parent.glob(f"{path.stem}.damaged-*{path.suffix}"))


def handled(conn: sqlite3.Connection) -> set[str]:
    """Names of set-aside files already brought back or declined."""
    rows = conn.execute("SELECT key FROM meta WHERE key LIKE 'set-aside:%'").fetchall()
    return {row[0].removeprefix("set-aside:") for row in rows}


def mark_handled(conn: sqlite3.Connection, kept: Path, in_transaction: bool = False) -> None:
    if not in_transaction:
        conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
        (f"set-aside:{kept.name}", _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")),
    )
    if not in_transaction:
        conn.execute("COMMIT")
