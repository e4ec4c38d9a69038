"""Map questions in plain Python: "tap Ushtobe", "where did the trains of 1937 leave from?". A tap
counts when it falls within a tolerance of the right place; the tolerance is the question's own
(in kilometres) or the size of a finger on the map at the zoom shown, whichever is larger, so a
tap on the marker always counts and a class on a projector is not asked for pixel precision."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from koryo_desktop.core.entities import Place
from koryo_desktop.core.map_records import Route
from koryo_desktop.core.projection import distance_km

DEFAULT_TOLERANCE_KM = 150.0


@dataclass(frozen=True)
class MapQuestion:
    """Find a place on the map. ``kind`` says how the prompt is worded: 'place' (tap this place),
    'route-start' (where did this movement start) or 'route-end' (where did it end)."""

    id: str
    kind: str
    place_id: str
    latitude: float
    longitude: float
    subject: str  # the place's or the route's id, for the wording
    tolerance_km: float = DEFAULT_TOLERANCE_KM


@dataclass(frozen=True)
class MapVerdict:
    correct: bool
    distance_km: float


def check_tap(
    question: MapQuestion, latitude: float, longitude: float, touch_km: float = 0.0, places: Sequence[Place] = ()
) -> MapVerdict:
    """Is a tap at (latitude, longitude) right? ``touch_km`` is how far a finger's width reaches on
    the map as shown; the larger of it and the question's tolerance counts. With ``places``, a tap
    nearer to another place than to the right one is wrong however close it is (Tashkent and
    Chirchiq are 40 km apart)."""
    distance = distance_km(question.latitude, question.longitude, latitude, longitude)
    correct = distance <= max(question.tolerance_km, touch_km)
    if correct and places:
        nearest, _ = nearest_place(places, latitude, longitude)
        correct = nearest is None or nearest.id == question.place_id
    return MapVerdict(correct, distance)


def nearest_place(places: Sequence[Place], latitude: float, longitude: float) -> tuple[Place | None, float]:
    """The place closest to a point, and how far it is (km)."""
    best, best_distance = None, float("inf")
    for place in places:
        d = distance_km(place.latitude, place.longitude, latitude, longitude)
        if d < best_distance:
            best, best_distance = place, d
    return best, best_distance


def map_questions(places: Sequence[Place], routes: Sequence[Route], count: int, seed: int) -> list[MapQuestion]:
    """``count`` questions made from the content: where each route started and ended (when the end
    is a place of the content), then places to find, without repeats, in an order fixed by ``seed``."""
    by_id = {p.id: p for p in places}
    questions: list[MapQuestion] = []
    for route in routes:
        for kind, waypoint in (("route-start", route.waypoints[0]), ("route-end", route.waypoints[-1])):
            place = by_id.get(waypoint.place_id or "")
            if place is not None:
                questions.append(_question(f"map-{kind}-{route.id}", kind, place, route.id))
    rng = random.Random(seed)
    rng.shuffle(questions)
    spots = [_question(f"map-place-{p.id}", "place", p, p.id) for p in places]
    rng.shuffle(spots)
    seen: set[str] = set()
    result = []
    for q in [*questions[: max(1, count // 3)], *spots, *questions[count // 3 :]]:
        if q.id not in seen:
            seen.add(q.id)
            result.append(q)
    return result[:count]


def _question(qid: str, kind: str, place: Place, subject: str) -> MapQuestion:
    return MapQuestion(qid, kind, place.id, place.latitude, place.longitude, subject)
