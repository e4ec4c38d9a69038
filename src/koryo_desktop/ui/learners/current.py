"""The current learner: one object, made by the composition root and handed to every screen that
keeps a learner's data (the reader, its notes, home, the quiz). Screens read ``id`` when they read or
write, and follow ``changed``; ``switching`` comes first, while the learner leaving is still current,
so that what is theirs (a reading place) is saved as theirs. Asking the PIN is the dialogs' work
(``ui/learners/choose.py``): this object only switches."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QObject, Signal

from koryo_desktop.core.errors import LearnerDataError
from koryo_desktop.store.learner_store import GUEST_ID, LearnerStore

LAST_LEARNER = "quiz.last_learner"  # a setting of the machine (kept with the guest's); its old name stays


class CurrentLearner(QObject):
    switching = Signal(int)  # the learner still current, just before another one becomes current
    changed = Signal(int)  # the learner now current
    roster_changed = Signal()  # a learner was added

    def __init__(self, store: LearnerStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._id = GUEST_ID
        self.guest_only = False  # a museum kiosk: every visitor is the guest
        self.returning: int | None = None  # the last learner, when a PIN keeps them from coming back at once

    @property
    def id(self) -> int:
        return self._id

    @property
    def is_guest(self) -> bool:
        return self._id == GUEST_ID

    def learners(self) -> list[dict[str, Any]]:
        return self.store.learners()

    def name_of(self, learner_id: int) -> str:
        """The learner's name as they gave it; "" for the guest (whom the interface names itself)."""
        row = next((r for r in self.store.learners() if r["id"] == learner_id), None)
        return "" if row is None or row["is_guest"] else str(row["name"])

    @property
    def name(self) -> str:
        return self.name_of(self._id)

    def has_pin(self, learner_id: int) -> bool:
        return self.store.has_pin(learner_id)

    def switch(self, learner_id: int) -> bool:
        """Make ``learner_id`` current (its PIN, if any, was asked before). False when it cannot be:
        an unknown learner, or any learner but the guest at a kiosk."""
        if learner_id == self._id:
            return True
        if (self.guest_only and learner_id != GUEST_ID) or all(r["id"] != learner_id for r in self.store.learners()):
            return False
        self.switching.emit(self._id)
        self._id = learner_id
        if self.returning == learner_id:
            self.returning = None
        with contextlib.suppress(LearnerDataError):  # if not saved, not remembered next time; the switch holds
            self.store.set_setting(LAST_LEARNER, learner_id)
        self.changed.emit(learner_id)
        return True

    def restore(self) -> None:
        """At a start: the last learner comes back at once when no PIN guards them; one with a PIN is
        kept in ``returning``, for a screen to offer ("Continue as …")."""
        if self.guest_only:
            return
        last = self.store.setting(LAST_LEARNER, GUEST_ID)
        if last == self._id or all(r["id"] != last for r in self.store.learners()):
            return
        if self.store.has_pin(last):
            self.returning = last
            return
        self.switch(last)

    def keep_guest(self) -> None:
        """A kiosk: the guest, and no other learner, from now on."""
        self.switch(GUEST_ID)
        self.guest_only = True
        self.returning = None

    def add(self, name: str, colour: str, pin: str | None) -> int:
        """A new learner (not yet current). Raises ValueError for a name or PIN the store refuses and
        LearnerDataError when it cannot be saved."""
        learner_id = self.store.add_learner(name, colour, pin)
        self.roster_changed.emit()
        return learner_id
