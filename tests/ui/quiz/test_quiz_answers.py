from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.ui.quiz.conftest import click, drag_row, enter, question_of_type


def test_dragging_an_item_inserts_it_and_never_overwrites(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    order = question_of_type(real, "order")
    real.navigator.go(f"quiz/{order.id}")
    widget = quiz.widget
    before = widget.model.stringList()
    count = len(before)
    assert count >= 4
    drag_row(qtbot, widget.view, 0, 3)  # the first item, dropped between the third and the fourth
    assert widget.model.stringList() == [*before[1:3], before[0], *before[3:]]
    drag_row(qtbot, widget.view, count - 1, 0)  # the last item to the top
    after = widget.model.stringList()
    assert len(after) == count and sorted(after) == sorted(before) and after[0] == before[-1]
    assert widget.view.gap is None  # the drop line is gone after the drop


def test_a_drop_onto_an_item_changes_nothing(real, qtbot):
    """What Qt's own drag and drop does on a list model: overwrite the item it lands on."""
    quiz = real.navigator.screens()["quiz"]
    order = question_of_type(real, "order")
    real.navigator.go(f"quiz/{order.id}")
    view, model = quiz.widget.view, quiz.widget.model
    before = model.stringList()
    data: QMimeData = model.mimeData([model.index(0, 0)])
    target = QPointF(view.visualRect(model.index(2, 0)).center())
    for event in (QDragEnterEvent(target.toPoint(), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(target.toPoint(), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                                 Qt.KeyboardModifier.NoModifier),
                  QDropEvent(target, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)):  # fmt: skip
        QApplication.sendEvent(view.viewport(), event)
    assert model.stringList() == before


def test_order_shows_a_handle_and_a_drop_line_while_dragging(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go(f"quiz/{question_of_type(real, 'order').id}")
    view, model = quiz.widget.view, quiz.widget.model
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view)
    view.itemDelegate().initStyleOption(option, model.index(1, 0))
    assert not option.icon.isNull() and option.text.startswith("2.  ")  # the handle and the place
    first = view.visualRect(model.index(0, 0))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    qtbot.mouseMove(view.viewport(), QPoint(first.center().x(), view.visualRect(model.index(2, 0)).top() + 2))
    assert view.gap == 2  # the line is drawn before the third item
    image = view.viewport().grab().toImage()
    y = view.visualRect(model.index(2, 0)).top()
    highlight = view.palette().highlight().color()
    assert any(image.pixelColor(x, y) == highlight for x in range(10, 60))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(first.center().x(), y + 2))


def test_order_items_move_with_the_keyboard(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    order = question_of_type(real, "order")
    real.navigator.go(f"quiz/{order.id}")
    widget = quiz.widget
    before = widget.model.stringList()
    widget.view.setCurrentIndex(widget.model.index(0, 0))
    qtbot.keyClick(widget.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    after = widget.model.stringList()
    assert after[0] == before[1] and after[1] == before[0]
    click(qtbot, widget.up)
    assert widget.model.stringList() == before


def test_matching_by_choosing_pairs_marks_used_partners(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    match = question_of_type(real, "match")
    real.navigator.go(f"quiz/{match.id}")
    widget = quiz.widget
    pairs = {p["left"]: p["right"] for p in match.answer["pairs"]}
    total = len(pairs)
    first_left = widget.lefts[0]
    click(qtbot, widget.left_buttons[0])
    click(qtbot, widget.right_buttons[widget.rights.index(pairs[first_left])])
    used = widget.right_buttons[widget.rights.index(pairs[first_left])]
    assert used.isChecked() and used.label.text().endswith("✔ A")
    assert f"→ {pairs[first_left]}" in widget.left_buttons[0].label.text()
    assert widget.selected_left == 1  # on to the next item without a partner
    enter(qtbot, quiz)  # partly matched
    notice = quiz.session_page.feedback
    assert notice.kind == "notice" and notice.head.text() == (
        f"Match all {total} items: each one on the left needs a partner on the right.")  # fmt: skip
    assert real.learner.attempts() == []
    # give the first item's partner to the second item: the first loses it
    click(qtbot, widget.left_buttons[1])
    click(qtbot, used)
    assert first_left not in widget.pairs and widget.pairs[widget.lefts[1]] == pairs[first_left]
    assert used.label.text().endswith("✔ B")
    for i, left in enumerate(widget.lefts):
        click(qtbot, widget.left_buttons[i])
        click(qtbot, widget.right_buttons[widget.rights.index(pairs[left])])
    enter(qtbot, quiz)
    assert notice.head.text() == "Right!"


def test_number_answers_take_digits_and_say_what_is_wrong(real, qtbot):
    quiz = real.navigator.screens()["quiz"]
    number = question_of_type(real, "number")
    real.navigator.go(f"quiz/{number.id}")
    edit = quiz.widget.edit
    qtbot.keyClicks(edit, "nineteen37")
    assert edit.text() == "nineteen37"  # kept as typed, not "e37"
    assert quiz.widget.hint.isVisibleTo(quiz) and "not a number" in quiz.widget.hint.text()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    notice = quiz.session_page.feedback
    assert notice.kind == "notice" and "“nineteen37” is not a number: type it in digits" in notice.head.text()
    assert not quiz.widget.hint.isVisibleTo(quiz)  # said once, in the notice
    assert real.learner.attempts() == [] and quiz.session.index == 0
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # typing again: the notice about the old answer goes
    assert notice.kind == "" and quiz.widget.hint.isVisibleTo(quiz) and "nineteen3" in quiz.widget.hint.text()
    edit.clear()
    qtbot.keyClicks(edit, str(number.answer["answer"]))
    assert not quiz.widget.hint.isVisibleTo(quiz)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert notice.head.text() == "Right!"


def test_choice_feedback_is_icon_words_and_colour(real, qtbot):
    from koryo_desktop.ui import formatting as fmt

    quiz = real.navigator.screens()["quiz"]
    single = question_of_type(real, "single")
    real.navigator.go(f"quiz/{single.id}")
    presented = quiz.session.current()
    wrong = next(i for i in range(len(presented.options)) if i not in presented.right_values())
    click(qtbot, quiz.widget.buttons[wrong])
    enter(qtbot, quiz)
    feedback = quiz.session_page.feedback
    assert feedback.kind == "wrong" and not feedback.icon.pixmap().isNull()
    assert feedback.head.text().startswith("Not quite. The answer: ")
    assert feedback.head.palette().windowText().color().name() == fmt.result_colour(False)
    assert quiz.widget.buttons[wrong].text().startswith(f"{wrong + 1}.  ✘ ")
    assert "wrong" in quiz.widget.buttons[wrong].accessibleName()
