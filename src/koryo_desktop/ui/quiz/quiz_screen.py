"""Quiz: practice, tests and spaced review for several learners on one machine, with progress per
learner and results a teacher can export, merge and print."""

from __future__ import annotations

import random
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

from koryo_desktop.core.entities import Question
from koryo_desktop.core.quiz import QuizSession, generated_questions
from koryo_desktop.core.results import (
    mastery_by_chapter,
    question_report,
    read_results_file,
    results_csv,
    results_file,
    weak_topics,
)  # fmt: skip
from koryo_desktop.core.review import now, review
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.learner_store import GUEST_ID, LearnerStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui import kiosk_policy as kiosk
from koryo_desktop.ui.quiz.answer_widgets import AnswerWidget, ChoiceAnswer, MatchAnswer, OrderAnswer, TextAnswer
from koryo_desktop.ui.widgets.detail_browser import DetailBrowser
from koryo_desktop.ui.widgets.screen import Screen

COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7A5C00", "#000000")


class NewLearnerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New learner"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name or nickname"))
        self.colour = QComboBox()
        for colour in COLOURS:
            self.colour.addItem(colour, colour)
        self.colour.setAccessibleName(self.tr("Colour"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN (optional)"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name or nickname"), self.name)
        form.addRow(self.tr("&Colour"), self.colour)
        form.addRow(self.tr("&PIN (optional)"), self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class QuizScreen(Screen):
    name = "quiz"

    def __init__(self, store: ContentStore, learner: LearnerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.learners = learner
        self.learner_id = GUEST_ID
        self.session: QuizSession | None = None
        self.session_id = ""
        self.widget: AnswerWidget | None = None
        self._questions: dict[str, Question] = {}
        self._chapters: dict[str, str] = {}
        self._generated: dict[str, Question] = {}
        self._checked = False
        self._deadline = 0.0
        self.title_label = QLabel()
        self.title_label.setObjectName("screenTitle")
        self.learner_label = QLabel()
        self.learner_box = QComboBox()
        self.learner_label.setBuddy(self.learner_box)
        self.learner_box.activated.connect(self._choose_learner)
        self.new_learner_button = QPushButton()
        self.new_learner_button.clicked.connect(self.new_learner)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.learner_label)
        top.addWidget(self.learner_box)
        top.addWidget(self.new_learner_button)
        self.pages = QStackedWidget()
        self._build_start()
        self._build_question()
        self._build_result()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.retranslate()

    # -- pages ---------------------------------------------------------------------------------
    def _build_start(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        self.review_box = QGroupBox()
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        self.review_button = QPushButton()
        self.review_button.clicked.connect(lambda: self.start("review"))
        review_layout = QVBoxLayout(self.review_box)
        review_layout.addWidget(self.due_label)
        review_layout.addWidget(self.review_button)
        self.setup_box = QGroupBox()
        form = QFormLayout(self.setup_box)
        self.chapter_box, self.topic_box, self.difficulty_box = QComboBox(), QComboBox(), QComboBox()
        self.chapter_box.currentIndexChanged.connect(lambda _i: self._fill_topics())
        self.count_box = QSpinBox()
        self.count_box.setRange(3, 40)
        self.count_box.setValue(10)
        self.generated_check = QCheckBox()
        self.generated_check.setChecked(True)
        self.timed_check = QCheckBox()
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(1, 120)
        self.minutes_box.setValue(10)
        self.chapter_label, self.difficulty_label, self.count_label, self.minutes_label = (QLabel() for _ in range(4))
        self.topic_label = QLabel()
        self.topic_label.setBuddy(self.topic_box)
        for label, widget in ((self.chapter_label, self.chapter_box), (self.difficulty_label, self.difficulty_box),
                              (self.count_label, self.count_box), (self.minutes_label, self.minutes_box)):  # fmt: skip
            label.setBuddy(widget)
        form.addRow(self.chapter_label, self.chapter_box)
        form.addRow(self.topic_label, self.topic_box)
        form.addRow(self.difficulty_label, self.difficulty_box)
        form.addRow(self.count_label, self.count_box)
        form.addRow(self.generated_check)
        form.addRow(self.timed_check)
        form.addRow(self.minutes_label, self.minutes_box)
        self.practice_button = QPushButton()
        self.practice_button.clicked.connect(lambda: self.start("practice"))
        self.test_button = QPushButton()
        self.test_button.clicked.connect(lambda: self.start("test"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.practice_button)
        buttons.addWidget(self.test_button)
        form.addRow(buttons)
        self.progress = DetailBrowser()
        self.progress.setMinimumWidth(280)  # never squeezed to a word a line at large text sizes
        self.progress.target_activated.connect(self.target_activated)
        self.teacher_box = QGroupBox()
        teacher = QVBoxLayout(self.teacher_box)
        self.export_mine_button = QPushButton()
        self.export_all_button = QPushButton()
        self.import_button = QPushButton()
        self.export_mine_button.clicked.connect(self.export_my_results)
        self.export_all_button.clicked.connect(self.export_all_csv)
        self.import_button.clicked.connect(self.import_and_report)
        for button in (self.export_mine_button, self.export_all_button, self.import_button):
            teacher.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.review_box)
        left.addWidget(self.setup_box)
        left.addWidget(self.teacher_box)
        left.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addWidget(self.progress, 0, 1)
        grid.setColumnStretch(1, 1)
        self.start_page = page
        self.pages.addWidget(page)

    def _build_question(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.progress_label = QLabel()
        self.timer_label = QLabel()
        header = QHBoxLayout()
        header.addWidget(self.progress_label, 1)
        header.addWidget(self.timer_label)
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 8px 0;")
        self.answer_area = QVBoxLayout()
        self.feedback = DetailBrowser()
        self.feedback.target_activated.connect(self.target_activated)
        self.feedback.setMaximumHeight(220)
        self.feedback.hide()
        self.check_button = QPushButton()
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check_answer)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_question)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.prompt_label)
        inner_layout.addLayout(self.answer_area)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)
        self.question_page = page
        self.pages.addWidget(page)

    def _build_result(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.result_view = DetailBrowser()
        self.result_view.target_activated.connect(self.target_activated)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.save_result_pdf)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.show_start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout.addWidget(self.result_view, 1)
        layout.addLayout(buttons)
        self.result_page = page
        self.pages.addWidget(page)

    # -- words ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Quiz"))
        self.learner_label.setText(self.tr("&Learner"))
        self.learner_box.setAccessibleName(self.tr("Learner"))
        self.new_learner_button.setText(self.tr("New learner…"))
        self.review_box.setTitle(self.tr("Review"))
        self.review_button.setText(self.tr("Start review"))
        self.setup_box.setTitle(self.tr("Practice or test"))
        self.chapter_label.setText(self.tr("C&hapter"))
        self.topic_label.setText(self.tr("&Topic"))
        self.topic_box.setAccessibleName(self.tr("Topic"))
        self.difficulty_label.setText(self.tr("&Difficulty"))
        self.count_label.setText(self.tr("&Questions"))
        self.minutes_label.setText(self.tr("&Minutes for a timed test"))
        self.generated_check.setText(self.tr("Include questions made from the timeline and the people"))
        self.timed_check.setText(self.tr("Timed test"))
        self.practice_button.setText(self.tr("Practise (answers at once)"))
        self.test_button.setText(self.tr("Take a test (answers at the end)"))
        self.teacher_box.setTitle(self.tr("Results"))
        self.export_mine_button.setText(self.tr("Export my results…"))
        self.export_all_button.setText(self.tr("Export all learners' results (CSV)…"))
        self.import_button.setText(self.tr("Import results files and make a report…"))
        self.check_button.setText(self.tr("Check (Enter)"))
        self.next_button.setText(self.tr("Next"))
        self.stop_button.setText(self.tr("Finish"))
        self.print_button.setText(self.tr("Save as PDF…"))
        self.back_button.setText(self.tr("Back to the quiz"))
        for widget, name in ((self.chapter_box, self.tr("Chapter")), (self.difficulty_box, self.tr("Difficulty")),
                             (self.count_box, self.tr("Questions")), (self.minutes_box, self.tr("Minutes")),
                             (self.progress, self.tr("Your progress")), (self.feedback, self.tr("Feedback")),
                             (self.result_view, self.tr("Results"))):  # fmt: skip
            widget.setAccessibleName(name)
        for button in self.findChildren(QPushButton) + self.findChildren(QCheckBox):
            if not button.accessibleName():
                button.setAccessibleName(button.text().replace("&", ""))
        if self._loaded:
            self._fill_setup()
            self._fill_learners()
            self.refresh_start()

    # -- data ----------------------------------------------------------------------------------
    def load_data(self) -> None:
        self._questions = {q.id: q for q in self.store.questions.all()}
        self._chapters = {c.id: c.title for c in self.store.chapters.all()}
        self._fill_setup()
        self._fill_learners()
        self.refresh_start()

    def _fill_setup(self) -> None:
        chosen = self.chapter_box.currentData()
        self.chapter_box.clear()
        self.chapter_box.addItem(self.tr("All chapters"), None)
        for chapter_id, title in self._chapters.items():
            self.chapter_box.addItem(title, chapter_id)
        self.chapter_box.setCurrentIndex(max(0, self.chapter_box.findData(chosen)))
        self._fill_topics()
        level = self.difficulty_box.currentData()
        self.difficulty_box.clear()
        for label, value in ((self.tr("Any"), None), (self.tr("easy"), "easy"), (self.tr("medium"), "medium"),
                             (self.tr("hard"), "hard")):  # fmt: skip
            self.difficulty_box.addItem(label, value)
        self.difficulty_box.setCurrentIndex(max(0, self.difficulty_box.findData(level)))

    def _fill_topics(self) -> None:
        """A topic is a section of the chosen chapter (the one a question says teaches it)."""
        chosen = self.topic_box.currentData()
        self.topic_box.blockSignals(True)
        self.topic_box.clear()
        self.topic_box.addItem(self.tr("All topics"), None)
        chapter = self.store.chapters.get(self.chapter_box.currentData()) if self.chapter_box.currentData() else None
        if chapter is not None:
            taught = {q.section_id for q in self._questions.values() if q.chapter_id == chapter.id}
            for section in chapter.sections:
                if section.slug in taught:
                    self.topic_box.addItem(section.title, section.slug)
        self.topic_box.setCurrentIndex(max(0, self.topic_box.findData(chosen)))
        self.topic_box.setEnabled(chapter is not None)
        self.topic_box.blockSignals(False)

    def _fill_learners(self) -> None:
        self.learner_box.blockSignals(True)
        self.learner_box.clear()
        for row in self.learners.learners():
            label = self.tr("Guest") if row["is_guest"] else row["name"]
            self.learner_box.addItem(fmt_colour_icon(row["colour"]), label, row["id"])
        self.learner_box.setCurrentIndex(max(0, self.learner_box.findData(self.learner_id)))
        self.learner_box.blockSignals(False)

    def _choose_learner(self, index: int) -> None:
        learner_id = self.learner_box.itemData(index)
        if learner_id == self.learner_id:
            return
        if self.learners.has_pin(learner_id):
            pin, ok = QInputDialog.getText(self, self.tr("PIN"), self.tr("PIN for %1:").replace(
                "%1", self.learner_box.itemText(index)), QLineEdit.EchoMode.Password)  # fmt: skip
            if not ok or not self.learners.check_pin(learner_id, pin):
                if ok:
                    QMessageBox.information(self, self.tr("PIN"), self.tr("That PIN is not right."))
                self.learner_box.setCurrentIndex(max(0, self.learner_box.findData(self.learner_id)))
                return
        self.learner_id = learner_id
        self.refresh_start()

    def new_learner(self) -> int | None:
        dialog = NewLearnerDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            learner_id = self.learners.add_learner(dialog.name.text(), dialog.colour.currentData(),
                                                   dialog.pin.text() or None)  # fmt: skip
        except ValueError as exc:
            QMessageBox.information(self, self.tr("New learner"), str(exc))
            return None
        self.learner_id = learner_id
        self._fill_learners()
        self.refresh_start()
        return learner_id

    # -- start page ----------------------------------------------------------------------------
    def due_ids(self) -> list[str]:
        return [q for q in self.learners.due_questions(now().isoformat(), self.learner_id) if q in self._questions]

    def refresh_start(self) -> None:
        due = len(self.due_ids())
        self.due_label.setText(self.tr("%n question(s) due for review today.", "", due) if due else self.tr(
            "Nothing is due for review today. Questions you answer come back here when it is time."))  # fmt: skip
        self.review_button.setEnabled(due > 0)
        attempts = self.learners.attempts(self.learner_id)
        chapter_of = {q.id: q.chapter_id for q in self._questions.values()}
        mastery = sorted(mastery_by_chapter(attempts, chapter_of), key=lambda m: list(self._chapters).index(m.chapter_id)
                         if m.chapter_id in self._chapters else 99)  # fmt: skip
        parts = ["<h2>" + fmt.esc(self.tr("Your progress")) + "</h2>"]
        if not attempts:
            parts.append("<p>" + fmt.esc(self.tr("No answers yet. Start with a practice round.")) + "</p>")
        else:
            rows = "".join(
                f"<tr><td>{fmt.link(f'reader/{m.chapter_id}', self._chapters.get(m.chapter_id, m.chapter_id))}</td>"
                f"<td align='right'>{m.correct}/{m.answered}</td><td align='right'>{round(100 * m.share)}%</td></tr>"
                for m in mastery
            )  # fmt: skip
            parts.append(
                "<h3>" + fmt.esc(self.tr("Mastery per chapter")) + f"</h3><table cellpadding='4'>{rows}</table>"
            )
            weak = weak_topics(mastery)
            if weak:
                parts.append("<h3>" + fmt.esc(self.tr("Worth another look")) + "</h3><ul>" + "".join(
                    f"<li>{fmt.link(f'reader/{m.chapter_id}', self._chapters.get(m.chapter_id, m.chapter_id))}</li>"
                    for m in weak) + "</ul>")  # fmt: skip
            recent = attempts[-10:][::-1]
            items = "".join(
                f"<li>{'✔' if a['correct'] else '✘'} {fmt.esc(self._prompt(a['question_id']))}</li>" for a in recent
            )
            parts.append("<h3>" + fmt.esc(self.tr("Recent answers")) + f"</h3><ul>{items}</ul>")
        self.progress.show_html("".join(parts))

    def _prompt(self, question_id: str) -> str:
        question = self._questions.get(question_id) or self._generated.get(question_id)
        return question.prompt if question else question_id

    def show_start(self) -> None:
        self.timer.stop()
        self.session = None
        self.pages.setCurrentWidget(self.start_page)
        self.refresh_start()

    # -- sessions ------------------------------------------------------------------------------
    def _pool(self, chapter: str | None, difficulty: str | None, with_generated: bool, seed: int,
              topic: str | None = None) -> list[Question]:  # fmt: skip
        pool = [q for q in self._questions.values()
                if (chapter is None or q.chapter_id == chapter) and (difficulty is None or q.difficulty == difficulty)
                and (topic is None or q.section_id == topic)]  # fmt: skip
        if with_generated:
            rng = random.Random(seed)

            def teaches(kind: str, record_id: str) -> tuple[str, str] | None:
                found = [m for m in self.store.chapters.mentioning(kind, record_id)
                         if chapter in (None, m[0]) and topic in (None, m[1])]  # fmt: skip
                return (found[0][0], found[0][1]) if found else None

            made = generated_questions(self.store.events.all(), self.store.people.all(), self.store.places.all(),
                                       teaches, rng, count=12)  # fmt: skip
            made = [q for q in made if difficulty is None or q.difficulty == difficulty]
            self._generated.update({q.id: q for q in made})
            pool += made
        return pool

    def start(self, mode: str, questions: list[Question] | None = None, seed: int | None = None) -> bool:
        self.load()
        seed = random.randrange(1 << 30) if seed is None else seed
        if questions is None:
            if mode == "review":
                questions = [self._questions[q] for q in self.due_ids()]
            else:
                pool = self._pool(self.chapter_box.currentData(), self.difficulty_box.currentData(),
                                  self.generated_check.isChecked(), seed, self.topic_box.currentData())  # fmt: skip
                random.Random(seed).shuffle(pool)
                questions = pool[: self.count_box.value()]
        if not questions:
            QMessageBox.information(self, self.tr("Quiz"), self.tr("There are no questions for this choice."))
            return False
        limit = self.minutes_box.value() * 60 if mode == "test" and self.timed_check.isChecked() else None
        self.session = QuizSession(mode, questions, seed=seed, time_limit_s=limit)
        self.session_id = secrets.token_hex(6)
        if limit:
            self._deadline = limit
            self.timer.start()
        self.timer_label.setVisible(bool(limit))
        self.pages.setCurrentWidget(self.question_page)
        self._show_question()
        return True

    def _tick(self) -> None:
        self._deadline -= 1
        minutes, seconds = divmod(max(0, int(self._deadline)), 60)
        self.timer_label.setText(self.tr("Time left: %1").replace("%1", f"{minutes}:{seconds:02d}"))
        if self._deadline <= 0 and self.session is not None:
            self.timer.stop()
            while not self.session.finished:
                self._record(self.session.current().question, None)  # type: ignore[union-attr]
            self.finish()

    def _show_question(self) -> None:
        session = self.session
        if session is None or session.finished:
            self.finish()
            return
        presented = session.current()
        assert presented is not None
        question = presented.question
        chapter = self._chapters.get(question.chapter_id, "")
        mode = {"practice": self.tr("Practice"), "test": self.tr("Test"), "review": self.tr("Review")}[session.mode]
        self.progress_label.setText(self.tr("Question %1 of %2 · %3 · %4").replace("%1", str(session.index + 1))
                                    .replace("%2", str(len(session.questions))).replace("%3", mode).replace("%4", chapter))  # fmt: skip
        hint = {"multiple": self.tr("Choose every right answer."), "order": self.tr("Put these in order."),
                "match": self.tr("Match each item on the left with one on the right."),
                "true_false": self.tr("True or false?")}.get(question.type, "")  # fmt: skip
        self.prompt_label.setText(question.prompt + (f"\n{hint}" if hint else ""))
        if self.widget is not None:
            self.widget.setParent(None)
            self.widget.deleteLater()
        labels: dict[str, tuple[str, str]] = {
            "true_false": (self.tr("True"), self.tr("False")),
            "order": (self.tr("Items to order"), self.tr("Move up (Alt+Up)|Move down (Alt+Down)")),
            "match": (self.tr("Choose…"), ""),
            "number": (self.tr("Type a number"), ""),
            "short": (self.tr("Type your answer"), ""),
        }
        kind = question.type
        cls = {"single": ChoiceAnswer, "multiple": ChoiceAnswer, "true_false": ChoiceAnswer, "order": OrderAnswer,
               "match": MatchAnswer}.get(kind, TextAnswer)  # fmt: skip
        self.widget = cls(presented, labels.get(kind, ("", "")))
        self.widget.submitted.connect(self.check_answer)
        self.answer_area.addWidget(self.widget)
        self._checked = False
        self.feedback.hide()
        self.check_button.show()
        self.next_button.hide()
        self.widget.setFocus()
        first = self.widget.findChild(QWidget)
        (first or self.widget).setFocus()

    def _record(self, question: Question, response: Any) -> bool:
        assert self.session is not None
        verdict = self.session.answer(response)
        stored = sorted(response) if isinstance(response, set) else response
        self.learners.record_attempt(self.session_id, question.id, stored, verdict.correct, self.learner_id,
                                     given=verdict.given)  # fmt: skip
        if question.id in self._questions:  # authored questions come back in spaced review
            card, due = review(self.learners.review_card(question.id, self.learner_id), verdict.correct)
            self.learners.save_review_card(question.id, card, due, self.learner_id)
        return verdict.correct

    def check_answer(self) -> None:
        if self.session is None or self.widget is None or self._checked:
            if self._checked:
                self.next_question()
            return
        response = self.widget.response()
        if response is None:
            self.feedback.show()
            self.feedback.show_html("<p>" + fmt.esc(self.tr("Give an answer first.")) + "</p>")
            return
        presented = self.session.current()
        assert presented is not None
        self._record(presented.question, response)
        verdict = self.session.answered[-1].verdict
        self._checked = True
        self.widget.set_locked(True)
        self.check_button.hide()
        self.next_button.show()
        self.next_button.setFocus()
        if self.session.shows_feedback_now:
            if isinstance(self.widget, ChoiceAnswer):
                question = presented.question
                if question.type == "true_false":
                    right = {bool((question.answer or {}).get("answer"))}
                else:
                    right = {i for i, text in enumerate(presented.options)
                             if text in {c.text for c in question.choices if c.correct}}  # fmt: skip
                self.widget.show_solution(right)
            self.feedback.show()
            self.feedback.show_html(self._feedback_html(presented.question, verdict.correct, verdict.expected))
        else:
            self.next_question()

    def _shown(self, question: Question, answer: str) -> str:
        """An answer as the learner saw the choices: true/false questions in the interface's words."""
        if question.type == "true_false" and answer in ("true", "false"):
            return self.tr("True") if answer == "true" else self.tr("False")
        return answer

    def _feedback_html(self, question: Question, correct: bool, expected: str) -> str:
        expected = self._shown(question, expected)
        head = self.tr("Right!") if correct else self.tr("Not quite. The answer: %1").replace("%1", expected)
        colour = fmt.result_colour(correct)
        link = ""
        if question.section_id:
            link = "<p>" + fmt.link(f"reader/{question.chapter_id}#{question.section_id}",
                                    self.tr("Read the section that teaches this")) + "</p>"  # fmt: skip
        return f"<p style='color:{colour}'><b>{fmt.esc(head)}</b></p>{fmt.paragraphs(question.explanation)}{link}"

    def next_question(self) -> None:
        if self.session is None:
            return
        if self.session.finished:
            self.finish()
        else:
            self._show_question()

    def finish(self) -> None:
        self.timer.stop()
        session = self.session
        if session is None:
            self.show_start()
            return
        answered = session.answered
        parts = [
            "<h1>"
            + fmt.esc(
                self.tr("Your score: %1 of %2").replace("%1", str(session.score)).replace("%2", str(len(answered)))
            )
            + "</h1>"
        ]
        if len(answered) < len(session.questions):
            parts.append("<p>" + fmt.esc(self.tr("You finished early.")) + "</p>")
        for number, item in enumerate(answered, 1):
            question = item.presented.question
            mark = "✔" if item.verdict.correct else "✘"
            parts.append(f"<h3>{mark} {number}. {fmt.esc(question.prompt)}</h3>")
            given, expected = (
                self._shown(question, item.verdict.given) or "—",
                self._shown(question, item.verdict.expected),
            )
            parts.append("<p>" + fmt.esc(self.tr("Your answer: %1").replace("%1", given)) + "<br/>"
                         + fmt.esc(self.tr("Right answer: %1").replace("%1", expected)) + "</p>")  # fmt: skip
            parts.append(self._feedback_html(question, item.verdict.correct, item.verdict.expected))
        self.result_view.show_html("".join(parts))
        self.pages.setCurrentWidget(self.result_page)
        self.session = None

    # -- results for teachers ------------------------------------------------------------------
    def enter_kiosk(self) -> None:
        # every visitor is the guest, with fresh data: no profiles, no results to take away
        # spaced review means coming back another day: not at a kiosk either
        for widget in (self.learner_label, self.learner_box, self.new_learner_button, self.teacher_box,
                       self.print_button, self.review_box):  # fmt: skip
            widget.hide()
        self.print_button.setEnabled(False)

    def _save_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        if not kiosk.files_allowed():
            return None
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), pattern)
        return Path(name) if name else None

    def export_my_results(self) -> Path | None:
        name = self.learner_box.currentText() or "guest"
        path = self._save_path(self.tr("Export my results"), f"koryo-results-{name}.json", self.tr("Results (*.json)"))
        if path is not None:
            path.write_text(results_file(name, self.learners.attempts(self.learner_id)), encoding="utf-8")
        return path

    def export_all_csv(self) -> Path | None:
        path = self._save_path(self.tr("Export all results"), "koryo-results.csv", self.tr("CSV (*.csv)"))
        if path is not None:
            chapter_of = {q.id: q.chapter_id for q in self._questions.values()}
            rows = [
                {**row, "chapter_id": chapter_of.get(row["question_id"], "")} for row in self.learners.all_attempts()
            ]
            path.write_text(results_csv(rows), encoding="utf-8")
        return path

    def import_and_report(self) -> bool:
        if not kiosk.files_allowed():
            return False
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Import results"), str(Path.home()),
                                                self.tr("Results (*.json)"))  # fmt: skip
        if not names:
            return False
        results, problems = [], []
        for name in names:
            try:
                results.append(read_results_file(Path(name).read_text(encoding="utf-8")))
            except (OSError, ValueError) as exc:
                problems.append(f"{Path(name).name}: {exc}")
        self.result_view.show_html(self.report_html(results, problems))
        self.pages.setCurrentWidget(self.result_page)
        return bool(results)

    def report_html(self, results: list[tuple[str, list[dict[str, Any]]]], problems: list[str] | None = None) -> str:
        stats = question_report(results)
        parts = ["<h1>" + fmt.esc(self.tr("Class report")) + "</h1>",
                 "<p>" + fmt.esc(self.tr("%n learner(s): %1", "", len(results)).replace(
                     "%1", ", ".join(name for name, _ in results))) + "</p>"]  # fmt: skip
        if problems:
            parts.append("<p><b>" + fmt.esc(self.tr("Not read:")) + "</b> " + fmt.esc("; ".join(problems)) + "</p>")
        rows = []
        for s in stats:
            wrong = ", ".join(f"{answer} ({count})" for answer, count in s.common_wrong)
            rows.append(f"<tr><td>{fmt.esc(self._prompt(s.question_id))}</td><td align='right'>{s.learners}</td>"
                        f"<td align='right'>{round(100 * s.share_correct)}%</td><td>{fmt.esc(wrong)}</td></tr>")  # fmt: skip
        head = "".join(f"<th align='left'>{fmt.esc(h)}</th>" for h in (
            self.tr("Question"), self.tr("Learners asked"), self.tr("Right"), self.tr("Common wrong answers")))  # fmt: skip
        parts.append(
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>{''.join(rows)}</table>"
        )
        return "".join(parts)

    def save_result_pdf(self) -> Path | None:
        path = self._save_path(self.tr("Save as PDF"), "koryo-quiz.pdf", self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setHtml(self.result_view.toHtml())
        document.print_(printer)
        return path

    # -- navigation and keys -------------------------------------------------------------------
    def open_record(self, record: str | None, anchor: str | None = None) -> bool:
        """No record: the start page. A chapter id ('test yourself'): practise that chapter at once.
        A question id: practise that question."""
        self.load()
        if record is None:
            if self.session is None:
                self.show_start()
            return True
        if record in self._chapters:
            self.chapter_box.setCurrentIndex(self.chapter_box.findData(record))
            return self.start("practice")
        question = self._questions.get(record)
        if question is None:
            return False
        return self.start("practice", [question])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        answering = self.pages.currentWidget() is self.question_page and self.widget is not None and not self._checked
        if answering and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9 and self.widget.pick(event.key() - Qt.Key.Key_0):
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pages.currentWidget() is self.question_page:
            self.check_answer()
            return
        super().keyPressEvent(event)


def fmt_colour_icon(colour: str) -> QIcon:
    from PySide6.QtGui import QColor, QIcon, QPixmap

    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
