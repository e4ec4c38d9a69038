"""The kiosk's attract screen: while nobody uses the kiosk, a slow slideshow drawn from the content
(a person with their dates and one line of their story, an event with its date and place, a glossary
"did you know", a chapter's opening, each naming its source) above three large buttons that start
a visit in English, 한국어 or Русский. A touch anywhere else starts one in the kiosk's language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEasingCurve, QEvent, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QMouseEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from koryo_desktop.config import languages
from koryo_desktop.core.attract import SlidePlan, first_sentence, slide_order
from koryo_desktop.core.corner_gesture import corner_at
from koryo_desktop.core.text import plain_text
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui.formatting import format_date, life_span, person_name, place_name
from koryo_desktop.ui.kiosk_text import QT_TRANSLATE_NOOP, LanguageTexts, native_name

_CITATION = re.compile(r"\[@([^\],\s]+)")
TOUCH_TO_START = QT_TRANSLATE_NOOP("AttractScreen", "Touch to start")


@dataclass(frozen=True)
class Slide:
    """One slide's texts, in the interface language."""

    kind: str  # person, event, term, chapter
    record_id: str
    heading: str  # "Person", "Did you know?"
    title: str
    when: str  # dates, a date and a place, or ""
    line: str  # one line of the story, the definition, the chapter's opening
    source: str  # "Source: …"


class AttractScreen(QWidget):
    start_requested = Signal(str)  # a language, or "" for the kiosk's own

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attractScreen")
        self.setAutoFillBackground(True)
        self._store: ContentStore | None = None
        self._order: list[tuple[str, str]] = []
        self._index = -1
        self.slide: Slide | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.next_slide)
        self.texts = LanguageTexts()

        self.heading, self.title, self.when, self.line, self.source = (QLabel() for _ in range(5))
        self.slide_box = QFrame()
        slide_layout = QVBoxLayout(self.slide_box)
        slide_layout.setSpacing(0)
        for label in (self.heading, self.title, self.when, self.line, self.source):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            slide_layout.addWidget(label)
            slide_layout.addSpacing(12)
        slide_layout.addStretch(1)
        for label, role in (
            (self.heading, QPalette.ColorRole.Highlight),
            (self.source, QPalette.ColorRole.PlaceholderText),
        ):
            label.setForegroundRole(role)  # the kind of slide in the accent colour, its source quieter
        self.fade = QGraphicsOpacityEffect(self.slide_box)
        self.fade.setOpacity(1.0)
        self.slide_box.setGraphicsEffect(self.fade)
        self.fade_in = QPropertyAnimation(self.fade, b"opacity", self)
        self.fade_in.setDuration(900)
        self.fade_in.setStartValue(0.0)
        self.fade_in.setEndValue(1.0)
        self.fade_in.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self.notice = QLabel()  # after an error: the app started again
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(24)
        for lang in languages():
            button = QPushButton()
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            inner = QVBoxLayout(button)
            for text in (native_name(lang), self.texts.text(lang, "AttractScreen", TOUCH_TO_START)):
                label = QLabel(text)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                inner.addWidget(label)
            button.setAccessibleName(f"{native_name(lang)}: {self.texts.text(lang, 'AttractScreen', TOUCH_TO_START)}")
            button.clicked.connect(lambda _=False, code=lang: self.start_requested.emit(code))
            self.buttons[lang] = button
            row.addWidget(button)

        layout = self._box = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.slide_box, 1)
        layout.addLayout(row)
        self._sizes = (28, 70, 36, 44, 24, 46, 26)  # thousandths of the height: heading … button hint

    # -- the slides ----------------------------------------------------------------------------
    def set_content(self, store: ContentStore | None, plan: SlidePlan | None = None, seed: int | None = None) -> None:
        """Show slides from ``store`` (in its language) as ``plan`` orders them; None stops."""
        self._store = store
        self._index = -1
        self.timer.stop()
        if store is None:
            self._order = []
            return
        plan = plan or SlidePlan.from_json(store.meta.get("kiosk_slides"))
        available = {"person": store.people.ids(), "event": store.events.ids(), "term": store.glossary.ids(),
                     "chapter": store.chapters.ids()}  # fmt: skip
        self._order = slide_order(plan, available, seed)
        self.timer.setInterval(plan.seconds * 1000)
        self.next_slide()

    def next_slide(self) -> None:
        """The next slide that can be made (a record gone from the content is passed over)."""
        if self._store is None or not self._order:
            return
        for _ in range(len(self._order)):
            self._index = (self._index + 1) % len(self._order)
            slide = make_slide(self._store, *self._order[self._index])
            if slide is not None:
                self._show(slide)
                break
        if self.isVisible():
            self.timer.start()

    def _show(self, slide: Slide) -> None:
        self.slide = slide
        self.heading.setText(slide.heading)
        self.title.setText(slide.title)
        self.when.setText(slide.when)
        self.when.setVisible(bool(slide.when))
        self.line.setText(slide.line)
        self.source.setText(slide.source)
        self.slide_box.setAccessibleName(" ".join(t for t in (slide.heading, slide.title, slide.when, slide.line) if t))
        if self.isVisible():
            self.fade_in.start()

    def say(self, text: str) -> None:
        """A word for whoever stands there (after an error); gone when the next visit starts."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- showing -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._order:
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()  # nothing moves where nobody sees it
        self.fade_in.stop()
        self.fade.setOpacity(1.0)
        super().hideEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if event.button() == Qt.MouseButton.LeftButton and not corner_at(
            position.x(), position.y(), self.width(), self.height()
        ):  # the corners are staff's (core/corner_gesture.py)
            self.start_requested.emit("")
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.slide is not None and self._store is not None:
            slide = make_slide(self._store, self.slide.kind, self.slide.record_id)
            if slide is not None:
                self._show(slide)
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = max(300, self.height())
        heading, title, when, line, source, name, hint = (round(height * s / 1000) for s in self._sizes)
        for label, pixels, bold in ((self.heading, heading, True), (self.title, title, True), (self.when, when, False),
                                    (self.line, line, False), (self.source, source, False), (self.notice, source, True)):  # fmt: skip
            font = QFont(self.font())
            font.setPixelSize(pixels)
            font.setBold(bold)
            label.setFont(font)
        margin = round(height * 0.06)
        self._box.setContentsMargins(margin * 2, margin, margin * 2, margin)
        for button in self.buttons.values():
            labels = button.findChildren(QLabel)
            for label, pixels, bold in zip(labels, (name, hint), (True, False), strict=True):
                font = QFont(self.font())
                font.setPixelSize(pixels)
                font.setBold(bold)
                label.setFont(font)
            button.setMinimumHeight(round(name * 1.4 + hint * 1.4 + 40))


def _source_line(store: ContentStore, source_ids: tuple[str, ...]) -> str:
    source = store.sources.get(source_ids[0]) if source_ids else None
    if source is None:
        return ""
    work = ", ".join(part for part in (source.author, source.title) if part)
    if source.year and source.year != "n.d.":
        work = f"{work} ({source.year})"
    return QCoreApplication.translate("AttractScreen", "Source: %1").replace("%1", work)


def make_slide(store: ContentStore, kind: str, record_id: str) -> Slide | None:
    """The slide of one record in the store's (and the interface's) language; None when it is gone."""
    if kind == "person":
        person = store.people.get(record_id)
        if person is None:
            return None
        return Slide(kind, record_id, QCoreApplication.translate("AttractScreen", "Person"), person_name(person), life_span(person.born, person.died),
                     first_sentence(person.summary), _source_line(store, person.source_ids))  # fmt: skip
    if kind == "event":
        event = store.events.get(record_id)
        if event is None:
            return None
        places = [place_name(p) for p in (store.places.get(i) for i in event.place_ids[:2]) if p is not None]
        when = format_date(event.date)
        if places:
            when = " · ".join([when, *places])
        return Slide(kind, record_id, QCoreApplication.translate("AttractScreen", "Event"), event.title, when, first_sentence(event.description),
                     _source_line(store, event.source_ids))  # fmt: skip
    if kind == "term":
        term = store.glossary.get(record_id)
        if term is None:
            return None
        return Slide(kind, record_id, QCoreApplication.translate("AttractScreen", "Did you know?"), term.local_term or term.term, "",
                     first_sentence(term.definition), _source_line(store, term.source_ids))  # fmt: skip
    if kind == "chapter":
        chapter = store.chapters.get(record_id)
        if chapter is None:
            return None
        markdown = next((s.markdown for s in chapter.sections if s.markdown.strip()), "")
        opening = plain_text(markdown.strip().split("\n\n")[0]) if markdown else chapter.summary
        cited = _CITATION.findall(markdown.strip().split("\n\n")[0]) if markdown else []
        sources = tuple(cited) or chapter.cited or chapter.source_ids  # what the opening itself cites
        return Slide(kind, record_id, QCoreApplication.translate("AttractScreen", "From chapter %1").replace("%1", str(chapter.number)), chapter.title, "",
                     first_sentence(opening, 260), _source_line(store, sources))  # fmt: skip
    return None
