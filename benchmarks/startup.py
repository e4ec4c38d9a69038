"""Start-up: `koryo-desktop --smoke` (a normal start that exits after its first painted frame)
against a bare PySide6 window showing one label in Latin, Hangul and Cyrillic, alternately in one
run, both from compiled bytecode, offscreen; then each screen's first visit.

- time to the first frame: from starting the process to its line saying the frame is painted
  (the app prints it right after the frame, before tearing down); target at most 1.8x the label
  window's median;
- peak memory of the process (its maximum resident set): at most 1.5x the label window's;
- process CPU time (user + system) to exit, reported beside the wall times, since other programs on a
  shared machine stretch the wall times but not the CPU time;
- each screen's first visit: a fresh app started on home, then `go(screen)` and the events that
  follow, its paint included, timed in the process (wall and CPU); target at most 100 ms each.

The last line is one JSON object with the figures, the targets and "ok".
"""

from __future__ import annotations

import compileall
import json
import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
VISIT_RUNS = int(os.environ.get("BENCH_VISIT_RUNS", "3"))
TIME_RATIO_MAX, MEMORY_RATIO_MAX, VISIT_MS_MAX = 1.8, 1.5, 100.0
SCREENS = ("reader", "people", "timeline", "quiz", "search", "glossary", "places", "map")

# The reference: one label in the three scripts, in a window of the app's size, quitting once painted.
LABEL = """\
import sys
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800)
label = QLabel('Koryo-saram 고려사람 Корё-сарам'); label.setAlignment(Qt.AlignmentFlag.AlignCenter)
w.setCentralWidget(label)
class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if watched is w and event.type() == QEvent.Type.Paint:
            w.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
watcher = FirstFrame(); w.installEventFilter(watcher)
w.show(); app.exec()
print('painted', flush=True)
"""

# One screen's first visit in a fresh app started on home: prints wall and CPU milliseconds.
VISIT = """\
import sys, time
from pathlib import Path
from koryo_desktop.app import start
from koryo_desktop.config import Config
s = start(Config(data_dir=Path(sys.argv[2])), lang_given=True)
s.window.resize(1366, 768); s.window.show(); s.app.processEvents(); s.window.grab()
t, c = time.perf_counter(), time.process_time()
assert s.navigator.go(sys.argv[1])
s.app.processEvents()
print((time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000, flush=True)
"""


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float, float]:
    """(seconds to the first line printed, seconds to exit, peak MiB, CPU seconds) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    selector.select()  # the first output: the frame is painted
    first = time.perf_counter() - start
    proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    ended = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed")
    return first, ended, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime


def visit(screen: str, env: dict[str, str], data: Path) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", VISIT, screen, str(data)], env=env, capture_output=True, text=True,
                         check=True)  # fmt: skip
    wall, cpu = out.stdout.split()
    return float(wall), float(cpu)


def main() -> int:
    import koryo_desktop

    tmp = Path(tempfile.mkdtemp(prefix="koryo-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KORYO_DATA_DIR=str(tmp / "data"),
               KORYO_CACHE_DIR=str(tmp / "cache"))  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from compiled bytecode
    compileall.compile_dir(str(Path(koryo_desktop.__file__).parent), quiet=1)
    app_cmd = [sys.executable, "-m", "koryo_desktop", "--smoke"]
    label_cmd = [sys.executable, "-c", LABEL]
    measure(app_cmd, env)  # the first start builds the cached content database; not counted
    measure(label_cmd, env)
    app, label = [], []
    for _ in range(RUNS):
        label.append(measure(label_cmd, env))
        app.append(measure(app_cmd, env))

    def med(runs: list[tuple[float, float, float, float]], i: int) -> float:
        return statistics.median(r[i] for r in runs)

    visits: dict[str, dict[str, float]] = {}
    for screen in SCREENS:
        walls, cpus = zip(*(visit(screen, env, tmp / f"visit-{screen}-{n}") for n in range(VISIT_RUNS)), strict=True)
        visits[screen] = {"wall_ms": round(statistics.median(walls), 1), "cpu_ms": round(statistics.median(cpus), 1)}
    time_ratio, memory_ratio = med(app, 0) / med(label, 0), med(app, 2) / med(label, 2)
    figures = {
        "runs": RUNS, "label_first_frame_s": round(med(label, 0), 3), "app_first_frame_s": round(med(app, 0), 3),
        "time_ratio": round(time_ratio, 2), "label_exit_s": round(med(label, 1), 3), "app_exit_s": round(med(app, 1), 3),
        "label_cpu_s": round(med(label, 3), 3), "app_cpu_s": round(med(app, 3), 3),
        "cpu_ratio": round(med(app, 3) / med(label, 3), 2), "label_peak_mib": round(med(label, 2), 1),
        "app_peak_mib": round(med(app, 2), 1), "memory_ratio": round(memory_ratio, 2), "first_visits": visits,
        "load_average": round(os.getloadavg()[0], 1),
    }  # fmt: skip
    targets = {"time_ratio_max": TIME_RATIO_MAX, "memory_ratio_max": MEMORY_RATIO_MAX, "visit_ms_max": VISIT_MS_MAX}
    slowest = max(v["wall_ms"] for v in visits.values())
    ok = time_ratio <= TIME_RATIO_MAX and memory_ratio <= MEMORY_RATIO_MAX and slowest <= VISIT_MS_MAX
    print(f"{'':26}{'label window':>14}{'koryo --smoke':>16}{'ratio':>8}{'target':>8}")
    print(f"{'first frame (s, median)':26}{figures['label_first_frame_s']:>14}{figures['app_first_frame_s']:>16}"
          f"{figures['time_ratio']:>8}{'≤' + str(TIME_RATIO_MAX):>8}")  # fmt: skip
    print(f"{'to exit (s, median)':26}{figures['label_exit_s']:>14}{figures['app_exit_s']:>16}")
    print(f"{'CPU to exit (s, median)':26}{figures['label_cpu_s']:>14}{figures['app_cpu_s']:>16}"
          f"{figures['cpu_ratio']:>8}")  # fmt: skip
    print(f"{'peak memory (MiB)':26}{figures['label_peak_mib']:>14}{figures['app_peak_mib']:>16}"
          f"{figures['memory_ratio']:>8}{'≤' + str(MEMORY_RATIO_MAX):>8}")  # fmt: skip
    print(f"first visit of each screen (ms, median of {VISIT_RUNS}; target ≤{VISIT_MS_MAX:.0f}):")
    for screen, v in visits.items():
        print(f"  {screen:10} {v['wall_ms']:>7} wall {v['cpu_ms']:>7} CPU")
    print(f"load average {figures['load_average']} on {os.cpu_count()} cores")
    print(json.dumps({"benchmark": "startup", "figures": figures, "targets": targets, "ok": ok}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
