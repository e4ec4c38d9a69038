"""What the quiz tests share: the app on the product's content, and answering as a learner does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from koryo_desktop.app import start
from koryo_desktop.config import Config
from koryo_desktop.ui import theme
from koryo_desktop.ui.quiz.answers.choice import ChoiceAnswer
from koryo_desktop.ui.quiz.answers.match import MatchAnswer
from koryo_desktop.ui.quiz.answers.order import OrderAnswer
from koryo_desktop.ui.quiz.answers.text import TextAnswer


@pytest.fixture
def real(qtbot, real_db: Path, tmp_path: Path):
    app = start(Config(content=real_db, data_dir=tmp_path / "learner"), lang_given=True)
    assert not isinstance(app, int)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.close()
    from PySide6.QtWidgets import QApplication

    theme.apply_display(QApplication.instance(), None, 100, "standard")


def question_of_type(app, kind: str, skip: int = 0):
    return [q for q in app.store.questions.all() if q.type == kind][skip]


def click(qtbot, widget) -> None:
    """Click a button where a person would: a radio button or check box on its mark."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    pos = widget.rect().center()
    if isinstance(widget, QRadioButton | QCheckBox):
        pos = QPoint(widget.fontMetrics().height() // 2 + 2, pos.y())
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def answer_right(qtbot, quiz) -> None:
    """Answer the current question correctly, with the keys and clicks a learner would use."""
    presented = quiz.session.current()
    question, widget = presented.question, quiz.widget
    answer = question.answer if isinstance(question.answer, dict) else {}
    if isinstance(widget, ChoiceAnswer):
        for value in presented.right_values():
            click(qtbot, widget.buttons[widget.values.index(value)])
    elif isinstance(widget, OrderAnswer):
        for target, item in enumerate(answer["items"]):
            row = widget.model.stringList().index(item)
            if row != target:
                drag_row(qtbot, widget.view, row, target)
    elif isinstance(widget, MatchAnswer):
        for pair in answer["pairs"]:
            click(qtbot, widget.left_buttons[widget.lefts.index(pair["left"])])
            click(qtbot, widget.right_buttons[widget.rights.index(pair["right"])])
    elif isinstance(widget, TextAnswer):
        value = str(answer["answer"] if question.type == "number" else answer["accepted"][-1])
        widget.edit.clear()
        if value.isascii():
            qtbot.keyClicks(widget.edit, value)
        else:  # QTest types ASCII only: Hangul and Cyrillic come as an input method commits them
            widget.edit.insert(value)


def drag_row(qtbot, view, row: int, gap: int) -> None:
    """Press on an item, move in steps and release where the item should go (before row ``gap``,
    or after the last item when ``gap`` is the number of items)."""
    model = view.model()
    start_rect = view.visualRect(model.index(row, 0))
    if gap < model.rowCount():
        target = view.visualRect(model.index(gap, 0)).top() + 3
    else:
        target = view.visualRect(model.index(model.rowCount() - 1, 0)).bottom() - 3
    viewport = view.viewport()
    x = start_rect.center().x()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start_rect.center())
    steps = 6
    for step in range(1, steps + 1):
        y = start_rect.center().y() + (target - start_rect.center().y()) * step // steps
        qtbot.mouseMove(viewport, QPoint(x, y))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x, target))


def enter(qtbot, quiz) -> None:
    """Enter where the keyboard focus is, as a learner presses it."""
    from PySide6.QtWidgets import QApplication

    focus = QApplication.focusWidget()
    if focus is None or not quiz.isAncestorOf(focus):  # offscreen, the window may not be the active one
        focus = quiz.session_page.focusWidget() or quiz.session_page
    qtbot.keyClick(focus, Qt.Key.Key_Return)
