"""The school's Learning Record Store in the running app: answers travel to a real store (Ralph)
in the background while the learner goes on; the teacher's settings, with what is sent in words
and the store's refusals; the class report read back from the store; and nothing at all while
the school has not turned it on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from koryo_desktop.app import start
from koryo_desktop.config import Config
from koryo_desktop.core.xapi_settings import XapiSettings
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.learner_store import LearnerStore
from koryo_desktop.store.xapi_journal import load_settings, save_settings
from koryo_desktop.store.xapi_queue import XapiQueue
from koryo_desktop.ui import theme
from koryo_desktop.ui.quiz.xapi_dialog import XapiDialog
from tests.ralph import PASSWORD, USER
from tests.ui.quiz.conftest import answer_right, click, enter
from tests.xapi_machine import HOME, Machine


def of_class(ralph, class_name: str) -> list[dict]:
    return [s for s in ralph.stored() if any(g["id"].endswith(f"/classes/{class_name}")
                                             for g in s["context"]["contextActivities"].get("grouping", []))]  # fmt: skip


@pytest.fixture
def app_with(qtbot, real_db: Path, tmp_path: Path, monkeypatch):
    """Start the app on a data folder whose settings are ``settings`` (None: as installed)."""
    monkeypatch.setattr("koryo_desktop.ui.xapi_service.GATHER_SECONDS", 0.05)
    started = []

    def make(settings: XapiSettings | None):
        if settings is not None:
            learner = LearnerStore(tmp_path / "data" / "learner.db")
            save_settings(learner, settings)
            learner.close()
        app = start(Config(content=real_db, data_dir=tmp_path / "data"), lang_given=True)
        assert not isinstance(app, int)
        app.window.resize(1366, 768)
        app.window.show()
        qtbot.waitExposed(app.window)
        started.append(app)
        return app

    yield make
    for app in started:
        app.close()
    from PySide6.QtWidgets import QApplication

    theme.apply_display(QApplication.instance(), None, 100, "standard")


def service_of(app):
    return app.navigator.screens()["quiz"].xapi


def test_answers_travel_to_the_store_in_the_background(app_with, ralph, qtbot):
    app = app_with(XapiSettings(True, ralph.url, USER, PASSWORD, HOME, "pseudonym", "8A"))
    app.navigator.go("quiz")
    quiz = app.navigator.screens()["quiz"]
    assert service_of(app).running
    questions = [q for q in app.store.questions.all() if q.type in ("single", "order", "number")][:3]
    quiz.start("practice", questions, seed=1)
    for _ in questions:
        answer_right(qtbot, quiz)
        enter(qtbot, quiz)
        enter(qtbot, quiz)
    assert quiz.pages.currentWidget() is quiz.results_page
    qtbot.waitUntil(lambda: len(of_class(ralph, "8A")) == 4, timeout=20000)
    stored = of_class(ralph, "8A")
    assert [s["verb"]["id"].rsplit("/", 1)[-1] for s in stored].count("answered") == 3
    assert all(s["result"]["success"] for s in stored if "success" in s.get("result", {}))
    qtbot.waitUntil(lambda: service_of(app).counts == {"queued": 0, "sent": 4, "refused": 0}, timeout=10000)


def test_nothing_is_recorded_or_sent_until_the_school_turns_it_on(app_with, qtbot):
    app = app_with(None)
    quiz = app.navigator.screens()["quiz"]
    app.navigator.go("quiz")
    assert not service_of(app).running
    assert not quiz.teacher.lrs.report_button.isVisibleTo(quiz) and not quiz.teacher.lrs.notice.isVisibleTo(quiz)
    quiz.start("practice", app.store.questions.all()[:2], seed=1)
    for _ in range(2):
        answer_right(qtbot, quiz)
        enter(qtbot, quiz)
        enter(qtbot, quiz)
    assert len(app.learner.attempts()) == 2
    assert XapiQueue.open(app.learner.path).counts() == {"queued": 0, "sent": 0, "refused": 0}


def test_the_teacher_turns_it_on_sees_what_is_sent_and_why_the_store_refused(app_with, ralph, qtbot, monkeypatch,
                                                                             qtmodeltester):  # fmt: skip
    app = app_with(None)
    quiz = app.navigator.screens()["quiz"]
    app.navigator.go("quiz")
    seen = {}

    def fill(dialog: XapiDialog):
        qtmodeltester.check(dialog.ids_model)
        qtmodeltester.check(dialog.refused_model)
        seen["what"] = dialog.what.text()
        seen["schemes"] = [dialog.actor.itemData(i) for i in range(dialog.actor.count())]
        dialog.enabled.setChecked(True)
        dialog.endpoint.setText("lrs.school.example")  # no http: said so, nothing saved
        dialog.home_page.setText(HOME)
        assert not dialog.save()
        seen["problem"] = dialog.problem.text()
        dialog.endpoint.setText(ralph.url)
        dialog.username.setText(USER)
        dialog.password.setText(PASSWORD)
        dialog.class_name.setText("8B")
        assert dialog.actor.currentData() == "school-id"  # the default: the school's ids, random ones until then
        dialog.ids_model.setData(dialog.ids_model.index(0, 1), "G-01")
        assert dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(XapiDialog, "exec", fill)
    click(qtbot, quiz.teacher.lrs.settings_button)
    assert "each answer" in seen["what"] and "nothing else about the learner" in seen["what"]
    assert seen["schemes"] == ["school-id", "pseudonym", "email", "name"]
    assert "must start with http" in seen["problem"]
    settings = load_settings(app.learner)
    assert settings.active and settings.class_name == "8B" and settings.actor == "school-id"
    assert app.learner.setting("xapi.school_id") == "G-01"
    assert service_of(app).running and quiz.teacher.lrs.report_button.isVisibleTo(quiz)

    # a statement the store will not take (its id is not a UUID): kept, and the teacher is told why
    monkeypatch.setattr("koryo_desktop.core.xapi.new_id", lambda: "not-a-uuid")
    quiz.start("practice", app.store.questions.all()[:1], seed=1)
    answer_right(qtbot, quiz)
    enter(qtbot, quiz)
    qtbot.waitUntil(lambda: service_of(app).counts["refused"] == 1, timeout=20000)
    assert not quiz.teacher.lrs.notice.isHidden()
    assert "refused 1 statement" in quiz.teacher.lrs.notice.text()

    def look(dialog: XapiDialog):
        seen["status"] = dialog.status.text()
        seen["refused"] = [dialog.refused_model.rows[r][2] for r in range(dialog.refused_model.rowCount())]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(XapiDialog, "exec", look)
    click(qtbot, quiz.teacher.lrs.settings_button)
    assert "Refused: 1" in seen["status"]
    assert len(seen["refused"]) == 1 and "UUID" in seen["refused"][0]


def test_the_class_report_reads_two_computers_from_the_store(app_with, ralph, real_db, qtbot, tmp_path):
    content = ContentStore(real_db)
    questions = content.questions.all()[:4]
    for number, right in ((1, True), (2, {questions[0].id})):
        machine = Machine(tmp_path / f"pc-{number}", content, ralph.url, "8C")
        machine.play(1, questions, right=right)
        queue = XapiQueue.open(machine.learners.path)
        from koryo_desktop.core.xapi_client import LrsClient
        from koryo_desktop.store.xapi_sender import XapiSender

        assert XapiSender(queue, LrsClient(ralph.url, USER, PASSWORD)).send().sent == 5
        queue.close()
        machine.close()
    content.close()
    app = app_with(XapiSettings(True, ralph.url, USER, PASSWORD, HOME, "pseudonym", "8C"))
    quiz = app.navigator.screens()["quiz"]
    app.navigator.go("quiz")
    with qtbot.waitSignal(quiz.teacher.report_ready, timeout=20000) as report:
        click(qtbot, quiz.teacher.lrs.report_button)
    html = report.args[0]
    assert "2 learners" in html
    assert html.count("<td align='right'>4</td><td align='right'>100%</td>") == 1  # one computer's learner
    assert html.count("<td align='right'>1</td><td align='right'>25%</td>") == 1  # the other's
    assert quiz.pages.currentWidget() is quiz.results_page


def test_reading_counts_for_the_learner_chosen_in_the_quiz(app_with, ralph, qtbot):
    app = app_with(XapiSettings(True, ralph.url, USER, PASSWORD, HOME, "pseudonym", "8D"))
    ana = app.learner.add_learner("Ana")
    quiz = app.navigator.screens()["quiz"]
    app.navigator.go("quiz")
    quiz.learner_bar.fill()
    assert quiz.learner_bar.choose(ana)
    chapter = app.store.chapters.all(with_sections=True)[0]
    for section in chapter.sections:
        assert app.navigator.go(f"reader/{chapter.id}#{section.slug}")
    qtbot.waitUntil(lambda: len(of_class(ralph, "8D")) == len(chapter.sections) + 1, timeout=20000)
    stored = of_class(ralph, "8D")
    assert {s["actor"]["account"]["name"] for s in stored} == {app.learner.setting("xapi.pseudonym", None, ana)}
    assert stored[-1]["verb"]["id"].endswith("/completed") and stored[-1]["object"]["id"].endswith(chapter.id)


def test_turned_on_after_a_start_with_it_off_reading_counts_for_the_learner_chosen(app_with, ralph, qtbot):
    app = app_with(None)  # as installed: off, so nothing of it is made at start
    ana = app.learner.add_learner("Ana")
    quiz = app.navigator.screens()["quiz"]
    app.navigator.go("quiz")
    quiz.learner_bar.fill()
    assert quiz.learner_bar.choose(ana)  # chosen while it is off
    service = service_of(app)
    save_settings(app.learner, XapiSettings(True, ralph.url, USER, PASSWORD, HOME, "pseudonym", "9A"))
    service.apply()  # what the settings dialog does once saved
    chapter = app.store.chapters.all(with_sections=True)[0]
    assert app.navigator.go(f"reader/{chapter.id}#{chapter.sections[1].slug}")
    qtbot.waitUntil(lambda: len(of_class(ralph, "9A")) == 1, timeout=20000)
    assert of_class(ralph, "9A")[0]["actor"]["account"]["name"] == app.learner.setting("xapi.pseudonym", None, ana)
