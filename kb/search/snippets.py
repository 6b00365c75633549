"""Highlighted snippets: escaped text with <mark>…</mark> around matches."""

from __future__ import annotations

import html
import re

from kb.search.analysis import fold, tokenize

SNIPPET_WORDS = 40

_WORD_RE = re.compile(r"\S+")


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
    chunks = list(_WORD_RE.finditer(text))
    if not chunks:
        return ""
    hits = []
    for m in chunks:
        parts = [t for t in tokenize(m.group()) if t is not None]
        if folded:
            parts = [fold(p) for p in parts]
        hits.append({p for p in parts if p in terms})
    start = _best_window(hits, words)
    end = min(len(chunks), start + words)
    out = []
    if start > 0:
        out.append("…")
    for m, matched in zip(chunks[start:end], hits[start:end]):
        out.append(_mark_word(m.group(), matched, folded) if matched else html.escape(m.group()))
    if end < len(chunks):
        out.append("…")
    return " ".join(out)


def _best_window(hits: list[set[str]], words: int) -> int:
    if len(hits) <= words:
        return 0
    best, best_start = -1, 0
    for start in range(0, len(hits) - words + 1, max(1, words // 4)):
        found: set[str] = set()
        for h in hits[start:start + words]:
            found |= h
        score = len(found)
        if score > best:
            best, best_start = score, start
    # Start a little before the first match so it reads in context.
    for i in range(best_start, min(len(hits), best_start + words)):
        if hits[i]:
            return max(0, min(i - 5, len(hits) - words)) if i - 5 > best_start else best_start
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
