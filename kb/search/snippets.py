"""Highlighted snippets: escaped text with <mark>…</mark> around matches."""

from __future__ import annotations

import bisect
import html
import re
from functools import lru_cache

from kb.search.analysis import fold, tokenize

SNIPPET_WORDS = 40

_WORD_RE = re.compile(r"\S+")
_PART_RE = re.compile(r"[^\W_]+")


def _fold_table() -> dict[int, str]:
    """One-character folds of the Latin letters (length-preserving)."""
    table = {}
    for code in range(0xC0, 0x1F00):
        ch = chr(code)
        folded = fold(ch).lower()
        if len(folded) == 1 and folded != ch:
            table[code] = folded
    return table


_FOLD_TABLE = _fold_table()


@lru_cache(maxsize=256)
def _candidate_re(keys: frozenset) -> re.Pattern:
    alternation = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])")


@lru_cache(maxsize=256)
def _keys(terms: frozenset) -> frozenset:
    """The folded syllables of the query terms (the same for every hit)."""
    return frozenset(p for t in terms for p in _PART_RE.findall(fold(t).lower()))


def _candidates(text: str, starts: list[int], terms: set[str]) -> list[int] | range:
    """Indexes of the words that may hold a term, found on a folded copy of
    the text in one regex pass (every word when that shortcut does not apply)."""
    keys = _keys(frozenset(terms))
    if not keys:
        return []
    folded = text.lower().translate(_FOLD_TABLE)
    if len(folded) != len(text):
        return range(len(starts))
    found = {bisect.bisect_right(starts, m.start()) - 1 for m in _candidate_re(keys).finditer(folded)}
    return sorted(i for i in found if i >= 0)


def make_snippet(text: str, terms: set[str], *, folded: bool, words: int = SNIPPET_WORDS) -> str:
    """The window of ``text`` with the most distinct query terms, as HTML.

    Args:
        text: the section text (plain, unescaped).
        terms: query syllables (folded if ``folded``).
        folded: compare without diacritics.
        words: window length in whitespace-separated words.

    >>> make_snippet("a <b> trợ giúp", {"trợ"}, folded=False)
    'a &lt;b&gt; <mark>trợ</mark> giúp'
    """
    found = list(_WORD_RE.finditer(text))
    if not found:
        return ""
    starts = [m.start() for m in found]
    hits: dict[int, set[str]] = {}
    for i in _candidates(text, starts, terms):
        matched = _word_terms(found[i].group(), folded) & terms
        if matched:
            hits[i] = matched
    start = _best_window(hits, len(starts), words)
    end = min(len(starts), start + words)
    window = [m.group() for m in found[start:end]]
    # words hold no spaces and escaping adds none: the window is escaped in one call
    escaped = html.escape(" ".join(window)).split(" ")
    out = ["…"] if start > 0 else []
    out += [_mark_word(word, hits[i], folded) if i in hits else escaped[i - start]
            for i, word in enumerate(window, start)]
    if end < len(starts):
        out.append("…")
    return " ".join(out)


@lru_cache(maxsize=65536)
def _word_terms(word: str, folded: bool) -> frozenset[str]:
    """The terms of one whitespace-separated word (folded if ``folded``);
    words repeat across sections, so they are worked out once."""
    parts = [t for t in tokenize(word) if t is not None]
    return frozenset(fold(p) for p in parts) if folded else frozenset(parts)


def _best_window(hits: dict[int, set[str]], count: int, words: int) -> int:
    """Start of the ``words``-word window (of ``count`` words) holding the
    most distinct terms; ``hits`` maps word index to its terms."""
    if count <= words:
        return 0
    positions = sorted(hits)
    best, best_start = -1, 0
    for start in range(0, count - words + 1, max(1, words // 4)):
        lo = bisect.bisect_left(positions, start)
        hi = bisect.bisect_left(positions, start + words)
        found: set[str] = set()
        for i in positions[lo:hi]:
            found |= hits[i]
        if len(found) > best:
            best, best_start = len(found), start
    # Start a little before the first match so it reads in context.
    lo = bisect.bisect_left(positions, best_start)
    if lo < len(positions) and positions[lo] < best_start + words:
        i = positions[lo]
        return max(0, min(i - 5, count - words)) if i - 5 > best_start else best_start
    return best_start


_PIECE_RE = re.compile(r"[^\W_]+|[\W_]+")


def _mark_word(word: str, matched: set[str], folded: bool) -> str:
    """Mark the matching syllables inside one whitespace-separated word
    ("(trợ" -> "(<mark>trợ</mark>"), escaping everything."""
    out = []
    for piece in _PIECE_RE.findall(word):
        parts = [t for t in tokenize(piece) if t is not None]
        key = (fold(parts[0]) if folded else parts[0]) if len(parts) == 1 else None
        if key is not None and key in matched:
            out.append(f"<mark>{html.escape(piece)}</mark>")
        else:
            out.append(html.escape(piece))
    if not any(o.startswith("<mark>") for o in out):
        # a number like "525/QĐ-LĐTBXH" matched as a whole
        return f"<mark>{html.escape(word)}</mark>"
    return "".join(out)
