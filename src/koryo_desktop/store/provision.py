"""Find or build the content database the app opens.

A fresh install has only the sources; at first start (and whenever the sources change) they are
compiled once into the user's cache folder, named by a hash of the sources, and reused after that.
Beside it a ``.sha256`` file holds the database's own digest: a cached database that no longer
matches it (cut short, partly overwritten) is ours to build again, and is.

Hashing megabytes of sources and of the database at every start is what a person would wait for,
so each start remembers, in the cache folder, what it found with the sizes and times of the files
it hashed (``.stamp`` files): the next start hashes again only when one of them changed. A stamp is
kept only for files unchanged for a few seconds (a file system may keep times in whole seconds, so
a file written again within the same second could otherwise pass for the one hashed).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
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


SETTLED_NS = 3_000_000_000  # a file older than this is kept in a stamp (see the module's docstring)
SOURCES_STAMP = "sources.stamp"


def _source_files(root: Path) -> list[tuple[str, os.stat_result]]:
    """(path under root, stat) of every source file content_version reads, by path."""
    found = []
    folders = [str(root)]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir():
                    folders.append(entry.path)
                elif entry.is_file() and entry.name.endswith((".md", ".toml")):
                    found.append((os.path.relpath(entry.path, root), entry.stat()))
    return sorted(found)


def _write_stamp(path: Path, data: dict[str, object]) -> None:
    """Write a stamp whole (another copy of the app may be starting too); a stamp that cannot be
    written costs only the hashing next time."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(data), encoding="utf-8")
        os.replace(partial, path)
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def _read_stamp(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def sources_version(root: Path, cache_dir: Path) -> str:
    """content_version(root), hashed again only when a source file was added, removed or changed
    (its size or time) since a start remembered it in ``cache_dir``."""
    files = _source_files(Path(root))
    key = hashlib.sha256()
    for name, st in files:
        key.update(f"{name}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    stamp_file, key_text = Path(cache_dir) / SOURCES_STAMP, key.hexdigest()
    saved = _read_stamp(stamp_file)
    if saved.get("root") == str(root) and saved.get("key") == key_text and isinstance(saved.get("version"), str):
        return str(saved["version"])
    version = content_version(root)
    if all(time.time_ns() - st.st_mtime_ns > SETTLED_NS for _name, st in files):
        _write_stamp(stamp_file, {"root": str(root), "key": key_text, "version": version})
    return version


def ensure_content_database(sources: Path, cache_dir: Path) -> Path:
    """The path of an up-to-date content database for ``sources``, building it if needed.
    Raises ContentValidationError when the sources have problems."""
    from koryo_desktop.store.schema import SCHEMA_VERSION

    version = sources_version(sources, cache_dir)
    # a new release may build another schema from the same sources: it must not reuse an old file
    target = Path(cache_dir) / f"content-{version}-v{SCHEMA_VERSION}.db"
    if target.is_file() and intact(target):
        return target
    from koryo_desktop.store.content_builder import build  # the builder loads only when it has work

    build(sources, target)
    _digest_file(target).write_text(_digest(target) + "\n", encoding="ascii")
    for old in Path(cache_dir).glob("content-*.db*"):
        if old not in (target, _digest_file(target), _stamp_file(target)):
            # another running copy may still have it open (Windows); it is tidied next time
            with contextlib.suppress(OSError):
                old.unlink()
    return target


def _digest_file(db: Path) -> Path:
    return db.with_name(db.name + ".sha256")


def _stamp_file(db: Path) -> Path:  # the database as an earlier start found it intact
    return db.with_name(db.name + ".stamp")


def _digest(db: Path) -> str:
    with db.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


_checked: dict[Path, tuple[int, int, int]] = {}  # found intact by this process: (inode, size, mtime)


def intact(db: Path) -> bool:
    """Whether the cached database ``db`` is still exactly as built. One built before digests
    were kept is checked by SQLite once instead, and its digest kept from then on. A file this
    process, or an earlier start, found intact and that has not changed since is not read again (a
    kiosk starts the app for every visitor)."""
    try:
        st = db.stat()
    except OSError:
        return False
    found = (st.st_ino, st.st_size, st.st_mtime_ns)
    if _checked.get(db) == found or _read_stamp(_stamp_file(db)).get("found") == list(found):
        _checked[db] = found
        return True
    if _intact(db):
        _checked[db] = found
        if time.time_ns() - st.st_mtime_ns > SETTLED_NS:  # an earlier start found it so: not read again
            _write_stamp(_stamp_file(db), {"found": list(found)})
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
