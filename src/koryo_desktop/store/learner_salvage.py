"""Reading what still reads in a damaged or set-aside learner file, and bringing it back.

SQLite's ``.recover`` is not in Python's standard library, so this reads table by table and row
by row: when a damaged page stops a scan, it seeks past that page (by rowid) and reads on, so one
bad page costs the rows on that page, not the file. The damaged file itself is only ever read
(from a private copy, so that reading it cannot change it).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from koryo_desktop.store.learner_schema import DATA_TABLES, GUEST_ID

# what a person is told a file holds: kind -> table (and a condition)
COUNTED = {
    "learners": "SELECT count(*) FROM learners WHERE is_guest = 0",
    "answers": "SELECT count(*) FROM quiz_attempts",
    "bookmarks": "SELECT count(*) FROM bookmarks",
    "places": "SELECT count(*) FROM reading_positions",
}
_MAX_ROWID = 2**62


@contextlib.contextmanager
def read_copy(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to a private copy of ``path`` (its write-ahead log replayed), or to the file
    itself opened as immutable when no copy can be made (a full disk)."""
    folder = None
    try:
        folder = Path(tempfile.mkdtemp(prefix="koryo-salvage-"))
        copy = folder / "copy.db"
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, folder / "copy.db-wal")
        conn = sqlite3.connect(copy, isolation_level=None)
    except OSError:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    except sqlite3.DatabaseError:
        return []


def _readable_from(conn: sqlite3.Connection, table: str, rowid: int) -> bool:
    """Whether a scan of ``table`` can start at ``rowid`` (the page it lands on reads)."""
    try:
        conn.execute(f"SELECT * FROM {table} NOT INDEXED WHERE rowid >= ? ORDER BY rowid LIMIT 2", (rowid,)).fetchall()
    except sqlite3.DatabaseError:
        return False
    return True


def _next_readable(conn: sqlite3.Connection, table: str, bad: int) -> int | None:
    """The smallest rowid above ``bad`` from which a scan reads again (None: nothing reads)."""
    step = 1
    while not _readable_from(conn, table, bad + step):
        if bad + step > _MAX_ROWID:
            return None
        step *= 2
    low, high = bad + step // 2, bad + step  # low fails (or is bad itself), high reads
    while high - low > 1:
        middle = (low + high) // 2
        if _readable_from(conn, table, middle):
            high = middle
        else:
            low = middle
    return high


def rows(conn: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    """Every row of ``table`` that can still be read, in rowid order, skipping damaged pages."""
    columns = _columns(conn, table)
    if not columns:
        return
    start, last = -_MAX_ROWID, None
    while True:
        try:
            cursor = conn.execute(
                f"SELECT rowid AS _rowid_, * FROM {table} NOT INDEXED WHERE rowid >= ? ORDER BY rowid", (start,)
            )
            for row in cursor:
                last = row[0]
                yield dict(zip(["_rowid_", *columns], row, strict=False))
            return
        except sqlite3.DatabaseError:
            bad = start if last is None or last < start else last + 1
            following = _next_readable(conn, table, bad)
            if following is None:
                return
            start = max(following, bad + 1)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many learners, answers, bookmarks and reading places ``conn`` holds (what reads)."""
    result = {}
    for kind, query in COUNTED.items():
        try:
            result[kind] = int(conn.execute(query).fetchone()[0])
        except sqlite3.DatabaseError:  # a damaged table: count row by row what still reads
            table = query.split("FROM ")[1].split()[0]
            result[kind] = sum(1 for row in rows(conn, table) if table != "learners" or not row.get("is_guest"))
    return result


def merge(target: sqlite3.Connection, source: sqlite3.Connection) -> dict[str, int]:
    """Copy into ``target`` (inside the caller's transaction) every row of ``source`` that reads
    and is not there yet. Learners are matched by name (the guest by being the guest); a learner
    whose row is lost gets a placeholder name, so that their answers are kept. Settings and review
    cards already in ``target`` win; a reading place wins when it is newer."""
    ids: dict[int, int] = {GUEST_ID: GUEST_ID}
    by_name = {row[1].casefold(): row[0] for row in target.execute("SELECT id, name FROM learners WHERE is_guest = 0")}
    added = dict.fromkeys(COUNTED, 0)
    for row in rows(source, "learners"):
        if row.get("is_guest") or row.get("id") == GUEST_ID or row.get("id") is None:
            continue
        name = str(row.get("name") or f"Learner {row['id']}").strip()
        if name.casefold() in by_name:
            ids[row["id"]] = by_name[name.casefold()]
            continue
        taken = target.execute("SELECT 1 FROM learners WHERE id = ?", (row["id"],)).fetchone()
        cursor = target.execute(
            "INSERT INTO learners(id, name, colour, pin_hash, is_guest, created_at) VALUES (?, ?, ?, ?, 0, ?)",
            (None if taken else row["id"], name, row.get("colour") or "#3465a4", row.get("pin_hash"),
             row.get("created_at") or ""),
        )  # fmt: skip
        ids[row["id"]] = by_name[name.casefold()] = int(cursor.lastrowid or 0)
        added["learners"] += 1

    def learner_of(old: Any) -> int | None:
        if old is None:
            return None
        if old not in ids:  # the learner's row did not survive: keep their data under a placeholder
            cursor = target.execute(
                "INSERT INTO learners(name, is_guest, created_at) VALUES (?, 0, '')", (f"Learner {old}",)
            )
            ids[old] = int(cursor.lastrowid or 0)
            added["learners"] += 1
        return ids[old]

    for table in DATA_TABLES[1:]:
        wanted = [c for c in _columns(target, table) if c != "id"]
        for row in rows(source, table):
            learner = learner_of(row.get("learner_id"))
            if learner is None:
                continue
            values = {c: row.get(c) for c in wanted if c in row}
            values["learner_id"] = learner
            if _merge_row(target, table, values):
                added[_KIND_OF.get(table, table)] = added.get(_KIND_OF.get(table, table), 0) + 1
    return added


_KIND_OF = {"quiz_attempts": "answers", "bookmarks": "bookmarks", "reading_positions": "places"}
# rows that are the same thing twice (a file merged again adds nothing)
_SAME = {
    "bookmarks": ("learner_id", "chapter_id", "section_slug", "quote", "created_at", "kind"),
    "quiz_attempts": ("learner_id", "session_id", "question_id", "answered_at"),
}


def _merge_row(target: sqlite3.Connection, table: str, values: dict[str, Any]) -> bool:
    columns = list(values)
    if table in _SAME:
        keys = [k for k in _SAME[table] if k in values]
        where = " AND ".join(f"{k} IS ?" for k in keys)
        if target.execute(f"SELECT 1 FROM {table} WHERE {where}", [values[k] for k in keys]).fetchone():
            return False
    elif table == "reading_positions":
        mine = target.execute(
            "SELECT updated_at FROM reading_positions WHERE learner_id = ? AND chapter_id = ?",
            (values["learner_id"], values.get("chapter_id")),
        ).fetchone()
        if mine is not None:
            if str(mine[0]) >= str(values.get("updated_at") or ""):
                return False
            target.execute(
                "DELETE FROM reading_positions WHERE learner_id = ? AND chapter_id = ?",
                (values["learner_id"], values.get("chapter_id")),
            )
    placeholders = ", ".join("?" for _ in columns)
    try:
        cursor = target.execute(
            f"INSERT OR IGNORE INTO {table}({', '.join(columns)}) VALUES ({placeholders})", list(values.values())
        )
    except sqlite3.IntegrityError:  # a row that lost a required value to the damage
        return False
    return cursor.rowcount > 0
