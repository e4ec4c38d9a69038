"""Map questions in quiz rounds: built from places and routes, each linked to the section that
teaches its place, judged by a tap, set among the other questions."""

from __future__ import annotations

import random

from koryo_desktop.core.dates import parse_date
from koryo_desktop.core.entities import Place, Question
from koryo_desktop.core.map_quiz import MapQuestion
from koryo_desktop.core.map_records import Route, Waypoint
from koryo_desktop.core.question_bank import QuestionBank, is_generated
from koryo_desktop.core.quiz import QuizSession, check, present
from koryo_desktop.core.quiz_generated import GeneratedQuestions, Wording
from koryo_desktop.core.quiz_map import MapKey, MapQuestions

TASHKENT = Place("tashkent", "Tashkent", "", "", 41.265, 69.216, "Uzbekistan", "Capital of Uzbekistan.")
CHIRCHIQ = Place("chirchiq", "Chirchiq", "", "", 41.469, 69.582, "Uzbekistan", "A town near Tashkent.")
USHTOBE = Place("ushtobe", "Ushtobe", "", "", 45.253, 77.983, "Kazakhstan", "Where the first trains stopped.")
VLADIVOSTOK = Place("vladivostok", "Vladivostok", "", "", 43.106, 131.874, "Russia", "The port.")
ATLANTIS = Place("atlantis", "Atlantis", "", "", 10.0, 10.0, "", "No chapter mentions it.")
PLACES = [TASHKENT, CHIRCHIQ, USHTOBE, VLADIVOSTOK, ATLANTIS]
ROUTE = Route("deportation", "The trains", "", "", "deportation", parse_date("1937-09-09"), parse_date("1937-10-25"),
              30, "", (Waypoint("Vladivostok", "", "", 43.1, 131.9, "vladivostok"),
                       Waypoint("Ushtobe", "", "", 45.3, 78.0, "ushtobe")))  # fmt: skip
TEACHES = {"tashkent": [("after", "capital")], "chirchiq": [("after", "towns")],
           "ushtobe": [("deportation", "arrival"), ("after", "towns")],
           "vladivostok": [("deportation", "trains")]}  # fmt: skip


class Words:
    def prompt(self, question: MapQuestion, place: Place, route: Route | None) -> str:
        if route is not None:
            return f"Where did {route.title} {'begin' if question.kind == 'route-start' else 'end'}?"
        return f"Where is {place.name}?"

    def place_name(self, place: Place) -> str:
        return place.name.upper()


def on_map() -> MapQuestions:
    return MapQuestions(PLACES, [ROUTE], lambda kind, record: TEACHES.get(record, []), Words())


def test_a_map_question_is_right_for_a_tap_on_its_place_and_wrong_far_away_or_on_a_neighbour():
    questions = on_map()
    ushtobe = questions.get("map-place-ushtobe")
    assert ushtobe is not None and ushtobe.type == "map" and ushtobe.prompt == "Where is Ushtobe?"
    assert (ushtobe.chapter_id, ushtobe.section_id) == ("deportation", "arrival")  # it leads to a lesson
    assert ushtobe.explanation == USHTOBE.description
    presented = present(ushtobe, random.Random(1))
    near = check(presented, (45.4, 78.1))
    assert near.correct and near.expected == "USHTOBE" and near.given == "USHTOBE"
    far = check(presented, (43.25, 76.91))  # Almaty, about 240 km away
    assert not far.correct and far.expected == "USHTOBE"
    tashkent = questions.get("map-place-tashkent")
    assert tashkent is not None
    on_chirchiq = check(present(tashkent, random.Random(1)), (41.46, 69.58))
    assert not on_chirchiq.correct and on_chirchiq.given == "CHIRCHIQ"  # 40 km, but nearer Chirchiq
    for nothing in (None, "Ushtobe", (1,), ("a", "b")):
        assert not check(presented, nothing).correct
    assert questions.get("map-place-atlantis") is None  # no chapter teaches it: not asked
    start = questions.get("map-route-start-deportation")
    assert start is not None and start.prompt == "Where did The trains begin?"
    assert isinstance(start.answer, MapKey) and start.answer.question.place_id == "vladivostok"
    assert is_generated(start.id)  # made by the app: no spaced review for it


def test_a_round_with_map_questions_spreads_them_and_keeps_to_the_chapter():
    written = [Question(f"w{i}", "deportation" if i % 2 else "after", None, "single", "easy", f"Q{i}", "")
               for i in range(12)]  # fmt: skip
    bank = QuestionBank(written, [("deportation", "D"), ("after", "A")],
                        lambda: GeneratedQuestions([], [], [], lambda *_: [], Wording()), on_map)  # fmt: skip
    assert all(q.type != "map" for q in bank.round(8, seed=3, with_generated=False))  # only when asked
    round_ = bank.round(8, seed=3, with_generated=False, with_map=True)
    kinds = [q.type for q in round_]
    assert len(round_) == 8 and kinds.count("map") == 2
    assert "map" not in (kinds[0], kinds[-1]) and all(kinds[i : i + 2] != ["map", "map"] for i in range(7))
    chapter = bank.round(8, seed=5, chapter="deportation", with_generated=False, with_map=True)
    shown = [q for q in chapter if q.type == "map"]
    assert shown and all(q.chapter_id == "deportation" for q in chapter)
    assert all(q.answer.question.place_id in {"ushtobe", "vladivostok"} for q in shown)
    topic = bank.round(8, seed=5, chapter="after", topic="towns", with_map=True)
    assert {q.answer.question.place_id for q in topic if q.type == "map"} == {"ushtobe", "chirchiq"}
    assert all(q.section_id == "towns" for q in topic if q.type == "map")
    assert bank.get("map-place-ushtobe") is not None and bank.prompt("map-place-ushtobe") == "Where is Ushtobe?"
    assert bank.chapter_of(["map-place-tashkent"]) == {"map-place-tashkent": "after"}  # counts in mastery


def test_a_session_with_a_map_question_scores_the_tap():
    question = on_map().get("map-place-vladivostok")
    assert question is not None
    session = QuizSession("practice", [question], seed=2)
    verdict = session.answer((43.2, 131.9))
    assert verdict.correct and session.score == 1 and session.finished
