"""Translatable formatting of dates, kinds and shared HTML parts of detail pages."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QGuiApplication, QPalette

from koryo_desktop.core.dates import DatePoint, DateValue
from koryo_desktop.core.entities import Person, Place, Source
from koryo_desktop.core.targets import ScreenName, target
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import theme


def format_point(point: DatePoint) -> str:
    locale = QLocale()
    if point.precision == "decade":
        return QCoreApplication.translate("Dates", "the %1s").replace("%1", str(point.year))
    if point.precision == "circa":
        return QCoreApplication.translate("Dates", "c. %1").replace("%1", str(point.year))
    if point.day is not None and point.month is not None:
        return locale.toString(
            QDate(point.year, point.month, point.day), QCoreApplication.translate("Dates", "d MMMM yyyy")
        )
    if point.month is not None:
        pattern = QCoreApplication.translate("Dates", "MMMM yyyy")
        if pattern == "MMMM yyyy":  # the month's own name (Russian "сентябрь 1937", not "сентября")
            return f"{locale.standaloneMonthName(point.month)} {point.year}"
        return locale.toString(QDate(point.year, point.month, 1), pattern)
    return QCoreApplication.translate("Year", "%1").replace("%1", str(point.year))


def format_date(value: DateValue | None) -> str:
    if value is None:
        return QCoreApplication.translate("Dates", "unknown")
    if value.end is None:
        return format_point(value.start)
    return (
        QCoreApplication.translate("Dates", "%1 – %2")
        .replace("%1", format_point(value.start))
        .replace("%2", format_point(value.end))
    )


def precision_label(value: DateValue) -> str:
    labels = {
        "day": QCoreApplication.translate("Dates", "exact day"), "month": QCoreApplication.translate("Dates", "month known"), "year": QCoreApplication.translate("Dates", "year known"),
        "circa": QCoreApplication.translate("Dates", "approximate"), "decade": QCoreApplication.translate("Dates", "decade known"),
    }  # fmt: skip
    return labels.get(value.precision, value.precision)


def life_span(born: DateValue | None, died: DateValue | None) -> str:
    if born is None and died is None:
        return ""
    if died is None:
        return QCoreApplication.translate("Dates", "born %1").replace("%1", format_date(born))
    return (
        QCoreApplication.translate("Dates", "%1 – %2")
        .replace("%1", format_date(born) if born else "?")
        .replace("%2", format_date(died))
    )


def kind_label(kind: str, plural: bool = False) -> str:
    singular = {"chapter": QCoreApplication.translate("Kinds", "Chapter"), "person": QCoreApplication.translate("Kinds", "Person"), "event": QCoreApplication.translate("Kinds", "Event"),
                "place": QCoreApplication.translate("Kinds", "Place"), "term": QCoreApplication.translate("Kinds", "Glossary term")}  # fmt: skip
    plurals = {"chapter": QCoreApplication.translate("Kinds", "Chapters"), "person": QCoreApplication.translate("Kinds", "People"), "event": QCoreApplication.translate("Kinds", "Events"),
               "place": QCoreApplication.translate("Kinds", "Places"), "term": QCoreApplication.translate("Kinds", "Glossary")}  # fmt: skip
    return (plurals if plural else singular).get(kind, kind)


def category_label(category: str) -> str:
    labels = {
        "migration": QCoreApplication.translate("Categories", "migration"), "repression": QCoreApplication.translate("Categories", "repression"),
        "war": QCoreApplication.translate("Categories", "war"), "diplomacy": QCoreApplication.translate("Categories", "diplomacy"),
        "economy": QCoreApplication.translate("Categories", "economy"), "culture": QCoreApplication.translate("Categories", "culture"),
        "education": QCoreApplication.translate("Categories", "education"), "politics": QCoreApplication.translate("Categories", "politics"),
    }  # fmt: skip
    return labels.get(category, category)


def ui_language() -> str:
    """The interface language, "en", "ko" or "ru" (the translations set the default locale)."""
    return QLocale().name()[:2]


def place_name(place: Place) -> str:
    """A place's name in the interface language where the content gives one, else its English name."""
    return place.local_name or {"ko": place.name_ko, "ru": place.name_ru}.get(ui_language(), "") or place.name


def person_name(person: Person) -> str:
    """A person's name in the interface's script where the content gives one (남일, Нам Ир), else
    their usual name."""
    if person.local_name:  # the name a translation gives (넬리 김), before any other in the script
        return person.local_name
    script = {"ko": "hangul", "ru": "cyrillic"}.get(ui_language())
    return next((n.text for n in person.names if n.script == script), person.name) if script else person.name


def country_label(country: str) -> str:
    """A country named in the content, in the interface language (a test keeps every country the
    content names in this table; a name not in it would stay as written)."""
    return country_labels().get(country, country)


def country_labels() -> dict[str, str]:
    """Every country the content names, in the interface language."""
    return {
        "China": QCoreApplication.translate("Countries", "China"),
        "Kazakhstan": QCoreApplication.translate("Countries", "Kazakhstan"),
        "Korea": QCoreApplication.translate("Countries", "Korea"),
        "Korea (Joint Security Area)": QCoreApplication.translate("Countries", "Korea (Joint Security Area)"),
        "Kyrgyzstan": QCoreApplication.translate("Countries", "Kyrgyzstan"),
        "Latvia": QCoreApplication.translate("Countries", "Latvia"),
        "North Korea": QCoreApplication.translate("Countries", "North Korea"),
        "Russia": QCoreApplication.translate("Countries", "Russia"),
        "Russian Empire": QCoreApplication.translate("Countries", "Russian Empire"),
        "South Korea": QCoreApplication.translate("Countries", "South Korea"),
        "USSR": QCoreApplication.translate("Countries", "USSR"),
        "Ukraine": QCoreApplication.translate("Countries", "Ukraine"),
        "United States": QCoreApplication.translate("Countries", "United States"),
        "Uzbekistan": QCoreApplication.translate("Countries", "Uzbekistan"),
    }


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs(text: str, text_lang: str = "") -> str:
    """Paragraphs of plain text; ``text_lang`` "en" on a record shown in English in another interface
    language tags the first one as English (see ``english_tag``)."""
    parts = [esc(p.strip()) for p in text.split("\n\n") if p.strip()]
    if parts:
        parts[0] += english_tag(text_lang)
    return "".join(f"<p>{p}</p>" for p in parts)


def shown_in_english(text_lang: str) -> bool:
    """Whether a record's texts are English in place of a translation into the interface language."""
    return text_lang == "en" and ui_language() != "en"


def english_tag(text_lang: str, css_class: str = "quiet") -> str:
    """A small "English" tag after a text that has no translation into the interface language yet,
    so that a reader knows why it is in English (nothing is ever left blank)."""
    if not shown_in_english(text_lang):
        return ""
    label = QCoreApplication.translate("Formatting", "English")
    tip = QCoreApplication.translate("Formatting", "Not translated yet, so shown in English")
    return f" <span class='{css_class}' title='{esc(tip)}'>[{esc(label)}]</span>"


def _sources_disagree() -> str:
    return QCoreApplication.translate("Formatting", "Sources disagree")


def dispute_box(note: str) -> str:
    if not note:
        return ""
    return (
        f"<table width='100%' cellpadding='8' class='notice' style='margin:8px 0'><tr><td>"
        f"<b>{esc(_sources_disagree())}</b>: {esc(note)}</td></tr></table>"
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
    heading = QCoreApplication.translate("Formatting", "Sources")
    return f"<h3>{esc(heading)}</h3><{tag}>{''.join(items)}</{tag}>"


def link(target: str, text: str) -> str:
    return f"<a href='{esc(target)}'>{esc(text)}</a>"


def quiet_colour() -> str:
    """A readable secondary text colour for HTML pages, in the interface colours."""
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()


def result_colour(right: bool) -> str:
    """Green for a right answer, red for a wrong one, readable on the interface's ground."""
    dark = theme.is_dark()
    if right:
        return "#7ee2a0" if dark else "#1b7a3a"
    return "#ff9a8f" if dark else "#b3261e"


def page_css() -> str:
    """The colours of a page's classes in the interface colours in use: `quiet` (secondary text),
    `right` and `wrong` (verdicts) and `notice` (a box set apart). A page that names its colours by
    these classes follows every change of colours (the detail browser applies them again)."""
    ground, text, _border = theme.NOTICE_COLOURS[theme.display()[1]]
    return (
        f".quiet {{ color: {quiet_colour()}; }} .right {{ color: {result_colour(True)}; }} "
        f".wrong {{ color: {result_colour(False)}; }} .notice {{ background-color: {ground}; color: {text}; }}"
    )


def page(title: str, subtitle: str, body: str) -> str:
    sub = f"<p class='quiet'>{esc(subtitle)}</p>" if subtitle else ""
    return f"<h1>{esc(title)}</h1>{sub}{body}"


def chapter_links(store: ContentStore, kind: str, record_id: str) -> list[str]:
    """Links to every chapter section that mentions the record, titled 'Chapter — Section'."""
    mentions = store.chapters.mentioning(kind, record_id)
    if not mentions:
        return []
    titles = {c.id: c.title for c in store.chapters.all()}
    return [link(target(ScreenName.READER, c, s), f"{titles.get(c, c)} — {t}") for c, s, t in mentions]
