"""Rivers and lakes on the map: the loader reads them, and the canvas paints them in each colour
scheme (water where Lake Balkhash is, a river's colour along the Yenisei, land beside them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from koryo_desktop.app import start
from koryo_desktop.config import Config
from koryo_desktop.core.projection import REGION
from koryo_desktop.ui import theme
from koryo_desktop.ui.map.geography import geography
from tests.ui.pixels import contrast

BALKHASH = (46.3, 74.5)  # latitude, longitude: the lake's western basin
STEPPE = (47.6, 74.5)  # the land north of it
YENISEI = [(56.01, 92.87), (58.45, 92.17), (61.6, 90.1)]  # Krasnoyarsk, Lesosibirsk, towards Turukhansk


@pytest.fixture
def canvas(qtbot, real_db: Path, tmp_path: Path):
    app = start(Config(content=real_db, data_dir=tmp_path / "learner"), lang_given=True)
    assert not isinstance(app, int)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    assert app.navigator.go("map")
    map_canvas = app.navigator.screens()["map"].canvas
    yield app.window, map_canvas
    app.close()


def test_the_loader_projects_rivers_and_lakes():
    geo = geography()
    assert geo.rivers.elementCount() > 1000 and geo.lakes.elementCount() > 500
    assert geo.lakes.contains(QPointF(*REGION.forward(*BALKHASH)))
    assert not geo.lakes.contains(QPointF(*REGION.forward(*STEPPE)))
    assert geo.land.boundingRect().contains(geo.rivers.boundingRect().united(geo.lakes.boundingRect()))


def _view_on(canvas, lat: float, lon: float, factor: float) -> QImage:
    """Zoom in around a point, let the view come to rest, and take what it shows."""
    canvas.fit_all()
    canvas.zoom(factor, canvas.to_screen(*REGION.forward(lat, lon)))
    canvas.sharpen()
    canvas.viewport().repaint()
    return canvas.viewport().grab().toImage()


def _around(image: QImage, point: QPointF, radius: int) -> list[QColor]:
    x, y = round(point.x()), round(point.y())
    return [image.pixelColor(x + dx, y + dy) for dx in range(-radius, radius + 1) for dy in range(-radius, radius + 1)]


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


@pytest.mark.parametrize("scheme", ["standard", "dark", "high-contrast"])
def test_the_canvas_paints_lakes_and_rivers_in_each_colour_scheme(canvas, qtbot, scheme: str):
    window, map_canvas = canvas
    window.colours_box.setCurrentIndex(window.colours_box.findData(scheme))
    if scheme != "standard":
        qtbot.waitUntil(lambda: map_canvas._colours.water.name() != "#d6e7f1")
    colours = map_canvas._colours
    assert len({colours.water.name(), colours.land.name(), colours.river.name()}) == 3
    image = _view_on(map_canvas, *BALKHASH, 3.0)
    lake = _around(image, map_canvas.to_screen(*REGION.forward(*BALKHASH)), 2)
    assert all(c == colours.water for c in lake), scheme
    steppe = _around(image, map_canvas.to_screen(*REGION.forward(*STEPPE)), 2)
    assert sum(c == colours.land for c in steppe) > len(steppe) // 2, scheme
    image = _view_on(map_canvas, *YENISEI[1], 3.0)
    for town in YENISEI:
        near = _around(image, map_canvas.to_screen(*REGION.forward(*town)), 6)
        assert min(_distance(c, colours.river) for c in near) < 40, (scheme, town)


def test_rivers_stay_quieter_than_routes_and_markers_in_every_scheme(canvas, qtbot):
    window, map_canvas = canvas
    for scheme in ("standard", "dark", "high-contrast"):
        window.colours_box.setCurrentIndex(window.colours_box.findData(scheme))
        qtbot.waitUntil(lambda s=scheme: theme.display()[1] == s)
        c = map_canvas._colours
        river = contrast(c.river.rgb(), c.land.rgb())
        assert river > 1.2, f"rivers must show on the land ({scheme})"
        for name in ("deportation", "settlement", "migration", "marker"):
            assert contrast(getattr(c, name).rgb(), c.land.rgb()) > river, (scheme, name)
