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


def fold_with_offsets(text: str) -> Folded:
    """Fold ``text`` and keep a map from folded positions back to original positions."""
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        for c in _fold_char(ch):
            chars.append(c)
            offsets.append(index)
    # transliteration rules
    out_chars: list[str] = []
    out_offsets: list[int] = []
    i = 0
    joined = "".join(chars)
    while i < len(joined):
        for source, target in _TRANSLIT:
            if joined.startswith(source, i):
                span = offsets[i : i + len(source)]
                for k, c in enumerate(target):
                    out_chars.append(c)
                    out_offsets.append(span[-1] if k == len(target) - 1 else span[k])
                i += len(source)
                break
        else:
            out_chars.append(joined[i])
            out_offsets.append(offsets[i])
            i += 1
    # collapse runs of spaces and trim
    final_chars: list[str] = []
    final_offsets: list[int] = []
    for c, o in zip(out_chars, out_offsets, strict=True):
        if c == " " and (not final_chars or final_chars[-1] == " "):
            continue
        final_chars.append(c)
        final_offsets.append(o)
    if final_chars and final_chars[-1] == " ":
        final_chars.pop()
        final_offsets.pop()
    return Folded("".join(final_chars), tuple(final_offsets))


_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """The search form of ``text`` (see the module docstring); the same result as
    ``fold_with_offsets(text).text``, computed on the whole string at once."""
    decomposed = unicodedata.normalize("NFD", text.replace("'", "").replace("\u2019", ""))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
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


def matches_all(query_tokens: list[str], folded_text: str) -> bool:
    """True when every query token occurs somewhere in ``folded_text``."""
    return all(token in folded_text for token in query_tokens)


def match_spans(text: str, query_tokens: list[str]) -> list[tuple[int, int]]:
    """Spans (start, end) of the original ``text`` that match any query token, merged and sorted."""
    folded = fold_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for token in query_tokens:
        if not token:
            continue
        start = folded.text.find(token)
        while start >= 0:
            end = start + len(token) - 1
            spans.append((folded.offsets[start], folded.offsets[end] + 1))
            start = folded.text.find(token, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def highlight_snippet(text: str, query_tokens: list[str], width: int = 160) -> str:
    """An HTML snippet of ``text`` around the first match, matched words in <b>, everything escaped."""
    text = " ".join(text.split())
    spans = match_spans(text, query_tokens)
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
