"""Reader screen: the chapters, each rendered from its Markdown with links, citations and sources.
Remembers the chapter and section a learner opened last."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.learner_store import LearnerStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.models.record_list_model import ListItem
from koryo_desktop.ui.widgets.record_list_screen import RecordListScreen


class ReaderScreen(RecordListScreen):
    name = "reader"

    def __init__(self, store: ContentStore, learner: LearnerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.learner = learner

    def screen_title(self) -> str:
        return self.tr("Reader")

    def filter_placeholder(self) -> str:
        return self.tr("Filter chapters")

    def items(self) -> list[ListItem]:
        return [
            ListItem(
                c.id,
                self.tr("%1. %2").replace("%1", str(c.number)).replace("%2", c.title),
                self.tr("%n min read", "", max(1, round(c.word_count / 200))),
                c.summary,
            )
            for c in self.store.chapters.all()
        ]

    def overview_html(self) -> str:
        items = "".join(
            f"<li>{fmt.link(f'reader/{c.id}', c.title)}: {fmt.esc(c.summary)}</li>" for c in self.store.chapters.all()
        )
        return fmt.page(self.tr("Chapters"), "", f"<ol>{items}</ol>")

    def detail_html(self, record_id: str) -> str | None:
        chapter = self.store.chapters.get(record_id)
        if chapter is None:
            return None
        # markdown-it and nh3 load on the first chapter opened, not at start-up
        from koryo_desktop.core.render import CitationNumbers, markdown_to_html

        numbers = CitationNumbers()
        parts = []
        if chapter.objectives:
            parts.append(
                "<h3>"
                + fmt.esc(self.tr("In this chapter you will learn to"))
                + "</h3><ul>"
                + "".join(f"<li>{fmt.esc(o)}</li>" for o in chapter.objectives)
                + "</ul>"
            )
        for section in chapter.sections:
            heading = "" if section.slug == "introduction" else f"<h2>{fmt.esc(section.title)}</h2>"
            parts.append(f"<a name='{fmt.esc(section.slug)}'></a>{heading}")
            if section.disputed:
                parts.append("<p><i>" + fmt.esc(self.tr("Sources disagree on part of this section.")) + "</i></p>")
            parts.append(markdown_to_html(section.markdown, numbers))
        parts.append(
            "<a name='summary'></a><h2>" + fmt.esc(self.tr("Summary")) + f"</h2>{fmt.paragraphs(chapter.summary)}"
        )
        if chapter.discussion:
            parts.append(
                "<h3>"
                + fmt.esc(self.tr("Talk about it"))
                + "</h3><ol>"
                + "".join(f"<li>{fmt.esc(d)}</li>" for d in chapter.discussion)
                + "</ol>"
            )
        cited = numbers.order + [s for s in chapter.source_ids if s not in numbers.order]
        parts.append(fmt.sources_html(self.store.sources.many(cited), numbered=True))
        subtitle = self.tr("Chapter %1").replace("%1", str(chapter.number))
        return fmt.page(chapter.title, subtitle, "".join(parts))

    def open_record(self, record: str | None, anchor: str | None = None) -> bool:
        if not super().open_record(record, anchor):
            return False
        if record is not None:
            self.learner.save_position(record, anchor)
        return True

    def _show(self, record_id: str) -> bool:
        shown = super()._show(record_id)
        if shown and not self._opening:
            self.learner.save_position(record_id, None)
        return shown
