"""Quiz screen: the question bank by chapter; pick a question, answer it, see the explanation."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.models.record_list_model import ListItem
from koryo_desktop.ui.widgets.record_list_screen import RecordListScreen


class QuizScreen(RecordListScreen):
    name = "quiz"

    def __init__(self, store: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._revealed: set[str] = set()
        self.detail.target_activated.disconnect(self.target_activated)
        self.detail.target_activated.connect(self._on_link)

    def screen_title(self) -> str:
        return self.tr("Quiz")

    def filter_placeholder(self) -> str:
        return self.tr("Filter questions")

    def _difficulty(self, value: str) -> str:
        return {"easy": self.tr("easy"), "medium": self.tr("medium"), "hard": self.tr("hard")}.get(value, value)

    def items(self) -> list[ListItem]:
        titles = {c.id: c.title for c in self.store.chapters.all()}
        return [
            ListItem(q.id, q.prompt, f"{titles.get(q.chapter_id, q.chapter_id)} · {self._difficulty(q.difficulty)}")
            for q in self.store.questions.all()
        ]

    def overview_html(self) -> str:
        return fmt.page(
            self.tr("Quiz"),
            "",
            "<p>" + fmt.esc(self.tr("Choose a question, think of your answer, then reveal it.")) + "</p>",
        )

    def open_record(self, record: str | None, anchor: str | None = None) -> bool:
        """A question id opens that question; a chapter id (from 'Test yourself') lists its questions."""
        chapter = self.store.chapters.get(record) if record else None
        if chapter is not None:
            self.load()
            self._opening = True  # filtering and choosing the first question are not new places in the history
            self.filter_edit.setText(chapter.title)
            self.current_id = None
            count = self.proxy.rowCount()
            self.detail.show_html(
                fmt.page(
                    self.tr("Test yourself"),
                    chapter.title,
                    "<p>"
                    + fmt.esc(self.tr("%n question(s) on this chapter. Choose one on the left.", "", count))
                    + "</p>",
                )
            )
            if count:
                self.list_view.setCurrentIndex(self.proxy.index(0, 0))
            self._opening = False
            return True
        return super().open_record(record, anchor)

    def _on_link(self, target: str) -> None:
        if target.startswith("quiz/reveal/"):
            question_id = target.removeprefix("quiz/reveal/")
            self._revealed.add(question_id)
            self._show(question_id)
        else:
            self.target_activated.emit(target)

    def _answer_html(self, question_id: str) -> str:
        question = self.store.questions.get(question_id)
        assert question is not None
        answer = question.answer if isinstance(question.answer, dict) else {}
        if question.type in ("single", "multiple"):
            right = [c.text for c in question.choices if c.correct]
            text = ", ".join(right)
        elif question.type == "true_false":
            text = self.tr("True") if answer.get("answer") else self.tr("False")
        elif question.type == "order":
            text = " → ".join(answer.get("items", []))
        elif question.type == "match":
            text = "; ".join(f"{p['left']} — {p['right']}" for p in answer.get("pairs", []))
        elif question.type == "number":
            text = str(answer.get("answer", ""))
        else:
            text = " / ".join(answer.get("accepted", []))
        body = (
            "<p><b>" + fmt.esc(self.tr("Answer")) + f":</b> {fmt.esc(text)}</p>{fmt.paragraphs(question.explanation)}"
        )
        if question.section_id:
            body += (
                "<p>"
                + fmt.link(
                    f"reader/{question.chapter_id}#{question.section_id}",
                    self.tr("Read the section that teaches this"),
                )
                + "</p>"
            )
        return body

    def detail_html(self, record_id: str) -> str | None:
        question = self.store.questions.get(record_id)
        if question is None:
            return None
        body = [f"<p style='font-size:large'>{fmt.esc(question.prompt)}</p>"]
        answer = question.answer if isinstance(question.answer, dict) else {}
        if question.choices:
            body.append("<ol type='A'>" + "".join(f"<li>{fmt.esc(c.text)}</li>" for c in question.choices) + "</ol>")
        elif question.type == "true_false":
            body.append("<p>" + fmt.esc(self.tr("True or false?")) + "</p>")
        elif question.type == "order":
            body.append(
                "<p>"
                + fmt.esc(self.tr("Put these in order:"))
                + "</p><ul>"
                + "".join(f"<li>{fmt.esc(i)}</li>" for i in sorted(answer.get("items", [])))
                + "</ul>"
            )
        elif question.type == "match":
            lefts = [p["left"] for p in answer.get("pairs", [])]
            rights = sorted(p["right"] for p in answer.get("pairs", []))
            body.append(
                "<p>" + fmt.esc(self.tr("Match each item on the left with one on the right:")) + "</p>"
                "<table cellpadding='4'>"
                + "".join(
                    f"<tr><td>{fmt.esc(a)}</td><td>{fmt.esc(b)}</td></tr>" for a, b in zip(lefts, rights, strict=False)
                )
                + "</table>"
            )
        if record_id in self._revealed:
            body.append(self._answer_html(record_id))
        else:
            body.append("<p>" + fmt.link(f"quiz/reveal/{record_id}", self.tr("Show the answer")) + "</p>")
        return fmt.page(self.tr("Question"), self._difficulty(question.difficulty), "".join(body))
