"""Read-only access to the content database: one facade handing out a manager per kind."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

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
from koryo_desktop.store.map_store import Routes, SeriesStore
from koryo_desktop.store.schema import SCHEMA_VERSION, STATS_TABLES, TABLES
from koryo_desktop.store.search import SearchIndex


def _date(text: str | None) -> DateValue | None:
    """Parse a date column that holds the content's own date string."""
    return parse_date(text) if text else None


def _ids(rows: list[sqlite3.Row]) -> tuple[str, ...]:
    return tuple(r[0] for r in rows)


class ContentLanguage:
    """The language the stores hand out texts in, with that language's translations read once
    per kind. English is the content's own language; any other falls back to it text by text."""

    def __init__(self, conn: sqlite3.Connection, available: tuple[str, ...] = ("en",)) -> None:
        self._conn = conn
        self.lang = "en"
        self.available = available
        self._texts: dict[str, dict[str, dict[str, str]]] = {}
        self._whole: dict[str, set[str]] = {}

    @property
    def search_lang(self) -> str:
        """The language whose search documents to use: English when the content has none in this one."""
        return self.lang if self.lang in self.available else "en"

    def set(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self._texts.clear()
            self._whole.clear()

    def texts(self, kind: str, record_id: str) -> dict[str, str]:
        """The translated fields of one record in the current language (none for English)."""
        if self.lang == "en":
            return {}
        if kind not in self._texts:
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
        return self._texts[kind].get(record_id, {})

    def text_lang(self, kind: str, record_id: str) -> str:
        """The language a record's texts are shown in: the current one when it is translated whole."""
        if self.lang == "en":
            return "en"
        self.texts(kind, record_id)
        return self.lang if record_id in self._whole[kind] else "en"


class _Manager:
    def __init__(self, conn: sqlite3.Connection, language: ContentLanguage) -> None:
        self._conn = conn
        self._language = language

    def _localized(self, kind: str, record_id: str) -> tuple[dict[str, str], str]:
        return self._language.texts(kind, record_id), self._language.text_lang(kind, record_id)

    def _sources(self, kind: str, record_id: str) -> tuple[str, ...]:
        return _ids(
            self._conn.execute(
                "SELECT DISTINCT source_id FROM citations WHERE record_kind = ? AND record_id = ? ORDER BY rowid",
                (kind, record_id),
            ).fetchall()
        )


class Sources(_Manager):
    def _make(self, r: sqlite3.Row) -> Source:
        tr, lang = self._localized("source", r["id"])
        return Source(
            r["id"],
            r["author"] or "",
            r["title"],
            r["publisher"] or "",
            r["year"] or "",
            r["location"] or "",
            tr.get("note", r["note"] or ""),
            r["kind"] or "",
            lang,
        )

    def all(self) -> list[Source]:
        return [self._make(r) for r in self._conn.execute("SELECT * FROM sources ORDER BY author, title")]

    def get(self, source_id: str) -> Source | None:
        row = self._conn.execute("SELECT * FROM sources WHERE id = ?", (source_id,)).fetchone()
        return self._make(row) if row else None

    def many(self, ids: tuple[str, ...] | list[str]) -> list[Source]:
        return [s for s in (self.get(i) for i in ids) if s is not None]


class People(_Manager):
    def _make(self, r: sqlite3.Row) -> Person:
        names = tuple(
            PersonName(n["text"], n["script"], n["kind"], n["lang"] or "", n["note"] or "")
            for n in self._conn.execute("SELECT * FROM person_names WHERE person_id = ? ORDER BY position", (r["id"],))
        )
        roles = _ids(
            self._conn.execute(
                "SELECT role FROM person_roles WHERE person_id = ? ORDER BY rowid", (r["id"],)
            ).fetchall()
        )
        events = _ids(
            self._conn.execute(
                "SELECT e.id FROM event_people ep JOIN events e ON e.id = ep.event_id WHERE ep.person_id = ? "
                "ORDER BY e.sort_start",
                (r["id"],),
            ).fetchall()
        )
        tr, lang = self._localized("person", r["id"])
        if "name_notes" in tr:  # the notes on the spellings, in the content's language
            notes = json.loads(tr["name_notes"])
            names = tuple(dataclasses.replace(n, note=notes[i] or n.note) if i < len(notes) else n
                          for i, n in enumerate(names))  # fmt: skip
        return Person(
            id=r["id"],
            name=r["display_name"],
            summary=tr.get("summary", r["summary"]),
            bio=tr.get("bio", r["biography"] or ""),
            born=_date(r["born_date"]),
            died=_date(r["died_date"]),
            born_place=r["born_place_id"],
            died_place=r["died_place_id"],
            roles=roles,
            countries=tuple(json.loads(r["countries"] or "[]")),
            names=names,
            event_ids=events,
            source_ids=self._sources("person", r["id"]),
            disputed=bool(r["disputed"]),
            dispute=tr.get("dispute", r["dispute_note"] or ""),
            text_lang=lang,
            local_name=tr.get("name", ""),
        )

    def all(self) -> list[Person]:
        return [self._make(r) for r in self._conn.execute("SELECT * FROM people ORDER BY display_name")]

    def get(self, person_id: str) -> Person | None:
        row = self._conn.execute("SELECT * FROM people WHERE id = ?", (person_id,)).fetchone()
        return self._make(row) if row else None

    def ids(self) -> list[str]:
        return list(_ids(self._conn.execute("SELECT id FROM people ORDER BY display_name").fetchall()))

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


class Events(_Manager):
    def _make(self, r: sqlite3.Row) -> Event:
        tr, lang = self._localized("event", r["id"])
        return Event(
            id=r["id"],
            title=tr.get("title", r["title"]),
            date=parse_date(r["date"]),
            category=r["category"],
            description=tr.get("description", r["description"]),
            place_ids=_ids(
                self._conn.execute(
                    "SELECT place_id FROM event_places WHERE event_id = ? ORDER BY rowid", (r["id"],)
                ).fetchall()
            ),
            person_ids=_ids(
                self._conn.execute(
                    "SELECT person_id FROM event_people WHERE event_id = ? ORDER BY rowid", (r["id"],)
                ).fetchall()
            ),
            source_ids=self._sources("event", r["id"]),
            disputed=bool(r["disputed"]),
            dispute=tr.get("dispute", r["dispute_note"] or ""),
            text_lang=lang,
        )

    def all(self) -> list[Event]:
        return [self._make(r) for r in self._conn.execute("SELECT * FROM events ORDER BY sort_start, id")]

    def get(self, event_id: str) -> Event | None:
        row = self._conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
        return self._make(row) if row else None

    def ids(self) -> list[str]:
        return list(_ids(self._conn.execute("SELECT id FROM events ORDER BY sort_start, id").fetchall()))

    def most_connected(self) -> str | None:
        """The id of the event with the most people and places (the earliest wins a tie)."""
        row = self._conn.execute(
            "SELECT e.id FROM events e ORDER BY (SELECT count(*) FROM event_people WHERE event_id = e.id) "
            "+ (SELECT count(*) FROM event_places WHERE event_id = e.id) DESC, e.sort_start, e.id LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    def eras(self) -> list[Era]:
        eras = []
        for r in self._conn.execute("SELECT * FROM eras ORDER BY sort_start").fetchall():
            tr, lang = self._localized("era", r["id"])
            eras.append(
                Era(
                    r["id"],
                    tr.get("title", r["title"]),
                    parse_date(r["start_date"]),
                    parse_date(r["end_date"]),
                    tr.get("description", r["description"] or ""),
                    lang,
                )
            )
        return eras


class Places(_Manager):
    def _make(self, r: sqlite3.Row) -> Place:
        tr, lang = self._localized("place", r["id"])
        legacy = {"ko": r["name_ko"], "ru": r["name_ru"]}.get(self._language.lang) or ""
        return Place(
            r["id"],
            r["name"],
            r["name_ko"] or "",
            r["name_ru"] or "",
            r["latitude"],
            r["longitude"],
            r["country"] or "",
            tr.get("description", r["description"] or ""),
            self._sources("place", r["id"]),
            tr.get("name", legacy),
            lang,
        )

    def all(self) -> list[Place]:
        return [self._make(r) for r in self._conn.execute("SELECT * FROM places ORDER BY name")]

    def get(self, place_id: str) -> Place | None:
        row = self._conn.execute("SELECT * FROM places WHERE id = ?", (place_id,)).fetchone()
        return self._make(row) if row else None

    def ids(self) -> list[str]:
        return list(_ids(self._conn.execute("SELECT id FROM places ORDER BY name").fetchall()))


class Glossary(_Manager):
    def _make(self, r: sqlite3.Row) -> Term:
        tr, lang = self._localized("term", r["id"])
        legacy = {"ko": r["term_ko"], "ru": r["term_ru"]}.get(self._language.lang) or ""
        return Term(
            r["id"],
            r["term"],
            r["term_ko"] or "",
            r["term_ru"] or "",
            tr.get("definition", r["definition"]),
            self._sources("term", r["id"]),
            tr.get("term", legacy),
            lang,
        )

    def all(self) -> list[Term]:
        return [self._make(r) for r in self._conn.execute("SELECT * FROM glossary ORDER BY term COLLATE NOCASE")]

    def get(self, term_id: str) -> Term | None:
        row = self._conn.execute("SELECT * FROM glossary WHERE id = ?", (term_id,)).fetchone()
        return self._make(row) if row else None

    def ids(self) -> list[str]:
        return list(_ids(self._conn.execute("SELECT id FROM glossary ORDER BY term COLLATE NOCASE").fetchall()))


class Chapters(_Manager):
    def _make(self, r: sqlite3.Row, with_sections: bool = True) -> Chapter:
        sections: tuple[Section, ...] = ()
        if with_sections:
            sections = tuple(
                self._section(s)
                for s in self._conn.execute("SELECT * FROM sections WHERE chapter_id = ? ORDER BY position", (r["id"],))
            )
        tr, lang = self._localized("chapter", r["id"])
        return Chapter(
            r["id"],
            r["number"],
            tr.get("title", r["title"]),
            tr.get("summary", r["summary"]),
            tuple(json.loads(tr.get("objectives", r["objectives"]) or "[]")),
            tuple(json.loads(tr.get("discussion", r["discussion"]) or "[]")),
            self._sources("chapter", r["id"]),
            r["word_count"],
            sections,
            tuple(json.loads(tr.get("cited_sources", r["cited_sources"]) or "[]")),
            lang,
        )

    def _section(self, s: sqlite3.Row) -> Section:
        tr, lang = self._localized("section", s["id"])
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

    def all(self, with_sections: bool = False) -> list[Chapter]:
        return [self._make(r, with_sections) for r in self._conn.execute("SELECT * FROM chapters ORDER BY number")]

    def get(self, chapter_id: str) -> Chapter | None:
        row = self._conn.execute("SELECT * FROM chapters WHERE id = ?", (chapter_id,)).fetchone()
        return self._make(row) if row else None

    def ids(self) -> list[str]:
        return list(_ids(self._conn.execute("SELECT id FROM chapters ORDER BY number").fetchall()))

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


class Questions(_Manager):
    def _make(self, r: sqlite3.Row) -> Question:
        tr, lang = self._localized("question", r["id"])
        rows = self._conn.execute(
            "SELECT * FROM question_choices WHERE question_id = ? ORDER BY position", (r["id"],)
        ).fetchall()
        texts = json.loads(tr["choices"]) if "choices" in tr else [c["text"] for c in rows]
        choices = tuple(Choice(text, bool(c["correct"])) for text, c in zip(texts, rows, strict=True))
        section = r["section_id"].split("/", 1)[1] if r["section_id"] else None
        return Question(
            r["id"],
            r["chapter_id"],
            section,
            r["type"],
            r["difficulty"],
            tr.get("prompt", r["prompt"]),
            tr.get("explanation", r["explanation"]),
            choices,
            json.loads(tr.get("answer_json", r["answer_json"]) or "{}"),
            self._sources("question", r["id"]),
            lang,
        )

    def all(self, chapter_id: str | None = None) -> list[Question]:
        if chapter_id is None:
            rows = self._conn.execute(
                "SELECT q.* FROM questions q JOIN chapters c ON c.id = q.chapter_id ORDER BY c.number, q.rowid"
            )
        else:
            rows = self._conn.execute("SELECT * FROM questions WHERE chapter_id = ? ORDER BY rowid", (chapter_id,))
        return [self._make(r) for r in rows]

    def get(self, question_id: str) -> Question | None:
        row = self._conn.execute("SELECT * FROM questions WHERE id = ?", (question_id,)).fetchone()
        return self._make(row) if row else None


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
        self.search = SearchIndex(self._conn, self._language)
        self.routes, self.series = (
            Routes(self._conn, self._language),
            SeriesStore(self._conn, self._language),
        )  # the map's movements, the charts

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
