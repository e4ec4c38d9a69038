"""The learner database: a separate, writable SQLite file in the user's data folder.

It keeps reading positions, bookmarks, quiz attempts and settings per learner. It runs in WAL
mode and every write is one transaction. Opening it is ``learner_file``'s work: a lock is waited
out, a read-only file or a full disk opens read-only (``read_only`` says why), and only a file
that fails the integrity check is set aside, after what still reads was copied into a new one
(``salvage`` says what). Files set aside earlier are offered back (``set_aside``, ``bring_back``).
A write that fails raises ``LearnerWriteError`` (a ``LearnerDataError`` and a
``sqlite3.OperationalError``) and changes nothing.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from koryo_desktop.core import pins
from koryo_desktop.core.errors import LearnerDataError
from koryo_desktop.core.pins import PinCheck, PinTries, pin_matches
from koryo_desktop.store import learner_file, learner_salvage
from koryo_desktop.store.learner_schema import GUEST_ID, LEARNER_SCHEMA_VERSION

__all__ = ["GUEST_ID", "LEARNER_SCHEMA_VERSION", "LearnerStore", "LearnerWriteError", "ReadingPosition",
           "SetAside", "pin_matches"]  # fmt: skip


class LearnerWriteError(LearnerDataError, sqlite3.OperationalError):
    """A write to the learner data failed and was undone; ``kind`` says why (see LearnerDataError)."""


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


@dataclass(frozen=True)
class SetAside:
    """A learner file kept aside (by this version or an older one) and not yet brought back:
    ``holds`` counts what still reads in it (learners, answers, bookmarks, places)."""

    path: Path
    holds: dict[str, int]


class LearnerStore:
    """Open (or create) the learner database at ``path``; a lock held by another program is
    waited out for ``wait`` seconds before LearnerDataError("busy") is raised."""

    def __init__(self, path: Path, wait: float = 10.0) -> None:
        self.path = Path(path)
        opened = learner_file.open_learner_file(self.path, wait)
        self._conn = opened.conn
        self.read_only = opened.read_only  # "", "read_only" or "full": why nothing can be saved
        self.salvage = opened.salvage  # set when a damaged file was set aside at this start
        # called inside the transaction that saves a reading place, with (conn, learner, chapter,
        # section): the xAPI journal records sections read with the place that says so
        self.reading_hook: Callable[[sqlite3.Connection, int, str, str | None], None] | None = None

    def close(self) -> None:
        self._conn.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction; on any failure it is rolled back and LearnerWriteError raised."""
        if self.read_only:
            raise LearnerWriteError(self.read_only, self.path)
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            yield self._conn
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.IntegrityError):
                raise
            raise LearnerWriteError(learner_file.classify(exc, self.path), self.path, str(exc)) from exc
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    def write(self, work: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run ``work(conn)`` in one transaction of its own (see _write); returns what it returns."""
        with self._write() as conn:
            return work(conn)

    # -- files set aside -----------------------------------------------------------------------
    def set_aside(self) -> list[SetAside]:
        """Learner files kept aside beside this one that were neither brought back nor declined."""
        try:
            done = learner_file.handled(self._conn)
        except sqlite3.Error:
            return []
        found = []
        for path in learner_file.set_aside_files(self.path):
            if path.name in done:
                continue
            try:
                with learner_salvage.read_copy(path) as source:
                    holds = learner_salvage.counts(source)
            except (OSError, sqlite3.Error):
                holds = {}
            found.append(SetAside(path, holds))
        return found

    def bring_back(self, path: Path) -> dict[str, int]:
        """Add to this file everything that reads in the set-aside file ``path`` and is not here
        yet (one transaction); the file stays where it is and is not offered again."""
        with self._write() as conn, learner_salvage.read_copy(Path(path)) as source:
            added = learner_salvage.merge(conn, source)
            learner_file.mark_handled(conn, Path(path), in_transaction=True)
        return added

    def decline(self, path: Path) -> None:
        """Stop offering the set-aside file ``path`` (it stays on disk)."""
        with self._write() as conn:
            learner_file.mark_handled(conn, Path(path), in_transaction=True)

    # -- learners ------------------------------------------------------------------------------
    def learners(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._conn.execute("SELECT id, name, colour, is_guest FROM learners ORDER BY id")]

    def add_learner(self, name: str, colour: str = "#3465a4", pin: str | None = None) -> int:
        """A new profile; an optional PIN (4 to 12 digits) keeps classmates out of each other's progress."""
        if not name.strip():
            raise ValueError("a learner needs a name")
        if pin and not pins.valid_pin(pin):
            raise ValueError("a PIN is 4 to 12 digits")
        if any(learner["name"].casefold() == name.strip().casefold() for learner in self.learners()):
            raise ValueError(f"there is already a learner called {name.strip()}")
        pin_hash = pins.hash_pin(pin) if pin else None
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO learners(name, colour, pin_hash, created_at) VALUES (?, ?, ?, ?)",
                (name.strip(), colour, pin_hash, _now()),
            )
        return int(cur.lastrowid or 0)

    def has_pin(self, learner_id: int) -> bool:
        row = self._conn.execute("SELECT pin_hash FROM learners WHERE id = ?", (learner_id,)).fetchone()
        return bool(row and row[0])

    def try_pin(self, learner_id: int, pin: str, now: float | None = None) -> PinCheck:
        """Try a learner's PIN: accepted, wrong, or wait N seconds (after a few wrong tries in a
        row, even across restarts). A learner without a PIN is always accepted."""
        row = self._conn.execute("SELECT pin_hash FROM learners WHERE id = ?", (learner_id,)).fetchone()
        if row is None:
            return PinCheck(pins.WRONG)
        if not row[0]:
            return PinCheck(pins.ACCEPTED)
        return self._try(f"learner:{learner_id}", row[0], pin, now, self._rehash_learner(learner_id))

    def pin_wait(self, learner_id: int, now: float | None = None) -> int:
        """Seconds before the learner's PIN may be tried again (0: now), after wrong tries."""
        row = self._conn.execute(
            "SELECT failures, last_failure FROM pin_tries WHERE subject = ?", (f"learner:{learner_id}",)
        ).fetchone()
        return PinTries(row[0], row[1]).seconds_to_wait(time.time() if now is None else now) if row else 0

    def check_pin(self, learner_id: int, pin: str) -> bool:
        """try_pin as a yes or no (a try while waiting is a no)."""
        return self.try_pin(learner_id, pin).accepted

    def _rehash_learner(self, learner_id: int) -> Any:
        def rehash(conn: sqlite3.Connection, new_hash: str) -> None:
            conn.execute("UPDATE learners SET pin_hash = ? WHERE id = ?", (new_hash, learner_id))

        return rehash

    def _try(self, subject: str, stored: str, pin: str, now: float | None, rehash: Any) -> PinCheck:
        now = time.time() if now is None else now
        row = self._conn.execute(
            "SELECT failures, last_failure FROM pin_tries WHERE subject = ?", (subject,)
        ).fetchone()
        tries = PinTries(row[0], row[1]) if row else PinTries()
        check, after = pins.try_pin(stored, pin, tries, now)
        if after == tries and not (check.accepted and pins.needs_upgrade(stored)):
            return check
        try:
            with self._write() as conn:
                if after.failures:
                    conn.execute(
                        "INSERT OR REPLACE INTO pin_tries(subject, failures, last_failure) VALUES (?, ?, ?)",
                        (subject, after.failures, after.last_failure),
                    )
                else:
                    conn.execute("DELETE FROM pin_tries WHERE subject = ?", (subject,))
                if check.accepted and pins.needs_upgrade(stored):
                    rehash(conn, pins.hash_pin(pin))
        except LearnerWriteError:
            if not check.accepted:  # a wrong try that cannot be counted is not let through either
                return PinCheck(pins.WAIT, max(check.wait_seconds, pins.FIRST_WAIT))
        return check

    def delete_learner(self, learner_id: int) -> None:
        if learner_id == GUEST_ID:
            raise ValueError("the guest profile cannot be deleted")
        with self._write() as conn:
            conn.execute("DELETE FROM learners WHERE id = ?", (learner_id,))
            conn.execute("DELETE FROM pin_tries WHERE subject = ?", (f"learner:{learner_id}",))

    # -- settings ------------------------------------------------------------------------------
    def setting(self, key: str, default: Any = None, learner_id: int = GUEST_ID) -> Any:
        row = self._conn.execute(
            "SELECT value FROM settings WHERE learner_id = ? AND key = ?", (learner_id, key)
        ).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any, learner_id: int = GUEST_ID) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO settings(learner_id, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT(learner_id, key) DO UPDATE SET value = excluded.value",
                (learner_id, key, json.dumps(value)),
            )

    # -- kiosk -------------------------------------------------------------------------------
    def set_kiosk_pin(self, pin: str | None) -> None:
        """The PIN that lets staff leave kiosk mode (stored hashed); None removes it."""
        if pin is not None and not pins.valid_pin(pin):
            raise ValueError("a kiosk PIN is 4 to 12 digits")
        self.set_setting("kiosk.pin", pins.hash_pin(pin) if pin else None)
        with self._write() as conn:
            conn.execute("DELETE FROM pin_tries WHERE subject = 'kiosk'")

    def has_kiosk_pin(self) -> bool:
        return bool(self.setting("kiosk.pin"))

    def kiosk_pin_hash(self) -> str:
        """The stored hash, for a kiosk that checks PINs after this file is closed."""
        return str(self.setting("kiosk.pin") or "")

    def try_kiosk_pin(self, pin: str, now: float | None = None) -> PinCheck:
        """Try the staff PIN: accepted, wrong, or wait N seconds (remembered across restarts)."""
        stored = self.kiosk_pin_hash()
        if not stored:
            return PinCheck(pins.WRONG)

        def rehash(conn: sqlite3.Connection, new_hash: str) -> None:
            conn.execute("UPDATE settings SET value = ? WHERE learner_id = ? AND key = 'kiosk.pin'",
                         (json.dumps(new_hash), GUEST_ID))  # fmt: skip

        return self._try("kiosk", stored, pin, now, rehash)

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
            if self.reading_hook is not None:
                self.reading_hook(self._conn, learner_id, chapter_id, section_slug)

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
        with self._write() as conn:
            cur = conn.execute(
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
        with self._write() as conn:
            conn.execute("UPDATE bookmarks SET note = ? WHERE id = ?", (note, bookmark_id))

    def delete_bookmark(self, bookmark_id: int) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))

    # -- quiz ----------------------------------------------------------------------------------
    def record_attempt(
        self,
        session_id: str,
        question_id: str,
        answer: Any,
        correct: bool,
        learner_id: int = GUEST_ID,
        given: str = "",
        also: Callable[[sqlite3.Connection], None] | None = None,
    ) -> None:
        """One answer, committed at once (so nothing is lost if the app stops); ``given`` is the
        answer in words, for teachers' reports; ``also(conn)`` runs in the same transaction (the
        xAPI statement saying so)."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO quiz_attempts(learner_id, session_id, question_id, answer_json, correct, answered_at, given) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (learner_id, session_id, question_id, json.dumps(answer, ensure_ascii=False, default=list),
                 int(correct), _now(), given),
            )  # fmt: skip
            if also is not None:
                also(conn)

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
        with self._write() as conn:
            conn.execute(
                "INSERT INTO review_cards(learner_id, question_id, card_json, due) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(learner_id, question_id) DO UPDATE SET card_json = excluded.card_json, due = excluded.due",
                (learner_id, question_id, card_json, due),
            )

    def due_questions(self, now: str, learner_id: int = GUEST_ID) -> list[str]:
        """Ids of the questions whose review is due at ``now`` (ISO time), most overdue first."""
        return [r[0] for r in self._conn.execute(
            "SELECT question_id FROM review_cards WHERE learner_id = ? AND due <= ? ORDER BY due", (learner_id, now))]  # fmt: skip
