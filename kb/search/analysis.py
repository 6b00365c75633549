"""Vietnamese analysis for the search index.

Whoosh's StandardAnalyzer is wrong for Vietnamese (an English stoplist that
holds real syllables, a minimum token length that drops "5" in "Điều 5" and
"a" in "điểm a", a tokenizer that splits document numbers). So the index
never analyses text itself: this module turns text into lists of terms, and
the index stores them space-separated. Index time and query time call the
same functions, so both sides always agree.

Term families (one Whoosh field each, see :mod:`kb.search.schema`):
    syllables   lower-cased, tone-normalised syllables; document numbers are
                one term each, spelled as their folded key
                ("525/qd-ldtbxh"); recall.
    bigrams     adjacent syllables joined by "_" ("trợ_giúp"); ranking.
    compounds   underthesea words of two or more syllables ("thương_binh");
                precision.
    folded      the syllables and bigrams without diacritics ("tro_giup"),
                for queries typed without them.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from kb.ingest.normalize import fold_diacritics, fold_lookalikes, normalize_tones, number_key
from kb.ingest.patterns import QUERY_NUMBER_RE

Segmenter = Callable[[str], Sequence[str]]

# Joins the syllables of a bigram or compound into one term. Syllable terms
# never contain it (see _WORD).
JOIN = "_"

# A syllable or a number: "điều", "5", "3a", "1.000.000", "20/9/2019",
# "qh15". "_" is excluded so that JOIN never appears inside a syllable.
_WORD = r"\d+(?:[.,/]\d+)*[^\W\d_]*|[^\W_]+"
# A document number ("525/QĐ-LĐTBXH", "15/2020/nđ-cp") is tried first so it
# stays one term; anything else that is a word is a syllable.
_TOKEN_RE = re.compile(rf"(?P<number>{QUERY_NUMBER_RE.pattern})|(?P<word>{_WORD})|(?P<stop>[.;:!?\n]+)", re.I)

# Vietnamese letters that carry a diacritic (tone or vowel mark, or đ).
_DIACRITIC_RE = re.compile(r"[^\x00-\x7f]")


def _norm_syllable(word: str) -> str:
    return normalize_tones(unicodedata.normalize("NFC", word).lower())


def tokenize(text: str) -> list[str]:
    """Syllable terms of ``text``; None marks a sentence break.

    Sentence breaks (". ; : ! ?" and line ends) stop bigrams from joining
    the last word of one sentence with the first of the next.

    >>> tokenize("Điều 5. Quyết định số 525⁄QĐ- LĐTBXH, điểm a")
    ['điều', '5', None, 'quyết', 'định', 'số', '525/qd-ldtbxh', 'điểm', 'a']
    """
    return list(_tokenize_cached(text)) if len(text) < 4096 else _tokenize(text)


@lru_cache(maxsize=8192)
def _tokenize_cached(text: str) -> tuple:
    return tuple(_tokenize(text))


def _tokenize(text: str) -> list:
    text = fold_lookalikes(text)
    out: list[str | None] = []
    for match in _TOKEN_RE.finditer(text):
        if match.group("word"):
            out.append(_norm_syllable(match.group()))
        elif match.group("number"):
            key = number_key(match.group())
            out.append(key.lower() if key else _norm_syllable(match.group()))
        elif out and out[-1] is not None:
            out.append(None)
    return out


_NUMBER_TERM_RE = re.compile(r"(?P<ordinal>\d+(?:\.\d+)?)/(?:\d{4}/)?[a-z]")


def syllables(tokens: Iterable[str | None]) -> list[str]:
    """The syllable terms, breaks dropped. A document number also gives its
    ordinal, so "Quyết định 2546" finds text citing "2546/QĐ-TTg".

    >>> syllables(["quyết", "định", "số", "2546/qd-ttg", None])
    ['quyết', 'định', 'số', '2546/qd-ttg', '2546']
    """
    out = []
    for t in tokens:
        if t is None:
            continue
        out.append(t)
        m = _NUMBER_TERM_RE.match(t)
        if m:
            out.append(m.group("ordinal"))
    return out


def bigrams(tokens: Sequence[str | None]) -> list[str]:
    """Adjacent-syllable shingles within a sentence.

    >>> bigrams(["trợ", "giúp", None, "pháp", "lý"])
    ['trợ_giúp', 'pháp_lý']
    """
    return [
        a + JOIN + b
        for a, b in zip(tokens, tokens[1:])
        if a is not None and b is not None
    ]


def fold(term: str) -> str:
    """A term without diacritics: "trợ_giúp" -> "tro_giup", "đ" -> "d"."""
    return fold_diacritics(term)


def has_diacritics(text: str) -> bool:
    """Whether a query was typed with Vietnamese diacritics.

    Document numbers are ignored, so "525/QĐ-LĐTBXH trafficking" counts as
    typed without them only if the rest is.
    """
    text = QUERY_NUMBER_RE.sub(" ", fold_lookalikes(text))
    return bool(_DIACRITIC_RE.search(text))


# --- word segmentation --------------------------------------------------------


def underthesea_segmenter(text: str) -> list[str]:
    """Vietnamese word segmentation with underthesea (imported here only).

    Returns words with their syllables separated by spaces, as underthesea
    does: "Thương binh và Xã hội" -> ["Thương binh và", "Xã hội"].
    """
    from underthesea import word_tokenize  # slow import (~0.5 s): defer it

    # underthesea loads its model lazily into a global that other threads
    # can see half-built ("'NoneType' object has no attribute 'process'"
    # under concurrent searches), and its tagger is not documented as
    # thread-safe: one segmentation at a time (queries take ~0.1 ms)
    with _UNDERTHESEA_LOCK:
        return word_tokenize(text)


_UNDERTHESEA_LOCK = threading.Lock()


def whitespace_segmenter(text: str) -> list[str]:
    """A segmenter that finds no compounds; fast, for tests."""
    return text.split()


_PLAIN_WORD_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


@lru_cache(maxsize=200_000)
def _segment_line(line: str, segmenter: Segmenter) -> tuple[str, ...]:
    terms = []
    for word in segmenter(line):
        if not _PLAIN_WORD_RE.fullmatch(word):
            continue  # punctuation, numbers, codes: not compounds
        parts = syllables(tokenize(word))
        if len(parts) > 1:
            terms.append(JOIN.join(parts))
    return tuple(terms)


def compounds(text: str, segmenter: Segmenter = underthesea_segmenter) -> list[str]:
    """Multi-syllable words of ``text`` as joined terms ("pháp_lý").

    Segmentation runs line by line and each line's result is cached, because
    underthesea is slow (~165k chars/s) and documents repeat lines.

    >>> compounds("trợ giúp pháp lý", segmenter=lambda s: ["trợ giúp", "pháp lý"])
    ['trợ_giúp', 'pháp_lý']
    """
    terms: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            terms.extend(_segment_line(line, segmenter))
    return terms


def segmentation_cache_info():
    """Hits and misses of the per-line segmentation cache (for benchmarks)."""
    return _segment_line.cache_info()
