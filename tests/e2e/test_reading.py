"""Reading in the browser: search with and without diacritics, open a
document, follow a cross-reference."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_horizontal_scroll, screenshot


def search(page, query: str) -> None:
    page.goto("/")
    page.get_by_role("searchbox").first.fill(query)
    page.keyboard.press("Enter")
    page.wait_for_load_state()


def test_search_with_diacritics_finds_the_victim_legal_aid_provision(page):
    search(page, "trợ giúp pháp lý cho nạn nhân bị mua bán")
    first = page.locator(".hit").first
    expect(first).to_contain_text("Điều")
    expect(first.locator("mark").first).to_be_visible()
    expect(page.locator(".hits")).to_contain_text("nạn nhân")
    screenshot(page, "search-laptop")


def _first_hit(page) -> list[str]:
    """The first hit's title, matched section and snippet (not its pack
    button, which the page's script reveals after loading)."""
    first = page.locator(".hit").first
    return [first.locator(selector).first.inner_text() for selector in ("h3", ".where", ".snippet")]


def test_search_without_diacritics_finds_the_same_provision(page):
    search(page, "trợ giúp pháp lý cho nạn nhân bị mua bán")
    with_marks = _first_hit(page)
    search(page, "tro giup phap ly cho nan nhan bi mua ban")
    assert _first_hit(page) == with_marks


@pytest.mark.parametrize(
    "query, number",
    [("113/KH-UBND", "113/KH-UBND"), ("ke hoach 113", "113/KH-UBND"),
     ("Thông tư liên tịch 29/2025", "29/2025/TTLT"), ("21/2021/ND-CP", "21/2021/NĐ-CP")],
)
def test_number_in_any_spelling_puts_that_document_first(page, query, number):
    search(page, query)
    expect(page.locator(".hit .number").first).to_contain_text(number)


def test_open_document_and_follow_a_cross_reference(page):
    search(page, "Kế hoạch 113 Tây Ninh")
    page.locator(".hit a").first.click()
    expect(page.locator(".doc-head .number")).to_have_text("113/KH-UBND")
    expect(page.locator("#lien-quan")).to_contain_text("2546/QĐ-TTg")
    screenshot(page, "document-laptop")
    # a table-of-contents link lands on its section's anchor
    toc_link = page.locator("#muc-luc .toc a").first
    anchor = toc_link.get_attribute("href")
    toc_link.click()
    assert page.url.endswith(anchor)


def test_empty_query_gets_a_message_not_an_error(page):
    response = page.goto("/search?q=")
    assert response.status == 200
    expect(page.locator("main")).to_contain_text(re.compile("Nhập|nhập"))


def test_pages_fit_a_phone(phone):
    phone.goto("/search?q=tro+giup+phap+ly")
    expect(phone.locator(".hit").first).to_be_visible()
    assert_no_horizontal_scroll(phone)
    screenshot(phone, "search-phone")
    phone.locator(".hit a").first.click()
    phone.wait_for_load_state()
    assert_no_horizontal_scroll(phone)
    screenshot(phone, "document-phone")
