"""Routes (movements drawn on the map) and series (numbers drawn as charts) in the content:
their TOML form, their validation (every problem as file:line, like the rest of the content) and
their rows in the content database. Kept apart from content_loader.py and content_builder.py,
which only call in here."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from koryo_desktop.core.map_records import POINT_BASES, ROUTE_KINDS

if TYPE_CHECKING:
    from koryo_desktop.store.content_loader import ContentBundle, ContentLoader, Record

# folder -> (table name in TOML, required fields, optional fields), as content_loader.TOML_KINDS
MAP_TOML_KINDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "routes": ("route", ("id", "title", "kind", "start", "end", "waypoints", "sources"),
               ("title_ko", "title_ru", "travel_days", "people", "events", "description", "disputed", "dispute")),
    "series": ("series", ("id", "chart", "title", "unit", "points", "sources"),
               ("title_ko", "title_ru", "kind", "country", "note", "chapters")),
}  # fmt: skip
WAYPOINT_FIELDS = ("place", "name", "name_ko", "name_ru", "latitude", "longitude")
POINT_FIELDS = ("year", "value", "source", "approximate", "basis", "label", "label_ko", "label_ru", "note")
SERIES_KINDS = ("line", "bars")


def check_map_content(loader: ContentLoader, records: dict[str, list[Record]], chapters: dict[str, Any]) -> None:
    """Validate every route and series, reporting problems through ``loader``."""
    places = {r.id: r for r in records.get("place", [])}
    events = {r.id: r for r in records.get("event", [])}
    sources = {r.id: r for r in records.get("source", [])}
    for r in records.get("route", []):
        _check_route(loader, r, places, events)
    for r in records.get("series", []):
        _check_series(loader, r, sources, chapters)


def _check_route(loader: ContentLoader, r: Record, places: dict[str, Any], events: dict[str, Any]) -> None:
    data = r.data
    if data.get("kind") is not None and data["kind"] not in ROUTE_KINDS:
        loader.problem(
            r.file, r.field_line("kind"), f"route kind '{data['kind']}' is not one of {', '.join(ROUTE_KINDS)}"
        )
    loader._check_date(r, "start")
    loader._check_date(r, "end")
    start, end = loader.dates.get(("route", r.id, "start")), loader.dates.get(("route", r.id, "end"))
    if start and end and end.last.decimal_year(end=True) < start.start.decimal_year():
        loader.problem(r.file, r.field_line("end"), f"route '{r.id}' ends before it starts")
    for key in ("travel_days", "people"):
        value = data.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            loader.problem(r.file, r.field_line(key), f"'{key}' of route '{r.id}' must be a whole number above 0")
    loader._check_refs(r, "events", events, "event")
    waypoints = data.get("waypoints", [])
    if not isinstance(waypoints, list) or not all(isinstance(w, dict) for w in waypoints):
        loader.problem(r.file, r.field_line("waypoints"), "'waypoints' must be [[route.waypoints]] tables")
        return
    if len(waypoints) < 2:
        loader.problem(r.file, r.line, f"route '{r.id}' needs two or more [[route.waypoints]]")
    for waypoint in waypoints:
        place = waypoint.get("place")
        line = r.line_of(f'"{place or waypoint.get("name", "")}"')
        for key in waypoint:
            if key not in WAYPOINT_FIELDS:
                loader.problem(r.file, line, f"unknown field '{key}' in a waypoint of route '{r.id}' "
                                             f"(allowed: {', '.join(WAYPOINT_FIELDS)})")  # fmt: skip
        if place is not None:
            if place not in places:
                loader.problem(r.file, line, f"unknown place '{place}' in a waypoint of route '{r.id}'")
            continue
        if not isinstance(waypoint.get("name"), str) or not waypoint["name"].strip():
            loader.problem(r.file, line, f"a waypoint of route '{r.id}' needs 'place' or a 'name' with coordinates")
        for key, low, high in (("latitude", -90, 90), ("longitude", -180, 180)):
            value = waypoint.get(key)
            if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
                loader.problem(r.file, line, f"waypoint '{waypoint.get('name', '?')}' of route '{r.id}' needs "
                                             f"'{key}' as a number from {low} to {high}")  # fmt: skip


def _check_series(loader: ContentLoader, r: Record, sources: dict[str, Any], chapters: dict[str, Any]) -> None:
    data = r.data
    kind = data.get("kind", "line")
    if kind not in SERIES_KINDS:
        loader.problem(r.file, r.field_line("kind"), f"series kind '{kind}' is not one of {', '.join(SERIES_KINDS)}")
    loader._check_refs(r, "chapters", chapters, "chapter")
    points = data.get("points", [])
    if not isinstance(points, list) or not all(isinstance(p, dict) for p in points):
        loader.problem(r.file, r.field_line("points"), "'points' must be [[series.points]] tables")
        return
    seen: set[object] = set()
    for point in points:
        key_value = point.get("year") if kind == "line" else point.get("label")
        line = r.line_of(f"= {key_value}" if kind == "line" else f'"{key_value}"')
        for key in point:
            if key not in POINT_FIELDS:
                loader.problem(r.file, line, f"unknown field '{key}' in a point of series '{r.id}' "
                                             f"(allowed: {', '.join(POINT_FIELDS)})")  # fmt: skip
        value = point.get("value")
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            loader.problem(r.file, line, f"a point of series '{r.id}' needs 'value' as a number of 0 or more")
        if point.get("source") not in sources:
            loader.problem(r.file, line, f"a point of series '{r.id}' must cite a known 'source' (every number "
                                         f"needs its own), not {point.get('source')!r}")  # fmt: skip
        if kind == "line" and (isinstance(point.get("year"), bool) or not isinstance(point.get("year"), int)):
            loader.problem(r.file, line, f"a point of series '{r.id}' needs 'year' as a whole number")
        if kind == "bars" and not isinstance(point.get("label"), str):
            loader.problem(r.file, line, f"a bar of series '{r.id}' needs a 'label'")
        if point.get("basis", "census") not in POINT_BASES:
            loader.problem(r.file, line, f"'basis' {point.get('basis')!r} is not one of {', '.join(POINT_BASES)}")
        if "approximate" in point and not isinstance(point["approximate"], bool):
            loader.problem(r.file, line, "'approximate' must be true or false")
        if key_value in seen:
            loader.problem(r.file, line, f"series '{r.id}' has two points for {key_value!r}")
        seen.add(key_value)


# -- the database --------------------------------------------------------------------------------
MAP_TABLES: dict[str, dict[str, type]] = {
    "routes": {"id": str, "title": str, "title_ko": str, "title_ru": str, "kind": str, "start_date": str,
               "end_date": str, "sort_start": float, "sort_end": float, "travel_days": int, "people": int,
               "description": str, "disputed": int, "dispute_note": str, "event_ids": str, "source_file": str},
    "route_waypoints": {"route_id": str, "position": int, "place_id": str, "name": str, "name_ko": str,
                        "name_ru": str, "latitude": float, "longitude": float},
    "series": {"id": str, "chart": str, "title": str, "title_ko": str, "title_ru": str, "unit": str, "kind": str,
               "country": str, "note": str, "chapter_ids": str, "source_file": str},
    "series_points": {"series_id": str, "position": int, "year": int, "label": str, "label_ko": str,
                      "label_ru": str, "value": float, "approximate": int, "basis": str, "note": str,
                      "source_id": str},
}  # fmt: skip
MAP_PRIMARY_KEYS: dict[str, str | tuple[str, ...]] = {
    "routes": "id", "route_waypoints": ("route_id", "position"), "series": "id",
    "series_points": ("series_id", "position"),
}  # fmt: skip
MAP_FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "route_waypoints": [("route_id", "routes", "id"), ("place_id", "places", "id")],
    "series_points": [("series_id", "series", "id"), ("source_id", "sources", "id")],
}


def map_rows(bundle: ContentBundle) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    """The rows of the map's tables, and the citations of its records."""
    places = bundle.by_id("place")
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in MAP_TABLES}
    citations = []
    for r in bundle.records.get("route", []):
        start, end = bundle.dates[("route", r.id, "start")], bundle.dates[("route", r.id, "end")]
        d = r.data
        tables["routes"].append({
            "id": r.id, "title": d["title"], "title_ko": d.get("title_ko", ""), "title_ru": d.get("title_ru", ""),
            "kind": d["kind"], "start_date": start.text, "end_date": end.text, "sort_start": start.start.decimal_year(),
            "sort_end": end.last.decimal_year(end=True), "travel_days": d.get("travel_days", 30),
            "people": d.get("people"), "description": d.get("description", "").strip(),
            "disputed": int(bool(d.get("disputed"))), "dispute_note": d.get("dispute", ""),
            "event_ids": json.dumps(d.get("events", [])), "source_file": r.file,
        })  # fmt: skip
        for position, w in enumerate(d["waypoints"]):
            place = places[w["place"]].data if w.get("place") else w  # the loader checked that it exists
            tables["route_waypoints"].append({
                "route_id": r.id, "position": position, "place_id": w.get("place"), "name": place["name"],
                "name_ko": place.get("name_ko", ""), "name_ru": place.get("name_ru", ""),
                "latitude": float(place["latitude"]), "longitude": float(place["longitude"]),
            })  # fmt: skip
        citations += [{"record_kind": "route", "record_id": r.id, "source_id": s, "detail": ""} for s in d["sources"]]
    for r in bundle.records.get("series", []):
        d = r.data
        tables["series"].append({
            "id": r.id, "chart": d["chart"], "title": d["title"], "title_ko": d.get("title_ko", ""),
            "title_ru": d.get("title_ru", ""), "unit": d["unit"], "kind": d.get("kind", "line"),
            "country": d.get("country", ""), "note": d.get("note", ""),
            "chapter_ids": json.dumps(d.get("chapters", [])), "source_file": r.file,
        })  # fmt: skip
        for position, p in enumerate(d["points"]):
            tables["series_points"].append({
                "series_id": r.id, "position": position, "year": p.get("year"), "label": p.get("label", ""),
                "label_ko": p.get("label_ko", ""), "label_ru": p.get("label_ru", ""), "value": float(p["value"]),
                "approximate": int(bool(p.get("approximate"))), "basis": p.get("basis", "census"),
                "note": p.get("note", ""), "source_id": p["source"],
            })  # fmt: skip
        citations += [{"record_kind": "series", "record_id": r.id, "source_id": s, "detail": ""} for s in d["sources"]]
    return tables, citations


def create_map_tables(db: Any) -> None:
    for name, columns in MAP_TABLES.items():
        db[name].create(columns, pk=MAP_PRIMARY_KEYS[name], foreign_keys=MAP_FOREIGN_KEYS.get(name, []))


def write_map_content(db: Any, bundle: ContentBundle) -> list[dict[str, Any]]:
    """Write the routes and series; returns their citations for the builder's citations table."""
    tables, citations = map_rows(bundle)
    for name, rows in tables.items():
        db[name].insert_all(rows)
    return citations
