"""The learner data under races and locks, with real processes: how often anything is lost or a
healthy file set aside (the target for both: never).

Trials, each with fresh files in a temporary folder:
- old-upgrade: COPIES processes start together on a file from before schema versions (each upgrades
  it if nobody has, then saves an answer);
- new-file: COPIES processes start together where no file exists yet;
- writer-lock: another process holds a write transaction while COPIES processes start and save
  (the lock is let go while they wait);
- kill-9: a process saving answers one after another is killed at a random moment; every answer
  it reported saved must be there.
Environment: RACE_TRIALS (default 25 per kind), RACE_COPIES (default 4).
Prints a table and, as its last line, one JSON object with the figures, the targets and "ok".
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

TRIALS = int(os.environ.get("RACE_TRIALS", "25"))
COPIES = int(os.environ.get("RACE_COPIES", "4"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

START = """
import sys, time
from pathlib import Path
from koryo_desktop.store.learner_store import LearnerStore
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.0005)
try:
    store = LearnerStore(Path(sys.argv[1]), wait=30)
except TypeError:  # a version before waiting existed (for comparison)
    store = LearnerStore(Path(sys.argv[1]))
store.record_attempt("race", "q-" + sys.argv[3], 1, True, given=sys.argv[3])
print("saved", getattr(store, "salvage", None) is None and not getattr(store, "notice", None), flush=True)
store.close()
"""
WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""
SAVER = """
import sys
from pathlib import Path
from koryo_desktop.store.learner_store import LearnerStore
store = LearnerStore(Path(sys.argv[1]))
for i in range(100000):
    store.record_attempt("kill", f"q{i}", i, True)
    print(i, flush=True)
"""


def _python(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip


def _together(path: Path, folder: Path) -> tuple[int, int]:
    """COPIES processes start at once; returns (answers lost, copies that found the file damaged)."""
    go = folder / "go"
    procs = [_python(START, str(path), str(go), str(i)) for i in range(COPIES)]
    go.touch()
    damaged = 0
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        if proc.returncode != 0:  # a copy that could not start: its answer is lost
            print(f"a copy failed: {err.strip().splitlines()[-1] if err.strip() else proc.returncode}", file=sys.stderr)
        damaged += "saved False" in out
    conn = sqlite3.connect(path)
    have = {row[0] for row in conn.execute("SELECT question_id FROM quiz_attempts WHERE session_id = 'race'")}
    conn.close()
    return COPIES - len(have & {f"q-{i}" for i in range(COPIES)}), damaged


def _set_aside(folder: Path) -> int:
    return len(list(folder.glob("*.damaged-*")))


def main() -> int:
    from tests.hostile import old_learner_file

    rng = random.Random(19)
    root = Path(tempfile.mkdtemp(prefix="koryo-races-"))
    rows = []
    totals = {"trials": 0, "processes": 0, "answers_lost": 0, "healthy_files_set_aside": 0, "seconds": 0.0}
    for kind in ("old-upgrade", "new-file", "writer-lock", "kill-9"):
        lost = aside = processes = 0
        started = time.perf_counter()
        for trial in range(TRIALS):
            folder = root / f"{kind}-{trial}"
            folder.mkdir()
            path = folder / "learner.db"
            if kind == "old-upgrade":
                old_learner_file(path)
                before = 3
            if kind in ("old-upgrade", "new-file"):
                missing, damaged = _together(path, folder)
                lost += missing
                aside += damaged + _set_aside(folder)
                processes += COPIES
                if kind == "old-upgrade":
                    conn = sqlite3.connect(path)
                    lost += (
                        before
                        - conn.execute("SELECT count(*) FROM quiz_attempts WHERE session_id = 'old'").fetchone()[0]
                    )
                    conn.close()
            elif kind == "writer-lock":
                old_learner_file(path) if trial % 2 else sqlite3.connect(path).close()
                writer = _python(WRITER, str(path), str(rng.uniform(0.1, 1.5)))
                assert writer.stdout.readline().strip() == "locked"
                missing, damaged = _together(path, folder)
                writer.wait(timeout=60)
                lost += missing
                aside += damaged + _set_aside(folder)
                processes += COPIES + 1
            else:
                saver = _python(SAVER, str(path))
                saver.stdout.readline()
                time.sleep(rng.uniform(0.05, 0.6))
                saver.send_signal(signal.SIGKILL)
                out, _ = saver.communicate(timeout=60)
                reported = [int(x) for x in out.split()]  # every answer the process said was saved
                conn = sqlite3.connect(path)
                have = {row[0] for row in conn.execute("SELECT question_id FROM quiz_attempts")}
                conn.close()
                lost += sum(1 for i in reported if f"q{i}" not in have)
                aside += _set_aside(folder)
                processes += 1
        seconds = time.perf_counter() - started
        rows.append((kind, TRIALS, processes, lost, aside, seconds))
        totals["trials"] += TRIALS
        totals["processes"] += processes
        totals["answers_lost"] += lost
        totals["healthy_files_set_aside"] += aside
        totals["seconds"] += seconds
    print(f"{'race':<12} {'trials':>6} {'processes':>9} {'lost':>5} {'set aside':>9} {'seconds':>8}")
    for kind, trials, processes, lost, aside, seconds in rows:
        print(f"{kind:<12} {trials:>6} {processes:>9} {lost:>5} {aside:>9} {seconds:>8.1f}")
    totals["seconds"] = round(totals["seconds"], 1)
    ok = totals["answers_lost"] == 0 and totals["healthy_files_set_aside"] == 0
    print(json.dumps({"benchmark": "learner_races", "copies": COPIES, **totals,
                      "targets": {"answers_lost": 0, "healthy_files_set_aside": 0}, "ok": ok}))  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
