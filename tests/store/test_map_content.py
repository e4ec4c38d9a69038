"""Routes and number series in the content: validated with file:line problems, stored, read back."""

import shutil
from pathlib import Path

import pytest

from koryo_desktop.core.errors import ContentValidationError
from koryo_desktop.store.content_builder import build, check
from koryo_desktop.store.content_store import ContentStore
from tests.conftest import FIXTURE_CONTENT

ROUTE = """
[[route]]
id = "trains"
title = "The trains"
title_ko = "열차"
kind = "deportation"
start = "1937-09-09"
end = "1937-10-25"
travel_days = 30
people = 95256
events = ["deportation"]
sources = ["lee-oped"]

[[route.waypoints]]
name = "Vladivostok"
latitude = 43.106
longitude = 131.874

[[route.waypoints]]
place = "ushtobe"
"""

SERIES = """
[[series]]
id = "kazakhstan"
chart = "census"
title = "Koreans in Kazakhstan"
unit = "people"
country = "Kazakhstan"
sources = ["lee-oped"]

[[series.points]]
year = 1959
value = 74000
source = "lee-oped"

[[series.points]]
year = 1989
value = 100700
approximate = true
source = "frus-armistice"
"""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    (target / "routes").mkdir()
    (target / "series").mkdir()
    (target / "routes" / "routes.toml").write_text(ROUTE, encoding="utf-8")
    (target / "series" / "series.toml").write_text(SERIES, encoding="utf-8")
    return target


def _problems(root: Path) -> list[str]:
    with pytest.raises(ContentValidationError) as info:
        check(root)
    return [str(p) for p in info.value.problems]


def test_routes_and_series_are_stored_and_read_back(content: Path, tmp_path: Path):
    build(content, tmp_path / "c.db")
    store = ContentStore(tmp_path / "c.db")
    route = store.routes.get("trains")
    assert route is not None and route.people == 95256 and route.travel_days == 30
    assert [w.name for w in route.waypoints] == ["Vladivostok", "Ushtobe"]
    assert route.waypoints[1].place_id == "ushtobe" and route.waypoints[1].latitude == pytest.approx(45.253, abs=0.01)
    assert route.event_ids == ("deportation",) and route.source_ids == ("lee-oped",)
    assert route.local_title("ko") == "열차" and route.local_title("ru") == "The trains"
    assert store.routes.through("ushtobe") == ["trains"]
    series = store.series.get("kazakhstan")
    assert series is not None and [(p.year, p.value, p.approximate) for p in series.points] == [
        (1959, 74000, False), (1989, 100700, True)]  # fmt: skip
    assert series.points[1].source_id == "frus-armistice"
    assert store.series.for_country("Kazakhstan") == [series]
    store.close()


def test_bad_routes_are_reported_with_their_line(content: Path):
    text = ROUTE.replace('place = "ushtobe"', 'place = "atlantis"').replace('kind = "deportation"', 'kind = "picnic"')
    text = text.replace("latitude = 43.106", "latitude = 143.106").replace('"deportation"]', '"no-such-event"]')
    (content / "routes" / "routes.toml").write_text(text, encoding="utf-8")
    problems = _problems(content)
    assert any("routes.toml:6: route kind 'picnic'" in p for p in problems)
    assert any("unknown place 'atlantis'" in p and "routes.toml:" in p for p in problems)
    assert any("'latitude' as a number from -90 to 90" in p for p in problems)
    assert any("unknown event 'no-such-event'" in p for p in problems)


def test_a_route_needs_two_waypoints_and_dates_in_order(content: Path):
    text = ROUTE.split("[[route.waypoints]]")[0] + '[[route.waypoints]]\nplace = "ushtobe"\n'
    (content / "routes" / "routes.toml").write_text(text.replace('end = "1937-10-25"', 'end = "1936"'), "utf-8")
    problems = _problems(content)
    assert any("needs two or more [[route.waypoints]]" in p for p in problems)
    assert any("ends before it starts" in p for p in problems)


def test_every_number_of_a_series_cites_a_known_source(content: Path):
    text = SERIES.replace('source = "frus-armistice"', 'source = "my-guess"').replace("value = 74000", 'value = "many"')
    (content / "series" / "series.toml").write_text(text, encoding="utf-8")
    problems = _problems(content)
    assert any("series.toml:" in p and "must cite a known 'source'" in p and "'my-guess'" in p for p in problems)
    assert any("needs 'value' as a number" in p for p in problems)


def test_every_place_needs_coordinates(content: Path):
    places = content / "places" / "places.toml"
    places.write_text(places.read_text(encoding="utf-8").replace("latitude = 45.253\n", ""), encoding="utf-8")
    assert any("missing required field 'latitude'" in p for p in _problems(content))


def test_the_real_content_has_sourced_routes_and_series():
    bundle = check(Path(__file__).resolve().parents[2] / "resources" / "content")
    routes = {r.id: r for r in bundle.records["route"]}
    assert {"deportation-1937-kazakhstan", "deportation-1937-uzbekistan"} <= set(routes)
    assert routes["deportation-1937-kazakhstan"].data["people"] + routes["deportation-1937-uzbekistan"].data[
        "people"] == 171781  # Yezhov's total, as the NKVD documents split it  # fmt: skip
    for series in bundle.records["series"]:
        assert all(point["source"] in series.data["sources"] for point in series.data["points"]), series.id
