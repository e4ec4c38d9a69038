import datetime as dt

import pytest

from koryo_desktop.core.dates import parse_date
from koryo_desktop.core.map_records import Route, Waypoint
from koryo_desktop.core.route_animation import Animation, date_of, day_number, track


def _route(start: str = "1937-09-09", end: str = "1937-10-25", days: int = 30) -> Route:
    waypoints = (Waypoint("Vladivostok", "", "", 43.106, 131.874, "vladivostok"),
                 Waypoint("Novosibirsk", "", "", 55.023, 82.932),
                 Waypoint("Tashkent", "", "", 41.265, 69.216, "tashkent"))  # fmt: skip
    return Route("r", "R", "", "", "deportation", parse_date(start), parse_date(end), days, "", waypoints, 76525)


def test_day_numbers_cover_the_whole_of_a_year_or_a_month():
    assert date_of(day_number(parse_date("1937").start)) == dt.date(1937, 1, 1)
    assert date_of(day_number(parse_date("1937").start, end=True)) == dt.date(1937, 12, 31)
    assert date_of(day_number(parse_date("1937-02").start, end=True)) == dt.date(1937, 2, 28)
    assert date_of(day_number(parse_date("1937-12").start, end=True)) == dt.date(1937, 12, 31)


def test_the_stretch_with_trains_grows_then_moves_then_shrinks():
    t = track(_route())
    first = day_number(parse_date("1937-09-09").start)
    assert t.span(first - 1) is None
    assert t.span(first) == (0.0, 0.0)
    tail, head = t.span(first + 15)  # type: ignore[misc]
    assert tail == 0.0 and head == pytest.approx(0.5)
    last_departure = day_number(parse_date("1937-10-25").start)
    tail, head = t.span(last_departure + 10)  # type: ignore[misc]
    assert tail == pytest.approx(10 / 30) and head == 1.0
    assert t.span(last_departure + 31) is None
    assert not t.arrived(first + 29) and t.arrived(first + 30)


def test_positions_follow_the_waypoints():
    t = track(_route())
    assert t.position(0) == t.points[0] and t.position(1) == t.points[-1]
    at_novosibirsk = t.lengths[1] / t.length
    assert t.position(at_novosibirsk) == pytest.approx(t.points[1])
    path = t.path(0.1, 0.9)
    assert path[0] == pytest.approx(t.position(0.1)) and t.points[1] in path


def test_animation_plays_steps_and_stops_at_the_end():
    a = Animation([track(_route())])
    assert a.day == a.first_day and a.progress() == 0
    a.playing = True
    a.step(7)
    assert a.day == a.first_day + 7 and a.on_the_way() == ["r"]
    a.step(-100)
    assert a.day == a.first_day
    a.step(1000)
    assert a.day == a.last_day and not a.playing and a.progress() == 1 and a.arrived() == ["r"]
