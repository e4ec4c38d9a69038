"""The shared base of the content's record managers (`store.people`, `store.events`, …).

A kind's records are read with one query per table, however many there are: the records' own
rows, then each table of their parts (names, roles, links, citations) whole or for the records
asked for, grouped in Python by the record they belong to. Their texts in the current language
come from `ContentLanguage`, which reads a kind's translations once. `all()` is kept for the
current language, so that screens sharing a kind (people and timeline) read it once, and `get()`
and `many()` answer from it once it is there."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Generic, Protocol, TypeVar


class _Record(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_Record)  # a record of core.entities: every one has its id
Ids = Sequence[str] | None  # the records asked for; None: all of them


class ContentLanguage:
    """The language the stores hand out texts in, with that language's translations read once
    per kind. English is the content's own language; any other falls back to it text by text."""

    def __init__(self, conn: sqlite3.Connection, available: tuple[str, ...] = ("en",)) -> None:
        self._conn = conn
        self.lang = "en"
        self.available = available
        self.generation = 0  # changes with the language: what was read in the last one is stale
        self._texts: dict[str, dict[str, dict[str, str]]] = {}
        self._whole: dict[str, set[str]] = {}

    @property
    def search_lang(self) -> str:
        """The language whose search documents to use: English when the content has none in this one."""
        return self.lang if self.lang in self.available else "en"

    def set(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self.generation += 1
            self._texts.clear()
            self._whole.clear()

    def _read(self, kind: str) -> None:
        table: dict[str, dict[str, str]] = {}
        for rid, field, text in self._conn.execute(
            "SELECT record_id, field, text FROM translations WHERE kind = ? AND lang = ?", (kind, self.lang)
        ):
            table.setdefault(rid, {})[field] = text
        self._texts[kind] = table
        self._whole[kind] = {
            r[0]
            for r in self._conn.execute(
                "SELECT record_id FROM translated_records WHERE kind = ? AND lang = ? AND complete = 1",
                (kind, self.lang),
            )
        }

    def texts(self, kind: str, record_id: str) -> dict[str, str]:
        """The translated fields of one record in the current language (none for English)."""
        if self.lang == "en":
            return {}
        if kind not in self._texts:
            self._read(kind)
        return self._texts[kind].get(record_id, {})

    def text_lang(self, kind: str, record_id: str) -> str:
        """The language a record's texts are shown in: the current one when it is translated whole."""
        if self.lang == "en":
            return "en"
        if kind not in self._whole:
            self._read(kind)
        return self.lang if record_id in self._whole[kind] else "en"


def id_filter(column: str, ids: Sequence[str]) -> tuple[str, list[str]]:
    """A condition choosing the rows whose `column` is one of `ids`, and its parameters: one
    parameter however many ids (a JSON array), so no limit on SQL variables is ever met."""
    if len(ids) == 1:
        return f"{column} = ?", [ids[0]]
    return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(list(ids))]


class RecordManager(Generic[T]):
    """One kind of record. A subclass names its table, its `kind` (in translations and citations)
    and its order, and makes entities from rows in `_assemble`, reading the rows of its parts with
    `_grouped` (one query per table)."""

    table = ""
    kind = ""
    order = "id"

    def __init__(self, conn: sqlite3.Connection, language: ContentLanguage) -> None:
        self._conn = conn
        self._language = language
        self._cache: list[T] | None = None
        self._by_id: dict[str, T] = {}
        self._generation = -1

    # -- what the screens ask --------------------------------------------------------------
    def all(self) -> list[T]:
        """Every record, in the kind's order."""
        return list(self._everything())

    def get(self, record_id: str) -> T | None:
        cached = self._cached()
        if cached is not None:
            return self._by_id.get(record_id)
        found = self._load((record_id,))
        return found[0] if found else None

    def many(self, ids: Iterable[str]) -> list[T]:
        """The records with these ids, in this order (ids of no record left out)."""
        wanted = list(ids)
        if self._cached() is not None:
            by_id = self._by_id
        else:
            unique = list(dict.fromkeys(wanted))
            by_id = {self._id(r): r for r in self._load(unique)} if unique else {}
        return [by_id[i] for i in wanted if i in by_id]

    def ids(self) -> list[str]:
        return [r[0] for r in self._conn.execute(f"SELECT id FROM {self.table} ORDER BY {self.order}")]

    # -- for the subclasses ------------------------------------------------------------------
    def _assemble(self, rows: list[sqlite3.Row], ids: Ids) -> list[T]:
        raise NotImplementedError

    @staticmethod
    def _id(record: T) -> str:
        return record.id

    def _cached(self) -> list[T] | None:
        if self._generation != self._language.generation:
            self._cache, self._by_id = None, {}
        return self._cache

    def _everything(self) -> list[T]:
        cached = self._cached()
        if cached is None:
            cached = self._cache = self._load(None)
            self._by_id = {self._id(r): r for r in cached}
            self._generation = self._language.generation
        return cached

    def _load(self, ids: Ids) -> list[T]:
        rows = self._select(f"SELECT * FROM {self.table}", "id", ids, self.order)
        return self._assemble(rows, ids) if rows else []

    def _select(
        self, select: str, key: str, ids: Ids, order: str, condition: str = "", params: Sequence[object] = ()
    ) -> list[sqlite3.Row]:
        """`select` with `condition` and, when `ids` is given, only the rows whose `key` is one of them."""
        conditions, values = ([condition] if condition else []), list(params)
        if ids is not None:
            chosen, chosen_values = id_filter(key, ids)
            conditions.append(chosen)
            values += chosen_values
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        return self._conn.execute(f"{select}{where} ORDER BY {order}", values).fetchall()

    def _grouped(
        self, select: str, key: str, ids: Ids, order: str, condition: str = "", params: Sequence[object] = ()
    ) -> dict[str, list[sqlite3.Row]]:
        """The rows of `select` (whose first column is the owning record's id) grouped by that id."""
        grouped: dict[str, list[sqlite3.Row]] = {}
        for row in self._select(select, key, ids, order, condition, params):
            grouped.setdefault(row[0], []).append(row)
        return grouped

    def _sources(self, ids: Ids, kind: str = "") -> dict[str, tuple[str, ...]]:
        """Each record's sources, in the order they are cited, each once."""
        grouped = self._grouped(
            "SELECT record_id, source_id FROM citations",
            "record_id",
            ids,
            "rowid",
            "record_kind = ?",
            [kind or self.kind],
        )
        return {rid: tuple(dict.fromkeys(r[1] for r in rows)) for rid, rows in grouped.items()}

    def _localized(self, record_id: str, kind: str = "") -> tuple[dict[str, str], str]:
        kind = kind or self.kind
        return self._language.texts(kind, record_id), self._language.text_lang(kind, record_id)
