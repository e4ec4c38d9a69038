"""A start hashes the content's sources and the cached database only when they changed since an
earlier start found them so (store/provision.py)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from koryo_desktop.store import provision
from koryo_desktop.store.content_store import ContentStore
from tests.conftest import FIXTURE_CONTENT

LONG_AGO = time.time() - 3600


def age(*paths: Path, when: float | None = LONG_AGO) -> None:
    """Make files look written an hour ago, as they are at any start but the first (``when=None``:
    just now)."""
    for path in paths:
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for file in files:
            os.utime(file, None if when is None else (when, when))


def test_a_start_hashes_sources_and_database_again_only_when_they_changed(tmp_path: Path, monkeypatch):
    sources, cache = tmp_path / "content", tmp_path / "cache"
    shutil.copytree(FIXTURE_CONTENT, sources)
    age(sources)
    db = provision.ensure_content_database(sources, cache)
    age(db)
    assert provision.ensure_content_database(sources, cache) == db  # checked whole once more, and remembered
    provision._checked.clear()  # as a new process starts

    hashed: list[str] = []
    real_version, real_digest = provision.content_version, provision._digest
    monkeypatch.setattr(provision, "content_version", lambda root: hashed.append("sources") or real_version(root))
    monkeypatch.setattr(provision, "_digest", lambda path: hashed.append("database") or real_digest(path))
    assert provision.ensure_content_database(sources, cache) == db
    assert hashed == []  # nothing read: both are as the last start found them

    chapter = next(sources.rglob("*.md"))
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    provision._checked.clear()
    rebuilt = provision.ensure_content_database(sources, cache)
    assert "sources" in hashed and rebuilt != db and not db.exists()  # an edit is seen, and built
    ContentStore(rebuilt).close()


def test_a_cached_database_changed_since_it_was_remembered_is_checked_and_built_again(tmp_path: Path):
    sources, cache = tmp_path / "content", tmp_path / "cache"
    shutil.copytree(FIXTURE_CONTENT, sources)
    age(sources)
    db = provision.ensure_content_database(sources, cache)
    age(db)
    provision.ensure_content_database(sources, cache)  # remembered as intact
    assert db.with_name(db.name + ".stamp").is_file()
    size = db.stat().st_size
    with db.open("r+b") as f:  # pages overwritten in the middle, by something that kept the size
        f.seek(size // 2)
        f.write(b"\xa5" * 8192)
    provision._checked.clear()
    assert provision.ensure_content_database(sources, cache) == db
    store = ContentStore(db)
    assert store.search.search("Nam Il").hits  # built again: it reads whole
    store.close()


def test_a_file_written_moments_ago_is_not_remembered(tmp_path: Path):
    sources, cache = tmp_path / "content", tmp_path / "cache"
    shutil.copytree(FIXTURE_CONTENT, sources)
    age(sources, when=None)  # written just now: its time may not tell a second write apart
    provision.sources_version(sources, cache)
    assert not (cache / provision.SOURCES_STAMP).exists()
    age(sources)
    assert provision.sources_version(sources, cache) == provision.content_version(sources)
    assert (cache / provision.SOURCES_STAMP).exists()
