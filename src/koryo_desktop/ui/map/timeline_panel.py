"""The timeline's map panel: a small map beside the event card that lights up the chosen event's
places, dims the places with no event in the years the timeline shows, and, when a place is
clicked, asks the timeline to show that place's events. The timeline hosts it with a few lines
(attach); everything else happens here, through signals."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from koryo_desktop.core.map_periods import TODAY, labels_for
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.map.region_names import region_name

if TYPE_CHECKING:
    from koryo_desktop.ui.map.map_canvas import MapCanvas


class MapPanel(QWidget):
    place_chosen = Signal(str)  # show this place's events on the timeline

    def __init__(self, store: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.canvas: MapCanvas | None = None  # made when first shown: the timeline opens without it
        self.event_id: str | None = None
        self.period: tuple[float, float] | None = None
        self._events: dict[str, Any] = {}
        self._years: list[float] = []  # the dates of the events that have places, ascending
        self._places: list[tuple[str, ...]] = []  # and their places, in the same order
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.caption)
        self._period_timer = QTimer(self)
        self._period_timer.setSingleShot(True)
        self._period_timer.setInterval(120)  # the timeline pans smoothly; the map follows once it rests
        self._period_timer.timeout.connect(self._apply_period)
        self.setMinimumHeight(200)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("On the map: the chosen event's places are ringed; places with no event in the "
                                     "years shown are grey. Click a place to see its events."))  # fmt: skip
        if self.canvas is not None:
            self.canvas.setAccessibleName(self.tr("Map of the chosen event's places"))
            self._fill()

    def attach(self, timeline: Any) -> None:
        """Follow a timeline screen: its view's years and its place filter."""
        timeline.canvas.view_changed.connect(lambda: self.set_period(*timeline.canvas.view_range()))

        def choose(place_id: str) -> None:
            index = timeline.place_box.findData(place_id)
            if index >= 0:
                timeline.place_box.setCurrentIndex(index)

        self.place_chosen.connect(choose)

    def _ensure_canvas(self) -> MapCanvas:
        if self.canvas is None:
            # the map's module (its geography, projection and painting) loads here too, not with the
            # timeline: its first visit is not kept waiting for a panel that comes a turn later
            from koryo_desktop.ui.map.map_canvas import MapCanvas

            self.canvas = MapCanvas()
            self.canvas.place_clicked.connect(self.place_chosen)
            self._layout.addWidget(self.canvas, 1)
            self._events = {e.id: e for e in self.store.events.all()}
            dated = sorted((e.date.sort_key(), tuple(e.place_ids)) for e in self._events.values() if e.place_ids)
            self._years, self._places = [year for year, _ in dated], [places for _, places in dated]
            self.retranslate()
        return self.canvas

    def _fill(self) -> None:
        canvas = self.canvas
        if canvas is None:
            return
        from koryo_desktop.ui.map.map_canvas import MapPlace

        canvas.set_places([MapPlace(p.id, fmt.place_name(p), p.latitude, p.longitude) for p in self.store.places.all()])
        self.show_event(self.event_id)
        self._apply_period()
        canvas.refresh_colours()

    def showEvent(self, event: QShowEvent) -> None:
        if self.canvas is None:  # after the timeline's first frame: the map never delays the timeline
            QTimer.singleShot(0, self, self._ensure_canvas)  # not called once the panel is gone
        super().showEvent(event)

    def show_event(self, event_id: str | None) -> set[str]:
        """Ring the places of an event and write the region names of its year."""
        self.event_id = event_id
        if self.canvas is None:
            return set()
        event = self._events.get(event_id or "")
        ids = set(event.place_ids) if event else set()
        self.canvas.set_highlighted(ids)
        year = event.date.start.year if event else TODAY
        self.canvas.set_region_names([(region_name(r.key), r.latitude, r.longitude)
                                      for r in labels_for(year if year < 1992 else TODAY)])  # fmt: skip
        places = [self.canvas.place(i) for i in ids]
        points = [(p.x, p.y) for p in places if p is not None]
        if len(points) > 1:
            self.canvas.show_area(points, padding=40)
        elif points:
            self.canvas.fit_all()
            self.canvas.show_place(next(iter(ids)))
        return ids

    def set_period(self, first_year: float, last_year: float) -> None:
        self.period = (first_year, last_year)
        self._period_timer.start()

    def _apply_period(self) -> None:
        if self.canvas is None or self.period is None:
            return
        first, last = self.period  # the events in those years: found by bisection, not one by one
        shown = self._places[bisect.bisect_left(self._years, first) : bisect.bisect_right(self._years, last)]
        active = {place for places in shown for place in places}
        self.canvas.set_dimmed({p.id for p in self.canvas.places} - active)
