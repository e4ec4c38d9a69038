"""Dates with precision, as the content writes them: '1937-08-21', '1937-08', '1937', 'c. 1863',
'1860s', and ranges of any two joined by '/'."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from koryo_desktop.core.errors import BadDateError

PRECISIONS = ("day", "month", "year", "circa", "decade")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_CIRCA = re.compile(r"^(?:c\.|ca\.|circa)\s*(\d{4})$")
_DECADE = re.compile(r"^(\d{3})0s$")

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip


_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


@dataclass(frozen=True)
class DatePoint:
    """One end of a date: year, optional month and day, and how precise it is."""

    year: int
    month: int | None
    day: int | None
    precision: str

    @property
    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def decimal_year(self, end: bool = False) -> float:
        """A sortable number; ``end`` gives the last moment the point covers."""
        if self.precision == "decade":
            return self.year + (10.0 if end else 0.0)
        if self.month is None:
            return self.year + (1.0 if end else 0.0)
        if self.day is None:
            return self.year + (self.month - (0 if end else 1)) / 12.0
        ordinal = _DAYS_BEFORE_MONTH[self.month - 1] + self.day + (1 if self.month > 2 and _leap(self.year) else 0)
        return self.year + (ordinal - (0 if end else 1)) / 366.0

    def english(self) -> str:
        if self.precision == "decade":
            return f"the {self.year}s"
        if self.precision == "circa":
            return f"c. {self.year}"
        if self.day is not None and self.month is not None:
            return f"{self.day} {_MONTHS_EN[self.month - 1]} {self.year}"
        if self.month is not None:
            return f"{_MONTHS_EN[self.month - 1]} {self.year}"
        return str(self.year)


@dataclass(frozen=True)
class DateValue:
    """A date or a range of dates, as written in the content."""

    text: str
    start: DatePoint
    end: DatePoint | None = None

    @property
    def is_range(self) -> bool:
        return self.end is not None

    @property
    def precision(self) -> str:
        return self.start.precision

    @property
    def last(self) -> DatePoint:
        return self.end or self.start

    def english(self) -> str:
        if self.end is None:
            return self.start.english()
        return f"{self.start.english()} – {self.end.english()}"

    def sort_key(self) -> float:
        return self.start.decimal_year()


def _parse_point(text: str) -> DatePoint:
    text = text.strip()
    if m := _DAY.match(text):
        year, month, day = (int(g) for g in m.groups())
        try:
            _dt.date(year, month, day)
        except ValueError as exc:
            raise BadDateError(f"'{text}' is not a real day ({exc})") from None
        return DatePoint(year, month, day, "day")
    if m := _MONTH.match(text):
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            raise BadDateError(f"'{text}' has no month {month}")
        return DatePoint(year, month, None, "month")
    if m := _YEAR.match(text):
        return DatePoint(int(m.group(1)), None, None, "year")
    if m := _CIRCA.match(text):
        return DatePoint(int(m.group(1)), None, None, "circa")
    if m := _DECADE.match(text):
        return DatePoint(int(m.group(1)) * 10, None, None, "decade")
    raise BadDateError(
        f"'{text}' is not a date: write 1937-08-21, 1937-08, 1937, c. 1937, 1930s, or two of them joined by /"
    )


def parse_date(text: str) -> DateValue:
    """Parse a content date; raises BadDateError with a readable message."""
    if not isinstance(text, str) or not text.strip():
        raise BadDateError('a date must be a non-empty string such as "1937-08-21"')
    parts = text.split("/")
    if len(parts) > 2:
        raise BadDateError(f"'{text}' has more than one '/'")
    start = _parse_point(parts[0])
    if len(parts) == 1:
        return DateValue(text, start)
    end = _parse_point(parts[1])
    if end.decimal_year(end=True) <= start.decimal_year():
        raise BadDateError(f"'{text}' ends before it starts")
    return DateValue(text, start, end)
