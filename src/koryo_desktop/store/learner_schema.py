"""The learner database's tables and their versions.

``PRAGMA user_version`` holds the version. Files from before versions existed read 0 (their
``bookmarks.kind`` and ``quiz_attempts.given`` columns may be missing). ``upgrade`` runs every
step a file lacks in one ``BEGIN IMMEDIATE`` transaction, reading the version again once it holds
the write lock: when two copies of the app start together on an old file, one upgrades and the
other waits, then finds nothing left to do. A new step goes at the end of ``MIGRATIONS``.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Callable

LEARNER_SCHEMA_VERSION = 3
GUEST_ID = 1

# version 1: what every file had once its columns were complete
_TABLES_V1 = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS learners (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, colour TEXT NOT NULL DEFAULT '#3465a4',
    pin_hash TEXT, is_guest INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS settings (
    learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE, key TEXT NOT NULL,
    value TEXT NOT NULL, PRIMARY KEY (learner_id, key))""",
    """CREATE TABLE IF NOT EXISTS reading_positions (
    learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE, chapter_id TEXT NOT NULL,
    section_slug TEXT, scroll REAL NOT NULL DEFAULT 0, updated_at TEXT NOT NULL,
    PRIMARY KEY (learner_id, chapter_id))""",
    """CREATE TABLE IF NOT EXISTS bookmarks (
    id INTEGER PRIMARY KEY, learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    chapter_id TEXT NOT NULL, section_slug TEXT, quote TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'bookmark')""",
    """CREATE TABLE IF NOT EXISTS quiz_attempts (
    id INTEGER PRIMARY KEY, learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    session_id TEXT NOT NULL, question_id TEXT NOT NULL, answer_json TEXT NOT NULL, correct INTEGER NOT NULL,
    answered_at TEXT NOT NULL, given TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX IF NOT EXISTS quiz_attempts_learner ON quiz_attempts(learner_id, question_id)",
    """CREATE TABLE IF NOT EXISTS review_cards (
    learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE, question_id TEXT NOT NULL,
    card_json TEXT NOT NULL, due TEXT NOT NULL, PRIMARY KEY (learner_id, question_id))""",
)
# columns added to tables after they first shipped: (table, column, definition)
_LATE_COLUMNS_V1 = (
    ("bookmarks", "kind", "TEXT NOT NULL DEFAULT 'bookmark'"),  # highlights
    ("quiz_attempts", "given", "TEXT NOT NULL DEFAULT ''"),  # answers kept in words
)


def _to_v1(conn: sqlite3.Connection) -> None:
    for statement in _TABLES_V1:
        conn.execute(statement)
    for table, column, definition in _LATE_COLUMNS_V1:
        if column not in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")


def _to_v2(conn: sqlite3.Connection) -> None:
    # wrong PIN tries, so that waiting after them survives a restart; subject: 'kiosk' or 'learner:<id>'
    conn.execute(
        "CREATE TABLE IF NOT EXISTS pin_tries (subject TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
        "last_failure REAL NOT NULL)"
    )


def _to_v3(conn: sqlite3.Connection) -> None:
    # xAPI statements, written with what they record and sent later (store/xapi_queue.py), and the
    # sections and chapters each learner has reached (store/xapi_journal.py)
    for statement in XAPI_TABLES:
        conn.execute(statement)


XAPI_TABLES = (
    """CREATE TABLE IF NOT EXISTS xapi_statements (
    id INTEGER PRIMARY KEY, statement_id TEXT NOT NULL UNIQUE,
    learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE, verb TEXT NOT NULL,
    activity TEXT NOT NULL, statement TEXT NOT NULL, created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued', sent_at TEXT, status INTEGER, reason TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX IF NOT EXISTS xapi_statements_state ON xapi_statements(state, id)",
    """CREATE TABLE IF NOT EXISTS xapi_reached (
    learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE, activity TEXT NOT NULL,
    PRIMARY KEY (learner_id, activity))""",
)

MIGRATIONS: tuple[tuple[int, Callable[[sqlite3.Connection], None]], ...] = ((1, _to_v1), (2, _to_v2), (3, _to_v3))

# what a salvage or a merge copies, parents first
DATA_TABLES = ("learners", "settings", "reading_positions", "bookmarks", "quiz_attempts", "review_cards",
               "xapi_statements", "xapi_reached")  # fmt: skip


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def needs_upgrade(conn: sqlite3.Connection) -> bool:
    """Whether the file lacks a step or the guest (a read only, no lock taken)."""
    if version(conn) < LEARNER_SCHEMA_VERSION:
        return True
    return conn.execute("SELECT 1 FROM learners WHERE id = ?", (GUEST_ID,)).fetchone() is None


def upgrade(conn: sqlite3.Connection) -> None:
    """Bring the file to LEARNER_SCHEMA_VERSION in one transaction (nothing changes if it fails)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = version(conn)
        for target, step in MIGRATIONS:
            if current < target:
                step(conn)
        if current < LEARNER_SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {LEARNER_SCHEMA_VERSION}")
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(LEARNER_SCHEMA_VERSION),),
            )
        conn.execute(
            "INSERT OR IGNORE INTO learners(id, name, is_guest, created_at) VALUES (?, 'Guest', 1, ?)",
            (GUEST_ID, _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")),
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
