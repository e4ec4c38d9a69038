import sqlite3
from pathlib import Path

from koryo_desktop.store.learner_store import LearnerStore


def test_positions_settings_bookmarks_and_attempts_survive_reopening(tmp_path: Path):
    path = tmp_path / "learner.db"
    store = LearnerStore(path)
    store.save_position("north-korea", "the-armistice")
    store.set_setting("language", "ko")
    store.add_bookmark("north-korea", "numbers", quote="figures", note="check")
    store.record_attempt("s1", "signer", "Nam Il", True)
    store.close()
    again = LearnerStore(path)
    assert again.salvage is None and not again.read_only
    position = again.last_position()
    assert position is not None and (position.chapter_id, position.section_slug) == ("north-korea", "the-armistice")
    assert again.setting("language") == "ko"
    assert again.bookmarks()[0]["note"] == "check"
    assert again.attempts()[0]["correct"] == 1
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    again.close()


def test_separate_learners_keep_separate_progress(learner: LearnerStore):
    other = learner.add_learner("Aigerim")
    learner.save_position("a", None)
    learner.save_position("b", None, learner_id=other)
    assert learner.last_position().chapter_id == "a"
    assert learner.last_position(other).chapter_id == "b"


def test_damaged_database_is_set_aside_with_a_notice(tmp_path: Path):
    path = tmp_path / "learner.db"
    path.write_bytes(b"SQLite format 3\x00" + b"garbage" * 500)
    store = LearnerStore(path)
    kept = list(tmp_path.glob("learner.damaged-*.db"))
    assert len(kept) == 1
    assert store.salvage is not None and store.salvage.kept == kept[0]
    assert store.set_aside() == []  # what was salvaged is not offered back again
    assert kept[0].read_bytes().startswith(b"SQLite format 3")
    store.save_position("x", None)
    assert store.last_position().chapter_id == "x"
    store.close()
    again = LearnerStore(path)
    assert again.salvage is None
    again.close()


def test_profiles_pins_reviews_and_all_attempts(tmp_path: Path):
    import pytest

    from koryo_desktop.core.review import review

    store = LearnerStore(tmp_path / "learner.db")
    minho = store.add_learner("Minho", "#D55E00", pin="1234")
    with pytest.raises(ValueError):
        store.add_learner("minho")
    assert store.has_pin(minho) and store.check_pin(minho, "1234") and not store.check_pin(minho, "0000")
    card, due = review(None, True)
    store.save_review_card("q1", card, due, learner_id=minho)
    assert store.review_card("q1", learner_id=minho) == card
    assert store.due_questions("9999", learner_id=minho) == ["q1"] and store.due_questions("0000", minho) == []
    store.record_attempt("s", "q1", 3, False, learner_id=minho, given="1936")
    rows = store.all_attempts()
    assert rows[0]["learner"] == "Minho" and rows[0]["given"] == "1936"
    store.delete_learner(minho)
    assert store.all_attempts() == []
    store.close()
