"""Screen registry and navigation: go(target) opens a screen or a record, building the screen on
its first visit; back and forward, each returning to the scroll positions the page was left at."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QScrollBar, QWidget
from shiboken6 import isValid

from koryo_desktop.core.targets import query_of, split_target
from koryo_desktop.ui.widgets.screen import Screen
from koryo_desktop.ui.widgets.viewports import viewport_of

__all__ = ["Navigator", "ScreenFactory", "query_of", "split_target"]

ScreenFactory = Callable[[], Screen]  # makes a screen the first time it is needed

# Where a page was left: for each scroll area of its screen, its class and the values of its bars.
ScrollState = list[tuple[str, int, int]]


class NavigableScreen(Protocol):
    name: str

    def open_record(self, record: str | None, anchor: str | None) -> bool: ...


def scroll_areas(screen: QWidget) -> list[QAbstractScrollArea]:
    """The scroll areas that show `screen`: the frame around it (if any), then its own, in order."""
    areas = [a for a in screen.findChildren(QAbstractScrollArea) if a.isVisibleTo(screen)]
    viewport = screen.parentWidget()
    frame = viewport.parentWidget() if viewport is not None else None
    if isinstance(frame, QScrollArea) and frame.widget() is screen:
        areas.insert(0, frame)
    return areas


def scroll_state(screen: QWidget) -> ScrollState:
    """Where `screen`'s scroll areas stand."""
    return [(type(a).__name__, a.horizontalScrollBar().value(), a.verticalScrollBar().value())
            for a in scroll_areas(screen)]  # fmt: skip


class _Return(QObject):
    """Brings one scroll bar back to a value once its range allows it: a page laid out after it is
    shown (a long chapter, a list filled on first show) reaches its full height a moment later.
    Gives up when the person scrolls first, or when the page is left again."""

    def __init__(self, bar: QScrollBar, value: int) -> None:
        super().__init__(bar)
        self.bar: QScrollBar | None = bar  # None once it gave up
        self.value = value
        bar.rangeChanged.connect(self._on_range)
        bar.actionTriggered.connect(self.cancel)
        self._on_range(bar.minimum(), bar.maximum())

    def _on_range(self, _minimum: int, maximum: int) -> None:
        if self.bar is None:  # gave up already
            return
        if maximum >= self.value:
            self.bar.setValue(self.value)
            self.cancel()
        else:
            self.bar.setValue(maximum)

    def cancel(self, _action: int = 0) -> None:
        if self.bar is not None and isValid(self.bar) and isValid(self):
            self.bar.rangeChanged.disconnect(self._on_range)
            self.bar.actionTriggered.disconnect(self.cancel)
            self.bar = None
            self.deleteLater()


class Screens(Mapping[str, Screen]):
    """Every screen by name, each made when it is first looked up."""

    def __init__(self, navigator: Navigator) -> None:
        self._navigator = navigator

    def __getitem__(self, name: str) -> Screen:
        screen = self._navigator.screen(name)
        if screen is None:
            raise KeyError(name)
        return screen

    def __iter__(self) -> Iterator[str]:
        return iter(self._navigator.names())

    def __len__(self) -> int:
        return len(self._navigator.names())


class Navigator(QObject):
    """Knows every screen by name and how to make it; go() shows one (made on its first visit)
    and asks it to open a record."""

    navigated = Signal(str)  # the target now shown
    screen_requested = Signal(QWidget)  # the main window shows this screen
    screen_created = Signal(QWidget)  # a screen was just made: the shell frames and wires it
    part_created = Signal(QWidget)  # a screen made a part of itself later (on first need): styled like it

    def __init__(self, parent: QObject | None = None, factories: Mapping[str, ScreenFactory] | None = None) -> None:
        super().__init__(parent)
        self._factories: dict[str, ScreenFactory] = dict(factories or {})
        self._screens: dict[str, Screen] = {}
        self._back: list[tuple[str, ScrollState]] = []
        self._forward: list[tuple[str, ScrollState]] = []
        self._returns: list[_Return] = []
        self.current: str | None = None
        # where the page on show stood when the person last pressed a key or a button in one of
        # its scroll areas: a list that moves to another record scrolls before it says so, and
        # Back must return to where it stood before the press
        self._pressed: tuple[str, ScrollState] = ("", [])

    def names(self) -> list[str]:
        """Every screen's name, made or not, in the order they were given."""
        return list(dict.fromkeys([*self._factories, *self._screens]))

    def register(self, screen: Screen) -> None:
        """Add a screen that is already made."""
        self._screens[screen.name] = screen
        for area in screen.findChildren(QAbstractScrollArea):
            self.watch(area)
        if hasattr(screen, "part_made"):
            screen.part_made.connect(self._part_made)
        self.screen_created.emit(screen)

    def _part_made(self, part: QWidget) -> None:
        for area in part.findChildren(QAbstractScrollArea):
            self.watch(area)
        self.part_created.emit(part)

    def screen(self, name: str) -> Screen | None:
        """The screen called `name`, made now if this is the first time it is needed."""
        screen = self._screens.get(name)
        if screen is None and name in self._factories:
            screen = self._factories[name]()
            self.register(screen)
        return screen

    def made(self) -> dict[str, Screen]:
        """The screens made so far."""
        return dict(self._screens)

    def watch(self, area: QAbstractScrollArea) -> None:
        """Note where the page stands whenever a key or a mouse button is pressed in `area`, before
        the press moves anything: Back returns there when the press opens another record."""
        area.installEventFilter(self)
        viewport_of(area).installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) and self.current is not None:
            self._pressed = self._here()
        return False

    def screens(self) -> Mapping[str, Screen]:
        """Every screen by name; looking one up makes it if it is not made yet."""
        return Screens(self)

    def can_open(self, target: str) -> bool:
        return split_target(target)[0] in self.names()

    def go(self, target: str, remember: bool = True) -> bool:
        """Open ``target``; returns False (and stays) when the screen or record is unknown."""
        screen_name, record, anchor = split_target(target)
        screen = self.screen(screen_name)
        if screen is None:
            return False
        left = self._here()  # before the screen changes its record
        if hasattr(screen, "set_pending_query"):
            screen.set_pending_query(query_of(target))
        if not screen.open_record(record, anchor):
            return False
        self._cancel_returns()
        if remember and self.current is not None and self.current != target:
            self._back.append(left)
            self._forward.clear()
        self.current = target
        self.screen_requested.emit(screen)
        self.navigated.emit(target)
        return True

    def _here(self) -> tuple[str, ScrollState]:
        """The page on show and where its scroll areas stand."""
        if self.current is None:
            return "", []
        screen = self._screens.get(split_target(self.current)[0])
        return self.current, (scroll_state(screen) if screen is not None and isValid(screen) else [])

    def note(self, target: str) -> None:
        """A screen changed its own record (a click in its list): remember it for Back."""
        if target != self.current:
            if self.current is not None:
                self._back.append(self._pressed if self._pressed[0] == self.current else self._here())
            self._forward.clear()
            self.current = target
            self.navigated.emit(target)

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> bool:
        """The page before, scrolled as it was left."""
        if not self._back:
            return False
        return self._return(self._back.pop(), self._forward)

    def forward(self) -> bool:
        """The page Back left, scrolled as it was left."""
        if not self._forward:
            return False
        return self._return(self._forward.pop(), self._back)

    def _return(self, entry: tuple[str, ScrollState], other_way: list[tuple[str, ScrollState]]) -> bool:
        target, state = entry
        here = self._here()
        self.current = None
        if not self.go(target, remember=False):
            return False
        if here[0]:
            other_way.append(here)
        self._restore(self._screens[split_target(target)[0]], state)
        return True

    def _restore(self, screen: QWidget, state: ScrollState) -> None:
        for area, (kind, x, y) in zip(scroll_areas(screen), state, strict=False):
            if type(area).__name__ == kind:
                self._returns += [_Return(area.horizontalScrollBar(), x), _Return(area.verticalScrollBar(), y)]

    def _cancel_returns(self) -> None:
        for pending in self._returns:
            pending.cancel()
        self._returns = []
