"""Glossary screen: terms with their Korean and Russian forms."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.models.record_list_model import ListItem
from koryo_desktop.ui.widgets.record_list_screen import RecordListScreen


class GlossaryScreen(RecordListScreen):
    name = "glossary"

    def __init__(self, store: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.store: ContentStore = store

    def screen_title(self) -> str:
        return self.tr("Glossary")

    def filter_placeholder(self) -> str:
        return self.tr("Find a term")

    def count_text(self, count: int) -> str:
        return self.tr("%n term(s)", "", count)

    def no_match_text(self, text: str) -> str:
        return self.tr("No term matches “%1”.").replace("%1", text)

    def items(self) -> list[ListItem]:
        return [
            ListItem(t.id, t.term, " · ".join(x for x in (t.term_ko, t.term_ru) if x), t.definition)
            for t in self.store.glossary.all()
        ]

    def overview_html(self) -> str:
        return fmt.page(
            self.tr("Glossary"), "", "<p>" + fmt.esc(self.tr("Words that the chapters use, explained.")) + "</p>"
        )

    def detail_html(self, record_id: str) -> str | None:
        term = self.store.glossary.get(record_id)
        if term is None:
            return None
        forms = []
        if term.term_ko:
            forms.append("<tr><td>" + fmt.esc(self.tr("Korean")) + f"</td><td><b>{fmt.esc(term.term_ko)}</b></td></tr>")
        if term.term_ru:
            forms.append(
                "<tr><td>" + fmt.esc(self.tr("Russian")) + f"</td><td><b>{fmt.esc(term.term_ru)}</b></td></tr>"
            )
        body = fmt.paragraphs(term.definition, term.text_lang)
        if forms:
            body += f"<table cellpadding='4'>{''.join(forms)}</table>"
        links = fmt.chapter_links(self.store, "term", term.id)
        if links:
            body += "<p><b>" + fmt.esc(self.tr("Used in")) + ":</b> " + ", ".join(links) + "</p>"
        body += fmt.sources_html(self.store.sources.many(term.source_ids))
        return fmt.page(term.term, "", body)
