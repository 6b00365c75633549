"""The web application: pages, JSON API, errors, escaping and ``kb serve``.

One knowledge base is built per session from real files of ``corpus/`` (and
one hostile text file), then every test reads it through the Flask test
client.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import new_postgres_database

from kb.config import load_settings
from kb.core import KnowledgeBase
from kb.web import create_app

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PLAN = CORPUS / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"
NEWS_525 = next((CORPUS / "tin-bai").glob("003_*.txt"))
TTLT = CORPUS / "vbpl" / "ttlt-29-2025-tro-giup-phap-ly.html"

HOSTILE_TEXT = """ỦY BAN NHÂN DÂN HUYỆN THỬ NGHIỆM
Số: 77/CV-UBND
CÔNG VĂN
Về việc phòng ngừa mua bán người <script>alert("xss")</script> tại xã Quỳnhzeta
Đề nghị các cơ quan tuyên truyền <b>đậm</b> và <script>document.title="hacked"</script> bảo vệ nạn nhân ở Quỳnhzeta.
"""

CONTRACT_HIT_KEYS = {"doc_id", "number", "title", "doc_type", "issued", "section", "score", "snippet", "path"}
CONTRACT_DOC_KEYS = {
    "id", "number", "doc_type", "title", "issuer", "issued", "place", "signer", "status", "path",
    "sections", "citations", "cited_by", "duties",
}


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def deployment(request, tmp_path_factory) -> dict:
    """A knowledge base holding three real documents and a hostile one, on
    the default SQLite + FTS5 and on PostgreSQL (store and search index):
    the app config that serves it."""
    home = tmp_path_factory.mktemp("kb-web")
    url = new_postgres_database(request.getfixturevalue("postgres_url")) if request.param == "postgres" else None
    engine = "postgres" if url else None
    hostile = tmp_path_factory.mktemp("hostile") / "cong-van-script.txt"
    hostile.write_text(HOSTILE_TEXT, encoding="utf-8")
    kb = KnowledgeBase(load_settings(home, url, engine))
    try:
        report = kb.ingest([PLAN, NEWS_525, TTLT, hostile])
    finally:
        kb.close()
    assert not report.failed, report.failed
    assert report.ingested == 4
    return {"KB_HOME": str(home), "DATABASE_URL": url, "SEARCH_ENGINE": engine}


@pytest.fixture(scope="session")
def kb_home(deployment) -> Path:
    return Path(deployment["KB_HOME"])


@pytest.fixture(scope="session")
def app(deployment):
    app = create_app({"TESTING": True, **deployment})
    yield app
    from kb.web.knowledge import close_kb

    close_kb(app)


@pytest.fixture()
def client(app):
    return app.test_client()


def doc_id_of(client, number: str) -> str:
    """The id of the document whose number is ``number`` (through the API)."""
    response = client.get("/api/documents/" + number)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.json["id"]


# --- configuration -----------------------------------------------------------


def test_config_defaults_and_overrides(kb_home):
    assert create_app().config["RESULTS_PER_PAGE"] == 10
    app = create_app({"KB_HOME": str(kb_home), "RESULTS_PER_PAGE": 3})
    assert app.config["RESULTS_PER_PAGE"] == 3
    assert app.config["KB_HOME"] == str(kb_home)


# --- search ------------------------------------------------------------------


@pytest.mark.parametrize("query", ["phòng chống trẻ em bị bóc lột", "phong chong tre em bi boc lot"])
def test_search_with_and_without_diacritics_finds_the_plan(client, query):
    response = client.get("/api/search", query_string={"q": query})
    assert response.status_code == 200
    assert response.json["hits"][0]["number"] == "113/KH-UBND"

    page = client.get("/search", query_string={"q": query})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "113/KH-UBND" in html
    assert "Kế hoạch" in html
    assert "<mark>" in html  # the snippet's highlighting is rendered, not escaped
    assert "20/01/2020" in html
    assert "Ủy ban nhân dân tỉnh Tây Ninh" in html


def test_search_number_variant_finds_the_decision_first(client):
    response = client.get("/api/search", query_string={"q": "525/QD-LDTBXH"})
    assert response.status_code == 200
    assert response.json["hits"][0]["number"] == "525/QĐ-LĐTBXH"


def test_api_search_has_contract_keys(client):
    data = client.get("/api/search", query_string={"q": "trợ giúp pháp lý"}).json
    assert {"total", "hits", "facets"} <= set(data)
    assert isinstance(data["total"], int) and data["total"] >= 1
    for hit in data["hits"]:
        assert CONTRACT_HIT_KEYS <= set(hit)
        assert isinstance(hit["score"], float)
        assert hit["issued"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", hit["issued"])


def test_search_filters_and_facet_links(client):
    html = client.get("/search", query_string={"q": "tre em"}).get_data(as_text=True)
    # facet values are links that add the filter
    assert re.search(r'href="/search\?q=tre\+em&amp;type=K%E1%BA%BF\+ho%E1%BA%A1ch"', html), html
    filtered = client.get("/api/search", query_string={"q": "tre em", "type": "Kế hoạch"}).json
    assert filtered["total"] >= 1
    assert {hit["doc_type"] for hit in filtered["hits"]} == {"Kế hoạch"}
    assert filtered["filters"] == {"type": "Kế hoạch"}
    none = client.get("/api/search", query_string={"q": "tre em", "year": "1999"}).json
    assert none["total"] == 0


def test_search_paging(client):
    first = client.get("/api/search", query_string={"q": "nạn nhân", "limit": 1}).json
    assert first["page"] == 1 and first["per_page"] == 1
    assert first["pages"] == first["total"] >= 2
    second = client.get("/api/search", query_string={"q": "nạn nhân", "limit": 1, "page": 2}).json
    assert second["hits"][0]["doc_id"] != first["hits"][0]["doc_id"]
    html = client.get("/search", query_string={"q": "nạn nhân", "limit": 1}).get_data(as_text=True)
    assert 'rel="next"' in html and "page=2" in html


@pytest.mark.parametrize("path", ["/", "/search", "/search?q=", "/search?q=+++"])
def test_empty_query_shows_the_box_with_a_hint(client, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'name="q"' in html
    assert "Tìm" in html


def test_empty_query_on_search_page_has_hint(client):
    html = client.get("/search?q=").get_data(as_text=True)
    assert "Hãy nhập từ khóa" in html


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"q": '"tre em'}, "ngoặc kép"),
        ({"q": "(("}, "không chứa từ nào"),
        ({"q": "tre em", "page": "abc"}, "Số trang"),
        ({"q": "tre em", "page": "0"}, "Số trang"),
        ({"q": "tre em", "year": "abc"}, "Năm"),
        ({"q": "tre em", "limit": "1000"}, "mỗi trang"),
        ({"q": "x" * 5000}, "quá dài"),
    ],
)
def test_malformed_queries_are_400_not_500(client, params, fragment):
    api = client.get("/api/search", query_string=params)
    assert api.status_code == 400
    assert fragment in api.json["error"]
    page = client.get("/search", query_string=params)
    assert page.status_code == 400
    assert page.mimetype == "text/html"
    assert fragment in page.get_data(as_text=True)


def test_api_empty_query_is_json_400(client):
    response = client.get("/api/search?q=")
    assert response.status_code == 400
    assert set(response.json) == {"error"}


# --- documents ---------------------------------------------------------------


def test_api_document_has_contract_keys(client):
    doc_id = doc_id_of(client, "113/KH-UBND")
    data = client.get(f"/api/documents/{doc_id}").json
    assert CONTRACT_DOC_KEYS <= set(data)
    assert data["id"] == doc_id
    assert data["number"] == "113/KH-UBND"
    for section in data["sections"]:
        assert {"id", "label", "heading", "text"} <= set(section)
    assert "MỤC ĐÍCH, YÊU CẦU" in data["text"]


def test_document_page_has_metadata_toc_and_anchors(client):
    doc_id = doc_id_of(client, "29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC")
    response = client.get(f"/documents/{doc_id}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    for label in (
        "Thuộc tính", "Mục lục", "Toàn văn", "Loại văn bản", "Số hiệu", "Cơ quan ban hành", "Ngày ban hành",
        "Nơi ban hành", "Người ký", "Tình trạng hiệu lực", "Ngày có hiệu lực",
    ):
        assert label in html, label
    assert "Thông tư liên tịch" in html
    assert "31/12/2025" in html
    sections = client.get(f"/api/documents/{doc_id}").json["sections"]
    anchors = set(re.findall(r'id="([^"]+)"', html))
    assert {s["id"] for s in sections} <= anchors
    assert 'id="dieu-1"' in html
    assert 'href="#dieu-1"' in html  # table of contents
    assert f'href="/documents/{doc_id}/original"' in html


def test_long_table_of_contents_is_folded(client, monkeypatch):
    """A short table of contents is shown open; a long one (a whole code or
    Pháp điển topic) is folded behind its entry count, links kept."""
    from kb.web import documents

    doc_id = doc_id_of(client, "113/KH-UBND")
    html = client.get(f"/documents/{doc_id}").get_data(as_text=True)
    entries = html.count('<li class="level-')
    assert 3 < entries <= documents.TOC_OPEN_MAX
    assert '<details class="toc-box" open>' in html
    monkeypatch.setattr(documents, "TOC_OPEN_MAX", 3)
    documents.clear_page_cache()
    html = client.get(f"/documents/{doc_id}").get_data(as_text=True)
    documents.clear_page_cache()
    assert '<details class="toc-box">' in html
    assert f"<summary>{entries} mục</summary>" in html
    assert html.count('<li class="level-') == entries


def test_document_page_keeps_all_text_in_order(client):
    doc_id = doc_id_of(client, "113/KH-UBND")
    html = client.get(f"/documents/{doc_id}").get_data(as_text=True)
    fulltext = html.split('id="toan-van"', 1)[1]
    # preamble, then the parts in reading order, then the signature
    positions = [fulltext.find(s) for s in ("KẾ HOẠCH", 'id="muc-i"', 'id="muc-ii"', 'id="muc-ii-5"', "KT. CHỦ TỊCH")]
    assert -1 not in positions and positions == sorted(positions)


def test_document_without_sections_shows_its_text(client):
    doc_id = doc_id_of(client, "525/QĐ-LĐTBXH")
    html = client.get(f"/documents/{doc_id}").get_data(as_text=True)
    assert "hỗ trợ nạn nhân" in html.split('id="toan-van"', 1)[1]


def test_document_by_number_redirects_to_its_id(client):
    doc_id = doc_id_of(client, "525/QĐ-LĐTBXH")
    response = client.get("/documents/525/QD-LDTBXH")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/documents/{doc_id}")


def test_unknown_document_is_a_vietnamese_404_page(client):
    response = client.get("/documents/nope")
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert '<html lang="vi">' in html
    assert "Không tìm thấy văn bản" in html


@pytest.mark.parametrize("path", ["/api/documents/nope", "/api/nothing-here"])
def test_api_not_found_is_json_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.mimetype == "application/json"
    assert set(response.json) == {"error"}


def test_unknown_page_is_a_vietnamese_404_page(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert "Không tìm thấy" in response.get_data(as_text=True)


def test_original_download_returns_the_file(client):
    doc_id = doc_id_of(client, "113/KH-UBND")
    response = client.get(f"/documents/{doc_id}/original")
    assert response.status_code == 200
    assert response.data == PLAN.read_bytes()
    assert "attachment" in response.headers["Content-Disposition"]
    assert PLAN.name in response.headers["Content-Disposition"]
    response.close()


def test_original_of_unknown_document_is_404(client):
    assert client.get("/documents/nope/original").status_code == 404


# --- escaping ----------------------------------------------------------------


def test_script_in_a_document_is_escaped_in_results(client):
    response = client.get("/search", query_string={"q": "Quỳnhzeta"})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "77/CV-UBND" in html
    assert "<script>" not in html
    assert "<b>đậm</b>" not in html
    assert "&lt;script&gt;" in html
    api = client.get("/api/search", query_string={"q": "Quỳnhzeta"}).json
    assert "<script>" not in api["hits"][0]["snippet"]


def test_script_in_a_document_is_escaped_on_its_page(client):
    doc_id = doc_id_of(client, "77/CV-UBND")
    html = client.get(f"/documents/{doc_id}").get_data(as_text=True)
    assert "<script>" not in html
    assert "<b>đậm</b>" not in html
    assert "&lt;script&gt;" in html


# --- API description -----------------------------------------------------------


def test_openapi_describes_the_routes(client):
    spec = client.get("/api/openapi.json").json
    assert spec["openapi"].startswith("3.")
    assert {"/api/search", "/api/documents/{id}"} <= set(spec["paths"])
    names = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "type", "issuer", "year", "province", "status", "page"} <= names


# --- kb serve ------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_kb_serve_answers_http(tmp_path):
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kb.cli", "--home", str(tmp_path / "home"), "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        body = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    assert response.status == 200
                    body = response.read().decode("utf-8")
                    break
            except OSError:
                time.sleep(0.2)
        assert body is not None, f"kb serve did not answer (exit {proc.poll()})"
        assert 'name="q"' in body
    finally:
        proc.terminate()
        try:
            _, stderr = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, stderr = proc.communicate()
    assert f"http://127.0.0.1:{port}/" in stderr.decode("utf-8")


def test_document_page_lists_citations_and_duties(client):
    page = client.get("/documents/113/KH-UBND", follow_redirects=True).get_data(as_text=True)
    assert 'id="lien-quan"' in page
    assert "Quyết định số 2546/QĐ-TTg" in page and "Chưa có trong cơ sở dữ liệu" in page
    assert 'id="nhiem-vu"' in page and "Sở Ngoại vụ" in page and "theo dõi" in page


def test_document_page_shows_a_citing_document_ingested_after_it_was_viewed(tmp_path):
    """Pages are cached for readers, but an ingest elsewhere (another
    process, the CLI) shows up at once: Pháp điển 4.5 cites Luật Trẻ em."""
    home = tmp_path / "kb"
    law = CORPUS / "vbpl" / "luat-tre-em-102-2016-qh13.html"
    topic = CORPUS / "phap-dien" / "de-muc-4.5-tro-giup-phap-ly.html"
    kb = KnowledgeBase(load_settings(home))
    try:
        assert not kb.ingest([law]).failed
    finally:
        kb.close()
    app = create_app({"TESTING": True, "KB_HOME": str(home)})
    client = app.test_client()
    try:
        law_id = client.get("/api/search", query_string={"q": "102/2016/QH13"}).json["hits"][0]["doc_id"]
        first = client.get(f"/documents/{law_id}").get_data(as_text=True)
        assert "Đề mục 4.5" not in first
        assert client.get(f"/documents/{law_id}").get_data(as_text=True) == first  # served again, unchanged
        other = KnowledgeBase(load_settings(home))
        try:
            assert not other.ingest([topic]).failed
        finally:
            other.close()
        assert "Đề mục 4.5" in client.get(f"/documents/{law_id}").get_data(as_text=True)
    finally:
        from kb.web.knowledge import close_kb

        close_kb(app)


def test_document_page_says_the_text_was_converted_from_tcvn3(tmp_path):
    """A plan typed in a TCVN3 font (built from the real Tây Ninh plan): its
    page reads in Unicode and says where the text came from."""
    from kb.ingest.legacy import to_tcvn3

    typed = tmp_path / "ke-hoach-113-tcvn3.txt"
    typed.write_bytes(to_tcvn3(PLAN.read_text(encoding="utf-8")).encode("cp1252"))
    home = tmp_path / "kb"
    kb = KnowledgeBase(load_settings(home))
    try:
        report = kb.ingest([typed])
    finally:
        kb.close()
    assert not report.failed
    app = create_app({"TESTING": True, "KB_HOME": str(home)})
    try:
        client = app.test_client()
        html = client.get(f"/documents/{report.documents[0]['id']}").get_data(as_text=True)
        assert "Chuyển mã từ phông TCVN3 (ABC) sang Unicode." in html
        assert "Sở Lao động - Thương binh và Xã hội" in html
        assert "Nhận dạng ký tự (OCR)" not in html
    finally:
        from kb.web.knowledge import close_kb

        close_kb(app)
