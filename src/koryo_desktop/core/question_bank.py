"""The questions the quiz draws from: the written ones, in chapter order, and the ones made from the
records (built on first need). It answers what the screens ask: a question or its text by id, the
chapter of any answered question (so made questions count in mastery), the topics a chapter has
questions for, and a round for a choice of chapter, topic, difficulty and count."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence

from koryo_desktop.core.entities import Question
from koryo_desktop.core.quiz import build_round
from koryo_desktop.core.quiz_generated import PREFIX, GeneratedQuestions


def is_generated(question_id: str) -> bool:
    return question_id.startswith(PREFIX)


class QuestionBank:
    def __init__(self, written: Sequence[Question], chapters: Sequence[tuple[str, str]],
                 make_generated: Callable[[], GeneratedQuestions]) -> None:  # fmt: skip
        self.written = {q.id: q for q in written}
        self.chapters = dict(chapters)  # id → title, in reading order
        self._make_generated = make_generated
        self._generated: GeneratedQuestions | None = None

    @property
    def generated(self) -> GeneratedQuestions:
        if self._generated is None:
            self._generated = self._make_generated()
        return self._generated

    def get(self, question_id: str) -> Question | None:
        if question_id in self.written:
            return self.written[question_id]
        return self.generated.get(question_id) if is_generated(question_id) else None

    def prompt(self, question_id: str) -> str:
        """The question's text; the id itself only for a question no longer in the content."""
        question = self.get(question_id)
        return question.prompt if question else question_id

    def chapter_of(self, question_ids: Iterable[str]) -> dict[str, str]:
        found = {q: self.get(q) for q in set(question_ids)}
        return {q: question.chapter_id for q, question in found.items() if question is not None}

    def written_by_chapter(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {c: set() for c in self.chapters}
        for question in self.written.values():
            out.setdefault(question.chapter_id, set()).add(question.id)
        return out

    def topics(self, chapter_id: str) -> set[str]:
        """The sections of a chapter that written questions teach."""
        return {q.section_id for q in self.written.values() if q.chapter_id == chapter_id and q.section_id}

    def round(self, count: int, seed: int, chapter: str | None = None, topic: str | None = None,
              difficulty: str | None = None, with_generated: bool = True) -> list[Question]:  # fmt: skip
        """A round: written questions first, made ones capped and spread out (core.quiz.build_round)."""
        written = [q for q in self.written.values()
                   if chapter in (None, q.chapter_id) and topic in (None, q.section_id)
                   and difficulty in (None, q.difficulty)]  # fmt: skip
        made: list[Question] = []
        if with_generated:
            made = self.generated.sample(random.Random(seed), count, chapter, topic, difficulty)
        return build_round(written, made, count, seed)
