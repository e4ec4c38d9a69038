"""Schema of the content database. Bump SCHEMA_VERSION whenever a table or column changes."""

from __future__ import annotations

SCHEMA_VERSION = 5
# 2: sections.body_html and chapters.cited_sources, rendered when the database is built
# 3: sources.kind
# 4: translations and translated_records (the content in other languages); search_docs.lang
# 5: routes, route_waypoints, series, series_points (the map's movements and the charts' numbers; store/map_content.py)

KIND_TABLES = {
    "chapter": "chapters",
    "section": "sections",
    "person": "people",
    "event": "events",
    "era": "eras",
    "place": "places",
    "term": "glossary",
    "question": "questions",
    "source": "sources",
}

# Columns per table, in order; sqlite-utils creates them with these types.
TABLES: dict[str, dict[str, type]] = {
    "meta": {"key": str, "value": str},
    "sources": {"id": str, "author": str, "title": str, "publisher": str, "year": str, "location": str,
                "note": str, "kind": str, "source_file": str},
    "places": {"id": str, "name": str, "name_ko": str, "name_ru": str, "latitude": float,
               "longitude": float, "country": str, "description": str, "source_file": str},
    "people": {"id": str, "display_name": str, "summary": str, "biography": str,
               "born_date": str, "born_text": str, "born_start": str, "born_end": str, "born_precision": str,
               "born_place_id": str, "died_date": str, "died_text": str, "died_start": str, "died_end": str,
               "died_precision": str, "died_place_id": str, "countries": str, "sort_year": float,
               "disputed": int, "dispute_note": str, "source_file": str},
    "person_names": {"id": int, "person_id": str, "position": int, "text": str, "script": str,
                     "kind": str, "lang": str, "note": str},
    "person_roles": {"person_id": str, "role": str},
    "events": {"id": str, "title": str, "date": str, "date_text": str, "date_start": str, "date_end": str,
               "precision": str, "end_precision": str, "sort_start": float, "sort_end": float,
               "category": str, "description": str, "disputed": int, "dispute_note": str,
               "source_file": str},
    "event_people": {"event_id": str, "person_id": str},
    "event_places": {"event_id": str, "place_id": str},
    "eras": {"id": str, "title": str, "start_date": str, "end_date": str, "sort_start": float,
             "sort_end": float, "description": str, "source_file": str},
    "glossary": {"id": str, "term": str, "term_ko": str, "term_ru": str, "definition": str,
                 "source_file": str},
    "chapters": {"id": str, "number": int, "title": str, "summary": str, "objectives": str,
                 "discussion": str, "word_count": int, "cited_sources": str, "source_file": str},
    "sections": {"id": str, "chapter_id": str, "slug": str, "position": int, "title": str,
                 "body_markdown": str, "body_html": str, "disputed": int},
    "mentions": {"chapter_id": str, "section_id": str, "record_kind": str, "record_id": str,
                 "link_text": str},
    "questions": {"id": str, "chapter_id": str, "section_id": str, "type": str, "difficulty": str,
                  "prompt": str, "explanation": str, "answer_json": str, "source_file": str},
    "question_choices": {"question_id": str, "position": int, "text": str, "correct": int},
    "citations": {"record_kind": str, "record_id": str, "source_id": str, "detail": str},
    "translations": {"kind": str, "record_id": str, "lang": str, "field": str, "text": str},
    "translated_records": {"kind": str, "record_id": str, "lang": str, "complete": int},
    "search_docs": {"id": int, "kind": str, "record_id": str, "title": str, "anchor": str,
                    "field": str, "weight": float, "text": str, "folded": str, "lang": str},
    "search_terms": {"term": str, "folded": str},
}  # fmt: skip

PRIMARY_KEYS: dict[str, str | tuple[str, ...]] = {
    "meta": "key", "sources": "id", "places": "id", "people": "id", "person_names": "id",
    "events": "id", "eras": "id", "glossary": "id", "chapters": "id", "sections": "id",
    "questions": "id", "search_docs": "id", "search_terms": "term",
    "translations": ("kind", "record_id", "lang", "field"), "translated_records": ("kind", "record_id", "lang"),
}  # fmt: skip

FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "people": [("born_place_id", "places", "id"), ("died_place_id", "places", "id")],
    "person_names": [("person_id", "people", "id")],
    "person_roles": [("person_id", "people", "id")],
    "event_people": [("event_id", "events", "id"), ("person_id", "people", "id")],
    "event_places": [("event_id", "events", "id"), ("place_id", "places", "id")],
    "sections": [("chapter_id", "chapters", "id")],
    "mentions": [("chapter_id", "chapters", "id"), ("section_id", "sections", "id")],
    "questions": [("chapter_id", "chapters", "id"), ("section_id", "sections", "id")],
    "question_choices": [("question_id", "questions", "id")],
    "citations": [("source_id", "sources", "id")],
}

NOT_NULL = {
    "people": {"display_name"}, "events": {"title", "date_start"}, "chapters": {"title"},
    "sections": {"chapter_id"}, "questions": {"prompt", "type"},
}  # fmt: skip

# tables whose row counts `content stats` reports, in this order
STATS_TABLES = ("chapters", "sections", "people", "person_names", "events", "eras", "places",
                "glossary", "questions", "question_choices", "sources", "citations", "mentions",
                "translations", "search_docs")  # fmt: skip
