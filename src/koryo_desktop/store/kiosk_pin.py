"""The kiosk's staff PIN, judged where wrong tries are remembered."""

from __future__ import annotations

import time
from pathlib import Path

from koryo_desktop.core import pins
from koryo_desktop.core.errors import LearnerDataError
from koryo_desktop.core.pins import PinCheck
from koryo_desktop.store.learner_store import LearnerStore


class KioskPinGate:
    """Judges staff PINs against the learner data of the kiosk's --data-dir, where wrong tries are
    counted (so a restart does not forget them). When that file cannot be opened at the moment,
    the hash read at start and a count kept in memory do the same job."""

    def __init__(self, path: Path, pin_hash: str) -> None:
        self.path, self._hash = path, pin_hash
        self._tries = pins.PinTries()

    def try_pin(self, pin: str) -> PinCheck:
        store = None
        if self.path.is_file():  # a try never makes a new file
            try:
                store = LearnerStore(self.path, wait=2.0)
            except LearnerDataError:
                store = None
        if store is not None:
            try:
                if store.has_kiosk_pin():
                    return store.try_kiosk_pin(pin)
            finally:
                store.close()
        check, self._tries = pins.try_pin(self._hash, pin, self._tries, time.time())
        return check
