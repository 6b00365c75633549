"""Plain text files: UTF-8 (with or without BOM) or UTF-16 (with BOM)."""

from __future__ import annotations

from pathlib import Path

from kb.errors import ParseError
from kb.ingest.models import RawDocument


def read_text(path: Path, data: bytes) -> RawDocument:
    """Decode a text file; other encodings get a clear error.

    Raises:
        ParseError: the bytes are neither UTF-8 nor BOM-marked UTF-16, or
            look like binary data.
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
            raise ParseError(
                path,
                f"không phải UTF-8/UTF-16 (byte lỗi ở vị trí {exc.start}) — "
                "text is not UTF-8 or UTF-16; save it as UTF-8",
            ) from exc
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if "\x00" in text or controls > max(8, len(text[:20000]) // 100):
        raise ParseError(path, "tệp nhị phân, không phải văn bản — binary data, not text")
    return RawDocument(text=text, format="txt")
