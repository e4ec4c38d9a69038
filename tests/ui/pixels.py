"""Text contrast measured from rendered pixels, as a person's eye meets it.

The window is grabbed once; every widget that shows text gives the rectangle where its text is
drawn (a label's contents, a button's face, each visible row of a list, a page's viewport). In each
rectangle the ground is the commonest colour; rows of pixels that differ from it make lines of text,
and runs of such columns make words. A word's contrast is that of its strongest pixel against the
ground around it (WCAG's relative luminance), so anti-aliased edges do not count against it, while
text drawn in the ground's own colour (black on black) shows no word at all and is reported as
invisible."""

from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTextEdit,
    QWidget,
)  # fmt: skip

BODY = 4.5  # WCAG AA for body text
INK = 1.25  # a pixel at this contrast to the ground or more is drawn, not ground (a tint is ground)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


_lum_cache: dict[int, float] = {}


def luminance(rgb: int) -> float:
    value = _lum_cache.get(rgb)
    if value is None:
        r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
        value = 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)
        _lum_cache[rgb] = value
    return value


def contrast(a: int, b: int) -> float:
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def _inked(colour: int, ground: int) -> bool:
    return contrast(colour, ground) >= INK


@dataclass
class Word:
    rect: QRect  # in window coordinates
    ink: int
    ground: int
    ratio: float

    def __str__(self) -> str:
        r = self.rect
        return f"#{self.ink & 0xFFFFFF:06x} on #{self.ground & 0xFFFFFF:06x} = {self.ratio:.2f}:1 at {r.x()},{r.y()} {r.width()}x{r.height()}"


def pixels(image: QImage, rect: QRect) -> tuple[array, int, int]:
    """The colours (0xffRRGGBB) of `rect` in `image`, row by row, with its width and height."""
    crop = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    w, h = crop.width(), crop.height()
    values = array("I")
    values.frombytes(bytes(crop.constBits())[: w * h * 4])
    return values, w, h


def words(image: QImage, rect: QRect, rules: bool = False) -> list[Word]:
    """The words drawn in `rect` (window coordinates) of the grabbed `image`. With `rules`, lines
    across most of the area (a chart's grid) are left out first."""
    rect = rect.intersected(image.rect())
    if rect.width() < 4 or rect.height() < 4:
        return []
    px, w, h = pixels(image, rect)
    ground = Counter(px).most_common(1)[0][0]
    ink = {c for c in set(px) if _inked(c, ground)}
    if not ink:
        return []
    marks = dict.fromkeys(set(px), 0) | dict.fromkeys(ink, 1)
    mask = bytes(map(marks.__getitem__, px))
    if rules:
        mask = _without_rules(mask, w, h)
    found: list[Word] = []
    _cut(_Page(px, mask, w, h, rect), 0, 0, w, h, found, depth=0)
    return found


def _without_rules(mask: bytes, w: int, h: int) -> bytes:
    """`mask` without the columns and rows drawn along more than half the area (grid lines, axes)."""
    cleared = bytearray(mask)
    for x in range(w):
        if mask[x::w].count(1) > h // 2:
            cleared[x::w] = bytes(h)
    for y in range(h):
        if mask[y * w : (y + 1) * w].count(1) > w // 2:
            cleared[y * w : (y + 1) * w] = bytes(w)
    return bytes(cleared)


@dataclass
class _Page:
    px: array
    mask: bytes
    w: int
    h: int
    rect: QRect


def _runs(marks: list[bool] | bytes, gap: int) -> list[tuple[int, int]]:
    """Runs of marked positions; runs closer than `gap` join."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(marks)
    while i < n:
        if not marks[i]:
            i += 1
            continue
        start = i
        while i < n and marks[i]:
            i += 1
        if runs and start - runs[-1][1] < gap:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((start, i))
    return runs


def _cut(page: _Page, x0: int, y0: int, x1: int, y1: int, found: list[Word], depth: int) -> None:
    """Split the box into lines (by empty rows) and words (by empty columns), alternately, until
    neither splits it any more (an XY cut), then measure it as one word."""
    w, mask = page.w, page.mask
    rows = [1 in mask[y * w + x0 : y * w + x1] for y in range(y0, y1)]
    lines = _runs(rows, 2)
    if not lines:
        return
    top, bottom = y0 + lines[0][0], y0 + lines[-1][1]
    if len(lines) > 1 and depth < 8:
        for a, b in lines:
            _cut(page, x0, y0 + a, x1, y0 + b, found, depth + 1)
        return
    columns = 0
    for y in range(top, bottom):
        columns |= int.from_bytes(mask[y * w + x0 : y * w + x1], "big")
    marks = columns.to_bytes(x1 - x0, "big")
    height = bottom - top
    pieces = _runs(marks, 8)  # words a space apart stay together; a picture beside text does not
    if len(pieces) > 1 and depth < 8:
        for a, b in pieces:
            _cut(page, x0 + a, top, x0 + b, bottom, found, depth + 1)
        return
    left, right = x0 + pieces[0][0], x0 + pieces[0][1]
    if height < 7 or right - left < 5:  # a rule, a frame's edge, a dot, a bracket or a marker, not a word
        return
    # the ground around the word: its box widened by a few pixels, where ground dominates
    px = page.px
    bx0, bx1, by0, by1 = max(0, left - 3), min(w, right + 3), max(0, top - 2), min(page.h, bottom + 2)
    box: Counter[int] = Counter()
    for y in range(by0, by1):
        box.update(px[y * w + bx0 : y * w + bx1])
    ground = box.most_common(1)[0][0]
    colours = [c for c, n in box.items() if n >= 2 and _inked(c, ground)]
    drawn = sum(box[c] for c in colours)
    if drawn < 10 or drawn > 0.5 * (right - left) * height:  # a speck; or a shape (a marker, a dot), not letters
        return
    strongest = max(colours, key=lambda c: contrast(c, ground))
    rect = page.rect
    found.append(Word(QRect(rect.x() + left, rect.y() + top, right - left, height), strongest, ground,
                      contrast(strongest, ground)))  # fmt: skip


def strongest_ink(image: QImage, rect: QRect) -> float:
    """The contrast of the pixel in `rect` that stands out most from the ground (1.0: nothing drawn)."""
    px, _w, _h = pixels(image, rect.intersected(image.rect()))
    ground = Counter(px).most_common(1)[0][0]
    return max((contrast(c, ground) for c in set(px)), default=1.0)


def _visible(widget: QWidget, window: QWidget, rect: QRect | None = None) -> QRect:
    """`rect` of `widget` (its whole rect by default) as far as it is on screen, in window coordinates."""
    area = widget.visibleRegion().boundingRect()
    area = area.intersected(rect if rect is not None else widget.rect())
    return QRect(widget.mapTo(window, area.topLeft()), area.size())


def _whole(widget: QWidget, rect: QRect | None = None) -> bool:
    """Whether all of `rect` of `widget` is on screen (not scrolled partly out of view)."""
    wanted = rect if rect is not None else widget.rect()
    return widget.visibleRegion().boundingRect().intersected(wanted) == wanted


def _text(widget: QWidget) -> str:
    """The text a control shows ('' for none)."""
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return ""


def text_areas(window: QWidget, root: QWidget, painted: dict[QWidget, QRect] | None = None
               ) -> list[tuple[str, QRect, bool]]:  # fmt: skip
    """Where `root` and its descendants draw text: (what, rectangle in window coordinates, whether
    some text must be visible there: a text wholly on screen). `painted` adds the parts of widgets
    that paint their own text (a timeline's canvas)."""
    areas: list[tuple[str, QRect, bool]] = []

    def add(what: str, widget: QWidget, rect: QRect | None = None, must: bool = True) -> None:
        areas.append((what, _visible(widget, window, rect), must and _whole(widget, rect)))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        if not widget.isEnabled():  # WCAG asks nothing of the text of an inactive control
            continue
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        said = f"{name} “{_text(widget)[:30]}”"
        style = widget.style()
        if isinstance(widget, QAbstractItemView):
            for rect in _item_rects(widget):
                add(f"{name} row", widget.viewport(), rect, must=False)
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            add(name, widget.viewport(), must=bool(widget.toPlainText().strip()))
        elif isinstance(widget, QAbstractScrollArea):
            continue
        elif isinstance(widget, QGroupBox) and widget.title():
            option = QStyleOptionGroupBox()
            option.initFrom(widget)
            option.text = widget.title()
            option.subControls = QStyle.SubControl.SC_GroupBoxLabel
            label = style.subControlRect(QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel,
                                         widget)  # fmt: skip
            add(f"{name} title", widget, label.adjusted(-2, -2, 2, 2), must=False)
        elif not _text(widget).strip():
            continue
        elif isinstance(widget, QLabel):
            add(said, widget, widget.contentsRect())
        elif isinstance(widget, (QCheckBox, QRadioButton)):
            option = QStyleOptionButton()
            option.initFrom(widget)
            option.text = widget.text()
            element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(widget, QCheckBox)
                       else QStyle.SubElement.SE_RadioButtonContents)  # fmt: skip
            add(said, widget, style.subElementRect(element, option, widget))
        elif isinstance(widget, QAbstractButton):
            add(said, widget, widget.rect().adjusted(4, 4, -4, -4))
        elif isinstance(widget, QComboBox):
            option = QStyleOptionComboBox()
            option.initFrom(widget)
            option.editable = widget.isEditable()
            field = style.subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, widget)  # fmt: skip
            if not widget.itemIcon(widget.currentIndex()).isNull():
                field.setLeft(field.left() + widget.iconSize().width() + 4)
            add(said, widget, field)
        elif isinstance(widget, QLineEdit):
            inner = widget.rect().adjusted(4, 3, -4, -3)
            if widget.text() and widget.isClearButtonEnabled():
                inner.setRight(inner.right() - widget.height())
            add(said, widget, inner)
        elif isinstance(widget, QAbstractSpinBox):
            add(said, widget, widget.rect().adjusted(4, 3, -widget.height() // 2 - 8, -3))
    for widget, rect in (painted or {}).items():
        if widget.isVisible():
            add(f"{type(widget).__name__} painted", widget, rect, must=False)
    return [(what, rect, must) for what, rect, must in areas if rect.width() >= 4 and rect.height() >= 4]


def _item_rects(view: QAbstractItemView) -> list[QRect]:
    """The rectangles of the items on show in `view`'s viewport."""
    viewport = view.viewport().rect()
    rects: list[QRect] = []
    seen = set()
    x = 4
    for y in range(0, viewport.height(), 4):
        index = view.indexAt(QPoint(x, y))
        if not index.isValid():
            continue
        key = (index.row(), index.column(), index.internalId())
        if key in seen:
            continue
        seen.add(key)
        count = 1 if isinstance(view, QListView) else view.model().columnCount(index.parent())
        for cell in (index.siblingAtColumn(c) for c in range(count)):
            rect = view.visualRect(cell).intersected(viewport)
            if rect.width() >= 4 and rect.height() >= 4:
                rects.append(rect)
    return rects


@dataclass
class Problem:
    what: str
    detail: str

    def __str__(self) -> str:
        return f"{self.what}: {self.detail}"


def text_contrast_problems(window: QWidget, root: QWidget, least: float = BODY,
                           painted: dict[QWidget, QRect] | None = None) -> list[Problem]:  # fmt: skip
    """Every word under `root` whose contrast is below `least`, and every text that shows no word."""
    image = window.grab().toImage()
    problems = []
    for what, rect, must_show in text_areas(window, root, painted):
        found = words(image, rect, rules=what.endswith(" painted"))
        if must_show and not found:  # a dash or a thin arrow alone is no word: its strongest pixel counts
            strongest = strongest_ink(image, rect)
            if strongest < least:
                problems.append(Problem(what, f"text at {strongest:.2f}:1 at most, at {rect.x()},{rect.y()} "
                                              f"{rect.width()}x{rect.height()}"))  # fmt: skip
        problems += [Problem(what, str(word)) for word in found if word.ratio < least]
    return problems
