"""The kiosk's on-screen keyboard without its widgets: the layouts (Latin, Korean 2-set, Russian
ЙЦУКЕН) and what each key does to the text before the cursor, with Korean jamo composed into
syllables as they are typed. Plain Python; ui/kiosk_keyboard.py draws the keys and applies the edits."""

from __future__ import annotations

from dataclasses import dataclass

from koryo_desktop.core.hangul import HangulComposer, is_jamo


@dataclass(frozen=True)
class Layout:
    """Rows of letter keys, and the same rows with Shift held (one character per key)."""

    code: str
    rows: tuple[str, ...]
    shifted: tuple[str, ...]

    def row(self, index: int, shift: bool) -> str:
        return (self.shifted if shift else self.rows)[index]


DIGITS = "1234567890"
PUNCTUATION = "-'.,"  # names and dates need these: Hong Beom-do, O'Neil, 1937.
LAYOUTS: dict[str, Layout] = {
    "en": Layout("en", ("qwertyuiop", "asdfghjkl", "zxcvbnm"), ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")),
    # the standard Korean 2-set keyboard: consonants on the left hand, vowels on the right; Shift
    # gives the tense consonants and ㅒ ㅖ
    "ko": Layout("ko", ("ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ"),
                 ("ㅃㅉㄸㄲㅆㅛㅕㅑㅒㅖ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ")),
    "ru": Layout("ru", ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё"),
                 ("ЙЦУКЕНГШЩЗХЪ", "ФЫВАПРОЛДЖЭ", "ЯЧСМИТЬБЮЁ")),
}  # fmt: skip


@dataclass(frozen=True)
class Edit:
    """What a key does: replace the ``remove`` characters before the cursor with ``insert``."""

    remove: int
    insert: str


class KeyInput:
    """Turns key presses into edits of the text before the cursor. Korean jamo are composed: the
    syllable being typed is shown in the text and replaced as it grows (ㄴ, 나, 남), so a search
    as you type sees it at once. ``reset`` when the text or the cursor changed by other means."""

    def __init__(self) -> None:
        self._hangul = HangulComposer()
        self._shown = 0  # characters of the syllable being composed that stand before the cursor

    @property
    def composing(self) -> str:
        return self._hangul.preedit

    def type(self, char: str) -> Edit:
        if is_jamo(char):
            done = self._hangul.feed(char)
            edit = Edit(self._shown, done + self._hangul.preedit)
            self._shown = len(self._hangul.preedit)
            return edit
        self.reset()  # any other character ends the syllable as it stands
        return Edit(0, char)

    def backspace(self) -> Edit:
        if self._hangul.backspace():
            edit = Edit(self._shown, self._hangul.preedit)
            self._shown = len(self._hangul.preedit)
            return edit
        return Edit(1, "")

    def reset(self) -> None:
        """Finish composing: the text already shows the syllable."""
        self._hangul.commit()
        self._shown = 0


def apply(text: str, cursor: int, edit: Edit) -> tuple[str, int]:
    """``text`` with ``edit`` made at ``cursor``; returns the new text and cursor (for tests and for
    widgets without an editing API of their own)."""
    start = max(0, cursor - edit.remove)
    return text[:start] + edit.insert + text[cursor:], start + len(edit.insert)
