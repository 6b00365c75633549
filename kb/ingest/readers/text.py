"""Plain text files: UTF-8 (with or without BOM) or UTF-16 (with BOM), and
8-bit files typed in the legacy Vietnamese encodings TCVN3 (ABC) or VNI."""

from __future__ import annotations

from pathlib import Path

from kb.errors import ParseError
from kb.ingest.models import RawDocument


def read_text(path: Path, data: bytes) -> RawDocument:
    """Decode a text file; other encodings get a clear error.

    Bytes that are not UTF-8 are accepted only when they are confidently
    TCVN3 or VNI text (:func:`kb.ingest.legacy.detect_legacy`); they are
    converted to Unicode and the document is marked with the encoding.

    Raises:
        ParseError: the bytes are neither UTF-8, BOM-marked UTF-16 nor
            legacy Vietnamese, or look like binary data.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ParseError(path, f"UTF-16 không hợp lệ tại byte {exc.start} — invalid UTF-16") from exc
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            legacy = _legacy_text(data)
            if legacy is not None:
                return legacy
            raise ParseError(
                path,
                f"không phải UTF-8/UTF-16 (byte lỗi ở vị trí {exc.start}) — "
                "text is not UTF-8 or UTF-16; save it as UTF-8",
            ) from exc
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if "\x00" in text or controls > max(8, len(text[:20000]) // 100):
        raise ParseError(path, "tệp nhị phân, không phải văn bản — binary data, not text")
    return RawDocument(text=text, format="txt")


def _cp1252_table() -> dict[int, str]:
    table = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            pass  # undefined in cp1252: keep the latin-1 character
    return table


_CP1252 = _cp1252_table()


def _legacy_text(data: bytes) -> RawDocument | None:
    """A TCVN3/VNI file: its bytes as cp1252 characters (latin-1 for the five
    bytes cp1252 leaves undefined), converted; None when not confidently one."""
    from kb.ingest.legacy import convert_legacy, legacy_warning

    if b"\x00" in data:
        return None
    text = data.decode("latin-1").translate(_CP1252)
    converted, encoding = convert_legacy(text)
    if encoding is None:
        return None
    return RawDocument(
        text=converted, format="txt", legacy_encoding=encoding, warnings=[legacy_warning(encoding)]
    )
