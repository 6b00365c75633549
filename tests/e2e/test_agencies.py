"""Agency duties and victim entitlements in the browser: from the nav to an
agency, its XLSX and CSV downloads, and the entitlement catalogue down to
the provision in its document."""

from __future__ import annotations

import csv
import json
import re

from openpyxl import load_workbook
from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS, assert_no_horizontal_scroll, screenshot

LDTBXH = "Sở Lao động - Thương binh và Xã hội"
LDTBXH_FILE = "nhiem-vu-so-lao-dong-thuong-binh-va-xa-hoi"
HEADERS = ["Cơ quan", "Vai trò", "Nhiệm vụ", "Thời hạn", "Văn bản", "Số hiệu", "Ngày ban hành", "Phần", "Liên kết"]
FIVE_AGENCIES = ("Công an tỉnh", "Sở Ngoại vụ", "Sở Thông tin và Truyền thông", "Sở Giáo dục và Đào tạo", LDTBXH)


def squash(text: str) -> str:
    return " ".join(text.split())


def cli_duties(server, agency: str) -> list[dict]:
    result = server.kb("duties", "--agency", agency, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["duties"]


def open_agency(page, name: str) -> None:
    """From the home page through the nav link to one agency's page."""
    page.goto("/")
    page.locator(".site-nav").get_by_role("link", name="Cơ quan", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Cơ quan được giao nhiệm vụ")
    page.locator(".agencies-table").get_by_role("link", name=name, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)


def page_tasks(page) -> list[str]:
    return [squash(text) for text in page.locator(".duties-table td.task").all_inner_texts()]


def download(page, link_name: str, tmp_path):
    """Click a download link, save the file; returns (suggested name, path)."""
    with page.expect_download() as info:
        page.locator(".exports").get_by_role("link", name=link_name).click()
    file = info.value
    path = tmp_path / file.suggested_filename
    file.save_as(path)
    return file.suggested_filename, path


def test_agencies_index_lists_the_plan_agencies_and_filters(page):
    page.goto("/co-quan/")
    table = page.locator(".agencies-table")
    for name in FIVE_AGENCIES:
        expect(table.get_by_role("link", name=name, exact=True)).to_be_visible()
    screenshot(page, "agencies-laptop")
    page.get_by_label(re.compile("Lọc theo tên cơ quan")).fill("so ldtbxh")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(table.locator("tbody tr")).to_have_count(1)
    expect(table.get_by_role("link", name=LDTBXH, exact=True)).to_be_visible()


def test_agency_page_and_its_xlsx_download(page, server, tmp_path):
    open_agency(page, LDTBXH)
    expected = cli_duties(server, "Sở LĐTBXH")
    tasks = page_tasks(page)
    assert tasks == [squash(row["task"]) for row in expected]
    assert any(task.startswith("Tham mưu đề xuất chính sách phúc lợi") for task in tasks)
    expect(page.locator(".duties-table")).to_contain_text("Kế hoạch 113/KH-UBND")
    expect(page.locator(".duties-table .badge").first).to_be_visible()
    screenshot(page, "agency-laptop")

    name, path = download(page, "Excel (.xlsx)", tmp_path)
    assert name == f"{LDTBXH_FILE}.xlsx"
    sheet = load_workbook(path).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == HEADERS
    assert sheet.freeze_panes == "A2"
    assert [squash(row[2]) for row in rows[1:]] == tasks
    assert {row[0] for row in rows[1:]} == {LDTBXH}
    plan_rows = [row for row in rows[1:] if row[5] == "113/KH-UBND"]
    assert plan_rows and all(row[6].strftime("%d/%m/%Y") == "20/01/2020" for row in plan_rows)
    assert all(row[8].startswith(server.url + "/documents/") for row in rows[1:])


def test_agency_csv_download(page, tmp_path):
    open_agency(page, LDTBXH)
    tasks = page_tasks(page)
    name, path = download(page, "CSV", tmp_path)
    assert name == f"{LDTBXH_FILE}.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADERS
    assert [squash(row[2]) for row in rows[1:]] == tasks
    assert any(row[5] == "113/KH-UBND" and row[6] == "20/01/2020" and row[7] == "II.5" for row in rows[1:])


def test_agency_role_filter(page):
    open_agency(page, "Công an tỉnh")
    page.locator(".role-filter").get_by_role("link", name=re.compile("^Theo dõi")).click()
    expect(page.locator(".role-filter [aria-current=page]")).to_contain_text("Theo dõi")
    roles = page.locator(".duties-table td.role").all_inner_texts()
    assert roles and {squash(role) for role in roles} == {"theo dõi"}
    expect(page.locator(".duties-table")).to_contain_text("Giao Công an tỉnh theo dõi, kiểm tra, đôn đốc")


def test_entitlements_filter_and_provision_anchor(page, server):
    page.goto("/")
    page.locator(".site-nav").get_by_role("link", name="Quyền lợi nạn nhân").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Quyền lợi của nạn nhân bị mua bán")
    every = page.locator(".entitlements-table tbody tr").count()
    assert every >= 2
    screenshot(page, "entitlements-laptop")

    page.get_by_label("Loại hỗ trợ").select_option("tâm lý")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_load_state()
    result = server.kb("entitlements", "--kind", "tâm lý", "--json")
    expected = json.loads(result.stdout)["entitlements"]
    rows = page.locator(".entitlements-table tbody tr")
    expect(rows).to_have_count(len(expected))
    assert 0 < len(expected) < every
    for index, row in enumerate(expected):
        expect(rows.nth(index).locator(".provision")).to_have_text(row["provision"])
        expect(rows.nth(index).locator(".kinds")).to_contain_text("tâm lý")
    screenshot(page, "entitlements-filtered-laptop")

    link = rows.first.locator(".provision a")
    anchor = link.get_attribute("href").split("#", 1)[1]
    assert anchor == expected[0]["anchor"]
    link.click()
    page.wait_for_load_state()
    assert page.url.endswith("#" + anchor)
    target = page.locator(f"[id='{anchor}']")
    expect(target).to_be_in_viewport()
    expect(target).to_contain_text(expected[0]["provision"].split(" ", 2)[0])  # "Điều"
    # the whole topic page is too tall for a full-page screenshot: the viewport shows the landing
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "entitlement-provision-laptop.png"))


def test_pages_fit_a_phone(phone):
    for path, name, first_cell in (
        ("/co-quan/", "agencies-phone", ".agencies-table tbody tr"),
        ("/co-quan/so-lao-dong-thuong-binh-va-xa-hoi", "agency-phone", ".duties-table tbody tr"),
        ("/quyen-loi/", "entitlements-phone", ".entitlements-table tbody tr"),
    ):
        phone.goto(path)
        expect(phone.locator(first_cell).first).to_be_visible()
        assert_no_horizontal_scroll(phone)
        # every cell of the first card fits the screen: no table scroll either
        overflow = phone.evaluate(
            "s => { const t = document.querySelector(s).closest('.table-scroll');"
            " return t.scrollWidth - t.clientWidth; }",
            first_cell,
        )
        assert overflow <= 1, f"{path}: the table scrolls {overflow}px sideways"
        screenshot(phone, name)
