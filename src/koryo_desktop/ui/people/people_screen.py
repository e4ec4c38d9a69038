"""People directory screen: every person, found by any variant of their name."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.models.record_list_model import ListItem
from koryo_desktop.ui.widgets.record_list_screen import RecordListScreen


class PeopleScreen(RecordListScreen):
    name = "people"

    def __init__(self, store: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def screen_title(self) -> str:
        return self.tr("People")

    def filter_placeholder(self) -> str:
        return self.tr("Find a person by any name: Latin, Hangul or Cyrillic")

    def items(self) -> list[ListItem]:
        return [
            ListItem(p.id, p.name, fmt.life_span(p.born, p.died), " ".join(n.text for n in p.names))
            for p in self.store.people.all()
        ]

    def overview_html(self) -> str:
        count = len(self.model._items) if hasattr(self, "model") else 0
        return fmt.page(
            self.tr("People"),
            self.tr("%n person(s) in this collection", "", count),
            "<p>" + fmt.esc(self.tr("Choose a person on the left, or type any spelling of a name.")) + "</p>",
        )

    def _name_kind(self, kind: str) -> str:
        return {"name": self.tr("Name"), "birth-name": self.tr("Birth name"), "russian-name": self.tr("Russian name"),
                "korean-name": self.tr("Korean name"), "alias": self.tr("Also written"),
                "hanja": self.tr("Hanja")}.get(kind, kind)  # fmt: skip

    def _script(self, script: str) -> str:
        return {"latin": self.tr("Latin"), "hangul": self.tr("Hangul"), "cyrillic": self.tr("Cyrillic"),
                "hanja": self.tr("Hanja")}.get(script, script)  # fmt: skip

    def detail_html(self, record_id: str) -> str | None:
        person = self.store.people.get(record_id)
        if person is None:
            return None
        rows = "".join(
            f"<tr><td>{fmt.esc(self._name_kind(n.kind))}</td><td><b>{fmt.esc(n.text)}</b></td>"
            f"<td>{fmt.esc(self._script(n.script))}</td><td>{fmt.esc(n.note)}</td></tr>"
            for n in person.names
        )
        body = [f"<p>{fmt.esc(person.summary)}</p>", fmt.dispute_box(person.dispute)]
        body.append("<h3>" + fmt.esc(self.tr("Names")) + f"</h3><table cellpadding='4'>{rows}</table>")
        life = []
        for label, date, place_id in (
            (self.tr("Born"), person.born, person.born_place),
            (self.tr("Died"), person.died, person.died_place),
        ):
            if date is None:
                continue
            place = self.store.places.get(place_id) if place_id else None
            where = f", {fmt.link(f'places/{place.id}', place.name)}" if place else ""
            life.append(
                f"<tr><td>{fmt.esc(label)}</td><td>{fmt.esc(fmt.format_date(date))}{where} "
                f"<span style='color:#555'>({fmt.esc(fmt.precision_label(date))})</span></td></tr>"
            )
        if life:
            body.append(f"<table cellpadding='4'>{''.join(life)}</table>")
        if person.roles:
            body.append("<p><b>" + fmt.esc(self.tr("Roles")) + f":</b> {fmt.esc(', '.join(person.roles))}</p>")
        if person.bio:
            body.append("<h3>" + fmt.esc(self.tr("Biography")) + f"</h3>{fmt.paragraphs(person.bio)}")
        events = [e for e in (self.store.events.get(i) for i in person.event_ids) if e]
        if events:
            items = "".join(
                f"<li>{fmt.esc(fmt.format_date(e.date))}: {fmt.link(f'timeline/{e.id}', e.title)}</li>" for e in events
            )
            body.append("<h3>" + fmt.esc(self.tr("Key events")) + f"</h3><ul>{items}</ul>")
        links = fmt.chapter_links(self.store, "person", person.id)
        if links:
            items = "".join(f"<li>{a}</li>" for a in links)
            body.append("<h3>" + fmt.esc(self.tr("In the chapters")) + f"</h3><ul>{items}</ul>")
        body.append(fmt.sources_html(self.store.sources.many(person.source_ids)))
        return fmt.page(person.name, fmt.life_span(person.born, person.died), "".join(body))
