"""The timeline with 10,000 generated events: time to open it (build and first paint) and the time
of each zoom or pan step, repaint included. Targets: open under 200 ms; steps under 16 ms at the
95th percentile. The last line is one JSON object."""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from koryo_desktop.core.dates import parse_date
from koryo_desktop.core.entities import Event

EVENTS = int(os.environ.get("BENCH_EVENTS", "10000"))
CATEGORIES = ("migration", "repression", "war", "diplomacy", "economy", "culture", "education", "politics")


def generated_events(count: int, seed: int = 3) -> list[Event]:
    rng = random.Random(seed)
    events = []
    for i in range(count):
        year = rng.randint(1860, 2025)
        kind = rng.random()
        if kind < 0.6:
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        elif kind < 0.8:
            date = f"{year}-{rng.randint(1, 12):02d}"
        elif kind < 0.9:
            date = f"c. {year}"
        else:
            date = f"{year}/{min(2026, year + rng.randint(1, 6))}"
        events.append(Event(f"e{i}", f"Generated event number {i} in {year}", parse_date(date),
                            rng.choice(CATEGORIES), "A generated event."))  # fmt: skip
    return events


def main() -> int:
    from koryo_desktop import paths
    from koryo_desktop.app import build_window
    from koryo_desktop.store.content_store import ContentStore
    from koryo_desktop.store.learner_store import LearnerStore
    from koryo_desktop.store.provision import ensure_content_database

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="koryo-bench-"))
    store = ContentStore(ensure_content_database(paths.content_sources_dir(), tmp / "cache"))
    window, navigator, _ = build_window(store, LearnerStore(tmp / "learner.db"), "en")
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    events = generated_events(EVENTS)
    timeline = navigator.screens()["timeline"]
    started = time.perf_counter()
    navigator.go("timeline")
    timeline.set_events(events)
    timeline.canvas.viewport().repaint()
    open_ms = (time.perf_counter() - started) * 1000
    canvas = timeline.canvas
    steps: list[tuple[str, float]] = []

    def step(kind: str, action) -> None:  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        action()
        canvas.viewport().repaint()
        steps.append((kind, (time.perf_counter() - t) * 1000))

    rng = random.Random(5)
    for _round in range(3):
        canvas.fit_all()
        for _ in range(14):
            step("zoom", lambda: canvas.zoom(1.5, rng.uniform(100, 900)))
            step("pan", lambda: canvas.pan(rng.choice((-1, 1)) * canvas.viewport().width() / 4))
        for _ in range(14):
            step("pan", lambda: canvas.pan(rng.choice((-1, 1)) * canvas.viewport().width() / 4))
            step("zoom", lambda: canvas.zoom(1 / 1.5, rng.uniform(100, 900)))
    times = sorted(ms for _kind, ms in steps)
    p95 = times[int(0.95 * (len(times) - 1))]
    by_kind = {k: sorted(ms for kind, ms in steps if kind == k) for k in ("zoom", "pan")}
    figures = {
        "events": EVENTS, "open_ms": round(open_ms, 1), "steps": len(times),
        "step_median_ms": round(statistics.median(times), 2), "step_p95_ms": round(p95, 2),
        "zoom_p95_ms": round(by_kind["zoom"][int(0.95 * (len(by_kind["zoom"]) - 1))], 2),
        "pan_p95_ms": round(by_kind["pan"][int(0.95 * (len(by_kind["pan"]) - 1))], 2), "max_ms": round(times[-1], 2),
    }  # fmt: skip
    targets = {"open_ms_max": 200.0, "step_p95_ms_max": 16.0}
    print(f"{'events':>8} {'open ms':>9} {'steps':>6} {'median':>8} {'p95':>7} {'zoom p95':>9} {'pan p95':>8}")
    print(f"{EVENTS:>8} {figures['open_ms']:>9} {len(times):>6} {figures['step_median_ms']:>8} {figures['step_p95_ms']:>7} "
          f"{figures['zoom_p95_ms']:>9} {figures['pan_p95_ms']:>8}   targets: open ≤200 ms, steps p95 ≤16 ms")  # fmt: skip
    ok = open_ms <= targets["open_ms_max"] and p95 <= targets["step_p95_ms_max"]
    print(json.dumps({"benchmark": "timeline", "figures": figures, "targets": targets, "ok": ok}))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
