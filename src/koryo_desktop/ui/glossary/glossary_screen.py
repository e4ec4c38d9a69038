"""Glossary screen: terms in the interface language, with their English, Korean and Russian forms."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QWidget

from koryo_desktop.core.entities import Term
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
        """Each term in the interface language, in that language's order, with its other forms."""
        lang = fmt.ui_language()
        items = []
        for t in self.store.glossary.all():
            forms = _forms(t, lang)
            others = " · ".join(form for code, form in forms.items() if code != lang and form)
            items.append(ListItem(t.id, forms.get(lang) or t.term, others, t.definition))
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return sorted(items, key=lambda item: collator.sortKey(item.title))

    def overview_html(self) -> str:
        return fmt.page(
            self.tr("Glossary"), "", "<p>" + fmt.esc(self.tr("Words that the chapters use, explained.")) + "</p>"
        )

    def detail_html(self, record_id: str) -> str | None:
        term = self.store.glossary.get(record_id)
        if term is None:
            return None
        lang = fmt.ui_language()
        names = {"en": self.tr("English"), "ko": self.tr("Korean"), "ru": self.tr("Russian")}
        forms = [
            f"<tr><td>{fmt.esc(names[code])}</td><td><b>{fmt.esc(form)}</b></td></tr>"
            for code, form in _forms(term, lang).items()
            if form and code != lang
        ]
        body = fmt.paragraphs(term.definition, term.text_lang)
        if forms:
            body += f"<table cellpadding='4'>{''.join(forms)}</table>"
        links = fmt.chapter_links(self.store, "term", term.id)
        if links:
            body += "<p><b>" + fmt.esc(self.tr("Used in")) + ":</b> " + ", ".join(links) + "</p>"
        body += fmt.sources_html(self.store.sources.many(term.source_ids))
        return fmt.page(_forms(term, lang).get(lang) or term.term, "", body)


def _forms(term: Term, lang: str) -> dict[str, str]:
    """The term in English, Korean and Russian, as far as the content gives it; the translation of
    the interface language's term (``local_term``) where the English record has none."""
    forms = {"en": term.term, "ko": term.term_ko, "ru": term.term_ru}
    if term.local_term and lang in forms:
        forms[lang] = term.local_term
    return forms
