"""The search the app and `koryo-desktop content search` share.

FTS5's trigram index finds every query word of three or more characters as a substring of the
folded text; shorter words (a two-syllable Hangul name such as 남일, or 'Il') are matched with
instr() on the same folded text, since the trigram tokenizer cannot look them up. Both sides are
folded by core.text.fold, so case, diacritics and common transliteration variants meet.
"""

from __future__ import annotations

import sqlite3
from typing import Protocol

from koryo_desktop.core import korean
from koryo_desktop.core.entities import SEARCH_KINDS, SearchHit, SearchResult
from koryo_desktop.core.text import cyrillic_to_latin, detect_script, fold, highlight_snippet, tokens


def _quality(folded: str, token: str) -> float:
    if folded == token:
        return 2.0
    if folded.startswith(token) or f" {token}" in folded:
        return 1.0
    return 0.6


class _Language(Protocol):
    @property
    def search_lang(self) -> str: ...


class SearchIndex:
    """Search over the content database's search_docs table, in the documents of the content's
    current language (the texts its reader sees, and every name in every script)."""

    def __init__(self, conn: sqlite3.Connection, language: _Language) -> None:
        self._conn = conn
        self._language = language
        self._vocabulary: list[tuple[str, str]] | None = None

    def _rows(self, query_tokens: list[str]) -> list[sqlite3.Row]:
        long = [t for t in query_tokens if len(t) >= 3]
        short = [t for t in query_tokens if len(t) < 3]
        where, params = ["d.lang = ?"], [self._language.search_lang]
        if long:
            where.append("d.id IN (SELECT rowid FROM search_docs_fts WHERE search_docs_fts MATCH ?)")
            params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long))
        for token in short:
            where.append("instr(d.folded, ?) > 0")
            params.append(token)
        sql = (
            "SELECT d.kind, d.record_id, d.title, d.anchor, d.field, d.weight, d.text, d.folded, d.id "
            f"FROM search_docs d WHERE {' AND '.join(where)} ORDER BY d.id"
        )
        return self._conn.execute(sql, params).fetchall()

    def search(self, query: str, limit: int = 60, suggest: bool = True) -> SearchResult:
        """Ranked hits, at most one per record, best first; suggestions when nothing is found."""
        query_tokens = list(dict.fromkeys(korean.stem(t) for t in tokens(query)))
        phrase = " ".join(korean.stem(w) for w in fold(query).split())
        if not query_tokens:
            return SearchResult(query, ())
        best: dict[tuple[str, str], tuple[float, sqlite3.Row]] = {}
        counts: dict[tuple[str, str], int] = {}
        for row in self._rows(query_tokens):
            folded = row[7]
            score = row[5] * sum(_quality(folded, t) for t in query_tokens) / len(query_tokens)
            if len(query_tokens) > 1 and phrase in folded:
                score += 0.5 * row[5]
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
        for total, row in ranked:  # snippets only for the hits that are shown
            snippet = highlight_snippet(row[6], query_tokens)
            if row[4] in ("name", "name-compact", "title"):
                snippet = self._with_summary(row, snippet, query_tokens)
            hits.append(SearchHit(row[0], row[1], row[2], snippet, row[3], total))
        suggestions: tuple[str, ...] = ()
        if not hits and suggest:
            suggestions = tuple(self.suggest(query))
        return SearchResult(query, tuple(hits), suggestions)

    def _with_summary(self, row: sqlite3.Row, snippet: str, query_tokens: list[str]) -> str:
        """A name or title hit is shown with the record's summary, so the snippet says who or what it is."""
        summary = self._conn.execute(
            "SELECT text FROM search_docs WHERE kind = ? AND record_id = ? AND lang = ? AND field IN "
            "('summary', 'description', 'definition') ORDER BY weight DESC, id LIMIT 1",
            (row[0], row[1], self._language.search_lang),
        ).fetchone()
        if summary is None:
            return snippet
        text = highlight_snippet(summary[0], query_tokens, width=140)
        return text if row[6] == row[2] else f"{snippet} — {text}"

    def _words(self) -> list[tuple[str, str]]:
        if self._vocabulary is None:
            self._vocabulary = [(r[0], r[1]) for r in self._conn.execute("SELECT folded, term FROM search_terms")]
        return self._vocabulary

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """Other spellings of ``query`` that do find something: a Latin transliteration of
        Cyrillic, or the closest known names and title words."""
        suggestions: list[str] = []
        if detect_script(query) == "cyrillic":
            latin = cyrillic_to_latin(query)
            if self.search(latin, limit=1, suggest=False).hits:
                suggestions.append(latin)
        words = self._words()
        folded_words = [w for w, _ in words]
        original = dict(words)
        alternatives: list[list[str]] = []
        for token in fold(query).split():
            if any(token in w for w in folded_words):
                alternatives.append([token])
                continue
            import difflib  # only when nothing matched

            close = difflib.get_close_matches(token, folded_words, n=limit, cutoff=0.7)
            alternatives.append(close)
        if all(alternatives):
            for i in range(limit):
                candidate = " ".join(original.get(a[min(i, len(a) - 1)], a[min(i, len(a) - 1)]) for a in alternatives)
                if (
                    candidate not in suggestions
                    and fold(candidate) != fold(query)
                    and self.search(candidate, limit=1, suggest=False).hits
                ):
                    suggestions.append(candidate)
        return suggestions[:limit]
