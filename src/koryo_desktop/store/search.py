"""The search the app and `koryo-desktop content search` share.

A query word matches where it begins a word of a document's folded text (Il, Ilbo, Il'ich; not
k-il-led), anywhere in a word for Hangul (남일은, 김남일). Both sides are folded by
core.text.fold, so case, diacritics and common transliteration variants meet. The documents are
read into memory on the first search and looked up there, a few thousand at C speed. Each content
language has its own documents (the texts its reader sees, and every name in every script); a
Korean query has its particles taken off first (강제이주를 → 강제이주).
"""

from __future__ import annotations

import gc
import itertools
import operator
import sqlite3
from typing import Any, Protocol

from koryo_desktop.core import korean
from koryo_desktop.core.entities import SEARCH_KINDS, SearchHit, SearchResult
from koryo_desktop.core.text import (
    compact,
    cyrillic_to_latin,
    detect_script,
    find_word,
    fold,
    highlight_snippet,
    is_hangul,
    tokens,
)

NAME_FIELDS = ("name", "title", "section-title")


def _quality(folded: str, token: str) -> float:
    """How well ``token`` matches a document: the whole text, a whole word, the start of a word,
    or (Hangul, and compacted names) inside a word."""
    if folded == token:
        return 2.0
    at = find_word(folded, token)
    if at < 0:
        return 0.6
    end = at + len(token)
    return 1.2 if end == len(folded) or folded[end] == " " else 1.0


_COLUMNS = "kind, record_id, title, anchor, field, weight, text, folded, id"
_Doc = tuple[Any, ...]  # one search document: the values of _COLUMNS, in that order


def _both(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "little") & int.from_bytes(b, "little")).to_bytes(len(a), "little")


def _either(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "little") | int.from_bytes(b, "little")).to_bytes(len(a), "little")


class _Documents:
    """Every search document in memory, so that a keystroke looks a word up in all of them at C
    speed (``map`` over the folded texts, masks of one byte per document combined as integers)
    instead of asking SQLite to scan the table. A few thousand documents in three languages take
    a few megabytes."""

    def __init__(self, rows: list[sqlite3.Row]) -> None:
        self.rows: list[_Doc] = [tuple(r) for r in rows]
        self.folded = [r[7] for r in self.rows]
        self.everything = b"\x01" * len(self.rows)
        self.names = bytes(r[4] in NAME_FIELDS for r in self.rows)
        self.compact = bytes(r[4] == "name-compact" for r in self.rows)
        self._cache: dict[str, bytes] = {}
        self._summaries: dict[tuple[str, str], tuple[str, str]] | None = None

    def summary(self, kind: str, record_id: str) -> tuple[str, str] | None:
        """(text, folded) of a record's summary, description or definition (the weightiest)."""
        if self._summaries is None:
            best: dict[tuple[str, str], tuple[float, str, str]] = {}
            for row in self.rows:  # in the order of their ids: the first of equal weight stays
                if row[4] in ("summary", "description", "definition"):
                    key = (row[0], row[1])
                    if key not in best or row[5] > best[key][0]:
                        best[key] = (row[5], row[6], row[7])
            self._summaries = {key: (text, folded) for key, (_weight, text, folded) in best.items()}
        return self._summaries.get((kind, record_id))

    def starting(self, token: str) -> bytes:
        """1 for each document in which ``token`` begins a word (see the module docstring)."""
        found = self._cache.get(token)
        if found is None:
            if len(self._cache) > 512:
                self._cache.clear()
            folded, repeat = self.folded, itertools.repeat
            if is_hangul(token):
                found = bytes(map(operator.contains, folded, repeat(token)))
            else:
                found = _either(bytes(map(str.startswith, folded, repeat(token))),
                                bytes(map(operator.contains, folded, repeat(" " + token))))  # fmt: skip
                if len(token) >= 4:
                    inside = bytes(map(operator.contains, folded, repeat(token)))
                    found = _either(found, _both(inside, self.compact))
            self._cache[token] = found
        return found


def names_only(query_tokens: list[str]) -> bool:
    """Words this short (two letters, one Hangul syllable) start thousands of words in the
    chapters: they look for names and titles only, until the next letter."""
    return bool(query_tokens) and all(len(t) < (2 if is_hangul(t) else 3) for t in query_tokens)


class _Language(Protocol):
    @property
    def search_lang(self) -> str: ...


def query_tokens_of(query: str) -> list[str]:
    """The folded words of a query, Korean ones without their particles (남일은 → 남일)."""
    return list(dict.fromkeys(korean.stem(t) for t in tokens(query)))


class SearchIndex:
    """Search over the content database's search_docs table, in the documents of the content's
    current language."""

    def __init__(self, conn: sqlite3.Connection, language: _Language) -> None:
        self._conn = conn
        self._language = language
        self._vocabulary: list[tuple[str, str]] | None = None
        self._names: list[tuple[str, str]] | None = None
        self._docs: dict[str, _Documents] = {}  # each language's documents, read on its first search
        self._found: dict[int, _Doc] = {}  # the documents of the last search's hits, by id
        self._snippets: dict[tuple[int, tuple[str, ...], int], str] = {}  # the recent queries' snippets
        self._last_tokens: tuple[str, list[str]] = ("", [])

    def _documents(self) -> _Documents:
        lang = self._language.search_lang
        if lang not in self._docs:
            self._docs[lang] = _Documents(
                self._conn.execute(f"SELECT {_COLUMNS} FROM search_docs WHERE lang = ? ORDER BY id", (lang,)).fetchall()
            )
            gc.freeze()  # thousands of documents that live on: later collections need not walk through them
        return self._docs[lang]

    def _rows(self, query_tokens: list[str]) -> list[_Doc]:
        """Every document in which each token begins a word (anywhere for Hangul; anywhere in a
        compacted name for four letters or more: Beomdo in Hong Beom-do)."""
        docs = self._documents()
        mask = docs.names if names_only(query_tokens) else docs.everything
        for token in query_tokens:
            mask = _both(mask, docs.starting(token))
        return list(itertools.compress(docs.rows, mask))

    def search(self, query: str, limit: int = 60, suggest: bool = True, snippets: bool = True) -> SearchResult:
        """Ranked hits, at most one per record, best first; suggestions when nothing is found.
        Without ``snippets`` the hits carry none: ``snippet(hit, query)`` makes one when shown."""
        query_tokens = query_tokens_of(query)
        phrase = " ".join(korean.stem(w) for w in fold(query).split())
        if not query_tokens:
            return SearchResult(query, ())
        best: dict[tuple[str, str], tuple[float, _Doc]] = {}
        counts: dict[tuple[str, str], int] = {}
        several = len(query_tokens) > 1
        for row in self._rows(query_tokens):
            folded, weight = row[7], row[5]
            score = weight * sum(_quality(folded, t) for t in query_tokens) / len(query_tokens)
            if folded == phrase:  # the whole name or title: the record itself ("Nam Il" is Nam Il)
                score += weight
            elif several and find_word(folded, phrase) >= 0:
                score += 0.5 * weight
            key = (row[0], row[1])
            counts[key] = counts.get(key, 0) + 1
            if key not in best or score > best[key][0]:
                best[key] = (score, row)
        order = {k: i for i, k in enumerate(SEARCH_KINDS)}
        ranked = sorted(
            ((score + min(counts[key], 10) * 0.05, row) for key, (score, row) in best.items()),
            key=lambda item: (-item[0], order[item[1][0]], item[1][2]),
        )[:limit]
        hits = []
        if not snippets:
            self._found = {row[8]: row for _total, row in ranked}
        for total, row in ranked:  # snippets only for the hits that are shown
            snippet = self._snippet(row, query_tokens) if snippets else ""
            hits.append(SearchHit(row[0], row[1], row[2], snippet, row[3], total, row[8]))
        suggestions: tuple[str, ...] = ()
        if not hits and suggest:
            suggestions = tuple(self.suggest(query))
        return SearchResult(query, tuple(hits), suggestions)

    def snippet(self, hit: SearchHit, query: str, width: int = 160) -> str:
        """The highlighted snippet (about ``width`` characters) of a hit found without one."""
        row = (
            self._found.get(hit.doc_id)
            or self._conn.execute(f"SELECT {_COLUMNS} FROM search_docs WHERE id = ?", (hit.doc_id,)).fetchone()
        )
        if row is None:
            return ""
        if self._last_tokens[0] != query:  # the rows shown ask one after the other for the same query
            self._last_tokens = (query, query_tokens_of(query))
        return self._snippet(row, self._last_tokens[1], width)

    def _snippet(self, row: _Doc, query_tokens: list[str], width: int = 160) -> str:
        """A hit's snippet, kept a while: typing back over a query shows the same hits again."""
        key = (row[8], tuple(query_tokens), width)
        snippet = self._snippets.get(key)
        if snippet is None:
            snippet = highlight_snippet(row[6], query_tokens, width, row[7])
            if row[4] in ("name", "name-compact", "title"):
                snippet = self._with_summary(row, snippet, query_tokens, width - len(row[6]))
            if len(self._snippets) >= 2000:
                self._snippets.clear()
            self._snippets[key] = snippet
        return snippet

    def _with_summary(self, row: _Doc, snippet: str, query_tokens: list[str], width: int = 140) -> str:
        """A name or title hit is shown with the record's summary, so the snippet says who or what it is."""
        summary = self._documents().summary(row[0], row[1])
        if summary is None:
            return snippet
        text = highlight_snippet(summary[0], query_tokens, max(40, width), summary[1])
        return text if row[6] == row[2] else f"{snippet} — {text}"

    def _words(self) -> list[tuple[str, str]]:
        if self._vocabulary is None:
            self._vocabulary = [(r[0], r[1]) for r in self._conn.execute("SELECT folded, term FROM search_terms")]
        return self._vocabulary

    def _compact_names(self) -> list[tuple[str, str]]:
        if self._names is None:
            self._names = [(r[0], r[1]) for r in self._conn.execute(
                "SELECT folded, min(text) FROM search_docs WHERE field = 'name-compact' GROUP BY folded")]  # fmt: skip
        return self._names

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """Other spellings of ``query`` that do find something: a Latin transliteration of
        Cyrillic, the closest known names and title words, or the closest whole name written
        without spaces (Hong Bomdo: Hong Beom-do)."""
        import difflib  # only when nothing matched

        def finds(candidate: str) -> bool:
            return bool(self.search(candidate, limit=1, suggest=False, snippets=False).hits)

        suggestions: list[str] = []
        if detect_script(query) == "cyrillic":
            latin = cyrillic_to_latin(query)
            if finds(latin):
                suggestions.append(latin)
        words = self._words()
        folded_words = [w for w, _ in words]
        original = dict(words)
        alternatives: list[list[str]] = []
        for token in fold(query).split():
            if any(w.startswith(token) for w in folded_words):
                alternatives.append([token])
                continue
            alternatives.append(difflib.get_close_matches(token, folded_words, n=limit, cutoff=0.7))
        if all(alternatives):
            for i in range(limit):
                candidate = " ".join(original.get(a[min(i, len(a) - 1)], a[min(i, len(a) - 1)]) for a in alternatives)
                if candidate not in suggestions and fold(candidate) != fold(query) and finds(candidate):
                    suggestions.append(candidate)
        if len(suggestions) < limit and len(compact(query)) >= 4:
            names = dict(self._compact_names())
            for close in difflib.get_close_matches(compact(query), list(names), n=limit, cutoff=0.75):
                if names[close] not in suggestions and close != compact(query):
                    suggestions.append(names[close])
        return suggestions[:limit]
