"""Quiz: practice, tests and spaced review for several learners on one machine. This screen only
composes its parts: the learner bar (learners.py), the start page (start_page.py), a round
(session_page.py), the results and class reports (results_page.py) and the teacher's tools
(teacher.py). The rules are in core.quiz and core.question_bank."""

from __future__ import annotations

import random
import secrets
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from koryo_desktop.core.entities import Question
from koryo_desktop.core.question_bank import QuestionBank
from koryo_desktop.core.quiz import QuizSession
from koryo_desktop.core.quiz_generated import GeneratedQuestions
from koryo_desktop.core.quiz_map import MapQuestions
from koryo_desktop.core.results import mastery_by_chapter, next_chapter, weak_topics
from koryo_desktop.core.review import now
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.quiz_answers import AnswerRecorder
from koryo_desktop.ui.learners.bar import LearnerBar
from koryo_desktop.ui.learners.current import CurrentLearner
from koryo_desktop.ui.quiz.files import FileDialogs
from koryo_desktop.ui.quiz.generated_wording import MapQuizWording, wording
from koryo_desktop.ui.quiz.quiz_html import QuizHtml, RoundInfo
from koryo_desktop.ui.quiz.results_page import ResultsPage
from koryo_desktop.ui.quiz.session_page import SessionPage
from koryo_desktop.ui.quiz.start_page import RoundChoice, StartPage
from koryo_desktop.ui.quiz.teacher import TeacherTools
from koryo_desktop.ui.widgets.flow_layout import FlowLayout
from koryo_desktop.ui.widgets.screen import Screen
from koryo_desktop.ui.xapi_service import XapiService


class QuizScreen(Screen):
    name = "quiz"

    def __init__(self, store: ContentStore, current: CurrentLearner, parent: QWidget | None = None,
                 xapi: XapiService | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store = store
        self.current = current
        self.learners = current.store
        self.xapi = xapi  # the school's Learning Record Store: statements of what learners do
        self.bank = QuestionBank([], [], self._make_generated, self._make_map)
        self.files = FileDialogs(self.learners)
        self.title_label = QLabel()
        self.title_label.setObjectName("screenTitle")
        self.learner_bar = LearnerBar(current)
        current.changed.connect(self._learner_changed)
        top = FlowLayout(spacing=12)  # the learner chooser goes below the title when the window is narrow
        top.addWidget(self.title_label)
        top.addWidget(self.learner_bar)
        self.status = QLabel()  # where a file was saved, and other news
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.teacher = TeacherTools(self.learners, self.bank, self.files,
                                    lambda: (self.learner_id, self.learner_bar.name), xapi=xapi)  # fmt: skip
        self.teacher.saved.connect(self._saved)
        self.teacher.report_ready.connect(self._show_report)
        self.start_page = StartPage(self.teacher)
        self.start_page.start_requested.connect(self.start_round)
        self.start_page.target_activated.connect(self.target_activated)
        self.start_page.welcome_back.connect(self.learner_bar.choose)
        self.session_page = SessionPage()
        self.session_page.round_over.connect(self._round_over)
        self.session_page.target_activated.connect(self.target_activated)
        self.results_page = ResultsPage(self.files)
        self.results_page.back_requested.connect(self.show_start)
        self.results_page.saved.connect(self._saved)
        self.results_page.view.target_activated.connect(self.target_activated)
        self.pages = QStackedWidget()
        for page in (self.start_page, self.session_page, self.results_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        # the names other screens and the kiosk know
        self.learner_box, self.new_learner_button = self.learner_bar.box, self.learner_bar.new_button
        self.teacher_box, self.review_box = self.teacher, self.start_page.review_box
        self.retranslate()

    @property
    def learner_id(self) -> int:
        return self.current.id

    @property
    def session(self) -> QuizSession | None:
        return self.session_page.session

    @property
    def widget(self) -> QWidget | None:
        return self.session_page.widget

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Quiz"))
        self.start_page.retranslate()
        self.session_page.retranslate()
        self.results_page.retranslate()
        self.teacher.retranslate()
        if self._loaded:
            if self.content_language_changed(self.store.language):
                self._read_questions()  # the questions, chapters and made questions in the new language
                if self.session_page.session is not None:
                    self.session_page.session.translate(self.bank.get)
                    self.session_page.show_again()
            self.refresh_start()

    # -- data ----------------------------------------------------------------------------------
    def load_data(self) -> None:
        self.content_language_changed(self.store.language)
        self._read_questions()
        self.refresh_start()

    def _read_questions(self) -> None:
        chapters = self.store.chapters.all(with_sections=True)
        self.bank = QuestionBank(self.store.questions.all(), [(c.id, c.title) for c in chapters], self._make_generated,
                                 self._make_map)  # fmt: skip
        self.teacher.bank = self.bank
        self.start_page.set_chapters(chapters, {c.id: self.bank.topics(c.id) for c in chapters})

    def _make_generated(self) -> GeneratedQuestions:
        def teaches(kind: str, record_id: str) -> list[tuple[str, str]]:
            return [(chapter, section) for chapter, section, _title in self.store.chapters.mentioning(kind, record_id)]

        return GeneratedQuestions(self.store.events.all(), self.store.people.all(), self.store.places.all(), teaches,
                                  wording())  # fmt: skip

    def _make_map(self) -> MapQuestions:
        def teaches(kind: str, record_id: str) -> list[tuple[str, str]]:
            return [(chapter, section) for chapter, section, _title in self.store.chapters.mentioning(kind, record_id)]

        return MapQuestions(self.store.places.all(), self.store.routes.all(), teaches, MapQuizWording(self))

    def due_ids(self) -> list[str]:
        due = self.learners.due_questions(now().isoformat(), self.learner_id)
        return [q for q in due if q in self.bank.written]

    def refresh_start(self) -> None:
        attempts = self.learners.attempts(self.learner_id)
        chapter_of = self.bank.chapter_of(a["question_id"] for a in attempts)
        order = list(self.bank.chapters)
        mastery = sorted(mastery_by_chapter(attempts, chapter_of),
                         key=lambda m: order.index(m.chapter_id) if m.chapter_id in order else len(order))  # fmt: skip
        recent = attempts[-10:][::-1]
        self.start_page.show_progress(QuizHtml().progress_html(mastery, weak_topics(mastery), recent,
                                                              self.bank.chapters, self.bank.prompt))  # fmt: skip
        returning = self.current.returning
        welcome = (returning, self.learner_bar.name_of(returning)) if returning is not None else None
        self.start_page.set_next(next_chapter(order, self.bank.written_by_chapter(), attempts), len(self.due_ids()),
                                 welcome)  # fmt: skip

    def _learner_changed(self, _learner_id: int) -> None:
        """Another learner: a round on the way ends (what was answered is saved as the last
        learner's), and the start page shows the new learner's progress."""
        if not self._loaded:
            return  # read when the quiz is first shown
        self.status.hide()
        self.show_start()

    def _saved(self, path: str) -> None:
        self.status.setText("✔ " + self.tr("Saved to %1").replace("%1", path))
        self.status.show()

    # -- rounds --------------------------------------------------------------------------------
    def show_start(self) -> None:
        self.session_page.stop()
        self.pages.setCurrentWidget(self.start_page)
        self.refresh_start()

    def start_round(
        self, choice: RoundChoice, questions: list[Question] | None = None, seed: int | None = None
    ) -> bool:
        self.load()
        seed = random.randrange(1 << 30) if seed is None else seed
        if questions is None:
            if choice.mode == "review":
                questions = [self.bank.written[q] for q in self.due_ids()]
            else:
                questions = self.bank.round(choice.count, seed, choice.chapter, choice.topic, choice.difficulty,
                                            choice.with_generated, choice.with_map)  # fmt: skip
        if not questions:
            QMessageBox.information(self, self.tr("Quiz"), self.tr("There are no questions for this choice."))
            return False
        self.status.hide()
        session = QuizSession(
            choice.mode, questions, seed=seed, time_limit_s=choice.minutes * 60 if choice.minutes else None
        )
        recorder = AnswerRecorder(self.learners, secrets.token_hex(6), self.learner_id,
                                  journal=self.xapi.journal if self.xapi else None, session=session)  # fmt: skip
        self.pages.setCurrentWidget(self.session_page)
        self.session_page.begin(session, recorder, lambda c: self.bank.chapters.get(c, ""))
        return True

    def start(self, mode: str, questions: list[Question] | None = None, seed: int | None = None) -> bool:
        """A round with the start page's choices (the chapter, topic, difficulty, count, timing)."""
        return self.start_round(self.start_page.choice(mode), questions, seed)

    def _round_over(self) -> None:
        session = self.session_page.session
        if session is None:
            return
        chapters = tuple(dict.fromkeys(self.bank.chapters.get(q.chapter_id, q.chapter_id) for q in session.questions))
        moment, locale = QDateTime.currentDateTime(), QLocale()
        when = locale.toString(moment.date(), QLocale.FormatType.LongFormat) + ", " + locale.toString(
            moment.time(), QLocale.FormatType.ShortFormat)  # fmt: skip
        if self.session_page.recorder is not None:
            self.session_page.recorder.finished()  # the round's score, for the school's store
        info = RoundInfo(self.learner_bar.name or self.tr("Guest"), when, chapters)
        self.results_page.show_round(session, info, self.bank.chapters)
        self.session_page.stop()
        self.pages.setCurrentWidget(self.results_page)

    def _show_report(self, html: str) -> None:
        self.results_page.show_report(html)
        self.pages.setCurrentWidget(self.results_page)

    def export_my_results(self) -> Path | None:
        return self.teacher.export_my_results()

    def export_all_csv(self) -> Path | None:
        return self.teacher.export_all_csv()

    def import_and_report(self) -> bool:
        return self.teacher.import_and_report()

    # -- navigation and the kiosk --------------------------------------------------------------
    def open_record(self, record: str | None, anchor: str | None = None) -> bool:
        """No record: the start page. A chapter id ('test yourself'): practise that chapter at once.
        A question id: practise that question."""
        self.load()
        if record is None:
            if self.session is None:
                self.show_start()
            return True
        if record in self.bank.chapters:
            self.start_page.choose_chapter(record)
            return self.start("practice")
        question = self.bank.written.get(record)
        if question is None:
            return False
        return self.start("practice", [question])

    def enter_kiosk(self) -> None:
        # every visitor is the guest, with fresh data: no profiles, no results to take away;
        # spaced review means coming back another day: not at a kiosk either
        for widget in (self.learner_bar, self.teacher, self.results_page.print_button, self.review_box):
            widget.hide()
        self.results_page.print_button.setEnabled(False)
