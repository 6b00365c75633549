"""Citations resolve to documents in the knowledge base, in either ingest order."""

from datetime import date
from pathlib import Path

import pytest

from kb.config import load_settings
from kb.core import KnowledgeBase
from kb.store import Citation, Document
from kb.store import _choose_target  # noqa: PLC2701 - the decision rule itself

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Pháp điển topic 4.5 cites Luật Trẻ em 102/2016/QH13; vbpl ships that law's page.
CITING = CORPUS / "phap-dien" / "de-muc-4.5-tro-giup-phap-ly.html"
CITED = CORPUS / "vbpl" / "luat-tre-em-102-2016-qh13.html"



@pytest.mark.parametrize("order", [(CITING, CITED), (CITED, CITING)], ids=["citing-first", "cited-first"])
def test_citation_resolves_in_either_order(tmp_path, order):
    kb = KnowledgeBase(load_settings(tmp_path))
    first = kb.ingest([order[0]])
    if order[0] == CITING:
        citing_id = first.documents[0]["id"]
        before = [c for c in kb.show(citing_id)["citations"] if c["number"] == "102/2016/QH13"]
        assert before and all(c["status"] == "unresolved" and c["target_id"] is None for c in before)
    second = kb.ingest([order[1]])
    ids = {Path(d["path"]).name: d["id"] for d in first.documents + second.documents}
    citing, cited = kb.show(ids[CITING.name]), kb.show(ids[CITED.name])
    links = [c for c in citing["citations"] if c["number"] == "102/2016/QH13"]
    assert links and all(c["status"] == "resolved" and c["target_id"] == cited["id"] for c in links)
    assert any(c["doc_id"] == citing["id"] for c in cited["cited_by"])
    kb.close()


def test_kb_show_by_number_lists_citations_of_the_tay_ninh_plan(tmp_path):
    kb = KnowledgeBase(load_settings(tmp_path))
    kb.ingest([CORPUS / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"])
    cites = kb.show("113/KH-UBND")["citations"]
    assert [(c["number"], c["relation"], c["status"]) for c in cites] == [
        ("2670/VPCP-QHQT", "thực hiện", "unresolved"),
        ("2546/QĐ-TTg", "thực hiện", "unresolved"),
        ("258/QĐ-TTg", "dẫn chiếu", "unresolved"),
    ]
    kb.close()


def _doc(id_, issued, kind="document", province=None, issuer=None):
    return Document(id=id_, issued=issued, source_kind=kind, province=province, issuer=issuer)


def test_same_number_in_two_places_is_ambiguous_unless_the_date_decides():
    a, b = _doc("a", date(2020, 1, 20)), _doc("b", date(2021, 3, 2))
    assert _choose_target(Citation(issued=None), [a, b]) is None
    assert _choose_target(Citation(issued=date(2021, 3, 2)), [a, b]) is b
    # a news report of a document does not make the document ambiguous
    report = _doc("r", date(2020, 1, 20), kind="report")
    assert _choose_target(Citation(issued=None), [a, report]) is a


def test_the_issuer_named_or_the_citing_province_decides():
    tay_ninh = _doc("tn", None, province="Tây Ninh", issuer="Ủy ban nhân dân tỉnh Tây Ninh")
    hue = _doc("hue", None, province="Thừa Thiên Huế", issuer="Ủy ban nhân dân tỉnh Thừa Thiên Huế")
    # "… của UBND tỉnh Thừa Thiên Huế", any spelling of the issuer
    for issuer in ("UBND tỉnh Thừa Thiên Huế", "Ủy ban nhân dân tỉnh Thừa Thiên Huế"):
        assert _choose_target(Citation(issued=None, issuer=issuer), [tay_ninh, hue]) is hue
    # no issuer written: a provincial document cites its own province's
    citing = Document(id="plan", province="Tây Ninh")
    assert _choose_target(Citation(issued=None, document=citing), [tay_ninh, hue]) is tay_ninh
    # "của UBND tỉnh" names no province: the citing one's
    assert _choose_target(Citation(issued=None, issuer="UBND tỉnh", document=citing), [tay_ninh, hue]) is tay_ninh
    # an issuer that fits neither leaves it ambiguous
    assert _choose_target(Citation(issued=None, issuer="UBND tỉnh Nghệ An"), [tay_ninh, hue]) is None
    assert _choose_target(Citation(issued=None, issuer="UBND tỉnh Nghệ An", document=citing), [tay_ninh, hue]) is None


def test_a_store_made_before_citation_issuers_is_upgraded_on_open(tmp_path):
    import sqlite3

    kb = KnowledgeBase(load_settings(tmp_path))
    kb.ingest([CITING])
    kb.close()
    db = tmp_path / "kb.sqlite3"
    with sqlite3.connect(db) as conn:  # the column as an older version left it: absent
        conn.execute("ALTER TABLE citations DROP COLUMN issuer")
    kb = KnowledgeBase(load_settings(tmp_path))
    try:
        report = kb.ingest([CITED])  # writes and resolves citations again
        assert not report.failed
        assert [c["title"] for c in kb.show(report.documents[0]["id"])["cited_by"]] == ["Đề mục 4.5 Trợ giúp pháp lý"]
    finally:
        kb.close()
