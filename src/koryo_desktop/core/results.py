"""Learners' results: mastery per chapter, weak topics, the file a learner hands in, and the
per-question report a teacher makes from many such files. Plain Python."""

from __future__ import annotations

import datetime as _dt
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

RESULTS_FORMAT = "koryo-desktop-results"
RESULTS_VERSION = 1


@dataclass(frozen=True)
class Mastery:
    chapter_id: str
    correct: int  # questions whose latest answer was right
    answered: int  # questions answered at least once

    @property
    def share(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


def mastery_by_chapter(attempts: Sequence[Mapping[str, Any]], chapter_of: Mapping[str, str]) -> list[Mastery]:
    """Per chapter, how many of the questions answered were right the last time."""
    latest: dict[str, bool] = {}
    for attempt in sorted(attempts, key=lambda a: (a["answered_at"], a.get("id", 0))):
        latest[attempt["question_id"]] = bool(attempt["correct"])
    totals: dict[str, list[int]] = {}
    for question_id, correct in latest.items():
        chapter = chapter_of.get(question_id)
        if chapter is None:
            continue
        entry = totals.setdefault(chapter, [0, 0])
        entry[0] += int(correct)
        entry[1] += 1
    return [Mastery(c, right, total) for c, (right, total) in totals.items()]


def next_chapter(
    chapters: Sequence[str], written: Mapping[str, set[str]], attempts: Sequence[Mapping[str, Any]]
) -> tuple[str, int, int] | None:
    """What to practise next: the first chapter (in reading order) with a written question never
    answered right the last time, as (chapter id, questions right, questions in the chapter)."""
    latest: dict[str, bool] = {}
    for attempt in sorted(attempts, key=lambda a: (a["answered_at"], a.get("id", 0))):
        latest[attempt["question_id"]] = bool(attempt["correct"])
    for chapter in chapters:
        ids = written.get(chapter, set())
        right = sum(1 for q in ids if latest.get(q))
        if ids and right < len(ids):
            return chapter, right, len(ids)
    return None


def weak_topics(mastery: Iterable[Mastery], below: float = 0.6, minimum: int = 2) -> list[Mastery]:
    """Chapters answered at least ``minimum`` times with less than ``below`` right, weakest first."""
    return sorted((m for m in mastery if m.answered >= minimum and m.share < below), key=lambda m: m.share)


def results_file(learner: str, attempts: Sequence[Mapping[str, Any]]) -> str:
    """The JSON file a learner exports and a teacher imports."""
    return json.dumps({
        "format": RESULTS_FORMAT, "version": RESULTS_VERSION, "learner": learner,
        "exported_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "attempts": [{"question_id": a["question_id"], "answer": a.get("given", ""), "correct": bool(a["correct"]),
                      "answered_at": a["answered_at"], "session_id": a.get("session_id", "")} for a in attempts],
    }, ensure_ascii=False, indent=1)  # fmt: skip


MAX_RESULTS_BYTES = 5_000_000  # a class's year of answers is well under 1 MB
MAX_JSON_DEPTH = 16  # a results file nests 3 deep


class NotResultsFile(ValueError):
    """A file that is not a readable results file; ``reason`` says why, for a person."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason  # "json", "format", "version", "answers", "size", "depth"
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


def json_depth(text: str) -> int:
    """How deeply ``text``'s arrays and objects nest (strings skipped), without parsing it."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_JSON_STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def read_results_file(text: str) -> tuple[str, list[dict[str, Any]]]:
    """(learner, attempts) from a results file; NotResultsFile (a ValueError) with the reason
    otherwise: too large, nested too deeply, not JSON, another format or version, no answers."""
    if len(text) > MAX_RESULTS_BYTES:
        raise NotResultsFile("size", str(len(text)))
    if json_depth(text) > MAX_JSON_DEPTH:
        raise NotResultsFile("depth", str(MAX_JSON_DEPTH))
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise NotResultsFile("json", str(getattr(exc, "lineno", ""))) from None
    if not isinstance(data, dict) or data.get("format") != RESULTS_FORMAT:
        raise NotResultsFile("format")
    if data.get("version") != RESULTS_VERSION:
        raise NotResultsFile("version", str(data.get("version")))
    attempts = data.get("attempts")
    if not isinstance(attempts, list) or not all(isinstance(a, dict) and "question_id" in a for a in attempts):
        raise NotResultsFile("answers")
    return str(data.get("learner", "?")), attempts


@dataclass(frozen=True)
class QuestionStats:
    question_id: str
    learners: int  # how many learners were asked
    answers: int
    share_correct: float  # of the answers given
    common_wrong: tuple[tuple[str, int], ...]  # the wrong answers given most often


def question_report(results: Sequence[tuple[str, Sequence[Mapping[str, Any]]]]) -> list[QuestionStats]:
    """From (learner, attempts) pairs: per question, who was asked, the share right and the common
    wrong answers; hardest questions first."""
    learners: dict[str, set[str]] = {}
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: dict[str, Counter[str]] = {}
    for learner, attempts in results:
        for attempt in attempts:
            qid = str(attempt["question_id"])
            learners.setdefault(qid, set()).add(learner)
            total[qid] += 1
            if attempt.get("correct"):
                right[qid] += 1
            else:
                given = str(attempt.get("answer") or attempt.get("given") or "").strip() or "—"
                wrong.setdefault(qid, Counter())[given] += 1
    stats = [QuestionStats(q, len(learners[q]), total[q], right[q] / total[q],
                           tuple(wrong.get(q, Counter()).most_common(3))) for q in total]  # fmt: skip
    return sorted(stats, key=lambda s: (s.share_correct, s.question_id))


@dataclass(frozen=True)
class LearnerScore:
    learner: str
    answers: int
    correct: int

    @property
    def share(self) -> float:
        return self.correct / self.answers if self.answers else 0.0


def learner_scores(results: Sequence[tuple[str, Sequence[Mapping[str, Any]]]]) -> list[LearnerScore]:
    """Each learner's answers and how many were right, in the order the files came."""
    scores: dict[str, list[int]] = {}
    for learner, attempts in results:
        entry = scores.setdefault(learner, [0, 0])
        entry[0] += len(attempts)
        entry[1] += sum(1 for a in attempts if a.get("correct"))
    return [LearnerScore(name, answers, right) for name, (answers, right) in scores.items()]


def visible_attempts(rows: Iterable[Mapping[str, Any]], protected: Iterable[int], current: int) -> list[dict[str, Any]]:
    """The answers a person may export: every learner's without a PIN, and the current learner's
    own (whose PIN was given); never another PIN-protected learner's."""
    hidden = set(protected) - {current}
    return [dict(row) for row in rows if row.get("learner_id") not in hidden]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text, never runs as a formula: text starting with = + - @, a
    tab or a carriage return gets a leading apostrophe (OWASP, CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


CSV_COLUMNS = ("learner", "question_id", "question", "chapter_id", "correct", "answer", "answered_at", "session_id")


def results_csv(rows: Iterable[Mapping[str, Any]]) -> str:
    """All learners' answers as CSV: learner, question id and text, chapter, correct, answer,
    answered at, session; every cell safe to open in a spreadsheet."""
    import csv

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        cells = [row["learner"], row["question_id"], row.get("question", ""), row.get("chapter_id", ""),
                 int(bool(row["correct"])), row.get("given", ""), row["answered_at"], row.get("session_id", "")]  # fmt: skip
        writer.writerow([safe_cell(c) for c in cells])
    return out.getvalue()
