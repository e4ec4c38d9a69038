"""Read-only access to the map's records in the content database: routes and number series.
ContentStore hands them out as ``store.routes`` and ``store.series``."""

from __future__ import annotations

import json
import sqlite3
from typing import Protocol

from koryo_desktop.core.dates import parse_date
from koryo_desktop.core.map_records import Route, Series, SeriesPoint, Waypoint


class _Language(Protocol):
    def texts(self, kind: str, record_id: str) -> dict[str, str]: ...
    def text_lang(self, kind: str, record_id: str) -> str: ...


class _English:
    def texts(self, kind: str, record_id: str) -> dict[str, str]:
        return {}

    def text_lang(self, kind: str, record_id: str) -> str:
        return "en"


class Routes:
    def __init__(self, conn: sqlite3.Connection, language: _Language | None = None) -> None:
        self._conn = conn
        self._language: _Language = language or _English()

    def _sources(self, kind: str, record_id: str) -> tuple[str, ...]:
        rows = self._conn.execute(
            "SELECT DISTINCT source_id FROM citations WHERE record_kind = ? AND record_id = ? ORDER BY rowid",
            (kind, record_id),
        )
        return tuple(r[0] for r in rows)

    def _make(self, r: sqlite3.Row) -> Route:
        waypoints = tuple(
            Waypoint(w["name"], w["name_ko"] or "", w["name_ru"] or "", w["latitude"], w["longitude"], w["place_id"])
            for w in self._conn.execute(
                "SELECT * FROM route_waypoints WHERE route_id = ? ORDER BY position", (r["id"],)
            )
        )
        tr = self._language.texts("route", r["id"])
        return Route(
            r["id"], r["title"], r["title_ko"] or "", r["title_ru"] or "", r["kind"], parse_date(r["start_date"]),
            parse_date(r["end_date"]), r["travel_days"] or 30, tr.get("description", r["description"] or ""),
            waypoints, r["people"], tuple(json.loads(r["event_ids"] or "[]")), self._sources("route", r["id"]),
            bool(r["disputed"]), tr.get("dispute", r["dispute_note"] or ""), tr.get("title", ""),
            self._language.text_lang("route", r["id"]),
        )  # fmt: skip

    def all(self) -> list[Route]:
        return [self._make(r) for r in self._conn.execute("SELECT * FROM routes ORDER BY sort_start, id")]

    def get(self, route_id: str) -> Route | None:
        row = self._conn.execute("SELECT * FROM routes WHERE id = ?", (route_id,)).fetchone()
        return self._make(row) if row else None

    def through(self, place_id: str) -> list[str]:
        """Ids of the routes with a waypoint at this place."""
        rows = self._conn.execute(
            "SELECT DISTINCT route_id FROM route_waypoints WHERE place_id = ? ORDER BY route_id", (place_id,)
        )
        return [r[0] for r in rows]


class SeriesStore(Routes):
    def _make_series(self, r: sqlite3.Row) -> Series:
        points = tuple(
            SeriesPoint(
                p["value"],
                p["source_id"],
                p["year"],
                p["label"] or "",
                p["label_ko"] or "",
                p["label_ru"] or "",
                bool(p["approximate"]),
                p["basis"] or "census",
                p["note"] or "",
            )
            for p in self._conn.execute("SELECT * FROM series_points WHERE series_id = ? ORDER BY position", (r["id"],))
        )
        tr = self._language.texts("series", r["id"])
        return Series(
            r["id"], r["chart"], r["title"], r["title_ko"] or "", r["title_ru"] or "", r["unit"], points,
            r["kind"] or "line", r["country"] or "", tr.get("note", r["note"] or ""),
            tuple(json.loads(r["chapter_ids"] or "[]")), self._sources("series", r["id"]), tr.get("title", ""),
            self._language.text_lang("series", r["id"]),
        )  # fmt: skip

    def all(self) -> list[Series]:  # type: ignore[override]
        return [self._make_series(r) for r in self._conn.execute("SELECT * FROM series ORDER BY rowid")]

    def get(self, series_id: str) -> Series | None:  # type: ignore[override]
        row = self._conn.execute("SELECT * FROM series WHERE id = ?", (series_id,)).fetchone()
        return self._make_series(row) if row else None

    def for_chapter(self, chapter_id: str) -> list[Series]:
        return [s for s in self.all() if chapter_id in s.chapter_ids]

    def for_country(self, country: str) -> list[Series]:
        return [s for s in self.all() if country and s.country == country]
