"""A class's answers read back from a Learning Record Store, in the shape the class report takes
from results files: (learner, attempts) pairs, each attempt with its question id, whether it was
right, the answer in words and when. Only this app's "answered" statements count; a statement
the store hands back twice counts once. Learners are named as the statements name them (the
pseudonym or the id the school gave), never more."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from koryo_desktop.core.xapi import RESPONSE_WORDS, VERBS, course_iri, question_id_of
from koryo_desktop.core.xapi_client import LrsAnswer, LrsClient
from koryo_desktop.core.xapi_settings import XapiSettings, learner_label


def _mapping(value: object) -> Mapping[str, Any]:
    """``value`` when it is a mapping (a JSON object), else an empty one."""
    return value if isinstance(value, Mapping) else {}


def attempt_of(statement: Mapping[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """(learner, attempt) from one statement; None for a statement that is not an answer here."""
    verb = statement.get("verb")
    obj = statement.get("object")
    actor = statement.get("actor")
    if not isinstance(verb, Mapping) or verb.get("id") != VERBS["answered"]:
        return None
    if not isinstance(obj, Mapping) or not isinstance(actor, Mapping):
        return None
    question_id = question_id_of(str(obj.get("id", "")))
    if question_id is None:
        return None
    result = _mapping(statement.get("result"))
    extensions = _mapping(result.get("extensions"))
    words = extensions.get(RESPONSE_WORDS, result.get("response", ""))
    context = _mapping(statement.get("context"))
    return learner_label(actor), {
        "question_id": question_id,
        "correct": bool(result.get("success")),
        "answer": str(words or ""),
        "answered_at": str(statement.get("timestamp", "")),
        "session_id": str(context.get("registration", "")),
    }


def class_results(statements: Iterable[Mapping[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Each learner's answers, learners in the order they first appear, answers by time."""
    seen: set[str] = set()
    by_learner: dict[str, list[dict[str, Any]]] = {}
    for statement in statements:
        statement_id = str(statement.get("id", ""))
        if statement_id and statement_id in seen:
            continue
        seen.add(statement_id)
        found = attempt_of(statement)
        if found is not None:
            by_learner.setdefault(found[0], []).append(found[1])
    return [(learner, sorted(attempts, key=lambda a: a["answered_at"])) for learner, attempts in by_learner.items()]


def _grouped_under(statement: Mapping[str, Any], activity: str) -> bool:
    obj = statement.get("object")
    if isinstance(obj, Mapping) and obj.get("id") == activity:
        return True
    context = _mapping(statement.get("context"))
    groups = _mapping(context.get("contextActivities"))
    for value in groups.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Mapping) and item.get("id") == activity:
                return True
    return False


def _read(client: LrsClient, pages: int, group: str, **params: str) -> tuple[list[dict[str, Any]], LrsAnswer | None]:
    statements: list[dict[str, Any]] = []
    for item in client.statements(pages=pages, limit="500", **params):
        if isinstance(item, LrsAnswer):
            return statements, item
        if _grouped_under(item, group):
            statements.append(item)
    return statements, None


def read_class(client: LrsClient, settings: XapiSettings, pages: int = 1000) -> ClassRead:
    """The class's answers from the store: every "answered" statement grouped under the class
    (or, without a class, under this app's course), following the store's pages. The store is
    asked for just those; one that answers that with nothing is asked for all its statements,
    which are sorted here (Ralph 5.1's file backend never matches a verb or activity filter)."""
    group = settings.class_activity()
    activity = group["id"] if group else course_iri()
    statements, problem = _read(client, pages, activity, verb=VERBS["answered"], activity=activity,
                                related_activities="true")  # fmt: skip
    if not statements and problem is None:
        statements, problem = _read(client, pages, activity)
    return ClassRead(class_results(statements), len(statements), problem)


@dataclass(frozen=True)
class ClassRead:
    results: list[tuple[str, list[dict[str, Any]]]]
    statements: int  # how many of the class's statements the store handed back
    problem: LrsAnswer | None  # the answer that stopped the reading (None: all was read)
