"""Timeline screen: the events in date order, each with its date precision, people and places."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.models.record_list_model import ListItem
from koryo_desktop.ui.widgets.record_list_screen import RecordListScreen


class TimelineScreen(RecordListScreen):
    name = "timeline"

    def __init__(self, store: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def screen_title(self) -> str:
        return self.tr("Timeline")

    def filter_placeholder(self) -> str:
        return self.tr("Filter events by word, year, person or place")

    def items(self) -> list[ListItem]:
        return [
            ListItem(
                e.id,
                e.title,
                f"{fmt.format_date(e.date)} · {fmt.category_label(e.category)}",
                f"{e.date.english()} {e.description} {e.category}",
            )
            for e in self.store.events.all()
        ]

    def overview_html(self) -> str:
        eras = self.store.events.eras()
        items = "".join(
            f"<li><b>{fmt.esc(fmt.format_date(era.start))} – {fmt.esc(fmt.format_date(era.end))}"
            f"</b>: {fmt.esc(era.title)}. {fmt.esc(era.description)}</li>"
            for era in eras
        )
        body = "<p>" + fmt.esc(self.tr("Choose an event on the left.")) + "</p>"
        if items:
            body += "<h3>" + fmt.esc(self.tr("Periods")) + f"</h3><ul>{items}</ul>"
        return fmt.page(self.tr("Timeline"), "", body)

    def detail_html(self, record_id: str) -> str | None:
        event = self.store.events.get(record_id)
        if event is None:
            return None
        body = [
            f"<p><b>{fmt.esc(fmt.format_date(event.date))}</b> "
            f"<span style='color:#555'>({fmt.esc(fmt.precision_label(event.date))}) · "
            f"{fmt.esc(fmt.category_label(event.category))}</span></p>",
            fmt.dispute_box(event.dispute),
            fmt.paragraphs(event.description),
        ]
        people = [p for p in (self.store.people.get(i) for i in event.person_ids) if p]
        if people:
            body.append(
                "<p><b>"
                + fmt.esc(self.tr("People"))
                + ":</b> "
                + ", ".join(fmt.link(f"people/{p.id}", p.name) for p in people)
                + "</p>"
            )
        places = [p for p in (self.store.places.get(i) for i in event.place_ids) if p]
        if places:
            body.append(
                "<p><b>"
                + fmt.esc(self.tr("Places"))
                + ":</b> "
                + ", ".join(fmt.link(f"places/{p.id}", p.name) for p in places)
                + "</p>"
            )
        links = fmt.chapter_links(self.store, "event", event.id)
        if links:
            body.append("<p><b>" + fmt.esc(self.tr("Read about it")) + ":</b> " + ", ".join(links) + "</p>")
        body.append(fmt.sources_html(self.store.sources.many(event.source_ids)))
        return fmt.page(event.title, "", "".join(body))
