"""A kiosk is used with a finger: every control at least 48 × 48 px on every screen, larger text,
nothing only a hovering mouse can read, and an on-screen keyboard that types English, Korean
(jamo composed into syllables) and Russian into a search or a short answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QToolTip

from koryo_desktop.ui import theme
from koryo_desktop.ui.kiosk import Kiosk
from koryo_desktop.ui.kiosk_touch import MIN_TOUCH, hover_only, short_controls, words_for_touch
from tests.ui.kiosk_helpers import running_kiosk, tap


@pytest.fixture
def kiosk(qtbot, fixture_db: Path, tmp_path: Path):
    with running_kiosk(fixture_db, tmp_path) as controller:
        controller.shell.resize(1366, 768)
        tap(qtbot, controller.shell.attract.buttons["en"])
        yield controller


def settle(qtbot) -> None:
    qtbot.wait(20)
    QApplication.processEvents()


def test_every_control_on_every_screen_is_big_enough_for_a_finger(qtbot, real_db: Path, tmp_path: Path):
    with running_kiosk(real_db, tmp_path) as kiosk:
        shell = kiosk.shell
        shell.resize(1366, 768)
        for page in (shell.attract, shell.prompt):
            shell.show_page(page)
            settle(qtbot)
            assert short_controls(shell) == [], type(page).__name__
        tap(qtbot, shell.attract.buttons["en"])
        store, navigator = kiosk.started.store, kiosk.started.navigator
        questions = store.questions.all()
        targets = ["home", "reader", f"reader/{store.chapters.ids()[1]}", "people", f"people/{store.people.ids()[0]}",
                   "timeline", f"timeline/{store.events.ids()[0]}", "quiz", "search", "search/nam il", "glossary",
                   f"glossary/{store.glossary.ids()[0]}", "places", f"places/{store.places.ids()[0]}", "map",
                   *(f"quiz/{next(q.id for q in questions if q.type == kind)}"
                     for kind in ("single", "multiple", "true_false", "order", "match", "number", "short"))]  # fmt: skip
        for target in targets:
            assert navigator.go(target)
            settle(qtbot)
            assert short_controls(shell) == [], target
            assert hover_only(shell) == [], target
        quiz = navigator.screens()["quiz"]
        quiz.widget.edit.setFocus()  # the short answer: the keyboard comes up
        settle(qtbot)
        assert shell.keyboard.isVisible() and short_controls(shell) == []
        kiosk.unlock()
        staff = shell.staff
        for digit in "2468":
            tap(qtbot, staff.pin.digits[digit])
        assert short_controls(shell) == []
        tap(qtbot, staff.pin.ok_key)
        assert short_controls(shell) == []
        tap(qtbot, staff.stats_button)
        assert staff.currentWidget() is staff.statistics and short_controls(shell) == []


def test_a_kiosk_starts_with_larger_text(kiosk: Kiosk):
    assert theme.display()[0] == 125 and kiosk.started.window.size_box.currentData() == 125
    assert QApplication.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 1.25)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip's window, offscreen
def test_a_tap_shows_what_a_symbol_button_s_tooltip_says(kiosk: Kiosk, qtbot):
    kiosk.started.navigator.go("people/nam-il")
    back = kiosk.started.window.back_button
    assert back.text() == "←" and words_for_touch(back) == "Back (Alt+Left)"
    assert words_for_touch(kiosk.started.window.rail_buttons["people"]) == ""  # its words are on it
    tap(qtbot, back)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == "Back (Alt+Left)"
    QToolTip.hideText()


def key(keyboard, text: str) -> QPushButton:
    keys = [*keyboard.number_keys, *keyboard.punctuation_keys, *(k for row in keyboard.letter_rows for k in row)]
    return next(k for k in keys if k.isVisible() and k.text() == text)


def type_on_screen(qtbot, keyboard, text: str) -> None:
    for char in text:
        if char == " ":
            tap(qtbot, keyboard.space_key)
            continue
        shifted = char != char.lower() or char in "ㅃㅉㄸㄲㅆㅒㅖ"
        if shifted and not keyboard.shift:
            tap(qtbot, keyboard.shift_key)
        tap(qtbot, key(keyboard, char))


def search_field(kiosk: Kiosk, qtbot) -> QLineEdit:
    kiosk.started.navigator.go("search")
    field = kiosk.started.navigator.screens()["search"].query_edit
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(10, field.height() // 2))
    assert kiosk.shell.keyboard.isVisible() and kiosk.shell.keyboard.target is field
    return field


def test_the_keyboard_types_nam_il_in_hangul_jamo_by_jamo(kiosk: Kiosk, qtbot):
    field = search_field(kiosk, qtbot)
    keyboard = kiosk.shell.keyboard
    tap(qtbot, keyboard.layout_keys["ko"])
    shown = []
    for jamo in "ㄴㅏㅁㅇㅣㄹ":
        tap(qtbot, key(keyboard, jamo))
        shown.append(field.text())
    assert shown == ["ㄴ", "나", "남", "남ㅇ", "남이", "남일"]
    search = kiosk.started.navigator.screens()["search"]
    qtbot.waitUntil(lambda: search.model.hit_count() > 0, timeout=3000)  # found as it is typed
    tap(qtbot, keyboard.backspace_key)
    assert field.text() == "남이"  # backspace takes back one jamo
    tap(qtbot, keyboard.backspace_key)
    tap(qtbot, keyboard.backspace_key)
    assert field.text() == "남"
    tap(qtbot, keyboard.shift_key)
    tap(qtbot, key(keyboard, "ㄲ"))
    assert field.text() == "남ㄲ" and not keyboard.shift  # Shift gives one tense consonant


def test_the_keyboard_types_russian_and_english(kiosk: Kiosk, qtbot):
    field = search_field(kiosk, qtbot)
    keyboard = kiosk.shell.keyboard
    tap(qtbot, keyboard.layout_keys["ru"])
    type_on_screen(qtbot, keyboard, "Нам Ир")
    assert field.text() == "Нам Ир"
    field.selectAll()
    tap(qtbot, keyboard.layout_keys["en"])
    type_on_screen(qtbot, keyboard, "Nam Il 1953")
    assert field.text() == "Nam Il 1953"  # what was selected is typed over
    tap(qtbot, keyboard.hide_key)
    assert not keyboard.isVisible()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(10, field.height() // 2))
    assert keyboard.isVisible()  # a tap in the field brings it back


def test_the_keyboard_answers_a_short_question_and_enter_checks_it(kiosk: Kiosk, qtbot):
    navigator = kiosk.started.navigator
    navigator.go("quiz/signer-name")
    quiz = navigator.screens()["quiz"]
    qtbot.mouseClick(quiz.widget.edit, Qt.MouseButton.LeftButton)
    keyboard = kiosk.shell.keyboard
    assert keyboard.isVisible() and keyboard.target is quiz.widget.edit
    assert all(k.width() >= MIN_TOUCH and k.height() >= MIN_TOUCH for k in keyboard.findChildren(QPushButton)
               if k.isVisible())  # fmt: skip
    type_on_screen(qtbot, keyboard, "Nam Il")
    tap(qtbot, keyboard.enter_key)
    qtbot.waitUntil(lambda: quiz.session_page.checked, timeout=3000)
    assert quiz.session.answered[-1].verdict.correct
    tap(qtbot, kiosk.started.window.rail_buttons["people"])
    assert not keyboard.isVisible()  # the list has the screen to itself again


def test_a_syllable_begun_in_the_global_search_goes_on_in_the_search_screen(kiosk: Kiosk, qtbot):
    window = kiosk.started.window
    qtbot.mouseClick(window.search_field, Qt.MouseButton.LeftButton, pos=QPoint(10, window.search_field.height() // 2))
    keyboard = kiosk.shell.keyboard
    assert keyboard.target is window.search_field
    tap(qtbot, keyboard.layout_keys["ko"])
    for jamo in "ㄴㅏㅁ":  # the first key takes the text to the search screen's own field
        tap(qtbot, key(keyboard, jamo))
    field = kiosk.started.navigator.screens()["search"].query_edit
    assert window.current_screen().name == "search" and keyboard.target is field
    assert field.text() == "남"
