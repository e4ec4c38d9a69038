"""A simulated classroom computer for the xAPI tests: its own learner file, statements turned on,
and rounds answered through the quiz's own saving path (AnswerRecorder with the journal), as the
quiz screen does after each Enter."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from koryo_desktop.core.quiz import Presented, QuizSession
from koryo_desktop.core.xapi_settings import XapiSettings
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.learner_store import LearnerStore
from koryo_desktop.store.quiz_answers import AnswerRecorder
from koryo_desktop.store.xapi_journal import XapiJournal, save_settings
from tests.ralph import PASSWORD, USER

HOME = "https://school.example"


def right_response(presented: Presented) -> Any:
    question = presented.question
    answer = question.answer if isinstance(question.answer, dict) else {}
    if question.type == "single":
        return next(iter(presented.right_values()))
    if question.type == "multiple":
        return set(presented.right_values())
    if question.type == "true_false":
        return bool(answer.get("answer"))
    if question.type == "order":
        return list(answer["items"])
    if question.type == "match":
        return {p["left"]: p["right"] for p in answer["pairs"]}
    if question.type == "number":
        return str(answer["answer"])
    return answer["accepted"][0]


def wrong_response(presented: Presented) -> Any:
    question = presented.question
    answer = question.answer if isinstance(question.answer, dict) else {}
    if question.type in ("single", "multiple"):
        wrong = next(i for i in range(len(presented.options)) if i not in presented.right_values())
        return wrong if question.type == "single" else {wrong}
    if question.type == "true_false":
        return not answer.get("answer")
    if question.type == "order":
        return list(reversed(answer["items"]))
    if question.type == "match":
        rights = [p["right"] for p in answer["pairs"]]
        return {p["left"]: rights[(i + 1) % len(rights)] for i, p in enumerate(answer["pairs"])}
    if question.type == "number":
        return "1"
    return "nobody"


class Machine:
    def __init__(self, folder: Path, content: ContentStore, url: str, class_name: str, actor: str = "pseudonym"):
        self.learners = LearnerStore(Path(folder) / "learner.db")
        self.settings = XapiSettings(True, url, USER, PASSWORD, HOME, actor, class_name)
        save_settings(self.learners, self.settings)
        self.journal = XapiJournal(self.learners, content)
        self.learners.reading_hook = self.journal.reading

    def close(self) -> None:
        self.journal.close()
        self.learners.close()

    def play(self, learner_id: int, questions, right: bool | set[str] = True, mode: str = "practice") -> QuizSession:
        """A round of ``questions``: every answer right (True), wrong (False) or right for the ids in ``right``."""
        session = QuizSession(mode, list(questions), seed=7)
        recorder = AnswerRecorder(self.learners, secrets.token_hex(6), learner_id, journal=self.journal,
                                  session=session)  # fmt: skip
        while not session.finished:
            presented = session.current()
            question = presented.question
            good = right if isinstance(right, bool) else question.id in right
            response = right_response(presented) if good else wrong_response(presented)
            verdict = session.judge(response)
            assert verdict.correct == good, question.id
            recorder.save(session.index, question.id, response, verdict.correct, verdict.given, schedule=True)
            session.commit(response, verdict)
        recorder.finished()
        return session
