"""Statements written with what they record: off by default, in the answer's own transaction (both
or neither), surviving a crash, sections read and chapters finished once each, a learner's
statements gone with the learner, and older learner files upgraded."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from koryo_desktop.core.quiz import QuizSession
from koryo_desktop.core.xapi_settings import XapiSettings
from koryo_desktop.store import xapi_queue
from koryo_desktop.store.learner_schema import LEARNER_SCHEMA_VERSION
from koryo_desktop.store.learner_store import GUEST_ID, LearnerStore
from koryo_desktop.store.quiz_answers import AnswerNotSaved, AnswerRecorder
from koryo_desktop.store.xapi_journal import SCHOOL_ID_KEY, XapiJournal, save_settings
from koryo_desktop.store.xapi_queue import XapiQueue
from tests.xapi_machine import right_response

ON = XapiSettings(
    True, "https://lrs.school.example/xAPI/", "key", "secret", "https://school.example", "pseudonym", "7A"
)


def queued(learner: LearnerStore) -> list[dict]:
    queue = XapiQueue.open(learner.path)
    try:
        return queue.statements()
    finally:
        queue.close()


def answer_all(learner: LearnerStore, journal: XapiJournal, questions, learner_id: int = GUEST_ID) -> QuizSession:
    session = QuizSession("practice", list(questions), seed=1)
    recorder = AnswerRecorder(learner, "s1", learner_id, journal=journal, session=session)
    while not session.finished:
        presented = session.current()
        response = right_response(presented)
        verdict = session.judge(response)
        recorder.save(session.index, presented.question.id, response, verdict.correct, verdict.given, schedule=True)
        session.commit(response, verdict)
    recorder.finished()
    return session


@pytest.fixture
def journal(learner, store):
    made = XapiJournal(learner, store)
    learner.reading_hook = made.reading
    yield made
    made.close()


def test_nothing_is_recorded_until_a_school_turns_statements_on(learner, store, journal):
    answer_all(learner, journal, store.questions.all())
    learner.save_position("north-korea", "the-armistice")
    assert len(learner.attempts()) == 3
    assert queued(learner) == []
    save_settings(learner, XapiSettings(True, "https://lrs.school.example/xAPI/"))  # no home page: not complete
    journal.reload()
    answer_all(learner, journal, store.questions.all()[:1])
    assert queued(learner) == []


def test_each_answer_is_queued_with_its_definition_in_every_language_and_the_round_after(learner, store, journal):
    save_settings(learner, ON)
    journal.reload()
    answer_all(learner, journal, store.questions.all())
    statements = queued(learner)
    assert [s["verb"]["display"]["en-US"] for s in statements] == ["answered"] * 3 + ["completed"]
    by_question = {s["object"]["id"].rsplit("/", 1)[-1]: s for s in statements[:3]}
    assert by_question["signer"]["object"]["definition"]["name"] == {
        "en": "Who signed for the northern side?", "ko": "북측을 대표해 서명한 사람은 누구인가?"}  # fmt: skip
    assert set(by_question["signing-year"]["object"]["definition"]["name"]) == {"en"}  # not translated: English
    assert statements[3]["result"]["score"] == {"raw": 3, "min": 0, "max": 3, "scaled": 1.0}
    assert statements[3]["object"]["definition"]["name"]["ko"] == "연습"
    pseudonyms = {s["actor"]["account"]["name"] for s in statements}
    assert len(pseudonyms) == 1 and learner.setting("xapi.pseudonym") in pseudonyms
    assert all(s["context"]["contextActivities"]["grouping"][-1]["id"].endswith("/classes/7A") for s in statements)


def test_an_answer_and_its_statement_are_saved_together_or_not_at_all(learner, store, journal, monkeypatch):
    save_settings(learner, ON)
    learner.add_learner("Ana")
    journal.reload()
    session = QuizSession("test", store.questions.all()[:1], seed=1)
    recorder = AnswerRecorder(learner, "s2", 2, journal=journal, session=session)
    presented = session.current()
    response = right_response(presented)
    verdict = session.judge(response)

    def full_disk(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(xapi_queue, "insert", full_disk)
    with pytest.raises(AnswerNotSaved) as failed:
        recorder.save(0, presented.question.id, response, verdict.correct, verdict.given, schedule=True)
    assert failed.value.reason == "full"
    assert learner.attempts(2) == [] and queued(learner) == []
    assert learner.setting("xapi.pseudonym", None, 2) is None  # the pseudonym made then was undone too
    monkeypatch.undo()
    recorder.save(0, presented.question.id, response, verdict.correct, verdict.given, schedule=True)
    assert len(learner.attempts(2)) == 1 and len(queued(learner)) == 1
    assert queued(learner)[0]["actor"]["account"]["name"] == learner.setting("xapi.pseudonym", None, 2)


def test_statements_survive_a_crash_right_after_the_answer(tmp_path, fixture_db):
    folder = tmp_path / "pc"
    code = f"""
import os
from pathlib import Path
from koryo_desktop.core.xapi_settings import XapiSettings
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.learner_store import LearnerStore
from koryo_desktop.store.xapi_journal import XapiJournal, save_settings
from tests.store.test_xapi_journal import ON, answer_all
learner = LearnerStore(Path({str(folder / "learner.db")!r}))
save_settings(learner, ON)
answer_all(learner, XapiJournal(learner, ContentStore(Path({str(fixture_db)!r}))), [])
store = ContentStore(Path({str(fixture_db)!r}))
answer_all(learner, XapiJournal(learner, store), store.questions.all()[:2])
os._exit(9)  # no close, no clean-up: as if the power went
"""
    ran = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2], capture_output=True, text=True,
                         timeout=60)  # fmt: skip
    assert ran.returncode == 9, ran.stderr
    learner = LearnerStore(folder / "learner.db")
    assert len(learner.attempts()) == 2
    assert [s["verb"]["display"]["en-US"] for s in queued(learner)] == ["answered", "answered", "completed"]
    learner.close()


def test_sections_read_and_a_chapter_read_to_the_end_are_recorded_once_for_the_reader(learner, store, journal):
    save_settings(learner, ON)
    ana = learner.add_learner("Ana")
    journal.reload()
    journal.set_reader(ana)
    learner.save_position("north-korea", None)  # before the first section: nothing yet
    learner.save_position("north-korea", "the-armistice", 120)
    learner.save_position("north-korea", "the-armistice", 240)
    learner.save_position("north-korea", "summary")
    statements = queued(learner)
    assert len(statements) == 1
    assert statements[0]["verb"]["id"].endswith("/experienced")
    assert statements[0]["object"]["id"].endswith("/chapters/north-korea/sections/the-armistice")
    assert statements[0]["result"]["extensions"][
        "https://w3id.org/xapi/cmi5/result/extensions/progress"] == 33  # fmt: skip
    learner.save_position("north-korea", "numbers")
    learner.save_position("north-korea", "numbers", 10)
    learner.save_position("north-korea", "introduction")
    statements = queued(learner)
    assert [s["verb"]["id"].rsplit("/", 1)[-1] for s in statements] == ["experienced"] * 3 + ["completed"]
    assert [s["result"]["extensions"]["https://w3id.org/xapi/cmi5/result/extensions/progress"]
            for s in statements] == [33, 67, 100, 100]  # fmt: skip
    assert statements[3]["object"]["id"].endswith("/chapters/north-korea")
    assert statements[3]["object"]["definition"]["name"]["en"] == "Soviet Koreans and North Korea"
    assert {s["actor"]["account"]["name"] for s in statements} == {learner.setting("xapi.pseudonym", None, ana)}


def test_the_school_id_names_the_learner_when_the_school_chose_ids(learner, store, journal):
    save_settings(learner, XapiSettings(**{**ON.to_dict(), "actor": "school-id"}))
    ana = learner.add_learner("Ana")
    learner.set_setting(SCHOOL_ID_KEY, "S-1042", ana)
    journal.reload()
    answer_all(learner, journal, store.questions.all()[:1], ana)
    assert {s["actor"]["account"]["name"] for s in queued(learner)} == {"S-1042"}
    assert "Ana" not in json.dumps(queued(learner))


def test_a_learner_removed_takes_their_waiting_statements_along(learner, store, journal):
    save_settings(learner, ON)
    ana, ben = learner.add_learner("Ana"), learner.add_learner("Ben")
    journal.reload()
    answer_all(learner, journal, store.questions.all()[:1], ana)
    answer_all(learner, journal, store.questions.all()[:1], ben)
    assert len(queued(learner)) == 4
    learner.delete_learner(ana)
    assert len(queued(learner)) == 2


def test_an_older_learner_file_gets_the_statement_tables(tmp_path):
    path = tmp_path / "learner.db"
    LearnerStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE xapi_statements")
    conn.execute("DROP TABLE xapi_reached")
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    learner = LearnerStore(path)
    tables = {r[0] for r in learner._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"xapi_statements", "xapi_reached"} <= tables
    assert learner._conn.execute("PRAGMA user_version").fetchone()[0] == LEARNER_SCHEMA_VERSION == 3
    learner.close()


def test_statements_the_store_has_are_forgotten_after_a_while_and_the_rest_kept(learner, store, journal):
    save_settings(learner, ON)
    journal.reload()
    answer_all(learner, journal, store.questions.all())
    queue = XapiQueue.open(learner.path)
    ids = [s["id"] for s in queue.statements()]
    queue.mark_sent(ids[:2])
    queue.mark_refused(ids[2], 400, "bad")
    learner.write(lambda conn: conn.execute("UPDATE xapi_statements SET sent_at = '2020-01-01T00:00:00+00:00' "
                                            "WHERE statement_id = ?", (ids[0],)))  # fmt: skip
    assert queue.prune(30) == 1
    assert queue.state() == ({"queued": 1, "sent": 1, "refused": 1}, queue.refused())
    assert queue.refused()[0].reason == "bad"
    queue.close()
