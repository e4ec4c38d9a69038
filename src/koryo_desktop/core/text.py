"""Search-text normalisation shared by the content database, the search screen and the people filter.

``fold`` turns any text into a form in which a reader's query and the stored text meet:
case and diacritics are dropped (Latin and Cyrillic), Hangul syllables are kept whole so that a
two-syllable name such as 남일 is found inside longer words (남일은, 김남일), punctuation becomes
space, and a few Latin spellings that transliterations of Russian and Korean names use
interchangeably are merged (Petrovitch/Petrovich, Tsoy/Tsoi, Kh/H).
"""

from __future__ import annotations

import functools
import html
import itertools
import re
import unicodedata
from dataclasses import dataclass

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3

# Applied left to right, longest first, on already case-folded Latin text.
_TRANSLIT: tuple[tuple[str, str], ...] = (
    ("tch", "ch"),
    ("kh", "h"),
    ("y", "i"),
)

_WORD_CHARS_EXTRA = set("'\u2019")  # apostrophes inside words are dropped, not turned into spaces


@dataclass(frozen=True)
class Folded:
    """Folded text plus, for every folded character, the index of the original character."""

    text: str
    offsets: tuple[int, ...]


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    code = ord(ch)
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        return ch
    out = []
    for part in unicodedata.normalize("NFD", ch):
        if unicodedata.combining(part):
            continue
        out.append(part)
    text = "".join(out).casefold()
    if not text:
        return ""
    result = []
    for c in text:
        if c.isalnum():
            result.append(c)
        elif c in _WORD_CHARS_EXTRA or unicodedata.category(c) == "Mn":
            continue
        else:
            result.append(" ")
    return "".join(result)


_FOLD_TABLE: dict[int, str] = {}  # character -> its folded form, filled as characters are met
_ODD: set[str] = set()  # characters that fold to nothing or to several


@functools.lru_cache(maxsize=8)
def _odd_characters(odd: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(odd)) + "]")


def _odd_pattern() -> re.Pattern[str]:
    return _odd_characters(frozenset(_ODD))


_TRANSLIT_RE = re.compile("|".join(source for source, _target in _TRANSLIT))
_TRANSLIT_MAP = dict(_TRANSLIT)
_SPACES = re.compile(" {2,}")


def fold_with_offsets(text: str) -> Folded:
    """Fold ``text`` and keep a map from folded positions back to original positions. The work
    per character is done by comprehensions and regular expressions; Python steps in only where a
    character changes length or a transliteration applies."""
    table, distinct = _FOLD_TABLE, set(text)
    for ch in distinct:
        if ord(ch) not in table:
            folded_ch = table[ord(ch)] = _fold_char(ch)
            if len(folded_ch) != 1:
                _ODD.add(ch)
    chars = text.translate(table)
    if distinct.isdisjoint(_ODD):  # every character folds to one: positions stay
        offsets = list(range(len(text)))
    else:  # runs of positions between the few characters that fold to nothing or to several
        offsets, last = [], 0
        for match in _odd_pattern().finditer(text):
            at = match.start()
            offsets.extend(range(last, at))
            offsets.extend([at] * len(table[ord(text[at])]))
            last = at + 1
        offsets.extend(range(last, len(text)))
    # transliteration rules: a target takes the positions of its source's first letters, its last
    # letter that of the source's last
    if _TRANSLIT_RE.search(chars):
        out, out_offsets, last = [], [], 0
        for match in _TRANSLIT_RE.finditer(chars):
            start, end = match.span()
            out.append(chars[last:start])
            out_offsets.extend(offsets[last:start])
            target = _TRANSLIT_MAP[match.group()]
            out.append(target)
            span = offsets[start:end]
            out_offsets.extend(span[-1] if k == len(target) - 1 else span[k] for k in range(len(target)))
            last = end
        out.append(chars[last:])
        out_offsets.extend(offsets[last:])
        chars, offsets = "".join(out), out_offsets
    # collapse runs of spaces and trim
    if "  " in chars:
        keep = [True] * len(chars)
        for match in _SPACES.finditer(chars):
            keep[match.start() + 1 : match.end()] = [False] * (match.end() - match.start() - 1)
        chars = "".join(itertools.compress(chars, keep))
        offsets = list(itertools.compress(offsets, keep))
    begin = 1 if chars.startswith(" ") else 0
    end = len(chars) - 1 if chars.endswith(" ") and len(chars) > begin else len(chars)
    return Folded(chars[begin:end], tuple(offsets[begin:end]))


_NON_WORD = re.compile(r"[\W_]+")


_COMBINING: dict[int, None] = {}  # combining marks met so far, for str.translate to drop
_PLAIN: set[str] = set()  # characters met so far that are not combining marks


def fold(text: str) -> str:
    """The search form of ``text`` (see the module docstring); the same result as
    ``fold_with_offsets(text).text``, computed on the whole string at once."""
    decomposed = unicodedata.normalize("NFD", text.replace("'", "").replace("\u2019", ""))
    for ch in set(decomposed).difference(_PLAIN):
        if unicodedata.combining(ch):
            _COMBINING[ord(ch)] = None
        else:
            _PLAIN.add(ch)
    stripped = decomposed.translate(_COMBINING) if _COMBINING else decomposed
    folded = unicodedata.normalize("NFC", stripped).casefold()
    folded = _NON_WORD.sub(" ", folded).strip()
    for source, target in _TRANSLIT:
        folded = folded.replace(source, target)
    return folded


def tokens(query: str) -> list[str]:
    """The folded words of a query, without duplicates, longest first."""
    seen: dict[str, None] = {}
    for word in fold(query).split():
        seen.setdefault(word, None)
    return sorted(seen, key=len, reverse=True)


def compact(text: str) -> str:
    """Folded text without spaces, so that 'Beom-do', 'Beom do' and 'Beomdo' meet."""
    return fold(text).replace(" ", "")


def is_hangul(token: str) -> bool:
    return bool(token) and _HANGUL_FIRST <= ord(token[0]) <= _HANGUL_LAST


def find_word(folded: str, token: str, start: int = 0) -> int:
    """Where ``token`` first begins a word of the folded text at or after ``start``, or -1. A
    person reading "Nam Il" expects Il, Ilbo and Il'ich, not k*il*led: Latin and Cyrillic words
    match at their start. A Hangul word matches anywhere, as Korean names sit inside longer
    words (남일은, 김남일)."""
    if not token:
        return -1
    i = folded.find(token, start)
    if is_hangul(token):
        return i
    while i > 0 and folded[i - 1] != " ":
        i = folded.find(token, i + 1)
    return i


def matches_all(query_tokens: list[str], folded_text: str) -> bool:
    """True when every query token begins a word somewhere in ``folded_text``."""
    return all(find_word(folded_text, token) >= 0 for token in query_tokens)


def _word_matches(folded: str, token: str) -> list[int]:
    """Where ``token`` is a whole word of the folded text, or, when it never is, where it begins
    one (Hangul: anywhere). "Nam Il" marks Nam, not the start of "name", in a text that has both."""
    starts, start = [], find_word(folded, token)
    while start >= 0:
        starts.append(start)
        start = find_word(folded, token, start + 1)
    if is_hangul(token):
        return starts
    whole = [i for i in starts if i + len(token) == len(folded) or folded[i + len(token)] == " "]
    return whole or starts


def match_spans(text: str, query_tokens: list[str]) -> list[tuple[int, int]]:
    """Spans (start, end) of the original ``text`` where a query token matches (see find_word and
    _word_matches), merged and sorted."""
    folded = _recent_folded(text)
    spans: list[tuple[int, int]] = []
    for token in query_tokens:
        if not token:
            continue
        for start in _word_matches(folded.text, token):
            end = start + len(token) - 1
            spans.append((folded.offsets[start], folded.offsets[end] + 1))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


@functools.lru_cache(maxsize=256)
def _recent_folded(text: str) -> Folded:
    """fold_with_offsets of a text met again: search as you type highlights the same few
    snippets' texts keystroke after keystroke."""
    return fold_with_offsets(text)


def _spans_near_the_first_match(text: str, query_tokens: list[str], width: int,
                                folded: str | None = None) -> list[tuple[int, int]]:  # fmt: skip
    """match_spans of the part of ``text`` a snippet can show: folding a whole chapter paragraph
    character by character for every hit would cost more than the search itself. Folding keeps
    most characters in place and only ever drops a few, so the first match in the original is at
    or a little after its place in the folded text (``folded``, when the caller has it)."""
    folded = fold(text) if folded is None else folded
    found = [p for p in (find_word(folded, t) for t in query_tokens) if p >= 0]
    if not found:
        return []
    first = min(found)
    lo = text.rfind(" ", 0, max(0, first - width)) + 1  # from the start of a word
    hi = text.find(" ", min(len(text), first + 3 * width))
    hi = len(text) if hi < 0 else hi
    spans = match_spans(text[lo:hi], query_tokens)
    if not spans:  # the guess missed: the whole text
        return match_spans(text, query_tokens)
    return [(s + lo, e + lo) for s, e in spans]


def highlight_snippet(text: str, query_tokens: list[str], width: int = 160, folded: str | None = None) -> str:
    """An HTML snippet of ``text`` around the first match, matched words in <b>, everything escaped;
    ``folded`` is fold(text), when the caller has it already."""
    text = " ".join(text.split())
    spans = _spans_near_the_first_match(text, query_tokens, width, folded)
    if spans:
        first = spans[0][0]
        start = max(0, first - width // 3)
        if start > 0:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first else start
    else:
        start = 0
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    parts: list[str] = ["…" if start > 0 else ""]
    cursor = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        parts.append(html.escape(text[cursor:s]))
        parts.append("<b>" + html.escape(text[s:e]) + "</b>")
        cursor = e
    parts.append(html.escape(text[cursor:end]))
    if end < len(text):
        parts.append("…")
    return "".join(parts)


_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


def cyrillic_to_latin(text: str) -> str:
    """A plain Latin transliteration of Russian Cyrillic, used to suggest another spelling."""
    out = []
    for ch in text:
        lower = ch.lower()
        if lower in _CYRILLIC_TO_LATIN:
            latin = _CYRILLIC_TO_LATIN[lower]
            out.append(latin.capitalize() if ch != lower else latin)
        else:
            out.append(ch)
    return "".join(out)


def detect_script(text: str) -> str:
    """'hangul', 'cyrillic', 'hanja' or 'latin': the script most letters of ``text`` are in."""
    counts = {"hangul": 0, "cyrillic": 0, "hanja": 0, "latin": 0}
    for ch in text:
        code = ord(ch)
        if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            counts["hangul"] += 1
        elif 0x0400 <= code <= 0x04FF:
            counts["cyrillic"] += 1
        elif 0x4E00 <= code <= 0x9FFF:
            counts["hanja"] += 1
        elif ch.isalpha():
            counts["latin"] += 1
    return max(counts, key=lambda k: counts[k])


_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:person|event|place|term|chapter):[^)\s]*\)")
_MD_CITE = re.compile(r"\s?\[@[^\]]+\]")
_MD_MARKS = re.compile(r"(^|\s)#{1,6}\s|[*_`>|]|\{#[^}]*\}")


def plain_text(markdown: str) -> str:
    """Markdown reduced to the words a reader sees (for search and word counts)."""
    text = _MD_CITE.sub("", markdown)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_MARKS.sub(lambda m: m.group(1) or " ", text)
    return " ".join(text.split())
