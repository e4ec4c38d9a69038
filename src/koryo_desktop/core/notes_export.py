"""A learner's bookmarks and highlights as a Markdown document (plain Python, no Qt)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def notes_markdown(
    notes: Sequence[Mapping[str, Any]],
    chapter_titles: Mapping[str, str],
    section_titles: Mapping[tuple[str, str], str],
    heading: str = "My notes",
    bookmark_label: str = "Bookmark",
    highlight_label: str = "Highlight",
) -> str:
    """Group notes by chapter in reading order of the given titles; quotes become block quotes."""
    lines = [f"# {heading}", ""]
    order = list(chapter_titles)
    by_chapter: dict[str, list[Mapping[str, Any]]] = {}
    for note in notes:
        by_chapter.setdefault(str(note["chapter_id"]), []).append(note)
    for chapter_id in sorted(by_chapter, key=lambda c: order.index(c) if c in order else len(order)):
        lines += [f"## {chapter_titles.get(chapter_id, chapter_id)}", ""]
        for note in by_chapter[chapter_id]:
            section = note.get("section_slug") or ""
            where = section_titles.get((chapter_id, section), section)
            label = highlight_label if note.get("kind") == "highlight" else bookmark_label
            lines.append(f"- **{label}**" + (f" — {where}" if where else ""))
            quote = str(note.get("quote") or "").strip()
            if quote:
                lines += ["", *[f"  > {line}" for line in quote.splitlines()], ""]
            text = str(note.get("note") or "").strip()
            if text:
                lines += [f"  {text}", ""]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
