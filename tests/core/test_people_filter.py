from koryo_desktop.core.dates import parse_date
from koryo_desktop.core.entities import Era, Event, Person, PersonName
from koryo_desktop.core.people_filter import accepted, eras_of, make_row, order, values


def person(pid: str, name: str, born: str | None, roles=(), countries=(), names=()) -> Person:
    return Person(pid, name, "x", born=parse_date(born) if born else None, roles=tuple(roles),
                  countries=tuple(countries), names=tuple(PersonName(n, "latin", "name") for n in names))  # fmt: skip


def test_filters_combine_words_role_era_and_country():
    rows = [
        make_row(
            person("a", "Nam Il", "1913", ["military"], ["USSR"], ["Nam Yakov Petrovitch", "남일"]),
            "",
            frozenset({"war"}),
        ),
        make_row(
            person("b", "Kim Pen Hwa", "1905", ["farmer"], ["USSR", "Uzbekistan"], ["Ким Пен Хва"]), "", frozenset()
        ),
    ]
    assert accepted(rows, "petrovich") == [True, False]
    assert accepted(rows, "남일") == [True, False]
    assert accepted(rows, "пен") == [False, True]
    assert accepted(rows, "", role="farmer") == [False, True]
    assert accepted(rows, "", country="USSR") == [True, True]
    assert accepted(rows, "", era="war") == [True, False]
    assert accepted(rows, "nam", role="farmer") == [False, False]
    assert values(rows, "countries") == ["USSR", "Uzbekistan"]


def test_order_by_name_and_birth_year_with_unknown_last():
    rows = [make_row(person(*p), "") for p in (("c", "Zed", None), ("a", "Bob", "1950"), ("b", "Ann", "1990"))]
    assert order(rows, "name") == [2, 1, 0]
    assert order(rows, "birth") == [1, 2, 0]


def test_eras_from_events_or_life_span():
    eras = [Era("early", "Early", parse_date("1860"), parse_date("1936")),
            Era("soviet", "Soviet", parse_date("1937"), parse_date("1991"))]  # fmt: skip
    event = Event("e", "t", parse_date("1953-07-27"), "war", "d")
    p = person("a", "A", "1913")
    assert eras_of(p, [event], eras) == {"soviet"}
    assert eras_of(p, [], eras) == {"early", "soviet"}
    assert eras_of(person("b", "B", None), [], eras) == frozenset()


def test_matcher_narrowing_gives_the_same_answer_as_a_fresh_match():
    from koryo_desktop.core.people_filter import PeopleMatcher

    rows = []
    for i, given in enumerate(["Il", "Yakov", "Ilya", "Ivan", "Yakim", "Oleg", "Pavel", "Boris"] * 5):
        names = [f"Nam {given} Petrovitch", "남일" if i % 3 == 0 else "김"]
        rows.append(
            make_row(
                person(f"p{i}", f"Nam {given} {i}", "1950", ["farmer" if i % 2 else "writer"], ["USSR"], names), ""
            )
        )
    matcher = PeopleMatcher(rows)
    typed = [
        "y",
        "ya",
        "yak",
        "yako",
        "yakov",
        "i",
        "il",
        "ily",
        "ilya",
    ]  # the later letters look only at the rows the earlier kept
    for query in [
        "n",
        "na",
        "nam",
        "nam ",
        "nam i",
        "nam il",
        "nam ilya",
        "nam il",
        "남",
        "남일",
        "",
        "petrov",
        *typed,
    ]:
        for role in (None, "farmer"):
            assert matcher.match(query, role=role) == accepted(rows, query, role=role), (query, role)
