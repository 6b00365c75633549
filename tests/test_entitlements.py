"""The victim-entitlement catalogue from real provisions (Pháp điển 4.5, legal aid)."""

import json
from pathlib import Path

from click.testing import CliRunner

from kb.cli import main
from kb.ingest import parse_file
from kb.ingest.entitlements import find_entitlements
from kb.ingest.structure import find_sections

LEGAL_AID = Path(__file__).resolve().parents[1] / "corpus" / "phap-dien" / "de-muc-4.5-tro-giup-phap-ly.html"


def test_legal_aid_law_names_trafficking_victims():
    parsed = parse_file(LEGAL_AID)
    found = {e.provision: e for e in parsed.entitlements}
    # Luật Trợ giúp pháp lý 2017, Điều 7 g): "Nạn nhân của hành vi mua bán người"
    art7 = found["Điều 7 Luật số 11/2017/QH14"]
    assert "trợ giúp pháp lý" in art7.kinds and "nạn nhân bị mua bán" in art7.beneficiaries
    assert "mua bán người" in parsed.text[art7.start:art7.end]


def test_a_provision_without_victims_is_not_an_entitlement():
    text = "Điều 3. Học nghề\n1. Người lao động được hỗ trợ học nghề, vay vốn."
    assert find_entitlements(text, find_sections(text)) == []


def test_plans_are_not_provisions():
    text = "II. NHIỆM VỤ\n1. Hỗ trợ nạn nhân bị mua bán trở về học nghề, vay vốn."
    assert find_entitlements(text, find_sections(text)) == []


def test_kb_entitlements_cli_filters_by_kind(tmp_path):
    runner = CliRunner()
    home = str(tmp_path / "kb")
    assert runner.invoke(main, ["--home", home, "ingest", str(LEGAL_AID)]).exit_code == 0
    every = json.loads(runner.invoke(main, ["--home", home, "entitlements", "--json"]).stdout)["entitlements"]
    legal = json.loads(
        runner.invoke(main, ["--home", home, "entitlements", "--kind", "tro giup phap ly", "--json"]).stdout
    )["entitlements"]
    loans = json.loads(runner.invoke(main, ["--home", home, "entitlements", "--kind", "vay vốn", "--json"]).stdout)
    assert legal and all("trợ giúp pháp lý" in row["kinds"] for row in legal)
    assert len(loans["entitlements"]) < len(every)
    assert {"provision", "kinds", "beneficiaries", "status", "doc_id", "text"} <= set(legal[0])
