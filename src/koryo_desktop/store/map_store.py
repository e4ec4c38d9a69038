"""Read-only access to the map's records in the content database: routes and number series.
ContentStore hands them out as ``store.routes`` and ``store.series``."""

from __future__ import annotations

import json
import sqlite3

from koryo_desktop.core.dates import parse_date
from koryo_desktop.core.map_records import Route, Series, SeriesPoint, Waypoint
from koryo_desktop.store.records import Ids, RecordManager


class Routes(RecordManager[Route]):
    table, kind, order = "routes", "route", "sort_start, id"

    def _assemble(self, rows: list[sqlite3.Row], ids: Ids) -> list[Route]:
        waypoints = self._grouped("SELECT route_id, name, name_ko, name_ru, latitude, longitude, place_id "
                                  "FROM route_waypoints", "route_id", ids, "route_id, position")  # fmt: skip
        sources = self._sources(ids)
        out = []
        for r in rows:
            tr, lang = self._localized(r["id"])
            points = tuple(Waypoint(w[1], w[2] or "", w[3] or "", w[4], w[5], w[6]) for w in waypoints.get(r["id"], ()))
            out.append(Route(
                r["id"], r["title"], r["title_ko"] or "", r["title_ru"] or "", r["kind"], parse_date(r["start_date"]),
                parse_date(r["end_date"]), r["travel_days"] or 30, tr.get("description", r["description"] or ""),
                points, r["people"], tuple(json.loads(r["event_ids"] or "[]")), sources.get(r["id"], ()),
                bool(r["disputed"]), tr.get("dispute", r["dispute_note"] or ""), tr.get("title", ""), lang,
            ))  # fmt: skip
        return out

    def through(self, place_id: str) -> list[str]:
        """Ids of the routes with a waypoint at this place."""
        rows = self._conn.execute(
            "SELECT DISTINCT route_id FROM route_waypoints WHERE place_id = ? ORDER BY route_id", (place_id,)
        )
        return [r[0] for r in rows]


class SeriesStore(RecordManager[Series]):
    table, kind, order = "series", "series", "rowid"

    def _assemble(self, rows: list[sqlite3.Row], ids: Ids) -> list[Series]:
        points = self._grouped("SELECT series_id, value, source_id, year, label, label_ko, label_ru, approximate, "
                               "basis, note FROM series_points", "series_id", ids, "series_id, position")  # fmt: skip
        sources = self._sources(ids)
        out = []
        for r in rows:
            tr, lang = self._localized(r["id"])
            values = tuple(
                SeriesPoint(p[1], p[2], p[3], p[4] or "", p[5] or "", p[6] or "", bool(p[7]), p[8] or "census",
                            p[9] or "")
                for p in points.get(r["id"], ())
            )  # fmt: skip
            out.append(Series(
                r["id"], r["chart"], r["title"], r["title_ko"] or "", r["title_ru"] or "", r["unit"], values,
                r["kind"] or "line", r["country"] or "", tr.get("note", r["note"] or ""),
                tuple(json.loads(r["chapter_ids"] or "[]")), sources.get(r["id"], ()), tr.get("title", ""), lang,
            ))  # fmt: skip
        return out

    def for_chapter(self, chapter_id: str) -> list[Series]:
        return [s for s in self.all() if chapter_id in s.chapter_ids]

    def for_country(self, country: str) -> list[Series]:
        return [s for s in self.all() if country and s.country == country]
