"""Timeline layout maths in plain Python: tick choice, lanes so labels never overlap, and the
density of events that have no room for a label. No Qt; tested on its own.

Positions are decimal years (1937.64…); the view converts them to pixels with a scale in pixels
per year. Everything here is cheap enough to run on every zoom step with ten thousand events."""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS_PER_YEAR = 365.2425


@dataclass(frozen=True)
class TimelineItem:
    """One event on the axis: start and end in decimal years, and how sure the date is."""

    id: str
    start: float
    end: float
    label: str
    category: str
    fuzzy: bool = False  # circa or decade: drawn as a soft span
    is_range: bool = False


@dataclass(frozen=True)
class Tick:
    """A tick on the axis; ``label`` is English, the view may word it from unit/year/month/day."""

    value: float
    label: str
    major: bool
    unit: str = "year"
    year: int = 0
    month: int = 1
    day: int = 1


@dataclass
class LaneLayout:
    """Where each item (by index) is drawn at one scale: ``lanes[i]`` is its lane, or -1 when it
    has no room for a label; ``label_ends[i]`` is where its label ends, in pixels from year 0."""

    scale: float
    lane_count: int
    lanes: list[int] = field(default_factory=list)
    label_ends: list[float] = field(default_factory=list)

    def lane_of(self, index: int) -> int | None:
        lane = self.lanes[index]
        return None if lane < 0 else lane

    def placed(self) -> int:
        return sum(1 for lane in self.lanes if lane >= 0)


# -- ticks ------------------------------------------------------------------------------------
_YEAR_STEPS = (100, 50, 20, 10, 5, 2, 1)


def _year_ticks(start: float, end: float, step: int, major_every: int) -> list[Tick]:
    first = math.floor(start / step) * step
    ticks = []
    year = first
    while year <= end:
        if year >= start:
            ticks.append(Tick(float(year), str(year), year % major_every == 0, "year", year))
        year += step
    return ticks


def _month_ticks(start: float, end: float, every: int) -> list[Tick]:
    ticks = []
    year, month = math.floor(start), 1
    while True:
        value = year + (month - 1) / 12
        if value > end:
            break
        if value >= start and (month - 1) % every == 0:
            label = str(year) if month == 1 else MONTHS_SHORT[month - 1]
            ticks.append(Tick(value, label, month == 1, "month", year, month))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return ticks


def _day_ticks(start: float, end: float, every: int) -> list[Tick]:
    ticks = []
    day = _dt.date(math.floor(start), 1, 1) + _dt.timedelta(days=int((start - math.floor(start)) * DAYS_PER_YEAR))
    while True:
        value = decimal_year(day)
        if value > end:
            break
        if value >= start and (day.day - 1) % every == 0 and (every == 1 or day.day <= 29):
            major = day.day == 1
            label = f"{MONTHS_SHORT[day.month - 1]} {day.year}" if major else str(day.day)
            ticks.append(Tick(value, label, major, "day", day.year, day.month, day.day))
        day += _dt.timedelta(days=1)
    return ticks


def decimal_year(day: _dt.date) -> float:
    start = _dt.date(day.year, 1, 1)
    length = (_dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


_UNITS: tuple[tuple[str, int], ...] = (
    ("year", 100), ("year", 50), ("year", 20), ("year", 10), ("year", 5), ("year", 2), ("year", 1),
    ("month", 6), ("month", 3), ("month", 1), ("day", 7), ("day", 2), ("day", 1),
)  # fmt: skip
_MAJOR_EVERY = {100: 500, 50: 100, 20: 100, 10: 50, 5: 10, 2: 10, 1: 10}


def _unit_years(unit: str, step: int) -> float:
    return step if unit == "year" else step / 12 if unit == "month" else step / DAYS_PER_YEAR


def choose_ticks(start: float, end: float, scale: float, min_spacing: float = 70.0) -> list[Tick]:
    """Ticks for the years ``start``..``end`` at ``scale`` pixels per year: the finest unit
    (centuries, decades, years, months, days) whose ticks stay at least ``min_spacing`` apart."""
    if end <= start or scale <= 0:
        return []
    fitting = [(unit, step) for unit, step in _UNITS if _unit_years(unit, step) * scale >= min_spacing]
    if not fitting:
        step = 100
        while step * scale < min_spacing:
            step *= 2
        return _year_ticks(start, end, step, step * 5)
    unit, step = fitting[-1]
    if unit == "year":
        return _year_ticks(start, end, step, _MAJOR_EVERY[step])
    if unit == "month":
        return _month_ticks(start, end, step)
    return _day_ticks(start, end, step)


# -- lanes ------------------------------------------------------------------------------------
LEVELS_PER_DOUBLING = 2


def level_scale(scale: float) -> float:
    """The scale of the zoom level ``scale`` falls in: levels are sqrt(2) apart. Lanes laid out at
    a level's scale serve every scale up to the next level, because at a larger scale the starts
    move apart while the labels keep their width in pixels: no label that had room loses it."""
    level = math.floor(math.log2(scale) * LEVELS_PER_DOUBLING + 1e-9)
    return 2.0 ** (level / LEVELS_PER_DOUBLING)


def next_level(scale: float) -> float:
    """The scale of the zoom level after the one ``scale`` falls in."""
    return level_scale(level_scale(scale) * 2 ** (1 / LEVELS_PER_DOUBLING) * (1 + 1e-6))


class LaneSweep:
    """Lanes for items sorted by start at one scale, laid out from the left only as far as asked
    (``upto``), so that a view near the start of ten thousand events does not wait for the rest.

    An item takes the first lane whose previous occupant ends before it starts; if none is free it
    gets no lane (drawn as a tick in the density strip, label hidden). Once every lane is busy, the
    items that cannot fit are skipped in one jump, so the cost follows the number of labels shown,
    not the number of events. ``lanes[i]`` is -1 for an item without a lane; ``label_ends[i]`` is
    where its label ends, in pixels from year 0 at this scale; ``widths[i]`` its label's width."""

    def __init__(self, items: Sequence[TimelineItem], scale: float, lanes: int,
                 label_width: Callable[[int], float], marker: float = 12.0, gap: float = 10.0) -> None:  # fmt: skip
        n = len(items)
        self.items, self.scale, self.lane_count = items, scale, lanes
        self.label_width, self.marker, self.gap = label_width, marker, gap
        self.starts = [item.start * scale for item in items]
        self.lanes = [-1] * n
        self.label_ends = [0.0] * n
        self.widths = [0.0] * n
        self.placed: list[int] = []  # the indexes of the items with a lane, in order
        self.done = 0  # items before this index are laid out
        self._ends = [-math.inf] * lanes

    def upto(self, index: int) -> LaneSweep:
        """Lay out every item up to and including ``index``."""
        items, starts, ends, lanes = self.items, self.starts, self._ends, self.lanes
        label_ends, widths, width_of, placed = self.label_ends, self.widths, self.label_width, self.placed
        scale, marker, gap = self.scale, self.marker, self.gap
        stop = min(index + 1, len(items))
        i = self.done
        while i < stop:
            x0 = starts[i]
            free = min(ends)
            if x0 < free:  # all lanes busy here: jump to the first item that starts after the soonest end
                i = bisect.bisect_left(starts, free, i + 1)
                continue
            x1 = items[i].end * scale
            width = width_of(i)
            end = (x1 if x1 > x0 + marker else x0 + marker) + gap + width
            lane = 0
            while ends[lane] > x0:
                lane += 1
            ends[lane] = end
            lanes[i] = lane
            label_ends[i] = end
            widths[i] = width
            placed.append(i)
            i += 1
        self.done = max(self.done, i)
        return self

    def layout(self) -> LaneLayout:
        """Everything laid out, as one LaneLayout."""
        self.upto(len(self.items) - 1)
        return LaneLayout(self.scale, self.lane_count, self.lanes, self.label_ends)


def assign_lanes(
    items: Sequence[TimelineItem],
    scale: float,
    lanes: int,
    label_width: Callable[[int], float],
    marker: float = 12.0,
    gap: float = 10.0,
) -> LaneLayout:
    """Place items (sorted by start) in at most ``lanes`` lanes so that no two labels overlap
    (see LaneSweep)."""
    return LaneSweep(items, scale, lanes, label_width, marker, gap).layout()


def density(starts: Sequence[float], view_start: float, view_end: float, columns: int) -> list[int]:
    """How many of the sorted ``starts`` fall in each of ``columns`` equal slices of the view."""
    if columns <= 0 or view_end <= view_start:
        return []
    width = (view_end - view_start) / columns
    edges = [bisect.bisect_left(starts, view_start + c * width) for c in range(columns + 1)]
    return [b - a for a, b in itertools.pairwise(edges)]


def visible_range(starts: Sequence[float], view_start: float, view_end: float, longest: float) -> range:
    """Indexes of the items (sorted by start) that can touch the view; ``longest`` is the widest
    extent (span plus label) of any item, in the same unit."""
    lo = bisect.bisect_left(starts, view_start - longest)
    hi = bisect.bisect_right(starts, view_end)
    return range(lo, hi)
