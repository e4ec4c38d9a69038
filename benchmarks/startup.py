"""Start-up of `koryo-desktop --smoke` against a bare PySide6 window that shows and quits.

Both are measured alternately in one run (wall time to exit and peak memory of the process),
offscreen. Targets: at most 1.3x the bare window's median time and 1.6x its peak memory. A third program, a
window with one label of text, is measured for reference.
The last line is one JSON object with the figures, the targets and "ok".
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents(); w.grab()\n"
)
# For reference only (no target): the same window showing one line of text in the three scripts,
# with Qt's namespace imported as any real app does. It shows how much of the 1.3x budget merely
# drawing text takes.
LABEL = (
    "import sys\n"
    "from PySide6.QtCore import Qt\n"
    "from PySide6.QtWidgets import QApplication, QLabel, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QMainWindow(); w.resize(1280, 800)\n"
    "label = QLabel('Koryo-saram 고려사람 Корё-сарам'); label.setAlignment(Qt.AlignmentFlag.AlignCenter)\n"
    "w.setCentralWidget(label); w.show(); app.processEvents(); w.grab()\n"
)


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed")
    return elapsed, usage.ru_maxrss / 1024.0  # MiB


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="koryo-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KORYO_DATA_DIR=str(tmp / "data"),
               KORYO_CACHE_DIR=str(tmp / "cache"))  # fmt: skip
    # An installed app runs from compiled bytecode; let the warm-up run write it if it is missing.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_cmd = [sys.executable, "-m", "koryo_desktop", "--smoke"]
    bare_cmd = [sys.executable, "-c", BARE]
    label_cmd = [sys.executable, "-c", LABEL]
    measure(app_cmd, env)  # first start builds the cached content database; not counted
    measure(bare_cmd, env)
    measure(label_cmd, env)
    app_t, app_m, bare_t, bare_m, label_t, label_m = [], [], [], [], [], []
    for _ in range(RUNS):
        t, m = measure(bare_cmd, env)
        bare_t.append(t)
        bare_m.append(m)
        t, m = measure(app_cmd, env)
        app_t.append(t)
        app_m.append(m)
        t, m = measure(label_cmd, env)
        label_t.append(t)
        label_m.append(m)
    figures = {
        "runs": RUNS,
        "bare_window_median_s": round(statistics.median(bare_t), 3),
        "app_smoke_median_s": round(statistics.median(app_t), 3),
        "time_ratio": round(statistics.median(app_t) / statistics.median(bare_t), 2),
        "bare_window_peak_mib": round(statistics.median(bare_m), 1),
        "app_smoke_peak_mib": round(statistics.median(app_m), 1),
        "memory_ratio": round(statistics.median(app_m) / statistics.median(bare_m), 2),
        "label_window_median_s": round(statistics.median(label_t), 3),
        "label_window_time_ratio": round(statistics.median(label_t) / statistics.median(bare_t), 2),
        "label_window_peak_mib": round(statistics.median(label_m), 1),
    }
    targets = {"time_ratio_max": 1.3, "memory_ratio_max": 1.6}
    time_ratio = statistics.median(app_t) / statistics.median(bare_t)  # judged unrounded
    memory_ratio = statistics.median(app_m) / statistics.median(bare_m)
    ok = time_ratio <= targets["time_ratio_max"] and memory_ratio <= targets["memory_ratio_max"]
    label_memory_ratio = round(figures["label_window_peak_mib"] / figures["bare_window_peak_mib"], 2)
    print(f"{'':22}{'bare window':>14}{'koryo --smoke':>16}{'ratio':>8}{'target':>8}{'one label':>12}{'ratio':>8}")
    print(f"{'median start-up (s)':22}{figures['bare_window_median_s']:>14}{figures['app_smoke_median_s']:>16}"
          f"{figures['time_ratio']:>8}{'≤1.3':>8}{figures['label_window_median_s']:>12}"
          f"{figures['label_window_time_ratio']:>8}")  # fmt: skip
    print(f"{'peak memory (MiB)':22}{figures['bare_window_peak_mib']:>14}{figures['app_smoke_peak_mib']:>16}"
          f"{figures['memory_ratio']:>8}{'≤1.6':>8}{figures['label_window_peak_mib']:>12}"
          f"{label_memory_ratio:>8}")  # fmt: skip
    print(json.dumps({"benchmark": "startup", "figures": figures, "targets": targets, "ok": ok}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
