"""How the display tests drive the app as a person does: choosing from the rail's boxes with the
keyboard, and reaching each screen (with its panels open) by links, typing and clicks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from koryo_desktop.app import Started


def settle() -> None:
    """Let layouts and repaints that the change posted run (no waiting on a clock)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()


def switch(qtbot, box: QComboBox, data: object) -> None:
    """Choose an item of a rail box from the keyboard, as a person does: focus it, then Home, End or
    the arrow keys."""
    box.setFocus()
    target = box.findData(data)
    if target == 0:
        qtbot.keyClick(box, Qt.Key.Key_Home)
    elif target == box.count() - 1:
        qtbot.keyClick(box, Qt.Key.Key_End)
    while box.currentIndex() != target:
        qtbot.keyClick(box, Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up)
    settle()
    assert QApplication.focusWidget() is box  # the switch keeps the keyboard where it was


def go_home(app: Started, qtbot) -> QWidget:
    app.navigator.go("home")
    return app.window


def go_reader(app: Started, qtbot) -> QWidget:
    app.navigator.go("reader/north-korea")
    reader = app.navigator.screens()["reader"]
    qtbot.keyClick(reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the find bar
    qtbot.keyClicks(reader.find_bar.edit, "Nam")
    reader.toggle_notes()  # the notes panel and its heading
    assert reader.notes.isVisible()
    return app.window


def go_people(app: Started, qtbot) -> QWidget:
    app.navigator.go("people")
    return app.window


def go_person(app: Started, qtbot) -> QWidget:
    app.navigator.go("people")
    people = app.navigator.screens()["people"]
    qtbot.keyClicks(people.search_edit, "nam")
    people.list_view.setFocus()
    qtbot.keyClick(people.list_view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: app.navigator.current == "people/nam-il")
    return app.window


def go_timeline(app: Started, qtbot) -> QWidget:
    app.navigator.go("timeline/armistice-signed")
    return app.window


def go_quiz_start(app: Started, qtbot) -> QWidget:
    app.navigator.go("quiz")
    return app.window


def go_quiz_question(app: Started, qtbot) -> QWidget:
    signer = next(q.id for q in app.store.questions.all() if q.type == "single")
    app.navigator.go(f"quiz/{signer}")  # a "test yourself" link: a choice question
    quiz = app.navigator.screens()["quiz"]
    assert quiz.pages.currentWidget() is quiz.session_page
    return app.window


def go_quiz_feedback(app: Started, qtbot) -> QWidget:
    go_quiz_question(app, qtbot)
    quiz = app.navigator.screens()["quiz"]
    qtbot.keyClick(quiz, Qt.Key.Key_2)  # the wrong answer: the right one and the verdict in colour
    qtbot.mouseClick(quiz.session_page.check_button, Qt.MouseButton.LeftButton)
    assert quiz.session_page.feedback.isVisible()
    return app.window


def go_search(app: Started, qtbot) -> QWidget:
    app.navigator.go("home")
    qtbot.keyClicks(app.window.search_field, "n")  # the first letter opens the search and moves the
    search = app.navigator.screens()["search"]  # typing there, as a person's next keys go
    assert search.query_edit.hasFocus()
    qtbot.keyClicks(search.query_edit, "am")
    qtbot.waitUntil(lambda: search.model.hit_count() > 0)
    return app.window


def go_glossary(app: Started, qtbot) -> QWidget:
    app.navigator.go("glossary/armistice")
    return app.window


def go_places(app: Started, qtbot) -> QWidget:
    app.navigator.go("places/ushtobe")
    return app.window


SCREENS: dict[str, Callable[[Started, object], QWidget]] = {
    "home": go_home, "reader": go_reader, "people": go_people, "person": go_person, "timeline": go_timeline,
    "quiz-start": go_quiz_start, "quiz-question": go_quiz_question, "quiz-feedback": go_quiz_feedback,
    "search": go_search, "glossary": go_glossary, "places": go_places,
}  # fmt: skip
