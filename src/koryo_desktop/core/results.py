"""Learners' results: mastery per chapter, weak topics, the file a learner hands in, and the
per-question report a teacher makes from many such files. Plain Python."""

from __future__ import annotations

import datetime as _dt
import io
import json
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


def read_results_file(text: str) -> tuple[str, list[dict[str, Any]]]:
    """(learner, attempts) from a results file; ValueError with a readable reason otherwise."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not a results file (JSON error at line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != RESULTS_FORMAT:
        raise ValueError("not a Koryo Desktop results file")
    if data.get("version") != RESULTS_VERSION:
        raise ValueError(f"results file version {data.get('version')} is not supported")
    attempts = data.get("attempts")
    if not isinstance(attempts, list) or not all(isinstance(a, dict) and "question_id" in a for a in attempts):
        raise ValueError("the results file has no readable answers")
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


def results_csv(rows: Iterable[Mapping[str, Any]]) -> str:
    """All learners' answers as CSV: learner, question, chapter, correct, answer, answered at, session."""
    out = io.StringIO()
    import csv

    writer = csv.writer(out)
    writer.writerow(["learner", "question_id", "chapter_id", "correct", "answer", "answered_at", "session_id"])
    for row in rows:
        writer.writerow([row["learner"], row["question_id"], row.get("chapter_id", ""), int(bool(row["correct"])),
                         row.get("given", ""), row["answered_at"], row.get("session_id", "")])  # fmt: skip
    return out.getvalue()
