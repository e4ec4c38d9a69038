"""How each screen is made, by name (the names and what each takes are `core/targets.py`'s). The
composition root hands these to the navigator, which makes a screen on its first visit: a
screen's module is imported only then, so start-up imports and builds only the first one."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koryo_desktop.core.targets import ScreenName

if TYPE_CHECKING:
    from koryo_desktop.store.content_store import ContentStore
    from koryo_desktop.store.learner_store import LearnerStore
    from koryo_desktop.ui.learners.current import CurrentLearner
    from koryo_desktop.ui.widgets.screen import Screen
    from koryo_desktop.ui.xapi_service import XapiService


@dataclass(frozen=True)
class ScreenDeps:
    """What the screens are made with."""

    store: ContentStore
    learner: LearnerStore
    current: CurrentLearner  # the learner every screen follows
    xapi: XapiService | None = None  # the school's Learning Record Store (off until a school turns it on)


def _home(deps: ScreenDeps) -> Screen:
    from koryo_desktop.ui.home.home_screen import HomeScreen

    return HomeScreen(deps.store, deps.current)


def _reader(deps: ScreenDeps) -> Screen:
    from koryo_desktop.ui.reader.reader_screen import ReaderScreen

    return ReaderScreen(deps.store, deps.current)


def _people(deps: ScreenDeps) -> Screen:
    from koryo_desktop.ui.people.people_screen import PeopleScreen

    return PeopleScreen(deps.store)


def _timeline(deps: ScreenDeps) -> Screen:
    from koryo_desktop.ui.timeline.timeline_screen import TimelineScreen

    return TimelineScreen(deps.store)


def _quiz(deps: ScreenDeps) -> Screen:
    from koryo_desktop.ui.quiz.quiz_screen import QuizScreen

    return QuizScreen(deps.store, deps.current, xapi=deps.xapi)


def _search(deps: ScreenDeps) -> Screen:
    from koryo_desktop.ui.search.search_screen import SearchScreen

    return SearchScreen(deps.store)


def _glossary(deps: ScreenDeps) -> Screen:
    from koryo_desktop.ui.glossary.glossary_screen import GlossaryScreen

    return GlossaryScreen(deps.store)


def _places(deps: ScreenDeps) -> Screen:
    from koryo_desktop.ui.places.places_screen import PlacesScreen

    return PlacesScreen(deps.store)


def _map(deps: ScreenDeps) -> Screen:
    from koryo_desktop.ui.map.map_screen import MapScreen

    return MapScreen(deps.store)


MAKERS: dict[ScreenName, Callable[[ScreenDeps], Screen]] = {
    ScreenName.HOME: _home, ScreenName.READER: _reader, ScreenName.PEOPLE: _people,
    ScreenName.TIMELINE: _timeline, ScreenName.QUIZ: _quiz, ScreenName.SEARCH: _search,
    ScreenName.GLOSSARY: _glossary, ScreenName.PLACES: _places, ScreenName.MAP: _map,
}  # fmt: skip


def factories(deps: ScreenDeps) -> dict[str, Callable[[], Screen]]:
    """Each screen's maker, bound to `deps`, in the rail's order."""
    return {name.value: functools.partial(MAKERS[name], deps) for name in ScreenName}
