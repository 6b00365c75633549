"""Duties assigned to agencies, from real plans."""

from pathlib import Path

import pytest

from kb.ingest import parse_file
from kb.ingest.agencies import agency_key, canonical_agency
from kb.ingest.duties import find_duties
from kb.ingest.structure import find_sections

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TAY_NINH = CORPUS / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"


def _partners(duties):
    """Duties found as partners of another agency's task (same span)."""
    first = {}
    for d in duties:
        first.setdefault((d.start, d.end), d)
    return [d for d in duties if first[(d.start, d.end)] is not d]


def test_tay_ninh_plan_yields_its_five_agencies_with_their_tasks():
    parsed = parse_file(TAY_NINH)
    duties = parsed.duties
    by_agency = {}
    for d in duties:
        if d not in _partners(duties):  # tested below
            by_agency.setdefault(d.agency, []).append(d)
    assert set(by_agency) == {
        "Công an tỉnh",
        "Sở Ngoại vụ",
        "Sở Thông tin và Truyền thông",
        "Sở Giáo dục và Đào tạo",
        "Sở Lao động - Thương binh và Xã hội",
    }
    police = by_agency["Công an tỉnh"]
    assert police[0].role == "chủ trì" and police[0].section == "II.1"
    assert "2546/QĐ-TTg" in police[0].task
    # "Giao Công an tỉnh theo dõi, kiểm tra, đôn đốc việc thực hiện" in the closing paragraph
    assert any(d.role == "theo dõi" and d.task.startswith("Giao Công an tỉnh") for d in police)
    assert by_agency["Sở Ngoại vụ"][0].task.startswith("chủ động nắm tình hình")
    assert [d.role for d in by_agency["Sở Giáo dục và Đào tạo"]] == ["phối hợp", "chủ trì"]
    assert by_agency["Sở Giáo dục và Đào tạo"][1].deadline == "Định kỳ"
    for d in duties:
        assert parsed.text[d.start:d.end].strip().lstrip("- ").startswith(d.task[:20])


# A hang guard, not a speed check: an earlier partner-list pattern backtracked
# exponentially on long tokens ("171/2013/KDTM-PT ngày 10/10/2013 …" in the
# An lệ; minutes on TTLT 29/2025), so ingest of the shipped corpus never ended.
@pytest.mark.timeout(60)
@pytest.mark.parametrize("path", sorted(p for p in CORPUS.rglob("*") if p.is_file()), ids=lambda p: p.name)
def test_duty_extraction_finishes_on_every_shipped_document(path):
    parsed = parse_file(path)
    for d in find_duties(parsed.text, parsed.sections):
        assert d.task and parsed.text[d.start:d.end].strip()


@pytest.mark.parametrize(
    "text, agency, role",
    [
        ("Giao Cục Phòng, chống tệ nạn xã hội là cơ quan thường trực, giúp Bộ trưởng theo dõi",
         "Cục Phòng, chống tệ nạn xã hội", "thường trực"),
        ("Giao Công an tỉnh theo dõi, kiểm tra, đôn đốc việc thực hiện./.", "Công an tỉnh", "theo dõi"),
        ("Giao Sở LĐTBXH chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện",
         "Sở Lao động - Thương binh và Xã hội", "chủ trì"),
    ],
)
def test_sentence_assignments(text, agency, role):
    [duty] = find_duties(text, find_sections(text))
    assert (duty.agency, duty.role) == (agency, role)


def test_tay_ninh_partners_named_inside_tasks():
    duties = parse_file(TAY_NINH).duties
    partners = {(d.agency, d.section) for d in _partners(duties)}
    assert all(d.role == "phối hợp" for d in _partners(duties))
    # "5. Sở LĐTBXH … Phối hợp với Công an tỉnh, Sở Ngoại vụ tham mưu xử lý …"
    # "1. Công an tỉnh - Chủ trì, phối hợp với các sở, ban, ngành, … và UBND các huyện, thành phố"
    assert partners == {
        ("Công an tỉnh", "II.5"),
        ("Sở Ngoại vụ", "II.5"),
        ("Ủy ban nhân dân các huyện, thành phố", "II.1"),
    }


# Real snippets: Pháp điển 1.10 (Điều 45 Luật số 49/2019/QH14), vbpl doc_000272
# (Quyết định 42/2025/QĐ-TTg), tvpl 715/QĐ-UBND (Bình Định), tvpl 784/QĐ-BVHTTDL.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Điều 45. Trách nhiệm của Bộ Công an\n"
            "1. Chủ trì, phối hợp với Bộ Quốc phòng, Bộ Ngoại giao, các Bộ, ngành liên quan soạn thảo, ban hành "
            "hoặc trình cơ quan có thẩm quyền ban hành văn bản quy phạm pháp luật về xuất cảnh, nhập cảnh của công "
            "dân Việt Nam.\n"
            "2. Chủ trì, phối hợp với Bộ Ngoại giao quy định về quy trình thu thập vân tay của người đề nghị cấp hộ "
            "chiếu ngoại giao, hộ chiếu công vụ và hộ chiếu phổ thông có gắn chíp điện tử.\n"
            "3. Ban hành các mẫu giấy tờ xuất nhập cảnh và các giấy tờ khác có liên quan theo quy định của Luật này "
            "sau khi trao đổi với các Bộ, ngành liên quan.",
            [("Bộ Công an", "chủ trì", "khoản 1 Điều 45"), ("Bộ Quốc phòng", "phối hợp", "khoản 1 Điều 45"),
             ("Bộ Ngoại giao", "phối hợp", "khoản 1 Điều 45"), ("Bộ Công an", "chủ trì", "khoản 2 Điều 45"),
             ("Bộ Ngoại giao", "phối hợp", "khoản 2 Điều 45"), ("Bộ Công an", "chủ trì", "khoản 3 Điều 45")],
        ),
        (
            "a) Hướng dẫn thực hiện:\n"
            "Bộ Nội vụ chủ trì, phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung tiêu chí 1.1.1;\n"
            "Bộ Công an chủ trì, phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung các tiêu chí "
            "1.1.2 và 2.4.1;",
            [("Bộ Nội vụ", "chủ trì", None), ("Bộ Công an", "chủ trì", None)],
        ),
        (
            "Giao Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp Sở Công Thương và các cơ quan liên quan căn cứ "
            "Quyết định này thiết lập quy trình điện tử giải quyết các thủ tục hành chính",
            [("Văn phòng Ủy ban nhân dân tỉnh", "chủ trì", None), ("Sở Công Thương", "phối hợp", None)],
        ),
        (  # Pháp điển 8.2, Điều 8.2.NĐ.2.6 (a list of agencies leads the clause)
            "5. Bộ Giáo dục và Đào tạo, Bộ Lao động – Thương binh và Xã hội, Bộ Nội vụ và các Bộ, ngành khác có liên "
            "quan rà soát, sửa đổi, bổ sung các quy định về tuổi nghỉ hưu.",
            [("Bộ Giáo dục và Đào tạo", "chủ trì", None), ("Bộ Lao động - Thương binh và Xã hội", "chủ trì", None),
             ("Bộ Nội vụ", "chủ trì", None)],
        ),
        (  # Luật 103/2025/QH15, khoản 2 Điều 25 (the head of an agency stands for it)
            "2. Viện trưởng Viện kiểm sát nhân dân tối cao chủ trì, phối hợp với Chánh án Tòa án nhân dân tối cao, "
            "Bộ trưởng Bộ Công an quy định chi tiết khoản này.",
            [("Viện kiểm sát nhân dân tối cao", "chủ trì", None), ("Tòa án nhân dân tối cao", "phối hợp", None),
             ("Bộ Công an", "phối hợp", None)],
        ),
        (  # Luật 103/2025/QH15, khoản 3 Điều 15
            "3. Chính phủ quy định chi tiết Điều này.", [("Chính phủ", "chủ trì", None)],
        ),
        (  # Pháp điển 8.2, Điều 8.2.NĐ.1.11 (a field typed in lower case)
            "1. Bộ lao động - Thương binh và Xã hội chủ trì, phối hợp với Bộ Tư pháp hướng dẫn, tổ chức tuyên truyền, "
            "giáo dục Luật Bình đẳng giới và các văn bản pháp luật về bình đẳng giới;",
            [("Bộ Lao động - Thương binh và Xã hội", "chủ trì", None), ("Bộ Tư pháp", "phối hợp", None)],
        ),
        (  # Pháp điển 8.2, Điều 8.2.LQ.36 (a group and a scope between the agency and its verb)
            "2. Hội đồng nhân dân, đại biểu Hội đồng nhân dân trong phạm vi nhiệm vụ, quyền hạn của mình có trách "
            "nhiệm giám sát việc thực hiện pháp luật về bình đẳng giới tại địa phương.",
            [("Hội đồng nhân dân", "chủ trì", None)],
        ),
        (  # Luật An ninh mạng 24/2018/QH14, khoản 3 Điều 7 (an obligation to coordinate)
            "Bộ Ngoại giao có trách nhiệm phối hợp với Bộ Công an, Bộ Quốc phòng trong hoạt động hợp tác quốc tế về "
            "an ninh mạng.",
            [("Bộ Ngoại giao", "phối hợp", None), ("Bộ Công an", "phối hợp", None),
             ("Bộ Quốc phòng", "phối hợp", None)],
        ),
        (  # Quyết định 42/2025/QĐ-TTg, khoản 3 Điều 2 (ministries named by their fields)
            "3. Các Bộ: Nội vụ, Công an, Quốc phòng, Giáo dục và Đào tạo, Công Thương, Y tế, Nông nghiệp và Môi "
            "trường căn cứ chức năng nhiệm vụ được giao chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch ban "
            "hành hướng dẫn thực hiện đối với các tiêu chí, chỉ tiêu do Bộ quản lý.",
            [("Bộ Nội vụ", "chủ trì", None), ("Bộ Công an", "chủ trì", None), ("Bộ Quốc phòng", "chủ trì", None),
             ("Bộ Giáo dục và Đào tạo", "chủ trì", None), ("Bộ Công Thương", "chủ trì", None),
             ("Bộ Y tế", "chủ trì", None), ("Bộ Nông nghiệp và Môi trường", "chủ trì", None),
             ("Bộ Văn hóa, Thể thao và Du lịch", "phối hợp", None)],
        ),
        (  # Nghị định 313/2025/NĐ-CP, điểm a khoản 1 Điều 10 (the agencies a file is sent to take part)
            "a) Đối với các khoản viện trợ mà bên tiếp nhận thuộc trường hợp được Thủ tướng Chính phủ quyết định theo "
            "quy định tại điểm đ khoản 3 Điều 2 Nghị định này, cơ quan chủ quản gửi bộ hồ sơ theo quy định tại Điều "
            "8 của Nghị định này đến Bộ Công an, Bộ Tài chính, Bộ Ngoại giao, Bộ Tư pháp, cơ quan quản lý nhà nước "
            "chuyên ngành liên quan để xin ý kiến.",
            [("Bộ Công an", "phối hợp", None), ("Bộ Tài chính", "phối hợp", None),
             ("Bộ Ngoại giao", "phối hợp", None), ("Bộ Tư pháp", "phối hợp", None)],
        ),
        (  # TTLT 29/2025 (khoản 6 Điều 1, new Điều 22): agencies "có trách nhiệm:" and numbered items
            "Bộ Tư pháp, Bộ Công an, Bộ Quốc phòng, Bộ Tài chính, Tòa án nhân dân tối cao và Viện Kiểm sát nhân dân "
            "tối cao; Sở Tư pháp, Sở Tài chính; Bộ Tư lệnh cấp quân khu và tương đương, Bộ Tư lệnh Thủ đô Hà Nội có "
            "trách nhiệm:\n1. Quán triệt, chỉ đạo, theo dõi, kiểm tra các đơn vị có liên quan do mình quản lý thực "
            "hiện đầy đủ các nội dung quy định tại Thông tư liên tịch này.\n2. Thực hiện nhiệm vụ theo quy định tại "
            "Thông tư liên tịch này.”.\n7. Sửa đổi khoản 4 Điều 23 như sau:",
            [(a, role, None) for role in ("theo dõi", "chủ trì") for a in (
                "Bộ Tư pháp", "Bộ Công an", "Bộ Quốc phòng", "Bộ Tài chính", "Tòa án nhân dân tối cao",
                "Viện kiểm sát nhân dân tối cao", "Sở Tư pháp", "Sở Tài chính", "Bộ Tư lệnh cấp quân khu",
                "Bộ Tư lệnh Thủ đô Hà Nội")],
        ),
        (  # TTLT 29/2025 (khoản 7 Điều 1): the unit named in brackets after its ministry
            "Bộ Tư pháp (Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý) lập dự toán kinh phí thực hiện các "
            "nhiệm vụ phối hợp trợ giúp pháp lý theo quy định của pháp luật về trợ giúp pháp lý ở Trung ương",
            [("Bộ Tư pháp", "chủ trì", None), ("Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý", "chủ trì", None)],
        ),
        (  # Quyết định 07/2026/QĐ-TTg, khoản 2 Điều 3 ("do <agency> <verb>")
            "2. Quỹ phòng, chống tội phạm trung ương do Bộ trưởng Bộ Công an quản lý, điều hành.",
            [("Bộ Công an", "chủ trì", None)],
        ),
        (  # Thông tư 03/2026/TT-BQP, khoản 1 Điều 9 (a khoản headed by its agency)
            "Điều 9. Tổ chức thực hiện\n1. Tổng cục Chính trị\na) Chủ trì, phối hợp với Bộ Tổng Tham mưu, các Tổng "
            "cục và các cơ quan chức năng Bộ Quốc phòng triển khai, tổ chức thực hiện Thông tư này.\nb) Chỉ đạo công "
            "tác tuyên truyền, phổ biến, quán triệt cho cán bộ, nhân viên, chiến sĩ về nội dung Thông tư này.",
            [("Tổng cục Chính trị", "chủ trì", "điểm a khoản 1 Điều 9"),
             ("Bộ Tổng Tham mưu", "phối hợp", "điểm a khoản 1 Điều 9"),
             ("Tổng cục Chính trị", "chủ trì", "điểm b khoản 1 Điều 9")],
        ),
        (  # TTLT 29/2025 (new Điều 11a): the level the last body names holds for the bare ones before it
            "Hàng năm, Sở Tài chính, Công an, Tòa án nhân dân, Viện kiểm sát nhân dân cấp tỉnh gửi báo cáo kết quả "
            "triển khai Thông tư liên tịch này cho Sở Tư pháp (tại địa phương nơi có trụ sở).",
            [("Sở Tài chính", "chủ trì", None), ("Công an cấp tỉnh", "chủ trì", None),
             ("Tòa án nhân dân cấp tỉnh", "chủ trì", None), ("Viện kiểm sát nhân dân cấp tỉnh", "chủ trì", None)],
        ),
        (  # Nghị định 313/2025/NĐ-CP: the recipients of a decree are given no task
            "Nơi nhận:\n- Ban Bí thư Trung ương Đảng;\n- Thủ tướng, các Phó Thủ tướng Chính phủ;\n"
            "- HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;\n- Hội đồng Dân tộc và các Ủy ban của Quốc hội;\n"
            "- Văn phòng Quốc hội;\n- Tòa án nhân dân tối cao;\n- Viện kiểm sát nhân dân tối cao;\n"
            "- Kiểm toán nhà nước;\n- Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;\n- Lưu: VT, QHQT (2b).",
            [],
        ),
        (
            "I. MỤC ĐÍCH, YÊU CẦU\n- Tạo sự chuyển biến tích cực trong công tác quản lý và tổ chức lễ hội.\n"
            "II. NHIỆM VỤ\n1. Tuyên truyền trên Kênh truyền hình\n"
            "- Thời lượng (dự kiến): 8-10 phút.\n- Đơn vị chủ trì: Cục Văn hóa cơ sở.\n"
            "- Đơn vị phối hợp: Trung tâm Điện ảnh, Thể thao và Du lịch Việt Nam.\n"
            "- Thời gian thực hiện: Quý II, III/2020.\n",
            [("Cục Văn hóa cơ sở", "chủ trì", "II.1"),
             ("Trung tâm Điện ảnh, Thể thao và Du lịch Việt Nam", "phối hợp", "II.1")],
        ),
    ],
)
def test_duties_in_articles_clauses_and_partner_lists(text, expected):
    duties = find_duties(text, find_sections(text))
    found = [(d.agency, d.role, d.section) for d in duties]
    if "Thời gian thực hiện" in text:
        assert {(d.task, d.deadline) for d in duties} == {("Tuyên truyền trên Kênh truyền hình", "Quý II, III/2020")}
    if all(section is None for _, _, section in expected):
        found = [(agency, role, None) for agency, role, _ in found]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Giao cho các địa phương tổ chức thực hiện. Tăng cường công tác phối hợp liên ngành.",
        # vbpl doc_000272: a numbered criterion, not an agency heading
        "6.4. Đạt\n6.5. Ban hành, triển khai đề án, chương trình bảo vệ và phát huy giá trị di sản văn hóa phi vật "
        "thể được UNESCO ghi danh\nĐạt",
        "1. Báo cáo kết quả thực hiện\n- Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện.",
        "2. Phòng, chống mua bán người\n- Tăng cường tuyên truyền, phối hợp với các cơ quan liên quan.",
        "3. Trường hợp nạn nhân là trẻ em\n- Phối hợp với gia đình và nhà trường.",
        # the enacting formula of a law (24/2018/QH14) assigns nothing
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật An ninh mạng.",
    ],
)
def test_ordinary_words_are_not_agencies(text):
    assert find_duties(text, find_sections(text)) == []


@pytest.mark.parametrize(
    "spelling",
    ["Sở Lao động - Thương binh và Xã hội", "Sở LĐTBXH", "Sở Lao động, Thương binh và xã hội",
     "Sở Lao động - TB và XH", "so lao dong thuong binh va xa hoi"],
)
def test_agency_spellings_share_a_key(spelling):
    assert agency_key(spelling) == agency_key("Sở Lao động - Thương binh và Xã hội")


def test_canonical_agency_expands_ubnd():
    assert canonical_agency("UBND các huyện, thành phố") == "Ủy ban nhân dân các huyện, thành phố"


def test_kb_duties_cli_finds_an_agency_in_any_spelling(tmp_path):
    import json

    from click.testing import CliRunner

    from kb.cli import main

    runner = CliRunner()
    home = str(tmp_path / "kb")
    assert runner.invoke(main, ["--home", home, "ingest", str(TAY_NINH)]).exit_code == 0
    for spelling in ("Sở Lao động - Thương binh và Xã hội", "Sở LĐTBXH", "so lao dong - tb va xh"):
        out = runner.invoke(main, ["--home", home, "duties", "--agency", spelling, "--json"]).stdout
        rows = json.loads(out)["duties"]
        # II.5: two tasks it leads, and "Phối hợp với Công an tỉnh, Sở Ngoại vụ tham mưu …"
        assert [r["role"] for r in rows] == ["chủ trì", "phối hợp", "chủ trì"]
        assert {r["number"] for r in rows} == {"113/KH-UBND"} and {r["section"] for r in rows} == {"II.5"}
        assert set(rows[0]) >= {"agency", "role", "task", "deadline", "doc_id", "number", "section"}
    shown = json.loads(runner.invoke(main, ["--home", home, "show", "113/KH-UBND", "--json"]).stdout)
    # ten assigned by headings and sentences, three partners named inside tasks
    assert len(shown["duties"]) == 13
