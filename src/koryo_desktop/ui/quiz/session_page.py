"""One round, question by question: a progress bar, the question (at the interface's size and in
its colours), the answer widget, and feedback. Enter checks; in practice and review a second Enter
goes on. An answer is saved first and the round moves on only after that: a failed save keeps the
learner on the same question with a message. A timed test ends with "Time's up"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from koryo_desktop.core.errors import LearnerDataError
from koryo_desktop.core.question_bank import is_generated
from koryo_desktop.core.quiz import QuizSession, expected_text
from koryo_desktop.store.quiz_answers import AnswerRecorder
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.learner_notices import write_error_text
from koryo_desktop.ui.quiz.answers.base import AnswerWidget, make_answer
from koryo_desktop.ui.quiz.feedback import FeedbackPanel
from koryo_desktop.ui.quiz.quiz_html import QuizHtml
from koryo_desktop.ui.quiz.wrap_button import WrapButton

PROMPT_SCALE = 1.35  # the question, a little larger than the interface's text


class SessionPage(QWidget):
    round_over = Signal()
    target_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: QuizSession | None = None
        self.recorder: AnswerRecorder | None = None
        self.widget: AnswerWidget | None = None
        self.chapter_title: Callable[[str], str] = lambda c: c
        self.checked = False
        self.mode_label, self.timer_label = QLabel(), QLabel()
        self.mode_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        header = QHBoxLayout()
        header.addWidget(self.mode_label, 1)
        header.addWidget(self.timer_label)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.answer_area = QVBoxLayout()
        self.feedback = FeedbackPanel()
        self.feedback.target_activated.connect(self.target_activated)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.prompt)
        inner_layout.addWidget(self.hint)
        inner_layout.addLayout(self.answer_area)
        inner_layout.addWidget(self.feedback)
        inner_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        self.check_button, self.next_button, self.stop_button = (WrapButton(expanding=False) for _ in range(3))
        self.next_button.hide()
        self.check_button.clicked.connect(self.check_answer)
        self.next_button.clicked.connect(self.next_question)
        self.stop_button.clicked.connect(self.end_early)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.progress)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self._tick)
        self._style_prompt()
        self.retranslate()

    # -- words and looks -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.check_button.set_label(self.tr("Check (Enter)"))
        self.next_button.set_label(self.tr("Next (Enter)"))
        self.stop_button.set_label(self.tr("End the round…"))
        self.progress.setAccessibleName(self.tr("Progress through the round"))
        self.prompt.setAccessibleName(self.tr("Question"))
        if self.session is not None and self.session.answered and self.checked and self.session.shows_feedback_now:
            self._show_verdict()
        if self.session is not None:
            self._header()
            self._tick()

    def _style_prompt(self) -> None:
        """The question at the interface's text size (scaled), following every size change."""
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * PROMPT_SCALE)
        font.setBold(True)
        self.prompt.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._style_prompt()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- the round -----------------------------------------------------------------------------
    def begin(self, session: QuizSession, recorder: AnswerRecorder, chapter_title: Callable[[str], str]) -> None:
        self.session, self.recorder, self.chapter_title = session, recorder, chapter_title
        self.progress.setRange(0, len(session.questions))
        self.timer_label.setVisible(session.time_limit_s is not None)
        if session.time_limit_s:
            self.timer.start()
        self._tick()
        self.show_question()

    def _header(self) -> None:
        """The round, the chapter, the place in the round and the type's hint, for the question shown."""
        session, widget = self.session, self.widget
        if session is None or widget is None:
            return
        question = widget.presented.question
        number = session.index + (0 if self.checked else 1)  # the question on screen
        chapter = self.chapter_title(question.chapter_id)
        self.mode_label.setText(QuizHtml().mode_name(session.mode) + (f" · {chapter}" if chapter else ""))
        self.progress.setValue(session.index)
        self.progress.setFormat(self.tr("Question %1 of %2").replace("%1", str(number))
                                .replace("%2", str(len(session.questions))))  # fmt: skip
        self.progress.setAccessibleDescription(self.progress.format())
        hint = {"multiple": self.tr("Choose every right answer."),
                "order": self.tr("Put these in order: drag the handles or use Alt+Up and Alt+Down."),
                "match": self.tr("Match each item on the left with one on the right."),
                "true_false": self.tr("True or false?"),
                "map": self.tr("Zoom and move the map as you like. From the keyboard: the arrows move it, + and − "
                               "zoom, Page Down and Page Up choose a place.")}.get(question.type, "")  # fmt: skip
        if fmt.shown_in_english(question.text_lang):  # never a blank: the English, and a word on why
            hint = " ".join(p for p in (hint, self.tr("[English: not translated yet]")) if p)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def show_question(self) -> None:
        session = self.session
        if session is None or session.finished:
            self.finish()
            return
        presented = session.current()
        assert presented is not None
        self.prompt.setText(presented.question.prompt)
        if self.widget is not None:  # may hold the key event being handled: gone after it, not during it
            self.answer_area.removeWidget(self.widget)
            self.widget.hide()
            self.widget.deleteLater()
        self.widget = make_answer(presented)
        self.widget.changed.connect(self._answer_changed)
        self.answer_area.addWidget(self.widget)
        self.widget.show()  # now, not after the next turn of the event loop: keys and clicks may come first
        self.checked = False
        self._header()
        self.feedback.clear()
        self.check_button.show()
        self.next_button.hide()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.widget.focus_first()
        if self.recorder is not None:
            self.recorder.question_shown()

    def _answer_changed(self) -> None:
        """The learner changed an answer not yet checked: a notice about the old one goes."""
        if not self.checked and self.feedback.kind == "notice":
            self.feedback.clear()

    def check_answer(self) -> None:
        """Enter the first time: check and save the answer (and show feedback in practice)."""
        session, widget, recorder = self.session, self.widget, self.recorder
        if session is None or widget is None or recorder is None or session.finished:
            return
        if self.checked:
            self.next_question()
            return
        problem = widget.problem()
        if problem:
            self.feedback.show_notice(problem)
            widget.problem_announced()  # said once, in the notice, not twice
            return
        presented = session.current()
        assert presented is not None
        question = presented.question
        response = widget.response()
        verdict = session.judge(response)
        try:
            saved = recorder.save(session.index, question.id, response, verdict.correct, verdict.given,
                                  schedule=not is_generated(question.id))  # fmt: skip
        except LearnerDataError as exc:  # nothing moves: the learner stays on the question, the answer kept
            self.feedback.show_notice(write_error_text(exc.kind) + " " + self.tr("You are still on this question."))
            return
        if saved != response:  # an earlier try saved the answer given then
            response, verdict = saved, session.judge(saved)
        session.commit(response, verdict)
        self.checked = True
        widget.set_locked(True)
        if not session.shows_feedback_now:
            self.next_question()
            return
        widget.show_solution(presented.right_values())
        self._show_verdict()
        self._header()
        self.check_button.hide()
        self.next_button.show()
        self.next_button.setFocus()
        self.scroll_area.ensureWidgetVisible(self.feedback)

    def _show_verdict(self) -> None:
        """The feedback on the answer just saved (again after a language change)."""
        assert self.session is not None
        item = self.session.answered[-1]
        question, verdict = item.presented.question, item.verdict
        words = QuizHtml()
        expected = expected_text(question)  # in the language shown now (QuizHtml.shown writes its numbers)
        self.feedback.show_verdict(verdict.correct, words.verdict_head(question, verdict.correct, expected),
                                   words.explanation_html(question))  # fmt: skip

    def show_again(self) -> None:
        """After a language change: the question on screen (or the feedback on it) in the new language;
        a half-given answer is asked for again."""
        if self.session is None:
            return
        if self.checked:
            if self.session.answered and self.session.shows_feedback_now:
                self._show_verdict()
        elif not self.session.finished:
            self.show_question()

    def next_question(self) -> None:
        """Enter the second time: on to the next question, or the results."""
        if self.session is None or not self.checked:
            return
        if self.session.finished:
            self.finish()
        else:
            self.show_question()

    def end_early(self) -> bool:
        """End the round before its last question, after asking; the rest stay unanswered."""
        session = self.session
        if session is None:
            return False
        left = len(session.questions) - session.index
        if not session.finished and left > 0:
            answer = QMessageBox.question(
                self, self.tr("End the round"),
                self.tr("End the round now? %n question(s) not answered yet will count as not answered.", "", left),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                if self.widget is not None and not self.checked:
                    self.widget.focus_first()  # back to answering
                return False
            session.skip_rest()
        self.finish()
        return True

    def _tick(self) -> None:
        session = self.session
        left = session.time_left() if session is not None else None
        if session is None or left is None:
            return
        minutes, seconds = divmod(int(left + 0.999), 60)
        self.timer_label.setText(self.tr("Time left: %1").replace("%1", f"{minutes}:{seconds:02d}"))
        if session.expired and not session.finished:
            session.time_up()
            self.finish()

    def finish(self) -> None:
        self.timer.stop()
        if self.session is not None:
            self.round_over.emit()

    def stop(self) -> None:
        """Leave the round without results (another learner, the start page)."""
        self.timer.stop()
        self.session = None
        self.recorder = None

    # -- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.isAutoRepeat() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # a held Enter must not run through the questions
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.stop_button:
                self.end_early()
            elif self.checked:
                self.next_question()
            else:
                self.check_answer()
            return
        digit = event.key() - Qt.Key.Key_0
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.widget is not None and not self.checked and 1 <= digit <= 9 and plain and self.widget.pick(digit):
            return
        super().keyPressEvent(event)
