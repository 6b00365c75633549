"""The single declaration of the index's fields, and the ranking settings.

Text fields hold terms made by :mod:`kb.search.analysis`, separated by
spaces; Whoosh only splits them on spaces (no stoplist, no minimum length,
no lower-casing of its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import fields as dataclass_fields

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
LAB = "lab"  # FTS5 only: bigrams of the section label, exact and folded ("điều_5 dieu_5")

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
    """Weights and BM25 parameters, per engine; defaults were tuned on
    ALQAC-2024 dev.

    A field left at None takes the engine's default (:data:`DEFAULTS`), so
    ``Ranking(bi=2.0)`` overrides one weight of whichever engine is used;
    :meth:`resolved` fills the rest.

    Attributes:
        k1, b: BM25 parameters shared by every text field (Whoosh only:
            SQLite FTS5's bm25() has k1 = 1.2 and b = 0.75 built in).
        syl ... fhead: query-term weights per field (FTS5: column weights).
        fold_with_diacritics: weight factor of the folded fields when the
            query has diacritics (they then only help, exact fields lead).
        number: score of an exact document-number match (dominates).
        label: weight of a section label named in the query ("Điều 5"); FTS5:
            such sections get this share of the best score added.
        phrase: weight of the whole-query phrase bonus (short queries).
        section_bonus: added to a document's score per further matching
            section among the top candidates (capped at 3).
        max_df_ratio, max_terms: long queries keep at most ``max_terms``
            terms per family, the rarest, and none found in more than this
            share of sections.
    """

    k1: float | None = None
    b: float | None = None
    syl: float | None = None
    bi: float | None = None
    wc: float | None = None
    head: float | None = None
    title: float | None = None
    fsyl: float | None = None
    fbi: float | None = None
    fhead: float | None = None
    fold_with_diacritics: float | None = None
    number: float | None = None
    label: float | None = None
    phrase: float | None = None
    section_bonus: float | None = None
    max_df_ratio: float | None = None
    max_terms: int | None = None

    def resolved(self, engine: str) -> Ranking:
        """This ranking with every unset field taken from ``engine``'s defaults."""
        base = DEFAULTS[engine]
        return Ranking(**{f.name: getattr(base, f.name) if getattr(self, f.name) is None else getattr(self, f.name)
                          for f in dataclass_fields(Ranking)})


DEFAULTS = {
    "whoosh": Ranking(
        k1=0.9, b=0.6, syl=1.0, bi=1.5, wc=0.3, head=0.3, title=1.0, fsyl=1.0, fbi=1.0, fhead=0.6,
        fold_with_diacritics=0.0, number=100.0, label=5.0, phrase=1.0, section_bonus=0.0,
        max_df_ratio=0.25, max_terms=48,
    ),
    "fts5": Ranking(
        k1=1.2, b=0.75, syl=1.0, bi=2.5, wc=0.3, head=0.3, title=1.0, fsyl=1.0, fbi=1.0, fhead=0.6,
        fold_with_diacritics=0.0, number=100.0, label=1.0, phrase=0.0, section_bonus=0.0,
        max_df_ratio=1.0, max_terms=48,
    ),
}
# The PostgreSQL engine computes the FTS5 engine's BM25.
DEFAULTS["postgres"] = DEFAULTS["fts5"]
