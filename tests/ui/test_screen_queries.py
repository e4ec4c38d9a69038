"""Each screen's first visit reads its records with a few queries, not one (or five) per record."""

from __future__ import annotations

from koryo_desktop.app import Started


def test_each_screen_opens_with_a_few_queries(panel: Started, qtbot):
    store, navigator = panel.store, panel.navigator
    counts: dict[str, int] = {}
    for target in ("timeline", "people", "people/nam-il", "quiz", "reader", "map", "glossary", "places", "search"):
        statements: list[str] = []
        store._conn.set_trace_callback(statements.append)
        try:
            assert navigator.go(target)
            qtbot.waitUntil(lambda t=target: panel.window.current_screen().isVisible())
        finally:
            store._conn.set_trace_callback(None)
        counts[target] = len(statements)
    # read one by one, 98 events with their people and places took about 1,600 queries, 30 people 530
    assert max(counts.values()) <= 25, counts
    assert sum(counts.values()) <= 60, counts
