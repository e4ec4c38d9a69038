from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from koryo_desktop.app import start
from koryo_desktop.config import Config
from koryo_desktop.ui.models.roles import Role
from koryo_desktop.ui.people.people_model import BIRTH_YEAR_ROLE, ID_ROLE, SUBTITLE_ROLE


@pytest.fixture
def real(qtbot, real_db: Path, tmp_path: Path):
    app = start(Config(content=real_db, data_dir=tmp_path / "learner"), lang_given=True)
    assert not isinstance(app, int)
    app.window.resize(1366, 768)
    yield app
    app.close()


def shown_ids(people) -> list[str]:
    return [people.proxy.index(r, 0).data(ID_ROLE) for r in range(people.proxy.rowCount())]


@pytest.mark.parametrize("query", ["Nam Yakov Petrovitch", "petrovich", "남일", "Нам Ир", "nam il", "NAM IL"])
def test_every_spelling_finds_nam_il(real, query: str):
    real.navigator.go("people")
    people = real.navigator.screens()["people"]
    people.search_edit.setText(query)
    assert shown_ids(people) == ["nam-il"]


def test_filters_by_role_era_and_country_and_sorts(real):
    real.navigator.go("people")
    people = real.navigator.screens()["people"]
    total = people.proxy.rowCount()
    people.role_box.setCurrentIndex(people.role_box.findData("athlete"))
    athletes = shown_ids(people)
    assert {"nellie-kim", "denis-ten"} <= set(athletes) and len(athletes) < total
    people.role_box.setCurrentIndex(0)
    people.country_box.setCurrentIndex(people.country_box.findData("Uzbekistan"))
    assert "shavkat-mirziyoyev" in shown_ids(people)
    people.country_box.setCurrentIndex(0)
    assert people.era_box.count() > 2
    people.era_box.setCurrentIndex(1)
    assert 0 < people.proxy.rowCount() < total
    people.era_box.setCurrentIndex(0)
    people.sort_box.setCurrentIndex(people.sort_box.findData("birth"))
    years = [people.proxy.index(r, 0).data(BIRTH_YEAR_ROLE) for r in range(people.proxy.rowCount())]
    known = [y for y in years if y is not None]
    assert known == sorted(known) and years[: len(known)] == known  # unknown years last
    people.sort_box.setCurrentIndex(people.sort_box.findData("name"))
    names = [people.proxy.index(r, 0).data() for r in range(people.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    assert people.count_label.text() == f"{total} people"


def test_detail_page_has_everything_and_every_link_leads_back(real):
    nav = real.navigator
    assert nav.go("people/nam-il")
    people = nav.screens()["people"]
    text = people.detail.toPlainText()
    for expected in ("남일", "Яков Петрович Нам", "Birth name", "Hangul", "exact day", "Biography", "Key events",
                     "In the chapters", "Related people", "Sources", "Sources disagree"):  # fmt: skip
        assert expected in text, expected
    html = people.detail.toHtml()
    targets = sorted(set(re.findall(r'href="([^"#][^"]*)"', html)))
    assert any(t.startswith("timeline/") for t in targets)
    assert any(t.startswith("reader/") and "?q=" in t for t in targets)
    assert any(t.startswith("people/") for t in targets)
    for target in targets:
        assert nav.go(target.replace("&amp;", "&")), target
        assert nav.back() and nav.current == "people/nam-il"


def test_every_link_on_every_person_page_opens(real):
    nav = real.navigator
    people = nav.screens()["people"]
    checked = 0
    for person_id in real.store.people.ids():
        assert nav.go(f"people/{person_id}")
        for target in sorted(set(re.findall(r'href="([^"#][^"]*)"', people.detail.toHtml()))):
            screen, _, rest = target.partition("/")
            if screen == "reader":  # opening chapters is covered by the reader's own link test
                assert real.store.chapters.get(rest.partition("#")[0]), target
            else:
                assert nav.go(target), f"{person_id}: {target}"
                assert nav.back() and nav.current == f"people/{person_id}"
            checked += 1
    assert checked > 100


def test_reader_link_highlights_the_mention(real):
    nav = real.navigator
    nav.go("people/nam-il")
    html = nav.screens()["people"].detail.toHtml()
    target = next(t for t in re.findall(r'href="([^"]*)"', html) if t.startswith("reader/"))
    people_anchor = QUrl(target)
    nav.screens()["people"].detail.anchorClicked.emit(people_anchor)
    reader = nav.screens()["reader"]
    assert reader.view.marks("search")


def test_monogram_is_generated(real):
    real.navigator.go("people/nam-il")
    people = real.navigator.screens()["people"]
    image = people.detail.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("monogram:nam-il"))
    assert isinstance(image, QImage) and image.width() == 192


def test_models_pass_the_model_tester(real, qtmodeltester):
    real.navigator.go("people")
    people = real.navigator.screens()["people"]
    qtmodeltester.check(people.model)
    people.search_edit.setText("kim")
    qtmodeltester.check(people.proxy)


def test_accessible_names_and_large_text(real, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    real.navigator.go("people/nam-il")
    real.window.show()
    people = real.navigator.screens()["people"]
    for kind in (QAbstractButton, QLineEdit, QComboBox):
        for widget in people.findChildren(kind):
            if widget.isVisibleTo(people):
                assert widget.accessibleName(), type(widget).__name__
    font = people.font()
    font.setPointSizeF(font.pointSizeF() * 2.5)
    people.setFont(font)
    hint = people.list_view.sizeHintForRow(0)
    assert hint >= 2 * people.list_view.fontMetrics().height()


def test_people_without_dates_show_their_roles(real):
    real.navigator.go("people")
    people = real.navigator.screens()["people"]
    row = people.model.row_of("joseph-stalin")
    assert people.model.index(row, 0).data(Role.SUBTITLE)  # subtitle: roles, as no dates are given


def test_names_follow_the_interface_s_script(real, qtbot):
    real.navigator.go("people/nam-il")
    people = real.navigator.screens()["people"]
    window = real.window

    def row_of_nam_il() -> tuple[str, str]:
        index = people.proxy.index(people.model.row_of("nam-il"), 0)
        return index.data(), index.data(SUBTITLE_ROLE)

    assert row_of_nam_il()[0] == "Nam Il"
    window.language_box.setCurrentIndex(window.language_box.findData("ko"))
    qtbot.waitUntil(lambda: row_of_nam_il()[0] == "남일")
    assert row_of_nam_il()[1].startswith("Nam Il · ")
    assert people.detail.toPlainText().startswith("남일")
    window.language_box.setCurrentIndex(window.language_box.findData("ru"))
    qtbot.waitUntil(lambda: row_of_nam_il()[0] == "Нам Ир")
    window.language_box.setCurrentIndex(window.language_box.findData("en"))
    qtbot.waitUntil(lambda: row_of_nam_il()[0] == "Nam Il")


def test_the_filter_holds_across_a_language_switch_and_a_new_order(real, qtbot):
    """The matcher is made again with each new set of rows (new names, a new order): what was
    typed keeps showing the same people, and a new word is looked up in the new rows."""
    real.navigator.go("people")
    people = real.navigator.screens()["people"]
    window = real.window
    qtbot.keyClicks(people.search_edit, "nam il")
    assert shown_ids(people) == ["nam-il"]
    window.language_box.setCurrentIndex(window.language_box.findData("ko"))
    qtbot.waitUntil(lambda: people.proxy.index(0, 0).data() == "남일")
    assert shown_ids(people) == ["nam-il"]
    people.search_edit.clear()
    qtbot.keyClicks(people.search_edit, "tsoi")
    assert set(shown_ids(people)) == {"robert-tsoi", "viktor-tsoi"}
    people.sort_box.setCurrentIndex(people.sort_box.findData("birth"))
    assert set(shown_ids(people)) == {"robert-tsoi", "viktor-tsoi"}
    people.search_edit.clear()
    assert len(shown_ids(people)) == len(real.store.people.ids())
