"""Chapter Markdown to safe HTML: markdown-it-py renders, nh3 sanitises.

Record links (person:, event:, place:, term:, chapter:) become navigation targets; citations
[@source, detail] become numbered markers that point at the chapter's source list.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from koryo_desktop.core.targets import record_target

_LINK = re.compile(r"\]\((person|event|place|term|chapter):([^)\s]*)\)")
_CITE = re.compile(r"\[@([^\],\s]+)(?:,\s*([^\]]+))?\]")


@functools.cache
def _markdown() -> Any:
    """markdown-it, loaded by the content builder only: the app reads chapters already rendered."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "typographer": True}).enable(
        ["table", "replacements", "smartquotes"]
    )


_TAGS = {
    "a",
    "b",
    "strong",
    "em",
    "i",
    "p",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "sup",
    "sub",
    "code",
    "pre",
    "hr",
    "span",
    "div",
    "img",
}
_ATTRIBUTES = {
    "a": {"href", "name", "title"},
    "span": {"class"},
    "div": {"class"},
    "td": {"align"},
    "th": {"align"},
    "img": {"src", "alt", "width"},
}


class CitationNumbers:
    """Numbers sources in the order a chapter first cites them."""

    def __init__(self) -> None:
        self.order: list[str] = []

    def number(self, source_id: str) -> int:
        if source_id not in self.order:
            self.order.append(source_id)
        return self.order.index(source_id) + 1


def link_target(kind: str, target: str) -> str:
    """The navigation target of a content link such as person:nam-il."""
    record, _, anchor = target.partition("#")
    return record_target(kind, record, anchor or None)


def markdown_to_html(markdown: str, citations: CitationNumbers | None = None) -> str:
    """Render and sanitise one piece of chapter Markdown."""
    numbers = citations or CitationNumbers()

    def cite(match: re.Match[str]) -> str:
        n = numbers.number(match.group(1))
        return f"[^{n}^](#source-{match.group(1)})"

    text = _LINK.sub(lambda m: f"]({link_target(m.group(1), m.group(2))})", markdown)
    text = _CITE.sub(cite, text)
    html = _markdown().render(text)
    html = re.sub(r"<a href=\"(#source-[^\"]+)\">\^(\d+)\^</a>", r'<sup><a href="\1">[\2]</a></sup>', html)
    html = re.sub(r"\[<a href=\"(#source-[^\"]+)\">\^(\d+)\^</a>\]", r'<sup><a href="\1">[\2]</a></sup>', html)
    return sanitize(html)


def sanitize(html: str) -> str:
    import nh3

    return nh3.clean(html, tags=_TAGS, attributes=_ATTRIBUTES, link_rel=None, url_schemes={"http", "https"})


_NUMBER = re.compile(
    r"(?<![\w.])(?<!\d,)(?:\$\s?\d[\d,.]*\d(?:\s?(?:bn|m|million|billion)\b)?|\$\s?\d"
    r"|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?%)(?!\w|,\d)"
)
_TEXT_BETWEEN_TAGS = re.compile(r">([^<]+)<")


def mark_numbers(html: str) -> str:
    """Set off key figures (171,781; 16.3%; $650 m) with <span class="num"> so the reader can style them."""

    def in_text(match: re.Match[str]) -> str:
        return ">" + _NUMBER.sub(lambda m: f'<span class="num">{m.group(0)}</span>', match.group(1)) + "<"

    return _TEXT_BETWEEN_TAGS.sub(in_text, html)
