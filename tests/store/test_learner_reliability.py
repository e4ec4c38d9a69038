"""The learner data is never set aside, lost or changed by an ordinary misbehaving environment:
locks held by other processes, two copies of the app upgrading an old file at once, a full disk,
a read-only disk. Only real damage sets a file aside, and what still reads is kept."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from koryo_desktop.core.errors import LearnerDataError
from koryo_desktop.store.learner_schema import LEARNER_SCHEMA_VERSION
from koryo_desktop.store.learner_store import LearnerStore, LearnerWriteError
from tests.hostile import fill, lock_held, make_read_only, old_learner_file, run_python


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _nothing_set_aside(folder: Path) -> bool:
    return not list(folder.glob("*.damaged-*"))


def _healthy(path: Path, answers: int = 2) -> None:
    store = LearnerStore(path)
    aigerim = store.add_learner("Aigerim")
    for i in range(answers):
        store.record_attempt("s1", f"q{i}", i, True, learner_id=aigerim)
    store.add_bookmark("deportation", "the-trains", quote="124 trains", learner_id=aigerim)
    store.close()


def _answers(store: LearnerStore) -> int:
    return sum(len(store.attempts(learner["id"])) for learner in store.learners())


# -- locks held by another process ------------------------------------------------------------
def test_a_writer_in_another_process_does_not_stop_the_start(tmp_path: Path):
    path = tmp_path / "learner.db"
    _healthy(path)
    with lock_held(path, "write"):
        store = LearnerStore(path, wait=0.5)  # reading needs no write lock: it opens at once
        assert _answers(store) == 2 and store.salvage is None and not store.read_only
        with pytest.raises(LearnerWriteError) as caught:  # a write waits, then says the file is busy
            store.set_setting("language", "ko")
        assert caught.value.kind == "busy" and isinstance(caught.value, sqlite3.OperationalError)
        store.close()
    store = LearnerStore(path)
    store.set_setting("language", "ko")
    assert store.setting("language") == "ko" and _answers(store) == 2
    store.close()
    assert _nothing_set_aside(tmp_path)


def test_an_exclusive_lock_is_waited_out_then_reported_as_busy_and_nothing_moves(tmp_path: Path):
    path = tmp_path / "learner.db"
    _healthy(path)
    with lock_held(path, "exclusive") as holder:
        with pytest.raises(LearnerDataError) as caught:
            LearnerStore(path, wait=0.3)
        assert caught.value.kind == "busy"
        assert path.is_file() and _nothing_set_aside(tmp_path)
        # the other program lets go while the app still waits: the app opens
        holder.stdin.write("\n")
        holder.stdin.flush()
        store = LearnerStore(path, wait=20)
    assert _answers(store) == 2 and store.salvage is None
    store.close()
    assert _nothing_set_aside(tmp_path)


def test_an_upgrade_waits_for_a_writer_and_then_runs(tmp_path: Path):
    path = tmp_path / "learner.db"
    old_learner_file(path)
    with lock_held(path, "write"):
        with pytest.raises(LearnerDataError) as caught:
            LearnerStore(path, wait=0.3)
        assert caught.value.kind == "busy"
    store = LearnerStore(path)
    assert _answers(store) == 3
    store.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == LEARNER_SCHEMA_VERSION
    assert _nothing_set_aside(tmp_path)


# -- two copies starting together on an old file ----------------------------------------------
START_TOGETHER = """
import sys, time
from pathlib import Path
from koryo_desktop.store.learner_store import LearnerStore
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
store = LearnerStore(Path(sys.argv[1]))
store.record_attempt("new", "q-" + sys.argv[3], 1, True, learner_id=2, given="x")
print(store.salvage is None, len(store.attempts(2)), flush=True)
store.close()
"""


def test_copies_starting_together_upgrade_an_old_file_once_and_lose_nothing(tmp_path: Path):
    trials, copies = 4, 4
    for trial in range(trials):
        folder = tmp_path / f"trial-{trial}"
        folder.mkdir()
        path, go = folder / "learner.db", folder / "go"
        old_learner_file(path)
        procs = [run_python(START_TOGETHER, str(path), str(go), str(i)) for i in range(copies)]
        go.touch()
        for proc in procs:
            out, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
            assert out.startswith("True ")  # nobody found the file damaged
        assert _nothing_set_aside(folder)
        store = LearnerStore(path)
        ids = sorted(a["question_id"] for a in store.attempts(2))
        assert ids == sorted([f"q{i}" for i in range(3)] + [f"q-{i}" for i in range(copies)])
        assert store.bookmarks(2)[0]["kind"] == "bookmark"
        store.close()


def test_a_failed_upgrade_changes_nothing(tmp_path: Path, monkeypatch):
    from koryo_desktop.store import learner_schema

    path = tmp_path / "learner.db"
    old_learner_file(path)
    before = _dump(path)

    def broken(conn):  # the disk fills up half-way through the upgrade of the file
        learner_schema._to_v2(conn)
        if conn.execute("PRAGMA database_list").fetchone()[2]:  # the file, not the copy in memory
            conn.execute("CREATE TABLE half_done (x)")
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(learner_schema, "MIGRATIONS", (*learner_schema.MIGRATIONS[:1], (2, broken)))
    store = LearnerStore(path)  # the file stays as it was; the data is shown read-only
    assert store.read_only == "full" and _answers(store) == 3
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    assert "given" not in {r[1] for r in conn.execute("PRAGMA table_info(quiz_attempts)")}
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()
    assert _dump(path) == before


# -- a full disk --------------------------------------------------------------------------------
def test_a_full_disk_keeps_the_data_and_says_why_nothing_is_saved(small_disk: Path):
    path = small_disk / "learner.db"
    _healthy(path)
    filler = fill(small_disk)
    store = LearnerStore(path)
    assert store.read_only == "full" and _answers(store) == 2 and store.salvage is None
    with pytest.raises(LearnerWriteError) as caught:
        store.record_attempt("s", "q9", 1, True)
    assert caught.value.kind == "full"
    store.close()
    assert _nothing_set_aside(small_disk)
    filler.unlink()
    store = LearnerStore(path)
    assert not store.read_only and _answers(store) == 2
    store.close()


def test_the_disk_filling_up_while_the_app_runs(small_disk: Path):
    path = small_disk / "learner.db"
    _healthy(path)
    store = LearnerStore(path)
    filler = fill(small_disk)
    with pytest.raises(LearnerWriteError) as caught:
        for i in range(200):  # enough to need a new page
            store.add_bookmark("c", None, quote="x" * 2000 + str(i))
    assert caught.value.kind == "full"
    kept = len(store.bookmarks())
    filler.unlink()
    store.add_bookmark("c", None, quote="after")
    assert len(store.bookmarks()) == kept + 1 and _answers(store) == 2
    store.close()
    assert _nothing_set_aside(small_disk)


def test_an_old_file_on_a_full_disk_is_read_and_left_alone(small_disk: Path):
    path = small_disk / "learner.db"
    old_learner_file(path)
    before = _digest(path)
    fill(small_disk)
    store = LearnerStore(path)
    assert store.read_only == "full" and _answers(store) == 3
    assert store.attempts(2)[0]["given"] == ""  # upgraded in memory only
    store.close()
    assert _digest(path) == before and _nothing_set_aside(small_disk)


def test_a_first_start_on_a_full_disk_says_so_and_leaves_nothing(small_disk: Path):
    fill(small_disk)
    with pytest.raises(LearnerDataError) as caught:
        LearnerStore(small_disk / "learner.db")
    assert caught.value.kind == "full"
    assert not (small_disk / "learner.db").exists()


# -- a read-only disk ---------------------------------------------------------------------------
def test_a_read_only_file_can_still_be_read(small_disk: Path):
    path = small_disk / "learner.db"
    _healthy(path, answers=5)
    make_read_only(small_disk)
    store = LearnerStore(path)
    assert store.read_only == "read_only" and _answers(store) == 5 and store.bookmarks(2)
    with pytest.raises(LearnerWriteError) as caught:
        store.set_setting("language", "ru")
    assert caught.value.kind == "read_only"
    store.close()
    assert _nothing_set_aside(small_disk)


def test_a_first_start_in_a_read_only_folder_says_so(small_disk: Path):
    make_read_only(small_disk)
    with pytest.raises(LearnerDataError) as caught:
        LearnerStore(small_disk / "learner.db")
    assert caught.value.kind == "read_only"


def test_a_data_dir_that_is_a_file_is_a_clear_error(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(LearnerDataError) as caught:
        LearnerStore(tmp_path / "notes.txt" / "learner.db")
    assert caught.value.kind == "unavailable"
    assert (tmp_path / "notes.txt").read_text() == "mine"
