"""Terminology tables: one term is always rendered one way in each language.

``resources/content/terminology/<lang>.toml`` lists, for each English term or name, the rendering
the translations use and the variants they must not use::

    [[term]]
    en = "deportation (1937)"
    use = "강제이주"
    avoid = ["강제 이주", "강제추방"]

``problems`` finds every avoided variant in a language's translated texts (accepted short
answers excepted: a learner may type any spelling), so a test and ``content check`` can hold the
content to the table.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from koryo_desktop.store.content_loader import ContentBundle


@dataclass(frozen=True)
class TermRule:
    en: str
    use: str
    avoid: tuple[str, ...]
    note: str = ""


def load(root: Path, lang: str) -> list[TermRule]:
    """The terminology table of ``lang`` (empty when there is none)."""
    path = Path(root) / "terminology" / f"{lang}.toml"
    if not path.is_file():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        TermRule(str(t["en"]), str(t["use"]), tuple(str(a) for a in t.get("avoid", [])), str(t.get("note", "")))
        for t in data.get("term", [])
    ]


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def _pattern(variant: str) -> re.Pattern[str]:
    # whole words where the variant starts or ends with a letter: "Нам Иль" but not "Нам Ильич"
    return re.compile(rf"(?<!\w){re.escape(variant)}(?!\w)" if variant[-1].isalpha() else re.escape(variant),
                      re.IGNORECASE)  # fmt: skip


def problems(bundle: ContentBundle, lang: str) -> list[str]:
    """``file:line: message`` for every avoided variant in the language's translations."""
    rules = load(bundle.root, lang)
    found: list[str] = []
    if not rules:
        return found
    checks = [(rule, variant, _pattern(variant)) for rule in rules for variant in rule.avoid]
    places: list[tuple[str, int, str]] = []
    for record in bundle.translations.records.get(lang, {}).values():
        for key, value in record.fields.items():
            if key != "accepted":
                places.extend((record.file, record.line, text) for text in _texts(value))
    for chapter in bundle.translations.chapters.get(lang, {}).values():
        places.extend((chapter.file, 1, text) for text in _texts(list(chapter.fields.values())))
        for section in chapter.sections.values():
            places.extend((chapter.file, section.line, text) for text in (section.title, section.markdown))
    for file, line, text in places:
        for rule, variant, pattern in checks:
            # case is ignored, but a hit spelled exactly as part of the rendering to use is that
            # rendering ('Дальний Восток' in 'российский Дальний Восток', not 'Дальний восток')
            if any(hit.group() not in rule.use for hit in pattern.finditer(text)):
                found.append(f"{file}:{line}: '{variant}' for {rule.en}: write '{rule.use}' (terminology/{lang}.toml)")
    return found


def conflicts(root: Path, lang: str) -> list[str]:
    """Rules that contradict each other: a rendering another rule avoids, or an English term twice."""
    rules = load(root, lang)
    out = []
    seen: dict[str, str] = {}
    avoided = {a.casefold(): r.en for r in rules for a in r.avoid}
    for rule in rules:
        if rule.en in seen:
            out.append(f"'{rule.en}' is listed twice")
        seen[rule.en] = rule.use
        if rule.use.casefold() in avoided:
            out.append(f"'{rule.use}' ({rule.en}) is avoided by the rule for {avoided[rule.use.casefold()]}")
    return out
