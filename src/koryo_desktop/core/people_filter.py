"""Filtering and ordering the people directory in plain Python, fast enough for every keystroke
on tens of thousands of people: each person is reduced once to a row of folded text and sets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from koryo_desktop.core.entities import Era, Event, Person
from koryo_desktop.core.text import fold, tokens


@dataclass(frozen=True)
class PersonRow:
    """What the directory needs of one person to list, filter and sort it."""

    id: str
    name: str
    life: str
    birth_year: int | None
    roles: frozenset[str]
    countries: frozenset[str]
    eras: frozenset[str]
    folded: str  # every name variant, folded like the global search


def eras_of(person: Person, events: Sequence[Event], eras: Sequence[Era]) -> frozenset[str]:
    """The eras a person belongs to: those holding any of their events, else those their life overlaps."""
    found = set()
    for event in events:
        year = event.date.sort_key()
        found |= {e.id for e in eras if e.start.sort_key() <= year < e.end.last.decimal_year(end=True)}
    if not found and person.born is not None:
        start = person.born.sort_key()
        end = person.died.last.decimal_year(end=True) if person.died else start + 80
        found = {e.id for e in eras if e.start.sort_key() < end and start < e.end.last.decimal_year(end=True)}
    return frozenset(found)


def make_row(person: Person, life: str, eras: frozenset[str] = frozenset()) -> PersonRow:
    names = " ".join([person.name, *(n.text for n in person.names)])
    compact = " ".join(fold(n.text).replace(" ", "") for n in person.names)
    return PersonRow(
        id=person.id,
        name=person.name,
        life=life,
        birth_year=person.born.start.year if person.born else None,
        roles=frozenset(person.roles),
        countries=frozenset(person.countries),
        eras=eras,
        folded=f"{fold(names)} {compact}",
    )


def accepted(
    rows: Sequence[PersonRow],
    query: str = "",
    role: str | None = None,
    era: str | None = None,
    country: str | None = None,
) -> list[bool]:
    """One flag per row: does it match every word of ``query`` and each chosen filter?"""
    words = tokens(query)
    return [
        all(w in r.folded for w in words)
        and (role is None or role in r.roles)
        and (era is None or era in r.eras)
        and (country is None or country in r.countries)
        for r in rows
    ]


def order(rows: Sequence[PersonRow], by: str, name_key: object = None) -> list[int]:
    """Row indexes sorted by 'name' (with ``name_key``, e.g. a locale's collation key) or 'birth'
    (unknown birth years last, then by name)."""
    key_of = name_key if callable(name_key) else (lambda text: fold(text))
    names = [key_of(r.name) for r in rows]
    indexes = range(len(rows))
    if by == "birth":
        return sorted(indexes, key=lambda i: (rows[i].birth_year is None, rows[i].birth_year or 0, names[i]))
    return sorted(indexes, key=lambda i: names[i])


def values(rows: Iterable[PersonRow], attribute: str) -> list[str]:
    """Every distinct role, country or era among the rows, sorted."""
    found: set[str] = set()
    for row in rows:
        found |= getattr(row, attribute)
    return sorted(found)
