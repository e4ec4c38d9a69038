"""Map questions in a quiz round ("Where is Ushtobe? Tap it on the map."): the questions of
``core.map_quiz`` as quiz questions of the type "map", each linked to a section that teaches its
place. The answer is a tap, (latitude, longitude); ``check_tap`` judges it with its tolerance, and
a tap nearer to another place than to the right one is wrong (Tashkent and Chirchiq).

``core.map_quiz`` (the questions and the tap checks) loads when map questions are first made or a
tap is judged: a quiz screen, or a round without the map, never needs it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from koryo_desktop.core.entities import Place, Question

if TYPE_CHECKING:
    from koryo_desktop.core.map_quiz import MapQuestion, MapVerdict
    from koryo_desktop.core.map_records import Route

PREFIX = "map-"  # the ids core.map_quiz gives its questions
MAP_SHARE = 0.25  # at most a quarter of a round asks for a tap on the map
Teaches = Callable[[str, str], Sequence[tuple[str, str]]]  # (kind, record id) → (chapter, section)s


def is_map_question(question_id: str) -> bool:
    return question_id.startswith(PREFIX)


@dataclass(frozen=True, eq=False)
class MapKey:
    """A map question's answer: where the place is and how near a tap must be (``question``), every
    place on the map (``places``) and their names as the interface shows them (``names``)."""

    question: MapQuestion
    places: tuple[Place, ...]
    names: tuple[tuple[str, str], ...]

    def name(self, place_id: str) -> str:
        return dict(self.names).get(place_id, place_id)

    def verdict(self, response: Any) -> MapVerdict | None:
        """The verdict on a tap ``(latitude, longitude)``; None for anything else."""
        try:
            latitude, longitude = (float(v) for v in response)
        except (TypeError, ValueError):
            return None
        from koryo_desktop.core.map_quiz import check_tap

        return check_tap(self.question, latitude, longitude, places=self.places)

    def readable(self, response: Any) -> str:
        """A tap in words: the name of the place nearest to it."""
        try:
            latitude, longitude = (float(v) for v in response)
        except (TypeError, ValueError):
            return ""
        from koryo_desktop.core.map_quiz import nearest_place

        nearest, _distance = nearest_place(self.places, latitude, longitude)
        return self.name(nearest.id) if nearest is not None else ""


class MapWording(Protocol):
    """The questions' sentences; the interface gives them in its language."""

    def prompt(self, question: MapQuestion, place: Place, route: Route | None) -> str: ...

    def place_name(self, place: Place) -> str: ...


class MapQuestions:
    """Every map question the content allows, as quiz questions (built once per language)."""

    def __init__(self, places: Sequence[Place], routes: Sequence[Route], teaches: Teaches,
                 wording: MapWording) -> None:  # fmt: skip
        from koryo_desktop.core.map_quiz import map_questions

        self.places = tuple(places)
        self.routes = tuple(routes)
        by_place = {p.id: p for p in self.places}
        by_route = {r.id: r for r in self.routes}
        names = tuple((p.id, wording.place_name(p)) for p in self.places)
        self._taught: dict[str, tuple[tuple[str, str], ...]] = {}
        self._questions: dict[str, Question] = {}
        for asked in map_questions(self.places, self.routes, self._size(), seed=0):
            place = by_place[asked.place_id]
            taught = tuple(teaches("place", place.id))
            if not taught:
                continue  # every question leads to the section that teaches its place
            self._taught[asked.id] = taught
            chapter, section = taught[0]
            self._questions[asked.id] = Question(
                id=asked.id, chapter_id=chapter, section_id=section, type="map", difficulty="medium",
                prompt=wording.prompt(asked, place, by_route.get(asked.subject)), explanation=place.description,
                answer=MapKey(asked, self.places, names), text_lang=place.text_lang,
            )  # fmt: skip

    def _size(self) -> int:
        return len(self.places) + 2 * len(self.routes)

    def __len__(self) -> int:
        return len(self._questions)

    def get(self, question_id: str) -> Question | None:
        return self._questions.get(question_id)

    def sample(self, seed: int, count: int, chapter: str | None = None, topic: str | None = None) -> list[Question]:
        """Up to ``count`` questions in an order fixed by ``seed`` (core.map_quiz.map_questions),
        of places that ``chapter`` (and its section ``topic``) teaches, linked to that section."""
        from koryo_desktop.core.map_quiz import map_questions

        out: list[Question] = []
        for asked in map_questions(self.places, self.routes, self._size(), seed):
            question = self._questions.get(asked.id)
            if question is None:
                continue
            teaching = next(((c, s) for c, s in self._taught[asked.id]
                             if chapter in (None, c) and topic in (None, s)), None)  # fmt: skip
            if teaching is None:
                continue
            out.append(replace(question, chapter_id=teaching[0], section_id=teaching[1]))
            if len(out) == count:
                break
        return out


def spread(questions: Sequence[Question], map_asked: Sequence[Question]) -> list[Question]:
    """``map_asked`` set among ``questions`` at even gaps (never two back to back while there are
    enough others to go between)."""
    pending = list(map_asked)
    marks: list[int] = []
    for number in range(1, len(pending) + 1):
        marks.append(max(marks[-1] + 1 if marks else 1, round(len(questions) * number / (len(pending) + 1))))
    out: list[Question] = []
    for index, question in enumerate(questions, 1):
        out.append(question)
        if marks and marks[0] == index:
            out.append(pending.pop(0))
            marks.pop(0)
    return out + pending
