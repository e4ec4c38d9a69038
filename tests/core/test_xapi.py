"""xAPI statements in plain Python: definitions and responses for every question type, ids that do
not depend on the language or the order choices were shown in, durations, the actor each scheme
gives, the settings, reading a class back from statements, and the pauses between tries."""

from __future__ import annotations

import random

import pytest

from koryo_desktop.core import xapi
from koryo_desktop.core.entities import Choice, Question
from koryo_desktop.core.quiz import present
from koryo_desktop.core.xapi_report import class_results
from koryo_desktop.core.xapi_settings import XapiSettings, actor, learner_label
from koryo_desktop.store.xapi_sender import retry_delay

SINGLE = Question("capital", "ch", "sec", "single", "easy", "Which city?", "", (
    Choice("Tashkent", True), Choice("Almaty", False), Choice("Seoul", False)))  # fmt: skip
SINGLE_KO = Question("capital", "ch", "sec", "single", "easy", "어느 도시?", "", (
    Choice("타슈켄트", True), Choice("알마티", False), Choice("서울", False)), text_lang="ko")  # fmt: skip
MULTIPLE = Question("signers", "ch", None, "multiple", "easy", "Who signed?", "", (
    Choice("Molotov", True), Choice("Yezhov", False), Choice("Stalin", True)))  # fmt: skip
ORDER = Question("order", "ch", None, "order", "easy", "Order these", "", (), {"items": ["1863", "1937", "1991"]})
MATCH = Question("match", "ch", None, "match", "easy", "Match", "", (),
                 {"pairs": [{"left": "Nam Il", "right": "armistice"}, {"left": "Hong Beom-do", "right": "Bongo-dong"}]})  # fmt: skip
NUMBER = Question("year", "ch", None, "number", "easy", "Which year?", "", (), {"answer": 1937, "tolerance": 1})
SHORT = Question("name", "ch", None, "short", "easy", "Who?", "", (), {"accepted": ["Nam Il", "남일"]})
TRUE_FALSE = Question("tf", "ch", None, "true_false", "easy", "True?", "", (), {"answer": False})


def test_each_question_type_gets_its_interaction_type_and_right_answers_pattern():
    cases = [
        (SINGLE, "choice", ["1"]), (MULTIPLE, "choice", ["1[,]3"]), (TRUE_FALSE, "true-false", ["false"]),
        (ORDER, "sequencing", ["item-1[,]item-2[,]item-3"]),
        (MATCH, "matching", ["left-1[.]right-1[,]left-2[.]right-2"]), (NUMBER, "numeric", ["1936[:]1938"]),
        (SHORT, "fill-in", ["{case_matters=false}Nam Il", "{case_matters=false}남일"]),
    ]  # fmt: skip
    for question, kind, pattern in cases:
        definition = xapi.definition({"en": question})
        assert definition["interactionType"] == kind, question.id
        assert definition["correctResponsesPattern"] == pattern, question.id
        assert definition["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction"
        assert definition["name"] == {"en": question.prompt}
    assert [c["id"] for c in xapi.definition({"en": MATCH})["target"]] == ["right-1", "right-2"]


def test_a_definition_holds_every_language_with_the_same_ids():
    definition = xapi.definition({"en": SINGLE, "ko": SINGLE_KO})
    assert definition["name"] == {"en": "Which city?", "ko": "어느 도시?"}
    assert definition["choices"][0] == {"id": "1", "description": {"en": "Tashkent", "ko": "타슈켄트"}}
    assert [c["id"] for c in definition["choices"]] == ["1", "2", "3"]


def test_a_response_names_choices_by_their_authored_place_whatever_order_they_were_shown_in():
    for seed in range(6):
        presented = present(SINGLE, random.Random(seed))
        assert xapi.response(presented, presented.options.index("Seoul")) == "3"
        korean = present(SINGLE_KO, random.Random(seed))
        assert xapi.response(korean, korean.options.index("서울")) == "3"  # the same id in another language
        shown = present(MULTIPLE, random.Random(seed))
        assert xapi.response(shown, {shown.options.index("Stalin"), shown.options.index("Molotov")}) == "1[,]3"
    assert xapi.response(present(ORDER, random.Random(1)), ["1937", "1863", "1991"]) == "item-2[,]item-1[,]item-3"
    matched = xapi.response(present(MATCH, random.Random(1)), {"Hong Beom-do": "armistice", "Nam Il": "Bongo-dong"})
    assert matched == "left-1[.]right-2[,]left-2[.]right-1"
    assert xapi.response(present(NUMBER, random.Random(1)), "1 937") == "1937"
    assert xapi.response(present(SHORT, random.Random(1)), "nam il") == "nam il"
    assert xapi.response(present(TRUE_FALSE, random.Random(1)), False) == "false"


def test_an_answer_statement_carries_the_result_the_words_and_where_it_belongs():
    presented = present(SINGLE, random.Random(0))
    who = {"objectType": "Agent", "account": {"homePage": "https://school.example", "name": "a1b2"}}
    statement = xapi.answered(who, presented, presented.options.index("Almaty"), False, "Almaty", 12.346,
                              {"en": SINGLE}, mode="test", registration_=xapi.registration("s1", "2"),
                              revision="v9", language="ko")  # fmt: skip
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    assert statement["object"]["id"] == "https://koryo-desktop.github.io/xapi/questions/capital"
    assert statement["result"] == {"success": False, "completion": True, "response": "2", "duration": "PT12.35S",
                                   "extensions": {xapi.RESPONSE_WORDS: "Almaty"}}  # fmt: skip
    context = statement["context"]
    assert context["registration"] == xapi.registration("s1", "2") != xapi.registration("s1", "3")
    assert context["revision"] == "v9" and context["language"] == "ko"
    assert context["contextActivities"]["parent"][0]["id"].endswith("/quiz/test")
    assert [g["id"].rsplit("/", 2)[-2:] for g in context["contextActivities"]["grouping"]] == [
        ["xapi", "course"], ["chapters", "ch"]]  # fmt: skip


@pytest.mark.parametrize(("seconds", "text"), [(0, "PT0S"), (3.5, "PT3.5S"), (61.25, "PT1M1.25S"),
                                               (3723, "PT1H2M3S")])  # fmt: skip
def test_durations_are_iso_8601(seconds, text):
    assert xapi.iso_duration(seconds) == text


def test_the_actor_is_pseudonymous_unless_the_school_asks_otherwise():
    home = "https://school.example"
    pseudonymous = XapiSettings(True, "https://lrs.example/xAPI/", home_page=home, actor="pseudonym")
    assert actor(pseudonymous, "p1", "s-42", "Ana Kim") == {
        "objectType": "Agent", "account": {"homePage": home, "name": "p1"}}  # fmt: skip
    by_id = XapiSettings(True, "https://lrs.example/xAPI/", home_page=home)  # the default
    assert actor(by_id, "p1", "s-42", "Ana Kim")["account"]["name"] == "s-42"
    assert actor(by_id, "p1", "", "Ana Kim")["account"]["name"] == "p1"  # no id yet: still no name
    by_mail = XapiSettings(True, "https://lrs.example/xAPI/", home_page=home, actor="email")
    assert actor(by_mail, "p1", "ana@school.example") == {"objectType": "Agent", "mbox": "mailto:ana@school.example"}
    assert actor(by_mail, "p1", "not an address")["account"]["name"] == "p1"
    by_name = XapiSettings(True, "https://lrs.example/xAPI/", home_page=home, actor="name")
    assert actor(by_name, "p1", "", "Ana Kim") == {
        "objectType": "Agent", "account": {"homePage": home, "name": "Ana Kim"}, "name": "Ana Kim"}  # fmt: skip
    assert learner_label(actor(by_mail, "p1", "ana@school.example")) == "ana@school.example"


def test_settings_are_off_until_a_school_completes_them():
    assert not XapiSettings().active and not XapiSettings.from_dict(None).enabled
    half = XapiSettings(enabled=True, endpoint="lrs.example/xAPI", home_page="https://school.example")
    assert not half.active and half.problems() == ["endpoint"]
    whole = XapiSettings.from_dict({"enabled": 1, "endpoint": "https://lrs.example/xAPI", "home_page":
                                    "https://school.example/", "actor": "school-id", "class_name": "7 Б", "junk": 3})  # fmt: skip
    assert whole.active and whole.statements_url == "https://lrs.example/xAPI/statements"
    assert whole.class_activity()["id"] == "https://school.example/xapi/classes/7%20%D0%91"
    assert XapiSettings.from_dict(whole.to_dict()) == whole
    assert XapiSettings(True, "https://a.example/", home_page="https://b.example", actor="nick").problems() == ["actor"]


def test_a_class_read_from_statements_counts_each_answer_once_and_nothing_else():
    who = {"objectType": "Agent", "account": {"homePage": "https://school.example", "name": "p1"}}
    presented = present(SINGLE, random.Random(0))
    answer = xapi.answered(who, presented, presented.options.index("Tashkent"), True, "Tashkent", 2, {"en": SINGLE},
                           mode="practice", registration_=xapi.registration("s", "1"))  # fmt: skip
    round_done = xapi.round_completed(who, "practice", {"en": "Practice"}, 1, 1, 5, registration_="x")
    other_app = {**answer, "id": xapi.new_id(), "object": {"id": "https://elsewhere.example/q/1"}}
    results = class_results([answer, answer, round_done, other_app])
    assert [(learner, [a["question_id"] for a in attempts]) for learner, attempts in results] == [("p1", ["capital"])]
    assert results[0][1][0]["correct"] is True and results[0][1][0]["answer"] == "Tashkent"


def test_pauses_between_tries_double_up_to_a_limit_and_differ_between_computers():
    rng = random.Random(5)
    delays = [retry_delay(n, first=10, longest=300, rng=rng) for n in range(1, 9)]
    assert 8 <= delays[0] <= 12 and 16 <= delays[1] <= 24
    assert all(240 <= d <= 360 for d in delays[5:])
    assert len({round(retry_delay(3, rng=rng), 3) for _ in range(5)}) == 5
