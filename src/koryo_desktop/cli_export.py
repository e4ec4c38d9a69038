"""`koryo-desktop export …`: write the content in formats other tools read."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from koryo_desktop.catalog import QT_TRANSLATE_NOOP, Catalog
from koryo_desktop.config import languages
from koryo_desktop.core.errors import ContentDatabaseError, ContentValidationError

if TYPE_CHECKING:
    from koryo_desktop.store.content_store import ContentStore

APP_NAME = "Koryo Desktop"

QUESTION_FORMATS = {
    "anki": ("FILE.apkg", "quiz questions as an Anki deck, one card per question"),
    "moodle": ("FILE.xml", "quiz questions as Moodle XML, for a Moodle question bank"),
    "gift": ("FILE.txt", "quiz questions as Moodle GIFT text"),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="koryo-desktop export", description="Export Koryo Desktop's content.")
    sub = parser.add_subparsers(dest="format", required=True, metavar="FORMAT")
    p = sub.add_parser("timelinejs", help="events and eras as TimelineJS 3 JSON, for a museum's web site")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    p.add_argument("--force", action="store_true", help="replace FILE.json if it exists")
    p.add_argument(
        "--lang", choices=list(languages()), default="en", help="language of the texts, dates and categories"
    )
    p.add_argument("--content", type=Path, default=None, metavar="DB", help="another content database")
    for name, (metavar, help_text) in QUESTION_FORMATS.items():
        p = sub.add_parser(name, help=help_text)
        p.add_argument("-o", "--output", type=Path, required=True, metavar=metavar)
        p.add_argument("--lang", choices=list(languages()), default="en", help="language of the questions")
        p.add_argument("--force", action="store_true", help=f"replace {metavar} if it exists")
        p.add_argument("--chapter", default=None, metavar="ID", help="only this chapter's questions (default: all)")
        p.add_argument("--content", type=Path, default=None, metavar="DB", help="another content database")
        if name == "anki":
            p.add_argument("--deck", default=None, metavar="NAME", help="deck name (default: from the chapter)")
        else:
            p.add_argument("--category", default=None, metavar="PATH", help="question bank category")
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from koryo_desktop.cli_output import OutputRefused, check_output
    from koryo_desktop.content_database import open_content

    try:
        check_output(args.output, args.force)
    except OutputRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    try:
        store = open_content(args.content)
    except (ContentValidationError, ContentDatabaseError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    store.set_language(args.lang)
    catalog = Catalog(args.lang)
    try:
        if args.format == "timelinejs":
            return _timelinejs(store, catalog, args)
        return _questions(store, catalog, args)
    finally:
        store.close()


def _timelinejs(store: ContentStore, catalog: Catalog, args: argparse.Namespace) -> int:
    from koryo_desktop.core.timelinejs import timelinejs

    document = timelinejs(
        sorted(store.events.all(), key=lambda e: (e.date.sort_key(), e.id)),
        store.events.eras(),
        catalog.lookup("TimelineExport", QT_TRANSLATE_NOOP("TimelineExport", "Koryo-saram: a timeline")),
        catalog.lookup(
            "TimelineExport",
            QT_TRANSLATE_NOOP("TimelineExport", "The Korean diaspora of Central Asia, from the 1860s to today."),
        ),
        category_label=catalog.category_label,
        date_text=catalog.format_date,
    )
    try:
        args.output.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError as exc:
        from koryo_desktop.cli_output import write_failed

        print(f"error: {write_failed(args.output, exc)}", file=sys.stderr)
        return 1
    print(f"wrote {len(document['events'])} events and {len(document['eras'])} eras to {args.output}")
    return 0


def _questions(store: ContentStore, catalog: Catalog, args: argparse.Namespace) -> int:
    """anki, moodle, gift: the questions of one chapter or of all, without Qt."""
    from koryo_desktop.core import question_export

    title = ""
    if args.chapter is not None:
        chapter = store.chapters.get(args.chapter)
        if chapter is None:
            valid = ", ".join(store.chapters.ids())
            print(f"error: unknown chapter '{args.chapter}'. Valid chapter ids: {valid}", file=sys.stderr)
            return 2
        title = f"{chapter.number:02d} {chapter.title}"
    questions = store.questions.all(chapter_id=args.chapter)
    try:
        if args.format == "anki":
            deck = args.deck or (f"{APP_NAME}::{title.replace('::', ':')}" if title else APP_NAME)
            question_export.to_anki(questions, args.output, deck, catalog.translator("Export"))
        else:
            # Moodle category paths use / between levels; a literal / is written //
            category = args.category or f"$course$/{APP_NAME}" + (f"/{title.replace('/', '//')}" if title else "")
            export = question_export.to_gift if args.format == "gift" else question_export.to_moodle_xml
            args.output.write_text(export(questions, category), encoding="utf-8")
    except OSError as exc:
        from koryo_desktop.cli_output import write_failed

        print(f"error: {write_failed(args.output, exc)}", file=sys.stderr)
        return 1
    where = f"chapter {args.chapter}" if args.chapter else "all chapters"
    print(f"wrote {len(questions)} questions ({where}) to {args.output}")
    return 0
