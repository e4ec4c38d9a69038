"""PINs: scrypt with a 16-byte salt, old PBKDF2 hashes still work and are upgraded, at least four
digits, and wrong tries make the next one wait longer (also across restarts)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from koryo_desktop.core import pins
from koryo_desktop.core.pins import PinTries, hash_pin, needs_upgrade, pin_matches, try_pin, valid_pin, wait_after
from koryo_desktop.store.learner_store import LearnerStore


def _legacy_hash(pin: str) -> str:
    """How PINs were stored before: PBKDF2-SHA256, 50,000 rounds, an 8-byte salt."""
    salt = os.urandom(8)
    return f"{salt.hex()}${hashlib.pbkdf2_hmac('sha256', pin.encode(), salt, 50_000).hex()}"


def test_scrypt_with_a_16_byte_salt_and_its_parameters():
    stored = hash_pin("2468")
    kind, n, r, p, salt, digest = stored.split("$")
    assert (kind, int(n), int(r), int(p)) == ("scrypt", pins.SCRYPT_N, pins.SCRYPT_R, pins.SCRYPT_P)
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert pin_matches(stored, "2468") and not pin_matches(stored, "2469")
    assert hash_pin("2468") != stored  # salted
    assert not needs_upgrade(stored)


def test_old_hashes_still_match_and_are_marked_for_upgrade():
    old = _legacy_hash("1357")
    assert pin_matches(old, "1357") and not pin_matches(old, "7531") and needs_upgrade(old)
    assert not pin_matches("", "1357") and not pin_matches("not a hash", "1357")


def test_a_new_pin_is_four_to_twelve_digits():
    assert valid_pin("0000") and valid_pin("123456789012")
    assert not any(valid_pin(p) for p in ("", "1", "123", "1234567890123", "12a4", "١٢٣٤"))


def test_waits_grow_after_a_few_wrong_tries():
    assert [wait_after(n) for n in range(1, 11)] == [0, 0, 0, 5, 10, 20, 40, 80, 160, 300]
    assert wait_after(50) == pins.LONGEST_WAIT


def test_while_waiting_even_the_right_pin_is_not_checked():
    stored = hash_pin("2468")
    tries = PinTries()
    for now in (0, 1, 2, 3):
        check, tries = try_pin(stored, "0000", tries, now)
    assert check.outcome == pins.WRONG and check.wait_seconds == 5
    check, same = try_pin(stored, "2468", tries, 4)
    assert check.outcome == pins.WAIT and check.wait_seconds == 4 and same == tries
    check, tries = try_pin(stored, "2468", tries, 8.5)
    assert check.accepted and tries == PinTries()
    late = PinTries(6, 1000.0)  # the clock went back: the whole wait again, not a year
    assert late.seconds_to_wait(10.0) == wait_after(6)


def test_learner_pins_are_upgraded_and_waits_survive_a_restart(tmp_path: Path):
    path = tmp_path / "learner.db"
    store = LearnerStore(path)
    with pytest.raises(ValueError):
        store.add_learner("Minho", pin="1")  # a one-digit PIN is refused
    minho = store.add_learner("Minho", pin="4826")
    store._conn.execute("UPDATE learners SET pin_hash = ? WHERE id = ?", (_legacy_hash("4826"), minho))
    assert store.try_pin(minho, "4826", now=100).accepted
    upgraded = store._conn.execute("SELECT pin_hash FROM learners WHERE id = ?", (minho,)).fetchone()[0]
    assert upgraded.startswith("scrypt$") and pin_matches(upgraded, "4826")
    for now in (200, 201, 202):
        assert store.try_pin(minho, "0000", now=now).outcome == pins.WRONG
    assert store.try_pin(minho, "0000", now=203).wait_seconds == 5
    store.close()
    again = LearnerStore(path)  # a restart does not forget the wrong tries
    assert again.try_pin(minho, "4826", now=204).outcome == pins.WAIT
    assert again.try_pin(minho, "4826", now=209).accepted
    assert again.try_pin(minho, "0000", now=210).wait_seconds == 0  # counting starts afresh
    assert not any(again.check_pin(minho, "0000") for _ in range(3))  # the yes-or-no form (the clock's time)
    assert not again.check_pin(minho, "4826")  # waits too: the fourth wrong try in a row started a wait
    again.close()


def test_kiosk_pins_are_upgraded_and_slowed_down(tmp_path: Path):
    store = LearnerStore(tmp_path / "learner.db")
    store.set_setting("kiosk.pin", _legacy_hash("2468"))  # set by an older version
    results = [store.try_kiosk_pin("1111", now=t).outcome for t in range(4)]
    assert results == [pins.WRONG] * 4
    assert store.try_kiosk_pin("2468", now=4).outcome == pins.WAIT
    assert store.try_kiosk_pin("2468", now=9).accepted
    assert store.kiosk_pin_hash().startswith("scrypt$")
    assert store.try_kiosk_pin("2468", now=10).accepted
    store.close()
