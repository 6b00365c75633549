"""Metadata from real headers (DOCX/PDF/HTML/TXT in ../shared/data and corpus/)."""

from datetime import date
from pathlib import Path

import pytest

from kb.ingest import parse_file
from kb.ingest.metadata import doc_type_from_number, extract_metadata, parse_date

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
CORPUS = ROOT / "corpus"


@pytest.mark.parametrize(
    "path, expected",
    [
        (
            CORPUS / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt",
            dict(number="113/KH-UBND", doc_type="Kế hoạch", issued=date(2020, 1, 20), place="Tây Ninh",
                 province="Tây Ninh", issuer="Ủy ban nhân dân tỉnh Tây Ninh", source_kind="document"),
        ),
        (
            SHARED / "docs" / "nghi_quyet_01_2019_NQ_HDTP.docx",
            dict(number="01/2019/NQ-HĐTP", doc_type="Nghị quyết", signer="Nguyễn Hòa Bình",
                 issuer="Hội đồng thẩm phán tòa án nhân dân tối cao"),
        ),
        (
            SHARED / "docs" / "bo_luat_91_2015_QH13.docx",
            dict(number="91/2015/QH13", doc_type="Bộ luật", issuer="Quốc hội", issued=date(2015, 11, 24),
                 signer="Nguyễn Sinh Hùng"),
        ),
        (
            SHARED / "docs" / "nghi_dinh_21_2021_ND_CP.docx",
            dict(number="21/2021/NĐ-CP", doc_type="Nghị định", issuer="Chính phủ",
                 title="Quy định thi hành Bộ luật Dân sự về bảo đảm thực hiện nghĩa vụ"),
        ),
        (
            SHARED / "docs" / "an_le_so_432021AL.pdf",
            dict(number="43/2021/AL", doc_type="Án lệ", issued=date(2021, 2, 24),
                 issuer="Hội đồng Thẩm phán Tòa án nhân dân tối cao"),
        ),
        (
            SHARED / "html" / "vbpl" / "doc_000192.html",
            dict(number="29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", doc_type="Thông tư liên tịch",
                 issued=date(2025, 12, 31), place="Hà Nội", status="Còn hiệu lực",
                 effective_date=date(2025, 12, 31)),
        ),
        (
            SHARED / "html" / "vbpl" / "doc_000239.html",
            dict(number="07/2026/QĐ-TTg", doc_type="Quyết định", status="Còn hiệu lực"),
        ),
        (
            # an English translation on vbpl
            SHARED / "html" / "vbpl" / "doc_000925.html",
            dict(number="94/2008/NĐ-CP", doc_type="Nghị định", status="Hết hiệu lực toàn bộ"),
        ),
        (
            # vbpl served another document's body under the Luật Trẻ em page
            SHARED / "html" / "vbpl" / "doc_000707.html",
            dict(number="102/2016/QH13", doc_type="Luật", status="Hết hiệu lực một phần"),
        ),
    ],
    ids=lambda v: v.name if isinstance(v, Path) else "",
)
def test_metadata_of_real_documents(path, expected):
    meta = parse_file(path).metadata
    for key, value in expected.items():
        actual = getattr(meta, key)
        if key == "issuer":
            assert actual and actual.lower() == value.lower(), (key, actual)
        else:
            assert actual == value, (key, actual)


@pytest.mark.parametrize(
    "seed, number, doc_type, issued",
    [
        ("000", "1747/KH-SLĐTBXH", "Kế hoạch", date(2019, 6, 5)),
        ("001", "128/KH-UBND", "Kế hoạch", date(2021, 4, 2)),
        ("002", "1562/KH-LĐTBXH", "Kế hoạch", date(2023, 7, 11)),
        ("003", "525/QĐ-LĐTBXH", "Quyết định", date(2021, 5, 5)),
    ],
)
def test_news_page_describes_the_reported_document(seed, number, doc_type, issued):
    path = next((CORPUS / "tin-bai").glob(f"{seed}_*.txt"))
    meta = parse_file(path).metadata
    assert (meta.number, meta.doc_type, meta.issued, meta.source_kind) == (number, doc_type, issued, "report")
    assert meta.issuer and ("Lao động" in meta.issuer or "Ủy ban nhân dân" in meta.issuer)
    assert meta.title and "mua bán" in meta.title or "nạn nhân" in (meta.title or "")


def test_news_page_skips_the_implemented_document():
    # seed 001 opens with "Thực hiện Quyết định số 3320/QĐ-UBND …" before naming the plan
    text = (
        "Thực hiện Quyết định số 3320/QĐ-UBND ngày 29/12/2020 của UBND tỉnh ban hành Chương trình công tác "
        "năm 2021; ngày 02/4/2021, UBND tỉnh ban hành Kế hoạch số 128/KH-UBND về tiếp nhận và hỗ trợ nạn nhân."
    )
    meta = extract_metadata(text)
    assert meta.number == "128/KH-UBND"
    assert meta.title == "tiếp nhận và hỗ trợ nạn nhân"


@pytest.mark.parametrize(
    "number, kind",
    [
        ("113/KH-UBND", "Kế hoạch"),
        ("525/QĐ-LĐTBXH", "Quyết định"),
        ("15/2020/NĐ-CP", "Nghị định"),
        ("53/2024/QH15", "Luật"),
        ("29/2025/TTLT-BTP-BCA", "Thông tư liên tịch"),
        ("2670/VPCP-QHQT", "Công văn"),
        ("314/PCTNNXH-HTNNTT", "Công văn"),
        ("30/VBHN-NHNN", "Văn bản hợp nhất"),
    ],
)
def test_doc_type_from_number(number, kind):
    assert doc_type_from_number(number) == kind


@pytest.mark.parametrize(
    "value, expected",
    [("31/12/2025", date(2025, 12, 31)), ("ngày 20 tháng 01 năm 2020", date(2020, 1, 20)),
     ("2017-01-01", date(2017, 1, 1)), ("30/02/2020", None), ("--", None)],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_cong_van_subject_line():
    # the header of seed 002's Công văn 4241/UBND-NCPC as such letters are laid out
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\nSố: 4241/UBND-NCPC\nV/v triển khai các hoạt động hưởng ứng\n"
        "“Ngày toàn dân phòng, chống mua bán người 30/7”\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nThừa Thiên Huế, ngày 5 tháng 7 năm 2023\nKính gửi: Các sở, ban, ngành"
    )
    meta = extract_metadata(text)
    assert meta.number == "4241/UBND-NCPC" and meta.doc_type == "Công văn"
    assert meta.title == "triển khai các hoạt động hưởng ứng “Ngày toàn dân phòng, chống mua bán người 30/7”"
    assert meta.issuer == "Ủy ban nhân dân tỉnh Thừa Thiên Huế"
    assert meta.issued == date(2023, 7, 5) and meta.province == "Thừa Thiên Huế"


@pytest.mark.parametrize(
    "text, number, issuer, issued, title",
    [
        ("Ngày 02/4/2021, UBND tỉnh vừa ban hành Kế hoạch 128/KH-UBND về tiếp nhận nạn nhân.",
         "128/KH-UBND", "Ủy ban nhân dân tỉnh", date(2021, 4, 2), "tiếp nhận nạn nhân"),
        ("Tỉnh triển khai Kế hoạch số 128/KH-UBND ngày 02/4/2021 của UBND tỉnh về tiếp nhận nạn nhân.",
         "128/KH-UBND", "Ủy ban nhân dân tỉnh", date(2021, 4, 2), "tiếp nhận nạn nhân"),
    ],
)
def test_news_sentence_variants(text, number, issuer, issued, title):
    meta = extract_metadata(text)
    assert (meta.number, meta.issuer, meta.issued, meta.title) == (number, issuer, issued, title)
