"""Legacy 8-bit Vietnamese encodings (TCVN3/ABC and VNI): tables, detection,
conversion at ingest.

Every legacy input is built from REAL text of ../shared/data (the Tây Ninh
plan 113/KH-UBND seed, the other seeds, Nghị định 21/2021/NĐ-CP and Án lệ
26/2018/AL as DOCX) with kb's own ``to_tcvn3`` / ``to_vni``; the tables are
also checked against fixed, published mojibake ("Céng hßa x· héi chñ nghÜa
ViÖt Nam", "Vieät Nam"), so that an error made symmetrically in both
directions cannot pass. Files are written the way real legacy files are:
a .txt as the cp1252 bytes, a .docx with runs in ".VnTime" / ".VnTimeH" /
"VNI-Times", a PDF whose font maps each byte to its cp1252 character (what a
Word export of such a document holds).

The false-detection check runs over every file in ../shared/data (eval
excluded): none may be called legacy.
"""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import docx
import pytest

from kb.errors import ParseError
from kb.ingest import parse_file, parse_raw
from kb.ingest.legacy import (
    convert_legacy,
    convert_raw,
    decode_font_text,
    detect_legacy,
    from_tcvn3,
    from_vni,
    legacy_encoding_of_font,
    to_tcvn3,
    to_vni,
)
from kb.ingest.models import Page, RawDocument
from kb.ingest.readers import read_file
from kb.ingest.readers.docx import read_docx
from kb.ingest.readers.text import read_text
from conftest import SEEDS, SHARED, SHARED_DOCS, pdf_bytes, seed_file

TAY_NINH = seed_file("004")  # Kế hoạch 113/KH-UBND, UBND tỉnh Tây Ninh
ND21_DOCX = SHARED_DOCS / "nghi_dinh_21_2021_ND_CP.docx"
AN_LE_26_DOCX = SHARED_DOCS / "an_le_so_262018AL.docx"

ENCODE = {"tcvn3": to_tcvn3, "vni": to_vni}
DECODE = {"tcvn3": from_tcvn3, "vni": from_vni}


def real_text(path: Path) -> str:
    """The reader's text of a real file (before normalisation)."""
    return read_file(path).text


# --------------------------------------------------------------------------
# Real snippets. Each is checked to occur verbatim in its source file.

SNIPPETS = [
    (TAY_NINH, "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"),
    (TAY_NINH, "Số: 113/KH-UBND | Tây Ninh, ngày 20 tháng 01 năm 2020 |"),
    (TAY_NINH, "KẾ HOẠCH\nTHỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG TRẺ EM BỊ BÓC LỘT VÀ LẠM DỤNG Ở CHÂU ÂU"),
    (TAY_NINH, "I. MỤC ĐÍCH, YÊU CẦU"),
    (
        TAY_NINH,
        "- Đảm bảo quyền trẻ em được thực thi toàn diện và hiệu quả hơn nữa, đặc biệt là quyền được "
        "bảo vệ để không bị bóc lột và lạm dụng trong cuộc sống (nhất là ở các nước châu Âu).",
    ),
    (TAY_NINH, "2. Sở Ngoại vụ: chủ động nắm tình hình và có biện pháp phù hợp bảo hộ công dân"),
    (
        TAY_NINH,
        "Yêu cầu các sở, ban, ngành tỉnh và Chủ tịch UBND các huyện, thành phố nghiêm túc thực hiện "
        "kế hoạch trên. Giao Công an tỉnh theo dõi, kiểm tra, đôn đốc việc thực hiện./.",
    ),
    (TAY_NINH, "| KT. CHỦ TỊCH |"),
    (ND21_DOCX, "CHÍNH PHỦ\nSố: 21/2021/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
    (ND21_DOCX, "NGHỊ ĐỊNH\nQuy định thi hành Bộ luật Dân sự về bảo đảm thực hiện nghĩa vụ"),
    (ND21_DOCX, "Điều 4. Áp dụng pháp luật và thỏa thuận về bảo đảm thực hiện nghĩa vụ"),
    (ND21_DOCX, "1. Bên bảo đảm, bên nhận bảo đảm, người có nghĩa vụ được bảo đảm."),
    (AN_LE_26_DOCX, "Người đại diện cho các đồng bị đơn theo ủy quyền là ông Lê Hồng L."),
    (AN_LE_26_DOCX, "Đoạn 5, 6, 7 phần “Nhận định của Tòa án”."),
    (seed_file("000"), "Tăng cường hợp tác phòng chống buôn, bán người (20:35 06/06/2019)"),
]


def snippet_id(item) -> str:
    path, text = item
    return f"{path.stem[:12]}:{text[:28]}"


@pytest.mark.parametrize("item", SNIPPETS, ids=snippet_id)
@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_real_snippets_round_trip(item, encoding):
    path, text = item
    assert text in real_text(path), f"snippet no longer in {path.name}: {text!r}"
    legacy = ENCODE[encoding](text)
    assert legacy != text
    assert all(ord(c) < 0x100 or c in "“”" for c in legacy), "legacy text must be single bytes"
    assert DECODE[encoding](legacy) == text  # Unicode -> legacy -> Unicode
    assert ENCODE[encoding](DECODE[encoding](legacy)) == legacy  # legacy -> Unicode -> legacy


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize(
    "path", [*sorted(SEEDS.glob("*.txt")), ND21_DOCX, AN_LE_26_DOCX], ids=lambda p: p.name
)
def test_whole_real_documents_round_trip(path, encoding):
    """VNI is lossless. TCVN3 has no codes for toned capitals: they come back
    from context (all-caps words and lines, sentence starts), so only a
    capital in mid-sentence ("…, Ủy ban nhân dân tỉnh …") may be lost."""
    text = unicodedata.normalize("NFC", real_text(path))
    legacy = ENCODE[encoding](text)
    back = DECODE[encoding](legacy)
    assert ENCODE[encoding](back) == legacy
    if encoding == "vni":
        assert back == text
        return
    assert back.lower() == text.lower()
    words, back_words = text.split(), back.split()
    assert len(words) == len(back_words)
    lost = [(a, b) for a, b in zip(words, back_words) if a != b]
    assert len(lost) <= max(2, len(words) // 1000), lost


def test_tcvn3_mid_sentence_capital_is_the_documented_loss():
    text = "bị bóc lột và lạm dụng ở châu Âu, Ủy ban nhân dân tỉnh xây dựng kế hoạch"
    assert text in real_text(TAY_NINH)
    assert from_tcvn3(to_tcvn3(text)) == text.replace("Ủy", "ủy")


# --------------------------------------------------------------------------
# The tables against published mojibake (independent of to_*)

PUBLISHED = [
    ("tcvn3", "Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("tcvn3", "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("tcvn3", "phßng, chèng mua b¸n ng\u00adêi", "phòng, chống mua bán người"),
    ("tcvn3", "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("vni", "Vieät", "Việt"),
    ("vni", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("vni", "Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("vni", "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("vni", "Nghò ñònh, chæ ñaïo, ngöôøi", "Nghị định, chỉ đạo, người"),
]


@pytest.mark.parametrize("encoding,legacy,unicode_text", PUBLISHED)
def test_published_mojibake_decodes(encoding, legacy, unicode_text):
    assert DECODE[encoding](legacy) == unicode_text


VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
LETTERS = ["đ"] + [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES]


def test_every_vietnamese_letter_round_trips():
    assert len(set(LETTERS)) == 73
    for letter in LETTERS:
        for ch in (letter, letter.upper()):
            assert from_vni(to_vni(ch)) == ch, ch
            assert len(to_vni(ch)) in (1, 2)
        # lowercase letters have one TCVN3 byte each, all different
        code = to_tcvn3(letter)
        assert len(code) == 1 and (code == letter if letter.isascii() else 0xA1 <= ord(code) <= 0xFE)
        assert from_tcvn3(code, guess_case=False) == letter
    assert len({to_tcvn3(letter) for letter in LETTERS}) == len(LETTERS)
    # the seven capitals with a code of their own
    for ch in "ĂÂÊÔƠƯĐ":
        assert from_tcvn3(to_tcvn3(ch), guess_case=False) == ch
    # toned capitals share the lowercase code, as the ".VnTimeH" fonts do
    assert to_tcvn3("Ộ") == to_tcvn3("ộ")


# --------------------------------------------------------------------------
# Detection


def converted_documents():
    for path in [*sorted(SEEDS.glob("*.txt")), ND21_DOCX, AN_LE_26_DOCX]:
        yield path, real_text(path)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_detection_finds_the_encoding_of_real_documents(encoding):
    for path, text in converted_documents():
        assert detect_legacy(text) is None, path.name
        legacy = ENCODE[encoding](text)
        assert detect_legacy(legacy) == encoding, path.name
        converted, found = convert_legacy(legacy)
        assert found == encoding
        assert converted.lower() == unicodedata.normalize("NFC", text).lower(), path.name


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_detection_needs_more_than_a_heading(encoding):
    heading = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert detect_legacy(ENCODE[encoding](heading)) is None  # 7 words: too short to tell
    assert detect_legacy(ENCODE[encoding]("Việt Nam")) is None
    assert convert_legacy(ENCODE[encoding](heading)) == (ENCODE[encoding](heading), None)
    # a real paragraph is enough
    paragraph = real_text(TAY_NINH).split("\n")[4]
    assert detect_legacy(ENCODE[encoding](paragraph)) == encoding


NOT_LEGACY = {
    "english": "The Government shall direct ministries and provincial People's Committees to "
    "support victims of human trafficking, including free legal aid, shelter and medical care. " * 6,
    "german": "Die Bundesregierung hat beschlossen, dass die Förderung für Schüler erhöht wird. "
    "Größere Städte müssen außerdem mehr Wohnungen bauen; die Maßnahmen gelten ab März. " * 6,
    "french": "Le décret précise les modalités d'application de la loi relative à la lutte contre la "
    "traite des êtres humains ; les victimes bénéficient d'une aide juridique gratuite. " * 6,
    "spanish": "El año pasado, el señor Muñoz presentó una propuesta; la niña y el niño reciben "
    "atención jurídica gratuita en España. " * 6,
    "symbols": "Giá: 100.000đ · Liên hệ © 2024 ® ° ± ² ³ µ ¶ · ¸ ¹ º » ¼ ½ ¾ ¿ " * 10,
    "no diacritics": "Cong hoa xa hoi chu nghia Viet Nam. Ke hoach phong, chong mua ban nguoi. " * 10,
    "empty": "",
}


@pytest.mark.parametrize("name", NOT_LEGACY)
def test_other_text_is_not_legacy(name):
    assert detect_legacy(NOT_LEGACY[name]) is None


def test_utf8_read_as_cp1252_is_not_taken_for_legacy():
    """Another mojibake ("Cá»™ng hÃ²a"): not TCVN3/VNI, must be left alone."""
    text = real_text(TAY_NINH)
    assert detect_legacy(text.encode("utf-8").decode("cp1252", errors="replace")) is None


def test_nfd_unicode_is_not_legacy():
    assert detect_legacy(unicodedata.normalize("NFD", real_text(TAY_NINH))) is None


def shared_files() -> list[Path]:
    files = sorted(
        p for p in SHARED.rglob("*") if p.is_file() and "eval" not in p.relative_to(SHARED).parts
    )
    assert len(files) >= 60, f"expected the shared data folder at {SHARED}, found {len(files)} files"
    return files


@pytest.mark.parametrize("path", shared_files(), ids=lambda p: str(p.relative_to(SHARED)))
def test_no_false_detection_on_shared_data(path):
    """Every real file, as read and as parsed: never legacy."""
    data = path.read_bytes()
    assert detect_legacy(data.decode("utf-8", errors="replace")) is None
    try:
        raw = read_file(path, data)
    except ParseError:
        return  # a refused shell page: its bytes were checked above
    assert raw.legacy_encoding is None
    assert detect_legacy(raw.text) is None
    parsed = parse_raw(raw)
    assert parsed.legacy_encoding is None
    assert parsed.source_text == raw.text  # untouched
    assert detect_legacy(parsed.text) is None
    assert not any("TCVN3" in w or "VNI" in w for w in parsed.warnings)


def test_mixed_text_converts_only_the_legacy_lines():
    lines = real_text(TAY_NINH).split("\n")
    unicode_line = lines[4]
    text = "\n".join([to_tcvn3(line) for line in lines[:4]] + [unicode_line] + [to_tcvn3(lines[6])])
    converted, encoding = convert_legacy(text)
    assert encoding == "tcvn3"
    out = converted.split("\n")
    assert out[4] == unicode_line
    assert out[:4] == lines[:4]
    assert out[5] == lines[6]


# --------------------------------------------------------------------------
# Ingest of legacy .txt files


def write_legacy_txt(folder: Path, encoding: str) -> tuple[Path, str]:
    text = TAY_NINH.read_text(encoding="utf-8")
    data = ENCODE[encoding](text).encode("cp1252")  # the bytes a real legacy file holds
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    path = folder / f"ke-hoach-113-{encoding}.txt"
    path.write_bytes(data)
    return path, text


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_txt_is_read_converted_and_marked(tmp_path, encoding):
    path, text = write_legacy_txt(tmp_path, encoding)
    original = parse_file(TAY_NINH)
    parsed = parse_file(path)
    assert parsed.format == "txt"
    assert parsed.legacy_encoding == encoding
    assert any(("TCVN3" if encoding == "tcvn3" else "VNI") in w and "Unicode" in w for w in parsed.warnings)
    assert parsed.metadata.number == "113/KH-UBND"
    assert parsed.metadata.doc_type == "Kế hoạch"
    assert parsed.metadata == original.metadata
    assert [s.label for s in parsed.sections] == [s.label for s in original.sections]
    if encoding == "vni":
        assert parsed.text == original.text
    else:
        assert parsed.text.lower() == original.text.lower()


def test_legacy_txt_with_crlf_line_ends(tmp_path):
    path, _ = write_legacy_txt(tmp_path, "tcvn3")
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    parsed = parse_file(path)
    assert parsed.legacy_encoding == "tcvn3"
    assert parsed.metadata.number == "113/KH-UBND"


def test_utf8_txt_holding_legacy_text_is_converted(tmp_path):
    """Text copied out of a .VnTime document and saved as UTF-8."""
    path = tmp_path / "copied.txt"
    path.write_text(to_tcvn3(TAY_NINH.read_text(encoding="utf-8")), encoding="utf-8")
    parsed = parse_file(path)
    assert parsed.legacy_encoding == "tcvn3"
    assert parsed.metadata.number == "113/KH-UBND"
    assert parsed.metadata.doc_type == "Kế hoạch"
    assert "phòng, chống trẻ em bị bóc lột" in parsed.text.lower()


def test_other_8bit_text_is_still_refused():
    data = ("Résumé du décret, café et thé.\n" * 40).encode("latin-1")
    with pytest.raises(ParseError, match="UTF-8"):
        read_text(Path("x.txt"), data)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_txt_is_searchable_through_the_cli(make_kb, tmp_path, encoding):
    path, _ = write_legacy_txt(tmp_path, encoding)
    kb = make_kb(encoding)
    code, report = kb.ingest(path)
    assert code == 0, report
    assert [d["number"] for d in report["documents"]] == ["113/KH-UBND"]
    for query in ("bóc lột trẻ em châu Âu", "boc lot tre em chau Au", "Sở Ngoại vụ bảo hộ công dân"):
        result = kb("search", query, "--json")
        assert result.exit_code == 0, result.stdout
        hits = result.json()["hits"]
        assert hits and hits[0]["number"] == "113/KH-UBND", (query, hits[:2])
        assert hits[0]["doc_type"] == "Kế hoạch"
    shown = kb.show("113/KH-UBND")
    assert shown["legacy_encoding"] == encoding
    assert shown["doc_type"] == "Kế hoạch"
    assert any("Unicode" in w for w in shown["warnings"])
    json.dumps(shown)  # plain JSON


# --------------------------------------------------------------------------
# DOCX with runs in legacy fonts


def tcvn3_runs(line: str) -> list[tuple[str, str]]:
    """(font, bytes as text) runs a typist produces in TCVN3: capitals
    without a code of their own are typed in the uppercase ".VnTimeH"."""
    runs: list[list[str]] = []
    for ch in line:
        code = to_tcvn3(ch)
        font = ".VnTimeH" if from_tcvn3(code, guess_case=False) != ch else ".VnTime"
        if runs and runs[-1][0] == font:
            runs[-1][1] += code
        else:
            runs.append([font, code])
    return [(font, text) for font, text in runs]


def add_paragraph(container, runs: list[tuple[str, str]]):
    paragraph = container.add_paragraph()
    for font, text in runs:
        paragraph.add_run(text).font.name = font
    return paragraph


def docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def nd21_lines() -> list[str]:
    lines = real_text(ND21_DOCX).split("\n")
    assert lines[:5] == [
        "CHÍNH PHỦ",
        "Số: 21/2021/NĐ-CP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 19 tháng 3 năm 2021",
    ]
    return lines


def test_docx_in_vntime_fonts_is_converted(nd21_lines):
    header, body = nd21_lines[:5], nd21_lines[5:60]
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    for i, line in enumerate(header[:2]):
        paragraph = left.paragraphs[0] if i == 0 else left.add_paragraph()
        for font, text in tcvn3_runs(line):
            paragraph.add_run(text).font.name = font
    for i, line in enumerate(header[2:]):
        paragraph = right.paragraphs[0] if i == 0 else right.add_paragraph()
        for font, text in tcvn3_runs(line):
            paragraph.add_run(text).font.name = font
    for line in body:
        add_paragraph(document, tcvn3_runs(line))
    unicode_line = real_text(TAY_NINH).split("\n")[4]
    add_paragraph(document, [("Times New Roman", unicode_line)])
    vni_line = nd21_lines[60]
    add_paragraph(document, [("VNI-Times", to_vni(vni_line))])
    # one paragraph mixing a Unicode run and a TCVN3 run
    add_paragraph(document, [("Times New Roman", "Nơi nhận: "), *tcvn3_runs("Các Bộ, cơ quan ngang Bộ;")])

    raw = read_docx(Path("nd21-tcvn3.docx"), docx_bytes(document))
    expected = [*header, *body, unicode_line, vni_line, "Nơi nhận: Các Bộ, cơ quan ngang Bộ;"]
    assert raw.text.split("\n") == expected
    assert raw.legacy_encoding == "tcvn3"
    assert any("TCVN3" in w for w in raw.warnings)
    parsed = parse_raw(raw)
    assert parsed.legacy_encoding == "tcvn3"
    assert parsed.metadata.number == "21/2021/NĐ-CP"
    assert parsed.metadata.doc_type == "Nghị định"
    assert parsed.metadata.issuer == parse_file(ND21_DOCX).metadata.issuer


def test_docx_legacy_font_from_the_style(nd21_lines):
    document = docx.Document()
    document.styles["Normal"].font.name = "VNI-Times"
    for line in nd21_lines[:40]:
        document.add_paragraph(to_vni(line))
    raw = read_docx(Path("style.docx"), docx_bytes(document))
    assert raw.text.split("\n") == nd21_lines[:40]
    assert raw.legacy_encoding == "vni"


def test_docx_unicode_typed_into_an_old_template_is_left_alone(nd21_lines):
    """A ".VnTime" Normal style (common in real files: two of the real DOCX in
    ../shared/data have such styles) with Unicode text typed over it."""
    document = docx.Document()
    document.styles["Normal"].font.name = ".VnTime"
    lines = nd21_lines[:40] + ["Tây Ninh", "Hà Nội"]
    for line in lines:
        document.add_paragraph(line)
    raw = read_docx(Path("template.docx"), docx_bytes(document))
    assert raw.text.split("\n") == lines
    assert raw.legacy_encoding is None
    assert parse_raw(raw).legacy_encoding is None


@pytest.mark.parametrize("path", sorted(SHARED_DOCS.glob("*.docx")), ids=lambda p: p.name)
def test_real_docx_with_legacy_style_names_are_unchanged(path):
    raw = read_file(path)
    assert raw.legacy_encoding is None
    assert not any("TCVN3" in w or "VNI" in w for w in raw.warnings)


def test_font_names():
    assert legacy_encoding_of_font(".VnTime") == ("tcvn3", False)
    assert legacy_encoding_of_font(".VnTimeH") == ("tcvn3", True)
    assert legacy_encoding_of_font(".VnArial NarrowH") == ("tcvn3", True)
    assert legacy_encoding_of_font(".VnCentury Schoolbook") == ("tcvn3", False)
    assert legacy_encoding_of_font("VNI-Times") == ("vni", False)
    assert legacy_encoding_of_font("VNI Times") == ("vni", False)
    assert legacy_encoding_of_font("Times New Roman") == (None, False)
    assert legacy_encoding_of_font(None) == (None, False)


def test_decode_font_text_keeps_unicode_lines():
    assert decode_font_text("Tây Ninh", "tcvn3") == "Tây Ninh"  # "Tõy" would be worse
    assert decode_font_text("Cộng hòa", "tcvn3") == "Cộng hòa"
    assert decode_font_text("Sè: 113/KH-UBND", "tcvn3") == "Số: 113/KH-UBND"
    assert decode_font_text("céng hßa", "tcvn3", uppercase=True) == "CỘNG HÒA"


# --------------------------------------------------------------------------
# PDF: pages converted one by one, spans kept


def legacy_pdf(pages: list[list[str]]) -> bytes:
    """A PDF drawing the given lines (cp1252 characters) in Helvetica with a
    ToUnicode map giving each byte's cp1252 character, as a Word export of a
    ".VnTime" / "VNI-Times" document does."""

    def string(line: str) -> bytes:
        data = line.encode("cp1252")
        return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    entries = []
    for code in range(0x20, 0x100):
        try:
            entries.append(f"<{code:02X}> <{ord(bytes([code]).decode('cp1252')):04X}>")
        except UnicodeDecodeError:
            continue
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /Legacy def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(entries)} beginbfchar\n" + "\n".join(entries) + "\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    for i, lines in enumerate(pages):
        content = b"BT /F1 10 Tf 14 TL 40 800 Td\n" + b"".join(b"(" + string(x) + b") Tj T*\n" for x in lines) + b"ET"
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    return pdf_bytes(objects)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_pdf_is_converted_page_by_page(tmp_path, encoding):
    lines = [line[:100] for line in real_text(TAY_NINH).split("\n")[2:30] if line.strip()]
    pages = [lines[:14], lines[14:]]
    path = tmp_path / f"ke-hoach-{encoding}.pdf"
    path.write_bytes(legacy_pdf([[ENCODE[encoding](x) for x in page] for page in pages]))
    parsed = parse_file(path)
    assert parsed.format == "pdf"
    assert parsed.legacy_encoding == encoding
    assert parsed.metadata.doc_type == "Kế hoạch"
    assert [p.number for p in parsed.pages] == [1, 2]
    assert parsed.pages[0].start == 0 and parsed.pages[-1].end == len(parsed.text)
    for page, source in zip(parsed.pages, pages):
        page_text = parsed.text[page.start:page.end].lower()
        for line in (source[0], source[len(source) // 2], source[-1]):
            assert " ".join(line.split()[:6]).lower() in page_text, (page.number, line)
    assert "thực hiện công tác phòng, chống trẻ em" in parsed.text.lower()


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_parse_raw_recomputes_page_spans(encoding):
    """Converting and then parsing gives the parse of the original pages
    (VNI text shrinks, so the spans must move)."""
    lines = real_text(seed_file("003")).split("\n")
    chunks = ["\n".join(lines[i:i + 4]) for i in range(0, 12, 4)]

    def raw_of(texts: list[str]) -> RawDocument:
        pages, pos = [], 0
        for number, text in enumerate(texts, start=1):
            pages.append(Page(number, pos, pos + len(text)))
            pos += len(text) + 1
        return RawDocument(text="\n".join(texts), format="pdf", pages=pages)

    original = parse_raw(raw_of(chunks))
    legacy_raw = raw_of([ENCODE[encoding](c) for c in chunks])
    converted = convert_raw(legacy_raw)
    assert converted.legacy_encoding == encoding
    for page, chunk in zip(converted.pages, chunks):
        assert converted.text[page.start:page.end] == chunk
    parsed = parse_raw(legacy_raw)
    assert parsed.legacy_encoding == encoding
    assert parsed.text == original.text
    assert parsed.pages == original.pages
    assert convert_raw(converted) is converted  # already marked: left alone
