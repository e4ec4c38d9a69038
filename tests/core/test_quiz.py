import itertools
import random

from koryo_desktop.core.dates import parse_date
from koryo_desktop.core.entities import Choice, Event, Person, Place, Question
from koryo_desktop.core.quiz import QuizSession, build_round, check, parse_number, present
from koryo_desktop.core.quiz_generated import GeneratedQuestions, when_phrase


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


def test_numbers_are_digits_only():
    for text, value in (("1937", 1937), (" -5 ", -5), ("2,5", 2.5), ("2.5", 2.5), ("171 781", 171781),
                        ("171\u00a0781", 171781), ("171,781", 171781), ("\u22123", -3)):  # fmt: skip
        assert parse_number(text) == value, text
    for text in ("e37", "nineteen37", "1e3", "inf", "nan", "", "12a", "1.2.3", "--1"):
        assert parse_number(text) is None, text
    p = present(q("number", answer={"answer": 1937, "tolerance": 0}), random.Random(0))
    assert check(p, "1937").correct and not check(p, "e37").correct and not check(p, "1937e0").correct


def test_right_values_say_which_options_are_right():
    p = present(MULTIPLE, random.Random(4))
    assert {p.options[i] for i in p.right_values()} == {"Kazakh SSR", "Uzbek SSR"}
    assert present(TRUE_FALSE, random.Random(0)).right_values() == {True}
    assert present(ORDER, random.Random(0)).right_values() == set()


def test_saving_first_then_committing_and_the_time_limit():
    now = [100.0]
    session = QuizSession("test", [SINGLE, NUMBER, SHORT], seed=1, time_limit_s=60, clock=lambda: now[0])
    verdict = session.judge(0)
    assert session.index == 0  # judging changes nothing: the screen saves first
    session.commit(0, verdict)
    assert session.index == 1 and session.time_left() == 60
    now[0] += 45
    assert session.time_left() == 15 and not session.expired
    now[0] += 20
    assert session.expired and session.time_left() == 0
    session.time_up()
    assert session.finished and session.timed_out and session.unanswered == 2
    assert [a.verdict.answered for a in session.answered] == [True, False, False]
    assert session.by_chapter() == [("ch", int(verdict.correct), int(not verdict.correct), 2)]
    assert QuizSession("practice", [SINGLE]).time_left() is None


def test_a_round_takes_written_questions_first_and_spreads_made_ones():
    written = [Question(f"w{i}", "ch", "s", "single", "easy", "?", "") for i in range(20)]
    made = [Question(f"gen-who-{i}", "ch", "s", "single", "easy", "?", "") for i in range(20)]
    chosen = build_round(written, made, 10, seed=3)
    ids = [q.id for q in chosen]
    assert len(ids) == 10 and sum(i.startswith("gen-") for i in ids) == 2
    assert all(not (a.startswith("gen-") and b.startswith("gen-")) for a, b in itertools.pairwise(ids))
    assert len(build_round(written[:3], made, 10, seed=3)) == 5  # few written: made ones stay capped
    assert [q.id for q in build_round([], made, 4, seed=3)] != []  # nothing written: made ones alone
    assert build_round(written, made, 3, seed=1) == build_round(written, made, 3, seed=1)


def _content():
    events = [
        Event("last-transports", "Last transports leave Vladivostok", parse_date("1937-10-30"), "repression", "d",
              place_ids=("vladivostok",)),
        Event("deportations-1946", "Further Koreans deported to Central Asia", parse_date("1946"), "repression", "d",
              place_ids=("moscow",)),
        Event("armistice", "The armistice is signed", parse_date("1953-07-27"), "war", "d", place_ids=("panmunjom",)),
        Event("school", "A Korean school opens", parse_date("1926-09"), "education", "d", place_ids=("tashkent",)),
        Event("olympics", "The 1988 Olympics", parse_date("1988"), "culture", "d", place_ids=("seoul",)),
        Event("nam-il-arrives", "Nam Il arrives", parse_date("1946"), "politics", "d", place_ids=("pyongyang",),
              disputed=True, dispute="1945 or 1946"),
        Event("perestroika", "Perestroika begins", parse_date("1985"), "politics", "d"),
    ]  # fmt: skip
    people = [
        Person("nam-il", "Nam Il", "Chief of the general staff who signed the armistice."),
        Person("kang-kon", "Kang Kon", "Chief of staff killed in 1950 and replaced by Nam Il."),
        Person("hong", "Hong Beom-do", "Commander who defeated Japanese troops in 1920."),
        Person("kim", "Kim Il Sung", "Leader of North Korea."),
        Person("self", "Tsoi", "Tsoi was a singer."),
    ]  # fmt: skip
    places = [Place(p, p.title(), "", "", 0.0, 0.0, "", "") for p in
              ("vladivostok", "moscow", "panmunjom", "tashkent", "seoul", "pyongyang", "almaty")]  # fmt: skip
    return events, people, places


def test_made_questions_teach_rather_than_mislead():
    events, people, places = _content()
    bank = GeneratedQuestions(events, people, places, lambda kind, rid: [("ch", "sec"), ("other", "s2")])
    ids = set(bank.catalog)
    assert "gen-where-last-transports" not in ids  # the title names the place: it answers itself
    assert "gen-where-deportations-1946" not in ids  # a deportation has a from and a to, not one place
    assert "gen-year-olympics" not in ids  # the year is in the title
    assert "gen-year-nam-il-arrives" not in ids  # a disputed date
    assert "gen-who-self" not in ids  # the summary names the person
    assert {"gen-where-armistice", "gen-year-armistice", "gen-who-nam-il", "gen-who-kang-kon"} <= ids
    who = bank.catalog["gen-who-kang-kon"]
    assert "Nam Il" not in {c.text for c in who.choices}  # no choice named in the prompt
    year = bank.catalog["gen-year-last-transports"]
    assert year.explanation == "It happened on 30 October 1937: Last transports leave Vladivostok."
    assert bank.catalog["gen-year-school"].explanation.startswith("It happened in September 1926")
    assert when_phrase(parse_date("1863")) == "in 1863" and when_phrase(parse_date("c. 1863")) == "around 1863"
    assert when_phrase(parse_date("1943/1946")) == "between 1943 and 1946"
    for question in bank.catalog.values():
        presented = present(question, random.Random(0))
        right = question.answer["answer"] if question.type == "number" else next(iter(presented.right_values()))
        assert check(presented, right).correct
        assert bank.get(question.id) == question  # the same question again from its id


def test_a_round_of_made_questions_has_one_per_record_and_rebuilds_from_ids():
    events, people, places = _content()
    bank = GeneratedQuestions(events, people, places, lambda kind, rid: [("ch", "sec")])
    for seed in range(20):
        made = bank.sample(random.Random(seed), 12)
        records = []
        for question in made:
            kind, _, rest = question.id.removeprefix("gen-").partition("-")
            records += rest.split("+") if kind == "order" else [rest]
            assert bank.get(question.id) is not None and bank.get(question.id).prompt == question.prompt
        assert len(records) == len(set(records)), [q.id for q in made]
    elsewhere = bank.sample(random.Random(1), 12, chapter="nowhere")
    assert elsewhere == []
    none = GeneratedQuestions(events, people, places, lambda kind, rid: [])
    assert none.catalog == {} and none.sample(random.Random(2), 12) == []


def test_a_number_may_carry_its_unit_in_any_language():
    from koryo_desktop.core.quiz import parse_number

    assert parse_number("1937년", ("년", "year")) == 1937
    assert parse_number("171,781명", ("명", "people")) == 171781
    assert parse_number("171 781 человек", ("человек",)) == 171781
    assert parse_number("171 781 человека", ("человек",)) == 171781
    assert parse_number("1937 г.", ("год", "year")) == 1937
    assert parse_number("1937 года", ("год", "year")) == 1937
    assert parse_number("24.3%") == 24.3
    assert parse_number("1937 years", ("year",)) == 1937
    for wrong in ("nineteen37", "e37", "1e3", "1937 cats", "inf", "1937년 9월"):
        assert parse_number(wrong, ("년", "year")) is None, wrong


def test_the_expected_number_is_written_as_its_language_does():
    from koryo_desktop.core.entities import Question
    from koryo_desktop.core.quiz import expected_text

    korean = Question("q", "c", None, "number", "easy", "몇 년?", "", answer={"answer": 1863, "tolerance": 1,
                      "unit": "년", "unit_en": "year"})  # fmt: skip
    assert expected_text(korean) == "1863년 (± 1)"
    russian = Question("q", "c", None, "number", "easy", "?", "", answer={"answer": 171781, "unit": "человек"})
    assert expected_text(russian, lambda v: f"{int(v):,}".replace(",", "\u00a0")) == "171\u00a0781 человек"
    english = Question("q", "c", None, "number", "easy", "?", "", answer={"answer": 1937, "unit": "year"})
    assert expected_text(english) == "1937"
