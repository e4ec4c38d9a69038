"""Translations of the content: files beside the English ones, named with a language code.

``people/nam-il.ko.toml`` translates records of ``people/nam-il.toml``-style files (any record of
the folder's kind, by id); ``chapters/02-deportation-1937.ru.md`` translates one chapter, its
sections matched by their ids (``## Заголовок {#the-decree}``). Every translation records the
fingerprint of the English it was made from (``from``), so that ``content status`` can tell a
curator what is missing or out of date after the English changed.

Problems that would show a learner something wrong (an unknown id or field, a question whose
choices no longer line up with the English) are errors like any other; a missing or out-of-date
translation is only a warning: the app shows the English with an "English" tag.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from koryo_desktop.store.content_loader import ContentBundle, ContentLoader, ParsedChapter, Record

ENGLISH = "en"
LANG_FILE = re.compile(r"^(?P<stem>.+)\.(?P<lang>[a-z]{2,3})\.(?P<ext>toml|md)$")

# What a translation may give, per kind; everything else (ids, dates, links between records,
# which choice is right) comes from the English record.
TRANSLATABLE: dict[str, tuple[str, ...]] = {
    "source": ("note",),
    "place": ("name", "description"),
    "person": ("name", "summary", "bio", "dispute", "name_notes"),
    "event": ("title", "description", "dispute"),
    "era": ("title", "description"),
    "term": ("term", "definition"),
    "question": ("prompt", "explanation", "choices", "items", "pairs", "accepted", "unit"),
    "route": ("title", "description", "dispute"),
    "series": ("title", "note"),
}
CHAPTER_FIELDS = ("title", "summary", "objectives", "discussion")
CHAPTER_PART = "chapter"  # the part of a chapter that is its front matter, beside its sections' ids
LIST_FIELDS = ("objectives", "discussion", "choices", "items", "accepted")


def is_translation_file(path: Path) -> bool:
    """Whether ``path`` is a translation (``name.ko.toml``), not an English source."""
    return LANG_FILE.match(path.name) is not None


# Small texts whose changes do not call for a translation to be redone: the notes on a person's
# spellings ("Revised Romanization"). They are translatable all the same.
UNFINGERPRINTED = ("name_notes",)


def fingerprint(values: dict[str, Any]) -> str:
    """A short, stable hash of the English texts a translation was made from."""
    values = {k: v for k, v in values.items() if k not in UNFINGERPRINTED}
    blob = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:10]


def _norm(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def english_texts(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """The translatable texts of an English record, as a translation must mirror them."""
    texts: dict[str, Any] = {}
    for key in TRANSLATABLE[kind]:
        if key not in data or data[key] in ("", [], None):
            continue
        value = data[key]
        if key == "choices":
            value = [str(c.get("text", "")) for c in value if isinstance(c, dict)]
        elif key == "name_notes":
            continue
        elif key == "pairs":
            value = [[str(p.get("left", "")), str(p.get("right", ""))] for p in value if isinstance(p, dict)]
        elif key == "accepted" and kind == "question":
            value = [str(v) for v in value]
        texts[key] = _norm(value)
    if kind == "person" and isinstance(data.get("names"), list):
        notes = [str(n.get("note", "")).strip() for n in data["names"] if isinstance(n, dict)]
        if any(notes):
            texts["name_notes"] = notes  # one per name, "" where the name has none
    return texts


def chapter_texts(chapter: ParsedChapter) -> dict[str, dict[str, Any]]:
    """A chapter's translatable parts: its front matter and each section (title and text)."""
    meta = {k: _norm(chapter.record.data[k]) for k in CHAPTER_FIELDS if chapter.record.data.get(k)}
    parts: dict[str, dict[str, Any]] = {CHAPTER_PART: meta}
    for section in chapter.sections:
        parts[section.slug] = {"title": section.title, "markdown": section.markdown.strip()}
    return parts


@dataclass
class TranslatedRecord:
    """One record's translation into one language."""

    kind: str
    record_id: str
    lang: str
    fields: dict[str, Any]
    recorded: str  # the fingerprint written in the file ('' when none)
    file: str
    line: int


@dataclass
class TranslatedSection:
    slug: str
    title: str
    markdown: str
    line: int


@dataclass
class TranslatedChapter:
    chapter_id: str
    lang: str
    fields: dict[str, Any]
    recorded: dict[str, str]  # part (CHAPTER_PART or a section id) -> fingerprint
    sections: dict[str, TranslatedSection]
    links: list[tuple[str, str, str, str, int]] = field(default_factory=list)
    citations: list[tuple[str, str, str, int]] = field(default_factory=list)
    file: str = ""


@dataclass
class Translations:
    """Every translation of the content, by language."""

    records: dict[str, dict[tuple[str, str], TranslatedRecord]] = field(default_factory=dict)
    chapters: dict[str, dict[str, TranslatedChapter]] = field(default_factory=dict)

    def languages(self) -> list[str]:
        return sorted(set(self.records) | set(self.chapters))


@dataclass(frozen=True)
class StatusRow:
    """What a curator must do for one record (or chapter part) in one language."""

    lang: str
    kind: str
    record_id: str
    part: str  # '' for a record, CHAPTER_PART or a section id for chapters
    state: str  # missing | outdated | partial | current
    expected: str  # the fingerprint of today's English
    recorded: str
    file: str
    missing_fields: tuple[str, ...] = ()


class TranslationLoader:
    """Reads the translation files under ``loader.root`` and checks them against the English."""

    def __init__(self, loader: ContentLoader, bundle: ContentBundle) -> None:
        self.loader = loader
        self.bundle = bundle
        self.result = Translations()

    def problem(self, file: str, line: int, message: str) -> None:
        self.loader.problem(file, line, message)

    def load(self) -> Translations:
        from koryo_desktop.store.content_loader import TOML_KINDS

        root = self.loader.root
        for folder, (table, _required, _optional) in TOML_KINDS.items():
            directory = root / folder
            if directory.is_dir():
                for path in sorted(directory.glob("*.toml")):
                    match = LANG_FILE.match(path.name)
                    if match:
                        self._load_toml(path, table, match.group("lang"))
        directory = root / "chapters"
        if directory.is_dir():
            for path in sorted(directory.glob("*.md")):
                match = LANG_FILE.match(path.name)
                if match:
                    self._load_chapter(path, match.group("lang"))
        return self.result

    def _rel(self, path: Path) -> str:
        from koryo_desktop.store.content_loader import _rel

        return _rel(path, self.loader.root)

    # -- records ---------------------------------------------------------------------------
    def _load_toml(self, path: Path, table: str, lang: str) -> None:
        from koryo_desktop.store.content_loader import Record, _toml_error_line

        rel = self._rel(path)
        if lang == ENGLISH:
            self.problem(rel, 1, "English is the source language: write it in the file without '.en'")
            return
        text = self.loader._read_text(path)
        if text is None:
            return
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            line, message = _toml_error_line(exc)
            self.problem(rel, line, f"TOML syntax error: {message}")
            return
        except RecursionError:
            self.problem(rel, 1, "the file nests too deeply to be read")
            return
        lines = text.splitlines()
        header = re.compile(rf"^\s*\[\[\s*{table}\s*\]\]\s*(?:#.*)?$")
        starts = [i + 1 for i, line in enumerate(lines) if header.match(line)]
        for key in sorted(set(data) - {table}):
            self.problem(rel, 1, f"unexpected top-level '{key}': this file holds [[{table}]] tables")
        items = data.get(table, [])
        if not isinstance(items, list):
            self.problem(rel, 1, f"'{table}' must be written as [[{table}]] tables")
            return
        english = self.bundle.by_id(table)
        done = self.result.records.setdefault(lang, {})
        for index, item in enumerate(items):
            start = starts[index] if index < len(starts) else 1
            end = starts[index + 1] - 1 if index + 1 < len(starts) else len(lines)
            record = Record(table, item, rel, start, end, lines)
            source = english.get(record.id)
            if not record.id:
                self.problem(rel, start, f"a translated {table} has no 'id'")
                continue
            if source is None:
                self.problem(rel, record.field_line("id"), f"no English {table} has the id '{record.id}'")
                continue
            if (table, record.id) in done:
                prior = done[(table, record.id)]
                self.problem(
                    rel,
                    record.field_line("id"),
                    f"{table} '{record.id}' is translated twice into '{lang}' (first at {prior.file}:{prior.line})",
                )
                continue
            fields = self._check_record(record, source)
            recorded = item.get("from", "")
            if not isinstance(recorded, str):
                self.problem(rel, record.field_line("from"), "'from' must be the English text's fingerprint in quotes")
                recorded = ""
            done[(table, record.id)] = TranslatedRecord(table, record.id, lang, fields, recorded, rel, start)

    def _check_record(self, record: Record, source: Record) -> dict[str, Any]:
        kind = record.kind
        allowed = TRANSLATABLE[kind]
        english = english_texts(kind, source.data)
        fields: dict[str, Any] = {}
        for key, value in record.data.items():
            if key in ("id", "from"):
                continue
            line = record.field_line(key)
            if key not in allowed:
                self.problem(
                    record.file,
                    line,
                    f"'{key}' cannot be translated in a {kind} (translatable: {', '.join(allowed)}); "
                    "everything else comes from the English record",
                )
                continue
            if key not in english:
                self.problem(record.file, line, f"the English {kind} '{record.id}' has no '{key}' to translate")
                continue
            if key == "name_notes":
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    self.problem(
                        record.file, line, "'name_notes' must be a list of texts, one per name (\"\" for none)"
                    )
                    continue
                if len(value) != len(english[key]):
                    self.problem(record.file, line, f"'name_notes' has {len(value)} entries but the person has "
                                 f"{len(english[key])} names: give one per name, in the English order")  # fmt: skip
                    continue
                fields[key] = [v.strip() for v in value]
                continue
            if key == "pairs":
                ok = isinstance(value, list) and all(
                    isinstance(p, dict) and isinstance(p.get("left"), str) and isinstance(p.get("right"), str)
                    for p in value
                )
                if not ok:
                    self.problem(record.file, line, "'pairs' must be [[question.pairs]] tables with left and right")
                    continue
                value = [[p["left"].strip(), p["right"].strip()] for p in value]
            elif key in LIST_FIELDS:
                if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                    self.problem(record.file, line, f"'{key}' must be a list of texts")
                    continue
                value = [v.strip() for v in value]
            elif not isinstance(value, str) or not value.strip():
                self.problem(record.file, line, f"'{key}' must be a text")
                continue
            else:
                value = value.strip()
            if key in ("choices", "items", "pairs") and len(value) != len(english[key]):
                self.problem(
                    record.file,
                    line,
                    f"'{key}' has {len(value)} entries but the English question '{record.id}' has "
                    f"{len(english[key])}: give them in the English order",
                )
                continue
            fields[key] = value
        return fields

    # -- chapters --------------------------------------------------------------------------
    def _load_chapter(self, path: Path, lang: str) -> None:
        from koryo_desktop.store.content_loader import _CITE, _HEADING, _LINK, _WEB, ID_RE, _toml_error_line

        rel = self._rel(path)
        if lang == ENGLISH:
            self.problem(rel, 1, "English is the source language: write it in the file without '.en'")
            return
        text = self.loader._read_text(path)
        if text is None:
            return
        lines = text.splitlines()
        if not lines or lines[0].strip() != "+++":
            self.problem(rel, 1, "a translated chapter must start with TOML front matter between two '+++' lines")
            return
        close = next((i for i in range(1, len(lines)) if lines[i].strip() == "+++"), None)
        if close is None:
            self.problem(rel, 1, "front matter is not closed: add a line with '+++' after it")
            return
        try:
            meta = tomllib.loads("\n".join(lines[1:close]))
        except tomllib.TOMLDecodeError as exc:
            at, message = _toml_error_line(exc)
            self.problem(rel, at + 1, f"TOML syntax error in front matter: {message}")
            return
        chapter_id = meta.get("id")
        english = {c.record.id: c for c in self.bundle.chapters}
        if not isinstance(chapter_id, str) or chapter_id not in english:
            self.problem(rel, 2, f"no English chapter has the id {chapter_id!r}")
            return
        done = self.result.chapters.setdefault(lang, {})
        if chapter_id in done:
            self.problem(rel, 2, f"chapter '{chapter_id}' is translated twice into '{lang}' ({done[chapter_id].file})")
            return
        source = english[chapter_id]
        fields: dict[str, Any] = {}
        for key, value in meta.items():
            if key in ("id", "from"):
                continue
            if key not in CHAPTER_FIELDS:
                self.problem(
                    rel, 2, f"'{key}' cannot be translated in a chapter (translatable: {', '.join(CHAPTER_FIELDS)})"
                )
            elif key in LIST_FIELDS and (
                not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value)
            ):
                self.problem(rel, 2, f"'{key}' must be a list of texts")
            elif key not in LIST_FIELDS and (not isinstance(value, str) or not value.strip()):
                self.problem(rel, 2, f"'{key}' must be a text")
            else:
                fields[key] = [v.strip() for v in value] if key in LIST_FIELDS else value.strip()
        recorded_raw = meta.get("from", {})
        recorded: dict[str, str] = {}
        if not isinstance(recorded_raw, dict) or not all(isinstance(v, str) for v in recorded_raw.values()):
            self.problem(rel, 2, "'from' must be a [from] table: the chapter's and each section's fingerprint")
        else:
            recorded = dict(recorded_raw)
        slugs = {s.slug for s in source.sections}
        for part in recorded:
            if part != CHAPTER_PART and part not in slugs:
                self.problem(rel, 2, f"[from] names '{part}', which is not a section of chapter '{chapter_id}'")

        sections: dict[str, TranslatedSection] = {}
        current: tuple[str, str, int] | None = ("introduction", "", close + 2)
        buffer: list[str] = []

        def flush() -> None:
            if current is None:
                return
            slug, title, line = current
            body = "\n".join(buffer).strip()
            if slug == "introduction" and not title and not body:
                return
            if slug not in slugs:
                self.problem(rel, line, f"chapter '{chapter_id}' has no section '{slug}' in English")
            elif slug in sections:
                self.problem(rel, line, f"section '{slug}' is translated twice (first at line {sections[slug].line})")
            else:
                english_title = next(s.title for s in source.sections if s.slug == slug)
                sections[slug] = TranslatedSection(slug, title or english_title, body, line)

        for number in range(close + 2, len(lines) + 1):
            line = lines[number - 1]
            match = _HEADING.match(line)
            if not match:
                buffer.append(line)
                continue
            flush()
            buffer = []
            attrs = (match.group(2) or "").split()
            ids = [a[1:] for a in attrs if a.startswith("#")]
            for attr in attrs:
                if not attr.startswith("#"):
                    self.problem(rel, number, f"unknown heading attribute '{attr}' (a translation gives only {{#id}})")
            if not ids or not ID_RE.match(ids[0]):
                self.problem(
                    rel,
                    number,
                    "a translated heading names the English section it translates: '## Title {#section-id}'",
                )
                current = None
                continue
            current = (ids[0], match.group(1).strip(), number)
        flush()

        chapter = TranslatedChapter(chapter_id, lang, fields, recorded, sections, file=rel)
        section_at_line = sorted((s.line, s.slug) for s in sections.values())
        for number in range(close + 2, len(lines) + 1):
            line = lines[number - 1]
            slug = next((s for start, s in reversed(section_at_line) if start <= number), "introduction")
            if _WEB.search(line):
                self.problem(rel, number, "web links do not belong in chapter text: cite a source with [@source-id]")
            for m in _LINK.finditer(line):
                chapter.links.append((slug, m.group(2), m.group(3), m.group(1), number))
            for m in _CITE.finditer(line):
                chapter.citations.append((slug, m.group(1), (m.group(2) or "").strip(), number))
        self.loader._check_chapter_links(rel, chapter.links, chapter.citations)
        done[chapter_id] = chapter


def status(bundle: ContentBundle, translations: Translations, languages: list[str]) -> list[StatusRow]:
    """For each language, every record (and chapter part) whose translation is missing, out of
    date or partial, and the ones that are current."""
    rows: list[StatusRow] = []
    for lang in languages:
        done = translations.records.get(lang, {})
        for kind in TRANSLATABLE:
            for record in bundle.records.get(kind, []):
                texts = english_texts(kind, record.data)
                if not texts:
                    continue
                expected = fingerprint(texts)
                found = done.get((kind, record.id))
                if found is None:
                    rows.append(StatusRow(lang, kind, record.id, "", "missing", expected, "", record.file))
                    continue
                missing = tuple(k for k in texts if k not in found.fields and k not in _OPTIONAL_FIELDS)
                state = "outdated" if found.recorded != expected else "partial" if missing else "current"
                rows.append(StatusRow(lang, kind, record.id, "", state, expected, found.recorded, found.file, missing))
        chapters = translations.chapters.get(lang, {})
        for chapter in bundle.chapters:
            found_chapter = chapters.get(chapter.record.id)
            for part, texts in chapter_texts(chapter).items():
                expected = fingerprint(texts)
                if found_chapter is None:
                    rows.append(
                        StatusRow(
                            lang, "chapter", chapter.record.id, part, "missing", expected, "", chapter.record.file
                        )
                    )
                    continue
                recorded = found_chapter.recorded.get(part, "")
                if part == CHAPTER_PART:
                    missing = tuple(k for k in texts if k not in found_chapter.fields)
                    present = bool(found_chapter.fields)
                else:
                    missing = () if part in found_chapter.sections else ("text",)
                    present = part in found_chapter.sections
                if not present:
                    state = "missing"
                elif recorded != expected:
                    state = "outdated"
                else:
                    state = "partial" if missing else "current"
                rows.append(
                    StatusRow(
                        lang, "chapter", chapter.record.id, part, state, expected, recorded, found_chapter.file, missing
                    )
                )
    return rows


# A translation may leave these out and still be whole: the English unit word or an accepted
# answer in another script is often right as it is.
_OPTIONAL_FIELDS = ("unit", "accepted", "name", "term", "name_notes")  # a route's or series' title: see TRANSLATABLE


_FROM_LINE = re.compile(r'^(\s*)from\s*=\s*"[^"]*"\s*(#.*)?$')
_ID_LINE = re.compile(r'^\s*id\s*=\s*"([^"]+)"')


def stamp(path: Path, bundle: ContentBundle, force: bool = False) -> int:
    """Write the fingerprint of today's English into a translation file's ``from`` fields where
    it is missing or empty (every one with ``force``), keeping the rest of the file as it is.
    Returns how many fingerprints were written. A curator stamps a translation once it says what
    the English says."""
    match = LANG_FILE.match(path.name)
    if match is None:
        raise ValueError(f"{path.name} is not a translation file (name.LANG.toml or name.LANG.md)")
    lines = path.read_text(encoding="utf-8").splitlines()
    if match.group("ext") == "md":
        written, lines = _stamp_chapter(lines, bundle, force)
    else:
        written, lines = _stamp_records(lines, path.parent.name, bundle, force)
    if written:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return written


def _stamp_records(lines: list[str], folder: str, bundle: ContentBundle, force: bool) -> tuple[int, list[str]]:
    from koryo_desktop.store.content_loader import TOML_KINDS

    table = TOML_KINDS[folder][0]
    english = bundle.by_id(table)
    header = re.compile(rf"^\s*\[\[\s*{table}\s*\]\]")
    out: list[str] = []
    written = 0
    # one pass per record: the record's lines run from its header to the next header
    starts = [i for i, line in enumerate(lines) if header.match(line)] + [len(lines)]
    out.extend(lines[: starts[0]])
    for start, end in itertools.pairwise(starts):
        block = lines[start:end]
        record_id = next((m.group(1) for m in map(_ID_LINE.match, block) if m), None)
        source = english.get(record_id or "")
        if source is None:
            out.extend(block)
            continue
        expected = fingerprint(english_texts(table, source.data))
        found = next(((i, m) for i, m in enumerate(map(_FROM_LINE.match, block)) if m), None)
        if found is None:
            id_at = next(i for i, line in enumerate(block) if _ID_LINE.match(line))
            block.insert(id_at + 1, f'from = "{expected}"')
            written += 1
        else:
            from_at, from_line = found
            current = re.search(r'"([^"]*)"', block[from_at])
            if force or not (current and current.group(1)):
                indent = from_line.group(1)
                if not current or current.group(1) != expected:
                    block[from_at] = f'{indent}from = "{expected}"'
                    written += 1
        out.extend(block)
    return written, out


def _stamp_chapter(lines: list[str], bundle: ContentBundle, force: bool) -> tuple[int, list[str]]:
    if not lines or lines[0].strip() != "+++":
        return 0, lines
    close = next((i for i in range(1, len(lines)) if lines[i].strip() == "+++"), None)
    if close is None:
        return 0, lines
    meta = tomllib.loads("\n".join(lines[1:close]))
    chapter = next((c for c in bundle.chapters if c.record.id == meta.get("id")), None)
    if chapter is None:
        return 0, lines
    old = meta.get("from", {}) if isinstance(meta.get("from"), dict) else {}
    body = "\n".join(lines[close + 1 :])
    present = {CHAPTER_PART} | {m.group(1) for m in re.finditer(r"\{#([a-z0-9-]+)\}", body)}
    if body.split("\n## ", 1)[0].strip() and not body.lstrip().startswith("## "):
        present.add("introduction")
    new: dict[str, str] = {}
    written = 0
    for part, texts in chapter_texts(chapter).items():
        if part not in present:
            if part in old:
                new[part] = old[part]
            continue
        expected = fingerprint(texts)
        if old.get(part) and not force:
            new[part] = old[part]
        else:
            new[part] = expected
            written += old.get(part) != expected
    front = lines[1:close]
    table_at = next((i for i, line in enumerate(front) if line.strip() == "[from]"), None)
    if table_at is not None:
        end = next((i for i in range(table_at + 1, len(front)) if front[i].lstrip().startswith("[")), len(front))
        front = front[:table_at] + front[end:]
    while front and not front[-1].strip():
        front.pop()
    front += ["", "[from]", *(f'{part} = "{value}"' for part, value in new.items())]
    return written, [lines[0], *front, *lines[close:]]
