"""Writing xAPI statements into the learner file at the moment things happen.

An answer's statement goes into the transaction that saves the answer (``answered`` returns the
work for ``LearnerStore.record_attempt(also=...)``); a section read, into the transaction that
saves the reading place (``reading``, the learner store's ``reading_hook``); a finished round, in a
transaction of its own. Nothing is written while the school has not turned statements on. Sending
is another module's work (``store.xapi_sender``); ``on_queued`` tells it there is something new.

The settings live with the machine's settings in the learner file ("xapi"); each learner's
pseudonym ("xapi.pseudonym", made on first need) and the id the school gave them ("xapi.school_id")
with that learner's settings.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from koryo_desktop.core.xapi_settings import XapiSettings, actor
from koryo_desktop.store import xapi_queue
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.learner_store import GUEST_ID, LearnerStore
from koryo_desktop.store.xapi_texts import ContentTexts

if TYPE_CHECKING:
    from koryo_desktop.core.entities import Question
    from koryo_desktop.core.quiz import Presented

SETTINGS_KEY = "xapi"
PSEUDONYM_KEY = "xapi.pseudonym"
SCHOOL_ID_KEY = "xapi.school_id"


def load_settings(learners: LearnerStore) -> XapiSettings:
    return XapiSettings.from_dict(learners.setting(SETTINGS_KEY, None))


def save_settings(learners: LearnerStore, settings: XapiSettings) -> None:
    learners.set_setting(SETTINGS_KEY, settings.to_dict())


def _setting(conn: sqlite3.Connection, learner_id: int, key: str) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE learner_id = ? AND key = ?", (learner_id, key)).fetchone()
    return json.loads(row[0]) if row else None


class XapiJournal:
    def __init__(self, learners: LearnerStore, content: ContentStore,
                 on_queued: Callable[[], None] | None = None) -> None:  # fmt: skip
        self.learners = learners
        self.content = content  # the app's: the language the learner reads in
        self.texts = ContentTexts(content.path, content.languages)
        self.on_queued = on_queued
        self.reader_id = GUEST_ID  # the learner the quiz has chosen: who reads
        self.settings = load_settings(learners)
        self._actors: dict[int, dict[str, Any]] = {}
        self._reached: dict[int, set[str]] = {}
        self._round_names: dict[str, dict[str, str]] = {}

    @property
    def active(self) -> bool:
        return self.settings.active and not self.learners.read_only

    def reload(self) -> None:
        """The settings or a learner's id changed: read them again."""
        self.settings = load_settings(self.learners)
        self._actors.clear()

    def close(self) -> None:
        self.texts.close()

    def set_reader(self, learner_id: int) -> None:
        self.reader_id = learner_id

    def _notify(self) -> None:
        if self.on_queued is not None:
            self.on_queued()

    # -- who -----------------------------------------------------------------------------------
    def _actor(self, conn: sqlite3.Connection, learner_id: int) -> dict[str, Any]:
        if learner_id not in self._actors:
            pseudonym = _setting(conn, learner_id, PSEUDONYM_KEY)
            made = not pseudonym
            if made:
                pseudonym = secrets.token_hex(12)
                conn.execute("INSERT OR REPLACE INTO settings(learner_id, key, value) VALUES (?, ?, ?)",
                             (learner_id, PSEUDONYM_KEY, json.dumps(pseudonym)))  # fmt: skip
            school_id = str(_setting(conn, learner_id, SCHOOL_ID_KEY) or "")
            row = conn.execute("SELECT name, is_guest FROM learners WHERE id = ?", (learner_id,)).fetchone()
            name = "" if row is None or row[1] else str(row[0])
            who = actor(self.settings, str(pseudonym), school_id, name)
            if made:  # kept only once it is in the file (this transaction might yet be undone)
                return who
            self._actors[learner_id] = who
        return self._actors[learner_id]

    def _queue(self, conn: sqlite3.Connection, learner_id: int, statement: dict[str, Any]) -> None:
        xapi_queue.insert(conn, learner_id, statement)

    def _common(self) -> dict[str, Any]:
        group = self.settings.class_activity()
        return {"revision": self.content.content_version, "language": self.content.language,
                "grouping": [group] if group else []}  # fmt: skip

    # -- answers and rounds --------------------------------------------------------------------
    def versions(self, question: Question) -> dict[str, Question]:
        found = self.texts.question(question.id)
        return found or {question.text_lang or "en": question}

    def answered(self, learner_id: int, session_id: str, mode: str, presented: Presented, answer: Any,
                 correct: bool, given: str, seconds: float) -> Callable[[sqlite3.Connection], None] | None:  # fmt: skip
        """The work that writes the statement of this answer, for the answer's own transaction;
        None while statements are off."""
        if not self.active:
            return None
        from koryo_desktop.core import xapi  # the statements' makers load once a school turns them on

        versions = self.versions(presented.question)
        common = self._common()

        def write(conn: sqlite3.Connection) -> None:
            who = self._actor(conn, learner_id)
            statement = xapi.answered(who, presented, answer, correct, given, seconds, versions, mode=mode,
                                      registration_=xapi.registration(session_id, str(learner_id)), **common)  # fmt: skip
            self._queue(conn, learner_id, statement)

        return write

    def answer_saved(self) -> None:
        """The answer's transaction committed: the sender may go."""
        self._notify()

    def round_finished(self, learner_id: int, session_id: str, mode: str, right: int, total: int,
                       seconds: float) -> bool:  # fmt: skip
        """Record a finished round and its score (in a transaction of its own). False while off."""
        if not self.active or total <= 0:
            return False
        from koryo_desktop.core import xapi

        if mode not in self._round_names:  # the round's name in every language, from the interface's catalogs
            from koryo_desktop.catalog import Catalog

            self._round_names[mode] = {lang: Catalog(lang).lookup("QuizHtml", mode.capitalize())
                                       for lang in self.texts.languages}  # fmt: skip
        names = self._round_names[mode]
        common = self._common()

        def write(conn: sqlite3.Connection) -> None:
            who = self._actor(conn, learner_id)
            statement = xapi.round_completed(who, mode, names, right, total, seconds,
                                             registration_=xapi.registration(session_id, str(learner_id)), **common)  # fmt: skip
            self._queue(conn, learner_id, statement)

        self.learners.write(write)
        self._notify()
        return True

    # -- reading -------------------------------------------------------------------------------
    def _reached_by(self, conn: sqlite3.Connection, learner_id: int) -> set[str]:
        if learner_id not in self._reached:
            rows = conn.execute("SELECT activity FROM xapi_reached WHERE learner_id = ?", (learner_id,)).fetchall()
            self._reached[learner_id] = {row[0] for row in rows}
        return self._reached[learner_id]

    def reading(self, conn: sqlite3.Connection, _learner_id: int, chapter_id: str, slug: str | None) -> None:
        """The reader saved its place (inside that transaction): the first time the learner
        reaches a section, it was experienced; once every section was, the chapter is complete."""
        if not self.active or not slug:
            return
        from koryo_desktop.core import xapi

        learner_id = self.reader_id
        section = xapi.section_iri(chapter_id, slug)
        reached = self._reached_by(conn, learner_id)
        if section in reached:
            return
        chapter = self.texts.chapter(chapter_id)
        if chapter is None or slug not in chapter.sections:
            return
        read = [s for s in chapter.sections if xapi.section_iri(chapter_id, s) in reached or s == slug]
        progress = round(100 * len(read) / len(chapter.sections))
        who = self._actor(conn, learner_id)
        common = self._common()
        new = [section]
        self._queue(conn, learner_id, xapi.section_experienced(
            who, chapter_id, slug, chapter.section_titles.get(slug, {}), chapter.titles, progress, **common))  # fmt: skip
        whole = xapi.chapter_iri(chapter_id)
        if len(read) == len(chapter.sections) and whole not in reached:
            self._queue(conn, learner_id, xapi.chapter_completed(who, chapter_id, chapter.titles, **common))
            new.append(whole)
        conn.executemany("INSERT OR IGNORE INTO xapi_reached(learner_id, activity) VALUES (?, ?)",
                         [(learner_id, a) for a in new])  # fmt: skip
        reached.update(new)  # the place is saved in this transaction too; a rare rollback costs one statement
        self._notify()
