"""Natural queries on the shipped corpus put the right document in the top 3.

Queries are typed the way users type them: with and without diacritics, the
other tone placement, and document numbers in several spellings.
"""

from pathlib import Path

import pytest

from conftest import new_postgres_database
from kb.config import load_settings
from kb.core import KnowledgeBase

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module", params=["fts5", "postgres"])
def kb(request, tmp_path_factory):
    """The shipped corpus on the default SQLite store + FTS5, and on
    PostgreSQL with the postgres engine (store and index in the database)."""
    home = tmp_path_factory.mktemp("seed-queries")
    url = new_postgres_database(request.getfixturevalue("postgres_url")) if request.param == "postgres" else None
    kb = KnowledgeBase(load_settings(home, url, request.param))
    report = kb.ingest([CORPUS])
    assert not report.failed
    yield kb
    kb.close()


@pytest.mark.parametrize(
    "query, number",
    [
        ("phòng chống trẻ em bị bóc lột và lạm dụng ở châu Âu", "113/KH-UBND"),
        ("phong chong tre em bi boc lot va lam dung o chau au", "113/KH-UBND"),
        ("Kế hoạch 113", "113/KH-UBND"),
        ("ke hoach 113/kh-ubnd", "113/KH-UBND"),
        # a decision the plan implements, cited by number but not itself in the corpus
        ("Quyết định 2546", "113/KH-UBND"),
        ("quyet dinh 2546/QD-TTg", "113/KH-UBND"),
        ("525⁄QĐ- LĐTBXH", "525/QĐ-LĐTBXH"),
        ("525/QD-LDTBXH", "525/QĐ-LĐTBXH"),
        ("kế hoạch hỗ trợ nạn nhân bị mua bán giai đoạn 2021-2025", "525/QĐ-LĐTBXH"),
        ("ho tro nan nhan bi mua ban giai doan 2021 2025", "525/QĐ-LĐTBXH"),
        ("Ngày toàn dân phòng, chống mua bán người 30/7", "1562/KH-LĐTBXH"),
        ("ngay toan dan phong chong mua ban nguoi", "1562/KH-LĐTBXH"),
        ("Bản ghi nhớ hợp tác phòng chống mua bán người Vương quốc Anh", "1747/KH-SLĐTBXH"),
        ("tiếp nhận và hỗ trợ nạn nhân bị mua bán trở về Thừa Thiên Huế", "128/KH-UBND"),
        ("tiep nhan ho tro nan nhan tro ve thua thien hue", "128/KH-UBND"),
        ("tái hoà nhập cộng đồng cho nạn nhân", None),  # old tone placement must still find passages
        ("quỹ phòng, chống tội phạm", "07/2026/QĐ-TTg"),
        ("quy phong chong toi pham", "07/2026/QĐ-TTg"),
        ("trợ giúp pháp lý trong hoạt động tố tụng", "29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC"),
        ("29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", "29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC"),
    ],
)
def test_right_document_in_top_3(kb, query, number):
    hits = kb.search(query, limit=3).hits
    assert hits, query
    if number is not None:
        assert number in [h.number for h in hits], [(h.number, h.section) for h in hits]


def test_number_query_puts_the_document_first(kb):
    for query in ("525/QD-LDTBXH", "525⁄QĐ- LĐTBXH", "Quyết định 525", "07/2026/qd-ttg"):
        assert kb.search(query, limit=1).hits[0].number in ("525/QĐ-LĐTBXH", "07/2026/QĐ-TTg")


def test_passage_hit_names_the_article(kb):
    hit = kb.search("tội mua bán người dưới 16 tuổi", limit=3).hits[0]
    assert hit.section == "Điều 151 Bộ luật số 100/2015/QH13"
    assert "<mark>" in hit.snippet
