"""Records passed between the ingest stages.

A reader turns a file into a :class:`RawDocument` (text with page spans and
whatever metadata the source states outright, e.g. vbpl's effect status).
Normalisation, metadata and structure extraction then build a
:class:`ParsedDocument`, which the store and the search index consume.
Everything here is plain data: no I/O, no database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

Span = tuple[int, int]


@dataclass
class Page:
    """A page of the source file: its 1-based number and its span in the text."""

    number: int
    start: int
    end: int


@dataclass
class RawDocument:
    """What a reader gets out of one file, before any interpretation.

    Attributes:
        text: the body text in reading order, one block per line. Header
            table columns are emitted column by column (left column lines,
            then right column lines), never interleaved.
        format: "pdf", "docx", "html" or "txt".
        pages: page spans into ``text`` (PDF only; empty otherwise).
        hints: metadata the source states outright, keyed by
            :class:`Metadata` field names ("status", "effective_date",
            "title", "number", "doc_type", "issuer", "issued" ...). Values are
            strings as found in the source; metadata extraction interprets
            them.
        language: "vi" or "en" (English translations on vbpl).
        site: the web site or layout recognised ("vbpl", "tvpl", "phapdien",
            "news") for HTML, else None.
        warnings: non-fatal problems worth telling the user.
        ocr_pages: 1-based numbers of the pages whose text came from OCR.
        ocr_confidence: mean OCR word confidence over those pages (0–100),
            or None when nothing was OCR'd.
        legacy_encoding: "tcvn3" or "vni" when the text was typed in that
            8-bit font encoding and converted to Unicode, else None.
    """

    text: str
    format: str
    pages: list[Page] = field(default_factory=list)
    hints: dict[str, str] = field(default_factory=dict)
    language: str = "vi"
    site: str | None = None
    warnings: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)
    ocr_confidence: float | None = None
    legacy_encoding: str | None = None


@dataclass
class Metadata:
    """Bibliographic facts about a document (thuộc tính)."""

    doc_type: str | None = None
    number: str | None = None  # canonical spelling, e.g. "525/QĐ-LĐTBXH"
    number_raw: str | None = None  # as written in the source
    issuer: str | None = None
    issued: date | None = None
    place: str | None = None
    signer: str | None = None
    title: str | None = None  # trích yếu, without the kind word
    status: str | None = None  # "Còn hiệu lực", "Hết hiệu lực toàn bộ", ...
    effective_date: date | None = None
    province: str | None = None
    # "document" for the document itself; "report" when the file is a news
    # page describing the document (the page is then a source of the record).
    source_kind: str = "document"


@dataclass
class Section:
    """A structural unit: Phần/Chương/Mục/Điều/khoản/điểm or a plan part.

    Attributes:
        kind: "phan", "chuong", "muc", "dieu", "khoan", "diem" for normative
            texts; "part" (I., II.), "item" (1., 2.), "dash" ("-" items) for
            plans and other administrative texts.
        label: the human label used in citations and search hits:
            "Điều 5", "khoản 2 Điều 5", "điểm a khoản 2 Điều 5", "Chương II",
            "II", "II.1", "II.1.-2".
        heading: the section's own title ("Phạm vi điều chỉnh",
            "Công an tỉnh"), or "" when it has none.
        start, end: character span of the whole section (heading and body,
            children included) in ``ParsedDocument.text``.
        level: depth in the tree, 0 for top level.
        parent: index of the parent section in the list, or None.
        anchor: a stable fragment id for deep links ("dieu-5", "dieu-5-khoan-2").
    """

    kind: str
    label: str
    heading: str
    start: int
    end: int
    level: int = 0
    parent: int | None = None
    anchor: str = ""


@dataclass
class ParsedDocument:
    """A fully interpreted document, ready for the store and the index."""

    source_text: str  # text as the reader produced it
    text: str  # normalised text; all spans point here
    format: str
    metadata: Metadata
    sections: list[Section] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    language: str = "vi"
    site: str | None = None
    warnings: list[str] = field(default_factory=list)
    citations: list = field(default_factory=list)  # kb.ingest.citations.Citation
    duties: list = field(default_factory=list)  # kb.ingest.duties.Duty
    entitlements: list = field(default_factory=list)  # kb.ingest.entitlements.Entitlement
    ocr_pages: list[int] = field(default_factory=list)  # as in RawDocument
    ocr_confidence: float | None = None
    legacy_encoding: str | None = None

    def section_text(self, section: Section) -> str:
        return self.text[section.start:section.end]
