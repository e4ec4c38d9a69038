"""Quiz logic in plain Python: presenting a question (choices shuffled with a seed), checking an
answer of every type, questions generated from the content, and a session that never repeats a
question. The Qt screen only shows what this decides."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from koryo_desktop.core.entities import Choice, Event, Person, Place, Question
from koryo_desktop.core.text import compact, fold

MODES = ("practice", "test", "review")


@dataclass(frozen=True)
class Presented:
    """A question as one learner sees it: choices, items or right-hand sides in a shuffled order."""

    question: Question
    options: tuple[str, ...] = ()  # single / multiple: choice texts; order: items; match: right-hand sides
    lefts: tuple[str, ...] = ()  # match: the left-hand sides, in the authored order


@dataclass(frozen=True)
class Verdict:
    correct: bool
    expected: str  # the right answer, readable
    given: str  # what the learner answered, readable


def present(question: Question, rng: random.Random) -> Presented:
    answer = question.answer if isinstance(question.answer, dict) else {}
    if question.type in ("single", "multiple"):
        options = [c.text for c in question.choices]
        rng.shuffle(options)
        return Presented(question, tuple(options))
    if question.type == "order":
        items = list(answer.get("items", []))
        for _ in range(5):  # never show the right order as the starting order
            rng.shuffle(items)
            if items != list(answer.get("items", [])):
                break
        return Presented(question, tuple(items))
    if question.type == "match":
        pairs = answer.get("pairs", [])
        rights = [p["right"] for p in pairs]
        rng.shuffle(rights)
        return Presented(question, tuple(rights), tuple(p["left"] for p in pairs))
    return Presented(question)


def expected_text(question: Question) -> str:
    answer = question.answer if isinstance(question.answer, dict) else {}
    if question.type in ("single", "multiple"):
        return "; ".join(c.text for c in question.choices if c.correct)
    if question.type == "true_false":
        return "true" if answer.get("answer") else "false"
    if question.type == "order":
        return " → ".join(answer.get("items", []))
    if question.type == "match":
        return "; ".join(f"{p['left']} — {p['right']}" for p in answer.get("pairs", []))
    if question.type == "number":
        value, tolerance = answer.get("answer"), answer.get("tolerance", 0)
        unit = f" {answer['unit']}" if answer.get("unit") and answer["unit"] != "year" else ""
        return f"{value}{unit}" + (f" (± {tolerance})" if tolerance else "")
    return " / ".join(answer.get("accepted", []))


def _readable(presented: Presented, response: Any) -> str:
    kind = presented.question.type
    if response is None:
        return ""
    if kind == "single":
        return presented.options[response] if 0 <= response < len(presented.options) else ""
    if kind == "multiple":
        return "; ".join(presented.options[i] for i in sorted(response) if 0 <= i < len(presented.options))
    if kind == "true_false":
        return "true" if response else "false"
    if kind == "order":
        return " → ".join(response)
    if kind == "match":
        return "; ".join(f"{left} — {response.get(left, '?')}" for left in presented.lefts)
    return str(response)


def check(presented: Presented, response: Any) -> Verdict:
    """Is ``response`` right? single: an option index; multiple: a set of indexes; true_false: a
    bool; order: the items in the chosen order; match: {left: right}; number: a number; short: text
    (any accepted variant, in any script, ignoring case, accents and spacing)."""
    question = presented.question
    answer = question.answer if isinstance(question.answer, dict) else {}
    correct = False
    try:
        if response is None:  # no answer (time ran out): never right
            pass
        elif question.type == "single":
            right = {c.text for c in question.choices if c.correct}
            correct = presented.options[int(response)] in right
        elif question.type == "multiple":
            right = {c.text for c in question.choices if c.correct}
            correct = {presented.options[int(i)] for i in response} == right
        elif question.type == "true_false":
            correct = bool(response) == bool(answer.get("answer"))
        elif question.type == "order":
            correct = list(response) == list(answer.get("items", []))
        elif question.type == "match":
            correct = all(response.get(p["left"]) == p["right"] for p in answer.get("pairs", []))
        elif question.type == "number":
            value = float(str(response).replace(",", ".").strip())
            correct = abs(value - float(answer["answer"])) <= float(answer.get("tolerance", 0))
        elif question.type == "short":
            given = str(response)
            correct = bool(given.strip()) and any(
                fold(given) == fold(a) or compact(given) == compact(a) for a in answer.get("accepted", [])
            )
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        correct = False
    return Verdict(correct, expected_text(question), _readable(presented, response))


# -- questions generated from the content -----------------------------------------------------
def generated_questions(
    events: Sequence[Event],
    people: Sequence[Person],
    places: Sequence[Place],
    teaches: Callable[[str, str], tuple[str, str] | None],
    rng: random.Random,
    count: int = 20,
) -> list[Question]:
    """Questions made from the records: put events in order, who was this, in which year, where did
    this happen. ``teaches(kind, id)`` gives (chapter id, section slug) of a section about the record;
    records no chapter teaches are left out, so every question links to its lesson."""
    made: list[Question] = []
    taught_events = [(e, teaches("event", e.id)) for e in events]
    taught_events = [(e, t) for e, t in taught_events if t]
    dated = [(e, t) for e, t in taught_events if e.date.precision in ("day", "month", "year") and not e.date.is_range]
    # in which year
    for event, (chapter, section) in rng.sample(dated, min(len(dated), count // 4 + 1)):
        made.append(Question(
            f"gen-year-{event.id}", chapter, section, "number", "medium",
            f"In which year did this happen? {event.title}",
            f"It happened in {event.date.english()}: {event.title}.",
            answer={"answer": event.date.start.year, "tolerance": 0, "unit": "year"}, source_ids=event.source_ids,
        ))  # fmt: skip
    # put in order
    for _ in range(count // 4 + 1):
        picks = rng.sample(dated, min(len(dated), 8))
        chosen: list[tuple[Event, tuple[str, str]]] = []
        for event, taught in sorted(picks, key=lambda p: p[0].date.sort_key()):
            if all(abs(event.date.sort_key() - other.date.sort_key()) >= 1 for other, _ in chosen):
                chosen.append((event, taught))
        if len(chosen) >= 3:
            chosen = chosen[:4]
            chapter, section = chosen[0][1]
            made.append(Question(
                "gen-order-" + "-".join(e.id for e, _ in chosen)[:120], chapter, section, "order", "medium",
                "Put these events in the order they happened.",
                "The order is: " + "; ".join(f"{e.date.english()}: {e.title}" for e, _ in chosen) + ".",
                answer={"items": [e.title for e, _ in chosen]},
                source_ids=tuple(dict.fromkeys(s for e, _ in chosen for s in e.source_ids)),
            ))  # fmt: skip
    # who was this
    taught_people = [(p, teaches("person", p.id)) for p in people if p.summary]
    taught_people = [(p, t) for p, t in taught_people if t]
    for person, (chapter, section) in rng.sample(taught_people, min(len(taught_people), count // 4 + 1)):
        others = rng.sample([p for p, _ in taught_people if p.id != person.id], min(3, len(taught_people) - 1))
        if len(others) < 2:
            continue
        choices = (Choice(person.name, True), *(Choice(o.name, False) for o in others))
        made.append(Question(
            f"gen-who-{person.id}", chapter, section, "single", "easy", f"Who was this? {person.summary}",
            f"This was {person.name}.", choices=choices, source_ids=person.source_ids,
        ))  # fmt: skip
    # where did this happen
    by_id = {p.id: p for p in places}
    located = [(e, t) for e, t in taught_events if len(e.place_ids) == 1 and e.place_ids[0] in by_id]
    for event, (chapter, section) in rng.sample(located, min(len(located), count // 4 + 1)):
        place = by_id[event.place_ids[0]]
        others = rng.sample([p for p in places if p.id != place.id], min(3, len(places) - 1))
        if len(others) < 2:
            continue
        choices = (Choice(place.name, True), *(Choice(o.name, False) for o in others))
        made.append(Question(
            f"gen-where-{event.id}", chapter, section, "single", "medium", f"Where did this happen? {event.title}",
            f"It happened in {place.name} ({event.date.english()}).", choices=choices, source_ids=event.source_ids,
        ))  # fmt: skip
    rng.shuffle(made)
    return made[:count]


# -- a session ---------------------------------------------------------------------------------
@dataclass
class Answered:
    presented: Presented
    response: Any
    verdict: Verdict


@dataclass
class QuizSession:
    """One sitting: practice (feedback after each answer), test (feedback at the end, optionally
    timed) or review (the questions spaced repetition says are due). No question comes twice."""

    mode: str
    questions: list[Question]
    seed: int = 0
    time_limit_s: int | None = None
    answered: list[Answered] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown quiz mode {self.mode!r}")
        seen: set[str] = set()
        unique = []
        for question in self.questions:
            if question.id not in seen:
                seen.add(question.id)
                unique.append(question)
        self.questions = unique
        self._rng = random.Random(self.seed)
        self._presented = [present(q, self._rng) for q in self.questions]

    @property
    def index(self) -> int:
        return len(self.answered)

    @property
    def finished(self) -> bool:
        return self.index >= len(self._presented)

    def current(self) -> Presented | None:
        return None if self.finished else self._presented[self.index]

    def answer(self, response: Any) -> Verdict:
        presented = self.current()
        if presented is None:
            raise RuntimeError("the session is over")
        verdict = check(presented, response)
        self.answered.append(Answered(presented, response, verdict))
        return verdict

    def skip_rest(self) -> None:
        """Time is up: every question not answered counts as wrong."""
        while not self.finished:
            self.answer(None)

    @property
    def score(self) -> int:
        return sum(1 for a in self.answered if a.verdict.correct)

    @property
    def shows_feedback_now(self) -> bool:
        return self.mode != "test"
