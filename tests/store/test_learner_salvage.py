"""Real damage: found by a full integrity check (index damage too), set aside only after what still
reads was copied into a new file; and files set aside earlier are offered back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from koryo_desktop.store.learner_store import LearnerStore


def _with_answers(path: Path, answers: int) -> int:
    store = LearnerStore(path)
    aigerim = store.add_learner("Aigerim", pin="4826")
    store.add_bookmark("deportation", "the-trains", quote="124 trains", note="ask", learner_id=aigerim)
    store.save_position("deportation", "the-trains", learner_id=aigerim)
    for i in range(answers):
        store.record_attempt("s1", f"q{i}", {"choice": i, "pad": "x" * 200}, i % 2 == 0, learner_id=aigerim)
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return aigerim


def _damage_index(path: Path) -> None:
    """Rows added while the index was hidden from SQLite: the index lacks them. quick_check
    passes this file; integrity_check does not."""
    conn = sqlite3.connect(path, isolation_level=None)
    sql, root = conn.execute("SELECT sql, rootpage FROM sqlite_master WHERE name = 'quiz_attempts_learner'").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = 'quiz_attempts_learner'")
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO quiz_attempts(learner_id, session_id, question_id, answer_json, correct, answered_at) "
        "VALUES (2, 's2', 'hidden', '1', 1, '2025-01-01')"
    )
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "INSERT INTO sqlite_master(type, name, tbl_name, rootpage, sql) "
        "VALUES ('index', 'quiz_attempts_learner', 'quiz_attempts', ?, ?)",
        (root, sql),
    )
    conn.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    conn.close()


def test_index_damage_that_quick_check_misses_is_repaired_with_nothing_lost(tmp_path: Path):
    path = tmp_path / "learner.db"
    aigerim = _with_answers(path, 40)
    _damage_index(path)
    store = LearnerStore(path)
    assert store.salvage is not None
    assert store.salvage.recovered["answers"] == 41 and store.salvage.recovered["learners"] == 1
    assert len(store.attempts(aigerim)) == 41  # the 40 and the one the index missed: nothing lost
    assert store.check_pin(aigerim, "4826")  # the learner keeps their PIN
    assert store.bookmarks(aigerim)[0]["note"] == "ask"
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    kept = list(tmp_path.glob("learner.damaged-*.db"))
    assert kept == [store.salvage.kept]  # the damaged file itself is kept too, as it was


def _leaf_pages(path: Path, table: str) -> list[int]:
    conn = sqlite3.connect(path)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,))]
    conn.close()
    return pages


def test_one_bad_page_costs_that_page_not_the_file(tmp_path: Path):
    path = tmp_path / "learner.db"
    aigerim = _with_answers(path, 400)
    leaves = _leaf_pages(path, "quiz_attempts")
    assert len(leaves) > 10
    page_size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as f:  # one page in the middle of the answers turns to garbage
        f.seek((leaves[len(leaves) // 2] - 1) * page_size)
        f.write(b"\xa5" * page_size)
    store = LearnerStore(path)
    assert store.salvage is not None
    kept = len(store.attempts(aigerim))
    per_page = 400 / len(leaves)
    assert 400 - 2 * per_page <= kept < 400  # only what was on the bad page is missing
    assert store.salvage.recovered["answers"] == kept
    assert store.learners()[1]["name"] == "Aigerim" and store.bookmarks(aigerim)
    assert store.position("deportation", aigerim) is not None
    store.record_attempt("s2", "after", 1, True, learner_id=aigerim)  # and the new file works
    store.close()


def test_a_file_set_aside_earlier_is_offered_back_and_brought_back_once(tmp_path: Path):
    current = tmp_path / "learner.db"
    earlier = tmp_path / "learner.damaged-20240101-120000.db"  # a healthy file an older version set aside
    aigerim_then = _with_answers(earlier, 5)
    store = LearnerStore(current)
    aigerim = store.add_learner("aigerim")  # the same learner, made again after the file went
    store.record_attempt("today", "q-new", 1, True, learner_id=aigerim)
    offers = store.set_aside()
    assert [o.path for o in offers] == [earlier]
    assert offers[0].holds == {"learners": 1, "answers": 5, "bookmarks": 1, "places": 1}
    added = store.bring_back(earlier)
    assert added["answers"] == 5 and added["learners"] == 0  # matched by name, not added twice
    assert len(store.attempts(aigerim)) == 6 and store.bookmarks(aigerim)[0]["quote"] == "124 trains"
    assert store.set_aside() == []  # not offered again
    assert store.bring_back(earlier)["answers"] == 0  # and bringing it back again adds nothing
    assert earlier.is_file() and aigerim_then
    store.close()


def test_a_file_declined_is_not_offered_again(tmp_path: Path):
    earlier = tmp_path / "learner.damaged-20240101-120000.db"
    _with_answers(earlier, 1)
    store = LearnerStore(tmp_path / "learner.db")
    store.decline(earlier)
    assert store.set_aside() == [] and earlier.is_file()
    store.close()


def test_two_copies_finding_the_same_damage_repair_it_once(tmp_path: Path):
    from tests.hostile import run_python

    path = tmp_path / "learner.db"
    _with_answers(path, 40)
    _damage_index(path)
    code = """
    import sys, time
    from pathlib import Path
    from koryo_desktop.store.learner_store import LearnerStore
    go = Path(sys.argv[2])
    while not go.exists():
        time.sleep(0.001)
    store = LearnerStore(Path(sys.argv[1]))
    print(len(store.attempts(2)), flush=True)
    store.close()
    """
    procs = [run_python(code, str(path), str(tmp_path / "go")) for _ in range(3)]
    (tmp_path / "go").touch()
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert out.strip() == "41"
    assert len(list(tmp_path.glob("learner.damaged-*.db"))) == 1
