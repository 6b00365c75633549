"""Tests for the DOCX reader.

Fixtures in tests/data/docx are real files copied from ../shared/data/docs:
- nghi-dinh-21-2021-header-table.docx: Nghị định 21/2021/NĐ-CP, with the
  two-column header table and the "Nơi nhận:" / signer table.
- an-le-26-2018-no-table.docx: Án lệ 26/2018/AL, paragraphs only.
The parametrised number test runs over every real DOCX in ../shared/data/docs
when it is present. Synthetic documents (data tables, content controls, smart
tags) are built here with python-docx.
"""

from __future__ import annotations

import copy
import io
import re
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from kb.errors import ParseError
from kb.ingest.readers import read_file
from kb.ingest.readers import docx as docx_module
from kb.ingest.readers.docx import read_docx
from conftest import SHARED_DOCS, official_numbers

DATA = Path(__file__).resolve().parent / "data" / "docx"
HEADER_DOCX = DATA / "nghi-dinh-21-2021-header-table.docx"
PLAIN_DOCX = DATA / "an-le-26-2018-no-table.docx"


def read(path: Path):
    return read_docx(path, path.read_bytes())


def index_of(lines: list[str], needle: str, start: int = 0) -> int:
    for i in range(start, len(lines)):
        if needle in lines[i]:
            return i
    raise AssertionError(f"{needle!r} not found after line {start}")


@pytest.fixture(scope="module")
def header_doc():
    return read(HEADER_DOCX)


# --------------------------------------------------------------------------
# Real documents


def test_header_table_is_emitted_column_by_column(header_doc):
    lines = header_doc.text.split("\n")
    assert lines[:5] == [
        "CHÍNH PHỦ",
        "Số: 21/2021/NĐ-CP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 19 tháng 3 năm 2021",
    ]


def test_document_order_is_preserved(header_doc):
    lines = header_doc.text.split("\n")
    pos = 0
    for needle in ("Hà Nội, ngày 19", "NGHỊ ĐỊNH", "Căn cứ", "Chương I", "Điều 1.", "Điều 2.", "Nơi nhận:"):
        pos = index_of(lines, needle, pos)


def test_signer_table_is_emitted_column_by_column(header_doc):
    lines = header_doc.text.split("\n")
    received = index_of(lines, "Nơi nhận:")
    government = index_of(lines, "TM. CHÍNH PHỦ")
    assert received < index_of(lines, "Lưu: VT, PL", received) < government
    assert lines[government:] == ["TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Nguyễn Xuân Phúc"]


def test_no_empty_or_separator_lines(header_doc):
    for line in header_doc.text.split("\n"):
        assert line.strip()
        assert not set(line.strip()) <= set("_-–—=.…")


def test_plain_document_and_dispatch():
    raw = read_file(PLAIN_DOCX)
    assert raw.format == "docx" and raw.pages == [] and raw.warnings == []
    assert raw.text.startswith("Án lệ số 26/2018/AL về xác định thời điểm")
    assert "Nguồn án lệ:" in raw.text.split("\n")



REAL_DOCX = sorted(SHARED_DOCS.glob("*.docx"))
assert REAL_DOCX, f"no real files in {SHARED_DOCS}: ../shared must be beside the project"


@pytest.mark.parametrize("path", REAL_DOCX, ids=lambda p: p.name)
def test_real_docx_yields_official_number(path):
    number = official_numbers().get(path.stem.replace("_", ""))
    assert number, f"{path.name} is not in source_registry.json"
    started = time.perf_counter()
    raw = read(path)
    elapsed = time.perf_counter() - started
    assert number in raw.text
    assert elapsed < 10, f"{path.name} took {elapsed:.1f}s"
    lines = raw.text.split("\n")
    if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in raw.text:
        # the number line precedes the republic line and shares nothing with it
        number_line = index_of(lines, number)
        republic = index_of(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        assert number_line < republic
        assert "CỘNG HÒA" not in lines[number_line]
        assert number not in lines[republic]


# --------------------------------------------------------------------------
# Synthetic documents


def _save(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _synthetic() -> bytes:
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    left, right = header.rows[0].cells
    left.text = "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH"
    left.paragraphs[0].text = "ỦY BAN NHÂN DÂN TỈNH TÂY NINH"
    left.add_paragraph("_______")
    left.add_paragraph("Số: 113/KH-UBND")
    right.paragraphs[0].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    right.add_paragraph("Tây Ninh, ngày 20 tháng 01 năm 2020")
    document.add_paragraph("")
    document.add_paragraph("KẾ HOẠCH")
    intro = document.add_paragraph("Thực hiện ")
    intro.add_run("Quyết định số 3320/QĐ-UBND")
    # a data table: merged header cell, a nested table
    grid = document.add_table(rows=3, cols=3)
    top = grid.cell(0, 0).merge(grid.cell(0, 1))
    top.text = "Nhiệm vụ"
    grid.cell(0, 2).text = "Thời hạn"
    grid.cell(1, 0).text = "1"
    grid.cell(1, 1).text = "Công an tỉnh chủ trì"
    grid.cell(1, 2).text = "hằng năm"
    grid.cell(2, 0).text = "2"
    nested = grid.cell(2, 1).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "Sở Ngoại vụ"
    nested.cell(0, 1).text = "phối hợp"
    grid.cell(2, 2).text = "trước ngày 15/12"
    document.add_paragraph("II. NHIỆM VỤ")
    data = _save(document)
    return _inject_wrappers(data)


def _inject_wrappers(data: bytes) -> bytes:
    """Wrap a run in a smart tag and a paragraph in a content control.

    python-docx's ``Paragraph.text`` and ``iter_inner_content`` skip both.
    """
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    target = next(p for p in body.iterchildren(qn("w:p")) if "Thực hiện" in "".join(p.itertext()))
    runs = target.findall(qn("w:r"))
    smart = target.makeelement(qn("w:smartTag"), {qn("w:element"): "place"})
    runs[1].addprevious(smart)
    smart.append(runs[1])
    last = [p for p in body.iterchildren(qn("w:p"))][-1]
    sdt = last.makeelement(qn("w:sdt"), {})
    content = sdt.makeelement(qn("w:sdtContent"), {})
    sdt.append(content)
    last.addprevious(sdt)
    content.append(copy.deepcopy(last))
    last.getparent().remove(last)
    return _save(document)


def test_synthetic_tables_wrappers_and_order(tmp_path):
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(_synthetic())
    lines = read(path).text.split("\n")
    assert lines == [
        "ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
        "Số: 113/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Tây Ninh, ngày 20 tháng 01 năm 2020",
        "KẾ HOẠCH",
        "Thực hiện Quyết định số 3320/QĐ-UBND",
        "Nhiệm vụ | Thời hạn",
        "1 | Công an tỉnh chủ trì | hằng năm",
        "2 | Sở Ngoại vụ | phối hợp | trước ngày 15/12",
        "II. NHIỆM VỤ",
    ]


def test_vertically_merged_cell_is_not_repeated(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    merged = table.cell(0, 0).merge(table.cell(1, 0))
    merged.text = "Sở Lao động - Thương binh và Xã hội"
    table.cell(0, 1).text = "chủ trì"
    table.cell(1, 1).text = "báo cáo"
    path = tmp_path / "merged.docx"
    path.write_bytes(_save(document))
    assert read(path).text.split("\n") == ["Sở Lao động - Thương binh và Xã hội | chủ trì", "báo cáo"]


# --------------------------------------------------------------------------
# Bad files


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in entries.items():
            archive.writestr(name, body)
    return buf.getvalue()


def _corrupt_xml() -> bytes:
    with zipfile.ZipFile(HEADER_DOCX) as src:
        entries = {info.filename: src.read(info) for info in src.infolist()}
    entries["word/document.xml"] = entries["word/document.xml"][:5000]
    return _zip(entries)


def _without_main_part() -> bytes:
    with zipfile.ZipFile(HEADER_DOCX) as src:
        entries = {info.filename: src.read(info) for info in src.infolist()}
    del entries["word/document.xml"]
    return _zip(entries)


BAD_FILES = {
    "empty.docx": lambda: b"",
    "text-renamed.docx": lambda: "Kế hoạch số 113/KH-UBND\n".encode() * 10,
    "truncated-half.docx": lambda: HEADER_DOCX.read_bytes()[: HEADER_DOCX.stat().st_size // 2],
    "plain-zip.docx": lambda: _zip({"readme.txt": b"hello", "data/a.csv": b"1,2"}),
    "corrupt-xml.docx": _corrupt_xml,
    "no-main-part.docx": _without_main_part,
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_docx_raises_parse_error_naming_the_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name]())
    with pytest.raises(ParseError) as err:
        read(path)
    assert name in str(err.value)
    assert " — " in err.value.reason  # Vietnamese — English


def test_decompressed_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_module, "MAX_UNCOMPRESSED", 100_000)
    path = tmp_path / "bomb.docx"
    path.write_bytes(HEADER_DOCX.read_bytes())  # 758 KB of XML inflated
    with pytest.raises(ParseError, match="giải nén quá lớn"):
        read(path)


# --------------------------------------------------------------------------
# Word's automatic numbering

_NUMBERING_XML = (  # a list as Word writes one: "1." items, "-" bullets under them, "a)" points
    '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>'
    '</w:abstractNum>'
)


def _numbered_docx(lines: list[str]) -> bytes:
    """A Word file of ``lines`` whose "1. …" and "- …" marks are Word's list
    numbering (w:numPr), not typed: as officials' plans are often written."""
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_NUMBERING_XML))
    numbering.append(parse_xml(
        '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90">'
        '<w:abstractNumId w:val="90"/></w:num>'))
    for line in lines:
        level, text = None, line
        if re.match(r"\d+\. ", line):
            level, text = 0, line.split(". ", 1)[1]
        elif line.startswith("- "):
            level, text = 1, line[2:]
        paragraph = document.add_paragraph(text)
        if level is not None:
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(parse_xml(
                '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_word_list_numbers_and_bullets_are_written_before_their_paragraphs():
    from conftest import SEEDS

    # the Tây Ninh plan (seed 004), its items and tasks numbered by Word instead of typed
    seed = SEEDS / "004_d6f4417183045906.txt"
    lines = [line for line in seed.read_text(encoding="utf-8").split("\n")[:23] if line.strip()]
    data = _numbered_docx(lines)
    assert "Công an tỉnh" in [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]  # no typed number
    text = read_docx(Path("kh-113-numbered.docx"), data).text.split("\n")
    assert text == lines
    # so an official finds the same duties in the Word file as in the page
    from kb.ingest import parse_file

    duties = {(d.agency, d.role, d.section) for d in parse_file(seed).duties}
    assert len(duties) >= 10
    assert {(d.agency, d.role, d.section) for d in parse_file(Path("kh-113-numbered.docx"), data).duties} == duties


def test_word_numbering_restarts_and_nests():
    data = _numbered_docx(["1. Công an tỉnh", "- Chủ trì", "- Phối hợp", "2. Sở Ngoại vụ", "- Chủ động"])
    document = docx.Document(io.BytesIO(data))
    # a third level ("a)") and a list restarted at 1 by a second w:num with a start override
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="91">'
        '<w:abstractNumId w:val="90"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
        '</w:num>'))
    for text, level, num in (("Sở Y tế", 0, 91), ("Hướng dẫn", 2, 91), ("Kiểm tra", 2, 91), ("Sở Tư pháp", 0, 91)):
        ppr = document.add_paragraph(text)._p.get_or_add_pPr()
        ppr.append(parse_xml(
            '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))
    out = io.BytesIO()
    document.save(out)
    assert read_docx(Path("numbered.docx"), out.getvalue()).text.split("\n") == [
        "1. Công an tỉnh", "- Chủ trì", "- Phối hợp", "2. Sở Ngoại vụ", "- Chủ động",
        "1. Sở Y tế", "a) Hướng dẫn", "b) Kiểm tra", "2. Sở Tư pháp",
    ]
