"""The map screen: every place on a map of the region (with the accessible list of the same places
beside it), the period's region names, the routes of 1937 as an animation to play, pause and step,
the other movements, map questions, the census figures as charts, and PNG and PDF exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCollator, QItemSelectionModel, QLocale, QModelIndex, QRectF, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from koryo_desktop.core.entities import Event, Place
from koryo_desktop.core.map_periods import TODAY, YEAR_1937, labels_for
from koryo_desktop.core.map_records import Route, Series
from koryo_desktop.core.route_animation import track
from koryo_desktop.core.targets import ScreenName, target
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.charts.chart import ChartWidget
from koryo_desktop.ui.map.animation_bar import AnimationBar
from koryo_desktop.ui.map.map_canvas import MapCanvas, MapPlace, MapRoute
from koryo_desktop.ui.map.map_quiz_bar import MapQuizBar
from koryo_desktop.ui.map.place_card import chart_html, place_card_html, routes_html
from koryo_desktop.ui.map.region_names import region_name
from koryo_desktop.ui.models.record_list_model import ID_ROLE, ListItem, RecordFilterProxyModel, RecordListModel
from koryo_desktop.ui.widgets.detail_browser import DetailBrowser
from koryo_desktop.ui.widgets.file_dialogs import save_path
from koryo_desktop.ui.widgets.flow_layout import FlowLayout
from koryo_desktop.ui.widgets.screen import Screen
from koryo_desktop.ui.widgets.two_line_delegate import TwoLineDelegate

CAPITALS = {"moscow", "tashkent", "almaty", "seoul", "pyongyang", "vladivostok", "astana", "bishkek"}
ANIMATED = ("deportation-1937-kazakhstan", "deportation-1937-uzbekistan", "last-train-1937")


class MapScreen(Screen):
    name = "map"

    def __init__(self, store: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current_id: str | None = None
        self.year = TODAY
        self._places: dict[str, Place] = {}
        self._events_list: list[Event] = []
        self._events_read = False
        self._routes: list[Route] = []
        self._series: list[Series] = []
        self.title_label = QLabel()
        self.title_label.setObjectName("screenTitle")
        self.canvas = MapCanvas()
        self.canvas.place_clicked.connect(self._on_place)
        self.canvas.place_activated.connect(lambda _id: self.card.setFocus())
        self.quiz_bar = MapQuizBar(self.canvas)
        self.quiz_bar.finished.connect(lambda: self.quiz_button.setChecked(False))
        self.animation = AnimationBar()
        self.animation.day_changed.connect(self._on_day)

        bar = FlowLayout()  # the tools wrap onto a second row in long languages and at large text sizes
        self.out_button = self._tool(bar, lambda: self.canvas.zoom(1 / 1.5))
        self.in_button = self._tool(bar, lambda: self.canvas.zoom(1.5))
        self.fit_button = self._tool(bar, self.canvas.fit_all)
        self.period_label = QLabel()
        self.period_box = QComboBox()
        self.period_box.addItem("", TODAY)
        self.period_box.addItem("", YEAR_1937)
        self.period_box.currentIndexChanged.connect(lambda _i: self.set_year(self.period_box.currentData()))
        self.period_label.setBuddy(self.period_box)
        period = QWidget()  # the label and its box stay on one row
        period_layout = QHBoxLayout(period)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(self.period_label)
        period_layout.addWidget(self.period_box)
        bar.addWidget(period)
        self.routes_button = self._tool(bar, self._toggle_routes)
        self.routes_button.setCheckable(True)
        self.routes_button.setChecked(True)
        self.quiz_button: QToolButton = self._tool(bar, self._toggle_quiz)
        self.quiz_button.setCheckable(True)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.png_action = self.export_menu.addAction("", self.export_png)
        self.pdf_action = self.export_menu.addAction("", self.export_pdf)
        self.export_button.setMenu(self.export_menu)
        bar.addWidget(self.export_button)

        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.list_model = RecordListModel(parent=self)
        self.proxy = RecordFilterProxyModel(self)
        self.proxy.setSourceModel(self.list_model)
        self.filter_edit.textChanged.connect(self.proxy.set_query)
        self.list_view = QListView()
        self.list_view.setModel(self.proxy)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setItemDelegate(TwoLineDelegate(self.list_view))
        self.list_view.selectionModel().currentChanged.connect(self._on_list_row)
        self.list_view.activated.connect(lambda _index: self.card.setFocus())
        self.list_label = QLabel()
        self.list_label.setBuddy(self.filter_edit)
        places_panel = QWidget()
        places_layout = QVBoxLayout(places_panel)
        places_layout.setContentsMargins(0, 0, 0, 0)
        places_layout.addWidget(self.list_label)
        places_layout.addWidget(self.filter_edit)
        places_layout.addWidget(self.list_view, 1)
        places_panel.setMinimumWidth(170)

        self.card: DetailBrowser = DetailBrowser()
        self.card.target_activated.connect(self._card_link)
        self.routes_card = DetailBrowser()
        self.routes_card.target_activated.connect(self._card_link)
        self.census_chart = ChartWidget()
        self.deportation_chart = ChartWidget()
        self.numbers_card = DetailBrowser()
        self.numbers_card.target_activated.connect(self.target_activated)
        numbers = QWidget()
        numbers_layout = QVBoxLayout(numbers)
        numbers_layout.setContentsMargins(0, 0, 0, 0)
        numbers_layout.addWidget(self.census_chart, 2)
        numbers_layout.addWidget(self.deportation_chart, 1)
        numbers_layout.addWidget(self.numbers_card, 2)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.card, "")
        self.tabs.addTab(self.routes_card, "")
        self.tabs.addTab(numbers, "")
        self.tabs.setMinimumWidth(280)
        self._tabs_filled: set[int] = set()
        self.tabs.currentChanged.connect(self._fill_tab)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addLayout(bar)
        centre_layout.addWidget(self.quiz_bar)
        centre_layout.addWidget(self.canvas, 1)
        centre_layout.addWidget(self.animation)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (places_panel, centre, self.tabs):
            splitter.addWidget(widget)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 800, 340])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(splitter, 1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.canvas.space_pressed.connect(self._space)
        for keys, slot in (("Ctrl+L", self._focus_list), (QKeySequence.StandardKey.Find, self._focus_list)):
            QShortcut(QKeySequence(keys), self, slot).setContext(context)
        self.retranslate()

    def _tool(self, bar: FlowLayout, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.clicked.connect(lambda _=False: slot())
        bar.addWidget(button)
        return button

    # -- words ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Map"))
        for button, text, tip in (
            (self.out_button, self.tr("−"), self.tr("Zoom out (−)")),
            (self.in_button, self.tr("+"), self.tr("Zoom in (+)")),
            (self.fit_button, self.tr("Whole map"), self.tr("Show the whole map (Home)")),
            (self.routes_button, self.tr("Routes"), self.tr("Show the routes of the deportation and other movements")),
            (self.quiz_button, self.tr("Find on the map"), self.tr("Questions: find places on the map")),
            (self.export_button, self.tr("Export"), self.tr("Save the map as a picture or a printable page")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip.split(" (")[0])
        self.period_label.setText(self.tr("&Names"))
        self.period_box.setItemText(0, self.tr("Today's names"))
        self.period_box.setItemText(1, self.tr("Names of 1937"))
        self.period_box.setAccessibleName(self.tr("Names of countries and regions"))
        self.png_action.setText(self.tr("Picture of this view (PNG)…"))
        self.pdf_action.setText(self.tr("Printable page (PDF)…"))
        self.list_label.setText(self.tr("&Places on the map"))
        self.filter_edit.setPlaceholderText(self.tr("Find a place"))
        self.filter_edit.setAccessibleName(self.tr("Find a place"))
        self.list_view.setAccessibleName(self.tr("Places on the map"))
        self.canvas.setAccessibleName(self.tr("Map"))
        self.canvas.setAccessibleDescription(self.tr(
            "Arrow keys move the map, plus and minus zoom, Home shows everything, Page Down and Page Up choose the "
            "next place to the east or west, Enter opens its card. The list of places beside the map holds the same "
            "places."))  # fmt: skip
        self.tabs.setTabText(0, self.tr("Place"))
        self.tabs.setTabText(1, self.tr("Routes"))
        self.tabs.setTabText(2, self.tr("Numbers"))
        self.card.setAccessibleName(self.tr("The chosen place"))
        self.routes_card.setAccessibleName(self.tr("Routes"))
        self.census_chart.setAccessibleName(self.tr("Chart: Koreans counted in each country"))
        self.deportation_chart.setAccessibleName(self.tr("Chart: where the deportees of 1937 were sent"))
        self.numbers_card.setAccessibleName(self.tr("The numbers of the charts, with their sources"))
        self.quiz_bar.retranslate()
        self.animation.retranslate()
        self.canvas.refresh_colours()
        if self._loaded:
            if self.content_language_changed(self.store.language):
                self._places = {p.id: p for p in self.store.places.all()}  # descriptions in the new language
                self._events_read = False
            self._fill()
            self._show_card(self.current_id)

    # -- data ----------------------------------------------------------------------------------
    def load_data(self) -> None:
        self.content_language_changed(self.store.language)
        self._places = {p.id: p for p in self.store.places.all()}
        self._events_read = False  # read when an event is first needed, not at opening
        self._routes = self.store.routes.all()
        self._series = self.store.series.all()
        tracks = {r.id: track(r) for r in self._routes}
        self.canvas.set_routes([MapRoute(r.id, r.kind, tracks[r.id], r.title) for r in self._routes])
        self.animation.set_tracks([tracks[i] for i in ANIMATED if i in tracks])
        self._fill()
        self._show_card(None)

    @property
    def _events(self) -> list[Event]:
        if not self._events_read:
            self._events_read = True
            self._events_list = self.store.events.all()
        return self._events_list

    def _fill(self) -> None:
        """Names in the interface language: markers, list, region names, cards."""
        on_routes = {w.place_id for r in self._routes for w in r.waypoints if w.place_id}
        self.canvas.set_places([
            MapPlace(p.id, fmt.place_name(p), p.latitude, p.longitude,
                     (20 if p.id in CAPITALS else 0) + (10 if p.id in on_routes else 0))
            for p in self._places.values()
        ])  # fmt: skip
        collator = QCollator(QLocale())
        ordered = sorted(self._places.values(), key=lambda p: collator.sortKey(fmt.place_name(p)))
        self.list_model.set_items([
            ListItem(p.id, fmt.place_name(p), fmt.country_label(p.country), f"{p.name} {p.name_ko} {p.name_ru}")
            for p in ordered
        ])  # fmt: skip
        self.set_year(self.year)
        self._tabs_filled = set()  # the routes and numbers tabs are filled when first shown
        self._fill_tab(self.tabs.currentIndex())
        if self.current_id:
            self._select_in_list(self.current_id)
            self.canvas.select(self.current_id, reveal=False)

    def _fill_tab(self, index: int) -> None:
        if not self._loaded or index in self._tabs_filled:
            return
        self._tabs_filled.add(index)
        if index == 1:
            self.routes_card.show_html(routes_html(self.store, self._routes))
        elif index == 2:
            census = [s for s in self._series if s.chart == "census"]
            deportation = [s for s in self._series if s.chart == "deportation-1937"]
            self.census_chart.set_series([s for s in census if s.country])
            self.deportation_chart.set_series(deportation)
            document = self.numbers_card.document()
            document.clear()
            width = self.numbers_card.viewport().width() - 60
            self.numbers_card.show_html(fmt.page(self.tr("Numbers"), "", chart_html(
                self.store, census, document, self.palette(), self.font(), "census", width)
                + chart_html(self.store, deportation, document, self.palette(), self.font(), "1937", width)))  # fmt: skip

    def set_year(self, year: int) -> None:
        """Write the region names of ``year`` (TODAY for today's)."""
        self.year = year
        index = self.period_box.findData(year)
        if index >= 0 and index != self.period_box.currentIndex():
            self.period_box.blockSignals(True)
            self.period_box.setCurrentIndex(index)
            self.period_box.blockSignals(False)
        self.canvas.set_region_names([(region_name(r.key), r.latitude, r.longitude) for r in labels_for(year)])

    def set_markers(self, coordinates: list[tuple[float, float]]) -> None:
        """Show extra markers (the benchmark adds ten thousand)."""
        self._loaded = True
        self.canvas.set_markers(coordinates)

    # -- the timeline's questions ----------------------------------------------------------------
    def highlight_event(self, event_id: str | None) -> list[str]:
        """Light up the places of an event, name the regions as in its year, and show them all."""
        event = next((e for e in self._events if e.id == event_id), None)
        ids = [p for p in event.place_ids if p in self._places] if event else []
        self.canvas.set_highlighted(set(ids))
        if event is not None:
            self.set_year(int(event.date.start.year) if event.date.start.year < 1992 else TODAY)
        if ids:
            shown = [place for place in map(self.canvas.place, ids) if place]
            self.canvas.show_area([(place.x, place.y) for place in shown])
        return ids

    def filter_period(self, first_year: float | None, last_year: float | None) -> set[str]:
        """Dim the places with no event between the two years (None: show all); returns the dimmed."""
        if first_year is None or last_year is None:
            self.canvas.set_dimmed(set())
            return set()
        active = {p for e in self._events if first_year <= e.date.sort_key() <= last_year for p in e.place_ids}
        dimmed = set(self._places) - active
        self.canvas.set_dimmed(dimmed)
        return dimmed

    # -- selection -----------------------------------------------------------------------------
    def _on_place(self, place_id: str) -> None:
        if place_id != self.current_id:
            self._show_card(place_id)
            self._select_in_list(place_id)
            self.record_shown.emit(target(ScreenName.MAP, place_id))

    def _on_list_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        place_id = current.data(ID_ROLE) if current.isValid() else None
        if place_id and place_id != self.current_id:
            self._show_card(place_id)
            self.canvas.select(place_id)
            self.record_shown.emit(target(ScreenName.MAP, place_id))

    def _select_in_list(self, place_id: str) -> None:
        index = self.proxy.mapFromSource(self.list_model.index(self.list_model.row_of(place_id), 0))
        if index.isValid():
            selection = self.list_view.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            self.list_view.scrollTo(index)

    def open_record(self, record: str | None, anchor: str | None = None) -> bool:
        self.load()
        if record is None:
            return True
        if record.startswith("route:"):
            route_id = record.removeprefix("route:")
            route = next((r for r in self._routes if r.id == route_id), None)
            if route is None:
                return False
            self.tabs.setCurrentWidget(self.routes_card)
            self.routes_card.scrollToAnchor(route_id)
            self.routes_button.setChecked(True)
            self.canvas.shown_routes = {r.id for r in self._routes}
            self.canvas.show_area([(w[0], w[1]) for w in self.canvas_route_points(route_id)])
            return True
        if record not in self._places:
            return False
        self._show_card(record)
        self.canvas.select(record)
        self._select_in_list(record)
        return True

    def canvas_route_points(self, route_id: str) -> list[tuple[float, float]]:
        route = next((r for r in self.canvas.routes if r.id == route_id), None)
        return list(route.track.points) if route else []

    def _show_card(self, place_id: str | None) -> None:
        self.current_id = place_id
        place = self._places.get(place_id or "")
        if place is None:
            self.current_id = None
            self.card.show_html(fmt.page(self.tr("Map"), "", "<p>" + fmt.esc(self.tr(
                "Every place of the story is on this map. Choose one on the map or in the list to read about it; "
                "press ▶ below the map to follow the trains of 1937 day by day.")) + "</p><p style='color:"
                + fmt.quiet_colour() + "'>" + fmt.esc(self.tr(
                    "Made with Natural Earth: free vector and raster map data from naturalearthdata.com, in the "
                    "public domain. The borders are today's; the names switch between 1937 and today.")) + "</p>"))  # fmt: skip
            return
        self.tabs.setCurrentWidget(self.card)
        self.card.document().clear()
        width = self.card.viewport().width() - 60  # the chart fits the card
        self.card.show_html(
            place_card_html(self.store, place, self.card.document(), self.palette(), self.font(), width)
        )

    def _card_link(self, target: str) -> None:
        if target.startswith("map/"):
            self.open_record(target.split("/", 1)[1])
        else:
            self.target_activated.emit(target)

    # -- tools ---------------------------------------------------------------------------------
    def _toggle_routes(self) -> None:
        self.canvas.shown_routes = {r.id for r in self._routes} if self.routes_button.isChecked() else set()
        self.canvas.viewport().update()

    def _on_day(self, day: float) -> None:
        self.canvas.set_day(day)
        if not self.routes_button.isChecked():
            self.routes_button.setChecked(True)
            self._toggle_routes()
        if self.year != YEAR_1937:
            self.set_year(YEAR_1937)

    def _toggle_quiz(self) -> None:
        if self.quiz_button.isChecked():
            from koryo_desktop.core.map_quiz import map_questions  # loads when a map quiz begins

            questions = map_questions(list(self._places.values()), self._routes, 10, seed=len(self._places))
            self.quiz_bar.start(questions, list(self._places.values()), self._routes)
        else:
            self.quiz_bar.stop()

    def _focus_list(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _space(self) -> None:
        self.animation.set_playing(not self.animation.animation.playing)

    # -- export --------------------------------------------------------------------------------
    def enter_kiosk(self) -> None:
        self.export_button.setVisible(False)

    def _save_name(self, title: str, suggested: str, pattern: str) -> Path | None:
        return save_path(self, title, suggested, pattern)

    def export_png(self) -> Path | None:
        path = self._save_name(self.tr("Save a picture"), "koryo-map.png", self.tr("PNG image (*.png)"))
        if path is not None and self.canvas.viewport().grab().save(str(path), "PNG"):
            return path
        return None

    def export_pdf(self) -> Path | None:
        path = self._save_name(self.tr("Save a printable page"), "koryo-map.pdf", self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        from PySide6.QtCore import QMarginsF  # the PDF classes load with the first PDF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(10, 10, 10, 10))
        writer.setResolution(150)
        writer.setTitle(self.tr("Koryo-saram: a map"))
        painter = QPainter(writer)
        area = QRectF(painter.viewport())
        view = QRectF(self.canvas.viewport().rect())
        title_height = 60.0
        factor = min(area.width() / view.width(), (area.height() - title_height) / view.height())
        painter.drawText(QRectF(area.left(), area.top(), area.width(), title_height),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.tr("Koryo-saram: a map"))  # fmt: skip
        painter.translate(area.left(), area.top() + title_height)
        painter.scale(factor, factor)
        painter.setClipRect(view)
        self.canvas.paint(painter, view, for_export=True)
        painter.end()
        return path
