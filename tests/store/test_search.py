from pathlib import Path

import pytest

from koryo_desktop.store.content_store import ContentStore


@pytest.mark.parametrize(
    "query",
    [
        "Nam Yakov Petrovitch",
        "Nam Yakov Petrovich",
        "petrovich",
        "남일",
        "Нам Ир",
        "нам ир",
        "nam il",
        "NAM IL",
        "Nám Íl",
    ],
)
def test_every_spelling_finds_nam_il_first(store: ContentStore, query: str):
    result = store.search.search(query)
    assert result.hits, query
    assert (result.hits[0].kind, result.hits[0].record_id) == ("person", "nam-il")


def test_short_hangul_is_found_inside_longer_words(store: ContentStore):
    hits = store.search.search("남일").hits
    chapter_hit = next(h for h in hits if h.kind == "chapter")
    assert chapter_hit.anchor == "the-armistice"
    assert "<b>남일</b>은" in chapter_hit.snippet_html
    assert chapter_hit.target == "reader/north-korea#the-armistice"


def test_hits_are_one_per_record_and_highlighted(store: ContentStore):
    hits = store.search.search("armistice").hits
    keys = [(h.kind, h.record_id) for h in hits]
    assert len(keys) == len(set(keys))
    assert {"term", "event", "chapter", "person"} <= {h.kind for h in hits}
    assert all("<b>" in h.snippet_html or "armistice" in h.title.lower() for h in hits)


def test_no_hits_offers_close_matches(store: ContentStore):
    result = store.search.search("Pamnunjom")
    assert result.hits == ()
    assert "Panmunjom" in result.suggestions
    result = store.search.search("Нам Ил")
    assert result.hits == ()
    assert "Nam Il" in result.suggestions


def test_empty_and_junk_queries(store: ContentStore):
    assert store.search.search("").hits == ()
    assert store.search.search("  ,, ").hits == ()
    assert store.search.search('"quoted" AND OR NEAR(').hits == ()
    assert store.search.search("zzzzqqq").suggestions == ()


def test_real_content_finds_the_people_the_article_names(real_db: Path):
    store = ContentStore(real_db)
    for query in ("Nam Yakov Petrovitch", "남일", "Нам Ир", "nam il", "Karimov", "Mirziyoyev"):
        assert store.search.search(query).hits, query
    assert store.search.search("Nam Yakov Petrovitch").hits[0].record_id == "nam-il"
    store.close()
