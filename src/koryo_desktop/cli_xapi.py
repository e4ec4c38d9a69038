"""`koryo-desktop xapi …`: connect a school's Learning Record Store and look after its statements.

    configure   set the store's address, credentials, the school's home page, the actor scheme, a class
    set-id      give a learner on this computer the id the school knows them by
    status      what is set (never the password), how many statements wait, were sent or refused
    test        ask the store whether it answers and takes these credentials; print what it says
    send        send the waiting statements now (--dry-run: say what would be sent, send nothing)
    export      write statements to a JSON file, for a store that can only import files

Each works on the learner data of one data folder (--data-dir, as the app takes it). Qt is never
loaded: these run over SSH on a school's computers.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from koryo_desktop.core.xapi_settings import ACTOR_SCHEMES, XapiSettings

if TYPE_CHECKING:
    from koryo_desktop.store.learner_store import LearnerStore

_WHY = {
    "busy": "is in use by another program; close it and try again",
    "full": "cannot be written: the disk is full",
    "read_only": "cannot be written: the folder or file is read-only",
    "damaged": "is damaged and could not be repaired",
    "unavailable": "cannot be opened or created there",
}
_PROBLEMS = {
    "endpoint": "the store's address (--endpoint) must be a web address starting with http:// or https://",
    "home_page": "the school's home page (--home-page) must be a web address starting with http:// or https://",
    "actor": f"the actor scheme must be one of {', '.join(ACTOR_SCHEMES)}",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="koryo-desktop xapi", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands = {}
    for name, text in (
        ("configure", "set the store's address, credentials, the school's home page, the actor scheme"),
        ("set-id", "give a learner the id the school knows them by (for --actor school-id or email)"),
        ("status", "the settings (never the password) and how many statements wait, were sent or refused"),
        ("test", "check the connection and the credentials; print what the store says"),
        ("send", "send the waiting statements now"),
        ("export", "write statements to a JSON file (an array of statements)"),
    ):
        p = sub.add_parser(name, help=text, description=text)
        p.add_argument("--data-dir", type=Path, default=None, metavar="PATH",
                       help="the learner data folder (default: the user's data folder)")  # fmt: skip
        commands[name] = p
    p = commands["configure"]
    p.add_argument("--endpoint", metavar="URL", help="the store's xAPI address, e.g. https://lrs.example.org/xAPI/")
    p.add_argument("--username", metavar="NAME", help="Basic auth user (the store's key)")
    p.add_argument("--password-env", metavar="VAR", help="read the password (secret) from this environment variable")
    p.add_argument("--password-stdin", action="store_true", help="read the password (secret) from standard input")
    p.add_argument("--home-page", metavar="URL", help="the school's home page: the system the learners' ids belong to")
    p.add_argument(
        "--actor",
        choices=ACTOR_SCHEMES,
        help="how statements name a learner (default: school-id, a random id until the school gives one)",
    )
    p.add_argument("--class", dest="class_name", metavar="NAME", help="the class (empty: none)")
    switch = p.add_mutually_exclusive_group()
    switch.add_argument("--on", dest="enabled", action="store_const", const=True, help="record and send statements")
    switch.add_argument("--off", dest="enabled", action="store_const", const=False, help="record and send nothing")
    p = commands["set-id"]
    p.add_argument("learner", metavar="LEARNER", help="the learner's name on this computer ('Guest' for the guest)")
    p.add_argument("school_id", metavar="ID", help="the id the school gave them (empty: remove it)")
    p = commands["send"]
    p.add_argument("--dry-run", action="store_true", help="say what would be sent, and send nothing")
    p.add_argument("--retry-refused", action="store_true", help="queue the refused statements again first")
    p = commands["export"]
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    p.add_argument("--force", action="store_true", help="replace FILE.json if it exists")
    p.add_argument("--all", action="store_true", help="every statement kept, sent or not (default: those waiting)")
    p.add_argument("--mark-sent", action="store_true", help="count the exported statements as sent")
    return parser


def _fail(text: str) -> int:
    print(f"koryo-desktop xapi: {text}", file=sys.stderr)
    return 1


def _open(data_dir: Path | None) -> LearnerStore | str:
    from koryo_desktop import paths
    from koryo_desktop.core.errors import LearnerDataError
    from koryo_desktop.data_location import SharedFolderError, learner_database
    from koryo_desktop.store.learner_store import LearnerStore

    folder = Path(data_dir or paths.user_data_dir())
    if folder.exists() and not folder.is_dir():
        return f"{folder} is not a folder; --data-dir takes the learner data folder"
    try:
        file = learner_database(folder) if data_dir else folder / "learner.db"
        return LearnerStore(file)
    except SharedFolderError as exc:
        return str(exc)
    except LearnerDataError as exc:
        return f"the learner data in {folder} {_WHY.get(exc.kind, 'cannot be opened')}"


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    store = _open(args.data_dir)
    if isinstance(store, str):
        return _fail(store)
    try:
        return COMMANDS[args.command](store, args)
    finally:
        store.close()


def _settings(store: LearnerStore) -> XapiSettings:
    from koryo_desktop.store.xapi_journal import load_settings

    return load_settings(store)


def configure(store: LearnerStore, args: argparse.Namespace) -> int:
    from koryo_desktop.store.xapi_journal import save_settings

    if store.read_only:
        return _fail(f"the learner data in {store.path.parent} {_WHY.get(store.read_only, _WHY['read_only'])}")
    changes = {k: v for k in ("endpoint", "username", "home_page", "actor", "class_name", "enabled")
               if (v := getattr(args, k)) is not None}  # fmt: skip
    if args.password_env:
        if args.password_env not in os.environ:
            return _fail(f"the environment variable {args.password_env} is not set; nothing was changed")
        changes["password"] = os.environ[args.password_env]
    elif args.password_stdin:
        changes["password"] = sys.stdin.readline().rstrip("\r\n")
    settings = XapiSettings.from_dict({**_settings(store).to_dict(), **changes})
    if settings.enabled and settings.problems():
        return _fail("; ".join(_PROBLEMS[p] for p in settings.problems()) + ". Nothing was changed")
    save_settings(store, settings)
    print(_describe(settings))
    return 0


def _describe(settings: XapiSettings) -> str:
    state = "on" if settings.active else ("off" if not settings.enabled else "on, but incomplete")
    lines = [
        f"statements: {state}",
        f"store: {settings.endpoint or '(not set)'}",
        f"user: {settings.username or '(none)'}; password: {'set' if settings.password else 'not set'}",
        f"school's home page: {settings.home_page or '(not set)'}",
        f"actor: {settings.actor}",
        f"class: {settings.class_name or '(none)'}",
    ]
    return "\n".join(lines)


def set_id(store: LearnerStore, args: argparse.Namespace) -> int:
    from koryo_desktop.store.learner_store import GUEST_ID
    from koryo_desktop.store.xapi_journal import SCHOOL_ID_KEY

    wanted = args.learner.strip().casefold()
    found = [r for r in store.learners() if r["name"].casefold() == wanted or (r["is_guest"] and wanted == "guest")]
    if not found:
        names = ", ".join(r["name"] for r in store.learners() if not r["is_guest"]) or "none yet"
        return _fail(f"no learner called {args.learner!r} here (learners: {names}; the guest is 'Guest')")
    learner_id = found[0]["id"]
    store.set_setting(SCHOOL_ID_KEY, args.school_id.strip() or None, learner_id)
    who = "the guest" if learner_id == GUEST_ID else found[0]["name"]
    print(f"{who}: school id {args.school_id.strip()!r}" if args.school_id.strip() else f"{who}: school id removed")
    return 0


def status(store: LearnerStore, args: argparse.Namespace) -> int:
    from koryo_desktop.store.xapi_queue import XapiQueue

    settings = _settings(store)
    print(_describe(settings))
    queue = XapiQueue.open(store.path)
    try:
        counts = queue.counts()
        print(f"waiting: {counts['queued']}; sent: {counts['sent']}; refused: {counts['refused']}")
        for item in queue.refused(limit=20):
            print(f"  refused {item.created_at} {item.verb} {item.activity}: HTTP {item.status}: {item.reason}")
    finally:
        queue.close()
    return 0


def test(store: LearnerStore, args: argparse.Namespace) -> int:
    from koryo_desktop.core.xapi_client import LrsClient

    settings = _settings(store)
    if "endpoint" in settings.problems():
        return _fail("no store is set: " + _PROBLEMS["endpoint"])
    client = LrsClient(settings.endpoint, settings.username, settings.password, timeout=15)
    about = client.about()
    print(f"GET {client.endpoint}about: {_answer(about)}")
    read = client.get(limit="1")
    print(f"GET {settings.statements_url}?limit=1: {_answer(read)}")
    if read.status in (401, 403):
        print("The store refused these credentials for reading statements. Sending needs only "
              "permission to write them; the class report needs permission to read.")  # fmt: skip
    if read.status == 0:
        return _fail("the store did not answer; check the address and the network")
    if read.status == 401:
        return _fail("the store did not accept the user name and password")
    if read.status >= 500 or read.status == 404:
        return _fail("the store answered with an error; check the address (it ends with the xAPI path, e.g. /xAPI/)")
    print("The store answers." + ("" if settings.active else " Statements are off: turn them on with --on."))
    return 0


def _answer(answer: object) -> str:
    from koryo_desktop.core.xapi_client import LrsAnswer

    assert isinstance(answer, LrsAnswer)
    if answer.status == 0:
        return f"no answer ({answer.body})"
    return f"HTTP {answer.status} {' '.join(answer.body.split())[:300]}"


def send(store: LearnerStore, args: argparse.Namespace) -> int:
    from koryo_desktop.core.xapi_client import LrsClient
    from koryo_desktop.store.xapi_queue import XapiQueue
    from koryo_desktop.store.xapi_sender import XapiSender

    settings = _settings(store)
    queue = XapiQueue.open(store.path)
    try:
        if args.retry_refused and not args.dry_run:
            print(f"queued again: {queue.requeue_refused()}")
        waiting = queue.statements()
        if args.dry_run:
            verbs: dict[str, int] = {}
            for statement in waiting:
                verb = statement["verb"]["id"].rsplit("/", 1)[-1]
                verbs[verb] = verbs.get(verb, 0) + 1
            where = settings.statements_url if settings.endpoint else "(no store set)"
            kinds = ", ".join(f"{n} {v}" for v, n in sorted(verbs.items())) or "nothing"
            print(f"would send {len(waiting)} statement(s) to {where}: {kinds}")
            if waiting:
                print(json.dumps(waiting[0], ensure_ascii=False, indent=1))
            return 0
        if settings.problems():
            return _fail("; ".join(_PROBLEMS[p] for p in settings.problems()))
        client = LrsClient(settings.endpoint, settings.username, settings.password)
        report = XapiSender(queue, client).send()
    finally:
        queue.close()
    print(f"sent: {report.sent}; refused: {report.refused}; still waiting: {report.left}")
    if report.stopped:
        return _fail(f"sending stopped: {report.error}; the statements left wait for the next try")
    return 0


def export(store: LearnerStore, args: argparse.Namespace) -> int:
    from koryo_desktop.cli_output import OutputRefused, check_output
    from koryo_desktop.store.xapi_queue import QUEUED, REFUSED, SENT, XapiQueue

    try:
        check_output(args.output, args.force)
    except OutputRefused as exc:
        return _fail(str(exc))
    queue = XapiQueue.open(store.path)
    try:
        statements = queue.statements((QUEUED, SENT, REFUSED) if args.all else (QUEUED,))
        waiting = [s["id"] for s in queue.statements((QUEUED,))] if args.mark_sent else []
        temporary = args.output.with_name(args.output.name + ".part")
        try:
            temporary.write_text(json.dumps(statements, ensure_ascii=False, indent=1), encoding="utf-8")
            temporary.replace(args.output)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            return _fail(f"could not write {args.output}: {exc.strerror or exc}")
        if args.mark_sent:
            queue.mark_sent(waiting)
    finally:
        queue.close()
    print(f"{len(statements)} statement(s) written to {args.output}")
    return 0


COMMANDS = {"configure": configure, "set-id": set_id, "status": status, "test": test, "send": send, "export": export}
