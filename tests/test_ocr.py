"""OCR of scanned PDFs (kb.ingest.ocr and the PDF reader's use of it).

The scans are made at test time from a real PDF with a text layer
(../shared/data/docs/an_le_so_432021AL.pdf, Án lệ 43/2021/AL): its pages are
rendered to 300 dpi grayscale images with pdftoppm and put into image-only
PDFs with Pillow; the mixed PDF is the scanned page 1 followed by the
original page 2 (pdfseparate + pdfunite). The original's text layer is the
reference. Tesseract (tesseract-ocr, tesseract-ocr-vie) and poppler-utils
are required, as in CI (.ci/run installs them): these tests fail, never
skip, without them. OCR'd parses are cached per module: about three pages
are OCR'd in all.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from conftest import SHARED_DOCS
from kb.errors import ParseError
from kb.ingest import ocr, parse_file
from kb.ingest.readers.pdf import read_pdf

SOURCE = SHARED_DOCS / "an_le_so_432021AL.pdf"


# --------------------------------------------------------------------------
# Inputs


def render(pdf: Path, page: int, stem: Path, dpi: int = 300):
    """Page ``page`` of ``pdf`` as a grayscale Pillow image at ``dpi``."""
    from PIL import Image

    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-gray", "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    with Image.open(stem.with_suffix(".pgm")) as im:
        return im.convert("L")


def image_pdf(images, out: Path, dpi: int = 300) -> Path:
    images[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])
    return out


def white_page():
    from PIL import Image

    return Image.new("L", (2480, 3508), 255)


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> dict[str, Path]:
    assert ocr.ocr_available(), f"OCR tools missing: {ocr.missing_reason()}"
    assert SOURCE.exists(), f"real PDF missing: {SOURCE}"
    tmp = tmp_path_factory.mktemp("scans")
    page1 = render(SOURCE, 1, tmp / "p1")
    scan = image_pdf([page1], tmp / "an-le-43-scan.pdf")
    subprocess.run(["pdfseparate", "-f", "2", "-l", "2", str(SOURCE), str(tmp / "text-p2.pdf")], check=True)
    mixed = tmp / "an-le-43-mixed.pdf"
    subprocess.run(["pdfunite", str(scan), str(tmp / "text-p2.pdf"), str(mixed)], check=True)
    blank = image_pdf([white_page()], tmp / "blank-scan.pdf")
    return {"scan": scan, "mixed": mixed, "blank": blank, "dir": tmp}


@pytest.fixture(scope="module")
def original():
    return parse_file(SOURCE)


@pytest.fixture(scope="module")
def scanned(scans):
    return parse_file(scans["scan"])


@pytest.fixture(scope="module")
def mixed(scans):
    """The mixed PDF's parse, and the page lists OCR was asked for."""
    calls: list[list[int]] = []
    real = ocr.ocr_pdf_pages

    def spy(path, page_numbers, **kwargs):
        numbers = list(page_numbers)
        calls.append(numbers)
        return real(path, numbers, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ocr, "ocr_pdf_pages", spy)
        doc = parse_file(scans["mixed"])
    return doc, calls


def page_text(doc, number: int) -> str:
    page = next(p for p in doc.pages if p.number == number)
    return doc.text[page.start : page.end]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())


def word_accuracy(ref: list[str], hyp: list[str]) -> float:
    """1 - word-level Levenshtein distance / reference length."""
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, start=1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return 1 - prev[-1] / len(ref)


# --------------------------------------------------------------------------
# An image-only PDF made from a real page


def test_scanned_page_has_the_documents_number_and_kind(scanned, original):
    assert original.metadata.number == "43/2021/AL" and original.metadata.doc_type == "Án lệ"
    assert scanned.metadata.number == original.metadata.number
    assert scanned.metadata.doc_type == original.metadata.doc_type
    assert scanned.metadata.issued == original.metadata.issued


def test_scanned_page_has_the_pages_real_words(scanned, original):
    reference = page_text(original, 1)
    for phrase in (
        "ÁN LỆ SỐ 43/2021/AL",
        "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
        "Quyết định số 42/QĐ-CA",
        "01/2019/KDTM-GĐT",
        "Nguyễn Thị L",
        "Phạm Thị Kim H",
        "Nghị định số 163/2006/NĐ-CP",
        "giao dịch bảo đảm",
        "Vụ Pháp chế và Quản lý khoa học",
    ):
        assert phrase in reference  # the phrase is really on that page
        assert phrase in scanned.text, f"{phrase!r} not in the OCR text"


def test_word_accuracy_against_the_text_layer(scanned, original):
    ref, hyp = words(page_text(original, 1)), words(page_text(scanned, 1))
    assert len(ref) > 400
    accuracy = word_accuracy(ref, hyp)
    assert accuracy >= 0.95, f"word accuracy {accuracy:.3f}"


def test_document_is_marked_as_ocrd(scanned, original):
    assert scanned.ocr_pages == [1]
    assert scanned.ocr_confidence is not None and 80 <= scanned.ocr_confidence <= 100
    assert [p.number for p in scanned.pages] == [1]
    notes = [w for w in scanned.warnings if "read by OCR" in w]
    assert notes == [
        f"1 trang được đọc bằng OCR (trang 1), độ tin cậy trung bình {scanned.ocr_confidence:.1f} %".replace(".", ",")
        + f" — 1 page read by OCR, mean confidence {scanned.ocr_confidence:.1f} %"
    ]
    assert original.ocr_pages == [] and original.ocr_confidence is None


# --------------------------------------------------------------------------
# Mixed PDF: only the page without text is OCR'd


def test_mixed_pdf_ocrs_only_the_image_page(mixed, original):
    doc, calls = mixed
    assert calls == [[1]]
    assert doc.ocr_pages == [1]
    assert [p.number for p in doc.pages] == [1, 2]
    assert page_text(doc, 2) == page_text(original, 2)  # the text layer, untouched
    assert "Phạm Thị Kim H" in page_text(doc, 1)
    assert doc.metadata.number == "43/2021/AL"


def test_text_pdf_is_not_ocrd(monkeypatch, original):
    def fail(*args, **kwargs):
        raise AssertionError("OCR called on a PDF with a text layer")

    monkeypatch.setattr(ocr, "ocr_pdf_pages", fail)
    raw = read_pdf(SOURCE, SOURCE.read_bytes())
    assert raw.ocr_pages == [] and not raw.warnings


# --------------------------------------------------------------------------
# Through the CLI


def test_ingested_scan_is_searchable(kb, scans, original):
    code, report = kb.ingest(scans["mixed"])
    assert code == 0, report
    assert report["failed"] == []
    [doc] = report["documents"]
    assert doc["number"] == "43/2021/AL" and doc["doc_type"] == "Án lệ"
    assert any("read by OCR" in w for w in doc["warnings"])

    query = "Vụ Pháp chế và Quản lý khoa học"
    assert query not in page_text(original, 2)  # only the OCR'd page holds it
    result = kb("search", query, "--json")
    assert result.exit_code == 0, result.stdout + result.stderr
    hits = result.json()["hits"]
    assert hits and hits[0]["doc_id"] == doc["id"], hits

    shown = kb.show(doc["id"])
    assert shown["ocr_pages"] == [1]
    assert 80 <= shown["ocr_confidence"] <= 100


# --------------------------------------------------------------------------
# Without Tesseract


@pytest.fixture
def no_tesseract(monkeypatch, tmp_path):
    """A PATH on which neither tesseract nor pdftoppm can be found."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert shutil.which("tesseract") is None
    assert not ocr.ocr_available()
    assert "tesseract" in ocr.missing_reason()


def test_without_tesseract_a_scan_fails_clearly(no_tesseract, scans):
    with pytest.raises(ParseError) as err:
        parse_file(scans["scan"])
    message = str(err.value)
    assert "an-le-43-scan.pdf" in message
    assert "OCR" in message and "tesseract" in message
    assert "scanned PDF" in message


def test_without_tesseract_the_rest_of_the_batch_is_ingested(no_tesseract, kb, scans, tmp_path):
    text_pdf = Path(shutil.copy2(SOURCE, tmp_path / SOURCE.name))
    code, report = kb.ingest(scans["scan"], text_pdf, scans["mixed"])
    assert code == 1
    [failure] = report["failed"]
    assert failure["path"] == str(scans["scan"])
    assert "OCR" in failure["error"] and "tesseract" in failure["error"]
    by_path = {d["path"]: d for d in report["documents"]}
    assert by_path[str(text_pdf)]["number"] == "43/2021/AL"
    # the mixed PDF keeps its text page and says which page was left unread
    mixed_doc = by_path[str(scans["mixed"])]
    assert any(
        "trang 1" in w and "page 1" in w and "tesseract is not installed" in w for w in mixed_doc["warnings"]
    ), mixed_doc["warnings"]
    assert kb.show(mixed_doc["id"])["ocr_pages"] == []
    result = kb("ingest", scans["scan"])
    assert "an-le-43-scan.pdf" in result.stderr and "tesseract" in result.stderr


# --------------------------------------------------------------------------
# Blank scans, limits and failures (no recognition needed)


def test_blank_scan_is_refused(scans):
    with pytest.raises(ParseError) as err:
        read_pdf(scans["blank"], scans["blank"].read_bytes())
    assert "blank-scan.pdf" in str(err.value)
    assert "scanned PDF" in str(err.value) and "OCR found no text" in str(err.value)


def test_blank_scanned_page_beside_text_is_a_warning(scans):
    path = scans["dir"] / "text-and-blank.pdf"
    subprocess.run(["pdfunite", str(scans["dir"] / "text-p2.pdf"), str(scans["blank"]), str(path)], check=True)
    raw = read_pdf(path, path.read_bytes())
    assert raw.ocr_pages == [] and raw.ocr_confidence is None
    assert raw.warnings == ["trang 2 trống (OCR không thấy chữ) — page 2: blank (OCR found no text)"]


def test_pages_over_the_ocr_limit_are_not_read(scans, monkeypatch):
    path = image_pdf([white_page()] * 3, scans["dir"] / "three-blank.pdf")
    calls = []
    real = ocr.ocr_pdf_pages
    monkeypatch.setattr(ocr, "ocr_pdf_pages", lambda p, n, **kw: calls.append(list(n)) or real(p, n, **kw))
    monkeypatch.setenv("KB_OCR_MAX_PAGES", "1")
    with pytest.raises(ParseError) as err:
        read_pdf(path, path.read_bytes())
    assert calls == [[1]]
    assert "KB_OCR_MAX_PAGES=1" in str(err.value) and "2 pages over the OCR limit" in str(err.value)


def test_page_scanned_upside_down_is_read(scans):
    from PIL import Image

    with Image.open(scans["dir"] / "p1.pgm") as im:
        path = image_pdf([im.convert("L").rotate(180)], scans["dir"] / "upside-down.pdf")
    doc = parse_file(path)
    assert doc.ocr_pages == [1] and doc.ocr_confidence > 80
    assert doc.metadata.number == "43/2021/AL"
    assert "Hội đồng Thẩm phán Tòa án nhân dân tối cao" in doc.text


def test_ocr_timeout_is_a_clear_error(scans, monkeypatch):
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 0.001)
    with pytest.raises(ParseError) as err:
        read_pdf(scans["scan"], scans["scan"].read_bytes())
    assert "an-le-43-scan.pdf" in str(err.value)
    assert "OCR failed" in str(err.value) and "timed out" in str(err.value)


# --------------------------------------------------------------------------
# Tesseract's output


def tsv(*rows: tuple[int, int, int, float, str]) -> str:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    body = [f"5\t1\t{b}\t{p}\t{ln}\t1\t0\t0\t1\t1\t{conf}\t{text}" for b, p, ln, conf, text in rows]
    return "\n".join([head, "2\t1\t1\t0\t0\t0\t0\t0\t1\t1\t-1\t", *body]) + "\n"


def test_tsv_lines_confidence_and_noise():
    page = ocr.parse_tsv(
        3,
        tsv(
            (1, 1, 1, 96.0, "ÁN"), (1, 1, 1, 90.0, "LỆ"), (1, 1, 1, 80.0, "SÓ"), (1, 1, 1, 86.0, "43/2021/AL"),
            (1, 1, 2, 30.0, "|"), (1, 1, 2, 94.0, "Quyêt"), (1, 1, 2, 94.0, "định"), (1, 1, 2, 92.0, "số"),
            (1, 1, 2, 90.0, "8.000.000ð"), (2, 1, 1, 70.0, "-"), (2, 1, 1, 88.0, "Điêu"), (2, 1, 1, 95.0, "5."),
        ),
    )
    assert page.number == 3 and page.error is None
    assert page.text == "ÁN LỆ SỐ 43/2021/AL\nQuyết định số 8.000.000đ\n- Điều 5."
    assert page.words == 11  # the "|" speck is dropped
    assert page.confidence == pytest.approx((96 + 90 + 80 + 86 + 94 + 94 + 92 + 90 + 70 + 88 + 95) / 11)


def test_dropped_marks_are_restored_only_where_unambiguous():
    page = ocr.parse_tsv(
        1,
        tsv(
            (1, 1, 1, 90.0, "CỘNG"), (1, 1, 1, 90.0, "HOA"), (1, 1, 1, 90.0, "XA"), (1, 1, 1, 90.0, "HỘI"),
            (1, 1, 1, 90.0, "CHU"), (1, 1, 1, 90.0, "NGHIA"), (1, 1, 1, 90.0, "VIỆT"), (1, 1, 1, 90.0, "NAM"),
            (1, 1, 2, 90.0, "KÊ"), (1, 1, 2, 90.0, "HOẠCH"),
            (1, 1, 3, 90.0, "so"), (1, 1, 3, 90.0, "với"), (1, 1, 3, 90.0, "5"), (1, 1, 3, 90.0, "Sổ"),
            (1, 1, 3, 90.0, "2"), (1, 1, 3, 90.0, "thâm"), (1, 1, 3, 90.0, "Sô:"), (1, 1, 3, 90.0, "113/KH-UBND"),
        ),
    )
    assert page.text.split("\n") == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "KẾ HOẠCH",
        "so với 5 Sổ 2 thâm Số: 113/KH-UBND",
    ]
