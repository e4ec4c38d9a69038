"""The map's records: movements drawn as routes and number series drawn as charts (frozen
dataclasses, as the store hands them out)."""

from __future__ import annotations

from dataclasses import dataclass

from koryo_desktop.core.dates import DateValue

ROUTE_KINDS = ("deportation", "settlement", "migration")
POINT_BASES = ("census", "estimate", "resettled")


@dataclass(frozen=True)
class Waypoint:
    name: str
    name_ko: str
    name_ru: str
    latitude: float
    longitude: float
    place_id: str | None = None  # the place of the content this waypoint is, if any

    def local_name(self, lang: str) -> str:
        return {"ko": self.name_ko, "ru": self.name_ru}.get(lang) or self.name


@dataclass(frozen=True)
class Route:
    id: str
    title: str
    title_ko: str
    title_ru: str
    kind: str
    start: DateValue
    end: DateValue
    travel_days: int
    description: str
    waypoints: tuple[Waypoint, ...]
    people: int | None = None
    event_ids: tuple[str, ...] = ()
    source_ids: tuple[str, ...] = ()
    disputed: bool = False
    dispute: str = ""
    translated_title: str = ""  # the title a translation gives in the content's language
    text_lang: str = "en"

    def local_title(self, lang: str) -> str:
        return self.translated_title or {"ko": self.title_ko, "ru": self.title_ru}.get(lang) or self.title

    def place_ids(self) -> tuple[str, ...]:
        return tuple(w.place_id for w in self.waypoints if w.place_id)


@dataclass(frozen=True)
class SeriesPoint:
    value: float
    source_id: str
    year: int | None = None
    label: str = ""
    label_ko: str = ""
    label_ru: str = ""
    approximate: bool = False
    basis: str = "census"
    note: str = ""

    def local_label(self, lang: str) -> str:
        return {"ko": self.label_ko, "ru": self.label_ru}.get(lang) or self.label


@dataclass(frozen=True)
class Series:
    id: str
    chart: str
    title: str
    title_ko: str
    title_ru: str
    unit: str
    points: tuple[SeriesPoint, ...]
    kind: str = "line"  # line (points by year) | bars (points by label)
    country: str = ""
    note: str = ""
    chapter_ids: tuple[str, ...] = ()
    source_ids: tuple[str, ...] = ()
    translated_title: str = ""  # the title a translation gives in the content's language
    text_lang: str = "en"

    def local_title(self, lang: str) -> str:
        return self.translated_title or {"ko": self.title_ko, "ru": self.title_ru}.get(lang) or self.title
