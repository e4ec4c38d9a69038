"""Saving one quiz answer: the attempt, then (for a written question) its spaced-review card.

The quiz saves first and moves on only after the save: a failed save (the file locked by another
program, a full disk, a read-only folder) raises ``AnswerNotSaved`` and the learner stays on the
question. A retry never records the same answer twice: the steps already done are remembered."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from koryo_desktop.core.errors import LearnerDataError
from koryo_desktop.core.review import review
from koryo_desktop.store.learner_store import LearnerStore

if TYPE_CHECKING:
    from koryo_desktop.core.quiz import QuizSession
    from koryo_desktop.store.xapi_journal import XapiJournal


class AnswerNotSaved(LearnerDataError):
    """The answer could not be written; ``kind`` says why (see LearnerDataError; also as ``reason``)."""

    def __init__(self, kind: str, path: object, detail: str = "") -> None:
        super().__init__(kind, path, detail)
        self.reason = kind


@dataclass
class AnswerRecorder:
    """Records the answers of one session for one learner."""

    learners: LearnerStore
    session_id: str
    learner_id: int
    _saved: dict[tuple[int, str], tuple[Any, bool]] = field(default_factory=dict)  # attempts written
    _scheduled: set[tuple[int, str]] = field(default_factory=set)  # review cards written
    # with a journal, each answer's xAPI statement is written in the answer's transaction
    journal: XapiJournal | None = None
    session: QuizSession | None = None  # the round: which question is shown, its mode and score
    _shown_at: float = field(default_factory=time.monotonic)
    _started_at: float = field(default_factory=time.monotonic)
    _finished: bool = False

    def question_shown(self) -> None:
        """A question came on screen: its answer's duration counts from now."""
        self._shown_at = time.monotonic()

    def _statement(self, question_id: str, response: Any, correct: bool, given: str) -> Any:
        presented = self.session.current() if self.session is not None else None
        if self.journal is None or self.session is None or presented is None or presented.question.id != question_id:
            return None
        return self.journal.answered(self.learner_id, self.session_id, self.session.mode, presented, response,
                                     correct, given, time.monotonic() - self._shown_at)  # fmt: skip

    def finished(self) -> bool:
        """The round is over: its score as an xAPI statement, once (False when none was written).
        The answers and their statements are already saved; a failure here costs only this one."""
        if self.journal is None or self.session is None or self._finished:
            return False
        self._finished = True
        session = self.session
        try:
            return self.journal.round_finished(self.learner_id, self.session_id, session.mode, session.score,
                                               len(session.questions), time.monotonic() - self._started_at)  # fmt: skip
        except (sqlite3.Error, OSError):
            return False

    def save(self, index: int, question_id: str, response: Any, correct: bool, given: str, schedule: bool) -> Any:
        """Save the answer to the session's question number ``index``; ``schedule``: also the
        question's next review. Returns the response saved: the first one given, when an earlier
        call saved the attempt but not the review. Raises AnswerNotSaved; calling again is safe."""
        key = (index, question_id)
        stored = sorted(response) if isinstance(response, set) else response
        try:
            if key not in self._saved:
                also = self._statement(question_id, response, correct, given)
                self.learners.record_attempt(self.session_id, question_id, stored, correct, self.learner_id,
                                             given=given, also=also)  # fmt: skip
                self._saved[key] = (response, correct)
                if also is not None and self.journal is not None:
                    self.journal.answer_saved()
            response, correct = self._saved[key]
            if schedule and key not in self._scheduled:
                card, due = review(self.learners.review_card(question_id, self.learner_id), correct)
                self.learners.save_review_card(question_id, card, due, self.learner_id)
                self._scheduled.add(key)
        except LearnerDataError as exc:  # the store says why (busy, full, read_only…) and changed nothing
            raise AnswerNotSaved(exc.kind, exc.path, exc.detail) from exc
        return response
