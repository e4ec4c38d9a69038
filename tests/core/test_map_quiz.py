from koryo_desktop.core.dates import parse_date
from koryo_desktop.core.entities import Place
from koryo_desktop.core.map_quiz import MapQuestion, check_tap, map_questions, nearest_place
from koryo_desktop.core.map_records import Route, Waypoint

TASHKENT = Place("tashkent", "Tashkent", "", "", 41.265, 69.216, "Uzbekistan", "")
CHIRCHIQ = Place("chirchiq", "Chirchiq", "", "", 41.469, 69.582, "Uzbekistan", "")
USHTOBE = Place("ushtobe", "Ushtobe", "", "", 45.253, 77.983, "Kazakhstan", "")
VLADIVOSTOK = Place("vladivostok", "Vladivostok", "", "", 43.106, 131.874, "Russia", "")


def _q(place: Place, tolerance: float = 150) -> MapQuestion:
    return MapQuestion("q", "place", place.id, place.latitude, place.longitude, place.id, tolerance)


def test_a_tap_within_the_tolerance_counts_and_one_outside_does_not():
    assert check_tap(_q(USHTOBE), 45.9, 78.2).correct  # about 70 km away
    verdict = check_tap(_q(USHTOBE), 43.25, 76.91)  # Almaty, about 240 km away
    assert not verdict.correct and 200 < verdict.distance_km < 280


def test_a_finger_wide_tap_on_a_zoomed_out_map_counts():
    assert not check_tap(_q(USHTOBE, 50), 46.5, 78.0).correct
    assert check_tap(_q(USHTOBE, 50), 46.5, 78.0, touch_km=160).correct


def test_a_tap_nearer_another_place_is_wrong_however_close():
    places = [TASHKENT, CHIRCHIQ, USHTOBE]
    assert not check_tap(_q(TASHKENT), CHIRCHIQ.latitude, CHIRCHIQ.longitude, places=places).correct
    assert check_tap(_q(TASHKENT), 41.28, 69.25, places=places).correct
    assert nearest_place(places, 41.45, 69.55)[0] == CHIRCHIQ


def test_questions_come_from_routes_and_places_without_repeats():
    route = Route("deportation", "D", "", "", "deportation", parse_date("1937-09-09"), parse_date("1937-10-25"), 30,
                  "", (Waypoint("Vladivostok", "", "", 43.1, 131.9, "vladivostok"),
                       Waypoint("Ushtobe", "", "", 45.3, 78.0, "ushtobe")))  # fmt: skip
    places = [TASHKENT, CHIRCHIQ, USHTOBE, VLADIVOSTOK]
    questions = map_questions(places, [route], 6, seed=1)
    assert len({q.id for q in questions}) == len(questions) == 6
    start = next(q for q in questions if q.kind == "route-start")
    assert start.place_id == "vladivostok"
    assert map_questions(places, [route], 6, seed=1) == questions
