"""`koryo-desktop content …`: build, check, count and search the content without starting the app."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from koryo_desktop.cli_output import OutputRefused
from koryo_desktop.core.errors import ContentDatabaseError, ContentValidationError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="koryo-desktop content", description="Build, check, count and search Koryo Desktop's content."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser("build", help="validate SRC_DIR and compile it into a database")
    p.add_argument("src", type=Path, metavar="SRC_DIR")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.db")
    p.add_argument("--force", action="store_true", help="replace OUT.db even when it is not a content database")
    p = sub.add_parser("check", help="validate SRC_DIR only; list every problem as file:line")
    p.add_argument("src", type=Path, metavar="SRC_DIR")
    p = sub.add_parser("status", help="what is missing or out of date in each translation")
    p.add_argument("src", type=Path, nargs="?", metavar="SRC_DIR", help="default: the app's own content")
    p.add_argument("--lang", action="append", metavar="LANG", help="only this language (may repeat)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="list current translations too")
    p = sub.add_parser("stamp", help="record that a translation file matches today's English")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE.LANG.toml|FILE.LANG.md")
    p.add_argument("--src", type=Path, default=None, metavar="SRC_DIR", help="default: the folder above FILE's")
    p.add_argument("--force", action="store_true", help="restamp fingerprints that are already there")
    p = sub.add_parser("stats", help="row counts per table")
    p.add_argument("db", type=Path, nargs="?", metavar="DB", help="default: the app's content database")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("search", help="search the content the way the app does")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--db", type=Path, default=None, help="default: the app's content database")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--lang", default="en", metavar="LANG", help="search the content as a reader of LANG sees it")
    return parser


def _default_db() -> Path:
    from koryo_desktop.content_database import default_database

    return default_database()


def _report(exc: ContentValidationError) -> int:
    for problem in exc.problems:
        print(problem, file=sys.stderr)
    count = len(exc.problems)
    print(f"{count} problem{'s' if count != 1 else ''} found; nothing was built.", file=sys.stderr)
    return 1


def _languages(bundle: Any, wanted: list[str] | None = None) -> list[str]:
    from koryo_desktop.config import languages

    if wanted:
        return wanted
    return sorted((set(languages()) | set(bundle.translations.languages())) - {"en"})


def _warn_translations(bundle: Any) -> None:
    from koryo_desktop.store import terminology
    from koryo_desktop.store.content_translations import status

    for lang in bundle.translations.languages():
        for line in terminology.conflicts(bundle.root, lang) + terminology.problems(bundle, lang):
            print(f"warning: {line}", file=sys.stderr)

    rows = status(bundle, bundle.translations, _languages(bundle))
    for lang in _languages(bundle):
        counts: dict[str, int] = {}
        for row in rows:
            if row.lang == lang and row.state != "current":
                counts[row.state] = counts.get(row.state, 0) + 1
        if counts:
            what = ", ".join(f"{n} {state}" for state, n in sorted(counts.items()))
            print(
                f"warning: the '{lang}' translation has {what} (see: koryo-desktop content status --lang {lang})",
                file=sys.stderr,
            )


def _status(args: argparse.Namespace) -> int:
    from koryo_desktop import paths
    from koryo_desktop.store import content_builder
    from koryo_desktop.store.content_translations import status

    src = args.src or paths.content_sources_dir()
    bundle = content_builder.check(src)
    rows = status(bundle, bundle.translations, _languages(bundle, args.lang))
    shown = [r for r in rows if args.all or r.state != "current"]
    if args.json:
        summary: dict[str, dict[str, int]] = {}
        for row in rows:
            summary.setdefault(row.lang, {}).setdefault(row.state, 0)
            summary[row.lang][row.state] += 1
        print(
            json.dumps(
                {
                    "languages": summary,
                    "records": [
                        {
                            "lang": r.lang,
                            "kind": r.kind,
                            "id": r.record_id,
                            "part": r.part,
                            "state": r.state,
                            "expected": r.expected,
                            "recorded": r.recorded,
                            "file": r.file,
                            "missing_fields": list(r.missing_fields),
                        }
                        for r in shown
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    for row in shown:
        part = f"#{row.part}" if row.part else ""
        extra = f" (no {', '.join(row.missing_fields)})" if row.missing_fields and row.state == "partial" else ""
        print(
            f"{row.lang}  {row.state:<8}  {row.kind:<8} {row.record_id}{part}  from {row.expected}{extra}  {row.file}"
        )
    for lang in sorted({r.lang for r in rows}):
        mine = [r for r in rows if r.lang == lang]
        current = sum(r.state == "current" for r in mine)
        print(f"{lang}: {current} of {len(mine)} current", file=sys.stderr)
    return 0


def _stamp(args: argparse.Namespace) -> int:
    from koryo_desktop.store import content_builder
    from koryo_desktop.store.content_translations import stamp

    bundles: dict[Path, Any] = {}
    for path in args.files:
        src = args.src or path.resolve().parent.parent
        if src not in bundles:
            bundles[src] = content_builder.check(src)
        try:
            written = stamp(path, bundles[src], force=args.force)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"{path}: {written} fingerprint{'s' if written != 1 else ''} written")
    return 0


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from koryo_desktop.store import content_builder
    from koryo_desktop.store.content_store import ContentStore

    try:
        if args.command == "check":
            bundle = content_builder.check(args.src)
            counts = {kind: len(items) for kind, items in bundle.records.items()}
            print(f"{args.src}: OK — " + ", ".join(f"{n} {k}" for k, n in counts.items()))
            _warn_translations(bundle)
            return 0
        if args.command == "status":
            return _status(args)
        if args.command == "stamp":
            return _stamp(args)
        if args.command == "build":
            from koryo_desktop.cli_output import check_output, is_content_database

            check_output(args.output, args.force, ours=is_content_database, sources=args.src)
            content_builder.build(args.src, args.output)
            store = ContentStore(args.output)
            stats = store.stats()
            store.close()
            print(f"built {args.output}: " + ", ".join(f"{n} {t}" for t, n in stats.items() if n))
            return 0
        db = args.db or _default_db()
        store = ContentStore(db)
        if args.command == "stats":
            stats = store.stats()
            if args.json:
                print(json.dumps({"database": str(db), "content_version": store.content_version, "tables": stats}))
            else:
                print(f"{db} (content version {store.content_version})")
                width = max(len(t) for t in stats)
                for table, count in stats.items():
                    print(f"  {table:<{width}}  {count:>6}")
            return 0
        store.set_language(args.lang)
        result = store.search.search(args.query, limit=args.limit)
        if args.json:
            print(
                json.dumps(
                    {
                        "query": args.query,
                        "hits": [
                            {
                                "kind": h.kind,
                                "id": h.record_id,
                                "title": h.title,
                                "target": h.target,
                                "score": round(h.score, 3),
                                "snippet": h.snippet_html,
                            }
                            for h in result.hits
                        ],
                        "suggestions": list(result.suggestions),
                    },
                    ensure_ascii=False,
                )
            )
        else:
            if not result.hits:
                print(f"No results for '{args.query}'.")
                if result.suggestions:
                    print("Did you mean: " + ", ".join(result.suggestions) + "?")
            for rank, hit in enumerate(result.hits, 1):
                snippet = hit.snippet_html.replace("<b>", "[").replace("</b>", "]")
                print(f"{rank:>3}. {hit.kind:<8} {hit.target:<40} {hit.title}")
                print(f"     {snippet}")
        return 0
    except ContentValidationError as exc:
        return _report(exc)
    except ContentDatabaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OutputRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        print(f"error: cannot read or write{where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
