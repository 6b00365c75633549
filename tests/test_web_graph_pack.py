"""The relationship graph ("Lược đồ") and the course pack ("Tập tài liệu").

One knowledge base of real corpus files that cite each other: the Pháp
điển topic 4.5 cites Luật Trẻ em 102/2016/QH13, whose vbpl page is also
ingested (a resolved edge, and a cited-by on the law's side); the Tây Ninh
plan 113/KH-UBND cites 2546/QĐ-TTg and 258/QĐ-TTg, which are not in the
corpus (unresolved).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pytest
from docx import Document as WordDocument

from kb.config import load_settings
from kb.core import KnowledgeBase
from kb.web import create_app
from kb.web.graph import MAX_PER_SIDE, graph_data, layout, text_width, wrap
from kb.web.pack import MAX_ITEMS, citation_line, section_label

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PHAP_DIEN = CORPUS / "phap-dien" / "de-muc-4.5-tro-giup-phap-ly.html"
LUAT_TRE_EM = CORPUS / "vbpl" / "luat-tre-em-102-2016-qh13.html"
PLAN = CORPUS / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"
TEMPLATES = ROOT / "kb" / "web" / "templates"


@pytest.fixture(scope="module")
def kb_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("kb-graph-pack")
    kb = KnowledgeBase(load_settings(home))
    try:
        report = kb.ingest([PHAP_DIEN, LUAT_TRE_EM, PLAN])
    finally:
        kb.close()
    assert not report.failed, report.failed
    return home


@pytest.fixture(scope="module")
def app(kb_home):
    app = create_app({"TESTING": True, "KB_HOME": str(kb_home)})
    yield app
    from kb.web.knowledge import close_kb

    close_kb(app)


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def records(app) -> dict[str, dict]:
    """The ``kb show`` records of the three documents, by a short name."""
    from kb.web.knowledge import get_kb

    with app.app_context():
        kb = get_kb()
        luat = kb.show("102/2016/QH13")
        plan = kb.show("113/KH-UBND")
        phap_dien = kb.show(next(c["doc_id"] for c in luat["cited_by"]))
    assert phap_dien["title"] == "Đề mục 4.5 Trợ giúp pháp lý"
    return {"luat": luat, "plan": plan, "phap_dien": phap_dien}


def nodes_by_number(graph: dict, side: str) -> dict[str, dict]:
    return {n["number"]: n for n in graph["nodes"] if n["side"] == side}


# --- graph data ------------------------------------------------------------------


def test_graph_merges_citations_of_one_target_into_one_node(records):
    record = records["phap_dien"]
    graph = graph_data(record, limit=1000)
    cites = [n for n in graph["nodes"] if n["side"] == "cites"]
    # one node per cited document
    assert len({n["id"] for n in cites}) == len(cites)
    by_number = Counter(c["number"] for c in record["citations"])
    law = nodes_by_number(graph, "cites")["11/2017/QH14"]
    assert law["count"] == by_number["11/2017/QH14"] > 1
    relations = {c["relation"] for c in record["citations"] if c["number"] == "11/2017/QH14"}
    assert set(law["relations"]) == relations and len(relations) >= 2
    # every merged node keeps all its relations, in the canonical order
    for node in cites:
        wanted = {c["relation"] for c in record["citations"] if (c["number"] or c["raw"]) == node["number"]}
        if node["number"]:
            assert set(node["relations"]) == wanted


def test_graph_resolved_target_is_a_document_and_comes_first(records):
    graph = graph_data(records["phap_dien"])
    first = next(n for n in graph["nodes"] if n["side"] == "cites")
    assert first["number"] == "102/2016/QH13"
    assert first["status"] == "resolved"
    assert first["doc_id"] == records["luat"]["id"]
    assert first["label"] == "Luật 102/2016/QH13"
    edge = next(e for e in graph["edges"] if e["target"] == first["id"])
    assert edge["source"] == graph["center"] and edge["relations"] == ["dẫn chiếu"]


def test_graph_is_capped_per_side(records):
    record = records["phap_dien"]
    distinct = {c["target_id"] or c["number"] for c in record["citations"]}
    graph = graph_data(record)
    cites = [n for n in graph["nodes"] if n["side"] == "cites"]
    assert len(distinct) > MAX_PER_SIDE
    assert len(cites) == MAX_PER_SIDE
    assert graph["hidden"] == {"cites": len(distinct) - MAX_PER_SIDE, "cited_by": 0}
    small = graph_data(record, limit=3)
    assert len([n for n in small["nodes"] if n["side"] == "cites"]) == 3
    assert len(small["edges"]) == 3


def test_graph_unresolved_targets_are_marked(records):
    graph = graph_data(records["plan"])
    cites = nodes_by_number(graph, "cites")
    for number in ("2546/QĐ-TTg", "258/QĐ-TTg"):
        node = cites[number]
        assert node["status"] == "unresolved"
        assert node["doc_id"] is None
        assert node["note"] == "chưa có trong cơ sở dữ liệu"
        assert node["label"] == f"Quyết định {number}"
    assert "thực hiện" in cites["2546/QĐ-TTg"]["relations"]
    assert {e["status"] for e in graph["edges"]} == {"unresolved"}


def test_graph_cited_by_side(records):
    graph = graph_data(records["luat"])
    citing = [n for n in graph["nodes"] if n["side"] == "cited_by"]
    assert [n["doc_id"] for n in citing] == [records["phap_dien"]["id"]]
    assert citing[0]["label"] == "Đề mục 4.5 Trợ giúp pháp lý"  # no number: its title
    edge = next(e for e in graph["edges"] if e["source"] == citing[0]["id"])
    assert edge["target"] == graph["center"]
    assert edge["relations"] == ["dẫn chiếu"]


@pytest.mark.parametrize("orientation", ["wide", "narrow"])
@pytest.mark.parametrize("name", ["phap_dien", "luat", "plan"])
def test_layout_fits_and_does_not_overlap(records, name, orientation):
    view = layout(graph_data(records[name]), orientation)
    assert view["orientation"] == orientation
    boxes = view["nodes"]
    for box in boxes:
        assert 0 <= box["x"] and box["x"] + box["w"] <= view["width"] + 0.1
        assert 0 <= box["y"] and box["y"] + box["h"] <= view["height"]
        for line in box["lines"]:
            size = 13 * 1.15 if line["cls"] == "name" else 11.5
            assert text_width(line["text"], size) <= box["w"] - 15, line["text"]
            assert box["y"] < line["y"] < box["y"] + box["h"]
    # boxes never overlap
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            apart = (a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"]
                     or a["y"] + a["h"] <= b["y"] or b["y"] + b["h"] <= a["y"])
            assert apart, (a["label"], b["label"])
    assert len(view["edges"]) == len(boxes) - 1
    for edge in view["edges"]:
        assert edge["d"].startswith("M") and edge["labels"]


def test_wrap_breaks_long_numbers_and_ends_with_an_ellipsis():
    number = "Thông tư liên tịch 10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC"
    lines = wrap(number, 200, 13, 5)
    assert len(lines) > 1
    assert "".join(line if line.endswith(("-", "/")) else line + " " for line in lines).strip() == number
    assert all(text_width(line, 13) <= 200 for line in lines)
    short = wrap(number, 200, 13, 2)
    assert len(short) == 2 and short[-1].endswith("…")


# --- document page and API -------------------------------------------------------


def graph_section(html: str) -> str:
    return html.split('id="luoc-do"', 1)[1].split('id="lien-quan"', 1)[0]


def test_document_page_draws_the_graph_with_links(client, records):
    html = client.get(f"/documents/{records['phap_dien']['id']}").get_data(as_text=True)
    assert '<a href="#luoc-do">Lược đồ</a>' in html
    for anchor in ("thuoc-tinh", "luoc-do", "lien-quan", "toan-van"):
        assert f'id="{anchor}"' in html
    section = graph_section(html)
    assert section.count("<svg") == 2  # the wide and the narrow drawing
    assert 'viewBox="0 0 840 ' in section and 'viewBox="0 0 360 ' in section
    assert 'width="100%"' in section
    luat = records["luat"]["id"]
    assert f'<a href="/documents/{luat}" class="node-link">' in section
    assert "Luật 102/2016/QH13" in section
    assert "node-unresolved" in section and "chưa có trong cơ sở dữ liệu" in section
    hidden = graph_data(records["phap_dien"])["hidden"]["cites"]
    assert f"và {hidden} văn bản khác" in section


def test_document_page_shows_the_cited_by_side(client, records):
    html = client.get(f"/documents/{records['luat']['id']}").get_data(as_text=True)
    section = graph_section(html)
    assert "Văn bản dẫn chiếu đến văn bản này (1)" in section
    assert f'<a href="/documents/{records["phap_dien"]["id"]}" class="node-link">' in section
    assert "Đề mục 4.5 Trợ giúp pháp lý" in section


def test_unresolved_nodes_are_not_links(client, records):
    section = graph_section(client.get(f"/documents/{records['plan']['id']}").get_data(as_text=True))
    assert "Quyết định 2546/QĐ-TTg" in section and "Quyết định 258/QĐ-TTg" in section
    assert "node-link" not in section
    assert 'stroke-dasharray' not in section  # dashes come from the stylesheet, not inline


def test_api_graph(client, records):
    response = client.get(f"/api/documents/{records['luat']['id']}/graph")
    assert response.status_code == 200
    data = response.json
    assert set(data) == {"center", "nodes", "edges", "hidden"}
    assert data == graph_data(records["luat"])
    # by number, in another spelling
    assert client.get("/api/documents/102/2016/qh13/graph").json["center"] == data["center"]
    missing = client.get("/api/documents/khong-co/graph")
    assert missing.status_code == 404 and set(missing.json) == {"error"}


def test_openapi_describes_graph_and_sections(client):
    paths = client.get("/api/openapi.json").json["paths"]
    assert {"/api/documents/{id}/graph", "/api/sections"} <= set(paths)


@pytest.mark.parametrize("path", ["/documents/{plan}", "/search?q=tre+em", "/tap-tai-lieu"])
def test_pages_have_no_inline_script_style_or_handlers(client, records, path):
    html = client.get(path.format(plan=records["plan"]["id"]), follow_redirects=True).get_data(as_text=True)
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+\s*=", html)
    assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", html)
    assert '<script src="/static/pack.js" defer></script>' in html
    assert 'href="/tap-tai-lieu"' in html and "data-pack-count" in html


def test_templates_never_mark_document_text_safe():
    for name in ("_graph.html", "pack.html", "document.html"):
        assert "|safe" not in (TEMPLATES / name).read_text(encoding="utf-8"), name


# --- pack: buttons, sections API -------------------------------------------------


def test_add_buttons_on_document_and_search_pages(client, records):
    plan = records["plan"]
    html = client.get(f"/documents/{plan['id']}").get_data(as_text=True)
    assert f'id="toan-van" class="panel fulltext" data-pack-doc="{plan["id"]}"' in html
    buttons = re.findall(r'<button type="button" class="pack-add" hidden data-pack-section="([^"]+)"', html)
    assert buttons[:3] == ["muc-i", "muc-ii", "muc-ii-1"]
    assert "Thêm vào tập tài liệu" in html and "Mục II.1" in html
    results = client.get("/search", query_string={"q": "trẻ em bị bóc lột"}).get_data(as_text=True)
    assert re.search(rf'data-pack-doc="{plan["id"]}" data-pack-section="[a-z0-9-]+"', results)


def test_api_sections_returns_excerpts_in_order(client, records):
    luat, plan = records["luat"]["id"], records["plan"]["id"]
    refs = [f"{plan}#muc-ii-1", f"{luat}#dieu-2", f"{luat}#khong-co", "khong-co#dieu-1"]
    response = client.get("/api/sections", query_string=[("ref", ref) for ref in refs])
    assert response.status_code == 200
    data = response.json
    assert [s["ref"] for s in data["sections"]] == refs[:2]
    assert data["missing"] == refs[2:]
    first = data["sections"][0]
    assert first["label"] == "Mục II.1"
    assert first["text"].startswith("1. Công an tỉnh")
    assert first["citation"] == "Nguồn: Mục II.1, Kế hoạch số 113/KH-UBND ngày 20/01/2020 của Ủy ban nhân dân tỉnh Tây Ninh"
    assert first["url"] == f"/documents/{plan}#muc-ii-1"


def test_api_sections_whole_text_unit_of_a_search_hit(client, records):
    plan = records["plan"]["id"]
    data = client.get("/api/sections", query_string={"ref": f"{plan}#van-ban"}).json
    excerpt = data["sections"][0]
    assert excerpt["label"] == "Phần mở đầu"
    # the preamble, as the search index holds it: not the numbered parts
    assert excerpt["text"].startswith("ỦY BAN NHÂN DÂN")
    assert "Thực hiện Công văn số 2670/VPCP-QHQT" in excerpt["text"]
    assert "1. Công an tỉnh" not in excerpt["text"]


@pytest.mark.parametrize(
    ("query", "fragment"),
    [([], "chưa có trích đoạn"), ([("ref", "khong-dau-thang")], "không hợp lệ"),
     ([("ref", "a#b")] * (MAX_ITEMS + 1), f"tối đa {MAX_ITEMS}")],
)
def test_api_sections_bad_requests_are_400(client, query, fragment):
    response = client.get("/api/sections", query_string=query)
    assert response.status_code == 400
    assert fragment in response.json["error"]


def test_citation_lines_and_labels(records):
    assert citation_line(records["luat"], "Điều 2") == "Nguồn: Điều 2, Luật số 102/2016/QH13 của Quốc hội"
    # a document without a number is cited by its title
    assert citation_line(records["phap_dien"], "Điều 1 Luật số 11/2017/QH14") == (
        "Nguồn: Điều 1 Luật số 11/2017/QH14, Đề mục 4.5 Trợ giúp pháp lý"
    )
    assert section_label({"label": "khoản 1 Điều 3", "kind": "khoan"}) == "Khoản 1 Điều 3"
    assert section_label({"label": "II.1", "kind": "item"}) == "Mục II.1"


# --- pack: DOCX export -------------------------------------------------------------


def export(client, refs: list[str], **params):
    return client.get("/tap-tai-lieu/xuat.docx", query_string=[*(("s", ref) for ref in refs), *params.items()])


def test_pack_page(client):
    response = client.get("/tap-tai-lieu")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<h1" in html and "Tập tài liệu" in html
    assert 'data-api-url="/api/sections"' in html and 'data-export-url="/tap-tai-lieu/xuat.docx"' in html
    assert 'id="pack-item-template"' in html


def test_docx_export_keeps_order_text_and_citations(client, records):
    luat, plan, phap_dien = records["luat"], records["plan"], records["phap_dien"]
    refs = [f"{plan['id']}#muc-ii-1", f"{luat['id']}#dieu-3", f"{phap_dien['id']}#dieu-1-luat-so-11-2017-qh14"]
    response = export(client, refs, title="Tập huấn trợ giúp pháp lý cho nạn nhân")
    assert response.status_code == 200
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert "tap-tai-lieu.docx" in response.headers["Content-Disposition"]
    word = WordDocument(io.BytesIO(response.data))
    paragraphs = [p.text for p in word.paragraphs]
    assert paragraphs[0] == "Tập huấn trợ giúp pháp lý cho nạn nhân"
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "1. Mục II.1 — Kế hoạch 113/KH-UBND",
        "2. Điều 3 — Luật 102/2016/QH13",
        "3. Điều 1 Luật số 11/2017/QH14 — Đề mục 4.5 Trợ giúp pháp lý",
    ]
    citations = [p.text for p in word.paragraphs if p.text.startswith("Nguồn: ")]
    assert citations == [
        "Nguồn: Mục II.1, Kế hoạch số 113/KH-UBND ngày 20/01/2020 của Ủy ban nhân dân tỉnh Tây Ninh",
        "Nguồn: Điều 3, Luật số 102/2016/QH13 của Quốc hội",
        "Nguồn: Điều 1 Luật số 11/2017/QH14, Đề mục 4.5 Trợ giúp pháp lý",
    ]
    # each excerpt's paragraphs, verbatim, between its heading and its citation line
    dieu_3 = next(s for s in luat["sections"] if s["id"] == "dieu-3")
    lines = [line.strip() for line in dieu_3["text"].split("\n") if line.strip()]
    start = paragraphs.index(headings[1]) + 1
    assert paragraphs[start:start + len(lines)] == lines
    assert paragraphs[start + len(lines)] == citations[1]
    assert "Người đang chấp hành án phạt tù có thời hạn" in "\n".join(paragraphs)


def test_docx_export_without_title_uses_the_default(client, records):
    response = export(client, [f"{records['luat']['id']}#dieu-1"])
    word = WordDocument(io.BytesIO(response.data))
    assert word.paragraphs[0].text == "Tập tài liệu phòng, chống mua bán người"
    assert word.paragraphs[1].text.startswith("Gồm 1 trích đoạn")


@pytest.mark.parametrize(
    ("refs", "status", "fragment"),
    [
        ([], 400, "chưa có trích đoạn"),
        (["khong-co-van-ban-nay#dieu-1"], 404, "khong-co-van-ban-nay#dieu-1"),
        (["{luat}#dieu-999"], 404, "dieu-999"),
        (["{luat}"], 400, "không hợp lệ"),
        (["{luat}#dieu-1"] * (MAX_ITEMS + 1), 400, f"tối đa {MAX_ITEMS}"),
    ],
)
def test_docx_export_bad_refs_are_4xx_pages(client, records, refs, status, fragment):
    response = export(client, [ref.format(luat=records["luat"]["id"]) for ref in refs])
    assert response.status_code == status
    assert response.mimetype == "text/html"
    assert fragment in response.get_data(as_text=True)
