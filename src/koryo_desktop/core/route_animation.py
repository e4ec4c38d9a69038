"""The routes as an animation a class can play, pause and step: for any day, which stretch of each
route has trains on it, where the first trains are, and which routes have arrived. Plain Python.

A route's trains leave between its first and last departure dates and each takes ``travel_days``;
on a given day the trains on the line fill the stretch between the last train to have left (the
tail) and the first (the head). Positions are fractions of the route's length, measured on the
projected map, so the speed looks even on screen."""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from koryo_desktop.core.dates import DatePoint
from koryo_desktop.core.map_records import Route
from koryo_desktop.core.projection import REGION, LambertConformalConic


def day_number(point: DatePoint, end: bool = False) -> int:
    """The proleptic ordinal of a date point (its first day, or with ``end`` its last)."""
    if point.day is not None:
        return _dt.date(point.year, point.month or 1, point.day).toordinal()
    if point.month is not None:
        if end:
            following = _dt.date(point.year + (point.month == 12), point.month % 12 + 1, 1)
            return following.toordinal() - 1
        return _dt.date(point.year, point.month, 1).toordinal()
    years = 10 if point.precision == "decade" else 1
    return _dt.date(point.year + years, 1, 1).toordinal() - 1 if end else _dt.date(point.year, 1, 1).toordinal()


def date_of(day: float) -> _dt.date:
    return _dt.date.fromordinal(max(1, math.floor(day)))


@dataclass(frozen=True)
class Track:
    """A route laid out for the animation: its projected points and their distance along it."""

    id: str
    points: tuple[tuple[float, float], ...]  # km, projected
    lengths: tuple[float, ...]  # distance along the route at each point, km
    first_departure: int
    last_departure: int
    travel_days: int

    @property
    def length(self) -> float:
        return self.lengths[-1] if self.lengths else 0.0

    @property
    def last_arrival(self) -> int:
        return self.last_departure + self.travel_days

    def position(self, fraction: float) -> tuple[float, float]:
        """The point at ``fraction`` (0 start, 1 end) of the way along."""
        if not self.points:
            return (0.0, 0.0)
        fraction = max(0.0, min(1.0, fraction))
        distance = fraction * self.length
        index = max(1, min(len(self.points) - 1, bisect.bisect_left(self.lengths, distance)))
        d0, d1 = self.lengths[index - 1], self.lengths[index]
        t = 0.0 if d1 <= d0 else (distance - d0) / (d1 - d0)
        (x0, y0), (x1, y1) = self.points[index - 1], self.points[index]
        return (x0 + t * (x1 - x0), y0 + t * (y1 - y0))

    def span(self, day: float) -> tuple[float, float] | None:
        """(tail, head) fractions of the stretch with trains on it on ``day``, or None when no train
        is on the way (before the first departure or after the last arrival)."""
        if day < self.first_departure or day > self.last_arrival:
            return None
        head = (day - self.first_departure) / self.travel_days
        tail = (day - min(day, self.last_departure)) / self.travel_days
        return max(0.0, min(1.0, tail)), max(0.0, min(1.0, head))

    def arrived(self, day: float) -> bool:
        """Have the first trains reached the end?"""
        return day >= self.first_departure + self.travel_days

    def path(self, tail: float, head: float, samples: int = 0) -> list[tuple[float, float]]:
        """The route's points between two fractions (for drawing the occupied stretch)."""
        start, end = tail * self.length, head * self.length
        inner = [p for p, d in zip(self.points, self.lengths, strict=True) if start < d < end]
        return [self.position(tail), *inner, self.position(head)]


def track(route: Route, projection: LambertConformalConic = REGION) -> Track:
    points = tuple(projection.forward(w.latitude, w.longitude) for w in route.waypoints)
    lengths = [0.0]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        lengths.append(lengths[-1] + math.hypot(x1 - x0, y1 - y0))
    return Track(route.id, points, tuple(lengths), day_number(route.start.start),
                 day_number(route.end.last, end=True), max(1, route.travel_days))  # fmt: skip


@dataclass
class Animation:
    """A clock over the days of some tracks: play, pause, step by a day or a week."""

    tracks: Sequence[Track]
    day: float = 0.0
    playing: bool = False

    def __post_init__(self) -> None:
        self.day = float(self.first_day)

    @property
    def first_day(self) -> int:
        return min((t.first_departure for t in self.tracks), default=0)

    @property
    def last_day(self) -> int:
        return max((t.last_arrival for t in self.tracks), default=0)

    def seek(self, day: float) -> float:
        self.day = max(float(self.first_day), min(float(self.last_day), day))
        return self.day

    def step(self, days: float) -> float:
        """Move by ``days`` (negative goes back); stops playing at the end."""
        self.seek(self.day + days)
        if self.day >= self.last_day:
            self.playing = False
        return self.day

    def progress(self) -> float:
        span = self.last_day - self.first_day
        return 0.0 if span <= 0 else (self.day - self.first_day) / span

    def on_the_way(self) -> list[str]:
        return [t.id for t in self.tracks if t.span(self.day) is not None]

    def arrived(self) -> list[str]:
        return [t.id for t in self.tracks if t.arrived(self.day)]
