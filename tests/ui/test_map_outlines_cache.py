"""The map's outlines are projected once and kept in the user's cache: a later session reads the
same paths from there; a damaged or unwritable cache only costs the projecting again."""

from __future__ import annotations

from pathlib import Path

import pytest

from koryo_desktop import paths
from koryo_desktop.ui.map import geography as geography_module
from koryo_desktop.ui.map.geography import Geography, geography


@pytest.fixture(autouse=True)
def fresh_session():
    geography.cache_clear()  # as a new session starts
    yield
    geography.cache_clear()


def same(a: Geography, b: Geography) -> bool:
    return (a.land, a.borders, a.rivers, a.lakes, a.bounds, a.notice) == (b.land, b.borders, b.rivers, b.lakes,
                                                                          b.bounds, b.notice)  # fmt: skip


def projected() -> Geography:
    return geography_module.project(paths.resource("map", "region.json").read_bytes())


def test_a_later_session_reads_the_projected_outlines_from_the_cache(qapp, monkeypatch: pytest.MonkeyPatch):
    first = geography()
    assert list(paths.user_cache_dir().glob("map-outlines-*.bin"))  # kept for later sessions
    expected = projected()
    assert same(first, expected) and first.lakes.elementCount() > 500
    geography.cache_clear()

    def no_projecting(_source: bytes) -> Geography:
        raise AssertionError("projected again although the cache holds the outlines")

    monkeypatch.setattr(geography_module, "project", no_projecting)
    later = geography()
    assert same(later, expected) and later.land.fillRule() == expected.land.fillRule()


def test_a_damaged_cache_is_projected_again_and_mended(qapp):
    geography()
    (cached,) = paths.user_cache_dir().glob("map-outlines-*.bin")
    cached.write_bytes(cached.read_bytes()[:5000])  # cut short (a full disk, a crash while writing)
    geography.cache_clear()
    assert same(geography(), projected())
    assert geography_module.read_cache(cached) is not None  # written whole again


def test_the_map_draws_when_the_cache_cannot_be_written(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("KORYO_CACHE_DIR", str(blocked))
    assert same(geography(), projected())
    assert list(tmp_path.iterdir()) == [blocked]  # no half-written file left behind
