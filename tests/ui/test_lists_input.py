"""Wrong input, Enter and empty lists on the list screens (people, timeline, search, glossary,
places), driven with keys and clicks as a person would."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from koryo_desktop.app import start
from koryo_desktop.config import Config
from koryo_desktop.ui.people.people_model import ID_ROLE
from koryo_desktop.ui.search.search_model import TARGET_ROLE


@pytest.fixture
def real(qtbot, real_db: Path, tmp_path: Path):
    app = start(Config(content=real_db, data_dir=tmp_path / "learner"), lang_given=True)
    assert not isinstance(app, int)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.close()


def type_text(qtbot, edit, text: str) -> None:
    """Type like a person: QTest types Latin keys; other scripts arrive as an input method sends them."""
    edit.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)


def follow_first_link(qtbot, label) -> None:
    """Tab into a label's links (the first is chosen) and press Enter, as a keyboard user does."""
    label.clearFocus()
    label.setFocus(Qt.FocusReason.TabFocusReason)  # arriving by Tab: from the start of the text
    qtbot.keyClick(label, Qt.Key.Key_Tab)  # the first link
    qtbot.keyClick(label, Qt.Key.Key_Return)


# -- timeline: go to a year ---------------------------------------------------------------------
def test_go_to_year_goes_on_enter_and_says_the_range_when_out_of_it(real, qtbot):
    assert real.navigator.go("timeline")
    timeline = real.navigator.screens()["timeline"]
    canvas = timeline.canvas
    canvas.fit_all()
    box = timeline.year_box
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "1953")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    start, end = canvas.view_range()
    assert start < 1953.5 < end and end - start < 20
    first, last = canvas.year_span()
    before = canvas.view_range()
    box.selectAll()
    qtbot.keyClicks(box, "3000")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.text() == "3000"  # kept, not reset
    assert timeline.year_message.isVisibleTo(timeline)
    assert f"{first} to {last}" in timeline.year_message.text()
    assert canvas.view_range() == before
    box.selectAll()
    qtbot.keyClicks(box, "nineteen37")
    qtbot.mouseClick(timeline.go_button, Qt.MouseButton.LeftButton)
    assert "digits" in timeline.year_message.text() and box.text() == "nineteen37"
    box.selectAll()
    qtbot.keyClicks(box, "1937")  # typing again takes the message away; Enter goes there
    assert not timeline.year_message.isVisibleTo(timeline)
    qtbot.keyClick(box, Qt.Key.Key_Enter)
    start, end = canvas.view_range()
    assert start < 1937.5 < end


def test_labels_never_overlap_after_the_text_grows(real, qtbot):
    assert real.navigator.go("timeline")
    canvas = real.navigator.screens()["timeline"].canvas
    canvas.fit_all()
    canvas.zoom(10)
    canvas.viewport().repaint()
    font = QFont(canvas.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    canvas.setFont(font)  # the interface size at 200 %
    canvas.viewport().repaint()
    metrics = QFontMetrics(font)
    labels = {item.id: item.label for item in canvas.items}
    assert canvas._hits
    for rect, event_id in canvas._hits:  # each label has room for its text at the new size
        assert rect.width() >= metrics.horizontalAdvance(labels[event_id]), event_id
    rows: dict[float, list] = {}
    for rect, _id in canvas._hits:
        rows.setdefault(round(rect.center().y(), 1), []).append(rect)
    for rects in rows.values():
        rects.sort(key=lambda r: r.left())
        for a, b in itertools.pairwise(rects):
            assert a.right() <= b.left() + 13


# -- people: filtering ---------------------------------------------------------------------------
def shown_ids(people) -> list[str]:
    return [people.proxy.index(r, 0).data(ID_ROLE) for r in range(people.proxy.rowCount())]


def test_the_filter_never_opens_a_person_nobody_chose(real, qtbot):
    nav = real.navigator
    assert nav.go("people/nam-il")
    people = nav.screens()["people"]
    type_text(qtbot, people.search_edit, "kim")
    assert people.current_id == "nam-il" and nav.current == "people/nam-il"
    assert not people.list_view.currentIndex().isValid()  # no other row looks chosen
    people.search_edit.clear()
    assert people.list_view.currentIndex().data(ID_ROLE) == "nam-il"


def test_enter_in_the_filter_opens_the_first_person_and_down_moves_into_the_list(real, qtbot):
    nav = real.navigator
    assert nav.go("people")
    people = nav.screens()["people"]
    type_text(qtbot, people.search_edit, "tsoi")
    assert set(shown_ids(people)) == {"robert-tsoi", "viktor-tsoi"}
    qtbot.keyClick(people.search_edit, Qt.Key.Key_Return)
    assert nav.current == f"people/{shown_ids(people)[0]}"
    assert people.list_view.hasFocus()
    qtbot.keyClick(people.list_view, Qt.Key.Key_Down)
    assert nav.current == f"people/{shown_ids(people)[1]}"
    people.search_edit.setFocus()
    qtbot.keyClick(people.search_edit, Qt.Key.Key_Escape)
    assert people.search_edit.text() == "" and len(shown_ids(people)) == len(real.store.people.ids())


def test_a_filter_that_finds_no_one_offers_other_spellings(real, qtbot):
    assert real.navigator.go("people")
    people = real.navigator.screens()["people"]
    type_text(qtbot, people.search_edit, "Tsoj")
    assert shown_ids(people) == []
    assert people.list_stack.currentWidget() is people.no_match
    assert "Tsoj" in people.no_match.text()
    qtbot.waitUntil(lambda: people.no_match.suggestions() == ["Tsoi"])
    follow_first_link(qtbot, people.no_match)
    assert people.search_edit.text() == "Tsoi"
    assert set(shown_ids(people)) == {"robert-tsoi", "viktor-tsoi"}
    assert people.list_stack.currentWidget() is people.list_view


def test_no_one_with_these_filters_says_how_to_clear_them(real, qtbot):
    nav = real.navigator
    assert nav.go("people")
    people = nav.screens()["people"]
    people.role_box.setCurrentIndex(people.role_box.findData("athlete"))
    type_text(qtbot, people.search_edit, "Hong Bumdo")
    qtbot.waitUntil(lambda: not people.no_match._timer.isActive())
    assert people.no_match.suggestions() == []  # Hong Beom-do is no athlete: nothing to offer
    assert "Show every role, era and country" in people.no_match.text()
    follow_first_link(qtbot, people.no_match)  # the first link is the way out
    assert people.role_box.currentIndex() == 0
    qtbot.waitUntil(lambda: people.no_match.suggestions()[:1] == ["Hong Bom Do"])
    follow_first_link(qtbot, people.no_match)
    assert shown_ids(people) == ["hong-beom-do"]


# -- search ---------------------------------------------------------------------------------------
def hits_in_order(search) -> list[str]:
    model = search.model
    return [t for t in (model.index(r, 0).data(TARGET_ROLE) for r in range(model.rowCount())) if t]


@pytest.mark.parametrize(("query", "person"), [("Nam Il", "nam-il"), ("홍범도", "hong-beom-do"),
                                               ("Нам Ир", "nam-il"), ("Hong Beom-do", "hong-beom-do")])  # fmt: skip
def test_a_person_s_name_finds_the_person_first(real, qtbot, query: str, person: str):
    window, nav = real.window, real.navigator
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = nav.screens()["search"]
    type_text(qtbot, search.query_edit, query)
    qtbot.waitUntil(lambda: search.model.hit_count() > 0)
    assert hits_in_order(search)[0] == f"people/{person}"
    assert search.results.currentIndex().data(TARGET_ROLE) == f"people/{person}"
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    assert nav.current == f"people/{person}"


def test_search_highlights_words_not_pieces_of_words(real, qtbot):
    nav = real.navigator
    assert nav.go("search")
    search = nav.screens()["search"]
    type_text(qtbot, search.query_edit, "Nam Il")
    qtbot.waitUntil(lambda: search.model.hit_count() > 5)
    snippets = [search.model.snippet_html(r) for r in range(search.model.rowCount())]
    marked = [m for s in snippets for m in re.finditer(r"(\w?)<b>([^<]*)</b>", s)]
    assert marked and all(m.group(1) == "" for m in marked), [m.group(0) for m in marked if m.group(1)]
    assert {m.group(2).lower() for m in marked} <= {"nam", "il"}
    search.query_edit.clear()
    type_text(qtbot, search.query_edit, "남일")
    qtbot.waitUntil(lambda: "남일" in search.status.text() and search.model.hit_count() > 1)
    snippets = [search.model.snippet_html(r) for r in range(search.model.rowCount())]
    assert any("<b>남일</b>" in s for s in snippets)


def test_typing_on_over_the_same_hits_changes_the_rows_in_place(real, qtbot):
    """Tashke → Tashken finds as many hits of each kind: the rows change in place (the list keeps
    its layout), and every row shows the new query's snippet, header and current hit."""
    nav = real.navigator
    assert nav.go("search")
    search = nav.screens()["search"]
    model = search.model
    type_text(qtbot, search.query_edit, "Tashke")
    qtbot.waitUntil(lambda: "Tashke”" in search.status.text() and model.hit_count() > 5)
    shape = [model.is_header(r) for r in range(model.rowCount())]
    before = [model.paint_row(r) for r in range(model.rowCount())]
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    qtbot.keyClick(search.query_edit, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: "Tashken”" in search.status.text())
    assert [model.is_header(r) for r in range(model.rowCount())] == shape and not resets
    after = [model.paint_row(r) for r in range(model.rowCount())]
    assert after != before
    marked = {m.lower() for _header, _title, snippet in after for m in re.findall(r"<b>([^<]*)</b>", snippet)}
    assert marked and all(m.startswith("tashken") for m in marked), marked
    assert search.results.currentIndex().row() == model.first_hit_row()
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: "Tashke”" in search.status.text())
    assert [model.paint_row(r) for r in range(model.rowCount())] == before


def test_enter_without_hits_searches_the_first_spelling_offered(real, qtbot):
    nav = real.navigator
    assert nav.go("search")
    search = nav.screens()["search"]
    type_text(qtbot, search.query_edit, "Tashkend")
    qtbot.waitUntil(lambda: search.suggestions() == ["Tashkent"])
    assert "Tashkent" in search.status.text()
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    assert search.query_edit.text() == "Tashkent" and search.model.hit_count() > 0
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    assert nav.current == hits_in_order(search)[0]


# -- glossary and places ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "glossary", "places", "people"),
    [("en", "68 terms", "38 places", "36 people"), ("ko", "용어 68개", "장소 38곳", "인물 36명"),
     ("ru", "68 терминов", "38 мест", "36 человек")],
)  # fmt: skip
def test_the_lists_count_what_they_hold(real, qtbot, lang: str, glossary: str, places: str, people: str):
    window, nav = real.window, real.navigator
    window.language_box.setCurrentIndex(window.language_box.findData(lang))
    for name, expected in (("glossary", glossary), ("places", places), ("people", people)):
        assert nav.go(name)
        screen = nav.screens()[name]
        qtbot.waitUntil(lambda screen=screen, expected=expected: screen.count_label.text() == expected)


@pytest.mark.parametrize(("screen_name", "typed", "spelling", "found"),
                         [("places", "Tashkend", "Tashkent", "tashkent"), ("glossary", "kolhos", "kolkhoz", "kolkhoz")])  # fmt: skip
def test_glossary_and_places_offer_spellings_and_enter_opens(real, qtbot, screen_name, typed, spelling, found):
    from koryo_desktop.ui.models.record_list_model import ID_ROLE as RECORD_ID

    nav = real.navigator
    assert nav.go(screen_name)
    screen = nav.screens()[screen_name]
    type_text(qtbot, screen.filter_edit, typed)
    assert screen.proxy.rowCount() == 0 and screen.list_stack.currentWidget() is screen.no_match
    qtbot.waitUntil(lambda: spelling in screen.no_match.suggestions())
    first = screen.no_match.suggestions()[0]
    follow_first_link(qtbot, screen.no_match)
    assert screen.filter_edit.text() == first
    ids = [screen.proxy.index(r, 0).data(RECORD_ID) for r in range(screen.proxy.rowCount())]
    assert found in ids
    screen.filter_edit.setFocus()
    qtbot.keyClick(screen.filter_edit, Qt.Key.Key_Return)
    assert nav.current == f"{screen_name}/{ids[0]}" and screen.list_view.hasFocus()


def test_a_filter_that_finds_nothing_leads_to_the_search(real, qtbot):
    nav = real.navigator
    assert nav.go("glossary")
    glossary = nav.screens()["glossary"]
    type_text(qtbot, glossary.filter_edit, "Nazarbayev")
    assert glossary.proxy.rowCount() == 0
    assert "Search everything for “Nazarbayev”" in glossary.no_match.text()
    qtbot.waitUntil(lambda: not glossary.no_match._timer.isActive())
    assert glossary.no_match.suggestions() == []  # no spelling of it is in the glossary
    follow_first_link(qtbot, glossary.no_match)
    assert nav.current == "search/Nazarbayev"
    assert nav.screens()["search"].model.hit_count() > 0


def test_every_timeline_tool_stays_on_screen_on_a_small_panel(real, qtbot):
    from PySide6.QtWidgets import QLineEdit, QToolButton

    window, nav = real.window, real.navigator
    window.resize(1024, 600)
    window.language_box.setCurrentIndex(window.language_box.findData("ru"))  # the longest words
    assert nav.go("timeline")
    timeline = nav.screens()["timeline"]
    qtbot.waitUntil(lambda: timeline.export_button.text() == "Экспорт")
    tools = [timeline.out_button, timeline.in_button, timeline.fit_button, timeline.year_box, timeline.go_button,
             timeline.search_edit, timeline.previous_match, timeline.next_match, timeline.list_button,
             timeline.export_button]  # fmt: skip
    screen = timeline.rect()
    for tool in tools:
        assert isinstance(tool, QToolButton | QLineEdit)
        assert tool.isVisible(), tool.accessibleName()
        corner = tool.mapTo(timeline, tool.rect().bottomRight())
        assert screen.contains(corner), tool.accessibleName()
    qtbot.mouseClick(timeline.list_button, Qt.MouseButton.LeftButton)
    assert timeline.views.currentWidget() is timeline.table


def test_the_people_filter_models_pass_the_model_tester(real, qtbot, qtmodeltester):
    assert real.navigator.go("people")
    people = real.navigator.screens()["people"]
    qtmodeltester.check(people.matching)
    for text in ("k", "ki", "kim", "ki", "", "nam il", "zzz", ""):  # rows come and go, in blocks or all at once
        people.search_edit.setText(text)
        qtmodeltester.check(people.matching)
        qtmodeltester.check(people.proxy)
    assert people.proxy.rowCount() == people.model.rowCount() == len(real.store.people.ids())


def test_the_mask_proxy_applies_masks_in_blocks_and_resets(qtbot, qtmodeltester):
    from PySide6.QtCore import QStringListModel

    from koryo_desktop.ui.models.mask_proxy_model import MaskProxyModel

    source = QStringListModel([f"row {i}" for i in range(100)])
    proxy = MaskProxyModel()
    proxy.setSourceModel(source)
    qtmodeltester.check(proxy)
    removed: list[tuple[int, int]] = []
    proxy.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    proxy.set_mask(bytes(not 10 <= i < 20 for i in range(100)))  # one block goes: one signal
    assert removed == [(10, 19)] and proxy.rowCount() == 90 and proxy.resets == 0
    proxy.set_mask(bytes(i % 2 for i in range(100)))  # scattered: one reset
    assert proxy.resets == 1 and [proxy.index(r, 0).data() for r in range(3)] == ["row 1", "row 3", "row 5"]
    proxy.set_mask(None)
    assert proxy.rowCount() == 100
    qtmodeltester.check(proxy)
