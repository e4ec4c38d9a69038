"""The timeline screen: the painted timeline (or, one key away, the same events as a table), with
filters by category, person and place, a search that jumps between matching events, a card for the
chosen event, and exports (PNG, PDF poster, TimelineJS)."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCollator, QItemSelectionModel, QLocale, QModelIndex, QRectF, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

if TYPE_CHECKING:
    from collections.abc import Callable

from koryo_desktop.core.entities import Event, Place
from koryo_desktop.core.targets import ScreenName, target
from koryo_desktop.core.text import fold, tokens
from koryo_desktop.core.timeline_layout import TimelineItem
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.map.timeline_panel import MapPanel
from koryo_desktop.ui.timeline.canvas import EraBand, TimelineCanvas
from koryo_desktop.ui.timeline.categories import CATEGORIES, icon
from koryo_desktop.ui.timeline.timeline_model import ID_ROLE, EventRow, TimelineModel, TimelineProxyModel
from koryo_desktop.ui.timeline.timelinejs_export import timelinejs_document
from koryo_desktop.ui.widgets.detail_browser import DetailBrowser
from koryo_desktop.ui.widgets.file_dialogs import save_path
from koryo_desktop.ui.widgets.flow_layout import FlowLayout
from koryo_desktop.ui.widgets.screen import Screen


def event_rows(events: list[Event], people: dict[str, str], places: dict[str, str]) -> list[EventRow]:
    """The events in date order, each with what the view, the table and the search need."""
    labels = {c: fmt.category_label(c) for c in {e.category for e in events}}
    keyed = sorted([(e.date.sort_key(), e.id, e) for e in events], key=lambda k: (k[0], k[1]))
    rows, row, item_of = [], EventRow, TimelineItem
    for start, _id, e in keyed:
        date = e.date
        fuzzy = date.precision in ("circa", "decade")
        if fuzzy and not date.is_range:  # an uncertain year: a soft span around it
            decade = date.precision == "decade"
            item = item_of(e.id, start - (0 if decade else 1), start + (5.0 if decade else 2.0), e.title,
                           e.category, True, False)  # fmt: skip
        else:
            end = date.last.decimal_year(end=True) if date.is_range else start
            item = item_of(e.id, start, end, e.title, e.category, fuzzy, date.is_range)
        place_names = ", ".join([places.get(p, p) for p in e.place_ids]) if e.place_ids else ""
        people_names = ", ".join([people.get(p, p) for p in e.person_ids]) if e.person_ids else ""
        rows.append(row(item, date, labels[e.category], e.place_ids, place_names, e.person_ids, people_names,
                        e.description))  # fmt: skip
    return rows


class ToolRow(QWidget):
    """The timeline's tools in a row that wraps at large text sizes and in narrow windows, so that
    every tool stays on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self, spacing=4)

    def addWidget(self, widget: QWidget) -> None:
        self._flow.addWidget(widget)

    def addSeparator(self) -> None:
        gap = QWidget()
        gap.setFixedWidth(8)
        self._flow.addWidget(gap)


class TimelineScreen(Screen):
    name = "timeline"

    def __init__(self, store: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current_id: str | None = None
        self._events: dict[str, Event] = {}
        self._matches: list[str] = []
        self._folded: dict[str, str] = {}  # event id -> folded search text, filled on the first search
        self.title_label = QLabel()
        self.title_label.setObjectName("screenTitle")
        self.canvas = TimelineCanvas()
        self.canvas.selected.connect(self._on_selected)
        self.canvas.activated.connect(lambda _id: self.card.setFocus())
        self.model = TimelineModel(self)
        self.proxy = TimelineProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # sorting on demand only: sorting 10,000 rows at every start would cost more than it gives
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(lambda column, order: self.proxy.sort(column, order))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row)
        self.views = QStackedWidget()
        self.views.addWidget(self.canvas)
        self.views.addWidget(self.table)
        self.card: DetailBrowser = DetailBrowser()
        self.card.target_activated.connect(self.target_activated)

        bar = ToolRow()  # wraps onto a second row rather than hiding tools behind an overflow button
        self.year_message = QLabel()  # why a typed year was not shown
        self.year_message.setObjectName("hint")
        self.year_message.setWordWrap(True)
        self.year_message.hide()
        self.out_button = self._tool(bar, lambda: self.canvas.zoom(1 / 1.5))
        self.in_button = self._tool(bar, lambda: self.canvas.zoom(1.5))
        self.fit_button = self._tool(bar, self.canvas.fit_all)
        bar.addSeparator()
        self.year_label = QLabel()
        self.year_box = QLineEdit("1937")  # any text: a year outside the timeline is answered, not dropped
        self.year_box.setMaxLength(40)
        self.year_box.setMaximumWidth(self.year_box.fontMetrics().horizontalAdvance("000000") + 24)
        self.year_box.returnPressed.connect(self.go_to_typed_year)
        self.year_box.textEdited.connect(lambda _text: self.year_message.hide())
        self.year_label.setBuddy(self.year_box)
        self.match_label = QLabel()
        for label in (self.year_label, self.match_label):
            label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            label.setMinimumHeight(self.year_box.sizeHint().height())
        bar.addWidget(self.year_label)
        bar.addWidget(self.year_box)
        self.go_button = self._tool(bar, self.go_to_typed_year)
        bar.addSeparator()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(260)
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(lambda: self._jump(1))
        bar.addWidget(self.search_edit)
        self.previous_match = self._tool(bar, lambda: self._jump(-1))
        self.next_match = self._tool(bar, lambda: self._jump(1))
        bar.addWidget(self.match_label)
        bar.addSeparator()
        self.list_button = self._tool(bar, self.toggle_list)
        self.list_button.setCheckable(True)
        self.export_button = QToolButton()
        self.export_button.setAutoRaise(True)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.png_action = self.export_menu.addAction("", self.export_png)
        self.pdf_action = self.export_menu.addAction("", self.export_poster)
        self.json_action = self.export_menu.addAction("", self.export_timelinejs)
        self.export_button.setMenu(self.export_menu)
        bar.addWidget(self.export_button)

        filters = FlowLayout()  # the chips wrap onto a second row at large text sizes
        self.category_buttons: dict[str, QToolButton] = {}
        for category in CATEGORIES:
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(icon(category))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(lambda _on: self.apply_filters())
            self.category_buttons[category] = button
            filters.addWidget(button)
        choosers = QHBoxLayout()
        self.person_box, self.place_box = QComboBox(), QComboBox()
        self.person_label, self.place_label = QLabel(), QLabel()
        for label, box in ((self.person_label, self.person_box), (self.place_label, self.place_box)):
            label.setBuddy(box)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
            box.currentIndexChanged.connect(lambda _i: self.apply_filters())
            choosers.addWidget(label)
            choosers.addWidget(box)
        choosers.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(bar)
        left_layout.addWidget(self.year_message)
        left_layout.addLayout(filters)
        left_layout.addLayout(choosers)
        left_layout.addWidget(self.views, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        self.map_panel = MapPanel(store)  # the chosen event's places on a map (ui/map/timeline_panel.py)
        self.map_panel.attach(self)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.card)
        side.addWidget(self.map_panel)
        splitter.addWidget(side)
        self.card.setMinimumWidth(280)  # never squeezed to a letter a line
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 340])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(splitter, 1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+L", self.toggle_list), ("Ctrl+G", self._go_to_year_box),
                           (QKeySequence.StandardKey.Find, self._focus_search)):  # fmt: skip
            QShortcut(QKeySequence(keys), self, slot).setContext(context)
        self.retranslate()

    def _tool(self, bar: ToolRow, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setAutoRaise(True)
        button.clicked.connect(lambda _=False: slot())
        bar.addWidget(button)
        return button

    # -- words ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Timeline"))
        for button, text, tip in (
            (self.out_button, self.tr("−"), self.tr("Zoom out (−)")),
            (self.in_button, self.tr("+"), self.tr("Zoom in (+)")),
            (self.fit_button, self.tr("Fit all"), self.tr("Show the whole timeline (Home)")),
            (self.go_button, self.tr("Go"), self.tr("Go to the year")),
            (self.previous_match, "↑", self.tr("Previous matching event")),
            (self.next_match, "↓", self.tr("Next matching event (Enter)")),
            (self.list_button, self.tr("List"), self.tr("Show the events as a table (Ctrl+L)")),
            (self.export_button, self.tr("Export"), self.tr("Save the timeline as a picture, a poster or TimelineJS")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip.split(" (")[0])
        self.year_label.setText(self.tr("&Year"))
        self.year_box.setAccessibleName(self.tr("Year"))
        self.search_edit.setPlaceholderText(self.tr("Find events"))
        self.search_edit.setAccessibleName(self.tr("Find events"))
        self.png_action.setText(self.tr("Picture of this view (PNG)…"))
        self.pdf_action.setText(self.tr("Printable poster (PDF)…"))
        self.json_action.setText(self.tr("TimelineJS file for a web site (JSON)…"))
        for category, button in self.category_buttons.items():
            button.setIcon(icon(category))  # the colours depend on the interface's ground
            button.setText(fmt.category_label(category))
            button.setAccessibleName(self.tr("Show %1 events").replace("%1", fmt.category_label(category)))
        self.person_label.setText(self.tr("&Person"))
        self.place_label.setText(self.tr("Pla&ce"))
        self.person_box.setAccessibleName(self.tr("Person"))
        self.place_box.setAccessibleName(self.tr("Place"))
        self.canvas.setAccessibleName(self.tr("Timeline"))
        self.canvas.setAccessibleDescription(
            self.tr(
                "Left and Right choose an event, Shift+Left and Shift+Right move, plus and minus zoom, Home shows "
                "everything, Enter opens the card; Ctrl+L shows the same events as a table."
            )
        )
        self.table.setAccessibleName(self.tr("Events"))
        self.card.setAccessibleName(self.tr("The chosen event"))
        if self._loaded:
            if self.content_language_changed(self.store.language) and self._events:
                self._events = {e.id: e for e in self.store.events.all()}  # their titles in the new language
            self._fill_boxes()
            self._load_rows()
            self._show_card(self.current_id)

    # -- data ----------------------------------------------------------------------------------
    def load_data(self) -> None:
        self.content_language_changed(self.store.language)
        self._events = {e.id: e for e in self.store.events.all()}
        self._fill_boxes()
        self._load_rows()
        self._show_card(None)

    def set_events(self, events: list[Event]) -> None:
        """Show these events instead (the benchmark uses generated ones)."""
        self._loaded = True
        self._events = {e.id: e for e in events}
        self._load_rows()

    def _load_rows(self) -> None:
        people = {p: self.store.people.get(p) for e in self._events.values() for p in e.person_ids}
        places = {p: self.store.places.get(p) for e in self._events.values() for p in e.place_ids}
        rows = event_rows(list(self._events.values()), {k: v.name for k, v in people.items() if v},
                          {k: fmt.place_name(v) for k, v in places.items() if v})  # fmt: skip
        self.model.set_rows(rows)  # already in date order
        self._folded = {}
        self.apply_filters()
        gc.freeze()  # thousands of rows that live on: later collections need not walk through them

    def _fill_boxes(self) -> None:
        for box, everyone, records in (
            (self.person_box, self.tr("Everyone"), self.store.people.all()),
            (self.place_box, self.tr("Everywhere"), self.store.places.all()),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            collator = QCollator(QLocale())
            names = {r.id: fmt.place_name(r) if isinstance(r, Place) else fmt.person_name(r) for r in records}
            for record_id in sorted(names, key=lambda i: collator.sortKey(names[i])):
                box.addItem(names[record_id], record_id)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def apply_filters(self) -> None:
        categories = {c for c, b in self.category_buttons.items() if b.isChecked()}
        person, place = self.person_box.currentData(), self.place_box.currentData()
        rows = self.model.rows()
        flags = [r.item.category in categories and (person is None or person in r.people)
                 and (place is None or place in r.places) for r in rows]  # fmt: skip
        self.proxy.set_flags(None if all(flags) else flags)
        eras = [
            EraBand(e.title, e.start.sort_key(), e.end.last.decimal_year(end=True)) for e in self.store.events.eras()
        ]
        self.canvas.set_items([r.item for r, ok in zip(rows, flags, strict=True) if ok], eras)
        self._search(self.search_edit.text())

    # -- search --------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        words = tokens(text)
        shown = {item.id for item in self.canvas.items}
        if words and not self._folded:
            self._folded = {r.item.id: fold(r.search_text) for r in self.model.rows()}
        self._matches = [r.item.id for r in self.model.rows()
                         if words and r.item.id in shown and all(w in self._folded[r.item.id] for w in words)]  # fmt: skip
        self.canvas.set_marked(set(self._matches))
        if not text.strip():
            self.match_label.clear()
        elif not self._matches:
            self.match_label.setText(self.tr("No events"))
        else:
            self.match_label.setText(self.tr("%n event(s)", "", len(self._matches)))

    def _jump(self, step: int) -> None:
        if not self._matches:
            return
        if self.current_id in self._matches:
            index = (self._matches.index(self.current_id) + step) % len(self._matches)
        else:
            index = 0 if step > 0 else len(self._matches) - 1
        self.open_record(self._matches[index])
        self.record_shown.emit(target(ScreenName.TIMELINE, self._matches[index]))

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def go_to_typed_year(self) -> None:
        """Go to the year typed (Enter or Go); a year the timeline does not reach, or text that is no
        year, is kept in the box and the line below it says what to type."""
        text = self.year_box.text().strip()
        first, last = self.canvas.year_span()
        try:
            year: int | None = int(text)
        except ValueError:
            year = None
        if year is None:
            message = self.tr("Type a year in digits, for example 1937.")
        elif not first <= year <= last:
            message = self.tr("The timeline runs from %1 to %2: type a year in between.")
            message = message.replace("%1", str(first)).replace("%2", str(last))
        else:
            self.year_message.hide()
            self.canvas.go_to_year(year + 0.5, span_years=12)
            return
        self.year_message.setText(message)
        self.year_message.setAccessibleName(message)
        self.year_message.show()
        self.year_box.setFocus()
        self.year_box.selectAll()

    def _go_to_year_box(self) -> None:
        self.year_box.setFocus()
        self.year_box.selectAll()

    # -- selection -----------------------------------------------------------------------------
    def toggle_list(self) -> None:
        showing_list = self.views.currentWidget() is self.canvas
        self.views.setCurrentWidget(self.table if showing_list else self.canvas)
        self.list_button.setChecked(showing_list)
        (self.table if showing_list else self.canvas).setFocus()
        if self.current_id:
            self._select_in_table(self.current_id)

    def _on_selected(self, event_id: str) -> None:
        if event_id != self.current_id:
            self._show_card(event_id)
            self._select_in_table(event_id)
            self.record_shown.emit(target(ScreenName.TIMELINE, event_id))

    def _on_table_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event_id = current.data(ID_ROLE) if current.isValid() else None
        if event_id and event_id != self.current_id:
            self._show_card(event_id)
            self.canvas.select(event_id)
            self.record_shown.emit(target(ScreenName.TIMELINE, event_id))

    def _select_in_table(self, event_id: str) -> None:
        row = self.model.row_of(event_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().blockSignals(False)
            self.table.scrollTo(index)

    def open_record(self, record: str | None, anchor: str | None = None) -> bool:
        self.load()
        if record is None:
            return True
        if record not in self._events:
            return False
        if record not in {item.id for item in self.canvas.items}:  # hidden by a filter: show everything again
            for button in self.category_buttons.values():
                button.blockSignals(True)
                button.setChecked(True)
                button.blockSignals(False)
            self.person_box.setCurrentIndex(0)
            self.place_box.setCurrentIndex(0)
            self.apply_filters()
        self._show_card(record)
        self.canvas.select(record)
        self._select_in_table(record)
        return True

    # -- the card ------------------------------------------------------------------------------
    def _show_card(self, event_id: str | None) -> None:
        self.current_id = event_id
        self.map_panel.show_event(event_id)
        html = self.card_html(event_id) if event_id else None
        if html is None:
            self.current_id = None
            eras = self.store.events.eras()
            items = "".join(f"<li><b>{fmt.esc(fmt.format_date(e.start))} – {fmt.esc(fmt.format_date(e.end))}</b>: "
                            f"{fmt.esc(e.title)}</li>" for e in eras)  # fmt: skip
            html = fmt.page(self.tr("Timeline"), "", "<p>" + fmt.esc(self.tr(
                "Choose an event: click it, or use Left and Right. Zoom with the wheel, a pinch or + and −.")) + "</p>"
                + (("<h3>" + fmt.esc(self.tr("Periods")) + f"</h3><ul>{items}</ul>") if items else ""))  # fmt: skip
        self.card.show_html(html)

    def card_html(self, record_id: str) -> str | None:
        event = self._events.get(record_id)
        if event is None:
            return None
        body = [
            f"<p><b>{fmt.esc(fmt.format_date(event.date))}</b> <span style='color:{fmt.quiet_colour()}'>("
            f"{fmt.esc(fmt.precision_label(event.date))}) · {fmt.esc(fmt.category_label(event.category))}</span></p>",
            fmt.dispute_box(event.dispute),
            fmt.paragraphs(event.description, event.text_lang),
        ]
        people = [p for p in (self.store.people.get(i) for i in event.person_ids) if p]
        if people:
            body.append("<p><b>" + fmt.esc(self.tr("People")) + ":</b> "
                        + ", ".join(fmt.link(target(ScreenName.PEOPLE, p.id), fmt.person_name(p)) for p in people) + "</p>")  # fmt: skip
        places = [p for p in (self.store.places.get(i) for i in event.place_ids) if p]
        if places:
            body.append("<p><b>" + fmt.esc(self.tr("Places")) + ":</b> "
                        + ", ".join(fmt.link(target(ScreenName.PLACES, p.id), fmt.place_name(p)) for p in places) + "</p>")  # fmt: skip
        links = fmt.chapter_links(self.store, "event", event.id)
        if links:
            body.append("<p><b>" + fmt.esc(self.tr("Read about it")) + ":</b> " + ", ".join(links) + "</p>")
        body.append(fmt.sources_html(self.store.sources.many(event.source_ids)))
        return fmt.page(event.title, "", "".join(body))

    # -- export --------------------------------------------------------------------------------
    def enter_kiosk(self) -> None:
        self.export_button.setVisible(False)

    def _save_name(self, title: str, suggested: str, pattern: str) -> Path | None:
        return save_path(self, title, suggested, pattern)

    def export_png(self) -> Path | None:
        path = self._save_name(self.tr("Save a picture"), "koryo-timeline.png", self.tr("PNG image (*.png)"))
        if path is not None and self.canvas.viewport().grab().save(str(path), "PNG"):
            return path
        return None

    def export_poster(self) -> Path | None:
        path = self._save_name(self.tr("Save a poster"), "koryo-timeline-poster.pdf", self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        from PySide6.QtCore import QMarginsF  # the PDF classes load with the first PDF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(10, 10, 10, 10))
        writer.setResolution(150)
        writer.setTitle(self.tr("Koryo-saram: a timeline"))
        painter = QPainter(writer)
        area = QRectF(painter.viewport())
        title_font = self.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 2)
        painter.setFont(title_font)
        painter.drawText(QRectF(area.left(), area.top(), area.width(), 80), int(Qt.AlignmentFlag.AlignLeft),
                         self.tr("Koryo-saram: a timeline"))  # fmt: skip
        painter.setFont(self.font())
        self.canvas.render_whole(painter, QRectF(area.left(), area.top() + 90, area.width(), area.height() - 90))
        painter.end()
        return path

    def timelinejs_document(self) -> dict[str, Any]:
        return timelinejs_document(self.store, list(self._events.values()))

    def export_timelinejs(self) -> Path | None:
        path = self._save_name(self.tr("Save for TimelineJS"), "koryo-timeline.json", self.tr("JSON (*.json)"))
        if path is not None:
            path.write_text(json.dumps(self.timelinejs_document(), ensure_ascii=False, indent=1), encoding="utf-8")
        return path
