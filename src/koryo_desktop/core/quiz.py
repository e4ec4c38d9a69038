"""The quiz's rules in plain Python: presenting a question (choices shuffled with a seed), which
options are right, checking an answer of every type, what a round holds, and a session that never
repeats a question, keeps its time limit and saves nothing itself. The Qt screens only show what
this decides; generated questions live in ``core.quiz_generated``."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from koryo_desktop.core.entities import Question
from koryo_desktop.core.quiz_map import MapKey
from koryo_desktop.core.text import compact, fold

MODES = ("practice", "test", "review")
GENERATED_SHARE = 0.25  # at most a quarter of a round is made from the records


@dataclass(frozen=True)
class Presented:
    """A question as one learner sees it: choices, items or right-hand sides in a shuffled order."""

    question: Question
    options: tuple[str, ...] = ()  # single / multiple: choice texts; order: items; match: right-hand sides
    lefts: tuple[str, ...] = ()  # match: the left-hand sides, in the authored order

    def right_values(self) -> set[Any]:
        """The answer values a choice widget shows as right: option indexes for single and multiple
        choice, True or False for true/false; empty for the other types."""
        question = self.question
        if question.type == "true_false":
            return {bool(_answer(question).get("answer"))}
        if question.type in ("single", "multiple"):
            right = {c.text for c in question.choices if c.correct}
            return {i for i, text in enumerate(self.options) if text in right}
        return set()


@dataclass(frozen=True)
class Verdict:
    correct: bool
    expected: str  # the right answer, readable
    given: str  # what the learner answered, readable ("" when unanswered)
    answered: bool = True  # False: time ran out before the learner answered


def _answer(question: Question) -> dict[str, Any]:
    return question.answer if isinstance(question.answer, dict) else {}


def present(question: Question, rng: random.Random) -> Presented:
    answer = _answer(question)
    if question.type in ("single", "multiple"):
        options = [c.text for c in question.choices]
        rng.shuffle(options)
        return Presented(question, tuple(options))
    if question.type == "order":
        items = list(answer.get("items", []))
        for _ in range(5):  # never show the right order as the starting order
            rng.shuffle(items)
            if items != list(answer.get("items", [])):
                break
        return Presented(question, tuple(items))
    if question.type == "match":
        pairs = answer.get("pairs", [])
        rights = [p["right"] for p in pairs]
        rng.shuffle(rights)
        return Presented(question, tuple(rights), tuple(p["left"] for p in pairs))
    return Presented(question)


def translated(presented: Presented, question: Question) -> Presented:
    """``presented`` with ``question`` in another language (the same question: same id, type, and
    choices, items and pairs in the same order), keeping the order the learner was shown."""
    old = presented.question
    if question.type != old.type:
        return present(question, random.Random(0))

    def moved(old_texts: list[str], new_texts: list[str]) -> tuple[str, ...]:
        if len(old_texts) != len(new_texts):
            return tuple(new_texts)
        return tuple(new_texts[old_texts.index(o)] if o in old_texts else o for o in presented.options)

    if old.type in ("single", "multiple"):
        return Presented(question, moved([c.text for c in old.choices], [c.text for c in question.choices]))
    if old.type == "order":
        return Presented(question, moved(list(_answer(old).get("items", [])), list(_answer(question).get("items", []))))
    if old.type == "match":
        pairs = _answer(question).get("pairs", [])
        rights = moved([p["right"] for p in _answer(old).get("pairs", [])], [p["right"] for p in pairs])
        return Presented(question, rights, tuple(p["left"] for p in pairs))
    return Presented(question)


def units(question: Question) -> tuple[str, ...]:
    """The unit words a number answer may carry after its digits (1937년, 171,781명, 1937 г.):
    the question's unit in its language and in English."""
    answer = _answer(question)
    return tuple(u for u in (answer.get("unit"), answer.get("unit_en")) if isinstance(u, str) and u)


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def expected_text(question: Question, number: Callable[[float], str] | None = None) -> str:
    """The right answer, readable; ``number`` writes a number as the interface's locale does."""
    answer = _answer(question)
    if isinstance(question.answer, MapKey):  # a map question: the place to find
        return question.answer.name(question.answer.question.place_id)
    if question.type in ("single", "multiple"):
        return "; ".join(c.text for c in question.choices if c.correct)
    if question.type == "true_false":
        return "true" if answer.get("answer") else "false"
    if question.type == "order":
        return " → ".join(answer.get("items", []))
    if question.type == "match":
        return "; ".join(f"{p['left']} — {p['right']}" for p in answer.get("pairs", []))
    if question.type == "number":
        value, tolerance = answer.get("answer"), answer.get("tolerance", 0)
        if number is not None and isinstance(value, int | float):
            value = number(value)
            tolerance = number(tolerance) if tolerance else tolerance
        unit = str(answer.get("unit") or "")
        if unit == "year":
            unit = ""
        gap = "" if not unit or _is_hangul(unit[0]) else " "  # 1863년, 13 семей, 24.3 %
        return f"{value}{gap}{unit}" + (f" (± {tolerance})" if tolerance else "")
    return " / ".join(answer.get("accepted", []))


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")  # digit groups: 171 781, 171 781, 171'781
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d+)?|[.,]\d+)")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+")  # 171,781 in English


_TRAILING_WORD = re.compile(r"(.*\d)\s*([^\d\s][^\d]*)")


def _is_unit(word: str, unit_words: Sequence[str]) -> bool:
    """Whether ``word`` after the digits is one of the units, in any of its forms: 년, 명, %, год,
    года and г., человек and человека, years."""
    word = word.strip().rstrip(".").casefold()
    for unit in unit_words:
        unit = unit.strip().rstrip(".").casefold()
        if not unit or not word:
            continue
        stem = unit[: max(1, len(unit) - 1)]
        if word == unit or unit.startswith(word) or word.startswith(stem):
            return True
    return False


def parse_number(text: Any, unit_words: Sequence[str] = ()) -> float | None:
    """A number typed in digits ('1937', '-5', '2,5', '171 781', '171,781'), optionally followed by
    its unit ('1937년', '171 781 человек', '24.3%'), or None for anything else ('e37', 'nineteen37',
    '1e3', 'inf'): only digits count as a number."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return float(text)
    text = str(text).strip()
    trailing = _TRAILING_WORD.fullmatch(text)
    if trailing:
        if not _is_unit(trailing.group(2), (*unit_words, "%")):
            return None
        text = trailing.group(1)
    cleaned = _SPACES.sub("", text.replace("\u2212", "-"))
    if _THOUSANDS.fullmatch(cleaned):
        return float(cleaned.replace(",", ""))
    if not _NUMBER.fullmatch(cleaned):
        return None
    return float(cleaned.replace(",", "."))


def _readable(presented: Presented, response: Any) -> str:
    kind = presented.question.type
    if response is None:
        return ""
    if isinstance(presented.question.answer, MapKey):  # a tap: the place nearest to it
        return presented.question.answer.readable(response)
    if kind == "single":
        return presented.options[response] if 0 <= response < len(presented.options) else ""
    if kind == "multiple":
        return "; ".join(presented.options[i] for i in sorted(response) if 0 <= i < len(presented.options))
    if kind == "true_false":
        return "true" if response else "false"
    if kind == "order":
        return " → ".join(response)
    if kind == "match":
        return "; ".join(f"{left} — {response.get(left, '?')}" for left in presented.lefts)
    return str(response)


def check(presented: Presented, response: Any) -> Verdict:
    """Is ``response`` right? single: an option index; multiple: a set of indexes; true_false: a
    bool; order: the items in the chosen order; match: {left: right}; number: a number in digits;
    short: text (any accepted variant, in any script, ignoring case, accents and spacing); map: a
    tap (latitude, longitude), near enough to the place and nearer to it than to any other."""
    question = presented.question
    answer = _answer(question)
    correct = False
    try:
        if response is None:  # no answer (time ran out): never right
            pass
        elif question.type in ("single", "multiple"):
            chosen = {int(response)} if question.type == "single" else {int(i) for i in response}
            correct = bool(chosen) and chosen == presented.right_values()
        elif question.type == "true_false":
            correct = bool(response) == bool(answer.get("answer"))
        elif question.type == "order":
            correct = list(response) == list(answer.get("items", []))
        elif question.type == "match":
            correct = all(response.get(p["left"]) == p["right"] for p in answer.get("pairs", []))
        elif question.type == "number":
            value = parse_number(response, units(question))
            correct = value is not None and abs(value - float(answer["answer"])) <= float(answer.get("tolerance", 0))
        elif isinstance(question.answer, MapKey):  # a tap (latitude, longitude) near the right place
            verdict = question.answer.verdict(response)
            correct = verdict is not None and verdict.correct
        elif question.type == "short":
            given = str(response)
            correct = bool(given.strip()) and any(
                fold(given) == fold(a) or compact(given) == compact(a) for a in answer.get("accepted", [])
            )
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        correct = False
    return Verdict(correct, expected_text(question), _readable(presented, response), response is not None)


# -- what a round holds ------------------------------------------------------------------------
def build_round(
    written: Sequence[Question], generated: Sequence[Question], count: int, seed: int, share: float = GENERATED_SHARE
) -> list[Question]:
    """Up to ``count`` questions: written ones first; generated ones (already one per record) fill
    at most ``share`` of the round, spread out so that two never come back to back."""
    rng = random.Random(seed)
    written, generated = list(written), list(generated)
    rng.shuffle(written)
    rng.shuffle(generated)
    cap = int(count * share) if count >= 4 else 0
    made = generated[: min(cap, len(generated), max(0, count - 1))]
    chosen = written[: count - len(made)]
    if not chosen:  # nothing written for this choice: a round of generated questions alone
        return generated[:count]
    out: list[Question] = []
    gap = max(1, len(chosen) // (len(made) + 1))  # written questions between two generated ones
    for index, question in enumerate(chosen):
        out.append(question)
        if made and (index + 1) % gap == 0:
            out.append(made.pop(0))
    return out + made


# -- a session ---------------------------------------------------------------------------------
@dataclass
class Answered:
    presented: Presented
    response: Any
    verdict: Verdict


@dataclass
class QuizSession:
    """One sitting: practice (feedback after each answer), test (feedback at the end, optionally
    timed) or review (the questions spaced repetition says are due). No question comes twice. The
    screen saves an answer first and only then ``commit``s it, so a failed save keeps the learner on
    the same question."""

    mode: str
    questions: list[Question]
    seed: int = 0
    time_limit_s: int | None = None
    clock: Callable[[], float] = time.monotonic
    answered: list[Answered] = field(default_factory=list)
    timed_out: bool = False

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown quiz mode {self.mode!r}")
        seen: set[str] = set()
        unique = []
        for question in self.questions:
            if question.id not in seen:
                seen.add(question.id)
                unique.append(question)
        self.questions = unique
        self._rng = random.Random(self.seed)
        self._presented = [present(q, self._rng) for q in self.questions]
        self.started_at = self.clock()

    @property
    def index(self) -> int:
        return len(self.answered)

    @property
    def finished(self) -> bool:
        return self.index >= len(self._presented)

    def current(self) -> Presented | None:
        return None if self.finished else self._presented[self.index]

    def translate(self, fetch: Callable[[str], Question | None]) -> None:
        """Show every question in another language from now on (``fetch`` gives a question by id in
        it): the same questions in the same order, choices as shuffled before; answers given stay."""
        for index, old in enumerate(self.questions):
            new = fetch(old.id)
            if new is None or new.type != old.type:
                continue
            new = replace(new, chapter_id=old.chapter_id, section_id=old.section_id)
            self.questions[index] = new
            self._presented[index] = translated(self._presented[index], new)
        self.answered = [replace(a, presented=self._presented[i]) for i, a in enumerate(self.answered)]

    def judge(self, response: Any) -> Verdict:
        """The verdict on ``response`` for the current question; nothing changes yet."""
        presented = self.current()
        if presented is None:
            raise RuntimeError("the session is over")
        return check(presented, response)

    def commit(self, response: Any, verdict: Verdict) -> None:
        """The current question's answer was saved: move on."""
        presented = self.current()
        if presented is None:
            raise RuntimeError("the session is over")
        self.answered.append(Answered(presented, response, verdict))

    def answer(self, response: Any) -> Verdict:
        verdict = self.judge(response)
        self.commit(response, verdict)
        return verdict

    def time_left(self) -> float | None:
        """Seconds left in a timed test (never below 0), None when untimed."""
        if not self.time_limit_s:
            return None
        return max(0.0, self.time_limit_s - (self.clock() - self.started_at))

    @property
    def expired(self) -> bool:
        left = self.time_left()
        return left is not None and left <= 0

    def time_up(self) -> None:
        """Time is up: every question not answered stays unanswered (and is not right)."""
        self.timed_out = True
        self.skip_rest()

    def skip_rest(self) -> None:
        while not self.finished:
            self.answer(None)

    @property
    def score(self) -> int:
        return sum(1 for a in self.answered if a.verdict.correct)

    @property
    def unanswered(self) -> int:
        return sum(1 for a in self.answered if not a.verdict.answered)

    @property
    def shows_feedback_now(self) -> bool:
        return self.mode != "test"

    def by_chapter(self) -> list[tuple[str, int, int, int]]:
        """(chapter id, right, wrong, unanswered) per chapter, in the order questions came."""
        totals: dict[str, list[int]] = {}
        for item in self.answered:
            entry = totals.setdefault(item.presented.question.chapter_id, [0, 0, 0])
            entry[0 if item.verdict.correct else (1 if item.verdict.answered else 2)] += 1
        return [(chapter, right, wrong, none) for chapter, (right, wrong, none) in totals.items()]
