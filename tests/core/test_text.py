from koryo_desktop.core.text import (
    compact,
    cyrillic_to_latin,
    detect_script,
    fold,
    highlight_snippet,
    match_spans,
    plain_text,
    tokens,
)


def test_fold_drops_case_and_diacritics():
    assert fold("ÉCOLE Réal") == "ecole real"
    assert fold("Ёжов") == fold("ежов")


def test_fold_merges_transliteration_variants():
    assert fold("Petrovitch") == fold("Petrovich")
    assert fold("Tsoy") == fold("Tsoi")
    assert fold("Kharbin") == fold("Harbin")


def test_fold_keeps_hangul_syllables_whole():
    assert fold("남일은") == "남일은"
    assert "남일" in fold("김남일")


def test_fold_turns_punctuation_into_single_spaces():
    assert fold("Hong Beom-do,  (1868)") == "hong beom do 1868"
    assert compact("Beom-do") == compact("Beomdo")


def test_tokens_are_unique_and_longest_first():
    assert tokens("Nam nam Yakov") == ["iakov", "nam"]
    assert tokens("   ") == []


def test_match_spans_map_back_to_original_text():
    text = "Nam Yakov Petrovitch"
    spans = match_spans(text, tokens("petrovich"))
    assert [text[s:e] for s, e in spans] == ["Petrovitch"]


def test_highlight_snippet_escapes_and_marks():
    html = highlight_snippet("<Nam> Il signed", tokens("nam"))
    assert html == "&lt;<b>Nam</b>&gt; Il signed"


def test_highlight_snippet_cuts_long_text_around_the_match():
    text = "word " * 100 + "Ushtobe" + " word" * 100
    html = highlight_snippet(text, tokens("ushtobe"), width=60)
    assert "<b>Ushtobe</b>" in html
    assert html.startswith("…") and html.endswith("…")


def test_detect_script_and_transliteration():
    assert detect_script("남일") == "hangul"
    assert detect_script("Нам Ир") == "cyrillic"
    assert detect_script("Nam Il") == "latin"
    assert cyrillic_to_latin("Нам Ир") == "Nam Ir"


def test_plain_text_strips_markup_links_and_citations():
    md = "## Head {#x}\nIn **1937** [Stalin](person:joseph-stalin) signed [@chang, p. 5]."
    assert plain_text(md) == "Head In 1937 Stalin signed."


def test_fast_fold_equals_the_offset_fold():
    from koryo_desktop.core.text import fold_with_offsets

    samples = [
        "Nam Yakov Petrovitch",
        "Ёжов, Хон Бом До",
        "남일은 김남일",
        "Kim Pen Hwa’s kolkhoz",
        "Straße ÉTÉ",
        "a_b-c",
    ]
    for text in samples:
        assert fold(text) == fold_with_offsets(text).text


def test_matches_begin_words_and_prefer_whole_ones():
    from koryo_desktop.core.text import find_word

    text = "Nam Il and William K. Harrison signed; Kang Kon had been killed. Kore Ilbo names Nam Il."
    marked = [text[s:e] for s, e in match_spans(text, tokens("Nam Il"))]
    assert marked == ["Nam", "Il", "Nam", "Il"]  # not W-il-liam, k-il-led, Ilbo or name
    for other, token, expected in (("Kore Ilbo reported", "il", ["Il"]), ("남일은 김남일", "남일", ["남일", "남일"])):
        assert [other[s:e] for s, e in match_spans(other, tokens(token))] == expected  # a start; Hangul anywhere
    assert find_word("killed", "il") == -1 and find_word("kore ilbo", "il") == 5
