"""Whether the app runs as a museum kiosk, for the screens to ask (ui/kiosk.py runs the kiosk).
Kept apart so that the screens need no more than this at start-up."""

from __future__ import annotations

_active = [False]


def set_active(on: bool) -> None:
    _active[0] = on


def active() -> bool:
    """True while the app runs as a kiosk."""
    return _active[0]


def files_allowed() -> bool:
    """Saving, opening and printing files: never at a kiosk, where a file dialog would show a visitor
    the computer's folders."""
    return not _active[0]
