"""Screen registry and navigation: go(target) opens a screen or a record; back and forward."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class NavigableScreen(Protocol):
    name: str

    def open_record(self, record: str | None, anchor: str | None) -> bool: ...


def split_target(target: str) -> tuple[str, str | None, str | None]:
    """'people/nam-il#bio' -> ('people', 'nam-il', 'bio'); a '?q=…' suffix is left out (see query_of)."""
    target = target.partition("?q=")[0]
    target, _, anchor = target.partition("#")
    screen, _, record = target.partition("/")
    return screen, (record or None), (anchor or None)


def query_of(target: str) -> str | None:
    """The words a search hit asks the screen to highlight: 'reader/x#y?q=nam il' -> 'nam il'."""
    _, marker, query = target.partition("?q=")
    return query if marker and query else None


class Navigator(QObject):
    """Knows every screen by name; go() shows one and asks it to open a record."""

    navigated = Signal(str)  # the target now shown
    screen_requested = Signal(QWidget)  # the main window shows this screen

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._screens: dict[str, QWidget] = {}
        self._back: list[str] = []
        self._forward: list[str] = []
        self.current: str | None = None

    def register(self, screen: QWidget) -> None:
        self._screens[screen.name] = screen  # type: ignore[attr-defined]

    def screens(self) -> dict[str, QWidget]:
        return dict(self._screens)

    def can_open(self, target: str) -> bool:
        return split_target(target)[0] in self._screens

    def go(self, target: str, remember: bool = True) -> bool:
        """Open ``target``; returns False (and stays) when the screen or record is unknown."""
        screen_name, record, anchor = split_target(target)
        screen = self._screens.get(screen_name)
        if screen is None:
            return False
        if hasattr(screen, "set_pending_query"):
            screen.set_pending_query(query_of(target))
        if not screen.open_record(record, anchor):  # type: ignore[attr-defined]
            return False
        if remember and self.current is not None and self.current != target:
            self._back.append(self.current)
            self._forward.clear()
        self.current = target
        self.screen_requested.emit(screen)
        self.navigated.emit(target)
        return True

    def note(self, target: str) -> None:
        """A screen changed its own record (a click in its list): remember it for Back."""
        if target != self.current:
            if self.current is not None:
                self._back.append(self.current)
            self._forward.clear()
            self.current = target
            self.navigated.emit(target)

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> bool:
        if not self._back:
            return False
        target = self._back.pop()
        if self.current is not None:
            self._forward.append(self.current)
        self.current = None
        ok = self.go(target, remember=False)
        return ok

    def forward(self) -> bool:
        if not self._forward:
            return False
        target = self._forward.pop()
        if self.current is not None:
            self._back.append(self.current)
        self.current = None
        return self.go(target, remember=False)
