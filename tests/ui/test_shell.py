from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from koryo_desktop.app import Started, start
from koryo_desktop.config import Config
from koryo_desktop.ui.models.roles import Role


def test_every_screen_opens_and_shows_real_content(started: Started):
    nav, window = started.navigator, started.window
    assert set(nav.screens()) == {"home", "reader", "people", "timeline", "quiz", "search", "glossary", "places", "map"}
    for target in ("reader/north-korea", "people/nam-il", "timeline/armistice-signed", "quiz/signer",
                   "glossary/armistice", "places/ushtobe", "map/ushtobe", "home"):  # fmt: skip
        assert nav.go(target), target
        screen = window.current_screen()
        assert screen.name == target.split("/")[0]
        assert window.rail_buttons[screen.name].isChecked()
        if hasattr(screen, "detail"):
            assert screen.model.rowCount() > 0
            text = screen.detail.toPlainText()
            assert text.strip(), target
    assert "Nam Il" in nav.screens()["people"].detail.toPlainText()
    assert not nav.go("people/nobody")
    assert not nav.go("nowhere")


def test_links_navigate_and_back_forward_return(started: Started, qtbot):
    nav = started.navigator
    nav.go("people/nam-il")
    people = nav.screens()["people"]
    people.detail.anchorClicked.emit(QUrl("timeline/armistice-signed"))
    assert nav.current == "timeline/armistice-signed"
    assert started.window.current_screen().name == "timeline"
    timeline = nav.screens()["timeline"]
    timeline.canvas.setFocus()
    qtbot.keyClick(timeline.canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert nav.current == "people/nam-il"
    qtbot.keyClick(people.list_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert nav.current == "timeline/armistice-signed"


def test_list_click_shows_record_and_is_remembered(started: Started, qtbot):
    nav = started.navigator
    nav.go("people")
    people = nav.screens()["people"]
    qtbot.keyClicks(people.search_edit, "harrison")
    assert people.proxy.rowCount() == 1
    people.list_view.setCurrentIndex(people.proxy.index(0, 0))
    assert "Harrison" in people.detail.toPlainText()
    assert nav.current == "people/william-harrison"


@pytest.mark.parametrize("query", ["Nam Yakov Petrovitch", "petrovich", "남일", "Нам Ир", "nam il"])
def test_people_filter_finds_every_spelling(started: Started, qtbot, query: str):
    started.navigator.go("people")
    people = started.navigator.screens()["people"]
    people.search_edit.setText(query)
    ids = [people.proxy.index(r, 0).data(Role.ID) for r in range(people.proxy.rowCount())]
    assert ids == ["nam-il"]


def test_search_as_you_type_keyboard_and_enter(started: Started, qtbot):
    window, nav = started.window, started.navigator
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = nav.screens()["search"]
    assert window.current_screen() is search
    for char in "남일":  # QTest cannot type Hangul; insert() is what an input method does
        search.query_edit.insert(char)
    qtbot.waitUntil(lambda: search.model.hit_count() == 2)
    first = search.results.currentIndex()
    assert first.data(Role.TARGET) == "people/nam-il"
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Down)
    assert search.results.currentIndex().data(Role.TARGET) == "reader/north-korea#the-armistice"
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Down)  # stays on the last hit, never on a header
    assert search.results.currentIndex().data(Role.TARGET) == "reader/north-korea#the-armistice"
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Up)
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    assert nav.current == "people/nam-il"


def test_search_click_opens_chapter_at_the_hit(started: Started, qtbot):
    nav = started.navigator
    nav.go("search/panmunjom")
    search = nav.screens()["search"]
    row = next(
        r
        for r in range(search.model.rowCount())
        if search.model.index(r, 0).data(Role.TARGET) == "reader/north-korea#the-armistice"
    )
    rect = search.results.visualRect(search.model.index(row, 0))
    qtbot.mouseClick(search.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert nav.current == "reader/north-korea#the-armistice?q=panmunjom"


def test_search_without_hits_offers_other_spellings(started: Started, qtbot):
    nav = started.navigator
    nav.go("search/Pamnunjom")
    search = nav.screens()["search"]
    assert search.model.hit_count() == 0
    assert "Panmunjom" in search.status.text()
    search.status.linkActivated.emit("Panmunjom")
    assert search.model.hit_count() > 0
    search.set_query("")
    assert search.model.rowCount() == 0


def test_home_offers_continue_reading_and_starters(started: Started, qtbot):
    nav = started.navigator
    home = nav.screens()["home"]
    assert home.person_button.isVisibleTo(home)
    assert home.person_button.property("target") == "people/nam-il"
    nav.go("reader/north-korea#numbers")
    nav.go("home")
    assert home.continue_button.isVisibleTo(home)
    qtbot.mouseClick(home.continue_button, Qt.MouseButton.LeftButton)
    assert nav.current == "reader/north-korea#numbers"


def test_language_switch_retranslates_and_is_remembered(started: Started, qtbot):
    window = started.window
    assert window.rail_buttons["people"].text() == "People"
    window.language_box.setCurrentIndex(window.language_box.findData("ru"))
    qtbot.waitUntil(lambda: window.rail_buttons["people"].text() == "Люди")
    assert started.learner.setting("language") == "ru"
    window.language_box.setCurrentIndex(window.language_box.findData("ko"))
    qtbot.waitUntil(lambda: window.rail_buttons["people"].text() == "인물")
    people = started.navigator.screens()["people"]
    qtbot.waitUntil(lambda: people.title_label.text() == "인물")
    window.language_box.setCurrentIndex(window.language_box.findData("en"))
    qtbot.waitUntil(lambda: window.rail_buttons["people"].text() == "People")


def test_damaged_learner_database_shows_a_notice(qtbot, fixture_db: Path, tmp_path: Path):
    data = tmp_path / "learner"
    data.mkdir()
    (data / "learner.db").write_bytes(b"not a database at all" * 200)
    result = start(Config(content=fixture_db, data_dir=data), lang_given=True)
    assert not isinstance(result, int)
    try:
        assert result.window.notice.isVisibleTo(result.window)
        assert "damaged" in result.window.notice.text()
        assert len(list(data.glob("learner.damaged-*.db"))) == 1
    finally:
        result.close()


def test_missing_content_database_fails_clearly(capsys, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    code = start(Config(content=tmp_path / "missing.db", data_dir=tmp_path, smoke=True), lang_given=True)
    assert code == 2
    assert "does not exist" in capsys.readouterr().err


def test_models_pass_the_model_tester(started: Started, qtmodeltester):
    screens = started.navigator.screens()
    people = screens["people"]
    qtmodeltester.check(people.model)
    people.search_edit.setText("nam")
    qtmodeltester.check(people.proxy)
    search = screens["search"]
    search.set_query("armistice")
    qtmodeltester.check(search.model)


def test_every_control_has_an_accessible_name(started: Started):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    missing = []
    for kind in (QAbstractButton, QLineEdit, QComboBox):
        for widget in started.window.findChildren(kind):
            if widget.isVisibleTo(started.window) and not widget.accessibleName():
                missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()}")
    assert missing == []


def test_screens_read_their_records_only_when_first_opened(started: Started):
    glossary = started.navigator.screens()["glossary"]
    assert glossary.model.rowCount() == 0
    assert started.navigator.go("glossary")
    assert glossary.model.rowCount() == 1
    assert glossary.count_label.text() == "1 term"


def test_places_follow_the_interface_language(started: Started, qtbot):
    from koryo_desktop.ui.models.record_list_model import ID_ROLE

    places = started.navigator.screens()["places"]
    started.navigator.go("places/ushtobe")

    def titles() -> list[str]:
        return [places.proxy.index(r, 0).data().split("\n")[0] for r in range(places.proxy.rowCount())]

    assert titles() == ["Panmunjom", "Ushtobe"]
    started.window.language_box.setCurrentIndex(started.window.language_box.findData("ru"))
    qtbot.waitUntil(lambda: titles() == ["Пханмунджом", "Уштобе"])
    assert places.proxy.index(1, 0).data(ID_ROLE) == "ushtobe"
    current = places.list_view.currentIndex()
    assert current.data(ID_ROLE) == "ushtobe"  # the chosen place stays chosen
    assert "Уштобе" in places.detail.toPlainText() and "Казахстан" in places.detail.toPlainText()
    started.window.language_box.setCurrentIndex(started.window.language_box.findData("ko"))
    qtbot.waitUntil(lambda: titles() == ["우슈토베", "판문점"])  # Hangul order
    started.window.language_box.setCurrentIndex(started.window.language_box.findData("en"))
    qtbot.waitUntil(lambda: titles() == ["Panmunjom", "Ushtobe"])


def test_text_size_and_colours_change_the_whole_interface_and_are_remembered(started: Started, qtbot):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from koryo_desktop.ui import theme

    window, app = started.window, QApplication.instance()
    reader = started.navigator.screens()["reader"]
    started.navigator.go("reader")
    title = started.navigator.screens()["people"].title_label
    base_title = title.font().pointSizeF()
    page = reader.view.document().defaultFont().pointSizeF()
    try:
        window.size_box.setCurrentIndex(window.size_box.findData(150))
        assert app.font().pointSizeF() == theme.BASE_POINT_SIZE * 1.5
        assert title.font().pointSizeF() > base_title * 1.4  # style-sheet sizes grow too
        assert reader.view.document().defaultFont().pointSizeF() == page * 1.5  # and the chapter page
        window.colours_box.setCurrentIndex(window.colours_box.findData("high-contrast"))
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        qtbot.waitUntil(lambda: reader.view.theme.key == "contrast")  # the page follows while no theme is chosen
        assert started.learner.setting("ui.scale") == 150
        assert started.learner.setting("ui.colours") == "high-contrast"
        again = start(Config(content=started.store.path, data_dir=started.learner.path.parent), lang_given=True)
        assert isinstance(again, Started)
        try:
            assert again.window.size_box.currentData() == 150
            assert again.window.colours_box.currentData() == "high-contrast"
        finally:
            again.close()
    finally:
        theme.apply_display(app, None, 100, "standard")


def test_missing_qt_library_says_which_package_to_install(capsys, tmp_path: Path, monkeypatch, fixture_db: Path):
    import sys

    from koryo_desktop.app import qt_missing_message

    message = qt_missing_message(ImportError("libEGL.so.1: cannot open shared object file: No such file or directory"))
    assert "libEGL.so.1" in message and "sudo apt-get install libegl1" in message
    monkeypatch.setitem(sys.modules, "PySide6.QtGui", None)  # Qt's GUI module cannot be loaded
    code = start(Config(content=fixture_db, data_dir=tmp_path, smoke=True), lang_given=True)
    assert code == 2
    err = capsys.readouterr().err
    assert "Qt cannot start" in err and "apt-get install" in err and "Traceback" not in err


def test_one_finger_drags_pages_and_lists(started: Started, qtbot):
    """Touch screens (museums, classroom boards): dragging scrolls, without Qt gesture types piling up."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    started.navigator.go("reader/north-korea")
    view = started.navigator.screens()["reader"].view
    view.setFixedHeight(130)
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.verticalScrollBar().setValue(0)
    device = QTest.createTouchDevice()
    window, viewport = started.window, view.viewport()

    def at(y: int) -> QPoint:  # QTest takes touch points in the window's coordinates
        return viewport.mapTo(window, QPoint(60, y))

    QTest.touchEvent(window, device).press(0, at(110))
    for y in range(110, 0, -20):
        qtbot.wait(10)
        QTest.touchEvent(window, device).move(0, at(y))
    QTest.touchEvent(window, device).release(0, at(0))
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0, timeout=2000)


def test_search_names_people_and_places_as_their_screens_do(started: Started, qtbot):
    from koryo_desktop.ui.search.search_model import TARGET_ROLE

    window = started.window
    window.language_box.setCurrentIndex(window.language_box.findData("ko"))
    started.navigator.go("search/Nam Il")
    search = started.navigator.screens()["search"]

    def titles() -> dict[str, str]:
        rows = (search.model.index(r, 0) for r in range(search.model.rowCount()))
        return {i.data(TARGET_ROLE): i.data() for i in rows if i.data(TARGET_ROLE)}

    qtbot.waitUntil(lambda: "people/nam-il" in titles())
    assert titles()["people/nam-il"].startswith("남일")
    window.language_box.setCurrentIndex(window.language_box.findData("en"))
    qtbot.waitUntil(lambda: titles().get("people/nam-il", "").startswith("Nam Il"))


def test_home_has_a_card_for_every_screen_in_the_rail(started: Started, qtbot):
    nav = started.navigator
    home = nav.screens()["home"]
    window = started.window
    assert set(home.module_buttons) == set(window.rail_buttons) - {"home"}
    for name, card in home.module_buttons.items():
        nav.go("home")
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        assert nav.current.split("/")[0] == name


def test_every_country_the_content_names_is_named_in_each_language(real_db: Path, qtbot):
    """A place's country shows in the interface language: none is left in English for want of a
    translation (Ukraine once was, under Mykolaiv in Korean)."""
    from PySide6.QtWidgets import QApplication

    from koryo_desktop.store.content_store import ContentStore
    from koryo_desktop.ui import formatting
    from koryo_desktop.ui.i18n import Translations

    store = ContentStore(real_db)
    translations = Translations(QApplication.instance(), store)
    try:
        named = {p.country for p in store.places.all()}
        assert named <= set(formatting.country_labels())
        for lang in ("ko", "ru"):
            translations.set_language(lang)
            untranslated = {c for c in named if formatting.country_label(c) == c}
            assert untranslated == set(), lang
    finally:
        translations.set_language("en")
        store.close()
