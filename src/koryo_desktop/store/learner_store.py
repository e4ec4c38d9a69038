"""The learner database: a separate, writable SQLite file in the user's data folder.

It keeps reading positions, bookmarks, quiz attempts and settings per learner. It runs in WAL
mode and every write is one transaction. A damaged file is moved aside with a timestamp and a
new one started; ``notice`` then says so once, for the app to show.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LEARNER_SCHEMA_VERSION = 1
GUEST_ID = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS learners (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, colour TEXT NOT NULL DEFAULT '#3465a4',
    pin_hash TEXT, is_guest INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS settings (
    learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE, key TEXT NOT NULL,
    value TEXT NOT NULL, PRIMARY KEY (learner_id, key));
CREATE TABLE IF NOT EXISTS reading_positions (
    learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE, chapter_id TEXT NOT NULL,
    section_slug TEXT, scroll REAL NOT NULL DEFAULT 0, updated_at TEXT NOT NULL,
    PRIMARY KEY (learner_id, chapter_id));
CREATE TABLE IF NOT EXISTS bookmarks (
    id INTEGER PRIMARY KEY, learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    chapter_id TEXT NOT NULL, section_slug TEXT, quote TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'bookmark');
CREATE TABLE IF NOT EXISTS quiz_attempts (
    id INTEGER PRIMARY KEY, learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    session_id TEXT NOT NULL, question_id TEXT NOT NULL, answer_json TEXT NOT NULL, correct INTEGER NOT NULL,
    answered_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS quiz_attempts_learner ON quiz_attempts(learner_id, question_id);
CREATE TABLE IF NOT EXISTS review_cards (
    learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE, question_id TEXT NOT NULL,
    card_json TEXT NOT NULL, due TEXT NOT NULL, PRIMARY KEY (learner_id, question_id));
"""


def _pin_hash(pin: str) -> str:
    salt = os.urandom(8).hex()
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), 50_000).hex()
    return f"{salt}${digest}"


def pin_matches(stored: str, pin: str) -> bool:
    """Whether ``pin`` is the one ``stored`` was hashed from."""
    return bool(stored) and _pin_matches(stored, pin)


def _pin_matches(stored: str, pin: str) -> bool:
    salt, _, digest = stored.partition("$")
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), 50_000).hex(), digest)


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ReadingPosition:
    """Where a learner left a chapter: the section at the top of the view (``section_slug``, None
    before the first one) and, in ``scroll``, how many characters into that section the top line
    starts. Text positions do not change with the window or the text size, so the place comes back
    exactly. (Before this meaning, ``scroll`` held a fraction of the chapter, at most 1: such a row
    now reads as the start of its section.)"""

    chapter_id: str
    section_slug: str | None
    scroll: float
    updated_at: str


class LearnerStore:
    """Open (or create) the learner database at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.notice: str | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = self._open()
        except sqlite3.DatabaseError as exc:
            moved = self._set_aside()
            self._conn = self._open()
            self.notice = (
                f"Your saved progress could not be read ({exc}). The damaged file was kept as "
                f"{moved.name} and a new one was started."
            )

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("integrity check failed")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.executescript("BEGIN;" + _SCHEMA + "COMMIT;")
            columns = {row[1] for row in conn.execute("PRAGMA table_info(bookmarks)")}
            if "kind" not in columns:  # files made before highlights existed
                conn.execute("ALTER TABLE bookmarks ADD COLUMN kind TEXT NOT NULL DEFAULT 'bookmark'")
            columns = {row[1] for row in conn.execute("PRAGMA table_info(quiz_attempts)")}
            if "given" not in columns:  # files made before answers were kept in words
                conn.execute("ALTER TABLE quiz_attempts ADD COLUMN given TEXT NOT NULL DEFAULT ''")
            with conn:
                conn.execute("BEGIN")
                conn.execute(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                    (str(LEARNER_SCHEMA_VERSION),),
                )
                conn.execute(
                    "INSERT OR IGNORE INTO learners(id, name, is_guest, created_at) VALUES (?, 'Guest', 1, ?)",
                    (GUEST_ID, _now()),
                )
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def _set_aside(self) -> Path:
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
        counter = 1
        while target.exists():
            target = self.path.with_name(f"{self.path.stem}.damaged-{stamp}-{counter}{self.path.suffix}")
            counter += 1
        self.path.replace(target)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
        return target

    def close(self) -> None:
        self._conn.close()

    # -- learners ------------------------------------------------------------------------------
    def learners(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._conn.execute("SELECT id, name, colour, is_guest FROM learners ORDER BY id")]

    def add_learner(self, name: str, colour: str = "#3465a4", pin: str | None = None) -> int:
        """A new profile; an optional PIN keeps classmates out of each other's progress."""
        if not name.strip():
            raise ValueError("a learner needs a name")
        if any(learner["name"].casefold() == name.strip().casefold() for learner in self.learners()):
            raise ValueError(f"there is already a learner called {name.strip()}")
        with self._conn:
            self._conn.execute("BEGIN")
            cur = self._conn.execute(
                "INSERT INTO learners(name, colour, pin_hash, created_at) VALUES (?, ?, ?, ?)",
                (name.strip(), colour, _pin_hash(pin) if pin else None, _now()),
            )
        return int(cur.lastrowid or 0)

    def has_pin(self, learner_id: int) -> bool:
        row = self._conn.execute("SELECT pin_hash FROM learners WHERE id = ?", (learner_id,)).fetchone()
        return bool(row and row[0])

    def check_pin(self, learner_id: int, pin: str) -> bool:
        row = self._conn.execute("SELECT pin_hash FROM learners WHERE id = ?", (learner_id,)).fetchone()
        return bool(row) and (not row[0] or _pin_matches(row[0], pin))

    def delete_learner(self, learner_id: int) -> None:
        if learner_id == GUEST_ID:
            raise ValueError("the guest profile cannot be deleted")
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.execute("DELETE FROM learners WHERE id = ?", (learner_id,))

    # -- settings ------------------------------------------------------------------------------
    def setting(self, key: str, default: Any = None, learner_id: int = GUEST_ID) -> Any:
        row = self._conn.execute(
            "SELECT value FROM settings WHERE learner_id = ? AND key = ?", (learner_id, key)
        ).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any, learner_id: int = GUEST_ID) -> None:
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.execute(
                "INSERT INTO settings(learner_id, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT(learner_id, key) DO UPDATE SET value = excluded.value",
                (learner_id, key, json.dumps(value)),
            )

    # -- kiosk -------------------------------------------------------------------------------
    def set_kiosk_pin(self, pin: str | None) -> None:
        """The PIN that lets staff leave kiosk mode (stored hashed); None removes it."""
        if pin is not None and not (pin.isdigit() and 4 <= len(pin) <= 12):
            raise ValueError("a kiosk PIN is 4 to 12 digits")
        self.set_setting("kiosk.pin", _pin_hash(pin) if pin else None)

    def has_kiosk_pin(self) -> bool:
        return bool(self.setting("kiosk.pin"))

    def kiosk_pin_hash(self) -> str:
        """The stored hash, for a kiosk that checks PINs after this file is closed."""
        return str(self.setting("kiosk.pin") or "")

    # -- reading -------------------------------------------------------------------------------
    def save_position(
        self, chapter_id: str, section_slug: str | None, scroll: float = 0.0, learner_id: int = GUEST_ID
    ) -> None:
        """``scroll``: the offset in characters within ``section_slug`` (see ReadingPosition)."""
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.execute(
                "INSERT INTO reading_positions(learner_id, chapter_id, section_slug, scroll, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(learner_id, chapter_id) DO UPDATE SET "
                "section_slug = excluded.section_slug, scroll = excluded.scroll, updated_at = excluded.updated_at",
                (learner_id, chapter_id, section_slug, scroll, _now()),
            )

    def position(self, chapter_id: str, learner_id: int = GUEST_ID) -> ReadingPosition | None:
        row = self._conn.execute(
            "SELECT * FROM reading_positions WHERE learner_id = ? AND chapter_id = ?",
            (learner_id, chapter_id),
        ).fetchone()
        return (
            ReadingPosition(row["chapter_id"], row["section_slug"], row["scroll"], row["updated_at"]) if row else None
        )

    def last_position(self, learner_id: int = GUEST_ID) -> ReadingPosition | None:
        """Where the learner read last, for 'continue reading'."""
        row = self._conn.execute(
            "SELECT * FROM reading_positions WHERE learner_id = ? ORDER BY updated_at DESC, rowid DESC LIMIT 1",
            (learner_id,),
        ).fetchone()
        return (
            ReadingPosition(row["chapter_id"], row["section_slug"], row["scroll"], row["updated_at"]) if row else None
        )

    # -- bookmarks -----------------------------------------------------------------------------
    def add_bookmark(
        self,
        chapter_id: str,
        section_slug: str | None,
        quote: str = "",
        note: str = "",
        learner_id: int = GUEST_ID,
        kind: str = "bookmark",
    ) -> int:
        """A bookmark (a place in a chapter) or, with kind="highlight", a highlighted passage."""
        if kind not in ("bookmark", "highlight"):
            raise ValueError(f"unknown bookmark kind {kind!r}")
        with self._conn:
            self._conn.execute("BEGIN")
            cur = self._conn.execute(
                "INSERT INTO bookmarks(learner_id, chapter_id, section_slug, quote, note, created_at, kind) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (learner_id, chapter_id, section_slug, quote, note, _now(), kind),
            )
        return int(cur.lastrowid or 0)

    def bookmarks(self, learner_id: int = GUEST_ID, chapter_id: str | None = None) -> list[dict[str, Any]]:
        """The learner's bookmarks and highlights, oldest first (optionally of one chapter)."""
        if chapter_id is None:
            rows = self._conn.execute("SELECT * FROM bookmarks WHERE learner_id = ? ORDER BY id", (learner_id,))
        else:
            rows = self._conn.execute(
                "SELECT * FROM bookmarks WHERE learner_id = ? AND chapter_id = ? ORDER BY id", (learner_id, chapter_id)
            )
        return [dict(r) for r in rows]

    def update_bookmark_note(self, bookmark_id: int, note: str) -> None:
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.execute("UPDATE bookmarks SET note = ? WHERE id = ?", (note, bookmark_id))

    def delete_bookmark(self, bookmark_id: int) -> None:
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))

    # -- quiz ----------------------------------------------------------------------------------
    def record_attempt(
        self,
        session_id: str,
        question_id: str,
        answer: Any,
        correct: bool,
        learner_id: int = GUEST_ID,
        given: str = "",
    ) -> None:
        """One answer, committed at once (so nothing is lost if the app stops); ``given`` is the
        answer in words, for teachers' reports."""
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.execute(
                "INSERT INTO quiz_attempts(learner_id, session_id, question_id, answer_json, correct, answered_at, given) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (learner_id, session_id, question_id, json.dumps(answer, ensure_ascii=False, default=list),
                 int(correct), _now(), given),
            )  # fmt: skip

    def attempts(self, learner_id: int = GUEST_ID) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self._conn.execute("SELECT * FROM quiz_attempts WHERE learner_id = ? ORDER BY id", (learner_id,))
        ]

    def all_attempts(self) -> list[dict[str, Any]]:
        """Every learner's answers, with the learner's name (for a teacher's CSV)."""
        return [dict(r) for r in self._conn.execute(
            "SELECT a.*, l.name AS learner FROM quiz_attempts a JOIN learners l ON l.id = a.learner_id "
            "ORDER BY l.name, a.id")]  # fmt: skip

    # -- spaced review -------------------------------------------------------------------------
    def review_card(self, question_id: str, learner_id: int = GUEST_ID) -> str | None:
        row = self._conn.execute("SELECT card_json FROM review_cards WHERE learner_id = ? AND question_id = ?",
                                 (learner_id, question_id)).fetchone()  # fmt: skip
        return row[0] if row else None

    def save_review_card(self, question_id: str, card_json: str, due: str, learner_id: int = GUEST_ID) -> None:
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.execute(
                "INSERT INTO review_cards(learner_id, question_id, card_json, due) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(learner_id, question_id) DO UPDATE SET card_json = excluded.card_json, due = excluded.due",
                (learner_id, question_id, card_json, due),
            )

    def due_questions(self, now: str, learner_id: int = GUEST_ID) -> list[str]:
        """Ids of the questions whose review is due at ``now`` (ISO time), most overdue first."""
        return [r[0] for r in self._conn.execute(
            "SELECT question_id FROM review_cards WHERE learner_id = ? AND due <= ? ORDER BY due", (learner_id, now))]  # fmt: skip
