"""The bundled land, borders, main rivers and lakes (resources/map/region.json, from Natural Earth) as
painter paths in the map's projected kilometres, and the map's colours for each interface colour
scheme. Projecting the 8,300 points into paths takes about 20 ms, so the paths are kept in the user's
cache for this map data and this projection, and read from there (under a millisecond) on the map's
first visit in later sessions."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from itertools import starmap
from pathlib import Path

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

from koryo_desktop import paths
from koryo_desktop.core.projection import REGION
from koryo_desktop.ui import theme


@dataclass(frozen=True)
class Geography:
    land: QPainterPath
    borders: QPainterPath
    rivers: QPainterPath
    lakes: QPainterPath
    bounds: QRectF  # projected km: x east, y north (top() is the southern edge)
    notice: str


REGION_BOX = (18.0, 28.0, 150.0, 66.0)  # west, south, east, north: the box tools/clip_natural_earth.py clips to


def region_bounds(box: tuple[float, float, float, float] = REGION_BOX) -> QRectF:
    """The projected extent of the region's box (km), without reading the map data."""
    west, south, east, north = box
    corners = [REGION.forward(lat, lon) for lat in (south, north) for lon in (west, (west + east) / 2, east)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


CACHE_FORMAT = 1  # a new number when what the cache holds changes


@lru_cache(maxsize=1)
def geography() -> Geography:
    """The map data once per process: from the cache, else read, projected and cached."""
    source = paths.resource("map", "region.json").read_bytes()
    cache = cache_file(source)
    cached = read_cache(cache)
    if cached is not None:
        return cached
    geo = project(source)
    write_cache(cache, geo)
    return geo


def cache_file(source: bytes) -> Path:
    """Where the paths made from ``source`` by this projection are kept (another name when either changes)."""
    key = hashlib.sha256(source + repr(REGION).encode() + b"%d" % CACHE_FORMAT).hexdigest()[:16]
    return paths.user_cache_dir() / f"map-outlines-{key}.bin"


def _stream(data: QByteArray, mode: QIODevice.OpenModeFlag) -> QDataStream:
    stream = QDataStream(data, mode)
    stream.setVersion(QDataStream.Version.Qt_6_0)
    return stream


def read_cache(file: Path) -> Geography | None:
    """The cached geography; None when there is none or it cannot be read whole."""
    try:
        raw = QByteArray(file.read_bytes())
    except OSError:
        return None
    stream = _stream(raw, QIODevice.OpenModeFlag.ReadOnly)
    land, borders, rivers, lakes = shapes = (QPainterPath(), QPainterPath(), QPainterPath(), QPainterPath())
    bounds = QRectF()
    for shape in shapes:
        stream >> shape
    stream >> bounds
    notice = stream.readQString()
    if stream.status() != QDataStream.Status.Ok or not stream.atEnd():
        return None
    return Geography(land, borders, rivers, lakes, bounds, notice)


def write_cache(file: Path, geo: Geography) -> None:
    """Keep ``geo`` for later sessions; a cache that cannot be written is only slower next time."""
    data = QByteArray()
    stream = _stream(data, QIODevice.OpenModeFlag.WriteOnly)
    for shape in (geo.land, geo.borders, geo.rivers, geo.lakes):
        stream << shape
    stream << geo.bounds
    stream.writeQString(geo.notice)
    partial = file.with_name(f"{file.name}.{os.getpid()}.part")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data.data())
        os.replace(partial, file)  # whole or not at all, also with two apps starting at once
    except OSError:
        with contextlib.suppress(OSError):  # no folder to leave it in, or no right to
            partial.unlink(missing_ok=True)


def project(source: bytes) -> Geography:
    """Read and project the map data (about 8,300 points)."""
    data = json.loads(source.decode("utf-8"))
    unit = data["unit"]  # the coordinates are whole multiples of it (degrees)

    def polygon(flat: list[int]) -> QPolygonF:  # [lon, lat, lon, lat, …] -> projected points
        degrees = [value * unit for value in flat]
        return QPolygonF(list(starmap(QPointF, REGION.forward_many(zip(degrees[1::2], degrees[0::2], strict=True)))))

    def areas(rings: list[list[int]]) -> QPainterPath:  # even-odd: a ring inside another is a hole
        path = QPainterPath()
        for ring in rings:
            path.addPolygon(polygon(ring))
            path.closeSubpath()
        return path

    def lines(polylines: list[list[int]]) -> QPainterPath:
        path = QPainterPath()
        for line in polylines:
            path.addPolygon(polygon(line))  # an open subpath: a polyline
        return path

    return Geography(areas(data["land"]), lines(data["borders"]), lines(data["rivers"]), areas(data["lakes"]),
                     region_bounds(tuple(data["box"])), data["notice"])  # fmt: skip


@dataclass(frozen=True)
class MapColours:
    water: QColor
    land: QColor
    coast: QColor
    border: QColor
    region_text: QColor
    text: QColor
    halo: QColor
    marker: QColor
    marker_edge: QColor
    highlight: QColor
    dimmed: QColor
    deportation: QColor
    settlement: QColor
    migration: QColor
    right: QColor
    wrong: QColor
    river: QColor  # rivers and lake shores; lakes are filled with ``water``


def colours() -> MapColours:
    """Colours for the interface's scheme. The routes use the Okabe–Ito colours (safe for
    colour-blind readers) and differ in their dash pattern too; in high contrast everything is
    white and yellow on black. Rivers are a quiet blue a step darker than the sea (lighter in the dark
    schemes), so they read as water but never compete with the routes and markers."""
    scheme = theme.display()[1]
    if scheme == "high-contrast":
        c = ["#000000", "#1f1f1f", "#ffffff", "#c0c0c0", "#ffffff", "#ffffff", "#000000", "#ffffff", "#000000",
             "#ffff00", "#808080", "#ffff00", "#00ffff", "#ffffff", "#00ff00", "#ff66ff", "#3d6e94"]  # fmt: skip
    elif scheme == "dark":
        c = ["#17232e", "#2e3236", "#6f8b9c", "#7a6c62", "#9aa5ad", "#e8e8e8", "#1e1e1e", "#e8e8e8", "#1e1e1e",
             "#ffb000", "#6b6b6b", "#ff7f3f", "#3ed6a8", "#6cc3f0", "#3ed6a8", "#ff7f3f", "#3a6683"]  # fmt: skip
    else:
        c = ["#d6e7f1", "#f6f3ea", "#7f9bab", "#b3a294", "#6b7680", "#1a1a1a", "#ffffff", "#1a1a1a", "#ffffff",
             "#e69f00", "#b0b0b0", "#d55e00", "#009e73", "#0072b2", "#007a4d", "#c0392b", "#8dbad6"]  # fmt: skip
    return MapColours(*(QColor(x) for x in c))
