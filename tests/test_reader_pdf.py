"""Tests for the PDF reader.

Fixtures in tests/data/pdf:
- nghi-dinh-21-2021-two-column-header.pdf: the real DOCX of Nghị định
  21/2021/NĐ-CP converted by LibreOffice (two-column header table on page 1,
  "Nơi nhận:" / signer block running from page 18 onto page 19).
- an-le-43-2021-footnote-marker.pdf: real Án lệ 43/2021/AL, with a superscript
  footnote marker glued to the number and "m2" exponents in the body.
- encrypted-aes256-user-password.pdf: page 1 of the first, encrypted by qpdf
  with a user password.
- *-printed.pdf: real vbpl.vn pages of ../shared/data/html/vbpl printed to PDF
  by Chromium (bench/print_pdf.py), as a user saves a web page: NQ
  87/2025/UBTVQH15 (doc_000103, a ruled task table whose first row the page
  break splits), NĐ 313/2025/NĐ-CP (doc_000035) and TT 03/2026/TT-BQP
  (doc_000117), whose wrapped lines break agency names ("Bộ Công" /
  "Thương"), and Luật 140/2025/QH15 (doc_000007), whose price table
  merges the STT cell of a group of rows.
The parametrised number test runs over every real PDF in ../shared/data/docs
when it is present. Minimal PDFs (blank pages, one text page) are built here.
"""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest

from kb.errors import ParseError
from kb.ingest.readers import read_file
from kb.ingest.readers import pdf as pdf_module
from kb.ingest.readers.pdf import read_pdf
from conftest import SHARED, SHARED_DOCS, official_numbers, pdf_bytes

DATA = Path(__file__).resolve().parent / "data" / "pdf"
HEADER_PDF = DATA / "nghi-dinh-21-2021-two-column-header.pdf"
FOOTNOTE_PDF = DATA / "an-le-43-2021-footnote-marker.pdf"
ENCRYPTED_PDF = DATA / "encrypted-aes256-user-password.pdf"
TABLE_PDF = DATA / "nq-87-2025-ubtvqh15-task-table-printed.pdf"
PRINTED = {  # printed PDF: the web page it was printed from
    TABLE_PDF: SHARED / "html" / "vbpl" / "doc_000103.html",
    DATA / "nd-313-2025-printed.pdf": SHARED / "html" / "vbpl" / "doc_000035.html",
    DATA / "tt-03-2026-bqp-printed.pdf": SHARED / "html" / "vbpl" / "doc_000117.html",
    DATA / "luat-140-2025-price-table-printed.pdf": SHARED / "html" / "vbpl" / "doc_000007.html",
}


def read(path: Path):
    return read_pdf(path, path.read_bytes())


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def index_of(lines: list[str], needle: str, start: int = 0) -> int:
    for i in range(start, len(lines)):
        if needle in nfc(lines[i]):
            return i
    raise AssertionError(f"{needle!r} not found after line {start}")


@pytest.fixture(scope="module")
def header_doc():
    return read(HEADER_PDF)


@pytest.fixture(scope="module")
def footnote_doc():
    return read(FOOTNOTE_PDF)


# --------------------------------------------------------------------------
# Minimal hand-built PDFs


def build_pdf(page_streams: list[bytes]) -> bytes:
    """A valid PDF with one page per content stream (Helvetica as F1)."""
    objects: list[bytes] = []
    n_pages = len(page_streams)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    font_id = 3 + 2 * n_pages
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, stream in enumerate(page_streams):
        content_id = 4 + 2 * i
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>"
            ).encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return pdf_bytes(objects)


TEXT_PAGE = b"BT /F1 12 Tf 72 760 Td (Ke hoach so 113/KH-UBND) Tj ET"
BLANK_PAGE = b""


# --------------------------------------------------------------------------
# Two-column header and signer block


def test_header_columns_are_not_interleaved(header_doc):
    lines = header_doc.text.split("\n")
    number = index_of(lines, "Số: 21/2021/NĐ-CP")
    republic = index_of(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert index_of(lines, "CHÍNH PHỦ") < number < republic
    assert nfc(lines[number]).strip() == "Số: 21/2021/NĐ-CP"
    assert nfc(lines[republic]).strip() == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto = index_of(lines, "Độc lập - Tự do - Hạnh phúc")
    date = index_of(lines, "Hà Nội, ngày 19 tháng 3 năm 2021")
    assert republic < motto < date
    for i in (number, republic, motto, date):
        line = nfc(lines[i])
        assert not ("CHÍNH PHỦ" in line and "CỘNG HÒA" in line)
        assert not ("Số:" in line and ("Độc lập" in line or "Hà Nội" in line))


def test_document_order_is_preserved(header_doc):
    lines = header_doc.text.split("\n")
    pos = 0
    for needle in ("Hà Nội, ngày 19", "NGHỊ ĐỊNH", "Căn cứ", "Chương I", "Điều 1.", "Điều 2.", "Điều 62."):
        pos = index_of(lines, needle, pos)


def test_signer_block_columns_are_separated(header_doc):
    lines = header_doc.text.split("\n")
    received = index_of(lines, "Nơi nhận:")
    government = index_of(lines, "TM. CHÍNH PHỦ")
    assert nfc(lines[received]).strip() == "Nơi nhận:"
    assert nfc(lines[government]).strip() == "TM. CHÍNH PHỦ"
    assert received < index_of(lines, "- Ban Bí thư Trung ương Đảng;") < government
    assert government < index_of(lines, "THỦ TƯỚNG", government)
    signer = index_of(lines, "Nguyễn Xuân Phúc")
    assert nfc(lines[signer]).strip() == "Nguyễn Xuân Phúc"  # not glued to a recipient


def test_page_spans_cover_the_text(header_doc):
    pages = header_doc.pages
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert len(pages) == 19
    assert pages[0].start == 0 and pages[-1].end == len(header_doc.text)
    for prev, cur in zip(pages, pages[1:]):
        assert prev.start <= prev.end
        assert header_doc.text[prev.end:cur.start] == "\n"
    text = header_doc.text
    assert "CỘNG HÒA" in nfc(text[pages[0].start:pages[0].end])
    assert "Nguyễn Xuân Phúc" in nfc(text[pages[-1].start:pages[-1].end])
    assert header_doc.format == "pdf"
    assert header_doc.warnings == []


def test_superscript_footnote_marker_is_dropped(footnote_doc):
    lines = footnote_doc.text.split("\n")
    assert nfc(lines[0]).strip() == "ÁN LỆ SỐ 43/2021/AL"
    text = nfc(footnote_doc.text)
    # the footnote itself keeps its number, exponents of units stay
    assert "1 Án lệ này do Vụ Pháp chế" in text
    assert "298,3m2" in text


def test_read_file_dispatches_to_pdf():
    raw = read_file(FOOTNOTE_PDF)
    assert raw.format == "pdf" and len(raw.pages) == 6


# --------------------------------------------------------------------------
# Every real PDF yields its official number



REAL_PDFS = sorted(SHARED_DOCS.glob("*.pdf"))
assert REAL_PDFS, f"no real files in {SHARED_DOCS}: ../shared must be beside the project"


@pytest.mark.parametrize("path", REAL_PDFS, ids=lambda p: p.name)
def test_real_pdf_yields_official_number(path):
    number = official_numbers().get(path.stem.replace("_", ""))
    assert number, f"{path.name} is not in source_registry.json"
    started = time.perf_counter()
    raw = read(path)
    elapsed = time.perf_counter() - started
    assert number in nfc(raw.text)
    assert raw.pages and raw.pages[0].number == 1
    assert not raw.warnings
    assert elapsed < 30, f"{path.name} took {elapsed:.1f}s"


# --------------------------------------------------------------------------
# Text layer


def test_page_without_text_layer_is_a_warning(tmp_path):
    path = tmp_path / "mixed.pdf"
    path.write_bytes(build_pdf([TEXT_PAGE, BLANK_PAGE]))
    raw = read(path)
    assert "113/KH-UBND" in raw.text
    assert [(p.number, p.end - p.start > 0) for p in raw.pages] == [(1, True), (2, False)]
    assert raw.warnings == ["trang 2 không có lớp văn bản (cần OCR) — page 2 has no text layer"]


def test_pdf_without_any_text_layer_is_an_error(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(build_pdf([BLANK_PAGE, BLANK_PAGE]))
    with pytest.raises(ParseError) as err:
        read(path)
    assert "scan.pdf" in str(err.value)
    assert "scanned PDF" in str(err.value)


def test_page_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_module, "MAX_PAGES", 1)
    path = tmp_path / "long.pdf"
    path.write_bytes(build_pdf([TEXT_PAGE, TEXT_PAGE]))
    with pytest.raises(ParseError, match="quá nhiều trang"):
        read(path)


# --------------------------------------------------------------------------
# Bad files


def _half(path: Path) -> bytes:
    data = path.read_bytes()
    return data[: len(data) // 2]


BAD_FILES = {
    "empty.pdf": (lambda: b"", "empty file"),
    "truncated-half.pdf": (lambda: _half(FOOTNOTE_PDF), "corrupt or truncated PDF"),
    "truncated-90pct.pdf": (
        lambda: FOOTNOTE_PDF.read_bytes()[: int(FOOTNOTE_PDF.stat().st_size * 0.9)],
        "corrupt or truncated PDF",
    ),
    "garbage.pdf": (lambda: b"%PDF-1.4\nthis is not a pdf at all\n%%EOF\n", "corrupt or truncated PDF"),
    "text-renamed.pdf": (lambda: "Kế hoạch số 113/KH-UBND\n".encode() * 20, "corrupt or truncated PDF"),
    "encrypted.pdf": (lambda: ENCRYPTED_PDF.read_bytes(), "encrypted PDF"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_pdf_raises_parse_error_naming_the_file(tmp_path, name):
    make, reason = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(ParseError) as err:
        read(path)
    assert name in str(err.value)
    assert reason in str(err.value)


def test_ruled_table_is_laid_out_one_row_a_line():
    doc = read(TABLE_PDF)
    lines = [nfc(line) for line in doc.text.split("\n")]
    header = index_of(lines, "STT | Tên dự án")
    assert lines[header] == ("STT | Tên dự án | Cơ quan trình | Cơ quan chủ trì thẩm tra | "
                             "Cơ quan tham gia thẩm tra")
    # row 1 starts at the foot of page 1 and ends at the top of page 2: one row, its cells joined
    assert lines[header + 1] == (
        "1. | Luật An ninh mạng (sửa đổi toàn diện Luật An ninh mạng và sửa đổi toàn diện Luật An toàn thông "
        "tin mạng thành 01 luật) | Chính phủ | Ủy ban Quốc phòng, An ninh và Đối ngoại | Hội đồng Dân tộc, các "
        "Ủy ban khác của Quốc hội")
    assert [line.split(" | ")[0] for line in lines[header + 1:header + 5]] == ["1.", "2.", "3.", "4."]
    assert lines[header + 5].startswith("* Tiến độ trình UBTVQH")
    # the text above and below the table keeps its order and its own lines
    assert index_of(lines, "Điều 2. Tổ chức thực hiện") < header < index_of(lines, "Điều 3. Hiệu lực thi hành")


def test_a_cell_merged_down_is_repeated_on_each_of_its_rows():
    lines = [nfc(line) for line in read(DATA / "luat-140-2025-price-table-printed.pdf").text.split("\n")]
    # STT 8 spans three services, each priced by its own body: every row keeps the number
    for service, body in (("Dịch vụ kiểm định, miễn kiểm định lần đầu đối với xe cơ giới", "Bộ Xây dựng định giá"),
                          ("Dịch vụ kiểm định an toàn kỹ thuật các thiết bị, dụng cụ điện", "Bộ Công Thương định")):
        row = lines[index_of(lines, service)]
        assert row.startswith("8 | ") and row.count(" | ") == 2 and body in row.split(" | ")[2]


def test_two_column_blocks_are_no_table():
    # the header and signer blocks and shaded runs of text make rectangles too
    assert " | " not in read(HEADER_PDF).text
    assert " | " not in read(FOOTNOTE_PDF).text


@pytest.mark.parametrize("pdf", sorted(PRINTED), ids=lambda p: p.name)
def test_printed_page_gives_the_duties_and_sections_of_the_web_page(pdf):
    from kb.ingest import parse_file

    printed, page = parse_file(pdf), parse_file(PRINTED[pdf])
    duties = {(d.agency, d.role, d.section) for d in page.duties}
    assert len(duties) >= 5
    assert {(d.agency, d.role, d.section) for d in printed.duties} == duties
    assert {s.label for s in printed.sections} >= {s.label for s in page.sections if s.kind in ("dieu", "khoan")}
