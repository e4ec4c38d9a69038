"""Anonymous statistics of a museum kiosk, per day: visits started, time spent, screens and records
opened, quizzes finished and languages chosen. Only counts: no names, no answers, nothing typed.
Plain Python; store/kiosk_stats.py keeps them."""

from __future__ import annotations

import csv
import datetime as _dt
import io
from dataclasses import dataclass, field

LANGUAGES = ("en", "ko", "ru")
KEEP_DAYS = 365  # how long days are kept unless staff choose otherwise
CSV_COLUMNS = ("date", "visits", "minutes", "minutes_per_visit", "screens_opened", "records_opened",
               "quizzes_finished", *(f"chose_{lang}" for lang in LANGUAGES))  # fmt: skip


@dataclass
class Visit:
    """One visitor's counts, from the language they chose to the last time they touched the screen."""

    language: str
    started: float  # seconds since the epoch
    last_input: float = 0.0
    screens: int = 0
    records: int = 0
    quizzes: int = 0
    switches: list[str] = field(default_factory=list)  # languages chosen during the visit

    def seconds(self) -> int:
        return max(0, round(max(self.last_input, self.started) - self.started))

    def since(self, saved: Visit | None) -> Visit:
        """What this visit did after ``saved`` (a copy of it taken earlier, or None): written in parts,
        a visit is never counted twice and a killed kiosk loses only its last part."""
        if saved is None:
            return Visit(self.language, self.started, self.last_input, self.screens, self.records, self.quizzes,
                         list(self.switches))  # fmt: skip
        return Visit(self.language, self.started, self.started + self.seconds() - saved.seconds(),
                     self.screens - saved.screens, self.records - saved.records, self.quizzes - saved.quizzes,
                     self.switches[len(saved.switches):])  # fmt: skip

    def copy(self) -> Visit:
        return self.since(None)

    def opened(self, target: str) -> None:
        """A screen ('people') or a record ('people/nam-il') was opened."""
        if "/" in target:
            self.records += 1
        else:
            self.screens += 1


@dataclass(frozen=True)
class Day:
    day: str  # ISO date, the kiosk's local day
    visits: int = 0
    seconds: int = 0
    screens: int = 0
    records: int = 0
    quizzes: int = 0
    languages: dict[str, int] = field(default_factory=dict)

    @property
    def minutes(self) -> float:
        return self.seconds / 60

    @property
    def minutes_per_visit(self) -> float:
        return self.minutes / self.visits if self.visits else 0.0


def day_of(timestamp: float) -> str:
    """The local calendar day of a moment, as the museum counts its days."""
    return _dt.datetime.fromtimestamp(timestamp).date().isoformat()


def first_day_kept(today: str, keep_days: int) -> str:
    """The oldest day still kept when ``keep_days`` days are kept (today included)."""
    return (_dt.date.fromisoformat(today) - _dt.timedelta(days=max(1, keep_days) - 1)).isoformat()


def totals(days: list[Day]) -> Day:
    """All the days added up (``day`` is empty)."""
    languages: dict[str, int] = {}
    for d in days:
        for lang, n in d.languages.items():
            languages[lang] = languages.get(lang, 0) + n
    return Day("", sum(d.visits for d in days), sum(d.seconds for d in days), sum(d.screens for d in days),
               sum(d.records for d in days), sum(d.quizzes for d in days), languages)  # fmt: skip


def days_csv(days: list[Day]) -> str:
    """The days as CSV, one row each, oldest first, with a header row."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for d in sorted(days, key=lambda d: d.day):
        writer.writerow([d.day, d.visits, f"{d.minutes:.1f}", f"{d.minutes_per_visit:.1f}", d.screens, d.records,
                         d.quizzes, *(d.languages.get(lang, 0) for lang in LANGUAGES)])  # fmt: skip
    return out.getvalue()
