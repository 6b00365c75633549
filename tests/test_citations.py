"""Citations in real text: numbers, kinds, pins and relations."""

from datetime import date

import pytest

from kb.ingest.citations import find_citations
from kb.ingest.normalize import clean_text


@pytest.mark.parametrize(
    "text, expected",
    [
        # seed 004 (Tây Ninh plan): the plan implements a letter, then decisions
        ("Thực hiện Công văn số 2670/VPCP-QHQT của Văn phòng Chính phủ, ngày 20 tháng 9 năm 2019 về việc",
         [("2670/VPCP-QHQT", "Công văn", "thực hiện", None)]),
        ("tổ chức triển khai, thực hiện có hiệu quả Quyết định số 2546/QĐ-TTg ngày 31 tháng 12 năm 2015",
         [("2546/QĐ-TTg", "Quyết định", "thực hiện", None)]),
        # seed 003: fraction slash and a space inside the number
        ("ban hành Quyết định số 525⁄QĐ- LĐTBXH về việc ban hành Kế hoạch",
         [("525/QĐ-LĐTBXH", "Quyết định", "dẫn chiếu", None)]),
        # seed 002: one "Thực hiện" governs a list separated by ";"
        ("Thực hiện Công văn số 314/PCTNNXH-HTNNTT ngày 10/7/2023 của Cục; Công văn số 4241/UBND-NCPC ngày 5/7/2023",
         [("314/PCTNNXH-HTNNTT", "Công văn", "thực hiện", None), ("4241/UBND-NCPC", "Công văn", "thực hiện", None)]),
        # vbpl TTLT 29/2025: a name between kind and number; amending laws stay part of the basis
        ("Căn cứ Bộ luật Tố tụng hình sự số 101/2015/QH13 được sửa đổi, bổ sung bởi Luật số 02/2021/QH15",
         [("101/2015/QH13", "Bộ luật", "căn cứ", None), ("02/2021/QH15", "Luật", "căn cứ", None)]),
        ("Căn cứ Luật Phòng chống, chống mua bán người số 53/2024/QH15;",
         [("53/2024/QH15", "Luật", "căn cứ", None)]),
        ("Sửa đổi, bổ sung một số điều của Thông tư liên tịch số 10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC",
         [("10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", "Thông tư liên tịch", "sửa đổi", None)]),
        # pin cites
        ("theo quy định tại điểm a khoản 2 Điều 5 Nghị định số 62/2012/NĐ-CP",
         [("62/2012/NĐ-CP", "Nghị định", "dẫn chiếu", "điểm a khoản 2 Điều 5")]),
        ("(Điều 150 Bộ luật số 100/2015/QH13 Bộ luật Hình sự ngày 27/11/2015 của Quốc hội",
         [("100/2015/QH13", "Bộ luật", "dẫn chiếu", "Điều 150")]),
        ("Quyết định này thay thế Quyết định số 04/2019/QĐ-TTg",
         [("04/2019/QĐ-TTg", "Quyết định", "thay thế", None)]),
        ("bãi bỏ Thông tư số 11/2014/TT-BTP", [("11/2014/TT-BTP", "Thông tư", "bãi bỏ", None)]),
        ("Nghị định này quy định chi tiết Luật số 11/2017/QH14", [("11/2017/QH14", "Luật", "hướng dẫn", None)]),
        # vbpl 02/2026/TT-BNV, Điều 1: the list's lead-in line gives its items their relation
        ("Bãi bỏ toàn bộ 12 văn bản quy phạm pháp luật do Bộ trưởng Bộ Nội vụ ban hành, liên tịch ban hành sau "
         "đây:\n1. Quyết định số 202/TCCP-VC ngày 08 tháng 6 năm 1994 của Bộ trưởng, Trưởng ban Tổ chức - Cán bộ "
         "Chính phủ về việc ban hành tiêu chuẩn nghiệp vụ các ngạch công chức ngành giáo dục và đào tạo.\n"
         "2. Quyết định số 61/2005/QĐ-BNV ngày 15 tháng 6 năm 2005 của Bộ trưởng Bộ Nội vụ về việc ban hành tạm "
         "thời chức danh và mã số ngạch của một số ngạch viên chức ngành giáo dục và đào tạo, văn hóa - thông tin.",
         [("202/TCCP-VC", "Quyết định", "bãi bỏ", None), ("61/2005/QĐ-BNV", "Quyết định", "bãi bỏ", None)]),
        # vbpl TTLT 29/2025: replacing or repealing parts of a text amends it; a report on it only refers to it
        ("Điều 2. Bổ sung, thay thế một số cụm từ, mẫu và bãi bỏ một số từ, cụm từ, điểm, khoản, điều, mẫu của "
         "Thông tư liên tịch số 10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC",
         [("10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", "Thông tư liên tịch", "sửa đổi", None)]),
        ("10. Thay thế các Mẫu số 01, 02, 03, 04, 05, 06A, 06B, 06C ban hành kèm theo Thông tư liên tịch số "
         "10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC",
         [("10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", "Thông tư liên tịch", "sửa đổi", None)]),
        ("1 Sở Tư pháp thực hiện báo cáo lần 1 gồm báo cáo nội dung kết quả triển khai Thông tư liên tịch số "
         "10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC và số liệu",
         [("10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", "Thông tư liên tịch", "dẫn chiếu", None)]),
        # not citations
        ("Ban Chỉ đạo 138/CP của Chính phủ; ngày 29/12/2020; giai đoạn 2021-2025", []),
    ],
)
def test_find_citations(text, expected):
    got = [(c.number, c.doc_type, c.relation, c.pin) for c in find_citations(clean_text(text))]
    assert got == expected


@pytest.mark.parametrize(
    "text, issuer",
    [
        # seed 004 (Tây Ninh plan), seed 001 (Thừa Thiên Huế), tvpl 715/QĐ-UBND (Bình Định)
        ("Quyết định số 2546/QĐ-TTg ngày 31 tháng 12 năm 2015 của Thủ tướng Chính phủ phê duyệt Chương trình",
         "Thủ tướng Chính phủ"),
        ("Thực hiện Công văn số 2670/VPCP-QHQT của Văn phòng Chính phủ, ngày 20 tháng 9 năm 2019 về việc",
         "Văn phòng Chính phủ"),
        ("Thực hiện Quyết định số 3320/QĐ-UBND ngày 29/12/2020 của UBND tỉnh ban hành Chương trình công tác",
         "UBND tỉnh"),
        ("Kế hoạch số 128/KH-UBND về tiếp nhận và hỗ trợ nạn nhân bị mua bán trở về", None),
    ],
)
def test_issuer_written_after_the_number(text, issuer):
    [cite] = find_citations(text)
    assert cite.issuer == issuer


def test_own_number_is_not_a_citation_and_dates_are_read():
    text = "Kế hoạch số 113/KH-UBND. Thực hiện Quyết định số 2546/QĐ-TTg ngày 31 tháng 12 năm 2015"
    [cite] = find_citations(text, own_number="113/KH-UBND")
    assert cite.issued == date(2015, 12, 31)
    assert text[cite.start:cite.end] == cite.raw == "Quyết định số 2546/QĐ-TTg"
