"""The made questions' sentences in the interface's language (core.quiz_generated.Wording in
English is the model). They avoid building grammar from pieces: a date and a place are set beside
a label, not inflected into a sentence, so every language can say them correctly."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from koryo_desktop.core.dates import DateValue
from koryo_desktop.core.entities import Person, Place
from koryo_desktop.core.quiz_generated import Wording
from koryo_desktop.ui import formatting as fmt

if TYPE_CHECKING:  # map questions load with the first round that has them
    from koryo_desktop.core.map_quiz import MapQuestion
    from koryo_desktop.core.map_records import Route


class GeneratedWording(QObject, Wording):
    """Translated sentences for made questions (a QObject so that lupdate sees ``self.tr``)."""

    def year_prompt(self, title: str) -> str:
        return self.tr("In which year did this happen? %1").replace("%1", title)

    def year_explanation(self, date: DateValue, title: str) -> str:
        return self.tr("%1 — %2.").replace("%1", fmt.format_date(date)).replace("%2", title)

    def where_prompt(self, title: str) -> str:
        return self.tr("Where did this happen? %1").replace("%1", title)

    def where_explanation(self, place: str, date: DateValue) -> str:
        return self.tr("Where: %1. When: %2.").replace("%1", place).replace("%2", fmt.format_date(date))

    def who_prompt(self, summary: str) -> str:
        return self.tr("Who was this? %1").replace("%1", summary)

    def who_explanation(self, name: str) -> str:
        return self.tr("The answer: %1.").replace("%1", name)

    def order_prompt(self) -> str:
        return self.tr("Put these events in the order they happened.")

    def order_explanation(self, dated_titles: Sequence[tuple[DateValue, str]]) -> str:
        items = "; ".join(f"{fmt.format_date(date)} — {title}" for date, title in dated_titles)
        return self.tr("The right order: %1.").replace("%1", items)

    def place_name(self, place: Place) -> str:
        return fmt.place_name(place)

    def person_name(self, person: Person) -> str:
        return fmt.person_name(person)


def wording() -> Wording:
    """The made questions' wording in the interface's language, as core.quiz_generated takes it."""
    return GeneratedWording()


class MapQuizWording:
    """Map questions' sentences in the interface's language: the map screen's own ("Where is %1? Tap
    it on the map."), so that both ask alike."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    def prompt(self, question: MapQuestion, place: Place, route: Route | None) -> str:
        from koryo_desktop.ui.map.map_quiz_bar import prompt_text  # the map's module loads on first need

        return prompt_text(self.widget, question, {place.id: place}, {route.id: route} if route else {})

    def place_name(self, place: Place) -> str:
        return fmt.place_name(place)
