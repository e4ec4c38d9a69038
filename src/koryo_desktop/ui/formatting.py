"""Translatable formatting of dates, kinds and shared HTML parts of detail pages."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from koryo_desktop.core.dates import DatePoint, DateValue
from koryo_desktop.core.entities import Source


def tr(text: str, context: str = "Formatting", n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def format_point(point: DatePoint) -> str:
    locale = QLocale()
    if point.precision == "decade":
        return tr("the %1s", "Dates").replace("%1", str(point.year))
    if point.precision == "circa":
        return tr("c. %1", "Dates").replace("%1", str(point.year))
    if point.day is not None and point.month is not None:
        return locale.toString(QDate(point.year, point.month, point.day), tr("d MMMM yyyy", "Dates"))
    if point.month is not None:
        return locale.toString(QDate(point.year, point.month, 1), tr("MMMM yyyy", "Dates"))
    return tr("%1", "Year").replace("%1", str(point.year))


def format_date(value: DateValue | None) -> str:
    if value is None:
        return tr("unknown", "Dates")
    if value.end is None:
        return format_point(value.start)
    return tr("%1 – %2", "Dates").replace("%1", format_point(value.start)).replace("%2", format_point(value.end))


def precision_label(value: DateValue) -> str:
    labels = {
        "day": tr("exact day", "Dates"), "month": tr("month known", "Dates"), "year": tr("year known", "Dates"),
        "circa": tr("approximate", "Dates"), "decade": tr("decade known", "Dates"),
    }  # fmt: skip
    return labels.get(value.precision, value.precision)


def life_span(born: DateValue | None, died: DateValue | None) -> str:
    if born is None and died is None:
        return ""
    if died is None:
        return tr("born %1", "Dates").replace("%1", format_date(born))
    return tr("%1 – %2", "Dates").replace("%1", format_date(born) if born else "?").replace("%2", format_date(died))


def kind_label(kind: str, plural: bool = False) -> str:
    singular = {"chapter": tr("Chapter", "Kinds"), "person": tr("Person", "Kinds"), "event": tr("Event", "Kinds"),
                "place": tr("Place", "Kinds"), "term": tr("Glossary term", "Kinds")}  # fmt: skip
    plurals = {"chapter": tr("Chapters", "Kinds"), "person": tr("People", "Kinds"), "event": tr("Events", "Kinds"),
               "place": tr("Places", "Kinds"), "term": tr("Glossary", "Kinds")}  # fmt: skip
    return (plurals if plural else singular).get(kind, kind)


def category_label(category: str) -> str:
    labels = {
        "migration": tr("migration", "Categories"), "repression": tr("repression", "Categories"),
        "war": tr("war", "Categories"), "diplomacy": tr("diplomacy", "Categories"),
        "economy": tr("economy", "Categories"), "culture": tr("culture", "Categories"),
        "education": tr("education", "Categories"), "politics": tr("politics", "Categories"),
    }  # fmt: skip
    return labels.get(category, category)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs(text: str) -> str:
    return "".join(f"<p>{esc(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def dispute_box(note: str) -> str:
    if not note:
        return ""
    return (
        f"<table width='100%' cellpadding='8' style='background:#fff4ce; color:#3d2e00; margin:8px 0'><tr><td>"
        f"<b>{esc(tr('Sources disagree'))}</b>: {esc(note)}</td></tr></table>"
    )


def sources_html(sources: list[Source], numbered: bool = False) -> str:
    if not sources:
        return ""
    items = []
    for number, source in enumerate(sources, 1):
        where = f" <i>{esc(source.where)}</i>" if source.where else ""
        prefix = f"[{number}] " if numbered else ""
        items.append(f"<li><a name='source-{esc(source.id)}'></a>{prefix}{esc(source.citation())}{where}</li>")
    tag = "ul"
    return f"<h3>{esc(tr('Sources'))}</h3><{tag}>{''.join(items)}</{tag}>"


def link(target: str, text: str) -> str:
    return f"<a href='{esc(target)}'>{esc(text)}</a>"


def page(title: str, subtitle: str, body: str) -> str:
    sub = f"<p style='color:#555'>{esc(subtitle)}</p>" if subtitle else ""
    return f"<h1>{esc(title)}</h1>{sub}{body}"
