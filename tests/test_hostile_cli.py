"""Hostile files and places for the content pipeline and the command line: one line naming the
problem for a person, never a traceback or a hang, and nothing that is not ours overwritten."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from koryo_desktop.__main__ import main
from koryo_desktop.core.errors import ContentDatabaseError
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.provision import ensure_content_database, remove_stale_builds
from tests.conftest import FIXTURE_CONTENT
from tests.hostile import make_read_only, run_python


@pytest.fixture
def src(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, copy)
    return copy


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    return lines[0]


# -- where -o points ----------------------------------------------------------------------------
def test_an_output_that_is_a_folder_is_refused(src: Path, tmp_path: Path, capsys):
    folder = tmp_path / "out"
    (folder / "keep").mkdir(parents=True)
    assert main(["content", "build", str(src), "-o", str(folder)]) == 1
    assert "is a folder" in _one_line(capsys.readouterr().err)
    assert main(["export", "timelinejs", "-o", str(folder)]) == 1  # was a traceback
    assert "is a folder" in _one_line(capsys.readouterr().err)
    assert (folder / "keep").is_dir()


def test_an_output_under_a_file_is_refused(src: Path, tmp_path: Path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    for argv in (["content", "build", str(src)], ["export", "gift"]):
        assert main([*argv, "-o", str(tmp_path / "notes.txt" / "out.db")]) == 1
        assert "part of that path is a file" in _one_line(capsys.readouterr().err)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_missing_folder_is_made(src: Path, tmp_path: Path):
    assert main(["content", "build", str(src), "-o", str(tmp_path / "new" / "deeper" / "koryo.db")]) == 0
    assert (tmp_path / "new" / "deeper" / "koryo.db").is_file()


def test_an_unwritable_output_is_one_line(src: Path, small_disk: Path, capsys):
    make_read_only(small_disk)
    assert main(["content", "build", str(src), "-o", str(small_disk / "koryo.db")]) == 1
    assert "cannot write" in _one_line(capsys.readouterr().err)
    assert main(["export", "moodle", "-o", str(small_disk / "bank.xml")]) == 1
    assert "cannot write" in _one_line(capsys.readouterr().err)


def test_a_file_that_is_not_ours_is_not_overwritten_without_force(src: Path, tmp_path: Path, capsys):
    notes = tmp_path / "notes.db"
    notes.write_text("a teacher's notes")
    assert main(["content", "build", str(src), "-o", str(notes)]) == 1
    assert "add --force" in _one_line(capsys.readouterr().err)
    assert notes.read_text() == "a teacher's notes"
    bank = tmp_path / "bank.txt"
    bank.write_text("my own questions")
    assert main(["export", "gift", "-o", str(bank)]) == 1
    assert "already exists" in _one_line(capsys.readouterr().err)
    assert bank.read_text() == "my own questions"
    assert main(["export", "gift", "-o", str(bank), "--force"]) == 0
    assert main(["content", "build", str(src), "-o", str(notes), "--force"]) == 0
    # a content database this command built is ours: building again replaces it
    assert main(["content", "build", str(src), "-o", str(notes)]) == 0


def test_never_into_the_sources(src: Path, capsys):
    source = src / "people" / "nam-il.toml"
    before = source.read_text()
    assert main(["content", "build", str(src), "-o", str(source), "--force"]) == 1
    assert "inside the content sources" in _one_line(capsys.readouterr().err)
    assert main(["content", "build", str(src), "-o", str(src / "koryo.db")]) == 1
    assert source.read_text() == before and not (src / "koryo.db").exists()


# -- odd source files -----------------------------------------------------------------------------
def _build_errors(src: Path, tmp_path: Path, capsys) -> str:
    assert main(["content", "build", str(src), "-o", str(tmp_path / "out.db")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "nothing was built" in err
    assert not (tmp_path / "out.db").exists()
    return err


def test_a_symlink_loop_is_a_file_line_message(src: Path, tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (src / "people" / "a.toml").symlink_to("b.toml")
    (src / "people" / "b.toml").symlink_to("a.toml")
    err = _build_errors(src, tmp_path, capsys)
    assert "content/people/a.toml:1: cannot be read: its link goes round in a loop" in err
    assert "content/people/b.toml:1: cannot be read: its link goes round in a loop" in err


def test_a_very_deeply_nested_array_is_a_file_line_message(src: Path, tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    deep = "[" * 100_000 + "]" * 100_000
    (src / "places" / "deep.toml").write_text(f'# a hostile file\n\n[[place]]\nid = "x"\nnames = {deep}\n')
    err = _build_errors(src, tmp_path, capsys)
    assert "content/places/deep.toml:5: TOML syntax error: arrays or tables are nested too deeply to read" in err


def test_a_fifo_named_toml_does_not_hang_the_build(src: Path, tmp_path: Path):
    os.mkfifo(src / "events" / "pipe.toml")
    out = subprocess.run(
        [sys.executable, "-m", "koryo_desktop", "content", "build", str(src), "-o", str(tmp_path / "out.db")],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert out.returncode == 1
    assert "content/events/pipe.toml:1: is not a regular file" in out.stderr and "Traceback" not in out.stderr


# -- killed builds ----------------------------------------------------------------------------------
PAUSED_BUILD = """
import sys
from koryo_desktop.store import content_builder
real_write = content_builder._write
def paused(db, bundle, version):
    real_write(db, bundle, version)
    print("writing", flush=True)
    sys.stdin.readline()  # a long build, killed while it runs
content_builder._write = paused
content_builder.build(sys.argv[1], sys.argv[2])
"""


def test_a_killed_build_leaves_nothing_for_long_and_a_running_one_is_left_alone(src: Path, tmp_path: Path):
    out = tmp_path / "cache" / "content.db"
    out.parent.mkdir()
    build = run_python(PAUSED_BUILD, str(src), str(out))
    try:
        assert build.stdout.readline().strip() == "writing", build.stderr.read()
        temporary = list(out.parent.glob(".content.db.*.building"))
        assert len(temporary) == 1
        assert remove_stale_builds(out.parent) == []  # still building: its file is kept
        assert temporary[0].exists()
        build.kill()  # kill -9 in the middle of the build
        build.wait(timeout=30)
    finally:
        if build.poll() is None:
            build.kill()
    assert temporary[0].exists()
    assert main(["content", "build", str(src), "-o", str(out)]) == 0  # the next build tidies it away
    assert sorted(p.name for p in out.parent.iterdir()) == ["content.db"]


# -- damaged or foreign content databases ------------------------------------------------------
def test_a_damaged_cached_content_database_is_built_again(tmp_path: Path):
    cache = tmp_path / "cache"
    db = ensure_content_database(FIXTURE_CONTENT, cache)
    size = db.stat().st_size
    with db.open("r+b") as f:  # cut short, as a full disk or a crash leaves it
        f.truncate(size // 3)
    again = ensure_content_database(FIXTURE_CONTENT, cache)
    assert again == db and db.stat().st_size == size
    ContentStore(db).close()
    with db.open("r+b") as f:  # a few pages overwritten in the middle
        f.seek(size // 2)
        f.write(b"\xa5" * 8192)
    ensure_content_database(FIXTURE_CONTENT, cache)
    store = ContentStore(db)
    assert store.search.search("Nam Il").hits  # search works again
    store.close()


def test_a_cached_database_from_before_digests_is_checked_once(tmp_path: Path):
    cache = tmp_path / "cache"
    db = ensure_content_database(FIXTURE_CONTENT, cache)
    digest = db.with_name(db.name + ".sha256")
    digest.unlink()
    built = db.stat().st_mtime_ns
    assert ensure_content_database(FIXTURE_CONTENT, cache) == db
    assert db.stat().st_mtime_ns == built and digest.is_file()  # reused, and its digest kept


def test_a_content_file_with_missing_tables_is_refused_clearly(fixture_db: Path, tmp_path: Path, capsys):
    partial = tmp_path / "partial.db"
    shutil.copy(fixture_db, partial)
    conn = sqlite3.connect(partial)
    conn.execute("DROP TABLE people")
    conn.commit()
    conn.close()
    with pytest.raises(ContentDatabaseError) as caught:
        ContentStore(partial)
    assert "is incomplete: it has no people table" in str(caught.value)
    assert main(["content", "stats", str(partial)]) == 1
    assert "incomplete" in _one_line(capsys.readouterr().err)
    assert main(["--smoke", "--content", str(partial)]) == 2
    assert "incomplete" in capsys.readouterr().err
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(ContentDatabaseError, match="is not a Koryo Desktop content database"):
        ContentStore(foreign)
