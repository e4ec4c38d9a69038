"""Places screen: every place with its names in three languages, coordinates and events."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import QWidget

from koryo_desktop.core.targets import ScreenName, target
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.models.record_list_model import ListItem
from koryo_desktop.ui.widgets.record_list_screen import RecordListScreen


class PlacesScreen(RecordListScreen):
    name = "places"

    def __init__(self, store: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.store: ContentStore = store

    def screen_title(self) -> str:
        return self.tr("Places")

    def filter_placeholder(self) -> str:
        return self.tr("Find a place")

    def count_text(self, count: int) -> str:
        return self.tr("%n place(s)", "", count)

    def no_match_text(self, text: str) -> str:
        return self.tr("No place matches “%1”.").replace("%1", text)

    def items(self) -> list[ListItem]:
        """Each place under its name in the interface language, in that language's order; the
        English name joins the country below it when the interface is not in English."""
        collator = QCollator(QLocale())
        places = sorted(self.store.places.all(), key=lambda p: collator.sortKey(fmt.place_name(p)))
        items = []
        for p in places:
            name, country = fmt.place_name(p), fmt.country_label(p.country)
            subtitle = country if name == p.name else f"{p.name} · {country}"
            items.append(
                ListItem(p.id, name, subtitle, f"{p.name} {p.name_ko} {p.name_ru} {p.country} {p.description}")
            )
        return items

    def overview_html(self) -> str:
        return fmt.page(
            self.tr("Places"),
            "",
            "<p>" + fmt.esc(self.tr("Places where the story happened, from the Far East to Seoul.")) + "</p>",
        )

    def detail_html(self, record_id: str) -> str | None:
        place = self.store.places.get(record_id)
        if place is None:
            return None
        rows = [
            (self.tr("English"), place.name),
            (self.tr("Korean"), place.name_ko),
            (self.tr("Russian"), place.name_ru),
            (self.tr("Country"), fmt.country_label(place.country)),
            (self.tr("Coordinates"), f"{place.latitude:.3f}, {place.longitude:.3f}"),
        ]
        table = "".join(f"<tr><td>{fmt.esc(k)}</td><td><b>{fmt.esc(v)}</b></td></tr>" for k, v in rows if v)
        body = fmt.paragraphs(place.description, place.text_lang) + f"<table cellpadding='4'>{table}</table>"
        events = [e for e in self.store.events.all() if place.id in e.place_ids]
        if events:
            body += (
                "<h3>"
                + fmt.esc(self.tr("Events here"))
                + "</h3><ul>"
                + "".join(
                    f"<li>{fmt.esc(fmt.format_date(e.date))}: {fmt.link(target(ScreenName.TIMELINE, e.id), e.title)}</li>"
                    for e in events
                )
                + "</ul>"
            )
        body += fmt.sources_html(self.store.sources.many(place.source_ids))
        return fmt.page(fmt.place_name(place), "", body)
