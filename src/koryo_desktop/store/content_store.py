"""Read-only access to the content database: one facade handing out a manager per kind (their
shared base, reading a kind with one query per table, is `store/records.py`)."""

from __future__ import annotations

import dataclasses
import functools
import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from koryo_desktop.core.dates import DateValue, parse_date
from koryo_desktop.core.entities import (
    Chapter,
    Choice,
    Era,
    Event,
    Person,
    PersonName,
    Place,
    Question,
    Section,
    Source,
    Term,
)  # fmt: skip
from koryo_desktop.core.errors import ContentDatabaseError
from koryo_desktop.store.records import ContentLanguage, Ids, RecordManager
from koryo_desktop.store.schema import SCHEMA_VERSION, STATS_TABLES, TABLES

if TYPE_CHECKING:
    from koryo_desktop.store.map_store import Routes, SeriesStore
    from koryo_desktop.store.search import SearchIndex


def _date(text: str | None) -> DateValue | None:
    """Parse a date column that holds the content's own date string."""
    return parse_date(text) if text else None


class Sources(RecordManager[Source]):
    table, kind, order = "sources", "source", "author, title"

    def _assemble(self, rows: list[sqlite3.Row], ids: Ids) -> list[Source]:
        out = []
        for r in rows:
            tr, lang = self._localized(r["id"])
            out.append(Source(r["id"], r["author"] or "", r["title"], r["publisher"] or "", r["year"] or "",
                              r["location"] or "", tr.get("note", r["note"] or ""), r["kind"] or "", lang))  # fmt: skip
        return out


def _with_notes(names: tuple[PersonName, ...], tr: dict[str, str]) -> tuple[PersonName, ...]:
    """The notes on a person's spellings in the content's language, where a translation gives them."""
    if "name_notes" not in tr:
        return names
    notes = json.loads(tr["name_notes"])
    return tuple(dataclasses.replace(n, note=notes[i] or n.note) if i < len(notes) else n for i, n in enumerate(names))


class People(RecordManager[Person]):
    table, kind, order = "people", "person", "display_name"

    def _assemble(self, rows: list[sqlite3.Row], ids: Ids) -> list[Person]:
        names = self._grouped("SELECT person_id, text, script, kind, lang, note FROM person_names", "person_id", ids,
                              "person_id, position")  # fmt: skip
        roles = self._grouped("SELECT person_id, role FROM person_roles", "person_id", ids, "rowid")
        events = self._grouped(
            "SELECT ep.person_id, e.id FROM event_people ep JOIN events e ON e.id = ep.event_id",
            "ep.person_id",
            ids,
            "e.sort_start",
        )
        sources = self._sources(ids)
        out = []
        for r in rows:
            rid = r["id"]
            tr, lang = self._localized(rid)
            out.append(Person(
                id=rid,
                name=r["display_name"],
                summary=tr.get("summary", r["summary"]),
                bio=tr.get("bio", r["biography"] or ""),
                born=_date(r["born_date"]),
                died=_date(r["died_date"]),
                born_place=r["born_place_id"],
                died_place=r["died_place_id"],
                roles=tuple(x[1] for x in roles.get(rid, ())),
                countries=tuple(json.loads(r["countries"] or "[]")),
                names=_with_notes(
                    tuple(PersonName(n[1], n[2], n[3], n[4] or "", n[5] or "") for n in names.get(rid, ())), tr
                ),
                event_ids=tuple(x[1] for x in events.get(rid, ())),
                source_ids=sources.get(rid, ()),
                disputed=bool(r["disputed"]),
                dispute=tr.get("dispute", r["dispute_note"] or ""),
                text_lang=lang,
                local_name=tr.get("name", ""),
            ))  # fmt: skip
        return out

    def most_connected(self, prefer: str = "") -> str | None:
        """The id of the person in the most events (`prefer` wins a tie, then the name's order)."""
        row = self._conn.execute(
            "SELECT p.id FROM people p LEFT JOIN event_people ep ON ep.person_id = p.id GROUP BY p.id "
            "ORDER BY count(ep.event_id) DESC, p.id = ? DESC, p.display_name LIMIT 1",
            (prefer,),
        ).fetchone()
        return row[0] if row else None

    def related(self, person_id: str) -> list[tuple[str, int]]:
        """People who share events with this person: (person id, number of shared events), most first."""
        rows = self._conn.execute(
            "SELECT other.person_id, count(*) AS shared FROM event_people mine "
            "JOIN event_people other ON other.event_id = mine.event_id AND other.person_id != mine.person_id "
            "WHERE mine.person_id = ? GROUP BY other.person_id ORDER BY shared DESC, other.person_id",
            (person_id,),
        )
        return [(r[0], r[1]) for r in rows]


class Events(RecordManager[Event]):
    table, kind, order = "events", "event", "sort_start, id"

    def __init__(self, conn: sqlite3.Connection, language: ContentLanguage) -> None:
        super().__init__(conn, language)
        self._eras: tuple[int, list[Era]] | None = None  # with the generation of the language they are in

    def _assemble(self, rows: list[sqlite3.Row], ids: Ids) -> list[Event]:
        places = self._grouped("SELECT event_id, place_id FROM event_places", "event_id", ids, "rowid")
        people = self._grouped("SELECT event_id, person_id FROM event_people", "event_id", ids, "rowid")
        sources = self._sources(ids)
        out = []
        for r in rows:
            rid = r["id"]
            tr, lang = self._localized(rid)
            out.append(Event(
                id=rid,
                title=tr.get("title", r["title"]),
                date=parse_date(r["date"]),
                category=r["category"],
                description=tr.get("description", r["description"]),
                place_ids=tuple(x[1] for x in places.get(rid, ())),
                person_ids=tuple(x[1] for x in people.get(rid, ())),
                source_ids=sources.get(rid, ()),
                disputed=bool(r["disputed"]),
                dispute=tr.get("dispute", r["dispute_note"] or ""),
                text_lang=lang,
            ))  # fmt: skip
        return out

    def most_connected(self) -> str | None:
        """The id of the event with the most people and places (the earliest wins a tie)."""
        row = self._conn.execute(
            "SELECT e.id FROM events e ORDER BY (SELECT count(*) FROM event_people WHERE event_id = e.id) "
            "+ (SELECT count(*) FROM event_places WHERE event_id = e.id) DESC, e.sort_start, e.id LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    def eras(self) -> list[Era]:
        if self._eras is None or self._eras[0] != self._language.generation:
            eras = []
            for r in self._conn.execute("SELECT * FROM eras ORDER BY sort_start").fetchall():
                tr, lang = self._localized(r["id"], "era")
                eras.append(Era(r["id"], tr.get("title", r["title"]), parse_date(r["start_date"]),
                                parse_date(r["end_date"]), tr.get("description", r["description"] or ""), lang))  # fmt: skip
            self._eras = (self._language.generation, eras)
        return list(self._eras[1])


class Places(RecordManager[Place]):
    table, kind, order = "places", "place", "name"

    def _assemble(self, rows: list[sqlite3.Row], ids: Ids) -> list[Place]:
        sources = self._sources(ids)
        out = []
        for r in rows:
            tr, lang = self._localized(r["id"])
            legacy = {"ko": r["name_ko"], "ru": r["name_ru"]}.get(self._language.lang) or ""
            out.append(Place(r["id"], r["name"], r["name_ko"] or "", r["name_ru"] or "", r["latitude"], r["longitude"],
                             r["country"] or "", tr.get("description", r["description"] or ""),
                             sources.get(r["id"], ()), tr.get("name", legacy), lang))  # fmt: skip
        return out


class Glossary(RecordManager[Term]):
    table, kind, order = "glossary", "term", "term COLLATE NOCASE"

    def _assemble(self, rows: list[sqlite3.Row], ids: Ids) -> list[Term]:
        sources = self._sources(ids)
        out = []
        for r in rows:
            tr, lang = self._localized(r["id"])
            legacy = {"ko": r["term_ko"], "ru": r["term_ru"]}.get(self._language.lang) or ""
            out.append(Term(r["id"], r["term"], r["term_ko"] or "", r["term_ru"] or "",
                            tr.get("definition", r["definition"]), sources.get(r["id"], ()), tr.get("term", legacy),
                            lang))  # fmt: skip
        return out


class Chapters(RecordManager[Chapter]):
    """Chapters; `all()` leaves out their sections (the table of contents, the quiz and the notes
    ask `all(with_sections=True)`), `get()` has them."""

    table, kind, order = "chapters", "chapter", "number"

    def __init__(self, conn: sqlite3.Connection, language: ContentLanguage) -> None:
        super().__init__(conn, language)
        self._bare: tuple[int, list[Chapter]] | None = None  # all(with_sections=False), with its language's generation

    def all(self, with_sections: bool = False) -> list[Chapter]:
        if with_sections or self._cached() is not None:
            chapters = self._everything()
            return list(chapters) if with_sections else [dataclasses.replace(c, sections=()) for c in chapters]
        if self._bare is None or self._bare[0] != self._language.generation:
            rows = self._select("SELECT * FROM chapters", "id", None, self.order)
            self._bare = (self._language.generation, self._chapters(rows, None, {}))
        return list(self._bare[1])

    def _assemble(self, rows: list[sqlite3.Row], ids: Ids) -> list[Chapter]:
        sections = self._grouped(
            "SELECT chapter_id AS owner, * FROM sections", "chapter_id", ids, "chapter_id, position"
        )
        return self._chapters(rows, ids, sections)

    def _chapters(self, rows: list[sqlite3.Row], ids: Ids, sections: dict[str, list[sqlite3.Row]]) -> list[Chapter]:
        sources = self._sources(ids)
        out = []
        for r in rows:
            tr, lang = self._localized(r["id"])
            out.append(Chapter(
                r["id"],
                r["number"],
                tr.get("title", r["title"]),
                tr.get("summary", r["summary"]),
                tuple(json.loads(tr.get("objectives", r["objectives"]) or "[]")),
                tuple(json.loads(tr.get("discussion", r["discussion"]) or "[]")),
                sources.get(r["id"], ()),
                r["word_count"],
                tuple(self._section(s) for s in sections.get(r["id"], ())),
                tuple(json.loads(tr.get("cited_sources", r["cited_sources"]) or "[]")),
                lang,
            ))  # fmt: skip
        return out

    def _section(self, s: sqlite3.Row) -> Section:
        tr, lang = self._localized(s["id"], "section")
        return Section(
            s["id"],
            s["chapter_id"],
            s["slug"],
            s["position"],
            tr.get("title", s["title"]),
            tr.get("body_markdown", s["body_markdown"]),
            bool(s["disputed"]),
            tr.get("body_html", s["body_html"] or ""),
            lang,
        )

    def mentioning(self, kind: str, record_id: str) -> list[tuple[str, str, str]]:
        """(chapter id, section slug, section title) of every section that links to the record."""
        return [
            (r[0], r[1], self._language.texts("section", r[3]).get("title", r[2]))
            for r in self._conn.execute(
                "SELECT s.chapter_id, s.slug, s.title, s.id FROM mentions m JOIN sections s ON s.id = m.section_id "
                "JOIN chapters c ON c.id = s.chapter_id WHERE m.record_kind = ? AND m.record_id = ? "
                "ORDER BY c.number, s.position",
                (kind, record_id),
            )
        ]

    def section_sources(self, chapter_id: str) -> list[tuple[str, str, str]]:
        """(section id, source id, detail) of every citation in the chapter's text, in order."""
        return [
            (r[0], r[1], r[2])
            for r in self._conn.execute(
                "SELECT record_id, source_id, detail FROM citations WHERE record_kind = 'section' "
                "AND record_id LIKE ? ORDER BY rowid",
                (f"{chapter_id}/%",),
            )
        ]


class Questions(RecordManager[Question]):
    table, kind, order = "questions", "question", "rowid"

    def _load(self, ids: Ids) -> list[Question]:
        rows = self._select(
            "SELECT q.* FROM questions q JOIN chapters c ON c.id = q.chapter_id", "q.id", ids, "c.number, q.rowid"
        )
        return self._assemble(rows, ids) if rows else []

    def all(self, chapter_id: str | None = None) -> list[Question]:
        """Every question, in the chapters' order, or only those of one chapter."""
        return [q for q in self._everything() if chapter_id is None or q.chapter_id == chapter_id]

    def count(self, chapter_id: str) -> int:
        """How many questions a chapter has: counted by the database unless every question is read
        already (a chapter's page says so without reading them all)."""
        if self._cached() is not None:
            return len(self.all(chapter_id))
        return int(
            self._conn.execute("SELECT count(*) FROM questions WHERE chapter_id = ?", (chapter_id,)).fetchone()[0]
        )

    def _assemble(self, rows: list[sqlite3.Row], ids: Ids) -> list[Question]:
        choices = self._grouped("SELECT question_id, text, correct FROM question_choices", "question_id", ids,
                                "question_id, position")  # fmt: skip
        sources = self._sources(ids)
        out = []
        for r in rows:
            tr, lang = self._localized(r["id"])
            given = choices.get(r["id"], [])
            texts = json.loads(tr["choices"]) if "choices" in tr else [c[1] for c in given]
            section = r["section_id"].split("/", 1)[1] if r["section_id"] else None
            out.append(Question(
                r["id"],
                r["chapter_id"],
                section,
                r["type"],
                r["difficulty"],
                tr.get("prompt", r["prompt"]),
                tr.get("explanation", r["explanation"]),
                tuple(Choice(text, bool(c[2])) for text, c in zip(texts, given, strict=True)),
                json.loads(tr.get("answer_json", r["answer_json"]) or "{}"),
                sources.get(r["id"], ()),
                lang,
            ))  # fmt: skip
        return out


class ContentStore:
    """The content database, opened read-only. Raises ContentDatabaseError with a clear message
    when the file is missing, damaged or of another schema version."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise ContentDatabaseError(f"The content database {self.path} does not exist.")
        try:
            self._conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            self._conn.row_factory = sqlite3.Row
            present = {row[0] for row in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall()) if "meta" in present else {}
        except sqlite3.DatabaseError:
            raise ContentDatabaseError(
                f"The content database {self.path} is damaged or not a database. Build a new one with: "
                "koryo-desktop content build SRC_DIR -o FILE"
            ) from None
        if "schema_version" not in meta:
            self._conn.close()
            raise ContentDatabaseError(f"{self.path} is not a Koryo Desktop content database.")
        version = meta.get("schema_version")
        if version != str(SCHEMA_VERSION):
            self._conn.close()
            raise ContentDatabaseError(
                f"The content database {self.path} has schema version {version}; this version of Koryo Desktop "
                f"reads version {SCHEMA_VERSION}. Rebuild it with: koryo-desktop content build SRC_DIR -o FILE"
            )
        missing = [t for t in TABLES if t not in present]
        if missing:
            self._conn.close()
            raise ContentDatabaseError(
                f"The content database {self.path} is incomplete: it has no {', '.join(missing)} "
                f"table{'s' if len(missing) > 1 else ''}, so it was not made by this version of Koryo Desktop "
                "(or something removed them). Build one with: koryo-desktop content build SRC_DIR -o FILE"
            )
        self.meta = meta
        self.content_version = meta.get("content_version", "")
        self.languages: tuple[str, ...] = tuple(json.loads(meta.get("languages", '["en"]')))
        self._language = ContentLanguage(self._conn, self.languages)
        self.sources = Sources(self._conn, self._language)
        self.people = People(self._conn, self._language)
        self.events = Events(self._conn, self._language)
        self.places = Places(self._conn, self._language)
        self.glossary = Glossary(self._conn, self._language)
        self.chapters = Chapters(self._conn, self._language)
        self.questions = Questions(self._conn, self._language)

    # The search index and the map's movements and charts are made on first use: their modules load
    # only then (a start on the home screen needs neither).
    @functools.cached_property
    def search(self) -> SearchIndex:
        from koryo_desktop.store.search import SearchIndex

        return SearchIndex(self._conn, self._language)

    @functools.cached_property
    def routes(self) -> Routes:  # the map's movements
        from koryo_desktop.store.map_store import Routes

        return Routes(self._conn, self._language)

    @functools.cached_property
    def series(self) -> SeriesStore:  # the charts
        from koryo_desktop.store.map_store import SeriesStore

        return SeriesStore(self._conn, self._language)

    @property
    def language(self) -> str:
        """The language texts are handed out in ('en' unless set_language chose another)."""
        return self._language.lang

    def set_language(self, lang: str) -> None:
        """Hand out every text in ``lang`` from now on, English where a translation is missing."""
        self._language.set(lang)

    def stats(self) -> dict[str, int]:
        """Row counts per table."""
        return {t: self._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in STATS_TABLES}

    def close(self) -> None:
        self._conn.close()
