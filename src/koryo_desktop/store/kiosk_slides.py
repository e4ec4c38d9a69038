"""The kiosk's attract screen slides as curators choose them: ``kiosk/slides.toml`` in the content
sources, checked with the rest of the content (every problem as file:line) and stored in the content
database's meta table as a SlidePlan. Without the file the attract screen shows every person, event,
glossary term and chapter in turn. content_loader.py and content_builder.py only call in here.

    seconds = 12                       # how long each slide shows, 5 to 120
    slides = ["person:nam-il", "event:deportation-decree", "term:kolkhoz", "chapter:deportation"]
    kinds = ["person", "event"]        # then every record of these kinds (optional)
    shuffle = false                    # those records in a new order at every start (optional)
"""

from __future__ import annotations

import tomllib
from typing import TYPE_CHECKING, Any

from koryo_desktop.core.attract import SECONDS_RANGE, SLIDE_KINDS, SlidePlan

if TYPE_CHECKING:
    from koryo_desktop.store.content_loader import ContentLoader

FOLDER, FILE_NAME = "kiosk", "slides.toml"
META_KEY = "kiosk_slides"
KEYS = ("seconds", "slides", "kinds", "shuffle")


def check_kiosk_slides(loader: ContentLoader, known: dict[str, dict[str, Any]]) -> SlidePlan | None:
    """Read and check kiosk/slides.toml against the records ``known`` by kind; None when there is no
    such file or it has problems (reported through ``loader``)."""
    from koryo_desktop.store.content_loader import _parse_toml, _rel, _toml_error_line

    path = loader.root / FOLDER / FILE_NAME
    if not path.exists() and not path.is_symlink():
        return None
    rel = _rel(path, loader.root)
    text = loader._read_text(path)
    if text is None:
        return None
    try:
        data = _parse_toml(text)
    except tomllib.TOMLDecodeError as exc:
        line, message = _toml_error_line(exc)
        loader.problem(rel, line, f"TOML syntax error: {message}")
        return None
    lines = text.splitlines()
    before = len(loader.problems)

    def line_of(needle: str, nth: int = 0) -> int:
        found = [i + 1 for i, ln in enumerate(lines) if needle in ln]
        return found[min(nth, len(found) - 1)] if found else 1

    def key_line(key: str) -> int:
        return next((i + 1 for i, ln in enumerate(lines) if ln.strip().startswith(key)), 1)

    for key in data:
        if key not in KEYS:
            loader.problem(rel, key_line(key), f"unknown setting '{key}' (allowed: {', '.join(KEYS)})")
    seconds = data.get("seconds", 12)
    low, high = SECONDS_RANGE
    if isinstance(seconds, bool) or not isinstance(seconds, int) or not low <= seconds <= high:
        loader.problem(rel, key_line("seconds"), f"'seconds' must be a whole number from {low} to {high}")
    if not isinstance(data.get("shuffle", False), bool):
        loader.problem(rel, key_line("shuffle"), "'shuffle' must be true or false")
    picks: list[tuple[str, str]] = []
    slides = data.get("slides", [])
    if not isinstance(slides, list):
        loader.problem(rel, key_line("slides"), "'slides' must be a list of \"kind:id\" strings")
        slides = []
    for index, item in enumerate(slides):
        if not isinstance(item, str):
            loader.problem(rel, key_line("slides"), f'a slide is written as "kind:id", not {item!r}')
            continue
        needle = f'"{item}"' if f'"{item}"' in text else item
        line = line_of(needle, slides[:index].count(item))
        kind, _, record_id = item.partition(":")
        if kind not in SLIDE_KINDS or not record_id:
            loader.problem(rel, line, f"slide '{item}' must be \"kind:id\" with a kind of {', '.join(SLIDE_KINDS)}")
        elif record_id not in known.get(kind, {}):
            loader.problem(rel, line, f"slide '{item}': there is no {kind} '{record_id}'")
        elif (kind, record_id) in picks:
            loader.problem(rel, line, f"slide '{item}' is listed twice")
        else:
            picks.append((kind, record_id))
    kinds = data.get("kinds", [])
    if not isinstance(kinds, list) or not all(isinstance(k, str) and k in SLIDE_KINDS for k in kinds):
        loader.problem(rel, key_line("kinds"), f"'kinds' must list kinds of records: {', '.join(SLIDE_KINDS)}")
        kinds = []
    elif len(set(kinds)) != len(kinds):
        loader.problem(rel, key_line("kinds"), "'kinds' names a kind twice")
    if not slides and not kinds and len(loader.problems) == before:
        loader.problem(rel, 1, "no slides: list records in 'slides' or kinds of records in 'kinds'")
    if len(loader.problems) != before:
        return None
    return SlidePlan(seconds, tuple(picks), tuple(dict.fromkeys(kinds)), bool(data.get("shuffle", False)))
