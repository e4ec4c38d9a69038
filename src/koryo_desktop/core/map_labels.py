"""Where the map writes its place names: each label beside its marker, in the first of eight
positions that overlaps no label placed before it and no other marker, most important places
first; a name that finds no room is left out at that zoom (its marker stays, and the list beside
the map names it). Plain Python, tested without Qt: labels never overlap.

Coordinates are pixels of the zoomed map (x right, y down); panning moves everything together, so
the layout depends on the zoom only and the view keeps it until the zoom changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

CELL = 64.0  # the size of a bucket of the grid that finds neighbours


@dataclass(frozen=True)
class LabelRequest:
    """A name to place: its marker at (x, y) with ``radius``, the text's size, and a priority
    (higher first: the chosen place, then capitals, then the rest)."""

    id: str
    x: float
    y: float
    width: float
    height: float
    priority: float = 0.0
    radius: float = 5.0


@dataclass(frozen=True)
class Rect:
    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Rect) -> bool:
        return (
            self.left < other.right and other.left < self.right and self.top < other.bottom and other.top < self.bottom
        )

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top


def candidates(request: LabelRequest, gap: float = 3.0) -> list[Rect]:
    """The eight positions around a marker, in the order a cartographer tries them: right, left,
    above right, below right, above, below, above left, below left."""
    x, y, w, h, r = request.x, request.y, request.width, request.height, request.radius + gap
    right, left = x + r, x - r - w
    middle, above, below = y - h / 2, y - r - h, y + r
    centre = x - w / 2
    spots = ((right, middle), (left, middle), (right - r / 2, above), (right - r / 2, below),
             (centre, above), (centre, below), (left + r / 2, above), (left + r / 2, below))  # fmt: skip
    return [Rect(px, py, px + w, py + h) for px, py in spots]


class _Grid:
    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[Rect]] = {}

    def _keys(self, rect: Rect) -> list[tuple[int, int]]:
        x0, x1 = int(rect.left // CELL), int(rect.right // CELL)
        y0, y1 = int(rect.top // CELL), int(rect.bottom // CELL)
        return [(i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1)]

    def add(self, rect: Rect) -> None:
        for key in self._keys(rect):
            self.cells.setdefault(key, []).append(rect)

    def hits(self, rect: Rect) -> bool:
        return any(other.overlaps(rect) for key in self._keys(rect) for other in self.cells.get(key, ()))


def place_labels(requests: Sequence[LabelRequest], bounds: Rect | None = None) -> dict[str, Rect]:
    """The rectangle of each label that fits, by id. No two returned rectangles overlap, none
    covers another request's marker, and with ``bounds`` all lie inside it."""
    markers = _Grid()
    for r in requests:
        markers.add(Rect(r.x - r.radius, r.y - r.radius, r.x + r.radius, r.y + r.radius))
    labels = _Grid()
    placed: dict[str, Rect] = {}
    for request in sorted(requests, key=lambda r: -r.priority):
        own = Rect(request.x - request.radius, request.y - request.radius,
                   request.x + request.radius, request.y + request.radius)  # fmt: skip
        for rect in candidates(request):
            if bounds is not None and not (bounds.left <= rect.left and rect.right <= bounds.right
                                           and bounds.top <= rect.top and rect.bottom <= bounds.bottom):  # fmt: skip
                continue
            if labels.hits(rect) or _covers_other_marker(markers, rect, own):
                continue
            labels.add(rect)
            placed[request.id] = rect
            break
    return placed


def _covers_other_marker(markers: _Grid, rect: Rect, own: Rect) -> bool:
    return any(
        other.overlaps(rect) and other != own for key in markers._keys(rect) for other in markers.cells.get(key, ())
    )
