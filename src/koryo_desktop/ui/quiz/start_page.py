"""The quiz's start: what to do next as large cards (continue a chapter, the questions due for
review, a test), then a round of one's own choosing, the learner's progress and the teacher's
tools. It scrolls as a whole, so nothing is off-screen in a small window or at a large text size."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from koryo_desktop.core.entities import Chapter
from koryo_desktop.ui.quiz.wrap_button import WrapButton
from koryo_desktop.ui.widgets.card_button import CardButton
from koryo_desktop.ui.widgets.detail_browser import DetailBrowser


@dataclass(frozen=True)
class RoundChoice:
    mode: str  # practice, test or review
    chapter: str | None = None
    topic: str | None = None
    difficulty: str | None = None
    count: int = 10
    with_generated: bool = True
    minutes: int | None = None  # a timed test
    with_map: bool = False  # "Find on the map": a tap on the right place answers


class WrapCheckBox(QWidget):
    """A check box whose words wrap (a long option must not widen a narrow window); a click on the
    words toggles it too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a click on it comes here
        self.toggled = self.box.toggled
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.box.toggle()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.box.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, on: bool) -> None:
        self.box.setChecked(on)


class WheelGuard(QObject):
    """The wheel over a choice the learner has not clicked scrolls the page, and does not change the
    choice under the pointer."""

    def __init__(self, page: QScrollArea) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            QApplication.sendEvent(self.page.verticalScrollBar(), event)
            return True
        return False


class StartPage(QScrollArea):
    start_requested = Signal(object)  # a RoundChoice
    target_activated = Signal(str)
    welcome_back = Signal(int)  # a remembered learner with a PIN asks to continue

    def __init__(self, teacher: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.chapters: list[Chapter] = []
        self.topics_of: dict[str, set[str]] = {}
        self.next_chapter: tuple[str, int, int] | None = None
        self.due = 0
        self.returning: tuple[int, str] | None = None
        inner = QWidget()
        self.setWidget(inner)
        self.welcome_card, self.continue_card, self.review_card, self.test_card = (CardButton() for _ in range(4))
        for card in (self.welcome_card, self.continue_card, self.review_card, self.test_card):
            card.heading.setWordWrap(True)  # a long chapter title wraps instead of widening the page
        self.welcome_card.clicked.connect(lambda: self.returning and self.welcome_back.emit(self.returning[0]))
        self.continue_card.clicked.connect(self._continue)
        self.review_card.clicked.connect(lambda: self.start_requested.emit(RoundChoice("review")))
        self.test_card.clicked.connect(lambda: self.start_requested.emit(self.choice("test")))
        self.next_label = QLabel()
        self.next_label.setObjectName("cardHeading")
        self.nothing_due = QLabel()  # instead of a greyed-out card: readable in every colour scheme
        self.nothing_due.setWordWrap(True)
        self.review_box = QWidget()  # what a kiosk hides: spaced review is for those who come back
        review_layout = QVBoxLayout(self.review_box)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(self.review_card)
        review_layout.addWidget(self.nothing_due)
        self._build_setup()
        self.progress = DetailBrowser()
        self.progress.setMinimumHeight(160)
        self.progress.target_activated.connect(self.target_activated)
        self.teacher = teacher
        left = QVBoxLayout()
        left.addWidget(self.next_label)
        for part in (self.welcome_card, self.continue_card, self.review_box, self.test_card):
            left.addWidget(part)
        left.addWidget(self.setup_box)
        left.addWidget(teacher)
        left.addStretch(1)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, inner)
        self.columns.addLayout(left, 3)
        self.columns.addWidget(self.progress, 2)
        self.retranslate()

    def _build_setup(self) -> None:
        self.setup_box = QGroupBox()
        form = QFormLayout(self.setup_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.chapter_box, self.topic_box, self.difficulty_box = QComboBox(), QComboBox(), QComboBox()
        for box in (self.chapter_box, self.topic_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
        self.chapter_box.currentIndexChanged.connect(lambda _i: self._fill_topics())
        self.wheel_guard = WheelGuard(self)
        self.count_box = QSpinBox()
        self.count_box.setRange(3, 40)
        self.count_box.setValue(10)
        self.count_box.valueChanged.connect(lambda _v: self.refresh_cards())
        self.generated_check, self.map_check, self.timed_check = WrapCheckBox(), WrapCheckBox(), WrapCheckBox()
        self.generated_check.setChecked(True)
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(1, 120)
        self.minutes_box.setValue(10)
        for choice in (self.chapter_box, self.topic_box, self.difficulty_box, self.count_box, self.minutes_box):
            choice.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            choice.installEventFilter(self.wheel_guard)
        self.timed_check.toggled.connect(self.minutes_box.setEnabled)
        self.minutes_box.setEnabled(False)
        self.chapter_label, self.topic_label, self.difficulty_label = QLabel(), QLabel(), QLabel()
        self.count_label, self.minutes_label = QLabel(), QLabel()
        for label in (
            self.chapter_label,
            self.topic_label,
            self.difficulty_label,
            self.count_label,
            self.minutes_label,
        ):
            label.setWordWrap(True)
        for label, widget in ((self.chapter_label, self.chapter_box), (self.topic_label, self.topic_box),
                              (self.difficulty_label, self.difficulty_box), (self.count_label, self.count_box),
                              (self.minutes_label, self.minutes_box)):  # fmt: skip
            label.setBuddy(widget)
        form.addRow(self.chapter_label, self.chapter_box)
        form.addRow(self.topic_label, self.topic_box)
        form.addRow(self.difficulty_label, self.difficulty_box)
        form.addRow(self.count_label, self.count_box)
        form.addRow(self.generated_check)
        form.addRow(self.map_check)
        form.addRow(self.timed_check)
        form.addRow(self.minutes_label, self.minutes_box)
        self.practice_button, self.test_button = WrapButton(), WrapButton()
        self.practice_button.clicked.connect(lambda: self.start_requested.emit(self.choice("practice")))
        self.test_button.clicked.connect(lambda: self.start_requested.emit(self.choice("test")))
        buttons = QHBoxLayout()
        buttons.addWidget(self.practice_button)
        buttons.addWidget(self.test_button)
        form.addRow(buttons)

    def retranslate(self) -> None:
        self.next_label.setText(self.tr("What next?"))
        self.setup_box.setTitle(self.tr("A round of your choice"))
        self.chapter_label.setText(self.tr("C&hapter"))
        self.topic_label.setText(self.tr("&Topic"))
        self.difficulty_label.setText(self.tr("&Difficulty"))
        self.count_label.setText(self.tr("&Questions"))
        self.minutes_label.setText(self.tr("&Minutes for a timed test"))
        self.generated_check.setText(self.tr("Include questions made from the timeline and the people"))
        self.map_check.setText(self.tr("Include map questions (find the place on the map)"))
        self.timed_check.setText(self.tr("Timed test"))
        self.practice_button.set_label(self.tr("Practise (answers at once)"))
        self.test_button.set_label(self.tr("Take a test (answers at the end)"))
        for widget, name in ((self.chapter_box, self.tr("Chapter")), (self.topic_box, self.tr("Topic")),
                             (self.difficulty_box, self.tr("Difficulty")), (self.count_box, self.tr("Questions")),
                             (self.minutes_box, self.tr("Minutes")), (self.progress, self.tr("Your progress"))):  # fmt: skip
            widget.setAccessibleName(name)
        self.fill_setup()
        self.refresh_cards()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Progress beside the choices when there is room, below them when there is not."""
        super().resizeEvent(event)
        narrow = event.size().width() < self.fontMetrics().averageCharWidth() * 110
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)

    # -- the round of one's choice -------------------------------------------------------------
    def set_chapters(self, chapters: list[Chapter], topics_of: dict[str, set[str]]) -> None:
        self.chapters, self.topics_of = chapters, topics_of
        self.fill_setup()

    def fill_setup(self) -> None:
        chosen = self.chapter_box.currentData()
        self.chapter_box.blockSignals(True)
        self.chapter_box.clear()
        self.chapter_box.addItem(self.tr("All chapters"), None)
        for chapter in self.chapters:
            self.chapter_box.addItem(chapter.title, chapter.id)
        self.chapter_box.setCurrentIndex(max(0, self.chapter_box.findData(chosen)))
        self.chapter_box.blockSignals(False)
        self._fill_topics()
        level = self.difficulty_box.currentData()
        self.difficulty_box.clear()
        for label, value in ((self.tr("Any"), None), (self.tr("easy"), "easy"), (self.tr("medium"), "medium"),
                             (self.tr("hard"), "hard")):  # fmt: skip
            self.difficulty_box.addItem(label, value)
        self.difficulty_box.setCurrentIndex(max(0, self.difficulty_box.findData(level)))

    def _fill_topics(self) -> None:
        """A topic is a section of the chosen chapter that questions teach."""
        chosen = self.topic_box.currentData()
        self.topic_box.clear()
        self.topic_box.addItem(self.tr("All topics"), None)
        chapter = next((c for c in self.chapters if c.id == self.chapter_box.currentData()), None)
        if chapter is not None:
            taught = self.topics_of.get(chapter.id, set())
            for section in chapter.sections:
                if section.slug in taught:
                    self.topic_box.addItem(section.title, section.slug)
        self.topic_box.setCurrentIndex(max(0, self.topic_box.findData(chosen)))
        self.topic_box.setEnabled(chapter is not None)

    def choose_chapter(self, chapter_id: str | None) -> None:
        self.chapter_box.setCurrentIndex(max(0, self.chapter_box.findData(chapter_id)))

    def choice(self, mode: str) -> RoundChoice:
        timed = mode == "test" and self.timed_check.isChecked()
        return RoundChoice(mode, self.chapter_box.currentData(), self.topic_box.currentData(),
                           self.difficulty_box.currentData(), self.count_box.value(), self.generated_check.isChecked(),
                           self.minutes_box.value() if timed else None, self.map_check.isChecked())  # fmt: skip

    # -- what next -----------------------------------------------------------------------------
    def set_next(self, next_chapter: tuple[str, int, int] | None, due: int, returning: tuple[int, str] | None) -> None:
        self.next_chapter, self.due, self.returning = next_chapter, due, returning
        self.refresh_cards()

    def _continue(self) -> None:
        if self.next_chapter is not None:
            self.start_requested.emit(RoundChoice("practice", self.next_chapter[0], count=self.count_box.value()))

    def refresh_cards(self) -> None:
        titles = {c.id: c.title for c in self.chapters}
        self.welcome_card.setVisible(self.returning is not None)
        if self.returning is not None:
            self.welcome_card.set_texts(self.tr("Continue as %1").replace("%1", self.returning[1]),
                                        self.tr("Your PIN brings back your progress."))  # fmt: skip
        self.continue_card.setVisible(self.next_chapter is not None)
        if self.next_chapter is not None:
            chapter, right, total = self.next_chapter
            self.continue_card.set_texts(
                self.tr("Continue: %1").replace("%1", titles.get(chapter, chapter)),
                self.tr("%1 of %n question(s) answered right so far.", "", total).replace("%1", str(right)),
            )
        self.review_card.setVisible(self.due > 0)
        self.nothing_due.setVisible(self.due == 0)
        self.review_card.set_texts(self.tr("Review: %n question(s) due", "", self.due),
                                   self.tr("Questions you answered come back when you are about to forget them."))  # fmt: skip
        self.nothing_due.setText(self.tr("Nothing is due for review today. Questions you answer come back here "
                                         "when it is time."))  # fmt: skip
        self.test_card.set_texts(self.tr("Take a test"),
                                 self.tr("%n question(s), answers at the end.", "", self.count_box.value()))  # fmt: skip

    def show_progress(self, html: str) -> None:
        self.progress.show_html(html)
