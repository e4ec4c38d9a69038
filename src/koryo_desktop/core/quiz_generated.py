"""Questions made from the records: in which year, where, who was this, and put these events in
order. Each links to a section that teaches its record, so a wrong answer leads to the lesson.

Rules, so that a made question teaches rather than misleads: one question per record in a round;
none answered by its own prompt (no "where" when the title names the place, no "who" when the
summary names the person, no "which year" when the title holds the year); no "which year" for a
disputed date; no "where" for a migration or repression, which have a from and a to, not one
place. A made question has a stable id and can be rebuilt from it (for mastery and the history)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import replace

from koryo_desktop.core.dates import DateValue
from koryo_desktop.core.entities import Choice, Event, Person, Place, Question
from koryo_desktop.core.text import fold

PREFIX = "gen-"
MOVEMENTS = frozenset({"migration", "repression"})
Teaching = tuple[str, str]  # (chapter id, section slug)
Teaches = Callable[[str, str], Sequence[Teaching]]  # (kind, record id) → the sections that teach it


class Wording:
    """The sentences of made questions, in English; the interface gives its own in another language
    (ui/quiz/generated_wording.py), so no made question keeps an English template. Names of places
    and people come through here too, in the language's spelling."""

    def year_prompt(self, title: str) -> str:
        return f"In which year did this happen? {title}"

    def year_explanation(self, date: DateValue, title: str) -> str:
        return f"It happened {when_phrase(date)}: {title}."

    def where_prompt(self, title: str) -> str:
        return f"Where did this happen? {title}"

    def where_explanation(self, place: str, date: DateValue) -> str:
        return f"It happened in {place}, {when_phrase(date)}."

    def who_prompt(self, summary: str) -> str:
        return f"Who was this? {summary}"

    def who_explanation(self, name: str) -> str:
        return f"This was {name}."

    def order_prompt(self) -> str:
        return "Put these events in the order they happened."

    def order_explanation(self, dated_titles: Sequence[tuple[DateValue, str]]) -> str:
        return "The order is: " + "; ".join(f"{d.english()}: {t}" for d, t in dated_titles) + "."

    def place_name(self, place: Place) -> str:
        return place.name

    def person_name(self, person: Person) -> str:
        return person.name


def when_phrase(date: DateValue) -> str:
    """'on 30 October 1937', 'in October 1937', 'in 1937', 'around 1863', 'in the 1930s',
    'between 1943 and 1946'."""
    point = date.start
    if date.end is not None:
        return f"between {point.english()} and {date.end.english()}"
    if point.precision == "day":
        return f"on {point.english()}"
    if point.precision == "circa":
        return f"around {point.year}"
    return f"in {point.english()}"


def _folded(names: Sequence[str]) -> tuple[str, ...]:
    return tuple(f" {f} " for f in (fold(n) for n in names) if f)


def _names_in(text: str, folded_names: Sequence[str]) -> bool:
    """Whether ``text`` names any of the names (given folded, as ``_folded`` makes them)."""
    folded = f" {fold(text)} "
    return any(name in folded for name in folded_names)


class GeneratedQuestions:
    """Every question the records allow, by id, and rounds drawn from them."""

    def __init__(self, events: Sequence[Event], people: Sequence[Person], places: Sequence[Place],
                 teaches: Teaches, wording: Wording | None = None) -> None:  # fmt: skip
        self._words = wording or Wording()
        self._events = {e.id: e for e in events}
        self._people = {p.id: p for p in people}
        self._places = {p.id: p for p in places}
        self._place_names = {p.id: _folded([p.name, p.name_ko, p.name_ru]) for p in places}
        self._person_names = {p.id: _folded([p.name, *(n.text for n in p.names)]) for p in people}
        self._taught: dict[tuple[str, str], list[Teaching]] = {}
        for event in events:
            self._taught[("event", event.id)] = list(teaches("event", event.id))
        for person in people:
            self._taught[("person", person.id)] = list(teaches("person", person.id))
        self.catalog: dict[str, Question] = {}
        for event in events:
            for question in (self._year(event), self._where(event)):
                if question is not None:
                    self.catalog[question.id] = question
        for person in people:
            question = self._who(person)
            if question is not None:
                self.catalog[question.id] = question

    # -- one question per kind -----------------------------------------------------------------
    def _lesson(self, kind: str, record_id: str) -> Teaching | None:
        found = self._taught.get((kind, record_id))
        return found[0] if found else None

    def _year(self, event: Event) -> Question | None:
        lesson = self._lesson("event", event.id)
        date = event.date
        if (lesson is None or event.disputed or date.is_range or date.precision not in ("day", "month", "year")
                or str(date.start.year) in event.title):  # fmt: skip
            return None
        return Question(
            f"{PREFIX}year-{event.id}", *lesson, "number", "medium", self._words.year_prompt(event.title),
            self._words.year_explanation(date, event.title),
            answer={"answer": date.start.year, "tolerance": 0, "unit": "year"}, source_ids=event.source_ids,
            text_lang=event.text_lang,
        )  # fmt: skip

    def _where(self, event: Event) -> Question | None:
        lesson = self._lesson("event", event.id)
        if lesson is None or event.disputed or event.category in MOVEMENTS or len(event.place_ids) != 1:
            return None
        place = self._places.get(event.place_ids[0])
        if place is None or _names_in(event.title, self._place_names[place.id]):
            return None
        rng = random.Random(f"{PREFIX}where-{event.id}")
        title = f" {fold(event.title)} "
        others = [p for p in self._places.values()
                  if p.id != place.id and not any(n in title for n in self._place_names[p.id])]  # fmt: skip
        if len(others) < 2:
            return None
        name = self._words.place_name
        choices = (
            Choice(name(place), True),
            *(Choice(name(o), False) for o in rng.sample(others, min(3, len(others)))),
        )
        return Question(
            f"{PREFIX}where-{event.id}", *lesson, "single", "medium", self._words.where_prompt(event.title),
            self._words.where_explanation(name(place), event.date), choices=choices, source_ids=event.source_ids,
            text_lang=event.text_lang,
        )  # fmt: skip

    def _who(self, person: Person) -> Question | None:
        lesson = self._lesson("person", person.id)
        if lesson is None or not person.summary or _names_in(person.summary, self._person_names[person.id]):
            return None
        rng = random.Random(f"{PREFIX}who-{person.id}")
        summary = f" {fold(person.summary)} "
        others = [p for p in self._people.values()
                  if p.id != person.id and not any(n in summary for n in self._person_names[p.id])]  # fmt: skip
        if len(others) < 2:
            return None
        name = self._words.person_name
        choices = (
            Choice(name(person), True),
            *(Choice(name(o), False) for o in rng.sample(others, min(3, len(others)))),
        )
        return Question(
            f"{PREFIX}who-{person.id}", *lesson, "single", "easy", self._words.who_prompt(person.summary),
            self._words.who_explanation(name(person)), choices=choices, source_ids=person.source_ids,
            text_lang=person.text_lang,
        )  # fmt: skip

    def _order(self, events: Sequence[Event], lesson: Teaching) -> Question:
        ordered = sorted(events, key=lambda e: e.date.sort_key())
        return Question(
            PREFIX + "order-" + "+".join(e.id for e in ordered), *lesson, "order", "medium",
            self._words.order_prompt(),
            self._words.order_explanation([(e.date, e.title) for e in ordered]),
            answer={"items": [e.title for e in ordered]},
            source_ids=tuple(dict.fromkeys(s for e in ordered for s in e.source_ids)),
            text_lang="en" if any(e.text_lang == "en" for e in ordered) else ordered[0].text_lang,
        )  # fmt: skip

    # -- lookups -------------------------------------------------------------------------------
    def get(self, question_id: str) -> Question | None:
        """The question with this id (an ordering question is rebuilt from the events it names)."""
        if question_id in self.catalog:
            return self.catalog[question_id]
        if question_id.startswith(PREFIX + "order-"):
            events = [self._events.get(e) for e in question_id.removeprefix(PREFIX + "order-").split("+")]
            lesson = self._lesson("event", events[0].id) if events and events[0] else None
            if lesson is not None and all(events):
                return self._order([e for e in events if e], lesson)
        return None

    # -- a round -------------------------------------------------------------------------------
    def sample(self, rng: random.Random, count: int, chapter: str | None = None, topic: str | None = None,
               difficulty: str | None = None) -> list[Question]:  # fmt: skip
        """Up to ``count`` questions, at most one per record (an ordering question uses its events),
        taught in ``chapter`` (and its section ``topic``) when given."""

        def lesson(kind: str, record_id: str) -> Teaching | None:
            return next((t for t in self._taught.get((kind, record_id), [])
                         if chapter in (None, t[0]) and topic in (None, t[1])), None)  # fmt: skip

        by_record: dict[str, list[Question]] = {}
        for question in self.catalog.values():
            kind, _, record = question.id.removeprefix(PREFIX).partition("-")
            key = ("person:" if kind == "who" else "event:") + record
            taught = lesson("person" if kind == "who" else "event", record)
            if taught and difficulty in (None, question.difficulty):
                by_record.setdefault(key, []).append(replace(question, chapter_id=taught[0], section_id=taught[1]))
        made: list[Question] = []
        used: set[str] = set()
        if count >= 3 and difficulty in (None, "medium"):
            dated = [e for e in self._events.values() if not e.disputed and not e.date.is_range
                     and e.date.precision in ("day", "month", "year") and lesson("event", e.id)]  # fmt: skip
            chosen: list[Event] = []
            for event in sorted(rng.sample(dated, min(len(dated), 8)), key=lambda e: e.date.sort_key()):
                if all(abs(event.date.sort_key() - other.date.sort_key()) >= 1 for other in chosen):
                    chosen.append(event)
            if len(chosen) >= 3:
                chosen = chosen[:4]
                taught = lesson("event", chosen[0].id)
                assert taught is not None
                made.append(self._order(chosen, taught))
                used |= {"event:" + e.id for e in chosen}
        keys = sorted(k for k in by_record if k not in used)
        rng.shuffle(keys)
        for key in keys:
            made.append(rng.choice(by_record[key]))
        rng.shuffle(made)
        return made[:count]
