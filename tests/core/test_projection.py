import math
import random

import pytest

from koryo_desktop.core.projection import REGION, LambertConformalConic, distance_km

CITIES = {  # (latitude, longitude) from the content
    "moscow": (55.756, 37.617),
    "vladivostok": (43.106, 131.874),
    "tashkent": (41.265, 69.216),
    "ushtobe": (45.253, 77.983),
    "seoul": (37.566, 126.978),
    "pyongyang": (39.034, 125.754),
    "yuzhno-sakhalinsk": (46.954, 142.736),
}


def test_round_trips_across_the_region():
    rng = random.Random(7)
    for _ in range(500):
        lat, lon = rng.uniform(25, 68), rng.uniform(15, 160)
        x, y = REGION.forward(lat, lon)
        back = REGION.inverse(x, y)
        assert back[0] == pytest.approx(lat, abs=1e-9) and back[1] == pytest.approx(lon, abs=1e-9)


def test_forward_many_matches_forward():
    coordinates = [(lat, lon) for lat in (30.5, 45.25, 61) for lon in (20, 89.9, 150.75, -170)]
    for (lat, lon), (x, y) in zip(coordinates, REGION.forward_many(coordinates), strict=True):
        assert (x, y) == pytest.approx(REGION.forward(lat, lon), abs=1e-6)


def test_known_cities_lie_where_they_belong():
    xy = {name: REGION.forward(*coords) for name, coords in CITIES.items()}
    # west to east and north to south, as on any map of the region
    assert xy["moscow"][0] < xy["tashkent"][0] < xy["ushtobe"][0] < xy["pyongyang"][0] < xy["vladivostok"][0]
    assert xy["seoul"][1] < xy["pyongyang"][1] < xy["vladivostok"][1] < xy["moscow"][1]
    assert xy["vladivostok"][0] < xy["yuzhno-sakhalinsk"][0]
    # the central meridian (90 E) is vertical: x = 0 there at every latitude
    assert REGION.forward(30, 90)[0] == pytest.approx(0) and REGION.forward(60, 90)[0] == pytest.approx(0)


def test_distances_on_the_map_match_the_globe_within_a_few_per_cent():
    for a, b in (("vladivostok", "tashkent"), ("moscow", "tashkent"), ("seoul", "pyongyang"), ("ushtobe", "moscow")):
        (xa, ya), (xb, yb) = REGION.forward(*CITIES[a]), REGION.forward(*CITIES[b])
        on_map = math.hypot(xb - xa, yb - ya)
        true = distance_km(*CITIES[a], *CITIES[b])
        assert on_map == pytest.approx(true, rel=0.04), (a, b)


def test_conformal_scale_is_one_on_the_standard_parallels():
    projection = LambertConformalConic(30, 60)
    assert projection.scale_factor(30) == pytest.approx(1.0)
    assert projection.scale_factor(60) == pytest.approx(1.0)
    assert projection.scale_factor(45) < 1.0
    assert 0 < projection.cone < 1


def test_haversine_known_distance():
    # Vladivostok to Tashkent is about 5,000 km as the crow flies
    assert distance_km(*CITIES["vladivostok"], *CITIES["tashkent"]) == pytest.approx(5043, abs=10)
    assert distance_km(10, 20, 10, 20) == 0
