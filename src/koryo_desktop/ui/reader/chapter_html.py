"""The whole page of one chapter as HTML: objectives, sections, summary, discussion questions,
'test yourself' and the numbered sources."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication

from koryo_desktop.core.entities import Chapter, Source
from koryo_desktop.core.render import mark_numbers
from koryo_desktop.core.targets import ScreenName, target
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.charts.chart import chapter_numbers_html


class ChapterPagePlurals(QObject):
    """Texts with a count; self.tr here lets lupdate see their plural forms."""

    def minutes(self, n: int) -> str:
        return self.tr("%n min read", "", n)

    def test_yourself(self, n: int) -> str:
        return self.tr("Test yourself: %n question(s) on this chapter", "", n)


_PLURALS = ChapterPagePlurals()


def kind_label(kind: str) -> str:
    """What kind of work a source is, in the interface's language ("" when the source gives none)."""
    labels = {
        "scholarly": QCoreApplication.translate("ChapterPage", "scholarly work"),
        "archival": QCoreApplication.translate("ChapterPage", "archival document"),
        "official": QCoreApplication.translate("ChapterPage", "official publication"),
        "press": QCoreApplication.translate("ChapterPage", "press"),
        "reference": QCoreApplication.translate("ChapterPage", "reference work"),
    }
    return labels.get(kind, "")


def sources_html(sources: list[Source]) -> str:
    """The chapter's numbered sources, each with its kind, so a reader can weigh it."""
    if not sources:
        return ""
    items = []
    for number, source in enumerate(sources, 1):
        where = f" <i>{fmt.esc(source.where)}</i>" if source.where else ""
        label = kind_label(source.kind)
        kind = f" <span class='muted'>[{fmt.esc(label)}]</span>" if label else ""
        items.append(
            f"<li><a name='source-{fmt.esc(source.id)}'></a>[{number}] {fmt.esc(source.citation())}{where}{kind}</li>"
        )
    heading = QCoreApplication.translate("Formatting", "Sources")
    return f"<h3>{fmt.esc(heading)}</h3><ul>{''.join(items)}</ul>"


def chapter_html(store: ContentStore, chapter: Chapter) -> str:
    minutes = max(1, round(chapter.word_count / 200))
    parts = [
        f"<h1><a name='introduction'></a>{fmt.esc(chapter.title)}{fmt.english_tag(chapter.text_lang, 'muted')}</h1>",
        "<p class='muted'>"
        + fmt.esc(QCoreApplication.translate("ChapterPage", "Chapter %1").replace("%1", str(chapter.number)))
        + " · "
        + fmt.esc(_PLURALS.minutes(minutes))
        + "</p>",
    ]
    if chapter.objectives:
        parts.append(
            "<h3>"
            + fmt.esc(QCoreApplication.translate("ChapterPage", "In this chapter you will learn to"))
            + "</h3><ul>"
        )
        parts.extend(f"<li>{fmt.esc(o)}</li>" for o in chapter.objectives)
        parts.append("</ul>")
    for section in chapter.sections:
        # anchors sit inside the heading: Qt drops an anchor that has no text after it in its block
        if section.slug != "introduction":
            tag = fmt.english_tag(section.text_lang, "muted") if not fmt.shown_in_english(chapter.text_lang) else ""
            parts.append(f"<h2><a name='{fmt.esc(section.slug)}'></a>{fmt.esc(section.title)}{tag}</h2>")
        if section.disputed:
            parts.append(
                "<p class='muted'><i>"
                + fmt.esc(QCoreApplication.translate("ChapterPage", "Sources disagree on part of this section."))
                + "</i></p>"
            )
        parts.append(section.html)  # rendered, numbered and sanitised when the content was built
    parts.append(chapter_numbers_html(store, chapter.id, QGuiApplication.font()))  # charts of the series it cites
    parts.append(
        "<h2><a name='summary'></a>"
        + fmt.esc(QCoreApplication.translate("ChapterPage", "Summary"))
        + "</h2>"
        + fmt.paragraphs(chapter.summary)
    )
    if chapter.discussion:
        parts.append("<h3>" + fmt.esc(QCoreApplication.translate("ChapterPage", "Talk about it")) + "</h3><ol>")
        parts.extend(f"<li>{fmt.esc(d)}</li>" for d in chapter.discussion)
        parts.append("</ol>")
    count = store.questions.count(chapter.id)
    if count:
        parts.append(
            "<h3><a name='test-yourself'></a>"
            + fmt.link(
                target(ScreenName.QUIZ, chapter.id),
                _PLURALS.test_yourself(count),
            )
            + "</h3>"
        )
    cited = list(chapter.cited) + [s for s in chapter.source_ids if s not in chapter.cited]
    parts.append(sources_html(store.sources.many(cited)))
    return mark_numbers("".join(parts))
