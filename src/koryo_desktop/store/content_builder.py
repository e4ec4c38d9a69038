"""Compile validated content sources into the content database with sqlite-utils.

The database is written to a temporary file beside the target and renamed into place only when
everything succeeded, so a failed build never leaves a half-built database behind. The temporary
file is locked while its build runs; one whose lock is free belongs to a build that was killed,
and the next build beside it removes it.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from koryo_desktop.core.dates import DateValue
from koryo_desktop.core.render import CitationNumbers, markdown_to_html
from koryo_desktop.core.text import fold
from koryo_desktop.store.content_loader import ContentBundle, ContentLoader, Record, script_of
from koryo_desktop.store.content_translations import ENGLISH
from koryo_desktop.store.file_locks import lock_fd
from koryo_desktop.store.kiosk_slides import META_KEY as KIOSK_SLIDES
from koryo_desktop.store.localized_content import search_docs, translation_rows
from koryo_desktop.store.map_content import create_map_tables, write_map_content
from koryo_desktop.store.provision import BUILDING, COMPANIONS, content_version, remove_stale_builds
from koryo_desktop.store.schema import FOREIGN_KEYS, NOT_NULL, PRIMARY_KEYS, SCHEMA_VERSION, TABLES


def check(root: Path) -> ContentBundle:
    """Validate ``root``; raises ContentValidationError listing every problem."""
    return ContentLoader(Path(root)).load()


def build(root: Path, out: Path) -> ContentBundle:
    """Validate ``root`` and compile it into the database ``out`` (atomically)."""
    import sqlite_utils  # only needed when building; keeps the app's start-up lean

    bundle = check(root)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_builds(out.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=BUILDING, dir=out.parent)
    lock_fd(fd)  # held until the end: a build killed meanwhile leaves a file nobody holds
    tmp = Path(tmp_name)
    try:
        db = sqlite_utils.Database(tmp)  # the empty file mkstemp made (not recreated: the lock is on it)
        _create_tables(db)
        _write(db, bundle, content_version(root))
        db.conn.commit()
        db.conn.execute("PRAGMA foreign_keys = ON")
        problems = db.conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign key check failed: {problems[:5]}")
        db.conn.execute("VACUUM")
        db.close()
        os.replace(tmp, out)
    finally:
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in COMPANIONS)):
            leftover.unlink(missing_ok=True)
        os.close(fd)
    return bundle


def _create_tables(db: Any) -> None:
    order = ["meta", "sources", "places", "people", "person_names", "person_roles", "events", "event_people",
             "event_places", "eras", "glossary", "chapters", "sections", "mentions", "questions",
             "question_choices", "citations", "translations", "translated_records", "search_docs",
             "search_terms"]  # fmt: skip
    for name in order:
        db[name].create(
            TABLES[name],
            pk=PRIMARY_KEYS.get(name),
            foreign_keys=FOREIGN_KEYS.get(name, []),
            not_null=NOT_NULL.get(name, set()),
        )
    create_map_tables(db)


def _date_cols(prefix: str, value: DateValue | None) -> dict[str, Any]:
    if value is None:
        return {
            f"{prefix}_date": None,
            f"{prefix}_text": None,
            f"{prefix}_start": None,
            f"{prefix}_end": None,
            f"{prefix}_precision": None,
        }
    return {
        f"{prefix}_date": value.text,
        f"{prefix}_text": value.english(),
        f"{prefix}_start": value.start.iso,
        f"{prefix}_end": value.last.iso,
        f"{prefix}_precision": value.precision,
    }


def _sources(record: Record) -> list[str]:
    return list(record.data.get("sources", []))


def _write(db: Any, bundle: ContentBundle, version: str) -> None:
    recs = bundle.records
    dates = bundle.dates
    citations: list[dict[str, Any]] = []

    def cite(kind: str, record: Record) -> None:
        for source_id in _sources(record):
            citations.append({"record_kind": kind, "record_id": record.id, "source_id": source_id, "detail": ""})

    db["meta"].insert_all(
        [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "content_version", "value": version},
            {"key": "built_at", "value": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")},
            {"key": "content_language", "value": ENGLISH},
            {"key": "languages", "value": json.dumps([ENGLISH, *bundle.translations.languages()])},
            *([{"key": KIOSK_SLIDES, "value": bundle.kiosk_slides.to_json()}] if bundle.kiosk_slides else []),
        ]
    )
    db["sources"].insert_all(
        {
            "id": r.id,
            "author": r.data.get("author", ""),
            "title": r.data["title"],
            "publisher": r.data.get("publisher", ""),
            "year": str(r.data.get("year", "")),
            "location": r.data["where"],
            "note": r.data.get("note", ""),
            "kind": r.data.get("kind", ""),
            "source_file": r.file,
        }
        for r in recs["source"]
    )
    db["places"].insert_all(
        {
            "id": r.id,
            "name": r.data["name"],
            "name_ko": r.data.get("name_ko", ""),
            "name_ru": r.data.get("name_ru", ""),
            "latitude": float(r.data["latitude"]),
            "longitude": float(r.data["longitude"]),
            "country": r.data.get("country", ""),
            "description": r.data.get("description", ""),
            "source_file": r.file,
        }
        for r in recs["place"]
    )
    for r in recs["place"]:
        cite("place", r)

    people_rows: list[dict[str, Any]] = []
    name_rows: list[dict[str, Any]] = []
    role_rows: list[dict[str, Any]] = []
    for r in recs["person"]:
        born, died = dates.get(("person", r.id, "born")), dates.get(("person", r.id, "died"))
        people_rows.append(
            {
                "id": r.id,
                "display_name": r.data["name"],
                "summary": r.data["summary"],
                "biography": r.data.get("bio", "").strip(),
                **_date_cols("born", born),
                "born_place_id": r.data.get("born_place"),
                **_date_cols("died", died),
                "died_place_id": r.data.get("died_place"),
                "countries": json.dumps(r.data.get("countries", [])),
                "sort_year": born.sort_key() if born else None,
                "disputed": int(bool(r.data.get("disputed"))),
                "dispute_note": r.data.get("dispute", ""),
                "source_file": r.file,
            }
        )
        for position, name in enumerate(r.data["names"]):
            name_rows.append(
                {
                    "person_id": r.id,
                    "position": position,
                    "text": name["text"],
                    "script": script_of(name),
                    "kind": name.get("kind", "name"),
                    "lang": name.get("lang", ""),
                    "note": name.get("note", ""),
                }
            )
        role_rows.extend({"person_id": r.id, "role": role} for role in r.data.get("roles", []))
        cite("person", r)
    db["people"].insert_all(people_rows)
    db["person_names"].insert_all(name_rows)
    db["person_roles"].insert_all(role_rows)

    event_rows: list[dict[str, Any]] = []
    event_people: list[dict[str, Any]] = []
    event_places: list[dict[str, Any]] = []
    for r in recs["event"]:
        date = dates[("event", r.id, "date")]
        event_rows.append(
            {
                "id": r.id,
                "title": r.data["title"],
                "date": date.text,
                "date_text": date.english(),
                "date_start": date.start.iso,
                "date_end": date.last.iso,
                "precision": date.precision,
                "end_precision": date.last.precision,
                "sort_start": date.start.decimal_year(),
                "sort_end": date.last.decimal_year(end=True),
                "category": r.data["category"],
                "description": r.data["description"].strip(),
                "disputed": int(bool(r.data.get("disputed"))),
                "dispute_note": r.data.get("dispute", ""),
                "source_file": r.file,
            }
        )
        event_people.extend({"event_id": r.id, "person_id": p} for p in r.data.get("people", []))
        event_places.extend({"event_id": r.id, "place_id": p} for p in r.data.get("places", []))
        cite("event", r)
    # people's own event lists become links too
    linked = {(e["event_id"], e["person_id"]) for e in event_people}
    for r in recs["person"]:
        for event_id in r.data.get("events", []):
            if (event_id, r.id) not in linked:
                linked.add((event_id, r.id))
                event_people.append({"event_id": event_id, "person_id": r.id})
    db["events"].insert_all(event_rows)
    db["event_people"].insert_all(event_people)
    db["event_places"].insert_all(event_places)

    era_rows = []
    for r in recs["era"]:
        start, end = dates[("era", r.id, "start")], dates[("era", r.id, "end")]
        era_rows.append(
            {
                "id": r.id,
                "title": r.data["title"],
                "start_date": start.text,
                "end_date": end.text,
                "sort_start": start.start.decimal_year(),
                "sort_end": end.last.decimal_year(end=True),
                "description": r.data.get("description", ""),
                "source_file": r.file,
            }
        )
        cite("era", r)
    db["eras"].insert_all(era_rows)

    db["glossary"].insert_all(
        {
            "id": r.id,
            "term": r.data["term"],
            "term_ko": r.data.get("term_ko", ""),
            "term_ru": r.data.get("term_ru", ""),
            "definition": r.data["definition"].strip(),
            "source_file": r.file,
        }
        for r in recs["term"]
    )
    for r in recs["term"]:
        cite("term", r)

    chapter_rows, section_rows, mention_rows = [], [], []
    for chapter in sorted(bundle.chapters, key=lambda c: (c.record.data.get("number", 0), c.record.id)):
        r = chapter.record
        numbers = CitationNumbers()  # [1], [2], … in the order the chapter first cites its sources
        chapter_rows.append(
            {
                "id": r.id,
                "number": r.data["number"],
                "title": r.data["title"],
                "summary": r.data["summary"],
                "objectives": json.dumps(r.data.get("objectives", []), ensure_ascii=False),
                "discussion": json.dumps(r.data.get("discussion", []), ensure_ascii=False),
                "word_count": chapter.word_count,
                "source_file": r.file,
            }
        )
        cite("chapter", r)
        for position, section in enumerate(chapter.sections):
            section_id = f"{r.id}/{section.slug}"
            section_rows.append(
                {
                    "id": section_id,
                    "chapter_id": r.id,
                    "slug": section.slug,
                    "position": position,
                    "title": section.title,
                    "body_markdown": section.markdown,
                    "body_html": markdown_to_html(section.markdown, numbers),
                    "disputed": int(section.disputed),
                }
            )
        chapter_rows[-1]["cited_sources"] = json.dumps(numbers.order)
        seen_mentions = set()
        for slug, kind, target, text, _line in chapter.links:
            record_id = target.partition("#")[0]
            key = (slug, kind, record_id)
            if key not in seen_mentions:
                seen_mentions.add(key)
                mention_rows.append(
                    {
                        "chapter_id": r.id,
                        "section_id": f"{r.id}/{slug}",
                        "record_kind": kind,
                        "record_id": record_id,
                        "link_text": text,
                    }
                )
        for slug, source_id, detail, _line in chapter.citations:
            citations.append(
                {
                    "record_kind": "section",
                    "record_id": f"{r.id}/{slug}",
                    "source_id": source_id,
                    "detail": detail,
                }
            )
    numbers_of = {row["id"]: json.loads(row["cited_sources"]) for row in chapter_rows}
    text_rows, record_rows = translation_rows(bundle, numbers_of)
    db["translations"].insert_all(text_rows)
    db["translated_records"].insert_all(record_rows)
    db["chapters"].insert_all(chapter_rows)
    db["sections"].insert_all(section_rows)
    db["mentions"].insert_all(mention_rows)

    question_rows, choice_rows = [], []
    for r in recs["question"]:
        data = r.data
        answer = {k: data[k] for k in ("answer", "tolerance", "unit", "accepted", "items", "pairs") if k in data}
        question_rows.append(
            {
                "id": r.id,
                "chapter_id": data["chapter"],
                "section_id": f"{data['chapter']}/{data['section']}" if data.get("section") else None,
                "type": data["type"],
                "difficulty": data["difficulty"],
                "prompt": data["prompt"],
                "explanation": data["explanation"],
                "answer_json": json.dumps(answer, ensure_ascii=False),
                "source_file": r.file,
            }
        )
        for position, choice in enumerate(data.get("choices", [])):
            choice_rows.append(
                {
                    "question_id": r.id,
                    "position": position,
                    "text": choice["text"],
                    "correct": int(choice.get("correct") is True),
                }
            )
        cite("question", r)
    db["questions"].insert_all(question_rows)
    db["question_choices"].insert_all(choice_rows)
    citations += write_map_content(db, bundle)
    db["citations"].insert_all(citations)

    languages = [ENGLISH, *bundle.translations.languages()]
    docs = [d for lang in languages for d in search_docs(bundle, lang)]
    db["search_docs"].insert_all(docs)
    db["search_terms"].insert_all(_vocabulary(docs), replace=True)
    for table, columns in (("person_names", ["person_id"]), ("event_people", ["person_id"]),
                           ("event_places", ["place_id"]), ("sections", ["chapter_id"]),
                           ("mentions", ["record_kind", "record_id"]), ("citations", ["record_kind", "record_id"]),
                           ("questions", ["chapter_id"]), ("question_choices", ["question_id"]),
                           ("search_docs", ["kind", "record_id"]), ("search_docs", ["lang"]),
                           ("translations", ["kind", "lang"]), ("translated_records", ["kind", "lang"])):  # fmt: skip
        db[table].create_index(columns)


def _paragraphs(markdown: str) -> Iterable[str]:
    return (p for p in markdown.split("\n\n") if p.strip())


def _vocabulary(docs: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Words from names and titles that the search can suggest when a query finds nothing."""
    words: dict[str, str] = {}
    for d in docs:
        if d["field"] not in ("name", "title", "section-title"):
            continue
        for word in d["text"].replace("-", " ").split():
            word = word.strip(".,;:()\"'«»“”")
            folded = fold(word)
            if len(folded) >= 3 and folded not in words:
                words[folded] = word
    return [{"term": term, "folded": folded} for folded, term in words.items()]
