"""PDF reader (pdfplumber), with page spans and two-column block separation.

Vietnamese official documents open with a two-column header (issuing body and
"Số: ..." on the left, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do -
Hạnh phúc / <place>, ngày ..." on the right) and usually end with a two-column
signer block ("Nơi nhận:" list on the left, "TM. CHÍNH PHỦ / THỦ TƯỚNG /
<name>" on the right). pdfplumber's ``extract_text`` interleaves such columns
line by line. This reader finds those regions from word positions and emits
the left column's lines, then the right column's, then the rest of the page.

Superscript footnote markers (a small raised digit glued to a word, e.g.
"43/2021/AL¹") are dropped; the footnote text itself at the page foot is kept.

Pages without a usable text layer (scans) are read by OCR
(:mod:`kb.ingest.ocr`, Tesseract ``vie``): a page with fewer than
:data:`MIN_TEXT_CHARS` characters that shows something (an image or
drawing), or a page mostly covered by an image whose text layer is sparse
(a portal's signature stamp over a scan) and on which OCR reads much more.
At most ``KB_OCR_MAX_PAGES`` pages per file are OCR'd. Without Tesseract a
PDF with no text at all is refused with that reason; one with some text is
read without the scanned pages, and a warning names them.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kb.errors import ParseError
from kb.ingest import ocr
from kb.ingest.models import Page, RawDocument
from kb.ingest.patterns import CELL_SEP

log = logging.getLogger(__name__)

MAX_PAGES = 2000

# Line clustering: words whose tops differ by at most this much share a line.
_LINE_TOLERANCE = 3.0
# Narrowest vertical gutter (in points) still taken as a column gap.
_MIN_GUTTER = 10.0
# A header/signer region stops at a vertical gap this many line heights tall.
_MAX_GAP_LINES = 3.0
# A line whose centre is this close to the body's centre counts as centred.
_CENTRED = 15.0

_ENCRYPTED = "PDF được mã hóa, cần mật khẩu — encrypted PDF (a password is needed to open it)"
_CORRUPT = "PDF hỏng hoặc bị cắt cụt — corrupt or truncated PDF"
_SCANNED = (
    "PDF không có lớp văn bản (bản quét) và OCR không đọc được chữ nào — "
    "scanned PDF with no text layer, and OCR found no text in it"
)
_SCANNED_OCR_FAILED = (
    "PDF không có lớp văn bản (bản quét) và OCR thất bại — scanned PDF with no text layer, and OCR failed: "
)

# A page whose text layer has fewer non-space characters than this is OCR'd.
MIN_TEXT_CHARS = 20
# A page at least this much covered by images, with fewer text characters
# than SPARSE_TEXT_CHARS, is OCR'd too; OCR replaces the text layer when it
# reads more than OCR_GAIN times as many characters.
IMAGE_COVER = 0.5
SPARSE_TEXT_CHARS = 200
OCR_GAIN = 2.0


def read_pdf(path: Path, data: bytes) -> RawDocument:
    """Read a PDF's text layer page by page.

    Raises:
        ParseError: empty, corrupt, truncated or encrypted file, more than
            :data:`MAX_PAGES` pages, or no page with a text layer.
    """
    import pdfplumber

    path = Path(path)
    if not data:
        raise ParseError(path, "tệp rỗng (0 byte) — empty file")
    if b"%%EOF" not in data[-4096:]:
        # Every complete PDF ends with %%EOF; pdfminer can sometimes limp
        # through a cut file and silently return only part of the text.
        raise ParseError(path, _CORRUPT + " (thiếu %%EOF — no end-of-file marker)")

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many unrelated types
        raise ParseError(path, _open_error_reason(exc)) from exc

    with pdf:
        try:
            pages = pdf.pages
        except Exception as exc:
            raise ParseError(path, _open_error_reason(exc)) from exc
        if len(pages) > MAX_PAGES:
            raise ParseError(
                path, f"quá nhiều trang ({len(pages)} > {MAX_PAGES}) — too many pages ({len(pages)})"
            )
        if not pages:
            raise ParseError(path, "PDF không có trang nào — PDF has no pages")

        texts: list[str] = []
        warnings: list[str] = []
        carry: _Carry | None = None
        scanned: dict[int, tuple[float, float]] = {}  # pages to OCR: their size
        sparse: set[int] = set()  # of which those with some text of their own
        for number, page in enumerate(pages, start=1):
            try:
                page_text, carry = _page_text(page, number, carry)
            except Exception as exc:
                log.warning("%s: page %d failed: %r", path, number, exc)
                warnings.append(
                    f"trang {number} không trích xuất được văn bản — page {number} could not be extracted"
                )
                page_text, carry = "", None
            try:
                chars = len("".join(page_text.split()))
                if chars < MIN_TEXT_CHARS and _shows_something(page):
                    scanned[number] = (float(page.width or 0), float(page.height or 0))
                elif chars < SPARSE_TEXT_CHARS and _image_cover(page) >= IMAGE_COVER:
                    scanned[number] = (float(page.width or 0), float(page.height or 0))
                    sparse.add(number)
            except Exception as exc:  # a broken image must not lose the page's text
                log.warning("%s: page %d: image check failed: %r", path, number, exc)
            finally:
                _close_page(page)
            texts.append(page_text if page_text.strip() else "")

    _join_split_rows(texts)
    ocr_pages, confidence = _ocr(path, data, texts, scanned, sparse, warnings)

    parts: list[str] = []
    spans: list[Page] = []
    offset = 0
    for number, page_text in enumerate(texts, start=1):
        if not page_text and number not in scanned:
            warnings.append(f"trang {number} không có lớp văn bản (cần OCR) — page {number} has no text layer")
        if number > 1:
            parts.append("\n")
            offset += 1
        parts.append(page_text)
        spans.append(Page(number=number, start=offset, end=offset + len(page_text)))
        offset += len(page_text)

    if not any(texts):
        raise ParseError(path, _SCANNED)
    return RawDocument(
        text="".join(parts),
        format="pdf",
        pages=spans,
        warnings=warnings,
        ocr_pages=ocr_pages,
        ocr_confidence=confidence,
    )


def _ocr(
    path: Path,
    data: bytes,
    texts: list[str],
    scanned: dict[int, tuple[float, float]],
    sparse: set[int],
    warnings: list[str],
) -> tuple[list[int], float | None]:
    """OCR the ``scanned`` pages, writing their text into ``texts``.

    Returns the pages whose text came from OCR and the mean word confidence
    over them. Raises ParseError when no page has text and OCR cannot help.
    """
    if not scanned:
        return [], None
    has_text = any(t for n, t in enumerate(texts, start=1) if n not in scanned or n in sparse)
    missing = ocr.missing_reason()
    if missing is not None:
        vi, _, en = missing.partition(" — ")
        if not has_text:
            raise ParseError(path, f"PDF không có lớp văn bản (bản quét), {vi} — scanned PDF with no text layer: {en}")
        empty = [n for n in scanned if n not in sparse]
        if empty:
            warnings.append(
                f"{_pages_vi(empty)} không có lớp văn bản, {vi} — no text layer on {_pages_en(empty)}: {en}"
            )
        return [], None

    from kb.config import load_settings

    limit = max(0, load_settings().ocr_max_pages)
    todo = sorted(scanned)[:limit]
    skipped = sorted(scanned)[limit:]
    over_limit = (
        f"{len(skipped)} trang vượt giới hạn OCR (KB_OCR_MAX_PAGES={limit}) không được đọc ({_pages_vi(skipped)}) — "
        f"{_count_en(len(skipped))} over the OCR limit (KB_OCR_MAX_PAGES={limit}) not read"
    )
    if skipped:
        warnings.append(over_limit)
    results = ocr.ocr_pdf_pages(path, todo, data=data, page_sizes={n: scanned[n] for n in todo})

    used: list[int] = []
    blank: list[int] = []
    failed: list[str] = []
    words = 0
    weighted = 0.0
    for number in todo:
        result = results[number]
        if result.error:
            failed.append(result.error)
            continue
        own = texts[number - 1]
        read = len("".join(result.text.split()))
        if not read:
            if not own:
                blank.append(number)
            continue
        if number in sparse and read <= OCR_GAIN * len("".join(own.split())):
            continue  # the page's own text layer holds about as much: keep it
        texts[number - 1] = result.text
        used.append(number)
        if result.confidence is not None:
            words += result.words
            weighted += result.confidence * result.words
    if not any(texts):
        if failed:
            raise ParseError(path, _SCANNED_OCR_FAILED + failed[0])
        if skipped:
            raise ParseError(path, f"{_SCANNED}; {over_limit}")
    warnings.extend(failed)
    if blank:
        warnings.append(
            f"{_pages_vi(blank)} trống (OCR không thấy chữ) — {_pages_en(blank)}: blank (OCR found no text)"
        )
    confidence = round(weighted / words, 1) if words else None
    if used:
        shown = f"{confidence:.1f}" if confidence is not None else "?"
        warnings.append(
            f"{len(used)} trang được đọc bằng OCR ({_pages_vi(used)}), độ tin cậy trung bình "
            f"{shown.replace('.', ',')} % — {_count_en(len(used))} read by OCR, mean confidence {shown} %"
        )
    return used, confidence


def _ranges(numbers: list[int]) -> str:
    """"1–3, 7" for [1, 2, 3, 7]."""
    out: list[str] = []
    numbers = sorted(numbers)
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        out.append(str(numbers[i]) if i == j else f"{numbers[i]}–{numbers[j]}")
        i = j + 1
    return ", ".join(out)


def _pages_vi(numbers: list[int]) -> str:
    return f"trang {_ranges(numbers)}"


def _pages_en(numbers: list[int]) -> str:
    return f"page {numbers[0]}" if len(numbers) == 1 else f"pages {_ranges(numbers)}"


def _count_en(n: int) -> str:
    return f"{n} page" if n == 1 else f"{n} pages"


def _shows_something(page) -> bool:
    """Whether a page draws anything OCR could read: an image or vector
    graphics (text converted to outlines)."""
    return bool(page.images or page.curves or page.rects or page.lines)


def _image_cover(page) -> float:
    """Fraction of the page area covered by images (overlaps counted twice,
    capped at 1)."""
    width, height = float(page.width or 0), float(page.height or 0)
    if width <= 0 or height <= 0:
        return 0.0
    area = 0.0
    for image in page.images:
        x0, x1 = max(0.0, float(image["x0"])), min(width, float(image["x1"]))
        top, bottom = max(0.0, float(image["top"])), min(height, float(image["bottom"]))
        if x1 > x0 and bottom > top:
            area += (x1 - x0) * (bottom - top)
    return min(1.0, area / (width * height))


def _open_error_reason(exc: BaseException) -> str:
    """Tell an encrypted file from a broken one by walking the cause chain."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        err = stack.pop()
        if id(err) in seen:
            continue
        seen.add(id(err))
        name = type(err).__name__
        if name in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning") or (
            "password" in str(err).lower()
        ):
            return _ENCRYPTED
        stack.extend(a for a in err.args if isinstance(a, BaseException))
        for linked in (err.__cause__, err.__context__):
            if linked is not None:
                stack.append(linked)
    return _CORRUPT


def _close_page(page) -> None:
    close = getattr(page, "close", None)
    if close is not None:
        try:
            close()
        except Exception:  # pragma: no cover - cache flush only
            pass


# --------------------------------------------------------------------------
# Page layout


@dataclass
class _Line:
    words: list[dict]
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return min(w["x0"] for w in self.words)

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


@dataclass
class _Region:
    """Lines ``first``..``last`` (inclusive) laid out in two columns split at ``split``."""

    first: int
    last: int
    split: float
    gutter: tuple[float, float]


@dataclass
class _Carry:
    """A signer block running off the bottom of a page, to continue on the next."""

    gutter: tuple[float, float]
    left_center: float
    right_center: float


def _page_text(page, number: int, carry: _Carry | None) -> tuple[str, _Carry | None]:
    """The page's text in reading order: the flowing text around its grid
    tables, each table laid out one row a line (see :func:`_grid_tables`)."""
    page = _without_superscripts(_dedupe_chars(page))
    tables = _grid_tables(page)
    if not tables:
        return _flow_text(page, number == 1, carry)
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        xmid = (obj["x0"] + obj["x1"]) / 2
        ymid = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= xmid <= x1 and top <= ymid <= bottom for x0, top, x1, bottom in boxes)

    out: list[str] = []
    cursor = float("-inf")
    for i, table in enumerate(tables + [None]):
        # the text above this table (or below the last one), and beside it
        end = table.bbox[3] if table is not None else float("inf")
        lo = cursor

        def in_band(obj, lo=lo, hi=end) -> bool:
            if obj.get("object_type") != "char":
                return True
            ymid = (obj["top"] + obj["bottom"]) / 2
            return lo <= ymid < hi and outside(obj)

        text, carry = _flow_text(page.filter(in_band), number == 1 and i == 0, carry if i == 0 else None)
        out.append(text)
        if table is not None:
            out.extend(_table_rows(table))
            cursor = end
    return "\n".join(t for t in out if t.strip()), carry


def _flow_text(page, header: bool, carry: _Carry | None) -> tuple[str, _Carry | None]:
    """Text outside tables: two-column header and signer blocks separated."""
    if not header and carry is None:
        # most pages have no two-column block: skip the layout analysis
        plain = page.extract_text() or ""
        if "NƠI NHẬN" not in _fold(plain):
            return plain, None
    words = page.extract_words()
    if not words:
        return "", None
    lines = _group_lines(words)
    body_center = (min(w["x0"] for w in words) + max(w["x1"] for w in words)) / 2

    regions: list[_Region] = []
    next_carry: _Carry | None = None
    if carry is not None:
        region = _extend_region(lines, 0, carry.gutter, carry.left_center, carry.right_center, body_center)
        if region is not None:
            regions.append(region)
            if region.last == len(lines) - 1:
                next_carry = carry
    if header:
        region = _header_region(page, lines, body_center)
        if region is not None and not any(_overlaps(region, r) for r in regions):
            regions.append(region)
    signer = _signer_region(lines, body_center)
    if signer is not None and not any(_overlaps(signer[0], r) for r in regions):
        regions.append(signer[0])
        if signer[0].last == len(lines) - 1:
            next_carry = signer[1]
    regions.sort(key=lambda r: r.first)

    if not regions:
        return page.extract_text() or "", next_carry

    # Vertical cut positions between consecutive lines.
    def cut_above(i: int) -> float:
        if i <= 0:
            return float("-inf")
        return (lines[i - 1].bottom + lines[i].top) / 2

    def cut_below(i: int) -> float:
        if i >= len(lines) - 1:
            return float("inf")
        return (lines[i].bottom + lines[i + 1].top) / 2

    out: list[str] = []
    cursor = 0
    for region in regions:
        if region.first > cursor:
            out.append(_band_text(page, cut_above(cursor), cut_above(region.first)))
        top, bottom = cut_above(region.first), cut_below(region.last)
        out.append(_band_text(page, top, bottom, x_max=region.split))
        out.append(_band_text(page, top, bottom, x_min=region.split))
        cursor = region.last + 1
    if cursor < len(lines):
        out.append(_band_text(page, cut_above(cursor), float("inf")))
    return "\n".join(t for t in out if t.strip()), next_carry


# A grid table has at least this many columns (two-column blocks are the
# header and signer layouts, handled above).
_MIN_TABLE_COLUMNS = 3


def _grid_tables(page) -> list:
    """Ruled tables of three or more columns, top to bottom.

    Rules that cut through words are not a table (shading behind text runs
    makes rectangles too). A row split by a page break has no closing rule
    on that side: where a table's column rules run on past its first or last
    rule, their ends are added as rules, so the part of the row on each page
    is found as a row too.
    """
    edges = page.edges
    if not any(e.get("orientation") == "h" for e in edges):
        return []
    verticals = [e for e in edges if e.get("orientation") == "v"]
    if len(verticals) < _MIN_TABLE_COLUMNS + 1:
        return []
    tables = page.find_tables()
    if not tables:
        return []
    words = page.extract_words()
    tables = [t for t in tables if _is_grid(t, words)]
    ends: set[float] = set()
    for t in tables:
        x0, top, x1, bottom = t.bbox
        for e in verticals:
            if x0 - 1 <= e["x0"] <= x1 + 1 and e["bottom"] >= top - 1 and e["top"] <= bottom + 1:
                if e["top"] < top - 1:
                    ends.update((round(e["top"], 1), round(top, 1)))
                if e["bottom"] > bottom + 1:
                    ends.update((round(bottom, 1), round(e["bottom"], 1)))
    if ends:
        settings = {"vertical_strategy": "lines", "horizontal_strategy": "lines",
                    "explicit_horizontal_lines": sorted(ends)}
        tables = [t for t in page.find_tables(settings) if _is_grid(t, words)]
    return sorted(tables, key=lambda t: t.bbox[1])


def _is_grid(table, words: list[dict]) -> bool:
    """Three or more columns, and no word crossing a column rule."""
    if max((len(row.cells) for row in table.rows), default=0) < _MIN_TABLE_COLUMNS:
        return False
    for row in table.rows:
        top, bottom = row.bbox[1], row.bbox[3]
        inner = [box[2] for box in row.cells[:-1] if box is not None]
        for w in words:
            if w["bottom"] <= top or w["top"] >= bottom:
                continue
            if any(w["x0"] < x - 1 and w["x1"] > x + 1 for x in inner):
                return False
    return True


def _table_rows(table) -> list[str]:
    """One line per row, cells joined by " | " as the DOCX and HTML readers
    lay tables out. A cell merged down from the row above repeats its text
    (each row keeps its agency); a cell covered from the left is empty, so
    every row has the header's columns."""
    rows = table.extract()
    # the column boxes: those of the row with the fewest merged cells
    columns = max(table.rows, key=lambda row: sum(b is not None for b in row.cells)).cells
    out: list[str] = []
    for r, (row, texts) in enumerate(zip(table.rows, rows)):
        line: list[str] = []
        for c, (box, text) in enumerate(zip(row.cells, texts)):
            if box is None:
                text = _merged_from_above(table, columns, rows, r, c)
            line.append(" ".join((text or "").split()))
        if any(line):
            out.append(CELL_SEP.join(line))
    return out


_PAGE_NUMBER_RE = re.compile(r"\d{1,4}")


def _join_split_rows(texts: list[str]) -> None:
    """A table row cut by a page break ends one page and, with an empty first
    cell (no STT of its own) and the same columns, opens the next: its cells
    are appended to the row's cells on the first page."""
    for n in range(1, len(texts)):
        before, after = texts[n - 1], texts[n]
        last = before.rsplit("\n", 1)[-1]
        lines = after.split("\n")
        k = 1 if lines and _PAGE_NUMBER_RE.fullmatch(lines[0].strip()) else 0
        if CELL_SEP not in last or len(lines) <= k:
            continue
        head, tail = last.split(CELL_SEP), lines[k].split(CELL_SEP)
        if len(head) != len(tail) or tail[0].strip() or not any(c.strip() for c in tail):
            continue
        joined = CELL_SEP.join(" ".join(f"{a} {b}".split()) for a, b in zip(head, tail))
        texts[n - 1] = before[: len(before) - len(last)] + joined
        texts[n] = "\n".join(lines[:k] + lines[k + 1:])


def _merged_from_above(table, columns, rows, r: int, c: int) -> str:
    """The text of a cell spanning down over row ``r`` at column ``c``."""
    top, bottom = table.rows[r].bbox[1], table.rows[r].bbox[3]
    if c >= len(columns) or columns[c] is None:
        return ""
    x = (columns[c][0] + columns[c][2]) / 2
    y = (top + bottom) / 2
    for x0, y0, x1, y1 in table.cells:
        if x0 <= x <= x1 and y0 <= y <= y1 and y0 < top - 1 and x0 > columns[c][0] - 1:
            # the spanning cell starts in a row above, at this column
            for rr in range(r - 1, -1, -1):
                above = table.rows[rr].cells
                if c < len(above) and above[c] is not None and abs(above[c][1] - y0) < 1:
                    return rows[rr][c] or ""
            return ""
    return ""


def _overlaps(a: _Region, b: _Region) -> bool:
    return a.first <= b.last and b.first <= a.last


def _band_text(
    page,
    top: float,
    bottom: float,
    x_min: float = float("-inf"),
    x_max: float = float("inf"),
) -> str:
    def keep(obj) -> bool:
        if obj.get("object_type") != "char":
            return False
        ymid = (obj["top"] + obj["bottom"]) / 2
        xmid = (obj["x0"] + obj["x1"]) / 2
        return top <= ymid < bottom and x_min <= xmid < x_max

    return page.filter(keep).extract_text() or ""


def _group_lines(words: list[dict]) -> list[_Line]:
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and word["top"] - lines[-1].top <= _LINE_TOLERANCE:
            line = lines[-1]
            line.words.append(word)
            line.bottom = max(line.bottom, word["bottom"])
        else:
            lines.append(_Line(words=[word], top=word["top"], bottom=word["bottom"]))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    return lines


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).upper()


def _line_height(lines: list[_Line]) -> float:
    heights = [ln.bottom - ln.top for ln in lines if ln.bottom > ln.top]
    return statistics.median(heights) if heights else 12.0


def _header_region(page, lines: list[_Line], body_center: float) -> _Region | None:
    """The two-column header at the top of page 1, anchored on "CỘNG HÒA"."""
    limit = page.height * 0.4 if page.height else float("inf")
    for idx, line in enumerate(lines[:12]):
        if line.top > limit:
            break
        folded = [_fold(w["text"]) for w in line.words]
        for k in range(len(folded) - 1):
            if folded[k] == "CỘNG" and folded[k + 1] in ("HÒA", "HOÀ"):
                cong = line.words[k]
                if k == 0 and cong["x0"] < min(ln.x0 for ln in lines) + 0.15 * (page.width or 600):
                    # "CỘNG HÒA" at the left margin: not a two-column header
                    return None
                left_words = line.words[:k]
                gap_lo = max((w["x1"] for w in left_words), default=lines[0].x0 if lines else 0.0)
                gutter = (gap_lo, cong["x0"])
                if gutter[1] - gutter[0] < _MIN_GUTTER:
                    return None
                right_words = line.words[k:]
                right_center = (right_words[0]["x0"] + right_words[-1]["x1"]) / 2
                if left_words:
                    left_center = (left_words[0]["x0"] + left_words[-1]["x1"]) / 2
                else:
                    left_center = (min(ln.x0 for ln in lines) + gutter[0]) / 2
                # Lines above the anchor (e.g. a second issuer line placed
                # higher) join the region if they do not cross the gutter.
                start = _region_start(
                    lines, idx, _MAX_GAP_LINES, lambda prev: _split_line(prev, gutter) is not None
                )
                region = _extend_region(lines, idx, gutter, left_center, right_center, body_center)
                if region is None:
                    return None
                region.first = start
                return region
    return None


def _region_start(lines: list[_Line], idx: int, max_gap_lines: float, belongs) -> int:
    """Walk up from ``lines[idx]`` while the line above is close (at most
    ``max_gap_lines`` line heights) and ``belongs(line)``; the first index."""
    start = idx
    height = _line_height(lines)
    while start > 0:
        prev = lines[start - 1]
        if lines[start].top - prev.bottom > max_gap_lines * height or not belongs(prev):
            break
        start -= 1
    return start


def _signer_region(lines: list[_Line], body_center: float) -> tuple[_Region, _Carry] | None:
    """The "Nơi nhận:" / signer two-column block, if any, on this page."""
    for idx, line in enumerate(lines):
        first = _fold(line.words[0]["text"])
        if first != "NƠI" or len(line.words) < 2:
            continue
        if not _fold(line.words[1]["text"]).startswith("NHẬN"):
            continue
        if line.words[0]["x0"] > body_center:
            continue
        # Find the gutter: the widest inter-word gap on this line or the next
        # two whose right side lies in the right half.
        gutter = None
        right_center = None
        for probe in lines[idx : idx + 3]:
            best = None
            for a, b in zip(probe.words, probe.words[1:]):
                gap = b["x0"] - a["x1"]
                if gap >= 2 * _MIN_GUTTER and b["x0"] > body_center - _MIN_GUTTER:
                    if best is None or gap > best[1] - best[0]:
                        best = (a["x1"], b["x0"])
            if best is not None:
                gutter = best
                right_words = [w for w in probe.words if w["x0"] >= best[1]]
                right_center = (right_words[0]["x0"] + right_words[-1]["x1"]) / 2
                break
        if gutter is None:
            return None
        left_center = (line.words[0]["x0"] + gutter[0]) / 2
        # The signer title may sit a little above "Nơi nhận:".
        def signer_line(prev: _Line) -> bool:
            split = _split_line(prev, gutter)
            return not (
                split is None or split[0] or abs(prev.center - right_center) > abs(prev.center - body_center)
            )

        start = _region_start(lines, idx, 1.5, signer_line)
        region = _extend_region(lines, idx, gutter, left_center, right_center, body_center)
        if region is None:
            return None
        region.first = start
        return region, _Carry(gutter=(region.gutter), left_center=left_center, right_center=right_center)
    return None


def _split_line(line: _Line, gutter: tuple[float, float]) -> tuple[list[dict], list[dict]] | None:
    """Split a line's words at the gutter, or None if a word crosses it."""
    mid = (gutter[0] + gutter[1]) / 2
    left, right = [], []
    for w in line.words:
        if w["x1"] <= gutter[1] and w["x0"] < mid:
            left.append(w)
        elif w["x0"] >= gutter[0] and w["x1"] > mid:
            right.append(w)
        else:
            return None
    return left, right


def _extend_region(
    lines: list[_Line],
    start: int,
    gutter: tuple[float, float],
    left_center: float,
    right_center: float,
    body_center: float,
) -> _Region | None:
    """Grow a two-column region downward from ``start`` while lines keep the gutter.

    The gutter narrows as words intrude into it; the region ends at a line
    that crosses it, at a one-sided line centred on the page body rather
    than on its column (a title such as "NGHỊ ĐỊNH"), or at a large vertical
    gap. Returns None unless some line has words on both sides.
    """
    lo, hi = gutter
    height = _line_height(lines)
    last = None
    two_sided = False
    for i in range(start, len(lines)):
        line = lines[i]
        if last is not None and line.top - lines[last].bottom > _MAX_GAP_LINES * height:
            break
        new_lo, new_hi = lo, hi
        for w in line.words:
            if w["x1"] <= new_lo or w["x0"] >= new_hi:
                continue
            # the word intrudes: keep the wider free part of the gutter
            left_part = (new_lo, min(new_hi, w["x0"]))
            right_part = (max(new_lo, w["x1"]), new_hi)
            if left_part[1] - left_part[0] >= right_part[1] - right_part[0]:
                new_lo, new_hi = left_part
            else:
                new_lo, new_hi = right_part
        if new_hi - new_lo < _MIN_GUTTER:
            break
        split = _split_line(line, (new_lo, new_hi))
        if split is None:
            break
        left, right = split
        if left and right:
            two_sided = True
        elif i != start:
            # a one-sided line centred on the page body, not on its column,
            # is a title or a page number: the region is over
            side_center = left_center if left else right_center
            off = abs(line.center - body_center)
            if off < _CENTRED and off < abs(line.center - side_center):
                break
        lo, hi = new_lo, new_hi
        last = i
    if last is None or not two_sided:
        return None
    return _Region(first=start, last=last, split=(lo + hi) / 2, gutter=(lo, hi))


# --------------------------------------------------------------------------
# Character clean-up


def _dedupe_chars(page, tolerance: float = 1.0):
    """Drop duplicate glyphs (fake bold printed twice with a tiny offset).

    Same text within ``tolerance`` points in x and y. A linear bucket pass;
    pdfplumber's own ``dedupe_chars`` sorts and is several times slower.
    """
    chars = page.chars
    buckets: dict[tuple[str, int, int], list[dict]] = {}
    drop: set[int] = set()
    for c in chars:
        text = c.get("text", "")
        if not text.strip():
            continue
        bx, by = int(c["x0"] // tolerance), int(c["top"] // tolerance)
        duplicate = False
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in buckets.get((text, bx + dx, by + dy), ()):
                    if (
                        abs(other["x0"] - c["x0"]) <= tolerance
                        and abs(other["top"] - c["top"]) <= tolerance
                        and other.get("fontname") == c.get("fontname")
                    ):
                        duplicate = True
                        break
                if duplicate:
                    break
            if duplicate:
                break
        if duplicate:
            drop.add(id(c))
        else:
            buckets.setdefault((text, bx, by), []).append(c)
    if not drop:
        return page
    return page.filter(lambda obj: id(obj) not in drop)


def _without_superscripts(page):
    """Drop small raised digits glued to full-size text (footnote markers).

    The footnote text at the page foot keeps its number: there the digit has
    no full-size neighbour on its line.
    """
    chars = page.chars
    if not chars:
        return page
    sizes = [c.get("size", 0) for c in chars if c.get("text", "").strip()]
    if not sizes:
        return page
    body = statistics.median(sizes)
    small = [
        c
        for c in chars
        if c.get("size", body) < 0.8 * body and (c.get("text", "") in "0123456789*" and c.get("text"))
    ]
    if not small:
        return page
    drop: set[int] = set()
    for c in small:
        for other in chars:
            osize = other.get("size", 0)
            if osize < 0.9 * body or not other.get("text", "").strip():
                continue
            # vertically overlapping, but the marker sits clearly higher
            if c["bottom"] <= other["top"] or c["top"] >= other["bottom"]:
                continue
            if other["bottom"] - c["bottom"] < 0.2 * osize:
                continue
            # glued right after a full-size glyph; "m2", "km2", "m3" are
            # units with an exponent, not footnote markers
            if abs(other["x1"] - c["x0"]) <= 2.0:
                if other.get("text", "") not in ("m", "M"):
                    drop.add(id(c))
                break
    if not drop:
        return page
    # Digits of a multi-digit marker ("12") follow each other: drop a small
    # raised digit adjacent to one already dropped.
    changed = True
    while changed:
        changed = False
        for c in small:
            if id(c) in drop:
                continue
            for d in small:
                if id(d) in drop and abs(d["x1"] - c["x0"]) <= 1.0 and abs(d["top"] - c["top"]) <= 1.0:
                    drop.add(id(c))
                    changed = True
                    break
    return page.filter(lambda obj: id(obj) not in drop)


__all__ = ["read_pdf", "MAX_PAGES"]
