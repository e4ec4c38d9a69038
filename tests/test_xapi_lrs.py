"""xAPI against a real Learning Record Store (Ralph on 127.0.0.1): two computers' learners in one
class report, nothing lost when the store goes away or refuses, and the privacy settings hold."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from koryo_desktop.__main__ import main
from koryo_desktop.core.results import learner_scores, question_report
from koryo_desktop.core.xapi_client import LrsClient
from koryo_desktop.core.xapi_report import read_class
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.xapi_queue import XapiQueue
from koryo_desktop.store.xapi_sender import XapiSender
from tests.ralph import PASSWORD, USER, Relay
from tests.xapi_machine import Machine


@pytest.fixture
def content(real_db: Path):
    store = ContentStore(real_db)
    yield store
    store.close()


def one_of_each_type(content: ContentStore) -> list:
    chosen: dict[str, object] = {}
    for question in content.questions.all():
        chosen.setdefault(question.type, question)
    assert len(chosen) == 7
    return list(chosen.values())


def send(machine: Machine, url: str, batch: int = 100, **kwargs):
    queue = XapiQueue.open(machine.learners.path)
    try:
        return XapiSender(queue, LrsClient(url, USER, PASSWORD, timeout=10), batch).send(**kwargs)
    finally:
        queue.close()


def of_class(ralph, class_name: str) -> list[dict]:
    return [s for s in ralph.stored() if any(g["id"].endswith(f"/classes/{class_name}")
                                             for g in s["context"]["contextActivities"].get("grouping", []))]  # fmt: skip


def test_two_computers_appear_in_one_class_report_read_from_the_store(ralph, content, tmp_path):
    questions = one_of_each_type(content)
    first = Machine(tmp_path / "pc-1", content, ralph.url, "7A")
    second = Machine(tmp_path / "pc-2", content, ralph.url, "7A")
    ana = first.learners.add_learner("Ana Kim")
    boris = second.learners.add_learner("Boris Tsoi")
    first.play(ana, questions, right=True)
    second.play(boris, questions, right={questions[0].id, questions[1].id})
    for machine in (first, second):
        report = send(machine, ralph.url)
        assert (report.sent, report.refused, report.left, report.error) == (8, 0, 0, "")  # 7 answers and the round

    read = read_class(LrsClient(ralph.url, USER, PASSWORD), first.settings)
    assert read.problem is None
    assert sorted(len(attempts) for _learner, attempts in read.results) == [7, 7]
    scores = {s.learner: (s.answers, s.correct) for s in learner_scores(read.results)}
    assert sorted(scores.values()) == [(7, 2), (7, 7)]
    stats = {s.question_id: s for s in question_report(read.results)}
    assert set(stats) == {q.id for q in questions}
    assert all(s.learners == 2 for s in stats.values())
    assert stats[questions[0].id].share_correct == 1.0
    wrong = stats[questions[-1].id]
    assert wrong.share_correct == 0.5 and wrong.common_wrong[0][1] == 1 and wrong.common_wrong[0][0] != "—"

    stored = of_class(ralph, "7A")
    assert len(stored) == 16
    text = json.dumps([{k: v for k, v in s.items() if k != "authority"} for s in stored], ensure_ascii=False)
    assert "Ana" not in text and "Boris" not in text and "mbox" not in text  # the store adds its own authority
    actors = {json.dumps(s["actor"], sort_keys=True) for s in stored}
    assert len(actors) == 2
    assert all(s["actor"]["account"]["homePage"] == "https://school.example" for s in stored)
    kinds = {s["object"]["definition"].get("interactionType") for s in stored if s["verb"]["id"].endswith("answered")}
    assert kinds == {"choice", "true-false", "sequencing", "matching", "numeric", "fill-in"}
    rounds = [s for s in stored if s["verb"]["id"].endswith("completed")]
    assert sorted(r["result"]["score"]["raw"] for r in rounds) == [2, 7]

    # sent again (a crash between the store's answer and the mark): the store keeps one of each
    first.learners.write(lambda conn: conn.execute("UPDATE xapi_statements SET state = 'queued'"))
    assert send(first, ralph.url).sent == 8
    assert len(of_class(ralph, "7A")) == 16
    first.close()
    second.close()


def test_a_store_that_goes_away_mid_batch_loses_nothing(ralph, content, tmp_path):
    relay = Relay(ralph.port)
    machine = Machine(tmp_path / "pc", content, relay.url, "7B")
    machine.play(1, content.questions.all()[:24], right=True)
    total = 25
    try:
        relay.mode = "cut"  # the store takes the batch; its answer never arrives
        report = send(machine, relay.url, batch=10)
        assert report.stopped and report.status == 0 and (report.sent, report.left) == (0, total)
        assert len(of_class(ralph, "7B")) == 10

        relay.mode = "pass"

        def away_after_first(progress):
            relay.mode = "away"

        report = send(machine, relay.url, batch=10, progress=away_after_first)
        assert report.stopped and report.status == 0 and (report.sent, report.left) == (10, total - 10)

        relay.mode = "pass"
        report = send(machine, relay.url, batch=10)
        assert (report.sent, report.left, report.error) == (total - 10, 0, "")
    finally:
        relay.close()
    stored = of_class(ralph, "7B")
    assert len(stored) == total and len({s["id"] for s in stored}) == total
    sent = XapiQueue.open(machine.learners.path)
    assert sent.counts() == {"queued": 0, "sent": total, "refused": 0}
    sent.close()
    machine.close()


def test_refused_statements_are_kept_with_the_reason_and_the_rest_go_on(ralph, content, tmp_path, capsys):
    machine = Machine(tmp_path / "pc", content, ralph.url, "7C")
    machine.play(1, content.questions.all()[:3], right=False)
    assert send(machine, ralph.url).sent == 4
    machine.play(1, content.questions.all()[3:8], right=False)
    conn = sqlite3.connect(machine.learners.path)
    rows = conn.execute("SELECT statement_id, statement FROM xapi_statements ORDER BY id").fetchall()
    changed = json.loads(rows[0][1])  # a statement the store has, changed since: the store says 409
    changed["result"]["response"] = "something else"
    bad_id = json.loads(rows[6][1])  # not a UUID: the store says 422 (400 in the standard)
    bad_id["id"] = "answer-7"
    with conn:
        conn.execute("UPDATE xapi_statements SET statement = ?, state = 'queued' WHERE statement_id = ?",
                     (json.dumps(changed), rows[0][0]))  # fmt: skip
        conn.execute(
            "UPDATE xapi_statements SET statement = ? WHERE statement_id = ?", (json.dumps(bad_id), rows[6][0])
        )
    conn.close()

    report = send(machine, ralph.url)
    assert (report.sent, report.refused, report.left, report.error) == (5, 2, 0, "")
    assert len(of_class(ralph, "7C")) == 4 + 5
    queue = XapiQueue.open(machine.learners.path)
    refused = {r.statement_id: r for r in queue.refused()}
    assert refused[rows[0][0]].status == 409 and "Differing statements already exist" in refused[rows[0][0]].reason
    assert refused[rows[6][0]].status in (400, 422) and refused[rows[6][0]].reason.startswith("0.id: Input should be")
    queue.close()
    machine.close()
    assert main(["xapi", "status", "--data-dir", str(tmp_path / "pc")]) == 0
    out = capsys.readouterr().out
    assert "waiting: 0; sent: 8; refused: 2" in out and "HTTP 409: Differing statements" in out


def test_credentials_the_store_refuses_stop_the_run_and_keep_everything(ralph, content, tmp_path):
    machine = Machine(tmp_path / "pc", content, ralph.url, "7D")
    machine.play(1, content.questions.all()[:3])
    queue = XapiQueue.open(machine.learners.path)
    report = XapiSender(queue, LrsClient(ralph.url, USER, "not the password")).send()
    assert report.stopped and report.status == 401 and report.left == 4 and report.sent == 0
    assert queue.counts() == {"queued": 4, "sent": 0, "refused": 0}
    queue.close()
    machine.close()


def test_the_command_line_configures_tests_sends_and_exports_without_qt(ralph, content, tmp_path, capsys, monkeypatch):
    folder = tmp_path / "pc"
    machine = Machine(folder, content, "http://127.0.0.1:9/xAPI/", "7E")
    machine.play(1, content.questions.all()[:2])
    machine.close()
    monkeypatch.setenv("LRS_KEY", PASSWORD)
    assert main(["xapi", "configure", "--data-dir", str(folder), "--endpoint", ralph.url, "--username", USER,
                 "--password-env", "LRS_KEY", "--on"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "statements: on" in out and PASSWORD not in out and "password: set" in out
    assert main(["xapi", "configure", "--data-dir", str(folder), "--home-page", "school.example"]) == 1
    assert "home page" in capsys.readouterr().err

    assert main(["xapi", "test", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "statements?limit=1: HTTP 200" in out and "about: HTTP 404" in out and "The store answers." in out

    assert main(["xapi", "send", "--dry-run", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "would send 3 statement(s)" in out and "2 answered, 1 completed" in out
    assert of_class(ralph, "7E") == []

    export = tmp_path / "out" / "statements.json"
    assert main(["xapi", "export", "-o", str(export), "--data-dir", str(folder)]) == 0
    assert len(json.loads(export.read_text())) == 3
    assert main(["xapi", "send", "--data-dir", str(folder)]) == 0
    assert "sent: 3; refused: 0; still waiting: 0" in capsys.readouterr().out
    assert len(of_class(ralph, "7E")) == 3
    assert main(["xapi", "export", "-o", str(export), "--force", "--data-dir", str(folder)]) == 0
    assert json.loads(export.read_text()) == []
    assert main(["xapi", "export", "-o", str(export), "--force", "--all", "--data-dir", str(folder)]) == 0
    assert len(json.loads(export.read_text())) == 3

    code = ("import sys; from koryo_desktop.__main__ import main; "
            f"main(['xapi', 'status', '--data-dir', {str(folder)!r}]); "
            "print('Qt loaded' if any(m.startswith('PySide6') for m in sys.modules) else 'no Qt')")  # fmt: skip
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert ran.stdout.strip().endswith("no Qt"), ran.stderr
