"""Row texts drawn plainly the first time and from a kept static text after look the same, and a
new width or font (the interface size changed mid-flow) is cut and laid out again."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from koryo_desktop.ui.widgets.row_texts import RowTexts


def drawn(texts: RowTexts, text: str, width: int, font: QFont) -> QImage:
    image = QImage(400, 60, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    painter.setFont(font)
    texts.draw(painter, 4, 10, text, width, font, QFontMetrics(font), (text, width, font.key()))
    painter.end()
    return image


def inked_width(image: QImage) -> int:
    """How far right the text reaches, in pixels."""
    columns = [x for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).value() < 200]
    return max(columns) + 1 if columns else 0


def test_the_first_and_later_draws_look_the_same(qapp):
    texts, font = RowTexts(keep=10), QFont(qapp.font())
    first = drawn(texts, "Nam Il · 1912–1976", 300, font)  # met once: drawn plainly
    second = drawn(texts, "Nam Il · 1912–1976", 300, font)  # met again: laid out and kept
    third = drawn(texts, "Nam Il · 1912–1976", 300, font)  # from the kept static text
    assert inked_width(first) > 0
    assert first == second == third


def test_a_new_width_or_font_is_cut_and_laid_out_again(qapp):
    texts, font = RowTexts(keep=10), QFont(qapp.font())
    text = "Kazakhstan Koryo Ilbo newspaper and its long history in Almaty"
    for _ in range(3):  # kept at the wide width
        wide = drawn(texts, text, 380, font)
    narrow = drawn(texts, text, 120, font)  # the window grew narrower: cut with an ellipsis
    assert inked_width(narrow) <= 4 + 120 < inked_width(wide)
    large = QFont(font)
    large.setPointSizeF(font.pointSizeF() * 2)  # interface size 200 %
    for _ in range(3):
        bigger = drawn(texts, "Nam Il", 380, large)
    assert inked_width(bigger) > inked_width(drawn(texts, "Nam Il", 380, font)) * 1.5


def test_only_so_many_texts_are_kept(qapp):
    texts, font = RowTexts(keep=4), QFont(qapp.font())
    for n in range(20):
        for _ in range(2):
            drawn(texts, f"Person {n}", 300, font)
    assert len(texts._cut) <= 4 and len(texts._static) <= 4
    assert drawn(texts, "Person 3", 300, font) == drawn(RowTexts(keep=4), "Person 3", 300, font)
