"""People directory: every person, found by any spelling of any of their names, filtered by role,
era and country, sorted by name or birth year, with a full page per person."""

from __future__ import annotations

import functools
import gc
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCollator, QItemSelectionModel, QLocale, QModelIndex, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from koryo_desktop.core.people_filter import PersonRow, eras_of, make_row, order, values
from koryo_desktop.core.targets import ScreenName
from koryo_desktop.core.targets import target as nav_target
from koryo_desktop.core.text import plain_text
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.people.people_delegate import PeopleDelegate
from koryo_desktop.ui.people.people_model import ID_ROLE, PeopleModel, PeopleProxyModel
from koryo_desktop.ui.search.filter_keys import FilterKeys
from koryo_desktop.ui.search.no_match_label import NoMatchLabel
from koryo_desktop.ui.widgets.detail_browser import DetailBrowser
from koryo_desktop.ui.widgets.monogram import monogram_image
from koryo_desktop.ui.widgets.screen import Screen


class PersonPage(DetailBrowser):
    """The detail page; draws 'monogram:<id>' images on demand."""

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        if (
            isinstance(url, QUrl)
            and url.scheme() == "monogram"
            and kind == QTextDocument.ResourceType.ImageResource.value
        ):
            key = url.path()
            return monogram_image(self.names.get(key, key), key, 192, self.font())
        return super().loadResource(kind, url)


class PeopleScreen(Screen):
    name = "people"

    def __init__(self, store: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current_id: str | None = None
        self._opening = False
        self._people: dict[str, Any] = {}
        self._rows: list[PersonRow] = []

        self.title_label = QLabel()
        self.title_label.setObjectName("screenTitle")
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.role_box, self.era_box, self.country_box, self.sort_box = (QComboBox() for _ in range(4))
        self.role_label, self.era_label, self.country_label, self.sort_label = (QLabel() for _ in range(4))
        for label, box in ((self.role_label, self.role_box), (self.era_label, self.era_box),
                           (self.country_label, self.country_box), (self.sort_label, self.sort_box)):  # fmt: skip
            label.setBuddy(box)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        self.sort_box.addItem("", "name")
        self.sort_box.addItem("", "birth")
        self.model = PeopleModel(self)
        self.matching = PeopleProxyModel(self)  # the people who match, computed without a Python step per row
        self.matching.setSourceModel(self.model)
        # What the list shows: Qt's list view asks its model for an index of every row whenever it
        # lays out its rows; this pass-through proxy answers in C++, so a keystroke costs Python
        # only for the rows on screen.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.matching)
        self.list_view = QListView()
        self.list_view.setModel(self.proxy)
        self.list_view.setItemDelegate(PeopleDelegate(self.list_view, self._row_at))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAutoFillBackground(True)  # opaque: a filter repaints the list, not the screen behind it
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.detail = PersonPage({})
        self.detail.target_activated.connect(self.target_activated)

        filters = QGridLayout()
        for column, (label, box) in enumerate(((self.role_label, self.role_box), (self.era_label, self.era_box))):
            filters.addWidget(label, 0, 2 * column)
            filters.addWidget(box, 0, 2 * column + 1)
        for column, (label, box) in enumerate(
            ((self.country_label, self.country_box), (self.sort_label, self.sort_box))
        ):
            filters.addWidget(label, 1, 2 * column)
            filters.addWidget(box, 1, 2 * column + 1)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addLayout(filters)
        self.no_match = NoMatchLabel()
        self.no_match.suggestion_chosen.connect(self.search_edit.setText)
        self.no_match.link_chosen.connect(self._no_match_link)
        self.list_stack = QStackedWidget()  # the list, or what to do when it is empty
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.no_match)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.count_label)
        self.filter_keys = FilterKeys(self.search_edit, self.list_view)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 800])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(splitter, 1)

        self.search_edit.textChanged.connect(lambda text: self._filter(query=text))
        self.role_box.currentIndexChanged.connect(lambda _i: self._filter(role=self.role_box.currentData()))
        self.era_box.currentIndexChanged.connect(lambda _i: self._filter(era=self.era_box.currentData()))
        self.country_box.currentIndexChanged.connect(lambda _i: self._filter(country=self.country_box.currentData()))
        self.sort_box.currentIndexChanged.connect(lambda _i: self._apply_order())
        self.list_view.selectionModel().currentChanged.connect(self._on_current)
        self.list_view.activated.connect(lambda index: self._on_current(index, QModelIndex()))
        self.retranslate()

    # -- words ---------------------------------------------------------------------------------
    def role_label_of(self, role: str) -> str:
        labels = {
            "statesman": self.tr("statesman"), "politician": self.tr("politician"), "military": self.tr("military"),
            "diplomat": self.tr("diplomat"), "farmer": self.tr("farmer"), "scientist": self.tr("scientist"),
            "scholar": self.tr("scholar"), "writer": self.tr("writer"), "playwright": self.tr("playwright"),
            "artist": self.tr("artist"), "musician": self.tr("musician"), "athlete": self.tr("athlete"),
            "activist": self.tr("activist"), "journalist": self.tr("journalist"), "teacher": self.tr("teacher"),
            "engineer": self.tr("engineer"),
        }  # fmt: skip
        return labels.get(role, role)

    def _name_kind(self, kind: str) -> str:
        return {"name": self.tr("Name"), "birth-name": self.tr("Birth name"), "russian-name": self.tr("Russian name"),
                "korean-name": self.tr("Korean name"), "alias": self.tr("Also written"),
                "hanja": self.tr("Hanja")}.get(kind, kind)  # fmt: skip

    def _script(self, script: str) -> str:
        return {"latin": self.tr("Latin"), "hangul": self.tr("Hangul"), "cyrillic": self.tr("Cyrillic"),
                "hanja": self.tr("Hanja")}.get(script, script)  # fmt: skip

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("People"))
        hint = self.tr("Find a person by any name: Latin, Hangul or Cyrillic")
        self.search_edit.setPlaceholderText(hint)
        self.search_edit.setAccessibleName(hint)
        self.role_label.setText(self.tr("&Role"))
        self.era_label.setText(self.tr("&Era"))
        self.country_label.setText(self.tr("&Country"))
        self.sort_label.setText(self.tr("&Sort by"))
        for label, box in ((self.role_label, self.role_box), (self.era_label, self.era_box),
                           (self.country_label, self.country_box), (self.sort_label, self.sort_box)):  # fmt: skip
            box.setAccessibleName(label.text().replace("&", ""))
        self.sort_box.setItemText(0, self.tr("Name"))
        self.sort_box.setItemText(1, self.tr("Year of birth"))
        self.list_view.setAccessibleName(self.tr("People"))
        self.detail.setAccessibleName(self.tr("About this person"))
        if self._loaded:
            if self.content_language_changed(self.store.language) and self._people:
                self._people = {p.id: p for p in self.store.people.all()}  # their texts in the new language
            if self._people:
                self._build_rows()
                self._apply_order()
                gc.freeze()  # the rows in the new language live on, as in load_data
            self._fill_filters()
            self._update_count()
            self._show(self.current_id) if self.current_id else self.detail.show_html(self.overview_html())

    # -- data ----------------------------------------------------------------------------------
    def load_data(self) -> None:
        self.content_language_changed(self.store.language)
        people = self.store.people.all()
        self._people = {p.id: p for p in people}
        self._build_rows()
        self._fill_filters()
        self._apply_order()
        self.detail.show_html(self.overview_html())
        gc.freeze()  # thousands of rows that live on: later collections need not walk through them

    def _build_rows(self) -> None:
        """One row per person; the subtitle (dates, or roles) is in the current language."""
        events = {e.id: e for e in self.store.events.all()}
        eras = self.store.events.eras()
        self._eras = {e.id: e.title for e in eras}
        people = list(self._people.values())
        self._rows = []
        self.detail.names = {p.id: fmt.person_name(p) for p in people}  # the page's monogram, as in the list
        for p in people:
            life = fmt.life_span(p.born, p.died) or ", ".join(self.role_label_of(r) for r in p.roles)
            shown = fmt.person_name(p)  # 홍범도 in Korean, Хон Бом До in Russian
            subtitle = life if shown == p.name else f"{p.name} · {life}"
            era_ids = eras_of(p, [events[i] for i in p.event_ids if i in events], eras)
            self._rows.append(make_row(p, subtitle, era_ids, name=shown))

    def set_rows(self, rows: list[PersonRow]) -> None:
        """Show these people instead (the benchmark and tests use generated people)."""
        self._loaded = True
        self._rows = list(rows)
        self._eras = {}
        self._fill_filters()
        self._apply_order()

    def _row_at(self, row: int) -> PersonRow | None:
        """The person on a row of the list (the pass-through proxy keeps the matching rows' order)."""
        shown = self.matching.source_rows()
        return self.model.rows()[shown[row]] if 0 <= row < len(shown) else None

    def _era_title(self, era_id: str) -> str:
        return self._eras.get(era_id, era_id)

    def _fill_filters(self) -> None:
        label: Callable[[str], str]
        for box, attribute, everyone, label in (
            (self.role_box, "roles", self.tr("All roles"), self.role_label_of),
            (self.era_box, "eras", self.tr("All eras"), self._era_title),
            (self.country_box, "countries", self.tr("All countries"), fmt.country_label),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            items = values(self._rows, attribute)
            if attribute == "eras":
                order_of = list(self._eras)
                items.sort(key=lambda k: order_of.index(k) if k in order_of else len(order_of))
            else:
                items.sort(key=lambda k: label(k).casefold())
            for key in items:
                box.addItem(label(key), key)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def _apply_order(self) -> None:
        collator = QCollator(QLocale())
        collator.setNumericMode(True)
        by = self.sort_box.currentData() or "name"
        key = functools.cmp_to_key(collator.compare)
        indexes = order(self._rows, by, name_key=key)
        self.model.set_rows([self._rows[i] for i in indexes])
        self._update_count()
        if self.current_id:
            self._select(self.current_id)

    def _filter(self, **changes: Any) -> None:
        self._opening = True  # rows come and go: the list's current row may move, the page must not
        try:
            self.matching.set_filters(**changes)
            self._sync_current_row()
        finally:
            self._opening = False
        self._update_count()

    def _sync_current_row(self) -> None:
        """The list's current row is the person on the page, or none when a filter hides them."""
        index = self.view_index(self.current_id)
        selection = self.list_view.selectionModel()
        if index.isValid() and index != self.list_view.currentIndex():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        elif not index.isValid() and self.list_view.currentIndex().isValid():
            selection.clear()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n person(s)", "", total))
        else:
            self.count_label.setText(self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total)))
        self._update_no_match(shown == 0 and total > 0)

    def _update_no_match(self, empty: bool) -> None:
        """Nobody listed: say why, offer other spellings and the ways out."""
        if not empty:
            self.no_match.stop()
            self.list_stack.setCurrentWidget(self.list_view)
            return
        text = self.search_edit.text().strip()
        choices = any(box.currentIndex() > 0 for box in (self.role_box, self.era_box, self.country_box))
        links = []
        if choices:
            links.append(("clear", self.tr("Show every role, era and country")))
        if text:
            links.append(("search", self.tr("Search everything for “%1”").replace("%1", text)))
            message = (self.tr("No one with these filters is called “%1”.") if choices
                       else self.tr("No one here is called “%1”.")).replace("%1", text)  # fmt: skip
        else:
            message = self.tr("No one matches this role, era and country together.")
        self.no_match.show_for(text, message, self._spellings if text else None, links)
        self.list_stack.setCurrentWidget(self.no_match)

    def _spellings(self, text: str) -> list[str]:
        """The search's other spellings of ``text`` that do show someone here."""
        return [s for s in self.store.search.suggest(text) if self.matching.matches(s)]

    def _no_match_link(self, key: str) -> None:
        if key == "clear":
            for box in (self.role_box, self.era_box, self.country_box):
                box.setCurrentIndex(0)
        elif key == "search":
            self.target_activated.emit("search/" + self.search_edit.text().replace("#", " ").replace("?", " ").strip())

    # -- navigation ----------------------------------------------------------------------------
    def view_index(self, person_id: str | None) -> QModelIndex:
        """The person's row in the list, or an invalid index when a filter hides them."""
        row = self.model.row_of(person_id) if person_id else -1
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.matching.mapFromSource(self.model.index(row, 0)))

    def _select(self, person_id: str) -> None:
        row = self.model.row_of(person_id)
        index = self.view_index(person_id)
        if not index.isValid() and row >= 0:  # hidden by a filter: clear the filters to show it
            self.search_edit.clear()
            for box in (self.role_box, self.era_box, self.country_box):
                box.setCurrentIndex(0)
            index = self.view_index(person_id)
        if index.isValid():
            self._opening = True
            self.list_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list_view.scrollTo(index)
            self._opening = False

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._opening or not current.isValid():
            return
        person_id = current.data(ID_ROLE)
        if person_id and person_id != self.current_id and self._show(person_id):
            self.record_shown.emit(nav_target(ScreenName.PEOPLE, person_id))

    def _show(self, person_id: str) -> bool:
        html = self.detail_html(person_id)
        if html is None:
            return False
        self.current_id = person_id
        self.detail.show_html(html)
        return True

    def open_record(self, record: str | None, anchor: str | None = None) -> bool:
        self.load()
        if record is None:
            return True
        if not self._show(record):
            return False
        self._select(record)
        return True

    # -- pages ---------------------------------------------------------------------------------
    def overview_html(self) -> str:
        count = len(self._rows)
        return fmt.page(
            self.tr("People"),
            self.tr("%n person(s) in this collection", "", count),
            "<p>" + fmt.esc(self.tr("Choose a person on the left, or type any spelling of a name.")) + "</p>",
        )

    def _mentions_html(self, person_id: str) -> str:
        items = []
        for chapter_id, slug, section_title in self.store.chapters.mentioning("person", person_id):
            chapter = self.store.chapters.get(chapter_id)
            if chapter is None:
                continue
            section = next((s for s in chapter.sections if s.slug == slug), None)
            quote, link_text = "", ""
            if section is not None:
                for paragraph in section.markdown.split("\n\n"):
                    match = re.search(rf"\[([^\]]+)\]\(person:{re.escape(person_id)}\)", paragraph)
                    if match:
                        link_text, quote = match.group(1), plain_text(paragraph)
                        break
            clipped = quote if len(quote) <= 220 else quote[:219].rsplit(" ", 1)[0] + "…"
            target = nav_target(ScreenName.READER, chapter_id, slug, link_text or None)
            items.append(f"<li>{fmt.link(target, f'{chapter.title} — {section_title}')}"
                         + (f"<br/><i>{fmt.esc(clipped)}</i>" if clipped else "") + "</li>")  # fmt: skip
        return ("<h3>" + fmt.esc(self.tr("In the chapters")) + f"</h3><ul>{''.join(items)}</ul>") if items else ""

    def detail_html(self, record_id: str) -> str | None:
        person = self._people.get(record_id) or self.store.people.get(record_id)
        if person is None:
            return None
        rows = "".join(
            f"<tr><td>{fmt.esc(self._name_kind(n.kind))}</td><td><b>{fmt.esc(n.text)}</b></td>"
            f"<td>{fmt.esc(self._script(n.script))}</td><td>{fmt.esc(n.note)}</td></tr>"
            for n in person.names
        )
        body = [
            f"<table><tr><td><img src='monogram:{fmt.esc(person.id)}' width='96' height='96'/></td>"
            f"<td style='padding-left:16px; vertical-align:middle'><p>{fmt.esc(person.summary)}{fmt.english_tag(person.text_lang)}</p></td></tr></table>",
            fmt.dispute_box(person.dispute),
            "<h3>" + fmt.esc(self.tr("Names")) + f"</h3><table cellpadding='4'>{rows}</table>",
        ]
        life = []
        for label, date, place_id in ((self.tr("Born"), person.born, person.born_place),
                                      (self.tr("Died"), person.died, person.died_place)):  # fmt: skip
            if date is None:
                continue
            place = self.store.places.get(place_id) if place_id else None
            where = f", {fmt.link(nav_target(ScreenName.PLACES, place.id), fmt.place_name(place))}" if place else ""
            life.append(f"<tr><td>{fmt.esc(label)}</td><td>{fmt.esc(fmt.format_date(date))}{where} "
                        f"<span style='color:{fmt.quiet_colour()}'>({fmt.esc(fmt.precision_label(date))})</span></td></tr>")  # fmt: skip
        if life:
            body.append(f"<table cellpadding='4'>{''.join(life)}</table>")
        if person.roles:
            roles = ", ".join(self.role_label_of(r) for r in person.roles)
            body.append("<p><b>" + fmt.esc(self.tr("Roles")) + f":</b> {fmt.esc(roles)}</p>")
        if person.countries:
            body.append(
                "<p><b>"
                + fmt.esc(self.tr("Countries"))
                + f":</b> {fmt.esc(', '.join(fmt.country_label(c) for c in person.countries))}</p>"
            )
        if person.bio:
            body.append("<h3>" + fmt.esc(self.tr("Biography")) + f"</h3>{fmt.paragraphs(person.bio)}")
        events = [e for e in (self.store.events.get(i) for i in person.event_ids) if e]
        if events:
            items = "".join(f"<li>{fmt.esc(fmt.format_date(e.date))}: {fmt.link(nav_target(ScreenName.TIMELINE, e.id), e.title)}</li>"
                            for e in events)  # fmt: skip
            body.append("<h3>" + fmt.esc(self.tr("Key events")) + f"</h3><ul>{items}</ul>")
        body.append(self._mentions_html(person.id))
        related = [
            (self._people.get(pid) or self.store.people.get(pid), n) for pid, n in self.store.people.related(person.id)
        ]
        if related:
            items = "".join(
                f"<li>{fmt.link(nav_target(ScreenName.PEOPLE, p.id), p.name)} — "
                + fmt.esc(self.tr("%n shared event(s)", "", n)) + "</li>"
                for p, n in related if p
            )  # fmt: skip
            body.append("<h3>" + fmt.esc(self.tr("Related people")) + f"</h3><ul>{items}</ul>")
        body.append(fmt.sources_html(self.store.sources.many(person.source_ids)))
        shown, subtitle = fmt.person_name(person), fmt.life_span(person.born, person.died)
        if shown != person.name:  # the usual (Latin) name under the one in the interface's script
            subtitle = f"{person.name} · {subtitle}" if subtitle else person.name
        return fmt.page(shown, subtitle, "".join(body))
