"""Read aloud with QtTextToSpeech where the system offers a speech engine, one sentence at a time,
reporting which sentence is being read so the page can highlight it. Without QtTextToSpeech (it is
in PySide6-Addons) or without an engine, ``available()`` is False and the reader hides the control."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

_SENTENCE = re.compile(r"[^.!?。…]+[.!?。…]*[\"”»)]*\s*", re.UNICODE)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, trailing space excluded, empty ones skipped."""
    spans = []
    for match in _SENTENCE.finditer(text):
        chunk = match.group(0)
        stripped = chunk.rstrip()
        start = match.start() + (len(chunk) - len(chunk.lstrip()))
        end = match.start() + len(stripped)
        if end > start and any(c.isalnum() for c in chunk):
            spans.append((start, end))
    return spans


def _default_engine() -> Any:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    if not QTextToSpeech.availableEngines():
        return None
    return QTextToSpeech()


class ReadAloud(QObject):
    """Speaks a text sentence by sentence; ``sentence_started(start, end)`` and ``finished()``."""

    sentence_started = Signal(int, int)
    finished = Signal()

    def __init__(self, engine_factory: Callable[[], Any] = _default_engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = engine_factory
        self._engine: Any = None
        self._probed = False
        self._text = ""
        self._queue: list[tuple[int, int]] = []
        self.speaking = False

    def _get_engine(self) -> Any:
        if not self._probed:
            self._probed = True
            self._engine = self._factory()
            if self._engine is not None:
                self._engine.stateChanged.connect(self._on_state)
        return self._engine

    def available(self) -> bool:
        return self._get_engine() is not None

    def set_locale(self, locale: Any) -> None:
        engine = self._get_engine()
        if engine is not None and hasattr(engine, "setLocale"):
            engine.setLocale(locale)

    def start(self, text: str, from_position: int = 0) -> None:
        engine = self._get_engine()
        if engine is None:
            return
        self._text = text
        self._queue = [s for s in sentences(text) if s[1] > from_position]
        self.speaking = True
        self._next()

    def stop(self) -> None:
        self._queue = []
        self.speaking = False
        engine = self._get_engine()
        if engine is not None:
            engine.stop()
        self.finished.emit()

    def _next(self) -> None:
        if not self._queue:
            self.speaking = False
            self.finished.emit()
            return
        start, end = self._queue.pop(0)
        self.sentence_started.emit(start, end)
        self._engine.say(self._text[start:end])

    def _on_state(self, state: Any) -> None:
        name = getattr(state, "name", str(state))
        if self.speaking and name == "Ready":
            self._next()
