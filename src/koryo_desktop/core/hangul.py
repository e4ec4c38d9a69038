"""Korean typed as on a 2-set (dubeolsik) keyboard: jamo go in one key at a time and are composed
into syllables (ㄴ + ㅏ + ㅁ → 남), a final consonant moves on to the next syllable when a vowel
follows it (남 + ㅣ → 나미), and backspace takes back one jamo at a time (남 → 나 → ㄴ). Plain
Python, for the kiosk's on-screen keyboard."""

from __future__ import annotations

INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
# two keys that make one jamo
DOUBLE_VOWELS = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
                 ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}  # fmt: skip
DOUBLE_FINALS = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
                 ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
                 ("ㅂ", "ㅅ"): "ㅄ"}  # fmt: skip
_SYLLABLES = 0xAC00


def is_consonant(char: str) -> bool:
    return len(char) == 1 and char in INITIALS


def is_vowel(char: str) -> bool:
    return len(char) == 1 and char in VOWELS


def is_jamo(char: str) -> bool:
    """A key of the Korean keyboard (a consonant or a vowel as typed, compatibility jamo)."""
    return is_consonant(char) or is_vowel(char)


def syllable(initial: str, vowel: str, final: str = "") -> str:
    """The precomposed syllable of an initial consonant, a vowel and an optional final."""
    index = (INITIALS.index(initial) * len(VOWELS) + VOWELS.index(vowel)) * len(FINALS) + FINALS.index(final)
    return chr(_SYLLABLES + index)


class HangulComposer:
    """The syllable being typed, kept as the keys that made it so that backspace can take them back
    one by one. ``feed`` returns the text that is finished (committed) by the key; ``preedit`` is
    the syllable still being composed."""

    def __init__(self) -> None:
        self._initial = ""
        self._vowel: list[str] = []  # one key, or two for a double vowel (ㅗ ㅏ → ㅘ)
        self._final: list[str] = []  # one key, or two for a double final (ㄹ ㄱ → ㄺ)

    @property
    def composing(self) -> bool:
        return bool(self._initial or self._vowel)

    @property
    def preedit(self) -> str:
        """The syllable (or lone jamo) being composed; "" when nothing is."""
        vowel = self._join(self._vowel, DOUBLE_VOWELS)
        final = self._join(self._final, DOUBLE_FINALS)
        if self._initial and vowel:
            return syllable(self._initial, vowel, final)
        return self._initial or vowel

    @staticmethod
    def _join(keys: list[str], doubles: dict[tuple[str, str], str]) -> str:
        if len(keys) == 2:
            return doubles[(keys[0], keys[1])]
        return keys[0] if keys else ""

    def commit(self) -> str:
        """Finish the syllable being composed; returns it."""
        text = self.preedit
        self._initial, self._vowel, self._final = "", [], []
        return text

    def feed(self, key: str) -> str:
        """Type one jamo; returns what it finished ("" while the same syllable goes on)."""
        if is_consonant(key):
            return self._consonant(key)
        if is_vowel(key):
            return self._vowel_key(key)
        raise ValueError(f"{key!r} is not a key of the Korean keyboard")

    def _consonant(self, key: str) -> str:
        if self._initial and self._vowel:
            if not self._final:
                if key in FINALS:  # ㄸ ㅃ ㅉ never end a syllable
                    self._final = [key]
                    return ""
            elif len(self._final) == 1 and (self._final[0], key) in DOUBLE_FINALS:
                self._final.append(key)
                return ""
        done = self.commit()
        self._initial = key
        return done

    def _vowel_key(self, key: str) -> str:
        if self._final:  # the last final begins the next syllable: 남 + ㅣ → 나 + 미
            moved = self._final.pop()
            done = self.commit()
            self._initial, self._vowel = moved, [key]
            return done
        if self._vowel:
            if len(self._vowel) == 1 and (self._vowel[0], key) in DOUBLE_VOWELS:
                self._vowel.append(key)
                return ""
            done = self.commit()
            self._vowel = [key]
            return done
        self._vowel = [key]  # after a lone initial, or alone
        return ""

    def backspace(self) -> bool:
        """Take back the last jamo of the syllable being composed; False when nothing is composed
        (the character before the cursor is then the one to delete)."""
        if self._final:
            self._final.pop()
        elif self._vowel:
            self._vowel.pop()
        elif self._initial:
            self._initial = ""
        else:
            return False
        return True
