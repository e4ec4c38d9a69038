"""Events and eras as TimelineJS 3 JSON, so a museum can publish the same timeline on its web site."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from koryo_desktop.core.dates import DatePoint, DateValue
from koryo_desktop.core.entities import Era, Event


def _date(point: DatePoint, display: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"year": point.year}
    if point.month is not None:
        data["month"] = point.month
    if point.day is not None:
        data["day"] = point.day
    if display:
        data["display_date"] = display
    return data


def timelinejs(
    events: Sequence[Event],
    eras: Sequence[Era],
    title: str,
    subtitle: str,
    category_label: Callable[[str], str] = str,
    date_text: Callable[[DateValue], str] = DateValue.english,
) -> dict[str, Any]:
    """A TimelineJS 3 document: a title slide, one slide per event (grouped by category, with
    display dates that keep their precision) and the eras."""
    slides = []
    for event in events:
        slide: dict[str, Any] = {
            "unique_id": event.id,
            "start_date": _date(event.date.start),
            "text": {
                "headline": html.escape(event.title),
                "text": "".join(
                    f"<p>{html.escape(p.strip())}</p>" for p in event.description.split("\n\n") if p.strip()
                ),
            },
            "group": category_label(event.category),
            "display_date": date_text(event.date),
        }
        if event.date.end is not None:
            slide["end_date"] = _date(event.date.end)
        slides.append(slide)
    return {
        "title": {"text": {"headline": html.escape(title), "text": f"<p>{html.escape(subtitle)}</p>"}},
        "events": slides,
        "eras": [
            {
                "start_date": _date(era.start.start),
                "end_date": _date(era.end.last),
                "text": {"headline": html.escape(era.title)},
            }
            for era in eras
        ],
    }
