"""A museum kiosk left running: many visitors one after another, each navigating the app.

`koryo-desktop --kiosk` runs in a process of its own (offscreen unless a display is set) through its
real start (`run_kiosk`). A driver inside it plays each visitor: clicks through the rail, opens a
few people, chapters, events and places, types a search, scrolls, hovers, switches the language,
the colours and the text size, then leaves; the kiosk's own idle timer starts the app again for the
next one. After every visitor the driver notes the process's memory (RSS), its Python objects, Qt
top-level widgets and open files.

Targets (after the first WARMUP visitors, which fill caches once): memory grows at most 0.05 MiB per
visitor and Python objects at most 20 per visitor (the median of the last fifth of the visitors
against the median of the first fifth after the warm-up, per visitor between them: the allocator
keeps or returns a few MiB now and then, which a plateau is, not a leak; the least-squares slope
is printed too), and top-level widgets and open files do not grow. Environment: KIOSK_VISITORS (default 200), KIOSK_WARMUP (default 20).
Prints a table and, as its last line, one JSON object with the figures, the targets and "ok".
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

VISITORS = int(os.environ.get("KIOSK_VISITORS", "200"))
WARMUP = int(os.environ.get("KIOSK_WARMUP", "20"))
TARGET_MIB_PER_VISITOR = 0.05
TARGET_OBJECTS_PER_VISITOR = 20

DRIVER = r"""
import gc, json, os, random, sys
from koryo_desktop.ui import kiosk as kiosk_module
from koryo_desktop.config import parse_app_args
from koryo_desktop.app import run_kiosk
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication

VISITORS = int(sys.argv[1])
rng = random.Random(19)
samples, errors = [], []
begin = kiosk_module.Kiosk.begin


def rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def wheel(widget, dy):
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    QApplication.sendEvent(widget, QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(0, dy),
                                               Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                               Qt.ScrollPhase.NoScrollPhase, False))


def play(kiosk, number):
    kiosk.idle.setInterval(600_000)  # the visitor is here until play() ends
    started = kiosk.started
    window, navigator, store = started.window, started.navigator, started.store
    records = ([f"people/{i}" for i in store.people.ids()] + [f"reader/{c.id}" for c in store.chapters.all()]
               + [f"timeline/{e.id}" for e in store.events.all()] + [f"places/{p.id}" for p in store.places.all()])
    for name in ("people", "timeline", "reader", "quiz", "search"):  # through the rail, as a finger would
        QTest.mouseClick(window.rail_buttons[name], Qt.MouseButton.LeftButton)
        screen = window.current_screen()
        views = [v for v in screen.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None
                 and v.model().rowCount() > 0]
        if views:
            rect = views[0].visualRect(views[0].model().index(number % views[0].model().rowCount(), 0))
            if rect.isValid():
                QTest.mouseClick(views[0].viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                 rect.center())
        if name == "search":
            QTest.keyClicks(screen.query_edit, rng.choice(["Nam Il", "1937", "kolkhoz", "Tashkent", "Hong"]))
        for area in [a for a in screen.findChildren(QAbstractScrollArea) if a.isVisible()][:2]:
            wheel(area.viewport(), -360)
        QTest.qWait(5)
    for target in rng.sample(records, 4):  # people, chapters, events and places opened by their links
        navigator.go(target)
        QTest.qWait(5)
    for x in range(40, window.width(), 160):  # a hand moving over the screen
        QTest.mouseMove(window, QPoint(x, window.height() // 2), 1)
    box = window.language_box
    box.setCurrentIndex(box.findData(("ru", "ko", "en")[number % 3]))
    window.colours_box.setCurrentIndex(number % window.colours_box.count())  # standard, dark, high contrast
    window.size_box.setCurrentIndex(number % 2)
    navigator.back()
    window.grab()
    kiosk.idle.setInterval(1)  # the visitor leaves: the kiosk's own idle timer starts it again
    kiosk.idle.start()


def sample(kiosk):
    gc.collect()
    samples.append({"rss": round(rss_mib(), 2), "objects": len(gc.get_objects()),
                    "windows": len(QApplication.topLevelWidgets()), "files": len(os.listdir("/proc/self/fd"))})


def driven_begin(kiosk):
    ok = begin(kiosk)
    state = {"visitor": 0, "resets": kiosk.resets}

    def step():
        if kiosk.resets == state["resets"] and state["visitor"]:
            return  # the last visitor's app is still there: wait for the new start
        if state["visitor"]:
            sample(kiosk)
        if state["visitor"] == VISITORS:
            timer.stop()
            kiosk.unlocked = True
            QApplication.instance().quit()
            return
        state["resets"] = kiosk.resets
        state["visitor"] += 1
        try:
            play(kiosk, state["visitor"])
        except Exception as exc:  # counted: a soak with errors is not a clean soak
            errors.append(repr(exc))
            kiosk.idle.setInterval(1)
            kiosk.idle.start()

    sample(kiosk)
    timer = QTimer(kiosk)
    timer.timeout.connect(step)
    timer.start(30)
    return ok


kiosk_module.Kiosk.begin = driven_begin
config, _ = parse_app_args(["--kiosk", "--lang", "en", "--data-dir", sys.argv[2]])
code = run_kiosk(config)
print("SAMPLES " + json.dumps(samples))
print("ERRORS " + json.dumps(errors))
sys.exit(code)
"""


def growth(values: list[float]) -> float:
    """Per visitor: median of the last fifth against the median of the first fifth."""
    fifth = max(1, len(values) // 5)
    if len(values) < 2 * fifth or len(values) < 2:
        return 0.0
    return (statistics.median(values[-fifth:]) - statistics.median(values[:fifth])) / (len(values) - fifth)


def slope(values: list[float]) -> float:
    """Least-squares growth per visitor."""
    xs = list(range(len(values)))
    if len(values) < 2:
        return 0.0
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(values)
    num = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, values, strict=True))
    return num / sum((x - mean_x) ** 2 for x in xs)


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="koryo-soak-"))
    env = dict(os.environ, KORYO_DATA_DIR=str(tmp / "data"), KORYO_CACHE_DIR=str(tmp / "cache"))
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    staff = tmp / "staff"
    setpin = subprocess.run(
        [sys.executable, "-c", "import sys; from pathlib import Path; from koryo_desktop.store.learner_store import "
         "LearnerStore; s = LearnerStore(Path(sys.argv[1]) / 'learner.db'); s.set_kiosk_pin('2468'); s.close()",
         str(staff)], env=env, capture_output=True, text=True)  # fmt: skip
    if setpin.returncode:
        raise SystemExit(setpin.stderr)
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(DRIVER), str(VISITORS), str(staff)], env=env,
                         capture_output=True, text=True, timeout=3600)  # fmt: skip
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("SAMPLES ")), None)
    if out.returncode != 0 or line is None:
        raise SystemExit(f"the kiosk run failed (exit {out.returncode}):\n{out.stderr[-3000:]}")
    samples = json.loads(line.removeprefix("SAMPLES "))
    errors = json.loads(next(ln for ln in out.stdout.splitlines() if ln.startswith("ERRORS ")).removeprefix("ERRORS "))
    after = samples[WARMUP:]
    rss_slope = slope([s["rss"] for s in after])
    rss_growth = growth([s["rss"] for s in after])
    objects_growth = growth([s["objects"] for s in after])
    print(f"{'visitor':>8} {'RSS MiB':>9} {'objects':>9} {'windows':>8} {'files':>6}")
    for number, s in enumerate(samples):
        if number % max(1, len(samples) // 20) == 0 or number == len(samples) - 1:
            print(f"{number:>8} {s['rss']:>9.1f} {s['objects']:>9} {s['windows']:>8} {s['files']:>6}")
    windows_grow = after[-1]["windows"] - after[0]["windows"]
    files_grow = after[-1]["files"] - after[0]["files"]
    print(f"after {WARMUP} warm-up visitors: {rss_growth:.4f} MiB (slope {rss_slope:.4f}) and {objects_growth:.1f} "
          f"Python objects per visitor; top-level widgets {windows_grow:+d}, open files {files_grow:+d}")  # fmt: skip
    if errors:
        print(f"{len(errors)} visits met an error, the first: {errors[0]}")
    ok = (rss_growth <= TARGET_MIB_PER_VISITOR and objects_growth <= TARGET_OBJECTS_PER_VISITOR
          and windows_grow <= 0 and files_grow <= 0 and not errors)  # fmt: skip
    result = {
        "visitors": len(samples) - 1, "warmup": WARMUP, "rss_start_mib": samples[0]["rss"],
        "rss_after_warmup_mib": after[0]["rss"], "rss_end_mib": samples[-1]["rss"],
        "mib_per_visitor": round(rss_growth, 4), "mib_per_visitor_slope": round(rss_slope, 4),
        "objects_per_visitor": round(objects_growth, 1),
        "top_level_widgets_growth": windows_grow, "open_files_growth": files_grow, "errors": len(errors),
        "targets": {"mib_per_visitor": TARGET_MIB_PER_VISITOR, "objects_per_visitor": TARGET_OBJECTS_PER_VISITOR,
                    "top_level_widgets_growth": 0, "open_files_growth": 0, "errors": 0},
        "ok": ok,
    }  # fmt: skip
    print(json.dumps(result))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
