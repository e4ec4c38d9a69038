"""PINs for learners and kiosk staff: hashing, checking and slowing down guessing. Plain Python.

A PIN is hashed with scrypt (memory-hard, from the standard library) and a 16-byte salt; the
parameters travel with the hash (``scrypt$N$r$p$salt$digest``), so stronger ones can come later
and every older hash (PBKDF2-SHA256, ``salt$digest``) still verifies and is upgraded at the next
correct entry. After a few wrong tries the next try has to wait, a little longer each time, so
a script cannot run through every 4-digit PIN.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

MIN_DIGITS, MAX_DIGITS = 4, 12
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # 32 MiB and about a tenth of a second per try
_SALT_BYTES = 16
_LEGACY_ITERATIONS = 50_000  # PBKDF2-SHA256 with an 8-byte salt, as stored before scrypt
FREE_TRIES = 3  # wrong tries allowed before waiting starts (typing slips)
FIRST_WAIT, LONGEST_WAIT = 5, 300  # seconds; doubles with each further wrong try


def valid_pin(pin: str) -> bool:
    """A new PIN is 4 to 12 digits."""
    return pin.isdigit() and pin.isascii() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


def hash_pin(pin: str) -> str:
    salt = os.urandom(_SALT_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${_scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)}"


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> str:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32).hex()


def pin_matches(stored: str, pin: str) -> bool:
    """Whether ``pin`` is the one ``stored`` was hashed from (either form); False for no hash."""
    if not stored:
        return False
    try:
        if stored.startswith("scrypt$"):
            _, n, r, p, salt, digest = stored.split("$")
            computed = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p))
        else:
            salt, _, digest = stored.partition("$")
            computed = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), _LEGACY_ITERATIONS).hex()
    except ValueError:  # not a hash this app wrote: nothing matches it
        return False
    return hmac.compare_digest(computed, digest)


def needs_upgrade(stored: str) -> bool:
    """True for a hash made with an older method or weaker parameters."""
    return not stored.startswith(f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}$")


def wait_after(failures: int) -> int:
    """Seconds to wait before the next try after ``failures`` wrong tries in a row."""
    if failures <= FREE_TRIES:
        return 0
    return min(LONGEST_WAIT, FIRST_WAIT * 2 ** (failures - FREE_TRIES - 1))


@dataclass(frozen=True)
class PinTries:
    """Wrong tries in a row and when the last one was (seconds since the epoch)."""

    failures: int = 0
    last_failure: float = 0.0

    def seconds_to_wait(self, now: float) -> int:
        wait = wait_after(self.failures)
        if wait == 0:
            return 0
        elapsed = now - self.last_failure
        if elapsed < 0:  # the clock went back: wait the whole time again, no longer
            return wait
        return max(0, int(wait - elapsed + 0.999))


ACCEPTED, WRONG, WAIT = "accepted", "wrong", "wait"


@dataclass(frozen=True)
class PinCheck:
    """The answer to one try: ``outcome`` is accepted, wrong or wait; ``wait_seconds`` is how long
    until the next try may be made (after a wrong try too, when it started a wait)."""

    outcome: str
    wait_seconds: int = 0

    @property
    def accepted(self) -> bool:
        return self.outcome == ACCEPTED


def try_pin(stored: str, pin: str, tries: PinTries, now: float) -> tuple[PinCheck, PinTries]:
    """Judge one try against ``stored`` given the wrong tries so far; returns the answer and the
    tries to remember. While a wait runs, the PIN is not even checked."""
    waiting = tries.seconds_to_wait(now)
    if waiting:
        return PinCheck(WAIT, waiting), tries
    if pin_matches(stored, pin):
        return PinCheck(ACCEPTED), PinTries()
    after = PinTries(tries.failures + 1, now)
    return PinCheck(WRONG, wait_after(after.failures)), after
