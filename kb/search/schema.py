"""The single declaration of the index's fields, and the ranking settings.

Text fields hold terms made by :mod:`kb.search.analysis`, separated by
spaces; Whoosh only splits them on spaces (no stoplist, no minimum length,
no lower-casing of its own).
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.fields import ID, STORED, TEXT, Schema

# Text fields, by term family. Each lists what goes in.
SYL = "syl"  # body syllables (positions: phrase queries)
BI = "bi"  # body bigrams
WC = "wc"  # body compounds (underthesea words of 2+ syllables)
HEAD = "head"  # label + heading: syllables and bigrams
TITLE = "title_t"  # document kind + title: syllables and bigrams
FSYL = "fsyl"  # body syllables, folded
FBI = "fbi"  # body bigrams, folded
FHEAD = "fhead"  # label, heading, kind and title: syllables and bigrams, folded

TEXT_FIELDS = (SYL, BI, WC, HEAD, TITLE, FSYL, FBI, FHEAD)
# Metadata fields usable as filters and facets (values are documents').
FACET_FIELDS = ("doc_type", "issuer", "year", "province", "status")


def get_schema() -> Schema:
    """The Whoosh schema; one index document per section."""
    space = SpaceSeparatedTokenizer()
    fields = {
        "key": ID(unique=True, stored=True),  # "{doc_id}#{section_id}"
        "doc_id": ID(stored=True, sortable=True),
        "section_id": STORED(),
        "label": STORED(),
        "heading": STORED(),
        "text": STORED(),
        "number": STORED(),
        "title": STORED(),
        "issued": STORED(),  # ISO date string
        "path": STORED(),
        "number_key": ID(),  # number_key() of the document's own number
        "ordinal": ID(),  # "113" of "113/KH-UBND", for "Kế hoạch 113"
        SYL: TEXT(analyzer=space, phrase=True),
    }
    for name in (BI, WC, HEAD, TITLE, FSYL, FBI, FHEAD):
        fields[name] = TEXT(analyzer=space, phrase=False)
    for name in FACET_FIELDS:
        fields[name] = ID(stored=True, sortable=True)
    return Schema(**fields)


@dataclass(frozen=True)
class Ranking:
    """Weights and BM25 parameters; defaults were tuned on ALQAC-2024 dev.

    Attributes:
        k1, b: BM25 parameters shared by every text field.
        syl ... fhead: query-term weights per field.
        fold_with_diacritics: weight factor of the folded fields when the
            query has diacritics (they then only help, exact fields lead).
        number: score of an exact document-number match (dominates).
        label: weight of a section label named in the query ("Điều 5").
        phrase: weight of the whole-query phrase bonus (short queries).
        section_bonus: added to a document's score per further matching
            section among the top candidates (capped at 3).
        max_df_ratio, max_terms: long queries keep at most ``max_terms``
            terms per family, the rarest, and none found in more than this
            share of sections.
    """

    k1: float = 0.9
    b: float = 0.6
    syl: float = 1.0
    bi: float = 1.5
    wc: float = 0.3
    head: float = 0.3
    title: float = 1.0
    fsyl: float = 1.0
    fbi: float = 1.0
    fhead: float = 0.6
    fold_with_diacritics: float = 0.0
    number: float = 100.0
    label: float = 5.0
    phrase: float = 1.0
    section_bonus: float = 0.0
    max_df_ratio: float = 0.25
    max_terms: int = 48
