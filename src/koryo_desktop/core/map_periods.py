"""The map's region names for a year: in 1937 the Kazakh and Uzbek SSRs, the RSFSR and Korea under
Japanese rule; today Kazakhstan, Uzbekistan, Russia and the two Koreas. Each name holds for the
years it was in use; the map shows those of the year it is set to (1937, today, or the year of the
event chosen on the timeline). Plain data; the view translates the names."""

from __future__ import annotations

from dataclasses import dataclass

TODAY = 9999
YEAR_1937 = 1937


@dataclass(frozen=True)
class RegionLabel:
    key: str  # the English name, also the translation key
    latitude: float
    longitude: float
    first_year: int
    last_year: int = TODAY


REGION_LABELS: tuple[RegionLabel, ...] = (
    RegionLabel("Kazakh SSR", 48.5, 67.0, 1936, 1991),
    RegionLabel("Uzbek SSR", 41.8, 63.5, 1924, 1991),
    RegionLabel("Kirghiz SSR", 41.6, 74.8, 1936, 1991),
    RegionLabel("Turkmen SSR", 39.2, 58.5, 1924, 1991),
    RegionLabel("Tajik SSR", 38.7, 70.8, 1929, 1991),
    RegionLabel("RSFSR", 60.0, 100.0, 1917, 1991),
    RegionLabel("Far Eastern Krai", 54.0, 131.0, 1926, 1938),
    RegionLabel("Korea under Japanese rule", 39.5, 127.3, 1910, 1945),
    RegionLabel("Manchukuo", 45.5, 124.0, 1932, 1945),
    RegionLabel("Kazakhstan", 48.5, 67.0, 1992),
    RegionLabel("Uzbekistan", 41.8, 63.5, 1992),
    RegionLabel("Kyrgyzstan", 41.6, 74.8, 1992),
    RegionLabel("Turkmenistan", 39.2, 58.5, 1992),
    RegionLabel("Tajikistan", 38.7, 70.8, 1992),
    RegionLabel("Russia", 60.0, 100.0, 1992),
    RegionLabel("North Korea", 40.3, 127.0, 1948),
    RegionLabel("South Korea", 36.4, 128.0, 1948),
    RegionLabel("Mongolia", 47.0, 103.0, 1924),
    RegionLabel("Japan", 36.5, 138.5, 1868),
)


def labels_for(year: int) -> list[RegionLabel]:
    """The region names in use in ``year`` (TODAY for today's)."""
    return [label for label in REGION_LABELS if label.first_year <= year <= label.last_year]
