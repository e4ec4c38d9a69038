"""`koryo-desktop content …`: build, check, count and search the content without starting the app."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

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
    p = sub.add_parser("stats", help="row counts per table")
    p.add_argument("db", type=Path, nargs="?", metavar="DB", help="default: the app's content database")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("search", help="search the content the way the app does")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--db", type=Path, default=None, help="default: the app's content database")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)
    return parser


def _default_db() -> Path:
    from koryo_desktop import paths
    from koryo_desktop.store.provision import ensure_content_database

    bundled = paths.bundled_database()
    if bundled is not None:
        return bundled
    return ensure_content_database(paths.content_sources_dir(), paths.user_cache_dir())


def _report(exc: ContentValidationError) -> int:
    for problem in exc.problems:
        print(problem, file=sys.stderr)
    count = len(exc.problems)
    print(f"{count} problem{'s' if count != 1 else ''} found; nothing was built.", file=sys.stderr)
    return 1


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from koryo_desktop.store import content_builder
    from koryo_desktop.store.content_store import ContentStore

    try:
        if args.command == "check":
            bundle = content_builder.check(args.src)
            counts = {kind: len(items) for kind, items in bundle.records.items()}
            print(f"{args.src}: OK — " + ", ".join(f"{n} {k}" for k, n in counts.items()))
            return 0
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
