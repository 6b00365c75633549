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


def _doc(id_, issued, kind="document"):
    return Document(id=id_, issued=issued, source_kind=kind)


def test_same_number_in_two_places_is_ambiguous_unless_the_date_decides():
    a, b = _doc("a", date(2020, 1, 20)), _doc("b", date(2021, 3, 2))
    assert _choose_target(Citation(issued=None), [a, b]) is None
    assert _choose_target(Citation(issued=date(2021, 3, 2)), [a, b]) is b
    # a news report of a document does not make the document ambiguous
    report = _doc("r", date(2020, 1, 20), kind="report")
    assert _choose_target(Citation(issued=None), [a, report]) is a
