"""The HTML of the map's cards: a place (its names, events, people, the passages that mention it,
the routes through it, its country's numbers as a chart and a table, sources) and the routes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import QFont, QPalette, QTextDocument

from koryo_desktop.core.entities import Place
from koryo_desktop.core.map_records import Route
from koryo_desktop.core.targets import ScreenName, target
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.charts.chart import chart_image, number, series_title, table_html


def _label(key: str) -> str:
    return {
        "EVENTS": QCoreApplication.translate("MapCard", "Events here"),
        "PEOPLE": QCoreApplication.translate("MapCard", "People born or died here"),
        "READ": QCoreApplication.translate("MapCard", "Read about it"),
        "ROUTES": QCoreApplication.translate("MapCard", "Routes through this place"),
        "NUMBERS": QCoreApplication.translate("MapCard", "Numbers"),
        "PEOPLE_COUNT": QCoreApplication.translate("MapCard", "%1 people"),
        "ON_TIMELINE": QCoreApplication.translate("MapCard", "On the timeline"),
    }[key]


def route_kind_label(kind: str) -> str:
    return {
        "deportation": QCoreApplication.translate("MapCard", "Deportation"),
        "settlement": QCoreApplication.translate("MapCard", "Settlement"),
        "migration": QCoreApplication.translate("MapCard", "Migration"),
    }.get(kind, kind)


def place_card_html(store: ContentStore, place: Place, document: QTextDocument, palette: QPalette, font: QFont,
                    width: int = 460) -> str:  # fmt: skip
    """The card of a place; charts of its country's numbers are added to ``document`` as images."""
    names = [(QCoreApplication.translate("MapCard", "English"), place.name), (QCoreApplication.translate("MapCard", "Korean"), place.name_ko), (QCoreApplication.translate("MapCard", "Russian"), place.name_ru),
             (QCoreApplication.translate("MapCard", "Country"), fmt.country_label(place.country)),
             (QCoreApplication.translate("MapCard", "Coordinates"), f"{place.latitude:.3f}° N, {place.longitude:.3f}° E")]  # fmt: skip
    table = "".join(f"<tr><td>{fmt.esc(k)}</td><td><b>{fmt.esc(v)}</b></td></tr>" for k, v in names if v)
    body = [fmt.paragraphs(place.description), f"<table cellpadding='3'>{table}</table>"]
    events = [e for e in store.events.all() if place.id in e.place_ids]
    if events:
        items = "".join(f"<li>{fmt.esc(fmt.format_date(e.date))}: {fmt.link(target(ScreenName.TIMELINE, e.id), e.title)}</li>"
                        for e in events)  # fmt: skip
        body.append(f"<h3>{fmt.esc(_label('EVENTS'))}</h3><ul>{items}</ul>")
    people = [p for p in store.people.all() if place.id in (p.born_place, p.died_place)]
    if people:
        links = ", ".join(fmt.link(target(ScreenName.PEOPLE, p.id), fmt.person_name(p)) for p in people)
        body.append(f"<p><b>{fmt.esc(_label('PEOPLE'))}:</b> {links}</p>")
    passages = fmt.chapter_links(store, "place", place.id)
    if passages:
        body.append(f"<h3>{fmt.esc(_label('READ'))}</h3><ul>" + "".join(f"<li>{p}</li>" for p in passages) + "</ul>")
    lang = fmt.ui_language()
    routes = [r for r in (store.routes.get(i) for i in store.routes.through(place.id)) if r]
    if routes:
        items = "".join(
            f"<li>{fmt.link(target(ScreenName.MAP, f'route:{r.id}'), r.local_title(lang))}</li>" for r in routes
        )
        body.append(f"<h3>{fmt.esc(_label('ROUTES'))}</h3><ul>{items}</ul>")
    series = store.series.for_country(place.country)
    if series:
        body.append(f"<h3>{fmt.esc(_label('NUMBERS'))}</h3>")
        body.append(chart_html(store, series, document, palette, font, f"chart-{place.id}", width))
    body.append(fmt.sources_html(store.sources.many(place.source_ids)))
    body.append(
        "<p>"
        + fmt.link(
            target(ScreenName.PLACES, place.id), QCoreApplication.translate("MapCard", "Open in the list of places")
        )
        + "</p>"
    )
    return fmt.page(fmt.place_name(place), fmt.country_label(place.country), "".join(body))


def chart_html(store: ContentStore, series: list, document: QTextDocument, palette: QPalette, font: QFont,
               name: str, width: int = 460) -> str:  # fmt: skip
    """A chart as an image in ``document`` followed by the same numbers as a table."""
    width = max(280, width)
    image = chart_image(series, QSize(width, 260), font, palette.text().color(), palette.base().color(),
                        palette.mid().color())  # fmt: skip
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    titles = {s.id: s.citation() for s in store.sources.all()}
    alt = fmt.esc("; ".join(series_title(s) for s in series))
    notes = "".join(f"<p><i>{fmt.esc(s.note)}</i></p>" for s in series if s.note)
    return (
        f"<p><img src='chart:{name}' alt='{alt}' width='{width}' height='260'></p>{notes}{table_html(series, titles)}"
    )


def routes_html(store: ContentStore, routes: list[Route]) -> str:
    lang = fmt.ui_language()
    parts = []
    for route in routes:
        when = f"{fmt.format_date(route.start)} – {fmt.format_date(route.end)}"
        people = f" · {fmt.esc(_label('PEOPLE_COUNT').replace('%1', number(route.people)))}" if route.people else ""
        stops = " → ".join(w.local_name(lang) for w in route.waypoints)
        parts.append(
            f"<h3><a name='{fmt.esc(route.id)}'></a>{fmt.esc(route.local_title(lang))}</h3>"
            f"<p><b>{fmt.esc(when)}</b> · {fmt.esc(route_kind_label(route.kind))}{people}</p>"
            f"{fmt.dispute_box(route.dispute)}{fmt.paragraphs(route.description)}"
            f"<p style='color:{fmt.quiet_colour()}'>{fmt.esc(stops)}</p>"
            + "".join(
                f"<p>{fmt.link(target(ScreenName.TIMELINE, e), _label('ON_TIMELINE'))}</p>" for e in route.event_ids[:1]
            )
            + fmt.sources_html(store.sources.many(route.source_ids))
        )
    return fmt.page(QCoreApplication.translate("MapCard", "Routes"), "", "".join(parts))
