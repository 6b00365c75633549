"""Tests of kb.search on real text from ../shared/data (seeds, ALQAC laws).

The index uses a whitespace segmenter (no underthesea) so the tests run fast;
one test checks the underthesea compounds on a few lines.
"""

from __future__ import annotations

import json
import struct
import threading
from datetime import date
from pathlib import Path

import pytest

from conftest import new_postgres_database
from kb.errors import SearchQueryError
from kb.ingest.normalize import clean_text
from kb.search import (
    ENGINES,
    IndexDoc,
    IndexSection,
    delete_documents,
    index_documents,
    index_writer,
    more_like_this,
    search,
)
from kb.search import open_index as _open_index
from kb.search.analysis import compounds, tokenize, underthesea_segmenter, whitespace_segmenter
from kb.search.analysis import fold as analysis_fold

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SEEDS = DATA / "seeds"
LAWS = DATA / "eval" / "alqac2024" / "law.json"

assert SEEDS.is_dir(), f"{SEEDS} missing: ../shared must be beside the project"


def _seed(name_prefix: str) -> str:
    path = next(SEEDS.glob(name_prefix + "_*.txt"))
    return clean_text(path.read_text(encoding="utf-8"))


def _paragraph_sections(text: str) -> list[IndexSection]:
    parts = [p for p in text.split("\n") if p.strip()]
    return [IndexSection(section_id=f"p{i}", label=f"{i + 1}", heading="", text=p) for i, p in enumerate(parts)]


def _law_doc(law_id: str, doc_id: str, first: int = 0, count: int = 30) -> IndexDoc:
    laws = {law["id"]: law for law in json.loads(LAWS.read_text(encoding="utf-8"))}
    sections = []
    for article in laws[law_id]["articles"][first:first + count]:
        heading, _, body = clean_text(article["text"]).partition("\n")
        sections.append(
            IndexSection(section_id=f"dieu-{article['id']}", label=f"Điều {article['id']}", heading=heading,
                         text=body.strip())
        )
    return IndexDoc(doc_id=doc_id, doc_type="Luật", title=law_id, issuer="Quốc hội", sections=sections)


def _corpus() -> list[IndexDoc]:
    return [
        IndexDoc(
            doc_id="kh-113", number="113/KH-UBND", doc_type="Kế hoạch",
            title="Thực hiện công tác phòng, chống trẻ em bị bóc lột và lạm dụng ở châu Âu",
            issuer="UBND tỉnh Tây Ninh", issued=date(2020, 1, 20), province="Tây Ninh", status="Còn hiệu lực",
            path="seeds/004.txt", sections=_paragraph_sections(_seed("004")),
        ),
        IndexDoc(
            doc_id="qd-525", number="525/QĐ-LĐTBXH", doc_type="Quyết định",
            title="Kế hoạch hỗ trợ nạn nhân bị mua bán giai đoạn 2021-2025", issuer="Bộ LĐTBXH",
            issued=date(2021, 5, 5), path="seeds/003.txt", text=_seed("003"),
        ),
        IndexDoc(
            doc_id="hue-2021", doc_type="Kế hoạch", issuer="UBND tỉnh Thừa Thiên Huế", issued=date(2021, 4, 14),
            province="Thừa Thiên Huế", title="Tiếp nhận và hỗ trợ nạn nhân bị mua bán trở về",
            text=_seed("001"),
        ),
        IndexDoc(doc_id="news-1747", doc_type="Kế hoạch", issued=date(2019, 6, 6), text=_seed("000")),
        IndexDoc(doc_id="news-30-7", doc_type="Công văn", issued=date(2023, 7, 12), text=_seed("002")),
        _law_doc("Luật Hôn nhân và gia đình", "hngd"),
        _law_doc("Luật Cư trú", "cu-tru"),
    ]


class Engine:
    """One of the search engines under test; PostgreSQL indexes each get a
    fresh database on the session's test server."""

    def __init__(self, name: str, server_url: str | None = None):
        self.name, self.server_url = name, server_url

    def open(self, path, **options):
        url = new_postgres_database(self.server_url) if self.name == "postgres" else None
        return _open_index(path, engine=self.name, database_url=url, **options)


@pytest.fixture(scope="module", params=ENGINES)
def engine(request):
    return Engine(request.param, request.getfixturevalue("postgres_url") if request.param == "postgres" else None)


def open_index(path, engine: Engine, **options):
    return engine.open(path, **options)


@pytest.fixture(scope="module")
def index(tmp_path_factory, engine):
    ix = open_index(tmp_path_factory.mktemp("index"), engine, segmenter=whitespace_segmenter)
    index_documents(ix, _corpus())
    yield ix
    ix.close()


# --- analysis -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Điều 5", ["điều", "5"]),
        ("điểm a khoản 2", ["điểm", "a", "khoản", "2"]),
        ("an, can, to, in, on", ["an", "can", "to", "in", "on"]),  # no English stoplist
        ("525⁄QĐ- LĐTBXH", ["525/qd-ldtbxh"]),
        ("Số: 15/2020/NĐ-CP", ["số", "15/2020/nd-cp"]),
        ("hoà nhập, Uỷ ban", ["hòa", "nhập", "ủy", "ban"]),
    ],
)
def test_tokens_survive(text, expected):
    assert [t for t in tokenize(text) if t is not None] == expected


def test_underthesea_compounds():
    terms = compounds("Sở Lao động - Thương binh và Xã hội hỗ trợ nạn nhân", underthesea_segmenter)
    assert "lao_động" in terms and "nạn_nhân" in terms


# --- queries --------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["tái hòa nhập cộng đồng", "tai hoa nhap cong dong", "tái hoà nhập cộng đồng", "TÁI HÒA NHẬP"]
)
def test_diacritic_variants_find_same_passage(index, query):
    result = search(index, query, doc_type="Kế hoạch", province="Tây Ninh")
    assert result.hits and result.hits[0].doc_id == "kh-113"
    assert "<mark>" in result.hits[0].snippet


def test_diacritic_variants_same_top_documents(index):
    with_marks = [h.doc_id for h in search(index, "bóc lột sức lao động").hits[:2]]
    without = [h.doc_id for h in search(index, "boc lot suc lao dong").hits[:2]]
    assert with_marks[0] == without[0] == "kh-113"


@pytest.mark.parametrize(
    "query, doc_id",
    [
        ("525⁄QĐ- LĐTBXH", "qd-525"),
        ("525/QD-LDTBXH", "qd-525"),
        ("525/qđ-lđtbxh", "qd-525"),
        ("113/KH-UBND", "kh-113"),
        ("Kế hoạch 113", "kh-113"),
        ("ke hoach so 113", "kh-113"),
        ("Quyết định 525", "qd-525"),
        # abridged: the issuer code or everything after the kind left out
        ("525/QĐ", "qd-525"),
        ("113/kh", "kh-113"),
        ("số 113/KH tỉnh Tây Ninh", "kh-113"),
    ],
)
def test_number_variants_put_document_first(index, query, doc_id):
    assert search(index, query).hits[0].doc_id == doc_id


def test_section_label_returned(index):
    hit = search(index, "kết hôn trái pháp luật", doc_type="Luật").hits[0]
    assert hit.doc_id == "hngd"
    assert hit.section.startswith("Điều ")
    assert hit.section_id.startswith("dieu-")


def test_dieu_and_diem_queries(index):
    hit = search(index, "Điều 3 giải thích từ ngữ", doc_type="Luật").hits[0]
    assert hit.section == "Điều 3"


def test_filters_and_facets(index):
    result = search(index, "nạn nhân")
    assert result.total >= 3
    assert result.facets["doc_type"]["Kế hoạch"] >= 2
    assert set(result.facets) == {"doc_type", "issuer", "year", "province", "status"}
    assert sum(result.facets["doc_type"].values()) == result.total
    only_2021 = search(index, "nạn nhân", year=2021)
    assert {h.doc_id for h in only_2021.hits} == {"qd-525", "hue-2021"}
    assert only_2021.facets["year"] == {"2021": 2}
    assert search(index, "nạn nhân", issuer="UBND tỉnh Tây Ninh").total == 1


def test_one_hit_per_document(index):
    result = search(index, "trẻ em", limit=20)
    ids = [h.doc_id for h in result.hits]
    assert len(ids) == len(set(ids))
    assert result.hits == sorted(result.hits, key=lambda h: -h.score)


def test_paging(index):
    first = search(index, "nạn nhân", limit=2)
    second = search(index, "nạn nhân", limit=2, offset=2)
    assert not {h.doc_id for h in first.hits} & {h.doc_id for h in second.hits}


@pytest.mark.parametrize("query", ["", "   ", "x" * 3000, '"mua bán người', "!!! ???"])
def test_bad_queries_raise(index, query):
    with pytest.raises(SearchQueryError) as info:
        search(index, query)
    assert info.value.status == 400


def test_quoted_phrase(index):
    result = search(index, '"mua bán người"')
    assert result.total >= 2
    assert all("mua" in h.snippet.lower() for h in result.hits)


def test_more_like_this(index):
    result = more_like_this(index, "hue-2021")
    assert result.hits and "hue-2021" not in {h.doc_id for h in result.hits}
    assert more_like_this(index, "no-such-doc").hits == []


# --- writing ----------------------------------------------------------------------


def test_snippet_is_escaped(tmp_path, engine):
    ix = open_index(tmp_path, engine, segmenter=whitespace_segmenter)
    index_documents(ix, [IndexDoc(doc_id="x", text='Bảo vệ <script>alert("nạn nhân")</script> & trẻ em')])
    snippet = search(ix, "nạn nhân").hits[0].snippet
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet and "&amp;" in snippet
    assert "<mark>nạn</mark>" in snippet
    ix.close()


def test_text_with_nul_characters_is_indexed(tmp_path, engine):
    """A PDF's text layer can hold NUL (PostgreSQL's text cannot)."""
    ix = open_index(tmp_path, engine, segmenter=whitespace_segmenter)
    index_documents(ix, [IndexDoc(doc_id="nul\x00", title="Kế\x00 hoạch", text="hỗ trợ\x00 nạn nhân bị mua bán")])
    assert search(ix, "nạn nhân").total == 1
    ix.close()


def test_reindex_replaces_and_delete_removes(tmp_path, engine):
    ix = open_index(tmp_path, engine, segmenter=whitespace_segmenter)
    index_documents(ix, [IndexDoc(doc_id="a", text="hỗ trợ học nghề")])
    index_documents(ix, [IndexDoc(doc_id="a", text="trợ cấp khó khăn ban đầu")])
    assert search(ix, "học nghề").total == 0
    assert search(ix, "trợ cấp").total == 1
    delete_documents(ix, ["a"])
    assert search(ix, "trợ cấp").total == 0
    ix.close()


def test_writer_cancels_on_error(tmp_path, engine):
    ix = open_index(tmp_path, engine, segmenter=whitespace_segmenter)
    index_documents(ix, [IndexDoc(doc_id="a", text="hỗ trợ y tế")])

    def broken_docs():
        yield IndexDoc(doc_id="b", text="hỗ trợ tâm lý")
        raise RuntimeError("parser failed")

    with pytest.raises(RuntimeError):
        index_documents(ix, broken_docs())
    assert search(ix, "tâm lý").total == 0
    # the lock was released: another write goes through at once
    index_documents(ix, [IndexDoc(doc_id="c", text="tư vấn pháp luật")], timeout=0)
    assert search(ix, "tư vấn").total == 1
    ix.close()


def test_search_while_writer_open(tmp_path, engine):
    ix = open_index(tmp_path, engine, segmenter=whitespace_segmenter)
    index_documents(ix, [IndexDoc(doc_id="a", text="hỗ trợ y tế cho nạn nhân")])
    with index_writer(ix) as writer:
        writer.add(IndexDoc(doc_id="b", text="nạn nhân"))
        # a reader in another thread still works and sees the committed state
        found = []
        thread = threading.Thread(target=lambda: found.append(search(ix, "nạn nhân").total))
        thread.start()
        thread.join()
        assert found == [1]
    assert search(ix, "nạn nhân").total == 2
    ix.close()


def test_second_writer_gets_clear_error(tmp_path, engine):
    from kb.search import IndexLockedError

    ix = open_index(tmp_path, engine, segmenter=whitespace_segmenter)
    with index_writer(ix):
        with pytest.raises(IndexLockedError) as info:
            index_documents(ix, [IndexDoc(doc_id="a", text="x")], timeout=0.3)
    assert "đang được ghi" in str(info.value)
    ix.close()


@pytest.mark.parametrize(
    "query",
    ['NEAR("a" "b")', "trẻ em*", "^nạn nhân", "{syl}: x", "syl:trẻ", "a OR", "AND", "NOT trẻ em", "(((", "'; DROP",
     "nạn - nhân", "trẻ_em", "5", "a", "1.000.000", "20/9/2019", "\x00 trẻ em", "“mua bán”"],
)
def test_odd_queries_never_fail_inside_the_engine(index, query):
    try:
        result = search(index, query)
    except SearchQueryError as exc:
        assert exc.status == 400
    else:
        assert result.total >= 0


def test_fts5_keeps_our_terms_whole(tmp_path):
    ix = _open_index(tmp_path, engine="fts5", segmenter=whitespace_segmenter)
    index_documents(ix, [IndexDoc(doc_id="x", number="525/QĐ-LĐTBXH",
                                  text="Điều 5 điểm a Quyết định 525/QĐ-LĐTBXH trợ giúp 1.000.000 đồng")])
    conn = ix.reader()
    terms = {row[0] for row in conn.execute("SELECT term FROM fts_terms")}
    assert {"5", "a", "525/qd-ldtbxh", "trợ_giúp", "tro_giup", "1.000.000", "điều"} <= terms
    assert search(ix, "diem a").total == 1
    assert search(ix, "525/QD-LDTBXH").hits[0].doc_id == "x"
    ix.close()


def _fts5_segments(ix) -> int:
    """Rows of FTS5's segment data: fewer once its segments are merged."""
    return ix.reader().execute("SELECT count(*) FROM fts_data").fetchone()[0]


def test_fts5_merges_its_segments_after_many_commits(tmp_path):
    from kb.search import _fts, optimize

    ix = _open_index(tmp_path, engine="fts5", segmenter=whitespace_segmenter)
    docs = _corpus()
    queries = ["nạn nhân bị mua bán", "tro giup phap ly", "kết hôn", "Kế hoạch 113", "thuong tru"]

    def results():
        return [[(h.doc_id, h.section, round(h.score, 6)) for h in search(ix, q).hits] for q in queries]

    for i in range(_fts.MERGE_AFTER_COMMITS - 1):  # one commit each, as an ingest writes
        doc = docs[i % len(docs)]
        index_documents(ix, [IndexDoc(**{**doc.__dict__, "doc_id": f"{doc.doc_id}-{i}"})])
    assert optimize(ix) is False  # not enough commits yet: nothing rewritten
    index_documents(ix, [docs[0]])
    expected, segments = results(), _fts5_segments(ix)
    assert optimize(ix) is True
    assert _fts5_segments(ix) < segments
    assert results() == expected and all(expected)
    assert optimize(ix) is False  # counted from the merge
    assert optimize(ix, force=True) is True
    assert results() == expected
    ix.close()


def test_fts5_counts_on_another_thread_and_agrees_with_itself(tmp_path, monkeypatch):
    """The count and facets run beside the ranking; they must equal those
    counted in the ranking's own read, also when a write lands between the
    two reads (then the search counts again in its own)."""
    from concurrent.futures import Future, ThreadPoolExecutor

    ix = _open_index(tmp_path, engine="fts5", segmenter=whitespace_segmenter)
    index_documents(ix, _corpus())
    queries = ["nạn nhân", "hon nhan", "Quyết định 525", "cư trú", "trẻ em bị bóc lột"]
    parallel = [search(ix, q) for q in queries]

    def inline(fn, *args):  # never started: the search counts in its own read
        return Future()

    monkeypatch.setattr(ix, "submit", inline)
    serial = [search(ix, q) for q in queries]
    assert [(r.total, r.facets) for r in parallel] == [(r.total, r.facets) for r in serial]
    assert all(r.total for r in serial)

    def write_first(fn, *args):  # a document committed after the search's read began
        index_documents(ix, [IndexDoc(doc_id=f"new-{len(calls)}", doc_type="Công văn", text="nạn nhân bị mua bán")])
        calls.append(1)
        with ThreadPoolExecutor(1) as pool:  # read on another thread, as the index's own pool does
            return pool.submit(fn, *args)

    calls = []
    monkeypatch.setattr(ix, "submit", write_first)
    result = search(ix, "nạn nhân")
    # counted in the search's own snapshot, which the new document is not in
    assert calls and (result.total, result.facets) == (serial[0].total, serial[0].facets)
    monkeypatch.undo()
    assert search(ix, "nạn nhân").total == serial[0].total + 1
    ix.close()


def test_fts5_scores_in_two_halves_as_in_one(tmp_path, monkeypatch):
    """Many matches are scored in two rowid halves side by side; the hits,
    their order and scores are those of one pass, also when a write lands
    between the two halves' reads (the other half is then read again in the
    search's own)."""
    from kb.search import _fts

    ix = _open_index(tmp_path, engine="fts5", segmenter=whitespace_segmenter)
    index_documents(ix, _corpus())
    queries = ["nạn nhân", "hon nhan", "vợ chồng", "thường trú", "Điều 5", "kết hôn", "trẻ em bị bóc lột"]

    def ranked():
        return [[(h.doc_id, h.section, round(h.score, 9)) for h in search(ix, q, group=g).hits]
                for q in queries for g in (True, False)]

    monkeypatch.setattr(_fts, "SPLIT_SCORED", 10**9)
    whole = ranked()
    monkeypatch.setattr(_fts, "SPLIT_SCORED", 4)
    calls = []
    read_apart = _fts._read_apart

    def upper_half(before):  # the pool's read of the upper half, after ``before``
        def read(index, fn, *args):
            if getattr(fn, "__name__", "") == "_query":
                before()
                calls.append(1)
            return read_apart(index, fn, *args)
        return read

    # the pool's read always runs (a busy machine would otherwise have it cancelled, and read in the
    # search's own transaction, before it starts)
    def collect_waiting(future, version):
        seen, result = future.result()
        return result if seen == version else None

    monkeypatch.setattr(_fts, "_collect", collect_waiting)
    monkeypatch.setattr(_fts, "_read_apart", upper_half(lambda: None))
    assert ranked() == whole and calls

    def write():  # a document committed after the search's read began
        index_documents(ix, [IndexDoc(doc_id=f"new-{len(calls)}", text="nạn nhân hôn nhân vợ chồng kết hôn")])

    monkeypatch.setattr(_fts, "_read_apart", upper_half(write))
    calls.clear()
    split = search(ix, "nạn nhân", group=False)
    # the state the search began in: without the new document
    assert calls and [(h.doc_id, h.section, round(h.score, 9)) for h in split.hits] == whole[1]
    monkeypatch.undo()
    assert any(h.doc_id.startswith("new-") for h in search(ix, "nạn nhân", group=False).hits)
    ix.close()


def test_fts5_ranks_with_bm25s_own_scores(tmp_path, monkeypatch):
    """kb_bm25() (kb/search/_rank.c) is bm25() with each phrase's row count
    passed in instead of recounted over the whole table per statement: the
    same scores to the last bit, on every expression shape a search builds
    (OR'd bigrams, quoted phrases, column filters, labels, numbers)."""
    from kb.search import _fts
    from kb.search._match import build_match
    from kb.search.query import parse_query

    assert _fts._rank is not None, "kb.search._rank was not built: it needs gcc and libsqlite3-dev"
    ix = _open_index(tmp_path, engine="fts5", segmenter=whitespace_segmenter)
    index_documents(ix, _corpus())
    queries = ["nạn nhân", "hon nhan va gia dinh", "\"thường trú\" công dân", "Điều 5", "Quyết định 525",
               "trẻ em bị bóc lột", 'quyền: "nghĩa vụ"', "a \"\" b"]

    def ranked():
        return [[(h.doc_id, h.section, h.score) for h in search(ix, q, group=g).hits]
                for q in queries for g in (True, False)]

    ours = ranked()
    monkeypatch.setattr(_fts, "_rank", None)
    assert ranked() == ours and all(ours[:12])
    monkeypatch.undo()

    weights = [1.0, 1.5, 0.7, 2.0, 3.0, 0.5, 0.4, 1.2, 0.0]
    with ix.snapshot() as conn:
        stats = _fts._Stats(ix, conn)
        for q in queries:
            plan = parse_query(q, whitespace_segmenter)
            for require_all in (True, False):
                expr = build_match(plan, ix.ranking, require_all=require_all)
                counts = stats.phrase_rows(expr)
                marks = ", ?" * len(weights)

                def scores(fn, extra):
                    return conn.execute(f"SELECT rowid, {fn}(fts{marks}{', ?' * len(extra)}) FROM fts "
                                        "WHERE fts MATCH ? ORDER BY rowid", [*weights, *extra, expr]).fetchall()

                def packed(numbers):
                    return struct.pack(f"{len(numbers)}q", *numbers)

                builtin = scores("bm25", [])
                assert scores("kb_bm25", [packed(counts)]) == builtin, expr
                # counts for another number of phrases are not trusted
                assert scores("kb_bm25", [packed(counts + [1])]) == builtin
                assert scores("kb_bm25", []) == builtin
        # more phrases than SQLite takes arguments (127): one blob of counts
        words = list(dict.fromkeys(tokenize(_seed("004"))))[:200]
        expr = " OR ".join(f'"{w}"' for w in words)
        counts = stats.phrase_rows(expr)
        assert len(counts) == len(words) > 127
        sql = "SELECT rowid, {} FROM fts WHERE fts MATCH ? ORDER BY rowid"
        assert (conn.execute(sql.format(f"kb_bm25(fts{marks}, ?)"), [*weights, packed(counts), expr]).fetchall()
                == conn.execute(sql.format(f"bm25(fts{marks})"), [*weights, expr]).fetchall())
    ix.close()


@pytest.mark.parametrize("query", [
    "nạn nhân bị mua bán", "nan nhan bi mua ban", "hoà nhập cộng đồng", "quy định về hôn nhân",
    "quý quy định", "\"thường trú\" của công dân", "Điều 5 Luật Cư trú", "kết hôn trái pháp luật",
])
def test_fts5_cheaper_walk_matches_the_same_sections(fts_index, query):
    """The count and the cap walk the expression without its scoring-only
    terms (bigrams, compounds, phrase bonus implying a term of their
    clause): the same sections must match, in every mode."""
    from kb.search import _fts
    from kb.search._match import build_match
    from kb.search.query import parse_query, prune

    ix = fts_index
    r = ix.ranking
    with ix.snapshot() as conn:
        plan = prune(parse_query(query, whitespace_segmenter), _fts._Stats(ix, conn), r.max_df_ratio, r.max_terms)
        shapes = 0
        for require_all in (True, False):
            for tier in (False, True):
                full = build_match(plan, r, require_all=require_all, tier=tier)
                if full is None:
                    continue
                walk = build_match(plan, r, require_all=require_all, tier=tier, scoring=False)
                rows = [conn.execute("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid", [e]).fetchall()
                        for e in (full, walk)]
                assert rows[0] == rows[1], (full, walk)
                shapes += len(walk) < len(full)
        assert shapes  # something was left out


@pytest.fixture(scope="module")
def fts_index(tmp_path_factory):
    ix = _open_index(tmp_path_factory.mktemp("fts-corpus"), engine="fts5", segmenter=whitespace_segmenter)
    index_documents(ix, _corpus())
    yield ix
    ix.close()


def test_postgres_keeps_our_terms_whole_in_their_families(tmp_path, postgres_db):
    """PostgreSQL's parser never sees the text: the tsvector holds our terms,
    each under its family's prefix, with their frequencies."""
    ix = _open_index(tmp_path, engine="postgres", database_url=postgres_db, segmenter=whitespace_segmenter)
    index_documents(ix, [IndexDoc(doc_id="x", number="525/QĐ-LĐTBXH",
                                  text="Điều 5 điểm a Quyết định 525/QĐ-LĐTBXH trợ giúp 1.000.000 đồng, trợ giúp")])
    with ix.snapshot() as cur:
        cur.execute("SELECT unnest(tsvector_to_array(terms)) FROM kb_search_sections")
        lexemes = {row[0] for row in cur.fetchall()}
        cur.execute("SELECT term, df FROM kb_search_terms")
        frequencies = dict(cur.fetchall())
    assert {"s:5", "s:a", "s:525/qd-ldtbxh", "b:trợ_giúp", "B:tro_giup", "s:1.000.000", "S:dieu"} <= lexemes
    assert not any(lex.startswith(("S:", "B:")) and analysis_fold(lex) != lex for lex in lexemes)
    assert frequencies["s:trợ"] == 1 and frequencies["*:trợ"] == 1 and frequencies["*:tro"] == 1
    assert search(ix, "diem a").total == 1
    assert search(ix, "525/QD-LDTBXH").hits[0].doc_id == "x"
    delete_documents(ix, ["x"])
    with ix.snapshot() as cur:
        cur.execute("SELECT count(*) FROM kb_search_terms")
        assert cur.fetchone()[0] == 0  # frequencies go with the document
        cur.execute("SELECT sections, length FROM kb_search_stats")
        assert cur.fetchone() == (0, 0)
    ix.close()


_FIRST_SEGMENTATIONS_AT_ONCE = """
import threading
from kb.search.analysis import underthesea_segmenter
barrier = threading.Barrier(8)
errors, results = [], []
def work():
    barrier.wait()  # eight searches arrive together before the model is loaded
    try:
        for _ in range(20):
            results.append(tuple(underthesea_segmenter("Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp")))
    except Exception as exc:
        errors.append(repr(exc))
threads = [threading.Thread(target=work) for _ in range(8)]
[t.start() for t in threads]
[t.join() for t in threads]
assert not errors, errors
assert len(set(results)) == 1, set(results)
"""


def test_segmentation_is_safe_from_concurrent_first_searches():
    """underthesea loads its model lazily into a global that other threads
    saw half-built: `kb serve` answered 500 to searches arriving together."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _FIRST_SEGMENTATIONS_AT_ONCE], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize("url", [None, "sqlite:///kb.sqlite3", "postgres-but-not-a-url"])
def test_postgres_engine_without_a_postgres_store_is_a_clear_error(tmp_path, url, monkeypatch):
    from kb.errors import KBError

    monkeypatch.delenv("KB_DATABASE_URL", raising=False)
    with pytest.raises(KBError, match="needs a PostgreSQL KB_DATABASE_URL"):
        _open_index(tmp_path, engine="postgres", database_url=url)


def test_postgres_errors_never_show_the_password(tmp_path):
    from kb.search._pg import _safe_url

    assert "hunter2" not in _safe_url("postgresql+psycopg://kb:hunter2@db.example/kb")
    assert _safe_url("postgresql+psycopg://kb:hunter2@db.example/kb").startswith("postgresql+psycopg://kb:")
