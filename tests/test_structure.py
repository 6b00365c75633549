"""Sections of real documents: laws (Chương/Điều/khoản/điểm) and plans (I./1./-)."""

from pathlib import Path

import pytest

from kb.ingest import parse_file
from kb.ingest.structure import find_sections

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
TAY_NINH = ROOT / "corpus" / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"


def test_tay_ninh_plan_parts_and_agencies():
    parsed = parse_file(TAY_NINH)
    by_label = {s.label: s for s in parsed.sections}
    assert by_label["I"].heading == "MỤC ĐÍCH, YÊU CẦU"
    assert by_label["II"].heading == "TỔ CHỨC THỰC HIỆN"
    agencies = [by_label[f"II.{i}"].heading for i in range(1, 6)]
    assert agencies == [
        "Công an tỉnh",
        "Sở Ngoại vụ",
        "Sở Thông tin và Truyền thông",
        "Sở Giáo dục và Đào tạo",
        "Sở Lao động - Thương binh và Xã hội",
    ]
    first_task = parsed.section_text(by_label["II.1 (gạch 1)"])
    assert first_task.startswith("- Chủ trì, phối hợp") and "2546/QĐ-TTg" in first_task
    # the closing block (signature) belongs to no section
    assert "KT. CHỦ TỊCH" not in parsed.section_text(by_label["II"])
    # spans nest: every child lies inside its parent
    for s in parsed.sections:
        if s.parent is not None:
            parent = parsed.sections[s.parent]
            assert parent.start <= s.start and s.end <= parent.end


def test_decree_docx_chapters_articles_clauses_points():
    parsed = parse_file(SHARED / "docs" / "nghi_dinh_21_2021_ND_CP.docx")
    labels = [s.label for s in parsed.sections]
    assert "Chương I" in labels and "Điều 1" in labels
    article_3 = next(s for s in parsed.sections if s.label == "Điều 3")
    assert article_3.heading == "Giải thích từ ngữ"
    assert "khoản 1 Điều 3" in labels
    dieu = [s for s in parsed.sections if s.kind == "dieu"]
    assert [int(s.label.split()[1]) for s in dieu] == list(range(1, len(dieu) + 1))
    assert len({s.anchor for s in parsed.sections}) == len(parsed.sections)


def test_criminal_code_topic_has_article_150():
    parsed = parse_file(ROOT / "corpus" / "phap-dien" / "de-muc-16.1-hinh-su.html")
    # Pháp điển codifies "Điều 16.1.LQ.150"; users cite the source article
    art = next(s for s in parsed.sections if s.label == "Điều 150 Bộ luật số 100/2015/QH13")
    assert art.heading.startswith("Tội mua bán người")
    assert "điểm a khoản 2 Điều 150 Bộ luật số 100/2015/QH13" in [s.label for s in parsed.sections]


@pytest.mark.parametrize(
    "text, labels",
    [
        ("Điều 5. Chế độ hỗ trợ\n1. Nạn nhân được hỗ trợ:\na) Nhu cầu thiết yếu;\nb) Chi phí đi lại;\n2. Khác",
         ["Điều 5", "khoản 1 Điều 5", "điểm a khoản 1 Điều 5", "điểm b khoản 1 Điều 5", "khoản 2 Điều 5"]),
        # a stray "3." inside running text does not open a clause out of order
        ("Điều 1. Phạm vi\n1. Một\n3. Ba\n2. Hai", ["Điều 1", "khoản 1 Điều 1", "khoản 2 Điều 1"]),
        ("I. MỤC ĐÍCH\n1. Mục đích\n- Ý một\n- Ý hai\nII. NHIỆM VỤ\n1. Công an tỉnh",
         ["I", "I.1", "I.1 (gạch 1)", "I.1 (gạch 2)", "II", "II.1"]),
        ("Chương II\nQUY ĐỊNH CỤ THỂ\nĐiều 7. Hỗ trợ", ["Chương II", "Điều 7"]),
    ],
)
def test_labels(text, labels):
    assert [s.label for s in find_sections(text)] == labels


def test_a_plan_whose_first_part_is_numbered_ii():
    # set 110, KH 0130/KH-UBND Đắk Lắk as stored: its parts begin at "II. MỤC ĐÍCH, YÊU CẦU" (no "I."), and the
    # organisation part "V. TỔ CHỨC THỰC HIỆN" names an agency in each item
    parsed = parse_file(ROOT / "bench" / "heldout110" / "01_daklak_kh0130_phong_chong_dich_sau_lu.txt")
    by_label = {s.label: s for s in parsed.sections}
    assert by_label["II"].heading == "MỤC ĐÍCH, YÊU CẦU"
    assert by_label["V"].heading == "TỔ CHỨC THỰC HIỆN"
    assert {("Sở Nông nghiệp và Môi trường", "V.2"), ("Sở Tài chính", "V.3"),
            ("Ủy ban nhân dân các xã, phường", "V.4")} <= {(d.agency, d.section) for d in parsed.duties}


def test_a_scanned_strategy_whose_third_part_the_scan_lost():
    # set 125, QĐ 02/QĐ-TTg (the national nutrition strategy), an OCR copy: "III." is gone, so "IV. NGUÒN LỰC THỰC
    # HIỆN" and "V. TO CHỨC THỰC HIỆN" follow "II. MỤC TIÊU"; in capitals they still open their parts, and each
    # ministry heading an item of part V has its tasks
    parsed = parse_file(ROOT / "bench" / "heldout125" / "02_ttg_qd02_chien_luoc_dinh_duong.txt")
    by_label = {s.label: s for s in parsed.sections}
    assert by_label["V"].heading == "TO CHỨC THỰC HIỆN"
    assert {("Bộ Y tế", "V.1.a"), ("Bộ Giáo dục và Đào tạo", "V.2.a"),
            ("Ủy ban Dân tộc", "V.3.a")} <= {(d.agency, d.section) for d in parsed.duties}


@pytest.mark.parametrize("text, labels", [
    # one part skipped, in capitals: a heading
    ("I. MỤC ĐÍCH\n1. Một\nIII. TỔ CHỨC THỰC HIỆN\n1. Hai", ["I", "I.1", "III", "III.1"]),
    # in running text, no part
    ("I. MỤC ĐÍCH\n1. Một\nIII. Theo kế hoạch\n2. Hai", ["I", "I.1", "I.2"]),
])
def test_a_part_past_a_lost_one_only_in_capitals(text, labels):
    assert [s.label for s in find_sections(text)] == labels
