"""The global search as you type, over the whole content in three languages.

The content is the product's own, in English, Korean and Russian (BENCH_PEOPLE=10000 adds that
many generated people, each named in Latin, Hangul and Cyrillic and translated; see
generated_content.py). The search screen is shown offscreen at 1366x768 in each of the three
languages in turn, searching that language's documents; each keystroke sets the query, runs the
search as the screen's typing timer would and lets Qt repaint the results. Targets: 8 ms at the 95th percentile, 16 ms
at most. The last line is one JSON object."""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication

from generated_content import Profile, content_store, languages, p95

TARGET_P95_MS, TARGET_MAX_MS = 8.0, 16.0
PEOPLE = int(os.environ.get("BENCH_PEOPLE", "0"))
QUERIES = {  # names in every script, and words of the language's own texts
    "en": ["Nam Il", "남일", "Нам Ир", "deportation 1937", "Tashkent", "Pamnunjom", "kim"],
    "ko": ["남일", "Nam Il", "강제이주를", "홍범도", "타슈켄트", "고려일보", "김"],
    "ru": ["Нам Ир", "Nam Il", "депортация 1937", "колхоз", "Ташкент", "남일", "Ким"],
}


def main() -> int:
    from koryo_desktop.app import build_window
    from koryo_desktop.store.learner_store import LearnerStore

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = content_store(people=PEOPLE)
    documents = store.search._conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    learner = LearnerStore(Path(tempfile.mkdtemp(prefix="koryo-bench-")) / "learner.db")
    langs = languages()
    window, navigator, translations = build_window(store, learner, langs[0])
    window.resize(1366, 768)
    window.show()
    navigator.go("search")
    app.processEvents()
    search = navigator.screens()["search"]
    times: list[float] = []
    cpu: list[float] = []  # the process's own time: what other programs on the machine cannot add to
    found: dict[str, int] = {}
    by_lang: dict[str, float] = {}
    cpu_by_lang: dict[str, float] = {}

    def key(text: str) -> None:
        t, c = time.perf_counter(), time.process_time()
        search.query_edit.setText(text)
        search.run_query()  # what the typing timer does once the keys pause
        search._timer.stop()
        app.processEvents()
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)

    for lang in langs:
        if lang != translations.lang:
            translations.set_language(lang)
            app.processEvents()
        search.set_query("warm up")  # the language's documents are read on its first search
        app.processEvents()
        first = len(times)
        with Profile(f"search as you type ({lang})"):
            for query in QUERIES.get(lang, QUERIES["en"]):
                for end in range(1, len(query) + 1):
                    key(query[:end])
                found[f"{lang}: {query}"] = search.model.hit_count()
                for end in range(len(query) - 1, -1, -1):
                    key(query[:end])
        by_lang[lang] = round(p95(times[first:]), 2)
        cpu_by_lang[lang] = round(p95(cpu[first:]), 2)
    p95_ms = p95(times)
    times.sort()
    figures = {"documents": documents, "people": PEOPLE, "languages": ",".join(langs), "keystrokes": len(times),
               "median_ms": round(statistics.median(times), 2), "p95_ms": round(p95_ms, 2),
               "p95_ms_by_language": by_lang, "max_ms": round(times[-1], 2),
               "cpu_median_ms": round(statistics.median(cpu), 2), "cpu_p95_ms": round(p95(cpu), 2),
               "cpu_p95_ms_by_language": cpu_by_lang,
               "cpu_max_ms": round(max(cpu), 2), "load_average": round(os.getloadavg()[0], 1)}  # fmt: skip
    targets = {"p95_ms_max": TARGET_P95_MS, "max_ms_max": TARGET_MAX_MS}
    print(f"{'documents':>10} {'keystrokes':>11} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
    print(f"{documents:>10} {len(times):>11} {figures['median_ms']:>10} {figures['p95_ms']:>8} {figures['max_ms']:>8}"
          f"   targets: p95 ≤{TARGET_P95_MS}, max ≤{TARGET_MAX_MS}")  # fmt: skip
    print(f"  p95 by language: {by_lang}; process time p95 by language: {cpu_by_lang}")
    print(f"  process time per keystroke: median {figures['cpu_median_ms']}, p95 {figures['cpu_p95_ms']}, "
          f"max {figures['cpu_max_ms']} ms; load average {figures['load_average']} on {os.cpu_count()} cores")  # fmt: skip
    for query, count in found.items():
        print(f"  '{query}' → {count} hits")
    ok = p95_ms <= TARGET_P95_MS and times[-1] <= TARGET_MAX_MS
    print(json.dumps({"benchmark": "search", "figures": figures, "targets": targets, "ok": ok}))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
