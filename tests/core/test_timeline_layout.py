import itertools
import random

from koryo_desktop.core.timeline_layout import (
    TimelineItem,
    assign_lanes,
    choose_ticks,
    decimal_year,
    density,
    visible_range,
)  # fmt: skip


def test_ticks_get_finer_as_you_zoom_and_stay_apart():
    units = []
    for scale in (0.5, 3, 12, 80, 500, 20000, 60000):
        ticks = choose_ticks(1900, 1900 + 1400 / scale, scale, min_spacing=70)
        assert ticks, scale
        units.append(ticks[0].unit)
        gaps = [(b.value - a.value) * scale for a, b in itertools.pairwise(ticks)]
        assert min(gaps) >= 70 * 0.9, scale  # months and days vary a little in length
    assert units == ["year", "year", "year", "year", "month", "day", "day"]


def test_century_decade_year_month_day_labels():
    assert [t.label for t in choose_ticks(1800, 2100, 0.8)][:3] == ["1800", "1900", "2000"]
    assert [t.label for t in choose_ticks(1930, 1960, 8)][:3] == ["1930", "1940", "1950"]
    months = choose_ticks(1937, 1938, 1000)
    assert months[0].label == "1937" and months[1].label == "Feb" and months[1].unit == "month"
    days = choose_ticks(decimal_year(__import__("datetime").date(1937, 8, 20)), 1937.66, 200000)
    assert days[0].unit == "day" and days[0].label == "20"


def items(n: int, seed: int = 1) -> list[TimelineItem]:
    rng = random.Random(seed)
    starts = sorted(rng.uniform(1860, 2025) for _ in range(n))
    return [TimelineItem(f"e{i}", s, s + (rng.random() * 3 if i % 5 == 0 else 0), f"event {i}", "war")
            for i, s in enumerate(starts)]  # fmt: skip


def test_labels_in_a_lane_never_overlap_and_lanes_are_bounded():
    data = items(2000)
    for scale in (5.0, 40.0, 400.0):
        layout = assign_lanes(data, scale, lanes=6, label_width=lambda i: 60 + (i % 7) * 10)
        by_lane: dict[int, list[tuple[float, float]]] = {}
        for index, lane in enumerate(layout.lanes):
            if lane >= 0:
                assert lane < 6
                by_lane.setdefault(lane, []).append((data[index].start * scale, layout.label_ends[index]))
        for spans in by_lane.values():
            for (a0, a1), (b0, _b1) in itertools.pairwise(spans):
                assert a1 <= b0 and a0 <= b0
        placed = sum(len(v) for v in by_lane.values())
        assert placed > 0
    close = assign_lanes(data, 4000.0, lanes=6, label_width=lambda i: 60)
    assert close.placed() > assign_lanes(data, 5.0, lanes=6, label_width=lambda i: 60).placed()


def test_density_and_visible_range():
    starts = [1900.0, 1900.5, 1950.0, 1999.0]
    assert density(starts, 1900, 2000, 4) == [2, 0, 1, 1]
    assert list(visible_range(starts, 1940, 1960, longest=0)) == [2]
    assert list(visible_range(starts, 1940, 1960, longest=39.8)) == [1, 2]
