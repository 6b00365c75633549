"""File readers behind one interface, chosen by content sniffing.

Every reader is a callable ``read(path: Path, data: bytes) -> RawDocument``
that raises :class:`kb.errors.ParseError` for files it cannot read.
:func:`read_file` sniffs the content (magic bytes first, the extension only
as a tie-breaker) and dispatches.
"""

from __future__ import annotations

from pathlib import Path

from kb.errors import ParseError
from kb.ingest.models import RawDocument

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".txt")


def sniff_format(path: Path, data: bytes) -> str:
    """Return "pdf", "docx", "html" or "txt" for the file's content.

    Raises:
        ParseError: when the content is none of them (or the file is empty).
    """
    if not data:
        raise ParseError(path, "tệp rỗng (0 byte) — empty file")
    head = data[:2048]
    if head.lstrip().startswith(b"%PDF-") or data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or path.suffix.lower() == ".docx":
            return "docx"
        raise ParseError(path, "tệp ZIP không phải DOCX — a zip archive, not a Word document")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ParseError(
            path, "định dạng Word cũ (.doc) chưa hỗ trợ — legacy .doc is not supported; save it as .docx"
        )
    lowered = head.lower()
    text_like = _decodes_as_text(head)
    if text_like and (
        b"<html" in lowered or b"<!doctype html" in lowered or b"<body" in lowered or b"<div" in lowered
    ):
        return "html"
    suffix = path.suffix.lower()
    if text_like and suffix in (".pdf", ".docx"):
        raise ParseError(
            path, f"tệp mang đuôi {suffix} nhưng nội dung là văn bản thuần — the content is plain text, not {suffix[1:].upper()}"
        )
    if suffix in (".html", ".htm") and text_like:
        return "html"
    if text_like or _looks_like_legacy_text(head):
        # the text reader names the encoding problem, if any
        return "txt"
    raise ParseError(path, "không nhận dạng được định dạng tệp — not a PDF, DOCX, HTML or text file")


def _decodes_as_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        # a multi-byte character cut at the end of the sniffed window
        return exc.start >= len(head) - 3


def _looks_like_legacy_text(head: bytes) -> bool:
    """Bytes of an 8-bit encoding (Windows-1258, latin-1): no NULs and hardly
    any control characters, unlike binary data."""
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" not in head and controls <= len(head) // 100


def read_file(path: Path, data: bytes | None = None) -> RawDocument:
    """Read one file into a :class:`RawDocument`.

    Args:
        path: the file.
        data: its bytes, when the caller already has them.

    Raises:
        ParseError: the file is unreadable, of an unknown type, or has no text.
    """
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ParseError(path, f"không đọc được tệp — cannot read file: {exc.strerror}") from exc
    fmt = sniff_format(path, data)
    reader = _READERS[fmt]()
    raw = reader(path, data)
    if not raw.text.strip():
        raise ParseError(path, "không có nội dung văn bản — no text found in the file")
    return raw


def _pdf():
    from kb.ingest.readers.pdf import read_pdf

    return read_pdf


def _docx():
    from kb.ingest.readers.docx import read_docx

    return read_docx


def _html():
    from kb.ingest.readers.html import read_html

    return read_html


def _txt():
    from kb.ingest.readers.text import read_text

    return read_text


_READERS = {"pdf": _pdf, "docx": _docx, "html": _html, "txt": _txt}

__all__ = ["read_file", "sniff_format", "SUPPORTED_SUFFIXES"]
