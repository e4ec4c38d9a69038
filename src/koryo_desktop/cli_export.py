"""`koryo-desktop export …`: write the content in formats other tools read."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from koryo_desktop.config import LANGUAGES, Config
from koryo_desktop.core.errors import ContentDatabaseError, ContentValidationError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="koryo-desktop export", description="Export Koryo Desktop's content.")
    sub = parser.add_subparsers(dest="format", required=True, metavar="FORMAT")
    p = sub.add_parser("timelinejs", help="events and eras as TimelineJS 3 JSON, for a museum's web site")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    p.add_argument("--lang", choices=list(LANGUAGES), default="en", help="language of dates and categories")
    p.add_argument("--content", type=Path, default=None, metavar="DB", help="another content database")
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from PySide6.QtCore import QCoreApplication

    from koryo_desktop.app import open_content
    from koryo_desktop.ui.i18n import Translations
    from koryo_desktop.ui.timeline.timelinejs_export import timelinejs_document

    try:
        store = open_content(Config(content=args.content))
    except (ContentValidationError, ContentDatabaseError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    translations = Translations(app)
    translations.set_language(args.lang)
    document = timelinejs_document(store)
    translations.set_language("en")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {len(document['events'])} events and {len(document['eras'])} eras to {args.output}")
    return 0
