"""Filtering and ordering the people directory in plain Python, fast enough for every keystroke
on tens of thousands of people: each person is reduced once to a row of folded text and sets."""

from __future__ import annotations

import collections
import itertools
import operator
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


def make_row(person: Person, life: str, eras: frozenset[str] = frozenset(), name: str = "") -> PersonRow:
    """The row of ``person``, listed as ``name`` (default: their usual name) with ``life`` below."""
    names = " ".join([person.name, *(n.text for n in person.names)])
    compact = " ".join(fold(n.text).replace(" ", "") for n in person.names)
    return PersonRow(
        id=person.id,
        name=name or person.name,
        life=life,
        birth_year=person.born.start.year if person.born else None,
        roles=frozenset(person.roles),
        countries=frozenset(person.countries),
        eras=eras,
        # each word once: a typed word (never a space in it) matches inside one word, and a shorter
        # text is scanned faster on every keystroke
        folded=" ".join(dict.fromkeys(f"{fold(names)} {compact}".split())),
    )


def accepted(
    rows: Sequence[PersonRow],
    query: str = "",
    role: str | None = None,
    era: str | None = None,
    country: str | None = None,
) -> list[bool]:
    """One flag per row: does it match every word of ``query`` and each chosen filter?"""
    return PeopleMatcher(rows).match(query, role, era, country)


def both(a: bytes, b: bytes) -> bytes:
    """The rows set in both masks (one byte per row, 1 or 0), computed at C speed."""
    return (int.from_bytes(a, "little") & int.from_bytes(b, "little")).to_bytes(len(a), "little")


class PeopleMatcher:
    """Matches the same rows again and again, keystroke after keystroke. The answer is a mask,
    one byte per row (1: shown), built without a Python step per row: each word is looked up in
    every folded name by ``map`` at C speed, and masks are combined as integers. A word's mask is
    kept, so deleting letters or typing a word again costs nothing."""

    _KEEP = 256  # word masks kept (10,000 people: 10 kB each)

    def __init__(self, rows: Sequence[PersonRow]) -> None:
        self.rows = rows
        self._folded = [r.folded for r in rows]
        self._all = b"\x01" * len(rows)
        self._words: dict[str, bytes] = {}
        self._choices: dict[tuple[str, str], bytes] = {}

    def _word(self, word: str) -> bytes:
        mask = self._words.get(word)
        if mask is None:
            if len(self._words) >= self._KEEP:
                self._words.clear()
            shorter = self._words.get(word[:-1]) if len(word) > 1 else None
            if shorter is None or shorter.count(1) > len(shorter) // 4:  # few candidates: else one pass is as quick
                mask = bytes(map(operator.contains, self._folded, itertools.repeat(word)))
            else:  # typing on: only the rows holding the word without its last letter can hold it
                mask = self._narrowed(shorter, word)
            self._words[word] = mask
        return mask

    def _narrowed(self, candidates: bytes, word: str) -> bytes:
        """The rows among ``candidates`` (a mask) whose folded names hold ``word``, still without a
        Python step per row: the candidates are picked, tested and set back by C loops."""
        rows = list(itertools.compress(range(len(candidates)), candidates))
        found = map(operator.contains, itertools.compress(self._folded, candidates), itertools.repeat(word))
        mask = bytearray(len(candidates))
        collections.deque(map(mask.__setitem__, itertools.compress(rows, found), itertools.repeat(1)), maxlen=0)
        return bytes(mask)

    def _choice(self, attribute: str, wanted: str) -> bytes:
        mask = self._choices.get((attribute, wanted))
        if mask is None:
            mask = bytes(wanted in getattr(r, attribute) for r in self.rows)
            self._choices[(attribute, wanted)] = mask
        return mask

    def mask(self, query: str = "", role: str | None = None, era: str | None = None,
             country: str | None = None) -> bytes:  # fmt: skip
        """One byte per row: 1 when it matches every word of ``query`` and each chosen filter."""
        result = self._all
        for word in tokens(query):
            result = both(result, self._word(word))
        for attribute, wanted in (("roles", role), ("eras", era), ("countries", country)):
            if wanted is not None:
                result = both(result, self._choice(attribute, wanted))
        return result

    def match(self, query: str = "", role: str | None = None, era: str | None = None,
              country: str | None = None) -> list[bool]:  # fmt: skip
        return list(map(bool, self.mask(query, role, era, country)))


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
