"""Check percentages written beside the two numbers they are made from.

A sentence such as "150,895 of its 621,305 inhabitants were Korean, 24.3 per cent" or "16,500 to 50,000
deaths among 171,781 deportees, about 10 to 29 per cent" states a part, a whole and a share. This module
finds such sentences and recomputes the share, so that a figure changed in one place and not in the
other cannot slip through. Plain Python, no Qt.

A part and its whole are recognised in these forms (the part may be a range, "A to B" or "A–B"):
  PART [up to four words] of|out of|among [up to four words] WHOLE
The share is the percentage in the same sentence nearest to that phrase ("P per cent", "P percent",
"P %", or a range "P to Q per cent"). A share matches when it equals part / whole × 100 rounded to the
precision it is written with (24.3 allows 24.25–24.35); "about", "roughly", "around", "some",
"nearly" or "almost" before it allows a whole unit either side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9}
_NUM = r"\$?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|bn|mn|m)\b)?"
_RANGE_SEP = r"\s*(?:–|-|to|and)\s*"
_WORD = r"[^\W\d][\w'’]*"
_PART_WHOLE = re.compile(
    rf"(?<![\w.,]){_NUM}(?:{_RANGE_SEP}{_NUM})?(?!\s?(?:per\s?cent|percent|%))"  # part, or a range of parts
    rf"(?:\s+{_WORD}){{0,4}}?\s+(?:out\s+of|of|among)"  # … of
    rf"(?:\s+{_WORD}){{0,4}}?\s+{_NUM}",  # … whole
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"(?:(about|roughly|around|some|nearly|almost|approximately)\s+)?"
    rf"(?:between\s+)?(\d+(?:\.\d+)?)(?:{_RANGE_SEP}(\d+(?:\.\d+)?))?\s?(?:per\s?cent|percent|%)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\[\"“])|\n\s*\n|\n\s*[-*\d]")


@dataclass(frozen=True)
class PercentMismatch:
    """A share that does not follow from the part and whole written beside it."""

    sentence: str
    offset: int  # where the sentence starts in the checked text
    stated: str
    expected: str

    def message(self) -> str:
        return f"percentage {self.stated} does not match its numbers: {self.expected}"


def _value(number: str, scale: str | None) -> float:
    return float(number.replace(",", "")) * _SCALES.get((scale or "").lower(), 1.0)


def _small(number: str) -> bool:
    return "." in number or float(number.replace(",", "")) < 1000


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _matches(stated: str, exact: float, loose: bool) -> bool:
    tolerance = 1.0 if loose else 0.5 * 10 ** -_decimals(stated)
    return abs(float(stated) - exact) <= tolerance + 1e-9


def _sentences(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return [(o, s) for o, s in out if s.strip()]


def check_percentages(text: str) -> list[PercentMismatch]:
    """Every share in ``text`` that does not match the part and whole written beside it."""
    problems: list[PercentMismatch] = []
    for offset, sentence in _sentences(text):
        percents = list(_PERCENT.finditer(sentence))
        if not percents:
            continue
        for pw in _PART_WHOLE.finditer(sentence):
            whole = _value(pw.group(5), pw.group(6))
            if whole == 0:
                continue
            inherit = pw.group(6) if _small(pw.group(1)) else None  # "1.3 of 62.6 billion"
            parts = [_value(pw.group(1), pw.group(2) or pw.group(4) or inherit)]
            if pw.group(3):
                parts.append(_value(pw.group(3), pw.group(4) or inherit))
            # the nearest percentage to the part-and-whole phrase
            pct = min(percents, key=lambda p: min(abs(p.start() - pw.end()), abs(pw.start() - p.end())))
            stated = [pct.group(2)] + ([pct.group(3)] if pct.group(3) else [])
            if len(stated) != len(parts):
                if len(parts) == 1 and len(stated) == 2:
                    continue  # a range of shares for one count is a different statement
                stated = stated * len(parts) if len(stated) == 1 else stated
            exact = [p / whole * 100 for p in parts]
            loose = pct.group(1) is not None
            if not all(_matches(s, e, loose) for s, e in zip(stated, exact, strict=True)):
                digits = _decimals(stated[0]) + 1
                expected = " to ".join(f"{e:.{digits}f}" for e in exact)
                problems.append(
                    PercentMismatch(sentence.strip(), offset, pct.group(0).strip(), f"{pw.group(0)} is {expected} %")
                )
    return problems
