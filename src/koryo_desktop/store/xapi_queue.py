"""The xAPI statements waiting in the learner file, and what became of each.

A statement is written with what it records, in the same transaction (``insert``), as "queued".
The sender reads queued ones oldest first (``due``) and marks each "sent" once the Learning Record
Store has stored it, or "refused" with the status and the reason the store gave. Nothing is ever
deleted here except by ``prune`` (sent statements older than a number of days) or with the learner
it belongs to. The sender uses a connection of its own (``XapiQueue.open``), so that it can run
on a thread of its own beside the app's.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

QUEUED, SENT, REFUSED = "queued", "sent", "refused"


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def insert(conn: sqlite3.Connection, learner_id: int, statement: Mapping[str, Any]) -> None:
    """Queue ``statement`` inside the caller's transaction."""
    conn.execute(
        "INSERT INTO xapi_statements(statement_id, learner_id, verb, activity, statement, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (statement["id"], learner_id, statement["verb"]["id"].rsplit("/", 1)[-1], statement["object"]["id"],
         json.dumps(statement, ensure_ascii=False, separators=(",", ":")), _now()),
    )  # fmt: skip


@dataclass(frozen=True)
class Refused:
    """A statement the store would not take: when it was made, what it records, and why."""

    statement_id: str
    verb: str
    activity: str
    created_at: str
    status: int
    reason: str


class XapiQueue:
    """The queue in one learner file, through ``conn`` (autocommit mode; each change one transaction)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @classmethod
    def open(cls, path: Path, wait: float = 5.0) -> XapiQueue:
        """A connection of its own to the learner file at ``path`` (which a LearnerStore opened
        first, so it is checked and upgraded); usable from one other thread."""
        conn = sqlite3.connect(path, timeout=wait, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        return cls(conn)

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def due(self, limit: int) -> list[tuple[str, str]]:
        """Up to ``limit`` queued statements, oldest first, as (id, the statement's JSON text): sent
        as they are, never parsed again (so the sender's thread hardly holds Python's lock)."""
        rows = self.conn.execute(
            "SELECT statement_id, statement FROM xapi_statements WHERE state = ? ORDER BY id LIMIT ?", (QUEUED, limit)
        ).fetchall()
        return [(row[0], row[1]) for row in rows]

    def mark_sent(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        when = _now()
        with self._write() as conn:
            conn.executemany("UPDATE xapi_statements SET state = ?, sent_at = ?, status = NULL, reason = '' "
                             "WHERE statement_id = ?", [(SENT, when, i) for i in ids])  # fmt: skip

    def mark_refused(self, statement_id: str, status: int, reason: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE xapi_statements SET state = ?, status = ?, reason = ? WHERE statement_id = ?",
                         (REFUSED, status, reason[:2000], statement_id))  # fmt: skip

    def requeue_refused(self) -> int:
        """Queue every refused statement again (after the school fixed what the store objected to)."""
        with self._write() as conn:
            return conn.execute("UPDATE xapi_statements SET state = ?, status = NULL, reason = '' WHERE state = ?",
                                (QUEUED, REFUSED)).rowcount  # fmt: skip

    def counts(self) -> dict[str, int]:
        found = dict(self.conn.execute("SELECT state, count(*) FROM xapi_statements GROUP BY state").fetchall())
        return {state: int(found.get(state, 0)) for state in (QUEUED, SENT, REFUSED)}

    def refused(self, limit: int = 200) -> list[Refused]:
        rows = self.conn.execute(
            "SELECT statement_id, verb, activity, created_at, status, reason FROM xapi_statements "
            "WHERE state = ? ORDER BY id LIMIT ?", (REFUSED, limit)).fetchall()  # fmt: skip
        return [Refused(r[0], r[1], r[2], r[3], int(r[4] or 0), r[5]) for r in rows]

    def statements(self, states: Iterable[str] = (QUEUED,)) -> list[dict[str, Any]]:
        """Every statement in ``states``, oldest first (for a file to import elsewhere)."""
        states = list(states)
        marks = ", ".join("?" for _ in states)
        rows = self.conn.execute(
            f"SELECT statement FROM xapi_statements WHERE state IN ({marks}) ORDER BY id", states
        ).fetchall()
        return [json.loads(row[0]) for row in rows]

    def state(self) -> tuple[dict[str, int], list[Refused]]:
        """``counts()`` and ``refused()``; nothing (zeros) when the file cannot be read from here."""
        try:
            return self.counts(), self.refused()
        except sqlite3.Error:
            return dict.fromkeys((QUEUED, SENT, REFUSED), 0), []

    def prune(self, days: int = 90) -> int:
        """Forget statements sent more than ``days`` ago (the store has them); 0 when the file
        cannot be written now (the next start tries again)."""
        before = (_dt.datetime.now(_dt.UTC) - _dt.timedelta(days=days)).isoformat(timespec="seconds")
        try:
            with self._write() as conn:
                return conn.execute("DELETE FROM xapi_statements WHERE state = ? AND sent_at < ?",
                                    (SENT, before)).rowcount  # fmt: skip
        except sqlite3.Error:
            return 0
