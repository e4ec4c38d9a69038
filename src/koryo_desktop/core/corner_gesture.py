"""The hidden gesture with which museum staff open the kiosk's PIN pad by touch: a long press in
one corner of the screen, then another in the opposite corner. Plain Python: it is fed presses,
moves and releases with their times and says when the gesture is complete."""

from __future__ import annotations

from dataclasses import dataclass

HOLD_SECONDS = 3.0  # how long each corner is held
BETWEEN_SECONDS = 10.0  # the second corner within this long after the first
OPPOSITE = {"top-left": "bottom-right", "bottom-right": "top-left", "top-right": "bottom-left",
            "bottom-left": "top-right"}  # fmt: skip


def corner_size(width: int, height: int) -> int:
    """The side of the square counted as a corner: a fingertip's width and more on a large screen."""
    return max(64, min(width, height) // 12)


def corner_at(x: float, y: float, width: int, height: int) -> str | None:
    size = corner_size(width, height)
    across = "left" if x < size else "right" if x >= width - size else ""
    down = "top" if y < size else "bottom" if y >= height - size else ""
    return f"{down}-{across}" if across and down else None


@dataclass
class CornerGesture:
    """Feed it every press, move and release on the screen (``width`` × ``height``); ``release``
    returns True when staff have just held one corner and then the opposite one."""

    width: int
    height: int
    hold: float = HOLD_SECONDS
    between: float = BETWEEN_SECONDS
    _pressed: tuple[str, float] | None = None  # the corner being held and since when
    _first: tuple[str, float] | None = None  # the corner held first and when it was let go

    def resize(self, width: int, height: int) -> None:
        self.width, self.height = width, height

    def press(self, x: float, y: float, now: float) -> None:
        if self._pressed is not None:
            return  # the same press seen again (a touch and the mouse press made from it)
        corner = corner_at(x, y, self.width, self.height)
        self._pressed = (corner, now) if corner else None

    def move(self, x: float, y: float) -> None:
        if self._pressed is not None and corner_at(x, y, self.width, self.height) != self._pressed[0]:
            self._pressed = None  # the finger left the corner: a drag, not a hold

    def release(self, now: float) -> bool:
        pressed, self._pressed = self._pressed, None
        if pressed is None:
            return False
        corner, since = pressed
        if now - since < self.hold:
            return False  # an ordinary tap in a corner: the gesture so far stands
        if self._first is not None and corner == OPPOSITE[self._first[0]] and now - self._first[1] <= self.between:
            self._first = None
            return True
        self._first = (corner, now)
        return False

    def cancel(self) -> None:
        self._pressed = self._first = None
