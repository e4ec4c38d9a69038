"""Saving one quiz answer: the attempt, then (for a written question) its spaced-review card.

The quiz saves first and moves on only after the save: a failed save (the file locked by another
program, a full disk, a read-only folder) raises ``AnswerNotSaved`` and the learner stays on the
question. A retry never records the same answer twice: the steps already done are remembered."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from koryo_desktop.core.errors import LearnerDataError
from koryo_desktop.core.review import review
from koryo_desktop.store.learner_store import LearnerStore


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

    def save(self, index: int, question_id: str, response: Any, correct: bool, given: str, schedule: bool) -> Any:
        """Save the answer to the session's question number ``index``; ``schedule``: also the
        question's next review. Returns the response saved: the first one given, when an earlier
        call saved the attempt but not the review. Raises AnswerNotSaved; calling again is safe."""
        key = (index, question_id)
        stored = sorted(response) if isinstance(response, set) else response
        try:
            if key not in self._saved:
                self.learners.record_attempt(self.session_id, question_id, stored, correct, self.learner_id,
                                             given=given)  # fmt: skip
                self._saved[key] = (response, correct)
            response, correct = self._saved[key]
            if schedule and key not in self._scheduled:
                card, due = review(self.learners.review_card(question_id, self.learner_id), correct)
                self.learners.save_review_card(question_id, card, due, self.learner_id)
                self._scheduled.add(key)
        except LearnerDataError as exc:  # the store says why (busy, full, read_only…) and changed nothing
            raise AnswerNotSaved(exc.kind, exc.path, exc.detail) from exc
        return response
