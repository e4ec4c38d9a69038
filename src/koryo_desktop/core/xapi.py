"""xAPI 1.0.3 statements (IEEE 9274.1.1) for what a learner does, in plain Python.

Every activity has an IRI under ``ACTIVITY_BASE`` made of the content's own ids, never of texts,
so a question, chapter or section keeps its id across content versions and languages. A question's
definition carries its text and choices in each language the content has it in (a language map);
choice ids are the choices' authored positions, the same in every language. What the learner
answered goes in ``result.response`` in the interaction type's format (choice ids and so on) and, in
the words the learner saw, in the ``response-words`` extension. Nothing here knows the learner's
name: the actor is built from the school's settings (see ``core.xapi_settings``).
"""

from __future__ import annotations

import datetime as _dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from koryo_desktop.core.entities import Question
from koryo_desktop.core.quiz import Presented, parse_number

XAPI_VERSION = "1.0.3"
ACTIVITY_BASE = "https://koryo-desktop.github.io/xapi"
PLATFORM = "Koryo Desktop"
RESPONSE_WORDS = f"{ACTIVITY_BASE}/extensions/response-words"  # the answer as the learner saw it
MODE = f"{ACTIVITY_BASE}/extensions/mode"  # practice, test or review
PROGRESS = "https://w3id.org/xapi/cmi5/result/extensions/progress"  # 0–100, as cmi5 defines it

VERBS = {
    "answered": "http://adlnet.gov/expapi/verbs/answered",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "experienced": "http://adlnet.gov/expapi/verbs/experienced",
}
TYPES = {
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
    "chapter": "http://adlnet.gov/expapi/activities/lesson",
    "section": "http://activitystrea.ms/schema/1.0/page",
    "course": "http://adlnet.gov/expapi/activities/course",
    "class": "http://activitystrea.ms/schema/1.0/group",
}
# the quiz's question types as xAPI interaction types
INTERACTIONS = {"single": "choice", "multiple": "choice", "true_false": "true-false", "order": "sequencing",
                "match": "matching", "number": "numeric", "short": "fill-in"}  # fmt: skip


# -- activity ids ------------------------------------------------------------------------------
def course_iri() -> str:
    return f"{ACTIVITY_BASE}/course"


def question_iri(question_id: str) -> str:
    return f"{ACTIVITY_BASE}/questions/{question_id}"


def chapter_iri(chapter_id: str) -> str:
    return f"{ACTIVITY_BASE}/chapters/{chapter_id}"


def section_iri(chapter_id: str, slug: str) -> str:
    return f"{ACTIVITY_BASE}/chapters/{chapter_id}/sections/{slug}"


def round_iri(mode: str) -> str:
    return f"{ACTIVITY_BASE}/quiz/{mode}"


def question_id_of(iri: str) -> str | None:
    """The question id in a question's activity id; None for any other activity."""
    prefix = f"{ACTIVITY_BASE}/questions/"
    return iri[len(prefix) :] if iri.startswith(prefix) and len(iri) > len(prefix) else None


def new_id() -> str:
    return str(uuid.uuid4())


def registration(session_id: str, learner_key: str) -> str:
    """The round's registration: a UUID made from the round and the learner (the same on a retry)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{ACTIVITY_BASE}/rounds/{learner_key}/{session_id}"))


def timestamp(moment: _dt.datetime | None = None) -> str:
    moment = moment or _dt.datetime.now(_dt.UTC)
    return moment.astimezone(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def iso_duration(seconds: float) -> str:
    """An ISO 8601 duration to the hundredth of a second: 'PT12.34S', 'PT1H2M3.5S'."""
    hundredths = max(0, round(seconds * 100))
    hours, rest = divmod(hundredths, 360_000)
    minutes, rest = divmod(rest, 6_000)
    secs = f"{rest // 100}.{rest % 100:02d}".rstrip("0").rstrip(".")
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{secs}S"


# -- a question's definition -------------------------------------------------------------------
def _answer(question: Question) -> dict[str, Any]:
    return question.answer if isinstance(question.answer, dict) else {}


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _components(texts_by_lang: Mapping[str, Sequence[str]], prefix: str) -> list[dict[str, Any]]:
    english = next(iter(texts_by_lang.values()))
    components = []
    for i in range(len(english)):
        texts = {lang: texts[i] for lang, texts in texts_by_lang.items() if i < len(texts) and texts[i]}
        components.append({"id": f"{prefix}{i + 1}", "description": texts})
    return components


def definition(versions: Mapping[str, Question]) -> dict[str, Any]:
    """The activity definition of one question from its texts in each language (English first):
    the question's text, its interaction type, the right answers' pattern and the choices."""
    question = next(iter(versions.values()))
    kind = INTERACTIONS.get(question.type, "other")
    prompts = {lang: q.prompt for lang, q in versions.items() if q.prompt}
    out: dict[str, Any] = {"type": TYPES["question"], "name": prompts, "description": prompts, "interactionType": kind}
    answer = _answer(question)
    if question.type in ("single", "multiple"):
        out["choices"] = _components({lang: [c.text for c in q.choices] for lang, q in versions.items()}, "")
        out["correctResponsesPattern"] = ["[,]".join(str(i + 1) for i, c in enumerate(question.choices) if c.correct)]
    elif question.type == "true_false":
        out["correctResponsesPattern"] = ["true" if answer.get("answer") else "false"]
    elif question.type == "order":
        items = {lang: list(_answer(q).get("items", [])) for lang, q in versions.items()}
        out["choices"] = _components(items, "item-")
        out["correctResponsesPattern"] = ["[,]".join(f"item-{i + 1}" for i in range(len(answer.get("items", []))))]
    elif question.type == "match":
        pairs = {lang: _answer(q).get("pairs", []) for lang, q in versions.items()}
        out["source"] = _components({lang: [p["left"] for p in ps] for lang, ps in pairs.items()}, "left-")
        out["target"] = _components({lang: [p["right"] for p in ps] for lang, ps in pairs.items()}, "right-")
        count = len(answer.get("pairs", []))
        out["correctResponsesPattern"] = ["[,]".join(f"left-{i + 1}[.]right-{i + 1}" for i in range(count))]
    elif question.type == "number" and "answer" in answer:
        value, tolerance = float(answer["answer"]), float(answer.get("tolerance", 0))
        out["correctResponsesPattern"] = [f"{_number(value - tolerance)}[:]{_number(value + tolerance)}"
                                          if tolerance else _number(value)]  # fmt: skip
    elif question.type == "short":
        accepted = dict.fromkeys(a for q in versions.values() for a in _answer(q).get("accepted", []) if a)
        out["correctResponsesPattern"] = [f"{{case_matters=false}}{a}" for a in accepted]
    return {key: value for key, value in out.items() if value not in ({}, [], [""])}


def _index(texts: Sequence[str], text: Any) -> int | None:
    try:
        return list(texts).index(text)
    except ValueError:
        return None


def response(presented: Presented, answer: Any) -> str:
    """What the learner answered, in the interaction type's format: ids of the choices (by their
    authored position, whatever order they were shown in), 'true', a number, the text typed."""
    question = presented.question
    if answer is None:
        return ""
    if question.type in ("single", "multiple"):
        picked = [answer] if question.type == "single" else sorted(answer)
        texts = [c.text for c in question.choices]
        ids = [_index(texts, presented.options[i]) for i in picked if 0 <= int(i) < len(presented.options)]
        return "[,]".join(str(i + 1) for i in sorted(i for i in ids if i is not None))
    if question.type == "true_false":
        return "true" if answer else "false"
    if question.type == "order":
        items = _answer(question).get("items", [])
        return "[,]".join(f"item-{i + 1}" for i in (_index(items, item) for item in answer) if i is not None)
    if question.type == "match":
        pairs = _answer(question).get("pairs", [])
        lefts, rights = [p["left"] for p in pairs], [p["right"] for p in pairs]
        out = []
        for left, right in dict(answer).items():
            li, ri = _index(lefts, left), _index(rights, right)
            if li is not None and ri is not None:
                out.append(f"left-{li + 1}[.]right-{ri + 1}")
        return "[,]".join(sorted(out))
    if question.type == "number":
        value = parse_number(answer)
        return _number(value) if value is not None else str(answer)
    return str(answer)


# -- statements --------------------------------------------------------------------------------
def _activity(iri: str, kind: str, names: Mapping[str, str] | None = None) -> dict[str, Any]:
    activity: dict[str, Any] = {"objectType": "Activity", "id": iri}
    definition_: dict[str, Any] = {"type": TYPES[kind]}
    if names:
        definition_["name"] = {lang: text for lang, text in names.items() if text}
    activity["definition"] = definition_
    return activity


def _statement(actor: Mapping[str, Any], verb: str, obj: dict[str, Any], context: dict[str, Any],
               result: dict[str, Any] | None, when: str | None, statement_id: str | None) -> dict[str, Any]:  # fmt: skip
    statement: dict[str, Any] = {
        "id": statement_id or new_id(),
        "actor": dict(actor),
        "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
        "object": obj,
    }
    if result:
        statement["result"] = result
    statement["context"] = context
    statement["timestamp"] = when or timestamp()
    return statement


def _context(parents: Sequence[dict[str, Any]], grouping: Sequence[dict[str, Any]], revision: str,
             language: str, registration_: str | None = None,
             extensions: Mapping[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
    context: dict[str, Any] = {"platform": PLATFORM, "language": language}
    if registration_:
        context["registration"] = registration_
    if revision:
        context["revision"] = revision
    activities: dict[str, Any] = {}
    if parents:
        activities["parent"] = list(parents)
    activities["grouping"] = [_activity(course_iri(), "course", {"en": PLATFORM}), *grouping]
    context["contextActivities"] = activities
    if extensions:
        context["extensions"] = dict(extensions)
    return context


def answered(actor: Mapping[str, Any], presented: Presented, answer: Any, correct: bool, given: str,
             seconds: float, versions: Mapping[str, Question], *, mode: str, registration_: str,
             revision: str = "", language: str = "en", grouping: Sequence[dict[str, Any]] = (),
             when: str | None = None, statement_id: str | None = None) -> dict[str, Any]:  # fmt: skip
    """A learner answered a question: right or not, the answer in the type's format and in words,
    and how long it took. ``versions``: the question in each language the content has it in."""
    question = presented.question
    obj = {"objectType": "Activity", "id": question_iri(question.id), "definition": definition(versions)}
    result: dict[str, Any] = {"success": bool(correct), "completion": True, "response": response(presented, answer),
                              "duration": iso_duration(seconds)}  # fmt: skip
    if given:
        result["extensions"] = {RESPONSE_WORDS: given}
    groups = [_activity(chapter_iri(question.chapter_id), "chapter")] if question.chapter_id else []
    context = _context([_activity(round_iri(mode), "assessment")], [*groups, *grouping], revision, language,
                       registration_, {MODE: mode})  # fmt: skip
    return _statement(actor, "answered", obj, context, result, when, statement_id)


def round_completed(actor: Mapping[str, Any], mode: str, names: Mapping[str, str], right: int, total: int,
                    seconds: float, *, registration_: str, revision: str = "", language: str = "en",
                    grouping: Sequence[dict[str, Any]] = (), when: str | None = None) -> dict[str, Any]:  # fmt: skip
    """A practice, test or review round ended: its score (right answers out of the questions)."""
    score = {"raw": right, "min": 0, "max": max(total, right), "scaled": round(right / total, 4) if total else 0}
    result = {"score": score, "completion": True, "duration": iso_duration(seconds)}
    context = _context([], grouping, revision, language, registration_, {MODE: mode})
    return _statement(actor, "completed", _activity(round_iri(mode), "assessment", names), context, result, when, None)


def section_experienced(actor: Mapping[str, Any], chapter_id: str, slug: str, titles: Mapping[str, str],
                        chapter_titles: Mapping[str, str], progress: int, *, revision: str = "",
                        language: str = "en", grouping: Sequence[dict[str, Any]] = (),
                        when: str | None = None) -> dict[str, Any]:  # fmt: skip
    """A learner read a section of a chapter; ``progress``: the share of the chapter's sections
    read so far, 0–100."""
    obj = _activity(section_iri(chapter_id, slug), "section", titles)
    context = _context([_activity(chapter_iri(chapter_id), "chapter", chapter_titles)], grouping, revision, language)
    result = {"extensions": {PROGRESS: max(0, min(100, int(progress)))}}
    return _statement(actor, "experienced", obj, context, result, when, None)


def chapter_completed(actor: Mapping[str, Any], chapter_id: str, titles: Mapping[str, str], *, revision: str = "",
                      language: str = "en", grouping: Sequence[dict[str, Any]] = (),
                      when: str | None = None) -> dict[str, Any]:  # fmt: skip
    """A learner has read every section of a chapter."""
    result = {"completion": True, "extensions": {PROGRESS: 100}}
    context = _context([], grouping, revision, language)
    return _statement(actor, "completed", _activity(chapter_iri(chapter_id), "chapter", titles), context, result,
                      when, None)  # fmt: skip
