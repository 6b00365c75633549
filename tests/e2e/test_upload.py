"""Upload in the browser: log in, upload a real document that is not in
``corpus/``, read the report, find the document by search and open it; no
page breaks the Content-Security-Policy."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.conftest import ADMIN_PASSWORD, ADMIN_USER, assert_no_horizontal_scroll, screenshot

ROOT = Path(__file__).resolve().parents[2]
# Án lệ 26/2018/AL: a real DOCX of tests/data, not part of corpus/
NEW_DOC = ROOT / "tests" / "data" / "docx" / "an-le-26-2018-no-table.docx"
NEW_NUMBER = "26/2018/AL"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
UPLOAD = [
    {"name": NEW_DOC.name, "mimeType": DOCX_TYPE, "buffer": NEW_DOC.read_bytes()},
    # refused by its type: a few junk bytes, never read as a document
    {"name": "cai-dat.exe", "mimeType": "application/octet-stream", "buffer": b"MZ\x90\x00\x03\x00"},
]
ADDED_OR_THERE = re.compile("^(Đã thêm|Đã có sẵn)$")


def watch_csp(page: Page) -> list[str]:
    """Collect the console messages reporting a Content-Security-Policy violation."""
    violations: list[str] = []

    def on_console(message) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            violations.append(f"{page.url}: {message.text}")

    page.on("console", on_console)
    return violations


def log_in(page: Page) -> None:
    """Open the upload page, get sent to the login form, and log in."""
    page.goto("/tai-len")
    expect(page).to_have_url("/dang-nhap?next=/tai-len")
    page.get_by_label("Tên đăng nhập").fill(ADMIN_USER)
    page.get_by_label("Mật khẩu").fill(ADMIN_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page).to_have_url("/tai-len")


def test_login_upload_then_search_and_open(page, server):
    violations = watch_csp(page)
    page.goto("/tai-len")
    expect(page.locator(".auth-form")).to_be_visible()
    screenshot(page, "login-laptop")

    # a wrong password first: refused, still on the login form
    page.get_by_label("Tên đăng nhập").fill(ADMIN_USER)
    page.get_by_label("Mật khẩu").fill("sai-mat-khau")
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.locator(".form-error")).to_have_text("Tên đăng nhập hoặc mật khẩu không đúng.")

    log_in(page)
    expect(page.get_by_role("button", name=f"Đăng xuất ({ADMIN_USER})")).to_be_visible()
    page.get_by_label("Chọn tệp văn bản").set_input_files(UPLOAD)
    page.get_by_role("button", name="Tải lên và nhập").click()

    items = page.locator(".report-item")
    expect(items).to_have_count(2)
    expect(items.nth(0)).to_contain_text(NEW_DOC.name)
    expect(items.nth(0).locator(".badge")).to_have_text("Đã thêm")
    expect(items.nth(0).locator(".doc a")).to_contain_text(NEW_NUMBER)
    expect(items.nth(1).locator(".badge")).to_have_text("Bị từ chối")
    expect(items.nth(1)).to_contain_text("Chỉ nhận tệp PDF, DOCX, HTML, TXT")
    screenshot(page, "upload-laptop")

    # the new document is found by the ordinary search and opens
    page.get_by_role("searchbox").first.fill(NEW_NUMBER)
    page.keyboard.press("Enter")
    expect(page.locator(".hit .number").first).to_have_text(NEW_NUMBER)
    page.locator(".hit h3 a").first.click()
    expect(page.locator(".doc-head .number")).to_have_text(NEW_NUMBER)
    assert server.kb("show", NEW_NUMBER, "--json").returncode == 0

    # logging out ends the session
    page.get_by_role("button", name=f"Đăng xuất ({ADMIN_USER})").click()
    page.goto("/tai-len")
    expect(page).to_have_url("/dang-nhap?next=/tai-len")
    assert violations == []


def test_no_csp_violation_on_the_main_pages(page):
    violations = watch_csp(page)
    for path in ("/", "/search?q=tro+giup+phap+ly", "/dang-nhap", "/khong-co-trang-nay"):
        page.goto(path)
        page.wait_for_load_state("load")
    page.goto("/search?q=ke+hoach+113")
    page.locator(".hit h3 a").first.click()
    page.wait_for_load_state("load")
    log_in(page)
    page.wait_for_load_state("load")
    assert violations == []


def test_upload_page_fits_a_phone(phone):
    violations = watch_csp(phone)
    log_in(phone)
    assert_no_horizontal_scroll(phone)
    # the document may already be there (uploaded by the laptop test): either line is right
    phone.get_by_label("Chọn tệp văn bản").set_input_files(UPLOAD)
    phone.get_by_role("button", name="Tải lên và nhập").click()
    expect(phone.locator(".report-item")).to_have_count(2)
    expect(phone.locator(".report-item").first.locator(".badge")).to_have_text(ADDED_OR_THERE)
    assert_no_horizontal_scroll(phone)
    screenshot(phone, "upload-phone")
    assert violations == []
