import random

from koryo_desktop.core.dates import parse_date
from koryo_desktop.core.entities import Choice, Event, Person, Place, Question
from koryo_desktop.core.quiz import QuizSession, check, generated_questions, present


def q(qtype: str, **kw) -> Question:
    return Question(f"q-{qtype}", "ch", "sec", qtype, "easy", "Prompt?", "Because.", **kw)


SINGLE = q("single", choices=(Choice("Nam Il", True), Choice("Kim Il Sung", False), Choice("Stalin", False)))
MULTIPLE = q("multiple", choices=(Choice("Kazakh SSR", True), Choice("Uzbek SSR", True), Choice("Georgia", False)))
TRUE_FALSE = q("true_false", answer={"answer": True})
ORDER = q("order", answer={"items": ["1860", "1937", "1953"]})
MATCH = q(
    "match", answer={"pairs": [{"left": "Nam Il", "right": "armistice"}, {"left": "Kim Pen Hwa", "right": "kolkhoz"}]}
)
NUMBER = q("number", answer={"answer": 171781, "tolerance": 0})
SHORT = q("short", answer={"accepted": ["Nam Il", "남일", "Нам Ир"]})


def test_every_type_is_checked():
    rng = random.Random(1)
    p = present(SINGLE, rng)
    assert check(p, p.options.index("Nam Il")).correct
    assert not check(p, p.options.index("Stalin")).correct
    p = present(MULTIPLE, rng)
    right = {p.options.index("Kazakh SSR"), p.options.index("Uzbek SSR")}
    assert check(p, right).correct and not check(p, {next(iter(right))}).correct
    assert check(present(TRUE_FALSE, rng), True).correct and not check(present(TRUE_FALSE, rng), False).correct
    false_answer = q("true_false", answer={"answer": False})
    assert not check(present(false_answer, rng), None).correct  # no answer is never right
    p = present(ORDER, rng)
    assert list(p.options) != ["1860", "1937", "1953"]  # never starts in the right order
    assert check(p, ["1860", "1937", "1953"]).correct and not check(p, ["1937", "1860", "1953"]).correct
    p = present(MATCH, rng)
    assert set(p.lefts) == {"Nam Il", "Kim Pen Hwa"}
    assert check(p, {"Nam Il": "armistice", "Kim Pen Hwa": "kolkhoz"}).correct
    assert not check(p, {"Nam Il": "kolkhoz", "Kim Pen Hwa": "armistice"}).correct
    p = present(NUMBER, rng)
    assert check(p, "171781").correct and check(p, 171781).correct and not check(p, "171782").correct
    assert not check(p, "lots").correct
    p = present(SHORT, rng)
    for answer in ("nam il", "NAM-IL", "Namil", "남일", "нам ир"):
        assert check(p, answer).correct, answer
    assert not check(p, "").correct and not check(p, "Kim").correct


def test_number_tolerance_and_readable_answers():
    year = q("number", answer={"answer": 1937, "tolerance": 1, "unit": "year"})
    p = present(year, random.Random(0))
    assert check(p, 1938).correct and not check(p, 1939).correct
    verdict = check(present(SINGLE, random.Random(0)), 0)
    assert verdict.expected == "Nam Il" and verdict.given


def test_shuffling_is_seeded():
    assert present(SINGLE, random.Random(7)).options == present(SINGLE, random.Random(7)).options


def test_session_never_repeats_and_scores():
    session = QuizSession("practice", [SINGLE, NUMBER, SINGLE, SHORT], seed=3)
    assert len(session.questions) == 3
    seen = []
    while not session.finished:
        current = session.current()
        seen.append(current.question.id)
        session.answer("남일" if current.question.type == "short" else 0)
    assert len(seen) == len(set(seen)) == 3
    assert 1 <= session.score <= 2
    test = QuizSession("test", [NUMBER, SHORT], seed=1, time_limit_s=60)
    assert not test.shows_feedback_now
    test.skip_rest()
    assert test.finished and test.score == 0


def test_generated_questions_link_to_their_lesson():
    events = [Event(f"e{i}", f"Event {i}", parse_date(str(1900 + i * 7)), "war", "d", place_ids=(f"p{i % 4}",))
              for i in range(10)]  # fmt: skip
    people = [Person(f"x{i}", f"Person {i}", f"Summary of person {i}") for i in range(5)]
    places = [Place(f"p{i}", f"Place {i}", "", "", 0.0, 0.0, "", "") for i in range(4)]
    questions = generated_questions(events, people, places, lambda kind, rid: ("ch", "sec"), random.Random(2), 12)
    assert {q.type for q in questions} >= {"number", "order", "single"}
    assert all(q.chapter_id == "ch" and q.section_id == "sec" and q.explanation for q in questions)
    for question in questions:
        presented = present(question, random.Random(0))
        if question.type == "order":
            assert check(presented, question.answer["items"]).correct
        if question.type == "number":
            assert check(presented, question.answer["answer"]).correct
    none = generated_questions(events, people, places, lambda kind, rid: None, random.Random(2), 12)
    assert none == []
