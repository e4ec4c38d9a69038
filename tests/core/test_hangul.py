"""Korean typed jamo by jamo as on a 2-set keyboard, and the on-screen keyboard's edits."""

import pytest

from koryo_desktop.core.hangul import FINALS, INITIALS, VOWELS, HangulComposer, is_jamo, syllable
from koryo_desktop.core.onscreen_keys import LAYOUTS, Edit, KeyInput, apply


def typed(keys: str, backspaces_after: int = 0) -> str:
    """What a field shows after typing ``keys`` (spaces and letters too), then backspace."""
    keyboard, text, cursor = KeyInput(), "", 0
    for key in keys:
        text, cursor = apply(text, cursor, keyboard.type(key))
    for _ in range(backspaces_after):
        text, cursor = apply(text, cursor, keyboard.backspace())
    return text


def steps(keys: str) -> list[str]:
    keyboard, text, cursor, seen = KeyInput(), "", 0, []
    for key in keys:
        text, cursor = apply(text, cursor, keyboard.type(key))
        seen.append(text)
    return seen


def test_syllables_are_made_as_unicode_defines_them():
    assert syllable("ㄴ", "ㅏ", "ㅁ") == "남" and syllable("ㅇ", "ㅣ", "ㄹ") == "일"
    assert syllable("ㄱ", "ㅏ") == "가" and syllable("ㅎ", "ㅣ", "ㅎ") == "힣"
    assert len(INITIALS) == 19 and len(VOWELS) == 21 and len(FINALS) == 28


def test_nam_il_is_composed_as_it_is_typed():
    assert steps("ㄴㅏㅁㅇㅣㄹ") == ["ㄴ", "나", "남", "남ㅇ", "남이", "남일"]


def test_a_final_consonant_moves_on_when_a_vowel_follows():
    assert typed("ㄴㅏㅁㅣ") == "나미"
    assert typed("ㄷㅏㄹㄱㅣ") == "달기"  # of a double final only the second moves: 닭 + ㅣ
    assert steps("ㄷㅏㄹㄱ")[-1] == "닭"


def test_double_vowels_and_finals():
    assert typed("ㄱㅗㅏ") == "과" and typed("ㅇㅜㅣ") == "위" and typed("ㅇㅡㅣ") == "의"
    assert typed("ㅇㅓㅂㅅ") == "없" and typed("ㅇㅏㄴㅈ") == "앉"
    assert typed("ㄱㅗㅏㄴ") == "관"


def test_tense_consonants_never_end_a_syllable():
    assert typed("ㄱㅏㄸ") == "가ㄸ" and typed("ㄱㅏㄸㅏ") == "가따"
    assert typed("ㄱㅏㄲ") == "갂"  # ㄲ and ㅆ may


def test_lone_jamo_stay_as_typed():
    assert typed("ㄱㄴ") == "ㄱㄴ" and typed("ㅏㅓ") == "ㅏㅓ" and typed("ㅏㄱ") == "ㅏㄱ"
    assert typed("ㅗㅏ") == "ㅘ"


def test_backspace_takes_back_one_jamo_at_a_time():
    assert [typed("ㄴㅏㅁ", n) for n in range(4)] == ["남", "나", "ㄴ", ""]
    assert typed("ㄱㅗㅏㄴ", 1) == "과" and typed("ㄱㅗㅏㄴ", 2) == "고"
    assert typed("ㅇㅓㅂㅅ", 1) == "업"
    assert typed("ㄴㅏㅁㅇㅣㄹ", 3) == "남"  # 일 → 이 → ㅇ → gone; 남 was finished and stays
    assert typed("ㄴㅏㅁㅇㅣㄹ", 4) == ""  # a finished syllable goes whole, as on a Korean keyboard


def test_a_space_or_a_latin_letter_ends_the_syllable():
    assert typed("ㄴㅏㅁ ㅇㅣㄹ") == "남 일"
    assert typed("ㄴㅏㅁ ", 1) == "남"
    assert typed("ㄴㅏㅁ ", 2) == ""  # the syllable is finished: backspace deletes it whole
    assert typed("ㄴㅏㅁa") == "남a"


def test_cyrillic_and_latin_are_typed_as_they_are():
    assert typed("Нам Ир") == "Нам Ир" and typed("Nam Il", 2) == "Nam "


def test_typing_in_the_middle_of_a_text():
    keyboard = KeyInput()
    text, cursor = "Kim  Ilsung", 4
    for key in "ㄴㅏㅁ":
        text, cursor = apply(text, cursor, keyboard.type(key))
    assert text == "Kim 남 Ilsung" and cursor == 5
    assert apply("", 0, Edit(1, "")) == ("", 0)  # backspace at the start does nothing


def test_after_a_reset_the_syllable_stays_whole():
    keyboard, text, cursor = KeyInput(), "", 0
    for key in "ㄴㅏ":
        text, cursor = apply(text, cursor, keyboard.type(key))
    keyboard.reset()  # the visitor tapped elsewhere in the field
    text, cursor = apply(text, cursor, keyboard.type("ㅁ"))
    assert text == "나ㅁ"


def test_not_a_jamo_is_refused_by_the_composer():
    with pytest.raises(ValueError):
        HangulComposer().feed("a")


def test_every_key_of_the_layouts_types_one_character():
    for layout in LAYOUTS.values():
        assert len(layout.rows) == len(layout.shifted)
        for plain, shifted in zip(layout.rows, layout.shifted, strict=True):
            assert len(plain) == len(shifted)
    assert all(is_jamo(k) for row in LAYOUTS["ko"].rows + LAYOUTS["ko"].shifted for k in row)
    assert sorted(set("".join(LAYOUTS["ru"].rows))) == sorted(set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"))
    assert sorted("".join(LAYOUTS["en"].rows)) == sorted("abcdefghijklmnopqrstuvwxyz")
