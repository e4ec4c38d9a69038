"""The quiz's pages as HTML, built outside the widgets: the explanation under an answer, the review
of a finished round (with who, when, what and which chapters, for the PDF), the learner's progress
and the teacher's class report. Every text from a person (names, typed answers) is escaped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QObject

from koryo_desktop.core.entities import Question
from koryo_desktop.core.quiz import QuizSession, expected_text
from koryo_desktop.core.results import LearnerScore, Mastery, QuestionStats
from koryo_desktop.core.targets import ScreenName
from koryo_desktop.core.targets import target as nav_target
from koryo_desktop.ui import formatting as fmt


@dataclass(frozen=True)
class RoundInfo:
    """Who took the round, when, and over which chapters: the head of the results and of the PDF."""

    learner: str
    when: str  # a date and time in the interface's locale
    chapters: tuple[str, ...]  # titles


def number_in_locale(question: Question) -> Callable[[float], str]:
    """How the interface's locale writes this question's numbers (a year without digit groups)."""
    answer = question.answer if isinstance(question.answer, dict) else {}
    locale = QLocale()
    if "year" in (answer.get("unit"), answer.get("unit_en")):
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)

    def write(value: float) -> str:
        return locale.toString(int(value)) if float(value).is_integer() else locale.toString(float(value), "g", 12)

    return write


class QuizHtml(QObject):
    """Builds the pages; a QObject for its translations (plurals included)."""

    def shown(self, question: Question, answer: str) -> str:
        """An answer as the learner saw the choices: true/false in the interface's words, a number as
        the interface's locale writes it (171 781, 24,3 in Russian)."""
        if question.type == "true_false" and answer in ("true", "false"):
            return self.tr("True") if answer == "true" else self.tr("False")
        if question.type == "number" and answer == expected_text(question):
            return expected_text(question, number_in_locale(question))
        return answer

    def mode_name(self, mode: str) -> str:
        return {
            "practice": self.tr("Practice"),
            "test": self.tr("Test"),
            "review": self.tr("Review"),
        }.get(mode, mode)

    def explanation_html(self, question: Question) -> str:
        link = ""
        if question.section_id:
            target = nav_target(ScreenName.READER, question.chapter_id, question.section_id)
            link = "<p>" + fmt.link(target, self.tr("Read the section that teaches this")) + "</p>"
        return fmt.paragraphs(question.explanation, question.text_lang) + link

    def verdict_head(self, question: Question, correct: bool, expected: str) -> str:
        if correct:
            return self.tr("Right!")
        return self.tr("Not quite. The answer: %1").replace("%1", self.shown(question, expected))

    def round_html(self, session: QuizSession, info: RoundInfo, chart: str = "", on_paper: bool = False) -> str:
        """The round's score, who, when and what, ``chart`` (the picture by chapter), and every answer;
        ``on_paper``: colours for a PDF."""
        score = self.tr("Your score: %1 of %2").replace("%1", str(session.score))
        parts = ["<h1>" + fmt.esc(score.replace("%2", str(len(session.questions)))) + "</h1>"]
        left = self.tr("%n question(s) not answered.", "", session.unanswered)
        if session.timed_out:
            parts.append("<p><b>" + fmt.esc(self.tr("Time's up.")) + "</b> " + fmt.esc(left) + "</p>")
        elif session.unanswered:
            parts.append("<p><b>" + fmt.esc(self.tr("You ended the round early.")) + "</b> " + fmt.esc(left) + "</p>")
        facts = [
            (self.tr("Learner"), info.learner),
            (self.tr("Date"), info.when),
            (self.tr("Round"), self.mode_name(session.mode)),
            (self.tr("Chapters"), ", ".join(info.chapters)),
        ]
        parts.append("<p>" + "<br/>".join(f"<b>{fmt.esc(k)}:</b> {fmt.esc(v)}" for k, v in facts) + "</p>" + chart)
        for number, item in enumerate(session.answered, 1):
            question, verdict = item.presented.question, item.verdict
            if not verdict.answered:
                mark, given = "–", self.tr("not answered")
            else:
                mark, given = ("✔" if verdict.correct else "✘"), self.shown(question, verdict.given) or "—"
            if on_paper:
                colour = "#555555" if not verdict.answered else ("#1b7a3a" if verdict.correct else "#b3261e")
            else:
                colour = fmt.quiet_colour() if not verdict.answered else fmt.result_colour(verdict.correct)
            parts.append(f"<h3><span style='color:{colour}'>{mark}</span> {number}. {fmt.esc(question.prompt)}</h3>")
            expected = self.shown(question, verdict.expected)
            parts.append("<p>" + fmt.esc(self.tr("Your answer: %1").replace("%1", given)) + "<br/>"
                         + fmt.esc(self.tr("Right answer: %1").replace("%1", expected)) + "</p>")  # fmt: skip
            parts.append(self.explanation_html(question))
        return "".join(parts)

    def progress_html(self, mastery: Sequence[Mastery], weak: Sequence[Mastery], recent: Sequence[dict[str, Any]],
                      chapters: dict[str, str], prompt: Callable[[str], str]) -> str:  # fmt: skip
        parts = ["<h2>" + fmt.esc(self.tr("Your progress")) + "</h2>"]
        if not recent:
            parts.append("<p>" + fmt.esc(self.tr("No answers yet. Start with a practice round.")) + "</p>")
            return "".join(parts)
        rows = "".join(
            f"<tr><td>{fmt.link(nav_target(ScreenName.READER, m.chapter_id), chapters.get(m.chapter_id, m.chapter_id))}</td>"
            f"<td align='right'>{m.correct}/{m.answered}</td><td align='right'>{round(100 * m.share)}%</td></tr>"
            for m in mastery
        )  # fmt: skip
        parts.append("<h3>" + fmt.esc(self.tr("Mastery per chapter")) + f"</h3><table cellpadding='4'>{rows}</table>")
        if weak:
            items = "".join(f"<li>{fmt.link(nav_target(ScreenName.READER, m.chapter_id), chapters.get(m.chapter_id, m.chapter_id))}</li>"
                            for m in weak)  # fmt: skip
            parts.append("<h3>" + fmt.esc(self.tr("Worth another look")) + f"</h3><ul>{items}</ul>")
        items = "".join(f"<li>{'✔' if a['correct'] else '✘'} {fmt.esc(prompt(a['question_id']))}</li>" for a in recent)
        parts.append("<h3>" + fmt.esc(self.tr("Recent answers")) + f"</h3><ul>{items}</ul>")
        return "".join(parts)

    def report_html(self, learners: Sequence[LearnerScore], stats: Sequence[QuestionStats], problems: Sequence[str],
                    prompt: Callable[[str], str]) -> str:  # fmt: skip
        parts = ["<h1>" + fmt.esc(self.tr("Class report")) + "</h1>"]
        if problems:
            parts.append("<p><b>" + fmt.esc(self.tr("Not read:")) + "</b></p><ul>"
                         + "".join(f"<li>{fmt.esc(p)}</li>" for p in problems) + "</ul>")  # fmt: skip
        table = "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        names = (self.tr("Learner"), self.tr("Answers"), self.tr("Right answers"), self.tr("Score"))
        head = "".join(f"<th align='left'>{fmt.esc(h)}</th>" for h in names)
        rows = "".join(f"<tr><td>{fmt.esc(s.learner)}</td><td align='right'>{s.answers}</td>"
                       f"<td align='right'>{s.correct}</td><td align='right'>{round(100 * s.share)}%</td></tr>"
                       for s in learners)  # fmt: skip
        parts.append(
            "<h2>" + fmt.esc(self.tr("%n learner(s)", "", len(learners))) + f"</h2>{table}<tr>{head}</tr>{rows}</table>"
        )
        head = "".join(f"<th align='left'>{fmt.esc(h)}</th>" for h in (
            self.tr("Question"), self.tr("Learners asked"), self.tr("Right"), self.tr("Common wrong answers")))  # fmt: skip
        rows = "".join(
            f"<tr><td>{fmt.esc(prompt(s.question_id))}</td><td align='right'>{s.learners}</td>"
            f"<td align='right'>{round(100 * s.share_correct)}%</td>"
            f"<td>{fmt.esc(', '.join(f'{answer} ({count})' for answer, count in s.common_wrong))}</td></tr>"
            for s in stats
        )  # fmt: skip
        parts.append(
            "<h2>" + fmt.esc(self.tr("Questions, hardest first")) + f"</h2>{table}<tr>{head}</tr>{rows}</table>"
        )
        return "".join(parts)
