from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QFileDialog

from koryo_desktop.__main__ import main
from koryo_desktop.app import start
from koryo_desktop.config import Config
from koryo_desktop.ui.models.roles import Role


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
def timeline(real):
    assert real.navigator.go("timeline")
    screen = real.navigator.screens()["timeline"]
    screen.canvas.viewport().repaint()
    return screen


def test_every_event_is_reachable_by_keyboard(real, timeline, qtbot):
    canvas = timeline.canvas
    canvas.setFocus()
    seen = []
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    for _ in range(len(canvas.items) + 2):
        seen.append(canvas.selected_id)
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert set(seen) == {i.id for i in canvas.items} == set(real.store.events.ids())
    assert timeline.current_id == canvas.selected_id
    assert timeline.card.toPlainText().strip()


def test_labels_never_overlap_on_screen(timeline):
    canvas = timeline.canvas
    for factor in (1.0, 3.0, 10.0, 40.0):
        canvas.fit_all()
        canvas.zoom(factor)
        canvas.viewport().repaint()
        rows: dict[float, list] = {}
        for rect, _id in canvas._hits:
            rows.setdefault(round(rect.center().y(), 1), []).append(rect)
        assert canvas._hits, factor
        for rects in rows.values():
            rects.sort(key=lambda r: r.left())
            for a, b in itertools.pairwise(rects):
                assert a.right() <= b.left() + 13, factor  # a marker may touch the previous label's end gap


def test_click_selects_and_shows_a_card_with_links(real, timeline, qtbot):
    canvas = timeline.canvas
    rect, event_id = canvas._hits[0]
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert canvas.selected_id == event_id and timeline.current_id == event_id
    assert real.navigator.current == f"timeline/{event_id}"
    html = timeline.card.toHtml()
    assert "Sources" in timeline.card.toPlainText()
    assert "href=" in html


def test_zoom_pan_fit_and_go_to_year(timeline, qtbot):
    canvas = timeline.canvas
    canvas.fit_all()
    fitted = canvas.scale
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.scale == pytest.approx(fitted * 1.5)
    value = canvas.horizontalScrollBar().value()
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.horizontalScrollBar().value() > value
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.scale == pytest.approx(fitted)
    timeline.year_box.setText("1953")
    qtbot.mouseClick(timeline.go_button, Qt.MouseButton.LeftButton)
    start, end = canvas.view_range()
    assert start < 1953.5 < end and end - start < 20
    for _ in range(12):
        canvas.zoom(3)
    from koryo_desktop.core.timeline_layout import choose_ticks

    start, end = canvas.view_range()
    assert choose_ticks(start, end, canvas.scale)[0].unit == "day"


def test_filters_by_category_person_and_place(real, timeline):
    total = len(timeline.canvas.items)
    timeline.category_buttons["war"].setChecked(False)
    assert all(i.category != "war" for i in timeline.canvas.items) and len(timeline.canvas.items) < total
    assert timeline.proxy.rowCount() == len(timeline.canvas.items)
    timeline.category_buttons["war"].setChecked(True)
    timeline.person_box.setCurrentIndex(timeline.person_box.findData("nam-il"))
    ids = {i.id for i in timeline.canvas.items}
    assert ids and ids <= {e.id for e in real.store.events.all() if "nam-il" in e.person_ids}
    timeline.person_box.setCurrentIndex(0)
    timeline.place_box.setCurrentIndex(timeline.place_box.findData("tashkent"))
    assert {i.id for i in timeline.canvas.items} == {e.id for e in real.store.events.all() if "tashkent" in e.place_ids}


def test_search_marks_and_jumps_between_matches(real, timeline, qtbot):
    qtbot.keyClicks(timeline.search_edit, "armistice")
    assert timeline.canvas.marked and timeline._matches
    qtbot.keyClick(timeline.search_edit, Qt.Key.Key_Return)
    assert timeline.current_id == timeline._matches[0]
    assert real.navigator.current == f"timeline/{timeline._matches[0]}"


def test_table_is_one_key_away_and_in_step(timeline, qtbot, qtmodeltester):
    qtmodeltester.check(timeline.model)
    qtmodeltester.check(timeline.proxy)
    timeline.canvas.setFocus()
    qtbot.keyClick(timeline.canvas, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert timeline.views.currentWidget() is timeline.table
    timeline.table.selectRow(3)
    assert timeline.current_id == timeline.table.model().index(3, 0).data(Role.ID)
    assert timeline.canvas.selected_id == timeline.current_id


def test_exports(real, timeline, monkeypatch, tmp_path: Path):
    for suffix in ("png", "pdf", "json"):
        out = tmp_path / f"timeline.{suffix}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, out=out, **k: (str(out), ""))
        {"png": timeline.export_png, "pdf": timeline.export_poster, "json": timeline.export_timelinejs}[suffix]()
        assert out.stat().st_size > 500, suffix
    assert (tmp_path / "timeline.pdf").read_bytes().startswith(b"%PDF")
    document = json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8"))
    assert len(document["events"]) == len(real.store.events.ids())
    first = document["events"][0]
    assert {"start_date", "text", "unique_id", "group", "display_date"} <= set(first)
    assert document["eras"] and "headline" in document["title"]["text"]


def test_command_line_timelinejs_export(real_db: Path, tmp_path: Path, capsys):
    out = tmp_path / "t.json"
    assert main(["export", "timelinejs", "-o", str(out), "--lang", "ko", "--content", str(real_db)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["events"] and any("년" in e["display_date"] for e in document["events"])


def test_enter_opens_the_card_and_double_click_too(timeline, qtbot):
    canvas = timeline.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert timeline.card.hasFocus()
    rect, _id = canvas._hits[0]
    canvas.setFocus()
    qtbot.mouseDClick(
        canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(*map(int, (rect.center().x(), rect.center().y())))
    )
    assert timeline.card.hasFocus()
    assert QPointF(rect.center())  # keeps the import used


def test_accessible_names(timeline):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox):
        for widget in timeline.findChildren(kind):
            inside_spin_box = isinstance(widget.parent(), QAbstractSpinBox)
            if widget.isVisibleTo(timeline) and not inside_spin_box:
                assert widget.accessibleName(), f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()}"
