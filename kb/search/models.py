"""Records going into and coming out of the search index. Plain data only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class IndexSection:
    """A section of a document: the unit of retrieval.

    Attributes:
        section_id: unique within the document ("dieu-5", "s12").
        label: the human label shown in hits ("Điều 5", "II.1"), or None.
        heading: the section's own title ("Phạm vi điều chỉnh"), or "".
        text: the section's cleaned body text.
    """

    section_id: str
    label: str | None
    heading: str
    text: str


@dataclass
class IndexDoc:
    """A document as the index sees it.

    ``number`` is the canonical spelling ("525/QĐ-LĐTBXH"). A document
    without sections is indexed as one pseudo-section (label None) holding
    ``text``.
    """

    doc_id: str
    number: str | None = None
    doc_type: str | None = None
    title: str | None = None
    issuer: str | None = None
    issued: date | None = None
    province: str | None = None
    status: str | None = None
    path: str | None = None
    sections: list[IndexSection] = field(default_factory=list)
    text: str = ""


@dataclass
class Hit:
    """One document in a result list, shown through its best section."""

    doc_id: str
    number: str | None
    title: str | None
    doc_type: str | None
    issued: date | None
    section: str | None  # label of the best section
    section_id: str
    score: float
    snippet: str  # HTML: escaped text with <mark>…</mark> around matches
    path: str | None = None
    issuer: str | None = None

    def to_json(self) -> dict:
        """The keys of CONTRACT.md's `kb search --json` hits."""
        return {
            "doc_id": self.doc_id,
            "number": self.number,
            "title": self.title,
            "doc_type": self.doc_type,
            "issued": self.issued.isoformat() if self.issued else None,
            "section": self.section,
            "section_id": self.section_id,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "path": self.path,
        }


# facet name -> value -> number of documents
Facets = dict[str, dict[str, int]]


@dataclass
class SearchResult:
    """A page of hits, one per document, best first.

    Attributes:
        total: how many documents matched (not sections).
        hits: the requested page.
        facets: document counts per value of doc_type, issuer, year,
            province and status, over all matching documents.
    """

    total: int
    hits: list[Hit]
    facets: Facets = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"total": self.total, "hits": [h.to_json() for h in self.hits], "facets": self.facets}
