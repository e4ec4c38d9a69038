"""The map's projection: Lambert conformal conic on a sphere, fitted to the region the history
crosses (the Korean peninsula, the Russian Far East, Siberia, Central Asia, Moscow). Plain maths,
no Qt: coordinates go in as degrees of latitude and longitude and come out in kilometres east and
north of the region's centre (the view turns them into pixels, y downwards).

A conic keeps shapes true (conformal) and the scale error small between its two standard parallels;
with them at 36° and 58° N the whole region from Seoul (37.6° N) to Moscow (55.8° N) lies between or
near them, which is why atlases of Russia and Central Asia use this projection."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)


@dataclass(frozen=True)
class LambertConformalConic:
    """Spherical Lambert conformal conic with two standard parallels (degrees)."""

    parallel_1: float = 36.0
    parallel_2: float = 58.0
    origin_latitude: float = 47.0
    central_meridian: float = 90.0
    radius: float = EARTH_RADIUS_KM
    # worked out from the parallels in __post_init__ (the cone constant, the scale, the origin's radius)
    _n: float = field(init=False, repr=False, compare=False)
    _f: float = field(init=False, repr=False, compare=False)
    _rho0: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        p1, p2 = math.radians(self.parallel_1), math.radians(self.parallel_2)
        n = math.sin(p1) if math.isclose(p1, p2) else math.log(math.cos(p1) / math.cos(p2)) / math.log(_t(p2) / _t(p1))
        f = math.cos(p1) * _t(p1) ** n / n
        object.__setattr__(self, "_n", n)
        object.__setattr__(self, "_f", f)
        object.__setattr__(self, "_rho0", self.radius * f / _t(math.radians(self.origin_latitude)) ** n)

    @property
    def cone(self) -> float:
        """The cone constant n (0 < n < 1 for a northern conic)."""
        return self._n

    def forward(self, latitude: float, longitude: float) -> tuple[float, float]:
        """(x, y) in km: x east, y north of the origin."""
        latitude = max(-89.9, min(89.9, latitude))
        n, rho0 = self._n, self._rho0
        rho = self.radius * self._f / _t(math.radians(latitude)) ** n
        theta = n * math.radians(_wrap(longitude - self.central_meridian))
        return rho * math.sin(theta), rho0 - rho * math.cos(theta)

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        """(latitude, longitude) in degrees of the point (x, y) km."""
        n, rho0 = self._n, self._rho0
        dy = rho0 - y
        rho = math.copysign(math.hypot(x, dy), n)
        theta = math.atan2(x, dy) if n > 0 else math.atan2(-x, -dy)
        latitude = 2 * math.atan((self.radius * self._f / rho) ** (1 / n)) - math.pi / 2 if rho else math.pi / 2
        longitude = self.central_meridian + math.degrees(theta / n)
        return math.degrees(latitude), _wrap(longitude)

    def forward_many(self, coordinates: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
        """Project (latitude, longitude) pairs: forward() with its constants bound once (the map's
        ten thousand markers and four thousand coast points are projected this way)."""
        n, rho0, scaled = self._n, self._rho0, self.radius * self._f
        lon0, quarter, half_radian = self.central_meridian, math.pi / 4, math.pi / 360
        radian, tan, sin, cos = math.pi / 180, math.tan, math.sin, math.cos
        out = []
        for lat, lon in coordinates:
            lat = 89.9 if lat > 89.9 else -89.9 if lat < -89.9 else lat
            rho = scaled / tan(quarter + lat * half_radian) ** n
            theta = n * (((lon - lon0 + 180.0) % 360.0) - 180.0) * radian
            out.append((rho * sin(theta), rho0 - rho * cos(theta)))
        return out

    def scale_factor(self, latitude: float) -> float:
        """How much the map stretches distances at ``latitude`` (1 on the standard parallels)."""
        phi = math.radians(latitude)
        n = self._n
        return n * self._f / (math.cos(phi) * _t(phi) ** n)


def _t(phi: float) -> float:
    return math.tan(math.pi / 4 + phi / 2)


def _wrap(degrees: float) -> float:
    return (degrees + 180.0) % 360.0 - 180.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


REGION = LambertConformalConic()
