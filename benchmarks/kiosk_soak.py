"""A museum kiosk left running: ten thousand scripted visitor actions, offscreen.

`koryo-desktop --kiosk` runs in a process of its own (offscreen unless a display is set) through its
real start (`run_kiosk`), with the product's content. A driver inside it acts as visitors do, one
action at a time with the event loop running in between: taps (the attract screen's language buttons,
the rail, buttons and list rows of every screen, "I am still here"), drags (pages, lists, the timeline
and the map), two-finger pinches (timeline, map), typing on the on-screen keyboard (Latin, Hangul jamo,
Cyrillic, backspace, Enter), language switches, idle timeouts ("Are you still there?" running out, or
answered), and restarts (an error raised in the event loop, which the kiosk logs and answers with the
attract screen; staff opening the PIN pad with a wrong PIN and going back). Dialogs a screen opens are
answered "no" at once, as a visitor walking away would leave them.

Targets: no exception other than the errors the driver raises itself; the process's memory (RSS) at
the end within 10 MiB of its memory after the first 1,000 actions; no more top-level widgets or open
files at the end than then; at least 10,000 actions. Prints the actions per second. Environment:
KIOSK_ACTIONS (default 10000), KIOSK_SEED (default 19).
Prints a table and, as its last line, one JSON object with the figures, the targets and "ok".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ACTIONS = int(os.environ.get("KIOSK_ACTIONS", "10000"))
SEED = int(os.environ.get("KIOSK_SEED", "19"))
BASELINE_AFTER = 1000  # actions: caches are filled, the memory to compare the end with
TARGET_MIB = 10.0

DRIVER = r"""
import gc, json, os, random, sys, time
from koryo_desktop.ui import kiosk as kiosk_module
from koryo_desktop.config import parse_app_args
from koryo_desktop.app import run_kiosk
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QApplication, QComboBox,
                               QDialog, QLineEdit, QMessageBox, QWidget)

ACTIONS, SEED, BASELINE_AFTER = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(SEED)
counts, samples, errors, injected = {}, {}, [], [0]
state = {"done": 0, "started": 0.0, "busy": False}
begin = kiosk_module.Kiosk.begin
touch = QTest.createTouchDevice()

# a visitor who walks away answers no dialog: every dialog a screen opens is declined at once
QDialog.exec = lambda self: 0
for name in ("question", "warning", "information", "critical"):
    setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))


def rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def sample(label):
    gc.collect()
    samples[label] = {"rss": round(rss_mib(), 2), "objects": len(gc.get_objects()) + gc.get_freeze_count(),
                      "windows": len(QApplication.topLevelWidgets()), "files": len(os.listdir("/proc/self/fd")),
                      "actions": state["done"]}


def count(kind, n=1):
    counts[kind] = counts.get(kind, 0) + n
    state["done"] += n


def visible(root, kind):
    return [w for w in root.findChildren(kind) if w.isVisible() and w.isEnabled() and w.width() > 0]


def center(widget):
    return widget.rect().center()


def tap(widget, pos=None):
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or center(widget))


def drag(widget):
    start = QPoint(widget.width() // 2, widget.height() // 2)
    dx, dy = rng.choice([(0, -40), (0, 40), (-40, 0), (40, 0)])
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 7):
        QTest.mouseMove(widget, start + QPoint(dx * step // 2, dy * step // 2), 5)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(dx * 3, dy * 3))


def pinch(widget):
    c = QPoint(widget.width() // 2, widget.height() // 2)
    spread = rng.choice([1, -1])
    a, b = c + QPoint(-60, 0), c + QPoint(60, 0)
    QTest.touchEvent(widget, touch).press(0, a).press(1, b).commit()
    for step in range(1, 6):
        d = QPoint(8 * step * spread, 0)
        QTest.touchEvent(widget, touch).move(0, a - d).move(1, b + d).commit()
    d = QPoint(40 * spread, 0)
    QTest.touchEvent(widget, touch).release(0, a - d).release(1, b + d).commit()


def on_screen(kiosk):
    window = kiosk.started.window
    return window.current_screen()


def act_visit(kiosk):
    window, shell = kiosk.started.window, kiosk.shell
    roll = rng.random()
    if roll < 0.30:  # a tap on a button or a row of the screen on show, or the rail
        screen = on_screen(kiosk)
        views = [v for v in visible(screen, QAbstractItemView) if v.model() is not None and v.model().rowCount()]
        buttons = [b for b in visible(window, QAbstractButton) if not isinstance(b.parentWidget(), QComboBox)]
        if views and rng.random() < 0.4:
            view = rng.choice(views)
            rect = view.visualRect(view.model().index(rng.randrange(min(view.model().rowCount(), 12)), 0))
            if rect.isValid() and view.viewport().rect().contains(rect.center()):
                tap(view.viewport(), rect.center())
                return count("tap")
        tap(rng.choice(buttons))
        return count("tap")
    if roll < 0.45:  # a finger dragging a page, a list, the timeline or the map
        areas = visible(on_screen(kiosk), QAbstractScrollArea)  # pages, lists, the timeline and the map
        if areas:
            drag(rng.choice(areas).viewport())
            return count("drag")
    if roll < 0.50:  # two fingers pinching the timeline or the map
        if window.current_screen().name not in ("timeline", "map"):
            tap(window.rail_buttons[rng.choice(["timeline", "map"])])
            count("tap")
        canvases = [w for w in visible(on_screen(kiosk), QWidget) if type(w).__name__ in ("TimelineCanvas", "MapCanvas")]
        if canvases:
            pinch(canvases[0].viewport())
            return count("pinch")
    if roll < 0.78:  # typing on the on-screen keyboard: a search, or a list's filter
        keyboard = shell.keyboard
        if keyboard.target is None or not keyboard.isVisible() or not keyboard.target.isVisible():
            tap(window.rail_buttons[rng.choice(["search", "people", "glossary", "places"])])
            count("tap")
            fields = [f for f in visible(on_screen(kiosk), QLineEdit) if not f.isReadOnly()]
            if not fields:
                return
            tap(fields[0], QPoint(8, fields[0].height() // 2))
            count("tap")
            if rng.random() < 0.5:
                tap(keyboard.layout_keys[rng.choice(["en", "ko", "ru"])])
                count("type")
        for _ in range(rng.randint(2, 8)):
            choice = rng.random()
            if choice < 0.15:
                tap(keyboard.backspace_key)
            elif choice < 0.2:
                tap(keyboard.space_key)
            elif choice < 0.23:
                tap(keyboard.enter_key)
            elif choice < 0.27:
                tap(keyboard.shift_key)
            else:
                keys = [k for row in keyboard.letter_rows for k in row if k.isVisible()] + keyboard.number_keys
                tap(rng.choice(keys))
            count("type")
            if not keyboard.isVisible() or kiosk.page() != "visit":
                break
        return
    if roll < 0.84:  # another language from the rail
        box = window.language_box
        box.setCurrentIndex((box.currentIndex() + rng.randint(1, 2)) % box.count())
        return count("language")
    if roll < 0.90:  # opening a record by its link
        store = kiosk.started.store
        kind = rng.choice(["people", "timeline", "places", "glossary", "reader"])
        ids = {"people": store.people.ids, "timeline": store.events.ids, "places": store.places.ids,
               "glossary": store.glossary.ids, "reader": store.chapters.ids}[kind]()
        kiosk.started.navigator.go(f"{kind}/{rng.choice(ids)}")
        return count("tap")
    if roll < 0.955:  # the visitor walks away: "Are you still there?"
        kiosk.idle.setInterval(1)
        kiosk.idle.start()
        return count("idle")
    if roll < 0.975:  # staff: the PIN pad, a wrong PIN, back to the visitor
        QTest.keySequence(shell, QKeySequence("Ctrl+Alt+Shift+Q"))
        pad = shell.staff.pin
        for digit in "1357":
            if pad.digits[digit].isEnabled():
                tap(pad.digits[digit])
        if pad.ok_key.isEnabled():
            tap(pad.ok_key)
        tap(pad.cancel_button)
        return count("staff")
    injected[0] += 1  # an error somewhere: logged, and the attract screen comes back
    def broken():
        raise RuntimeError("soak: a screen broke")
    QTimer.singleShot(0, broken)
    count("error")


def act(kiosk):
    page = kiosk.page()
    if page == "attract":
        if rng.random() < 0.85:
            tap(kiosk.shell.attract.buttons[rng.choice(["en", "ko", "ru"])])
        else:
            tap(kiosk.shell.attract, QPoint(kiosk.shell.width() // 2, kiosk.shell.height() // 3))
        count("tap")
        kiosk.idle.setInterval(600_000)  # the visitor is here until the driver says otherwise
    elif page == "prompt":
        if rng.random() < 0.5:
            tap(kiosk.shell.prompt.stay_button)
            count("tap")
        else:
            kiosk.shell.prompt.timer.setInterval(5)  # the countdown runs out (quickly)
            state["busy"] = True
    elif page == "visit":
        act_visit(kiosk)
    elif page == "staff":
        tap(kiosk.shell.staff.pin.cancel_button)
        count("tap")
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()


def driven_begin(kiosk):
    ok = begin(kiosk)
    kiosk.stable.setInterval(2000)  # a run of the driver's own errors ends after 2 s, not a minute
    hook = sys.excepthook

    def counting_hook(kind, value, tb):
        if not (isinstance(value, RuntimeError) and str(value).startswith("soak:")):
            import traceback
            errors.append("".join(traceback.format_exception(kind, value, tb))[-1500:])
        hook(kind, value, tb)

    sys.excepthook = counting_hook
    sample("start")
    state["started"] = time.perf_counter()

    def step():
        if kiosk.gave_up:
            errors.append("the kiosk gave up")
            return finish()
        if kiosk.page() in ("waiting", "") or kiosk.pending.isActive() or kiosk.started is None:
            return  # a new start is on its way
        if state["busy"]:
            if kiosk.page() == "prompt":
                return
            state["busy"] = False
        if kiosk.page() == "prompt":
            kiosk.shell.prompt.timer.setInterval(1000)
        if state["done"] >= ACTIONS:
            return finish()
        before = state["done"]
        try:
            act(kiosk)
        except Exception as exc:
            import traceback
            errors.append(traceback.format_exc()[-1500:])
        if before < BASELINE_AFTER <= state["done"]:
            sample("baseline")

    def finish():
        timer.stop()
        samples["elapsed"] = time.perf_counter() - state["started"]
        samples["restarts"] = kiosk.resets
        sample("end")
        kiosk.unlocked = True
        QApplication.instance().quit()

    timer = QTimer(kiosk)
    timer.timeout.connect(step)
    timer.start(0)
    return ok


kiosk_module.Kiosk.begin = driven_begin
config, _ = parse_app_args(["--kiosk", "--lang", "en", "--idle", "600", "--data-dir", sys.argv[4]])
code = run_kiosk(config)
print("RESULT " + json.dumps({"samples": samples, "counts": counts, "errors": errors, "injected": injected[0]}))
sys.exit(code)
"""


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="koryo-soak-"))
    env = dict(os.environ, KORYO_DATA_DIR=str(tmp / "data"), KORYO_CACHE_DIR=str(tmp / "cache"))
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("NOTIFY_SOCKET", None)
    staff = tmp / "staff"
    setpin = subprocess.run(
        [sys.executable, "-c", "import sys; from pathlib import Path; from koryo_desktop.store.learner_store import "
         "LearnerStore; s = LearnerStore(Path(sys.argv[1]) / 'learner.db'); s.set_kiosk_pin('2468'); s.close()",
         str(staff)], env=env, capture_output=True, text=True)  # fmt: skip
    if setpin.returncode:
        raise SystemExit(setpin.stderr)
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(DRIVER), str(ACTIONS), str(SEED),
                          str(BASELINE_AFTER), str(staff)], env=env, capture_output=True, text=True,
                         timeout=4 * 3600)  # fmt: skip
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if out.returncode != 0 or line is None:
        raise SystemExit(f"the kiosk run failed (exit {out.returncode}):\n{out.stderr[-3000:]}")
    result = json.loads(line.removeprefix("RESULT "))
    samples, counts, errors = result["samples"], result["counts"], result["errors"]
    start, base, end = samples["start"], samples.get("baseline", samples["start"]), samples["end"]
    actions = end["actions"]
    per_second = actions / samples["elapsed"] if samples["elapsed"] else 0.0
    log = (staff / "kiosk.log").read_text(encoding="utf-8", errors="replace") if (staff / "kiosk.log").exists() else ""
    logged = log.count("an error reached the kiosk")
    print(f"{'':>22} {'actions':>8} {'RSS MiB':>9} {'objects':>9} {'windows':>8} {'files':>6}")
    for label, s in (("start", start), (f"after {BASELINE_AFTER} actions", base), ("end", end)):
        print(f"{label:>22} {s['actions']:>8} {s['rss']:>9.1f} {s['objects']:>9} {s['windows']:>8} {s['files']:>6}")
    print("actions: " + ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items())))
    print(f"{actions} actions in {samples['elapsed']:.0f} s: {per_second:.1f} actions per second; "
          f"{samples['restarts']} new starts for the next visitor; {result['injected']} errors raised by the driver, "
          f"{logged} written to kiosk.log")  # fmt: skip
    for error in errors[:3]:
        print("unexpected:", error)
    growth = end["rss"] - base["rss"]
    ok = (actions >= 10_000 if ACTIONS >= 10_000 else actions >= ACTIONS) and not errors \
        and growth <= TARGET_MIB and end["windows"] <= base["windows"] and end["files"] <= base["files"] \
        and logged >= result["injected"]  # fmt: skip
    summary = {
        "actions": actions, "actions_per_second": round(per_second, 1), "seconds": round(samples["elapsed"], 1),
        "counts": counts, "restarts": samples["restarts"], "rss_start_mib": start["rss"], "rss_after_baseline_mib": base["rss"],
        "rss_end_mib": end["rss"], "rss_growth_mib": round(growth, 2),
        "objects_growth": end["objects"] - base["objects"], "top_level_widgets_growth": end["windows"] - base["windows"],
        "open_files_growth": end["files"] - base["files"], "unexpected_errors": len(errors),
        "errors_raised": result["injected"], "errors_logged": logged,
        "targets": {"actions": 10_000, "rss_growth_mib": TARGET_MIB, "top_level_widgets_growth": 0,
                    "open_files_growth": 0, "unexpected_errors": 0},
        "ok": ok,
    }  # fmt: skip
    print(json.dumps(summary))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
