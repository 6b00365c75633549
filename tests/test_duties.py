"""Duties assigned to agencies, from real plans."""

from pathlib import Path

import pytest

from kb.ingest import parse_file
from kb.ingest.duties import agency_key, canonical_agency, find_duties
from kb.ingest.structure import find_sections

TAY_NINH = Path(__file__).resolve().parents[1] / "corpus" / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"


def test_tay_ninh_plan_yields_its_five_agencies_with_their_tasks():
    parsed = parse_file(TAY_NINH)
    duties = parsed.duties
    by_agency = {}
    for d in duties:
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


def test_ordinary_words_are_not_agencies():
    text = "Giao cho các địa phương tổ chức thực hiện. Tăng cường công tác phối hợp liên ngành."
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
        assert len(rows) == 2
        assert {r["number"] for r in rows} == {"113/KH-UBND"} and {r["section"] for r in rows} == {"II.5"}
        assert set(rows[0]) >= {"agency", "role", "task", "deadline", "doc_id", "number", "section"}
    shown = json.loads(runner.invoke(main, ["--home", home, "show", "113/KH-UBND", "--json"]).stdout)
    assert len(shown["duties"]) == 9
