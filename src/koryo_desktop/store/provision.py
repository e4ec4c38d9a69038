"""Find or build the content database the app opens.

A fresh install has only the sources; at first start (and whenever the sources change) they are
compiled once into the user's cache folder, named by a hash of the sources, and reused after that.
Beside it a ``.sha256`` file holds the database's own digest: a cached database that no longer
matches it (cut short, partly overwritten) is ours to build again, and is.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

from koryo_desktop.store.file_locks import is_locked

BUILDING = ".building"  # the suffix of a database being built (content_builder)
COMPANIONS = ("-journal", "-wal", "-shm")


def content_version(root: Path) -> str:
    """A hash of every source file's path and bytes: changes whenever the content changes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file() and p.suffix in (".md", ".toml")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def ensure_content_database(sources: Path, cache_dir: Path) -> Path:
    """The path of an up-to-date content database for ``sources``, building it if needed.
    Raises ContentValidationError when the sources have problems."""
    from koryo_desktop.store.schema import SCHEMA_VERSION

    version = content_version(sources)
    # a new release may build another schema from the same sources: it must not reuse an old file
    target = Path(cache_dir) / f"content-{version}-v{SCHEMA_VERSION}.db"
    if target.is_file() and intact(target):
        return target
    from koryo_desktop.store.content_builder import build  # the builder loads only when it has work

    build(sources, target)
    _digest_file(target).write_text(_digest(target) + "\n", encoding="ascii")
    for old in Path(cache_dir).glob("content-*.db*"):
        if old not in (target, _digest_file(target)):
            # another running copy may still have it open (Windows); it is tidied next time
            with contextlib.suppress(OSError):
                old.unlink()
    return target


def _digest_file(db: Path) -> Path:
    return db.with_name(db.name + ".sha256")


def _digest(db: Path) -> str:
    with db.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


_checked: dict[Path, tuple[int, int, int]] = {}  # found intact by this process: (inode, size, mtime)


def intact(db: Path) -> bool:
    """Whether the cached database ``db`` is still exactly as built. One built before digests
    were kept is checked by SQLite once instead, and its digest kept from then on. A file this
    process found intact and that has not changed since is not read again (a kiosk starts the app
    for every visitor)."""
    try:
        st = db.stat()
    except OSError:
        return False
    if _checked.get(db) == (st.st_ino, st.st_size, st.st_mtime_ns):
        return True
    if _intact(db):
        _checked[db] = (st.st_ino, st.st_size, st.st_mtime_ns)
        return True
    _checked.pop(db, None)
    return False


def _intact(db: Path) -> bool:
    try:
        expected = _digest_file(db).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        expected = ""
    except OSError:
        return False
    try:
        if expected:
            return _digest(db) == expected
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check(1)").fetchone()[0] == "ok"
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False
    if ok:
        with contextlib.suppress(OSError):
            _digest_file(db).write_text(_digest(db) + "\n", encoding="ascii")
    return ok


def remove_stale_builds(folder: Path) -> list[Path]:
    """Remove the temporary files of builds that were killed in ``folder`` (a running build holds
    a lock on its file; a killed one's lock is free). Returns what was removed."""
    removed = []
    for tmp in Path(folder).glob(f".*{BUILDING}"):
        if is_locked(tmp):
            continue
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in COMPANIONS)):
            try:
                leftover.unlink()
                removed.append(leftover)
            except FileNotFoundError:
                pass
            except OSError:
                break
    return removed
