"""The content's records load with one query per table, whatever their number, in every language."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from koryo_desktop.store.content_store import ContentStore


@contextmanager
def counted(store: ContentStore) -> Iterator[list[str]]:
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        store._conn.set_trace_callback(None)


def queries_of_all(store: ContentStore, lang: str) -> dict[str, int]:
    store.set_language(lang)
    counts = {}
    for kind in ("people", "events", "places", "glossary", "chapters", "questions", "sources", "routes", "series"):
        manager = getattr(store, kind)
        with counted(store) as statements:
            records = manager.all(with_sections=True) if kind == "chapters" else manager.all()
        counts[kind] = len(statements)
        assert records or kind in ("routes", "series"), kind
    return counts


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_all_reads_each_table_once_however_many_records(fixture_db: Path, real_db: Path, lang: str):
    small, large = ContentStore(fixture_db), ContentStore(real_db)
    try:
        few, many = queries_of_all(small, lang), queries_of_all(large, lang)
        assert large.stats()["events"] > 10 * small.stats()["events"]
    finally:
        small.close()
        large.close()
    # 2 people or 30, 3 events or 98: the same queries (the fixture has no routes or series)
    assert {k: n for k, n in few.items() if k not in ("routes", "series")} == {
        k: n for k, n in many.items() if k not in ("routes", "series")
    }
    assert many["routes"] == many["series"] == (3 if lang == "en" else 5)  # the rows, their points, citations
    # people: the people, names, roles, events, citations; in Korean also the translations (once)
    assert many["people"] == (5 if lang == "en" else 7)
    assert max(many.values()) <= 7


def test_records_read_together_equal_those_read_one_by_one(real_db: Path):
    for lang in ("en", "ko", "ru"):
        together, alone = ContentStore(real_db), ContentStore(real_db)
        together.set_language(lang)
        alone.set_language(lang)
        try:
            for kind in ("people", "events", "places", "glossary", "questions", "sources", "routes", "series"):
                records = getattr(together, kind).all()
                assert records == [getattr(alone, kind).get(r.id) for r in records], (lang, kind)
            chapters = together.chapters.all(with_sections=True)
            assert chapters == [alone.chapters.get(c.id) for c in chapters]
            assert all(c.sections for c in chapters)
            assert [c.sections for c in together.chapters.all()] == [()] * len(chapters)
        finally:
            together.close()
            alone.close()


def test_a_record_read_once_is_not_read_again_until_the_language_changes(store: ContentStore):
    store.people.all()
    with counted(store) as statements:
        nam_il = store.people.get("nam-il")
        assert store.people.many(["william-harrison", "nobody", "nam-il"]) == [
            store.people.get("william-harrison"),
            nam_il,
        ]
    assert statements == []
    store.set_language("ko")
    with counted(store) as statements:
        korean = store.people.get("nam-il")
    assert statements  # read again, in Korean
    assert nam_il is not None and korean is not None
    assert korean.text_lang == "ko" and korean.summary != nam_il.summary
    store.set_language("en")
    assert store.people.get("nam-il") == nam_il


def test_many_reads_the_records_asked_for_in_one_query_per_table(store: ContentStore):
    with counted(store) as statements:
        people = store.people.many(["nam-il", "nobody", "william-harrison", "nam-il"])
    assert [p.id for p in people] == ["nam-il", "william-harrison", "nam-il"]
    assert len(statements) == 5
    assert store.people.many([]) == []
    assert store.people.get("nobody") is None


def test_a_chapters_questions_are_counted_without_reading_them(real_db: Path):
    store = ContentStore(real_db)
    chapters = [c.id for c in store.chapters.all()]
    with counted(store) as statements:
        counts = {chapter: store.questions.count(chapter) for chapter in chapters}
    assert len(statements) == len(chapters) and all("count(*)" in s for s in statements)  # one small query each
    assert counts == {chapter: len(store.questions.all(chapter)) for chapter in chapters} and sum(counts.values())
    with counted(store) as statements:  # read whole now: counted from what was read
        assert {chapter: store.questions.count(chapter) for chapter in chapters} == counts
    assert statements == []
    store.close()
