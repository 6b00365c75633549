"""The agency pages, the entitlement catalogue, their downloads and JSON API.

One knowledge base is built per module from real files of ``corpus/`` (the
Tây Ninh plan 113/KH-UBND, which assigns duties to five agencies, and the
Pháp điển topic 4.5 on legal aid, which holds victim-entitlement
provisions); a second one holds a single hostile text file for the escaping
tests. Expected rows come from the same store through the CLI's data
functions, so the pages, downloads and API are checked against them.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from urllib.parse import urlencode

import pytest
from openpyxl import load_workbook

from kb.config import load_settings
from kb.core import KnowledgeBase
from kb.web import create_app
from kb.web.knowledge import close_kb

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "corpus" / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"
LEGAL_AID = ROOT / "corpus" / "phap-dien" / "de-muc-4.5-tro-giup-phap-ly.html"

FIVE_AGENCIES = (
    "Công an tỉnh",
    "Sở Ngoại vụ",
    "Sở Thông tin và Truyền thông",
    "Sở Giáo dục và Đào tạo",
    "Sở Lao động - Thương binh và Xã hội",
)
LDTBXH = "Sở Lao động - Thương binh và Xã hội"
LDTBXH_SLUG = "so-lao-dong-thuong-binh-va-xa-hoi"
HEADERS = ["Cơ quan", "Vai trò", "Nhiệm vụ", "Thời hạn", "Văn bản", "Số hiệu", "Ngày ban hành", "Phần", "Liên kết"]
CLI_DUTY_KEYS = {"agency", "role", "task", "deadline", "doc_id", "number", "section"}
CLI_ENTITLEMENT_KEYS = {"doc_id", "number", "doc_type", "title", "provision", "anchor", "kinds", "beneficiaries",
                        "status", "text"}

# a hostile plan (not a real document): markup and a spreadsheet formula in
# the task texts, to check they are escaped on pages and inert in downloads
HOSTILE_PLAN = """ỦY BAN NHÂN DÂN HUYỆN THỬ NGHIỆM
Số: 78/KH-UBND
KẾ HOẠCH
Thử nghiệm thoát ký tự <script>alert("xss")</script>
II. TỔ CHỨC THỰC HIỆN
1. Sở Ngoại vụ
- Chủ trì tuyên truyền <script>document.title="hacked"</script> và <b>đậm</b> về phòng, chống mua bán người.
- =HYPERLINK("http://example.invalid","bấm vào đây") phối hợp kiểm tra.
"""


def _build(home: Path, files: list[Path]) -> None:
    kb = KnowledgeBase(load_settings(home))
    try:
        report = kb.ingest(files)
    finally:
        kb.close()
    assert not report.failed, report.failed
    assert report.ingested == len(files)


@pytest.fixture(scope="module")
def kb_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("kb-agencies")
    _build(home, [PLAN, LEGAL_AID])
    return home


@pytest.fixture(scope="module")
def expected(kb_home) -> dict:
    """What the CLI's data functions (``kb duties`` / ``kb entitlements``) return."""
    kb = KnowledgeBase(load_settings(kb_home))
    try:
        return {"duties": kb.duties(), "ldtbxh": kb.duties("Sở LĐTBXH"), "entitlements": kb.entitlements()}
    finally:
        kb.close()


@pytest.fixture(scope="module")
def client(kb_home):
    app = create_app({"TESTING": True, "KB_HOME": str(kb_home)})
    yield app.test_client()
    close_kb(app)


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-plan")
    plan = folder / "ke-hoach-thu-nghiem.txt"
    plan.write_text(HOSTILE_PLAN, encoding="utf-8")
    home = tmp_path_factory.mktemp("kb-hostile")
    _build(home, [plan])
    app = create_app({"TESTING": True, "KB_HOME": str(home)})
    yield app.test_client()
    close_kb(app)


def html_of(response) -> str:
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def plain(html: str) -> str:
    """The page's text: tags dropped, entities of quotes undone, spaces collapsed."""
    text = re.sub(r"<[^>]+>", " ", html).replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&")
    return " ".join(text.split())


def squash(text: str) -> str:
    return " ".join(text.split())


def document_text(client, doc_id: str) -> str:
    return squash(client.get(f"/api/documents/{doc_id}").json["text"])


def of_the_plan(rows: list[dict]) -> list[dict]:
    """The rows whose duty the Tây Ninh plan assigns (the topic 4.5 page
    assigns duties too)."""
    return [row for row in rows if row["number"] == "113/KH-UBND"]


# --- the agencies index ---------------------------------------------------------------


def test_index_lists_the_five_agencies_of_the_plan(client):
    html = html_of(client.get("/co-quan/"))
    for name in FIVE_AGENCIES:
        assert f">{name}</a>" in html, name
    assert f'href="/co-quan/{LDTBXH_SLUG}"' in html
    for heading in ("Chủ trì", "Phối hợp", "Thường trực", "Theo dõi", "Số văn bản"):
        assert heading in html


def test_index_counts_match_the_duties(client, expected):
    rows = [row for row in expected["duties"] if row["agency"] == "Công an tỉnh"]
    html = html_of(client.get("/co-quan/"))
    row_html = html.split('href="/co-quan/cong-an-tinh"', 1)[1].split("</tr>", 1)[0]
    counts = dict(re.findall(r'data-label="([^"]+)">(\d+)<', row_html))
    assert int(counts["Tổng nhiệm vụ"]) == len(rows)
    assert int(counts["Chủ trì"]) == sum(row["role"] == "chủ trì" for row in rows)
    assert int(counts["Theo dõi"]) == sum(row["role"] == "theo dõi" for row in rows) >= 1
    assert int(counts["Số văn bản"]) == len({row["doc_id"] for row in rows})


@pytest.mark.parametrize(
    "query", ["so ldtbxh", "Sở LĐTBXH", "sở lao động thương binh", "Lao động - TB và XH", "ldtbxh"]
)
def test_index_filter_finds_an_agency_in_any_spelling(client, query):
    html = html_of(client.get("/co-quan/", query_string={"ten": query}))
    assert f">{LDTBXH}</a>" in html
    for other in set(FIVE_AGENCIES) - {LDTBXH}:
        assert f">{other}</a>" not in html, other


def test_index_filter_without_match_says_so(client):
    html = html_of(client.get("/co-quan/", query_string={"ten": "Bộ Xây dựng"}))
    assert "Không có cơ quan nào khớp" in html
    assert "<tbody>" not in html


# --- one agency ---------------------------------------------------------------------


def test_agency_page_shows_tasks_roles_and_sources(client, expected):
    html = html_of(client.get(f"/co-quan/{LDTBXH_SLUG}"))
    text = plain(html)
    assert f"<h1>{LDTBXH}</h1>" in html
    plan_rows = of_the_plan(expected["ldtbxh"])
    assert plan_rows, "the plan assigns duties to Sở LĐTBXH"
    for row in expected["ldtbxh"]:
        assert squash(row["task"]) in text
    assert html.count('<td class="task"') == len(expected["ldtbxh"])
    assert "Tham mưu đề xuất chính sách phúc lợi" in text  # task text of the plan, section II.5
    assert "chủ trì" in text
    assert "Kế hoạch 113/KH-UBND" in text and "20/01/2020" in text
    # the source links land on the task's section of the plan
    doc_id = plan_rows[0]["doc_id"]
    assert f'href="/documents/{doc_id}#muc-ii-5"' in html
    assert ">II.5</a>" in html
    # downloads of this agency, with ASCII file names
    assert f'href="/co-quan/{LDTBXH_SLUG}.xlsx"' in html
    assert f'href="/co-quan/{LDTBXH_SLUG}.csv"' in html


def test_agency_page_links_reach_real_anchors(client):
    html = html_of(client.get("/co-quan/cong-an-tinh"))
    links = set(re.findall(r'href="(/documents/[^"#]+)#([^"]+)"', html))
    assert links
    for path, anchor in links:
        document = html_of(client.get(path))
        assert f'id="{anchor}"' in document, (path, anchor)


@pytest.mark.parametrize(
    "spelling", ["Sở LĐTBXH", "so ldtbxh", "Sở Lao động, Thương binh và xã hội", "Sở Lao động - TB và XH", "SO-LDTBXH"]
)
def test_spelling_variants_reach_the_same_agency(client, spelling):
    response = client.get(f"/co-quan/{spelling}")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/co-quan/{LDTBXH_SLUG}")
    assert f"<h1>{LDTBXH}</h1>" in html_of(client.get(f"/co-quan/{spelling}", follow_redirects=True))


def test_role_filter_keeps_one_role(client, expected):
    rows = [row for row in expected["duties"] if row["agency"] == "Công an tỉnh"]
    html = html_of(client.get("/co-quan/cong-an-tinh", query_string={"vai-tro": "theo dõi"}))
    monitored = [row for row in rows if row["role"] == "theo dõi"]
    assert monitored
    assert html.count('<td class="task"') == len(monitored)
    assert squash(monitored[0]["task"]) in plain(html)
    # without diacritics too, and the downloads keep the filter
    html = html_of(client.get("/co-quan/cong-an-tinh", query_string={"vai-tro": "theo doi"}))
    assert html.count('<td class="task"') == len(monitored)
    assert f'href="/co-quan/cong-an-tinh.xlsx?{urlencode({"vai-tro": "theo dõi"})}"' in html


def test_unknown_role_is_a_vietnamese_400(client):
    response = client.get("/co-quan/cong-an-tinh", query_string={"vai-tro": "lãnh đạo"})
    assert response.status_code == 400
    assert "Vai trò “lãnh đạo” không hợp lệ" in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/co-quan/bo-xay-dung", "/co-quan/bo-xay-dung.xlsx", "/co-quan/khong-co.csv"])
def test_unknown_agency_is_a_vietnamese_404_page(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert '<html lang="vi">' in html
    assert "Không tìm thấy cơ quan" in html


# --- downloads ------------------------------------------------------------------------


def xlsx_rows(response) -> tuple[object, list[list]]:
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.data))
    sheet = book.active
    return sheet, [[cell.value for cell in row] for row in sheet.iter_rows()]


def csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response.data.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 BOM"
    return list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))


def test_xlsx_export_has_header_and_the_agency_rows(client, expected):
    response = client.get(f"/co-quan/{LDTBXH_SLUG}.xlsx")
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert f'filename="nhiem-vu-{LDTBXH_SLUG}.xlsx"' in response.headers["Content-Disposition"]
    sheet, rows = xlsx_rows(response)
    assert rows[0] == HEADERS
    assert sheet.title.startswith("Nhiệm vụ")
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet[2][2].alignment.wrap_text
    assert sheet.column_dimensions["C"].width >= 60  # the task column is wide
    body = rows[1:]
    assert [(r[0], r[1], r[2], r[5]) for r in body] == [
        (row["agency"], row["role"], row["task"], row["number"]) for row in expected["ldtbxh"]
    ]
    for row in body:
        assert row[0] == LDTBXH
        doc_id, anchor = re.fullmatch(r"http://localhost/documents/([^#]+)#(.+)", row[8]).groups()
        assert squash(row[2]) in document_text(client, doc_id)  # the task is the document's own text
    plan_rows = [row for row in body if row[5] == "113/KH-UBND"]
    assert len(plan_rows) == len(of_the_plan(expected["ldtbxh"])) >= 1
    for row in plan_rows:
        assert row[4].startswith("Kế hoạch")
        assert row[6].strftime("%d/%m/%Y") == "20/01/2020"  # a real date cell
        assert row[7] == "II.5"
        assert row[8].endswith("#muc-ii-5")
    assert any("Tham mưu đề xuất chính sách phúc lợi" in row[2] for row in plan_rows)


def test_csv_export_has_the_same_rows_and_a_bom(client):
    response = client.get(f"/co-quan/{LDTBXH_SLUG}.csv")
    assert response.mimetype == "text/csv"
    assert f'filename="nhiem-vu-{LDTBXH_SLUG}.csv"' in response.headers["Content-Disposition"]
    rows = csv_rows(response)
    _, xlsx = xlsx_rows(client.get(f"/co-quan/{LDTBXH_SLUG}.xlsx"))
    assert rows[0] == HEADERS
    as_text = [["" if v is None else v.strftime("%d/%m/%Y") if hasattr(v, "strftime") else v for v in r]
               for r in xlsx[1:]]
    assert rows[1:] == as_text
    assert len(rows) > 1


def test_export_of_every_agency(client, expected):
    for fmt in ("xlsx", "csv"):
        response = client.get(f"/co-quan/tat-ca.{fmt}")
        assert f'filename="nhiem-vu-tat-ca-co-quan.{fmt}"' in response.headers["Content-Disposition"]
        rows = xlsx_rows(response)[1] if fmt == "xlsx" else csv_rows(response)
        assert rows[0] == HEADERS
        assert [r[2] for r in rows[1:]] == [row["task"] for row in expected["duties"]]
        assert set(FIVE_AGENCIES) <= {r[0] for r in rows[1:]}


def test_export_keeps_the_role_filter(client, expected):
    rows = csv_rows(client.get("/co-quan/cong-an-tinh.csv", query_string={"vai-tro": "theo dõi"}))
    assert {r[1] for r in rows[1:]} == {"theo dõi"}
    assert len(rows) - 1 == sum(
        row["agency"] == "Công an tỉnh" and row["role"] == "theo dõi" for row in expected["duties"]
    )


# --- the entitlement catalogue ------------------------------------------------------------


def test_entitlements_page_lists_the_catalogue(client, expected):
    assert expected["entitlements"], "Pháp điển 4.5 holds victim-entitlement provisions"
    html = html_of(client.get("/quyen-loi/"))
    assert "Quyền lợi của nạn nhân bị mua bán" in html
    assert html.count('class="card-title provision"') == len(expected["entitlements"])
    for row in expected["entitlements"]:
        assert f'href="/documents/{row["doc_id"]}#{row["anchor"]}">{row["provision"]}</a>' in html
    assert "Điều 7 Luật số 11/2017/QH14" in html  # Luật Trợ giúp pháp lý: victims of trafficking
    assert "nạn nhân bị mua bán" in html
    for kind in ("trợ giúp pháp lý", "học nghề", "vay vốn", "lưu trú"):  # the kind filter offers all 11 kinds
        assert f'<option value="{kind}"' in html


@pytest.mark.parametrize("spelling", ["tâm lý", "tam ly"])
def test_entitlements_page_filters_by_kind(client, expected, spelling):
    wanted = [row for row in expected["entitlements"] if "tâm lý" in row["kinds"]]
    assert 0 < len(wanted) < len(expected["entitlements"])
    html = html_of(client.get("/quyen-loi/", query_string={"loai": spelling}))
    shown = re.findall(r'class="card-title provision"><a href="[^"]+">([^<]+)</a>', html)
    assert shown == [row["provision"] for row in wanted]
    assert '<option value="tâm lý" selected>' in html


def test_entitlements_page_filters_by_status(client, expected):
    statuses = {row["status"] or "Không rõ" for row in expected["entitlements"]}
    status = sorted(statuses)[0]
    html = html_of(client.get("/quyen-loi/", query_string={"hieu-luc": status}))
    assert html.count('class="card-title provision"') == sum(
        (row["status"] or "Không rõ") == status for row in expected["entitlements"]
    )
    html = html_of(client.get("/quyen-loi/", query_string={"hieu-luc": "Hết hiệu lực toàn bộ"}))
    assert "Không có điều khoản nào khớp" in html


def test_entitlement_links_reach_the_provision_anchor(client):
    html = html_of(client.get("/quyen-loi/", query_string={"loai": "trợ giúp pháp lý"}))
    path, anchor = re.search(r'class="card-title provision"><a href="(/documents/[^"#]+)#([^"]+)"', html).groups()
    assert f'id="{anchor}"' in html_of(client.get(path))


def test_unknown_kind_is_a_vietnamese_400(client):
    response = client.get("/quyen-loi/", query_string={"loai": "xe hơi"})
    assert response.status_code == 400
    assert "Loại hỗ trợ “xe hơi” không hợp lệ" in response.get_data(as_text=True)


# --- JSON API ---------------------------------------------------------------------------------


def test_api_duties_returns_the_rows_of_kb_duties(client, expected):
    every = client.get("/api/duties").json["duties"]
    assert [{k: row[k] for k in CLI_DUTY_KEYS} for row in every] == [
        {k: row[k] for k in CLI_DUTY_KEYS} for row in expected["duties"]
    ]
    agency = client.get("/api/duties", query_string={"agency": "so ldtbxh"}).json["duties"]
    assert [row["task"] for row in agency] == [row["task"] for row in expected["ldtbxh"]]
    assert {row["agency_slug"] for row in agency} == {LDTBXH_SLUG}
    assert all(row["url"].endswith("#muc-ii-5") for row in of_the_plan(agency))


def test_api_duties_is_what_the_agency_page_and_download_show(client):
    api = client.get("/api/duties", query_string={"agency": "Công an tỉnh", "role": "chu tri"}).json["duties"]
    assert api and {row["role"] for row in api} == {"chủ trì"}
    rows = csv_rows(client.get("/co-quan/cong-an-tinh.csv", query_string={"vai-tro": "chủ trì"}))
    assert [r[2] for r in rows[1:]] == [row["task"] for row in api]


def test_api_entitlements_returns_the_rows_of_kb_entitlements(client, expected):
    every = client.get("/api/entitlements").json["entitlements"]
    assert [{k: row[k] for k in CLI_ENTITLEMENT_KEYS} for row in every] == expected["entitlements"]
    legal = client.get("/api/entitlements", query_string={"kind": "tro giup phap ly"}).json["entitlements"]
    assert legal and all("trợ giúp pháp lý" in row["kinds"] for row in legal)
    html = html_of(client.get("/quyen-loi/", query_string={"loai": "trợ giúp pháp lý"}))
    assert re.findall(r'class="card-title provision"><a href="([^"]+)">', html) == [row["url"] for row in legal]


@pytest.mark.parametrize(
    ("path", "params"), [("/api/duties", {"role": "boss"}), ("/api/entitlements", {"kind": "xe hơi"})]
)
def test_api_bad_filters_are_json_400(client, path, params):
    response = client.get(path, query_string=params)
    assert response.status_code == 400
    assert response.mimetype == "application/json"
    assert set(response.json) == {"error"}


def test_openapi_describes_the_duties_and_entitlements(client):
    paths = client.get("/api/openapi.json").json["paths"]
    assert {p["name"] for p in paths["/api/duties"]["get"]["parameters"]} == {"agency", "role"}
    assert {p["name"] for p in paths["/api/entitlements"]["get"]["parameters"]} == {"kind", "status"}


def test_nav_links_to_both_pages(client):
    html = html_of(client.get("/co-quan/"))
    nav = html.split('class="site-nav"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/co-quan/">Cơ quan</a>' in nav
    assert 'href="/quyen-loi/">Quyền lợi nạn nhân</a>' in nav


def test_pages_have_no_inline_script_or_style(client):
    for path in ("/co-quan/", f"/co-quan/{LDTBXH_SLUG}", "/quyen-loi/"):
        html = html_of(client.get(path))
        assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # scripts only from static files
        assert " style=" not in html
        assert not re.search(r"\son[a-z]+=", html)
        assert "tables.css" in html


# --- escaping ---------------------------------------------------------------------------------


def test_document_text_is_escaped_on_the_agency_page(hostile_client):
    html = html_of(hostile_client.get("/co-quan/so-ngoai-vu"))
    assert "&lt;script&gt;document.title=" in html
    assert "<script>" not in html
    assert "<b>đậm</b>" not in html


def test_user_input_is_escaped(client):
    html = html_of(client.get("/co-quan/", query_string={"ten": "<script>alert(1)</script>"}))
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    response = client.get("/co-quan/<b>x</b>")
    assert response.status_code == 404
    assert "<b>x</b>" not in response.get_data(as_text=True)


def test_formula_in_a_task_stays_text_in_downloads(hostile_client):
    _, rows = xlsx_rows(hostile_client.get("/co-quan/so-ngoai-vu.xlsx"))
    tasks = [r[2] for r in rows[1:]]
    formula = next(task for task in tasks if "HYPERLINK" in task)
    assert formula.startswith("=HYPERLINK")  # stored as the text it is, not as a formula
    book = load_workbook(io.BytesIO(hostile_client.get("/co-quan/so-ngoai-vu.xlsx").data))
    cell = next(c for c in book.active["C"] if c.value == formula)
    assert cell.data_type == "s"
    csv_tasks = [r[2] for r in csv_rows(hostile_client.get("/co-quan/so-ngoai-vu.csv"))[1:]]
    assert "'" + formula in csv_tasks
