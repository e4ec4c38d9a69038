"""What a person is told about their saved progress: a file kept aside earlier is offered back with
a button; a busy, read-only or full learner file is said in plain words, and nothing moves."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from koryo_desktop import app as app_module
from koryo_desktop.app import Started, error_hook, start
from koryo_desktop.config import Config
from koryo_desktop.store.learner_store import LearnerStore, LearnerWriteError
from tests.hostile import fill, lock_held, make_read_only


def _earlier_file(folder: Path) -> Path:
    earlier = folder / "learner.damaged-20240101-120000.db"
    store = LearnerStore(earlier)
    aigerim = store.add_learner("Aigerim")
    for i in range(3):
        store.record_attempt("s", f"q{i}", i, True, learner_id=aigerim)
    store.close()
    return earlier


def test_a_file_kept_aside_is_offered_back_and_brought_back_with_a_click(qtbot, fixture_db: Path, tmp_path: Path):
    data = tmp_path / "learner"
    data.mkdir()
    earlier = _earlier_file(data)
    result = start(Config(content=fixture_db, data_dir=data), lang_given=True)
    assert isinstance(result, Started)
    try:
        window = result.window
        text = window.notice.text()
        assert earlier.name in text and "1 learner" in text and "3 quiz answers" in text
        buttons = {b.text(): b for b in window.notice_actions()}
        assert set(buttons) == {"Bring it back", "Not needed"}
        qtbot.mouseClick(buttons["Bring it back"], Qt.MouseButton.LeftButton)
        assert window.notice.text() == "Brought back: 1 learner and 3 quiz answers."
        assert window.notice_actions() == []
        names = [learner["name"] for learner in result.learner.learners()]
        assert "Aigerim" in names and result.learner.set_aside() == []
    finally:
        result.close()


def test_the_offer_is_shown_in_the_interface_language(qtbot, fixture_db: Path, tmp_path: Path):
    data = tmp_path / "learner"
    data.mkdir()
    _earlier_file(data)
    result = start(Config(content=fixture_db, data_dir=data, lang="ru"), lang_given=True)
    assert isinstance(result, Started)
    try:
        assert "ответ" in result.window.notice.text()
        assert [b.text() for b in result.window.notice_actions()] == ["Вернуть", "Не нужно"]
    finally:
        result.close()


def test_a_busy_learner_file_is_said_plainly_and_stays(qtbot, fixture_db: Path, tmp_path: Path, capsys, monkeypatch):
    data = tmp_path / "learner"
    data.mkdir()
    LearnerStore(data / "learner.db").close()
    monkeypatch.setattr(app_module, "LEARNER_WAIT_SECONDS", 0.3)
    with lock_held(data / "learner.db", "exclusive"):
        assert start(Config(content=fixture_db, data_dir=data, smoke=True), lang_given=True) == 2
    err = capsys.readouterr().err
    assert "in use by another copy of Koryo Desktop" in err and "Nothing was changed" in err
    assert "Traceback" not in err and sorted(p.name for p in data.iterdir()) == ["learner.db"]


def test_a_read_only_learner_file_opens_and_says_nothing_is_saved(qtbot, fixture_db: Path, small_disk: Path):
    store = LearnerStore(small_disk / "learner.db")
    store.set_setting("language", "ko")
    store.close()
    make_read_only(small_disk)
    result = start(Config(content=fixture_db, data_dir=small_disk))
    assert isinstance(result, Started)
    try:
        assert result.lang == "ko"  # the saved choices still apply
        assert "저장할 수는 없습니다" in result.window.notice.text()
        with pytest.raises(sqlite3.OperationalError) as caught:  # any write, whichever way it is made
            result.learner.save_position("deportation", None)
        error_hook(result.window)(type(caught.value), caught.value, None)
        assert result.window.notice.text() == "파일에 쓸 수 없어서 학습 기록을 저장할 수 없습니다."
    finally:
        result.close()


def test_a_change_that_cannot_be_saved_says_why(qtbot, fixture_db: Path, small_disk: Path):
    result = start(Config(content=fixture_db, data_dir=small_disk), lang_given=True)
    assert isinstance(result, Started)
    try:
        fill(small_disk)
        hook = error_hook(result.window)
        with pytest.raises(LearnerWriteError) as caught:
            for i in range(300):
                result.learner.add_bookmark("c", None, quote="x" * 2000 + str(i))
        hook(type(caught.value), caught.value, None)
        assert result.window.notice.text() == (
            "Your progress could not be saved: the disk is full. Free some space and try again."
        )
    finally:
        result.close()
