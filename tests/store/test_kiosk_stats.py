"""The kiosk's anonymous statistics: counts per day, languages chosen, the staff log, days kept,
CSV, and a file that cannot be written never stopping the kiosk."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

import pytest

from koryo_desktop.core.kiosk_stats import CSV_COLUMNS, Day, Visit, day_of, days_csv, first_day_kept, totals
from koryo_desktop.store.kiosk_stats import KioskStats


def at(day: str, hour: int = 12) -> float:
    return dt.datetime.fromisoformat(f"{day}T{hour:02d}:00:00").timestamp()


def visit(stats: KioskStats, day: str, lang: str = "en", seconds: int = 120, targets=(), quizzes: int = 0,
          switches=()) -> None:  # fmt: skip
    v = Visit(lang, at(day))
    stats.visit_started(v)
    for target in targets:
        v.opened(target)
    v.quizzes += quizzes
    v.switches.extend(switches)
    v.last_input = v.started + seconds
    stats.visit_went_on(v)


def test_visits_are_counted_per_day_with_the_languages_chosen(tmp_path: Path):
    stats = KioskStats(tmp_path / "kiosk-stats.db")
    visit(stats, "2025-05-18", "ko", 300, ["people", "people/nam-il", "reader/deportation-1937"], 1, ["en"])
    visit(stats, "2025-05-18", "ru", 60, ["timeline"])
    visit(stats, "2025-05-19", "en", 30)
    stats.close()
    again = KioskStats(tmp_path / "kiosk-stats.db")  # kept across restarts
    days = again.days()
    assert [d.day for d in days] == ["2025-05-19", "2025-05-18"]
    may18 = days[1]
    assert (may18.visits, may18.seconds, may18.screens, may18.records, may18.quizzes) == (2, 360, 2, 2, 1)
    assert may18.languages == {"ko": 1, "ru": 1, "en": 1} and may18.minutes_per_visit == 3.0
    assert totals(days).visits == 3 and totals(days).languages["en"] == 2
    again.close()


def test_a_visit_is_only_counts():
    v = Visit("en", 1000.0)
    v.opened("search")
    v.opened("people/nam-il")
    assert (v.screens, v.records, v.seconds()) == (1, 1, 0)
    assert set(vars(v)) == {"language", "started", "last_input", "screens", "records", "quizzes", "switches"}


def test_old_days_go_after_the_days_kept(tmp_path: Path):
    stats = KioskStats(tmp_path / "kiosk-stats.db")
    assert stats.keep_days() == 365
    for day in ("2025-01-01", "2025-05-10", "2025-05-18"):
        visit(stats, day)
    stats.staff_event("wrong-pin", at("2025-01-01"))
    stats.set_keep_days(30)
    stats.prune(now=at("2025-05-18"))
    assert [d.day for d in stats.days()] == ["2025-05-18", "2025-05-10"] and stats.staff_log() == []
    assert first_day_kept("2025-05-18", 1) == "2025-05-18"
    with pytest.raises(ValueError):
        stats.set_keep_days(0)
    with pytest.raises(ValueError):
        stats.staff_event("lunch")


def test_the_staff_log_keeps_wrong_pins_and_leaving(tmp_path: Path):
    stats = KioskStats(tmp_path / "kiosk-stats.db")
    stats.staff_event("wrong-pin")
    stats.staff_event("staff-left")
    log = stats.staff_log()
    assert [e for _, e in log] == ["staff-left", "wrong-pin"] and len(stats.staff_log("wrong-pin")) == 1
    assert dt.datetime.fromisoformat(log[0][0]).tzinfo is not None  # a time a person can read, with its zone


def test_csv_has_a_row_per_day_oldest_first():
    days = [Day("2025-05-19", 1, 30, 0, 0, 0, {"en": 1}), Day("2025-05-18", 2, 360, 2, 2, 1, {"ko": 1, "ru": 1})]
    rows = list(csv.reader(io.StringIO(days_csv(days))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1] == ["2025-05-18", "2", "6.0", "3.0", "2", "2", "1", "0", "1", "1"]
    assert rows[2][0] == "2025-05-19" and len(rows) == 3


def test_a_file_that_cannot_be_written_never_stops_the_kiosk(tmp_path: Path):
    if os.geteuid() == 0:
        folder = tmp_path / "not-a-folder"
        folder.write_text("a file where the folder should be")
        path = folder / "kiosk-stats.db"
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
        path = folder / "kiosk-stats.db"
    stats = KioskStats(path)
    assert stats.problem  # said, for the staff's statistics page
    visit(stats, "2025-05-18")  # kept in memory instead
    assert stats.days()[0].visits == 1
    assert day_of(at("2025-05-18", 23)) == "2025-05-18"


def test_the_kiosk_stats_command(tmp_path: Path, capsys):
    from koryo_desktop.__main__ import main

    assert main(["kiosk", "stats", "--data-dir", str(tmp_path)]) == 1
    assert "no statistics" in capsys.readouterr().err
    stats = KioskStats(tmp_path / "kiosk-stats.db")
    visit(stats, dt.date.today().isoformat(), "ko", 600, ["people/nam-il"])
    stats.close()
    assert main(["kiosk", "stats", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "1 visits" in out and "ko 1" in out
    assert main(["kiosk", "stats", "--data-dir", str(tmp_path), "--csv", str(tmp_path / "days.csv")]) == 0
    assert (tmp_path / "days.csv").read_text().startswith("date,visits,minutes")
    assert main(["kiosk", "stats", "--data-dir", str(tmp_path), "--csv", str(tmp_path)]) == 1
    assert capsys.readouterr().err.endswith("is a folder; give a file name\n")
    assert main(["kiosk", "stats", "--data-dir", str(tmp_path), "--keep-days", "90"]) == 0
    assert "kept for 90 days" in capsys.readouterr().out
    assert main(["kiosk", "stats", "--data-dir", str(tmp_path), "--keep-days", "0"]) == 1
    assert capsys.readouterr().err.count("\n") == 1  # one line, no traceback


def test_a_visit_written_in_parts_is_counted_once(tmp_path: Path):
    stats = KioskStats(tmp_path / "kiosk-stats.db")
    v = Visit("ru", at("2025-05-18"))
    stats.visit_started(v)
    v.opened("people/nam-il")
    v.last_input = v.started + 60
    stats.visit_went_on(v.since(None))  # staff looked at the statistics
    saved = v.copy()
    v.opened("timeline")
    v.quizzes += 1
    v.switches.append("ko")
    v.last_input = v.started + 200
    stats.visit_went_on(v.since(saved))  # the visit ended
    day = stats.days()[0]
    assert (day.visits, day.seconds, day.screens, day.records, day.quizzes) == (1, 200, 1, 1, 1)
    assert day.languages == {"ru": 1, "ko": 1}
