"""Ingest: files -> readers -> normalisation -> metadata and structure.

Public verbs:
    parse_file(path)        read and interpret one file
    parse_raw(raw)          interpret what a reader produced (pure)
"""

from __future__ import annotations

from pathlib import Path

from kb.ingest.citations import find_citations
from kb.ingest.duties import find_duties
from kb.ingest.entitlements import find_entitlements
from kb.ingest.legacy import convert_raw
from kb.ingest.metadata import extract_metadata
from kb.ingest.models import Metadata, Page, ParsedDocument, RawDocument, Section
from kb.ingest.normalize import DEFAULT_STEPS, clean_text, ends_open
from kb.ingest.readers import SUPPORTED_SUFFIXES, read_file, sniff_format
from kb.ingest.structure import find_sections

# PDF lines are hard-wrapped and carry no web furniture.
PDF_STEPS = ("nfc", "tones", "lookalikes", "flat_tables", "whitespace", "dehyphenate", "unwrap", "unglue")
# Word files are documents, not web pages: no boilerplate to drop.
DOCX_STEPS = ("nfc", "tones", "lookalikes", "flat_tables", "whitespace", "dehyphenate", "unglue")


def _hard_wrapped(text: str) -> bool:
    """A text file copied from a PDF or a page with line breaks inside its
    sentences: one line in ten (of ten or more) goes on in lower case or after
    a line that ends open (a preposition, a conjunction, a department's head:
    "… năm 2018 của", "5. Cục")."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    wrapped = sum(line[0].islower() or ends_open(prev) for prev, line in zip([""] + lines, lines))
    return len(lines) >= 10 and wrapped * 10 >= len(lines)


def parse_raw(raw: RawDocument) -> ParsedDocument:
    """Normalise a reader's output and extract metadata and sections."""
    # text typed in a TCVN3/VNI font: to Unicode first (pages re-spanned)
    raw = convert_raw(raw)
    if raw.pages:
        pieces, pages, pos = [], [], 0
        for page in raw.pages:
            cleaned = clean_text(raw.text[page.start:page.end], PDF_STEPS)
            pieces.append(cleaned)
            pages.append(Page(page.number, pos, pos + len(cleaned)))
            pos += len(cleaned) + 1
        text = "\n".join(pieces)
    else:
        steps = {"pdf": PDF_STEPS, "docx": DOCX_STEPS}.get(raw.format, DEFAULT_STEPS)
        if raw.format == "txt" and _hard_wrapped(raw.text):
            # (its flattened tables rebuilt before the lines are joined, once)
            steps = ("flat_tables", "unwrap") + tuple(step for step in steps if step != "flat_tables")
        text, pages = clean_text(raw.text, steps), []
    metadata = extract_metadata(text, raw.hints, site=raw.site, language=raw.language)
    sections = find_sections(text)
    return ParsedDocument(
        source_text=raw.text,
        text=text,
        format=raw.format,
        metadata=metadata,
        sections=sections,
        pages=pages,
        language=raw.language,
        site=raw.site,
        warnings=list(raw.warnings),
        ocr_pages=list(raw.ocr_pages),
        ocr_confidence=raw.ocr_confidence,
        legacy_encoding=raw.legacy_encoding,
        citations=find_citations(text, own_number=metadata.number),
        duties=find_duties(text, sections),
        entitlements=find_entitlements(text, sections),
    )


def parse_file(path: str | Path, data: bytes | None = None) -> ParsedDocument:
    """Read and interpret one file.

    Raises:
        kb.errors.ParseError: the file cannot be read as a document.
    """
    return parse_raw(read_file(Path(path), data))


__all__ = [
    "parse_file",
    "parse_raw",
    "read_file",
    "sniff_format",
    "SUPPORTED_SUFFIXES",
    "Metadata",
    "Page",
    "ParsedDocument",
    "RawDocument",
    "Section",
]
