"""The TimelineJS export with the app's translated dates and category names (needs only QtCore, so
the command line can use it without a window)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from koryo_desktop.core.entities import Event
from koryo_desktop.core.timelinejs import timelinejs
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt


def timelinejs_document(store: ContentStore, events: list[Event] | None = None) -> dict[str, Any]:
    """The content's events and eras as TimelineJS 3 JSON, in the current interface language."""
    return timelinejs(
        sorted(events if events is not None else store.events.all(), key=lambda e: (e.date.sort_key(), e.id)),
        store.events.eras(),
        QCoreApplication.translate("TimelineExport", "Koryo-saram: a timeline"),
        QCoreApplication.translate("TimelineExport", "The Korean diaspora of Central Asia, from the 1860s to today."),
        category_label=fmt.category_label,
        date_text=fmt.format_date,
    )
