"""The map screen driven as a person does: mouse, wheel, keys, touch, the list beside the map, the
trains of 1937, map questions, charts, exports, languages and colours, and the timeline's panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from koryo_desktop.app import start
from koryo_desktop.config import Config
from koryo_desktop.core.map_quiz import MapQuestion
from koryo_desktop.core.route_animation import date_of


@pytest.fixture
def real(qtbot, real_db: Path, tmp_path: Path):
    app = start(Config(content=real_db, data_dir=tmp_path / "learner"), lang_given=True)
    assert not isinstance(app, int)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.close()


@pytest.fixture
def screen(real):
    assert real.navigator.go("map")
    map_screen = real.navigator.screens()["map"]
    map_screen.canvas.viewport().repaint()
    return map_screen


def _click(qtbot, canvas, point: QPointF) -> None:
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point.toPoint())


def test_every_place_of_the_content_is_on_the_map_and_in_the_list(real, screen):
    ids = set(real.store.places.ids())
    assert {p.id for p in screen.canvas.places} == ids
    assert screen.list_model.rowCount() == len(ids)
    for place_id in ids:
        assert real.navigator.go(f"map/{place_id}"), place_id
        point = screen.canvas.screen_of(place_id)
        assert point is not None and screen.canvas.viewport().rect().contains(point.toPoint()), place_id
    assert not real.navigator.go("map/atlantis")


def test_labels_never_overlap_at_any_zoom(screen):
    canvas = screen.canvas
    for factor in (1.0, 1.5, 2.5, 4.0, 8.0):
        canvas.fit_all()
        canvas.zoom(factor)
        boxes = list(canvas.labels().values())
        assert boxes
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not a.overlaps(b), factor
    canvas.fit_all()
    assert len(canvas.labels()) >= 15  # the main places are named at the first view


def test_click_on_a_marker_opens_its_card_with_links(real, screen, qtbot):
    canvas = screen.canvas
    real.navigator.go("map/ushtobe")
    canvas.set_scale(0.5)
    canvas.show_place("ushtobe")
    _click(qtbot, canvas, canvas.screen_of("ushtobe"))
    assert screen.current_id == "ushtobe" and canvas.selected_id == "ushtobe"
    text = screen.card.toHtml()
    assert "Ushtobe" in screen.card.toPlainText()
    assert "timeline/arrival-ushtobe" in text and "map/route:deportation-1937-kazakhstan" in text
    assert "chart:chart-ushtobe" in text  # Kazakhstan's numbers as a chart, then as a table
    assert "96,450" in screen.card.toPlainText() or "96 450" in screen.card.toPlainText()
    screen.card.anchorClicked.emit(QUrl("timeline/arrival-ushtobe"))
    assert real.navigator.current == "timeline/arrival-ushtobe"


def test_the_list_beside_the_map_chooses_places_by_keyboard(real, screen, qtbot):
    screen.filter_edit.setFocus()
    screen.filter_edit.setText("Ташкент")  # any script finds a place
    assert screen.proxy.rowCount() == 1
    screen.filter_edit.clear()
    qtbot.keyClicks(screen.filter_edit, "Tashk")
    assert screen.proxy.rowCount() == 1
    screen.list_view.setFocus()
    qtbot.keyClick(screen.list_view, Qt.Key.Key_Down)
    assert screen.current_id == "tashkent" and screen.canvas.selected_id == "tashkent"
    assert real.navigator.current == "map/tashkent"


def test_mouse_wheel_drag_and_keys_zoom_and_pan(screen, qtbot):
    canvas = screen.canvas
    canvas.setFocus()
    start_scale = canvas.scale
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.scale == pytest.approx(start_scale * 1.5)
    before = canvas.horizontalScrollBar().value()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.horizontalScrollBar().value() > before
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.scale == pytest.approx(start_scale)
    # drag with the mouse
    canvas.zoom(3)
    centre = canvas.viewport().rect().center()
    h, v = canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(canvas.viewport(), centre + QPoint(-60, -40))
    qtbot.mouseMove(canvas.viewport(), centre + QPoint(-120, -80))
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(-120, -80))
    assert canvas.horizontalScrollBar().value() > h and canvas.verticalScrollBar().value() > v
    # the wheel zooms around the pointer: the place under it stays put
    canvas.select("tashkent")
    anchor = canvas.screen_of("tashkent")
    canvas.zoom(1.25, anchor)
    assert canvas.screen_of("tashkent").x() == pytest.approx(anchor.x(), abs=1.5)
    # PageDown walks to the next place eastwards, Enter opens its card
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert screen.current_id and screen.current_id != "tashkent"
    east = screen.canvas.place(screen.current_id)
    assert east.longitude >= screen.canvas.place("tashkent").longitude


def test_one_finger_flicks_the_map(real, screen, qtbot):
    canvas = screen.canvas
    canvas.zoom(4)
    device = QTest.createTouchDevice()
    window, viewport = real.window, canvas.viewport()
    h = canvas.horizontalScrollBar().value()

    def at(x: int) -> QPoint:
        return viewport.mapTo(window, QPoint(x, 200))

    QTest.touchEvent(window, device).press(0, at(500))
    for x in range(500, 100, -50):
        qtbot.wait(10)
        QTest.touchEvent(window, device).move(0, at(x))
    QTest.touchEvent(window, device).release(0, at(100))
    qtbot.waitUntil(lambda: canvas.horizontalScrollBar().value() > h + 100, timeout=2000)


def test_the_names_of_1937_and_of_today(screen):
    texts = lambda: {t for t, _x, _y in screen.canvas.region_names}  # noqa: E731
    screen.period_box.setCurrentIndex(screen.period_box.findData(1937))
    assert {"Kazakh SSR", "Uzbek SSR", "Korea under Japanese rule"} <= texts() and "Kazakhstan" not in texts()
    screen.period_box.setCurrentIndex(0)
    assert {"Kazakhstan", "Uzbekistan", "North Korea", "South Korea"} <= texts() and "Uzbek SSR" not in texts()


def test_the_trains_of_1937_play_pause_and_step(screen, qtbot):
    bar = screen.animation
    first = bar.animation.first_day
    assert date_of(first).isoformat() == "1937-09-09"
    bar.play_button.click()
    assert bar.animation.playing
    qtbot.waitUntil(lambda: bar.animation.day > first + 1, timeout=3000)
    assert screen.canvas.day is not None and screen.year == 1937
    bar.play_button.click()
    assert not bar.animation.playing and not bar.timer.isActive()
    day = bar.animation.day
    bar.forward_button.click()
    assert bar.animation.day == pytest.approx(day + 7)
    assert "1937" in bar.date_label.text()
    bar.seek(first + 20)
    on_the_way = bar.animation.on_the_way()
    assert {"deportation-1937-kazakhstan", "deportation-1937-uzbekistan"} <= set(on_the_way)
    screen.canvas.setFocus()
    qtbot.keyClick(screen.canvas, Qt.Key.Key_Space)
    assert bar.animation.playing
    bar.set_playing(False)
    bar.seek(bar.animation.last_day)
    assert set(bar.animation.arrived()) >= {"deportation-1937-kazakhstan", "last-train-1937"}


def test_map_questions_check_a_tap_with_a_tolerance(screen, qtbot):
    canvas = screen.canvas
    screen.quiz_button.click()
    assert screen.quiz_bar.isVisible() and not canvas.labels()  # no names to give the answers away
    bar = screen.quiz_bar
    place = screen._places["ushtobe"]
    bar.questions = [
        MapQuestion("q1", "place", "ushtobe", place.latitude, place.longitude, "ushtobe"),
        MapQuestion("q2", "route-start", "vladivostok", 43.106, 131.874, "deportation-1937-kazakhstan"),
    ]
    bar.index, bar.answered = 0, False
    bar._show()
    assert "Ushtobe" in bar.prompt.text()
    canvas.set_scale(1.0)
    canvas.show_place("ushtobe")
    near = canvas.screen_of("ushtobe") + QPointF(6, 4)  # a few km off: within the tolerance
    _click(qtbot, canvas, near)
    assert bar.answered and "Right" in bar.feedback.text() and bar.right == 1
    bar.next_button.click()
    assert "1937" in bar.prompt.text() and "begin" in bar.prompt.text()
    canvas.fit_all()
    chosen = screen.current_id
    _click(qtbot, canvas, canvas.screen_of("tashkent"))
    assert bar.right == 1 and "km" in bar.feedback.text()
    assert screen.current_id == chosen  # a tap answers; it opens no card that would name the place
    assert canvas.quiz.answer is not None and not canvas.quiz.correct
    bar.stop_button.click()
    assert not bar.isVisible() and not screen.quiz_button.isChecked() and canvas.labels()


def test_numbers_tab_has_charts_and_an_accessible_table(screen):
    screen.tabs.setCurrentIndex(2)
    assert {s.id for s in screen.census_chart.series} >= {"koreans-kazakhstan", "koreans-uzbekistan"}
    assert "139,000" in screen.census_chart.accessibleDescription()
    assert "95,256" in screen.deportation_chart.accessibleDescription()
    text = screen.numbers_card.toPlainText()
    assert "Source" in text and "Pohl" in text and "estimate" in text
    assert screen.census_chart.grab().width() > 100


def test_exports(screen, monkeypatch, tmp_path: Path):
    for suffix, export in (("png", screen.export_png), ("pdf", screen.export_pdf)):
        out = tmp_path / f"map.{suffix}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, out=out, **k: (str(out), ""))
        assert export() == out
        assert out.stat().st_size > 2000, suffix
    assert (tmp_path / "map.pdf").read_bytes().startswith(b"%PDF")


def test_languages_and_colours(real, screen, qtbot):
    window = real.window
    window.language_box.setCurrentIndex(window.language_box.findData("ko"))
    qtbot.waitUntil(lambda: any(p.name == "우슈토베" for p in screen.canvas.places))
    assert window.rail_buttons["map"].text() == "지도"
    assert screen.list_model.item(0).title
    window.language_box.setCurrentIndex(window.language_box.findData("ru"))
    qtbot.waitUntil(lambda: any(p.name == "Уштобе" for p in screen.canvas.places))
    window.language_box.setCurrentIndex(window.language_box.findData("en"))
    qtbot.waitUntil(lambda: any(p.name == "Ushtobe" for p in screen.canvas.places))
    light = screen.canvas._colours.water.name()
    window.colours_box.setCurrentIndex(window.colours_box.findData("high-contrast"))
    qtbot.waitUntil(lambda: screen.canvas._colours.water.name() == "#000000")
    window.colours_box.setCurrentIndex(window.colours_box.findData("dark"))
    qtbot.waitUntil(lambda: screen.canvas._colours.water.name() not in ("#000000", light))
    window.size_box.setCurrentIndex(window.size_box.findData(200))
    screen.canvas.viewport().repaint()
    boxes = list(screen.canvas.labels().values())
    assert boxes and all(not a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    window.colours_box.setCurrentIndex(window.colours_box.findData("standard"))
    window.size_box.setCurrentIndex(window.size_box.findData(100))


def test_the_timeline_map_panel_follows_the_chosen_event(real, qtbot):
    assert real.navigator.go("timeline")
    timeline = real.navigator.screens()["timeline"]
    panel = timeline.map_panel
    qtbot.waitUntil(lambda: panel.canvas is not None and panel.canvas.isVisible())
    timeline.canvas.go_to_year(1995.5, span_years=4)  # the years shown filter the places
    qtbot.waitUntil(lambda: "ushtobe" in panel.canvas.dimmed and "seoul" not in panel.canvas.dimmed, timeout=3000)
    assert real.navigator.go("timeline/deportation-trains")
    assert panel.canvas.highlighted == {"vladivostok", "ushtobe"}
    assert "Kazakh SSR" in {t for t, _x, _y in panel.canvas.region_names}
    panel.place_chosen.emit("seoul")  # as a click on Seoul's marker does
    assert timeline.place_box.currentData() == "seoul"
    rows = {r.item.id: r for r in timeline.model.rows()}
    shown = {item.id for item in timeline.canvas.items}
    assert shown and all("seoul" in rows[i].places for i in shown)


def test_the_map_screen_highlights_an_events_places_and_filters_a_period(real, screen):
    ids = screen.highlight_event("armistice-signed")
    assert ids == ["panmunjom"] and screen.canvas.highlighted == {"panmunjom"}
    assert screen.year == 1953
    dimmed = screen.filter_period(1937, 1938)
    assert "ushtobe" not in dimmed and "seoul" in dimmed
    assert screen.filter_period(None, None) == set()


def test_kiosk_hides_exports(screen):
    screen.enter_kiosk()
    assert screen.export_button.isHidden()


def test_a_chapter_that_cites_a_series_shows_it_as_a_chart_and_a_table(real):
    assert real.navigator.go("reader/deportation-1937")
    reader = real.navigator.screens()["reader"]
    html = reader.view._html
    assert "<a name='numbers'></a>" in html and "data:image/png;base64," in html
    text = reader.view.toPlainText()
    assert "In numbers" in text and "Kazakh SSR" in text and "Pohl" in text
    assert real.navigator.go("reader/after-the-ussr")
    assert "100,700" in reader.view.toPlainText()


def test_the_map_answer_widget_gives_the_tapped_point_for_the_quiz(real, qtbot):
    from koryo_desktop.core.map_quiz import check_tap
    from koryo_desktop.ui.map.map_quiz_bar import MapAnswer

    places = real.store.places.all()
    answer = MapAnswer(places)
    qtbot.addWidget(answer)
    answer.resize(700, 450)
    answer.show()
    qtbot.waitExposed(answer)
    assert answer.response() is None and not answer.canvas.labels()
    canvas = answer.canvas
    canvas.set_scale(0.8)
    canvas.show_place("ushtobe")
    with qtbot.waitSignal(answer.answered):
        _click(qtbot, canvas, canvas.screen_of("ushtobe"))
    latitude, longitude = answer.response()
    ushtobe = next(p for p in places if p.id == "ushtobe")
    question = MapQuestion("q", "place", "ushtobe", ushtobe.latitude, ushtobe.longitude, "ushtobe")
    verdict = check_tap(question, latitude, longitude, places=places)
    assert verdict.correct and verdict.distance_km < 20
    answer.set_locked(True)
    _click(qtbot, canvas, canvas.screen_of("ushtobe") + QPointF(80, 0))
    assert answer.response() == (latitude, longitude)  # locked: the answer stays
    answer.show_solution(question, verdict)
    assert canvas.quiz.answer is not None and canvas.quiz.correct
