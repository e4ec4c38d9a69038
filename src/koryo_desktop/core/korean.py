"""Korean words as a search meets them: particles attached to the stem (남일은, 강제이주를).

Korean writes case and topic markers, and a few other particles, joined to the word they follow.
A reader who types 강제이주를 or 남일은 means 강제이주 and 남일, so the search looks up the stem.
Only particles are taken off, only from words of Hangul syllables, and only where at least two
syllables remain: 회의 (a meeting) stays whole, and a one-syllable stem would find far too much.
"""

from __future__ import annotations

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3

# Longest first, so that 에서 is taken before 서 could be, and 으로 before 로.
PARTICLES: tuple[str, ...] = tuple(
    sorted(
        {
            "에서부터", "으로부터", "로부터", "에게서", "한테서", "까지는", "에서는", "에서도", "으로는", "으로도",
            "에게는", "이라는", "이라고", "에서", "에게", "한테", "으로", "까지", "부터", "처럼", "보다", "마다",
            "이나", "이랑", "에는", "에도", "와는", "과는", "라는", "라고", "께서",
            "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "나", "랑", "께",
        },
        key=lambda p: (-len(p), p),
    )
)  # fmt: skip


def is_hangul_word(word: str) -> bool:
    return bool(word) and all(_HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST for ch in word)


def stem(word: str) -> str:
    """``word`` without a particle at its end (강제이주를 → 강제이주), or unchanged."""
    if not is_hangul_word(word):
        return word
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word
