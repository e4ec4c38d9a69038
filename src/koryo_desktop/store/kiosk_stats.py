"""The kiosk's anonymous statistics and its staff log, in a SQLite file of their own beside the
kiosk's learner data (``kiosk-stats.db`` in --data-dir): counts per day, the languages chosen per
day, and when a wrong staff PIN was tried or staff left. Days older than the days kept are removed.

Statistics must never stop a kiosk: a write that fails (a full disk, a read-only folder) is dropped
and ``problem`` says why."""

from __future__ import annotations

import contextlib
import datetime as _dt
import sqlite3
import time
from pathlib import Path

from koryo_desktop.core.kiosk_stats import KEEP_DAYS, Day, Visit, day_of, first_day_kept

FILE_NAME = "kiosk-stats.db"
_TABLES = (
    "CREATE TABLE IF NOT EXISTS days (day TEXT PRIMARY KEY, visits INTEGER NOT NULL DEFAULT 0, "
    "seconds INTEGER NOT NULL DEFAULT 0, screens INTEGER NOT NULL DEFAULT 0, records INTEGER NOT NULL DEFAULT 0, "
    "quizzes INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS day_languages (day TEXT NOT NULL, lang TEXT NOT NULL, chosen INTEGER NOT NULL, "
    "PRIMARY KEY (day, lang))",
    "CREATE TABLE IF NOT EXISTS staff_log (at TEXT NOT NULL, day TEXT NOT NULL, event TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)
STAFF_EVENTS = ("wrong-pin", "staff-left", "statistics-saved")


class KioskStats:
    """Opens (or creates) the statistics file; ``path`` None keeps them in memory only."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.problem = ""
        self._conn = self._open(path)

    def _open(self, path: Path | None) -> sqlite3.Connection:
        try:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path) if path is not None else ":memory:", timeout=5.0)
            with conn:
                for statement in _TABLES:
                    conn.execute(statement)
            return conn
        except (sqlite3.Error, OSError) as exc:  # counted in memory until the kiosk starts again
            self.problem = str(exc)
            conn = sqlite3.connect(":memory:")
            for statement in _TABLES:
                conn.execute(statement)
            return conn

    def close(self) -> None:
        self._conn.close()

    def _write(self, statements: list[tuple[str, tuple[object, ...]]]) -> bool:
        try:
            with self._conn:
                for sql, args in statements:
                    self._conn.execute(sql, args)
        except sqlite3.Error as exc:
            self.problem = str(exc)
            return False
        return True

    # -- counting --------------------------------------------------------------------------------
    def visit_started(self, visit: Visit) -> bool:
        day = day_of(visit.started)
        return self._write([
            ("INSERT INTO days(day, visits) VALUES (?, 1) ON CONFLICT(day) DO UPDATE SET visits = visits + 1", (day,)),
            *self._chosen(day, [visit.language]),
        ])  # fmt: skip

    def visit_went_on(self, visit: Visit) -> bool:
        """Add what the visit did (or did since it was last written: Visit.since) to the day it
        started on."""
        day = day_of(visit.started)
        return self._write([
            ("INSERT INTO days(day, seconds, screens, records, quizzes) VALUES (?, ?, ?, ?, ?) ON CONFLICT(day) DO "
             "UPDATE SET seconds = seconds + excluded.seconds, screens = screens + excluded.screens, "
             "records = records + excluded.records, quizzes = quizzes + excluded.quizzes",
             (day, visit.seconds(), visit.screens, visit.records, visit.quizzes)),
            *self._chosen(day, visit.switches),
        ])  # fmt: skip

    @staticmethod
    def _chosen(day: str, languages: list[str]) -> list[tuple[str, tuple[object, ...]]]:
        return [("INSERT INTO day_languages(day, lang, chosen) VALUES (?, ?, 1) ON CONFLICT(day, lang) DO UPDATE "
                 "SET chosen = chosen + 1", (day, lang)) for lang in languages]  # fmt: skip

    def staff_event(self, event: str, when: float | None = None) -> bool:
        """Note a wrong staff PIN, staff leaving or statistics saved (see STAFF_EVENTS)."""
        if event not in STAFF_EVENTS:
            raise ValueError(f"unknown staff event {event!r}")
        when = time.time() if when is None else when
        at = _dt.datetime.fromtimestamp(when).astimezone().isoformat(timespec="seconds")
        return self._write([("INSERT INTO staff_log(at, day, event) VALUES (?, ?, ?)", (at, day_of(when), event))])

    # -- reading ---------------------------------------------------------------------------------
    def days(self) -> list[Day]:
        """Every day kept, newest first."""
        languages: dict[str, dict[str, int]] = {}
        with contextlib.suppress(sqlite3.Error):
            for day, lang, chosen in self._conn.execute("SELECT day, lang, chosen FROM day_languages"):
                languages.setdefault(day, {})[lang] = chosen
            rows = self._conn.execute(
                "SELECT day, visits, seconds, screens, records, quizzes FROM days ORDER BY day DESC"
            ).fetchall()
            return [
                Day(day, visits, seconds, screens, records, quizzes, languages.get(day, {}))
                for day, visits, seconds, screens, records, quizzes in rows
            ]
        return []

    def staff_log(self, event: str | None = None) -> list[tuple[str, str]]:
        """(time, event) of the staff log, newest first."""
        sql = "SELECT at, event FROM staff_log" + (" WHERE event = ?" if event else "") + " ORDER BY rowid DESC"
        try:
            return [(r[0], r[1]) for r in self._conn.execute(sql, (event,) if event else ())]
        except sqlite3.Error:
            return []

    # -- keeping ---------------------------------------------------------------------------------
    def keep_days(self) -> int:
        try:
            row = self._conn.execute("SELECT value FROM settings WHERE key = 'keep_days'").fetchone()
        except sqlite3.Error:
            return KEEP_DAYS
        return int(row[0]) if row else KEEP_DAYS

    def set_keep_days(self, days: int) -> bool:
        if days < 1:
            raise ValueError("statistics are kept for 1 day or more")
        return self._write([("INSERT INTO settings(key, value) VALUES ('keep_days', ?) ON CONFLICT(key) DO UPDATE "
                             "SET value = excluded.value", (str(days),))])  # fmt: skip

    def prune(self, now: float | None = None) -> bool:
        """Remove the days older than the days kept."""
        oldest = first_day_kept(day_of(time.time() if now is None else now), self.keep_days())
        return self._write([(f"DELETE FROM {table} WHERE day < ?", (oldest,))
                            for table in ("days", "day_languages", "staff_log")])  # fmt: skip
