"""The content in each language, as the builder writes it: translated texts and search documents.

A translated text is a row of ``translations`` (kind, record id, language, field, text); the app
reads a record in English and lays its translation over it. ``translated_records`` says which
records are translated whole, so the app can tag English shown in place of a translation.
The search gets one set of documents per language: the texts a reader of that language sees
(the translation where there is one, else the English) and every record's names in every script.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from koryo_desktop.core.render import CitationNumbers, markdown_to_html
from koryo_desktop.core.text import compact, fold, plain_text
from koryo_desktop.store.content_loader import ContentBundle
from koryo_desktop.store.content_translations import CHAPTER_PART, ENGLISH, english_texts

# the fields a translated record must give to count as whole (others may stay English)
_WHOLE = {
    "source": ("note",),
    "place": ("description",),
    "person": ("summary", "bio", "dispute"),
    "event": ("title", "description", "dispute"),
    "era": ("title", "description"),
    "term": ("definition",),
    "question": ("prompt", "explanation", "choices", "items", "pairs"),
    "route": ("description",),
    "series": ("title",),
}


def _paragraphs(markdown: str) -> Iterable[str]:
    return (p for p in markdown.split("\n\n") if p.strip())


def question_answer(data: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """A question's answer data in a language: the English answer with the translated order
    items, pairs and unit, and the translated accepted answers added to the English ones."""
    answer: dict[str, Any] = {
        k: data[k] for k in ("answer", "tolerance", "unit", "accepted", "items", "pairs") if k in data
    }
    if "items" in fields:
        answer["items"] = list(fields["items"])
    if "pairs" in fields:
        answer["pairs"] = [{"left": left, "right": right} for left, right in fields["pairs"]]
    if "unit" in fields:
        if "unit" in answer:
            answer["unit_en"] = answer["unit"]  # "year" keeps meaning a year (no digit groups, no unit shown)
        answer["unit"] = fields["unit"]
    if "accepted" in fields:
        answer["accepted"] = list(dict.fromkeys([*fields["accepted"], *answer.get("accepted", [])]))
    return answer


def translation_rows(
    bundle: ContentBundle, cited: dict[str, list[str]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of ``translations`` and ``translated_records``; ``cited`` is each chapter's
    English citation order, which the translated sections continue."""
    texts: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []

    def text(kind: str, record_id: str, lang: str, field: str, value: Any) -> None:
        if not isinstance(value, str):
            value = json.dumps(value, ensure_ascii=False)
        texts.append({"kind": kind, "record_id": record_id, "lang": lang, "field": field, "text": value})

    english = {kind: bundle.by_id(kind) for kind in _WHOLE}
    for lang, done in sorted(bundle.translations.records.items()):
        for (kind, record_id), translated in sorted(done.items()):
            fields = dict(translated.fields)
            if kind == "question":
                data = english[kind][record_id].data
                for key in ("items", "pairs", "unit", "accepted"):
                    fields.pop(key, None)
                answer = question_answer(data, translated.fields)
                text(kind, record_id, lang, "answer_json", answer)
            for key, value in fields.items():
                text(kind, record_id, lang, key, value)
            wanted = [k for k in _WHOLE[kind] if k in english_texts(kind, english[kind][record_id].data)]
            whole = all(k in translated.fields for k in wanted)
            records.append({"kind": kind, "record_id": record_id, "lang": lang, "complete": int(whole)})
    chapters = {c.record.id: c for c in bundle.chapters}
    for lang, done_chapters in sorted(bundle.translations.chapters.items()):
        for chapter_id, translation in sorted(done_chapters.items()):
            source = chapters[chapter_id]
            numbers = CitationNumbers()
            numbers.order = list(cited.get(chapter_id, []))
            for key, value in translation.fields.items():
                text("chapter", chapter_id, lang, key, value)
            wanted = [k for k in ("title", "summary", "objectives", "discussion") if source.record.data.get(k)]
            records.append(
                {
                    "kind": "chapter",
                    "record_id": chapter_id,
                    "lang": lang,
                    "complete": int(all(k in translation.fields for k in wanted)),
                }
            )
            for section in source.sections:
                section_id = f"{chapter_id}/{section.slug}"
                found = translation.sections.get(section.slug)
                if found is None:
                    continue
                text("section", section_id, lang, "title", found.title)
                text("section", section_id, lang, "body_markdown", found.markdown)
                text("section", section_id, lang, "body_html", markdown_to_html(found.markdown, numbers))
                records.append({"kind": "section", "record_id": section_id, "lang": lang, "complete": 1})
            text("chapter", chapter_id, lang, "cited_sources", numbers.order)
    return texts, records


def localizer(bundle: ContentBundle, lang: str) -> Callable[[str, str, str, Any], Any]:
    """``text_in(kind, record id, field, english)``: the text in ``lang``, or the English."""
    records = bundle.translations.records.get(lang, {})
    chapters = bundle.translations.chapters.get(lang, {})

    def text_in(kind: str, record_id: str, field: str, english: Any) -> Any:
        if lang == ENGLISH:
            return english
        if kind == "chapter":
            found = chapters.get(record_id)
            return found.fields.get(field, english) if found else english
        if kind == "section":
            chapter_id, _, slug = record_id.partition("/")
            found_chapter = chapters.get(chapter_id)
            section = found_chapter.sections.get(slug) if found_chapter else None
            if section is None:
                return english
            return {"title": section.title, "markdown": section.markdown}.get(field, english)
        translated = records.get((kind, record_id))
        return translated.fields.get(field, english) if translated else english

    return text_in


def search_docs(bundle: ContentBundle, lang: str) -> list[dict[str, Any]]:
    """The search documents of one language: what its reader sees, and every name in every script."""
    text_in = localizer(bundle, lang)
    recs = bundle.records
    docs: list[dict[str, Any]] = []

    def doc(kind: str, record_id: str, title: str, text: str, field: str, weight: float,
            anchor: str | None = None, folded: str | None = None) -> None:  # fmt: skip
        if text and text.strip():
            docs.append(
                {
                    "kind": kind,
                    "record_id": record_id,
                    "title": title,
                    "anchor": anchor,
                    "field": field,
                    "weight": weight,
                    "text": text,
                    "folded": folded if folded is not None else fold(text),
                    "lang": lang,
                }
            )

    for r in recs["place"]:
        title = text_in("place", r.id, "name", r.data.get(f"name_{lang}") or r.data["name"])
        for value in dict.fromkeys([title, r.data["name"], r.data.get("name_ko", ""), r.data.get("name_ru", "")]):
            doc("place", r.id, title, value, "name", 3.0)
        doc(
            "place",
            r.id,
            title,
            text_in("place", r.id, "description", r.data.get("description", "")),
            "description",
            1.0,
        )
    for r in recs["person"]:
        title = text_in("person", r.id, "name", r.data["name"])
        for value in dict.fromkeys([title, r.data["name"]]):
            doc("person", r.id, title, value, "name", 3.0)
        for name in r.data["names"]:
            doc("person", r.id, title, name["text"], "name", 3.0)
            doc("person", r.id, title, name["text"], "name-compact", 2.5, folded=compact(name["text"]))
        doc("person", r.id, title, text_in("person", r.id, "summary", r.data["summary"]), "summary", 1.5)
        doc("person", r.id, title, text_in("person", r.id, "bio", r.data.get("bio", "")), "biography", 1.0)
    for r in recs["event"]:
        title = text_in("event", r.id, "title", r.data["title"])
        doc("event", r.id, title, title, "title", 3.0)
        doc("event", r.id, title, bundle.dates[("event", r.id, "date")].english(), "date", 1.5)
        doc("event", r.id, title, text_in("event", r.id, "description", r.data["description"]), "description", 1.0)
    for r in recs["term"]:
        title = text_in("term", r.id, "term", r.data.get(f"term_{lang}") or r.data["term"])
        for value in dict.fromkeys([title, r.data["term"], r.data.get("term_ko", ""), r.data.get("term_ru", "")]):
            doc("term", r.id, title, value, "name", 3.0)
        doc("term", r.id, title, text_in("term", r.id, "definition", r.data["definition"]), "definition", 1.0)
    for chapter in bundle.chapters:
        r = chapter.record
        title = text_in("chapter", r.id, "title", r.data["title"])
        doc("chapter", r.id, title, title, "title", 3.0)
        doc("chapter", r.id, title, text_in("chapter", r.id, "summary", r.data["summary"]), "summary", 1.5)
        for section in chapter.sections:
            section_id = f"{r.id}/{section.slug}"
            doc("chapter", r.id, title, text_in("section", section_id, "title", section.title), "section-title", 2.0,
                anchor=section.slug)  # fmt: skip
            for paragraph in _paragraphs(text_in("section", section_id, "markdown", section.markdown)):
                doc("chapter", r.id, title, plain_text(paragraph), "text", 1.0, anchor=section.slug)
    return docs


__all__ = ["CHAPTER_PART", "localizer", "question_answer", "search_docs", "translation_rows"]
