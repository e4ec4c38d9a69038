"""The questions the quiz draws from: the written ones, in chapter order, the ones made from the
records and the map questions (both built on first need). It answers what the screens ask: a question or its text by id, the
chapter of any answered question (so made questions count in mastery), the topics a chapter has
questions for, and a round for a choice of chapter, topic, difficulty and count."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence

from koryo_desktop.core.entities import Question
from koryo_desktop.core.quiz import GENERATED_SHARE, build_round
from koryo_desktop.core.quiz_generated import PREFIX, GeneratedQuestions
from koryo_desktop.core.quiz_map import MAP_SHARE, MapQuestions, is_map_question, spread


def is_generated(question_id: str) -> bool:
    """A question made by the app (from the records, or on the map), not written: it has no review."""
    return question_id.startswith(PREFIX) or is_map_question(question_id)


class QuestionBank:
    def __init__(self, written: Sequence[Question], chapters: Sequence[tuple[str, str]],
                 make_generated: Callable[[], GeneratedQuestions],
                 make_map: Callable[[], MapQuestions] | None = None) -> None:  # fmt: skip
        self.written = {q.id: q for q in written}
        self.chapters = dict(chapters)  # id → title, in reading order
        self._make_generated = make_generated
        self._generated: GeneratedQuestions | None = None
        self._make_map = make_map
        self._map: MapQuestions | None = None

    @property
    def generated(self) -> GeneratedQuestions:
        if self._generated is None:
            self._generated = self._make_generated()
        return self._generated

    @property
    def map(self) -> MapQuestions | None:
        if self._map is None and self._make_map is not None:
            self._map = self._make_map()
        return self._map

    def get(self, question_id: str) -> Question | None:
        if question_id in self.written:
            return self.written[question_id]
        if is_map_question(question_id):
            return self.map.get(question_id) if self.map is not None else None
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
              difficulty: str | None = None, with_generated: bool = True,
              with_map: bool = False) -> list[Question]:  # fmt: skip
        """A round: written questions first, made ones capped and spread out (core.quiz.build_round);
        ``with_map``: up to a quarter of the round asks to find places of the chapter on the map."""
        written = [q for q in self.written.values()
                   if chapter in (None, q.chapter_id) and topic in (None, q.section_id)
                   and difficulty in (None, q.difficulty)]  # fmt: skip
        made: list[Question] = []
        if with_generated:
            made = self.generated.sample(random.Random(seed), count, chapter, topic, difficulty)
        on_map: list[Question] = []
        if with_map and self.map is not None:
            on_map = self.map.sample(seed, max(1, int(count * MAP_SHARE)), chapter, topic)
        if not written and not made:
            return on_map[:count]
        return spread(build_round(written, made, count - len(on_map), seed, GENERATED_SHARE), on_map)
