from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor

from tests.ui.quiz.conftest import answer_right, enter, question_of_type


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(widget) -> float:
    """The contrast of the rendered text with its ground (WCAG), from the widget's pixels."""
    image = widget.grab().toImage()
    pixels = Counter(image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height()))
    ground = QColor.fromRgb(pixels.most_common(1)[0][0])
    lum = luminance(ground)
    best = 1.0
    for value in pixels:
        other = luminance(QColor.fromRgb(value))
        lighter, darker = max(lum, other), min(lum, other)
        best = max(best, (lighter + 0.05) / (darker + 0.05))
    return best


@pytest.mark.parametrize("scheme", ["dark", "high-contrast", "standard"])
def test_question_and_feedback_follow_the_colours_switched_while_running(real, qtbot, scheme):
    window = real.window
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    first = "high-contrast" if scheme == "standard" else "standard"
    window.colours_box.setCurrentIndex(window.colours_box.findData(first))
    quiz.start("practice", [question_of_type(real, "single"), question_of_type(real, "short")], seed=1)
    answer_right(qtbot, quiz)
    enter(qtbot, quiz)
    window.colours_box.setCurrentIndex(window.colours_box.findData(scheme))  # while the question is on screen
    page = quiz.session_page
    ground = {"dark": "#2b2b2b", "high-contrast": "#000000"}.get(scheme)
    qtbot.waitUntil(lambda: ground is None or page.palette().window().color().name() == ground)
    qtbot.waitUntil(lambda: contrast(page.prompt) >= 4.5)
    assert contrast(page.feedback.head) >= 4.5
    link = page.palette().link().color()
    body = page.feedback.body.grab().toImage()
    assert any(body.pixelColor(x, y) == link for x in range(body.width()) for y in range(0, body.height(), 2))
    marked = next(b for b in quiz.widget.buttons if "✔" in b.text())
    assert contrast(marked) >= 4.5  # the right answer's colour suits the new ground


@pytest.mark.parametrize("scale", [100, 200])
def test_question_text_follows_the_interface_size(real, qtbot, scale):
    window = real.window
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go(f"quiz/{question_of_type(real, 'single').id}")
    window.size_box.setCurrentIndex(window.size_box.findData(scale))
    prompt, button = quiz.session_page.prompt, quiz.widget.buttons[0]
    size = 11 * scale / 100
    qtbot.waitUntil(lambda: button.font().pointSizeF() == pytest.approx(size))  # the answers at the new size
    qtbot.waitUntil(lambda: prompt.font().pointSizeF() == pytest.approx(size * 1.35))  # the question larger


@pytest.mark.parametrize("kind", ["start", "single", "order", "match", "number", "results"])
def test_at_1024x600_the_quiz_never_pushes_the_window_off_the_screen(real, qtbot, kind):
    window = real.window
    window.resize(1024, 600)
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    if kind == "results":
        real.navigator.go(f"quiz/{question_of_type(real, 'single').id}")
        answer_right(qtbot, quiz)
        enter(qtbot, quiz)
        enter(qtbot, quiz)
        assert quiz.pages.currentWidget() is quiz.results_page
    elif kind != "start":
        real.navigator.go(f"quiz/{question_of_type(real, kind).id}")
    hint = quiz.minimumSizeHint()
    assert hint.width() <= 1024 - 200 and hint.height() <= 600 - 80, hint
    assert window.minimumSizeHint().height() <= 600 and window.minimumSizeHint().width() <= 1024
    qtbot.waitUntil(lambda: window.height() <= 600)


def test_switching_the_language_mid_question_translates_the_feedback_and_the_widgets(real, qtbot):
    window = real.window
    quiz = real.navigator.screens()["quiz"]
    real.navigator.go("quiz")
    true_false = question_of_type(real, "true_false")
    quiz.start("practice", [true_false, question_of_type(real, "single")], seed=1)
    answer_right(qtbot, quiz)
    enter(qtbot, quiz)
    page = quiz.session_page
    try:
        window.language_box.setCurrentIndex(window.language_box.findData("ru"))
        qtbot.waitUntil(lambda: page.feedback.head.text() == "Верно!")
        assert page.next_button.label_text() == "Дальше (Enter)"
        assert page.progress.format() == "Вопрос 1 из 2"  # still the question answered
        assert {b.text().split("  ")[-1].removeprefix("✔ ") for b in quiz.widget.buttons} == {"Верно", "Неверно"}
    finally:
        window.language_box.setCurrentIndex(window.language_box.findData("en"))
    qtbot.waitUntil(lambda: page.feedback.head.text() == "Right!")


@pytest.mark.parametrize("kind", ["start", "order", "match", "results"])
def test_at_1024x600_and_200_percent_in_russian_nothing_is_wider_than_the_window(real, qtbot, kind):
    window = real.window
    quiz = real.navigator.screens()["quiz"]
    window.resize(1024, 600)
    window.language_box.setCurrentIndex(window.language_box.findData("ru"))
    window.size_box.setCurrentIndex(window.size_box.findData(200))
    try:
        real.navigator.go("quiz")
        if kind == "results":
            real.navigator.go(f"quiz/{question_of_type(real, 'single').id}")
            answer_right(qtbot, quiz)
            enter(qtbot, quiz)
            enter(qtbot, quiz)
        elif kind != "start":
            real.navigator.go(f"quiz/{question_of_type(real, kind).id}")
        frame = quiz.parentWidget().parentWidget()  # the window lets screens scroll at large sizes
        qtbot.waitUntil(lambda: quiz.font().pointSizeF() == 22)
        assert quiz.minimumSizeHint().width() <= frame.width() - 16, quiz.minimumSizeHint()
    finally:
        window.language_box.setCurrentIndex(window.language_box.findData("en"))
