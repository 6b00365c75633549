"""In the browser: the relationship graph ("Lược đồ") of a document page and
the course pack ("Tập tài liệu"), from collecting excerpts to the DOCX file.

The served knowledge base holds all of ``corpus/``: the Pháp điển topic 4.5
cites Luật Trẻ em 102/2016/QH13 (both ingested, so the edge is resolved);
the Tây Ninh plan 113/KH-UBND cites decisions that are not in the corpus.
"""

from __future__ import annotations

import json

import pytest
from docx import Document as WordDocument
from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS, assert_no_horizontal_scroll, screenshot

LAW = "102/2016/QH13"
PLAN = "113/KH-UBND"


def show(server, number: str) -> dict:
    """``kb show --json`` of a served document."""
    result = server.kb("show", number, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def snapshot(locator, name: str) -> None:
    """Save a screenshot of one element (the full page can be very long)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    locator.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def csp_errors(page) -> list[str]:
    """Collect the console's Content-Security-Policy complaints from now on."""
    errors: list[str] = []
    page.on("console", lambda message: "Content Security Policy" in message.text and errors.append(message.text))
    return errors


@pytest.fixture(scope="module")
def law(server) -> dict:
    return show(server, LAW)


@pytest.fixture(scope="module")
def topic(server, law) -> dict:
    """The Pháp điển topic 4.5, which cites the law."""
    citing = {c["doc_id"] for c in law["cited_by"]}
    records = [show(server, doc_id) for doc_id in citing]
    return next(r for r in records if r["title"] == "Đề mục 4.5 Trợ giúp pháp lý")


# --- the graph ----------------------------------------------------------------------


def test_graph_tab_and_clicking_a_resolved_node(page, law, topic):
    errors = csp_errors(page)
    page.goto(f"/documents/{topic['id']}")
    page.get_by_role("link", name="Lược đồ", exact=True).click()
    assert page.url.endswith("#luoc-do")
    graph = page.locator("#luoc-do svg.graph-wide")
    expect(graph).to_be_visible()
    expect(page.locator("#luoc-do svg.graph-narrow")).to_be_hidden()
    # unresolved targets are drawn, with their number and the note
    unresolved = graph.locator(".node-unresolved").first
    expect(unresolved).to_contain_text("chưa có trong cơ sở dữ liệu")
    expect(graph).to_contain_text("văn bản khác")
    snapshot(page.locator("#luoc-do"), "graph-laptop")
    # the law is in the knowledge base: its node is a link to its page
    graph.locator(f'a.node-link[href="/documents/{law["id"]}"]').click()
    page.wait_for_url(f"**/documents/{law['id']}")
    expect(page.locator(".doc-head .number")).to_have_text(LAW)
    # and back, from the law's cited-by side
    page.get_by_role("link", name="Lược đồ", exact=True).click()
    back = page.locator(f'#luoc-do svg.graph-wide a.node-link[href="/documents/{topic["id"]}"]')
    expect(back).to_contain_text("Đề mục 4.5")
    back.click()
    page.wait_for_url(f"**/documents/{topic['id']}")
    expect(page.locator("h1")).to_have_text("Đề mục 4.5 Trợ giúp pháp lý")
    assert errors == []


def test_graph_on_a_phone(phone, law, topic):
    phone.goto(f"/documents/{law['id']}")
    phone.get_by_role("link", name="Lược đồ", exact=True).click()
    narrow = phone.locator("#luoc-do svg.graph-narrow")
    expect(narrow).to_be_visible()
    expect(phone.locator("#luoc-do svg.graph-wide")).to_be_hidden()
    assert_no_horizontal_scroll(phone)
    # drawn at about its natural size: text stays readable
    box = narrow.bounding_box()
    assert box["width"] >= 0.9 * 358
    snapshot(phone.locator("#luoc-do"), "graph-phone")
    narrow.locator(f'a.node-link[href="/documents/{topic["id"]}"]').tap()
    phone.wait_for_url(f"**/documents/{topic['id']}")
    assert_no_horizontal_scroll(phone)


# --- the course pack ----------------------------------------------------------------


def add_button(page, section_id: str):
    return page.locator(f'#{section_id} > button.pack-add')


def pack_labels(page) -> list[str]:
    return page.locator("#pack-items .pack-label").all_inner_texts()


def test_collect_reorder_and_export_a_pack(page, server, tmp_path):
    errors = csp_errors(page)
    plan = show(server, PLAN)
    page.goto(f"/documents/{plan['id']}")
    nav_count = page.locator(".site-nav [data-pack-count]")
    expect(nav_count).to_contain_text("(0)")
    for section in ("muc-ii-1", "muc-ii-5"):
        button = add_button(page, section)
        expect(button).to_have_text("Thêm vào tập tài liệu: Mục " + section[4:].upper().replace("-", "."))
        button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
    expect(nav_count).to_contain_text("(2)")
    # a second click takes it out again, a third puts it back
    add_button(page, "muc-ii-5").click()
    expect(nav_count).to_contain_text("(1)")
    add_button(page, "muc-ii-5").click()
    expect(nav_count).to_contain_text("(2)")

    # one more from a search result
    page.goto("/search?q=" + "trợ giúp pháp lý cho nạn nhân bị mua bán")
    hit = page.locator(".hit").first
    hit_section = hit.locator(".where a").inner_text()
    hit_number = hit.locator(".meta .number").all_inner_texts()
    hit.locator("button.pack-add").click()
    expect(nav_count).to_contain_text("(3)")

    page.get_by_role("link", name="Tập tài liệu (3)").click()
    page.wait_for_url("**/tap-tai-lieu")
    items = page.locator("#pack-items > li")
    expect(items).to_have_count(3)
    expect(items.nth(2).locator(".pack-source")).to_contain_text("Nguồn: ")
    labels = pack_labels(page)
    assert labels[0] == "Mục II.1 — Kế hoạch 113/KH-UBND"
    assert labels[1] == "Mục II.5 — Kế hoạch 113/KH-UBND"
    assert labels[2].startswith(hit_section)
    expect(items.nth(0).locator(".pack-source")).to_have_text(
        "Nguồn: Mục II.1, Kế hoạch số 113/KH-UBND ngày 20/01/2020 của Ủy ban nhân dân tỉnh Tây Ninh"
    )
    expect(items.nth(0).locator(".pack-text")).to_contain_text("Công an tỉnh")

    # reorder: the search excerpt first, then II.5, then II.1
    items.nth(2).get_by_role("button", name="↑ Lên").click()
    items.nth(1).get_by_role("button", name="↑ Lên").click()
    items.nth(2).get_by_role("button", name="↑ Lên").click()
    expect(page.locator("#pack-status")).to_contain_text("vị trí 2")
    order = pack_labels(page)
    assert order == [labels[2], labels[1], labels[0]]
    expect(items.nth(0).get_by_role("button", name="↑ Lên")).to_be_disabled()
    page.locator("#pack-title").fill("Tập huấn: hỗ trợ nạn nhân bị mua bán")
    screenshot(page, "pack-laptop")

    with page.expect_download() as info:
        page.get_by_role("link", name="Tải về (DOCX)").click()
    download = info.value
    assert download.suggested_filename == "tap-tai-lieu.docx"
    path = tmp_path / "pack.docx"
    download.save_as(path)
    word = WordDocument(str(path))
    assert word.paragraphs[0].text == "Tập huấn: hỗ trợ nạn nhân bị mua bán"
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert [h.split(". ", 1)[1] for h in headings] == order
    citations = [p.text for p in word.paragraphs if p.text.startswith("Nguồn: ")]
    assert len(citations) == 3
    assert citations[0].startswith(f"Nguồn: {hit_section}")
    if hit_number:
        assert hit_number[0] in citations[0]
    assert citations[1] == "Nguồn: Mục II.5, Kế hoạch số 113/KH-UBND ngày 20/01/2020 của Ủy ban nhân dân tỉnh Tây Ninh"
    assert citations[2].startswith("Nguồn: Mục II.1, Kế hoạch số 113/KH-UBND ngày 20/01/2020")
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Công an tỉnh" in text and "nạn nhân" in text

    # remove one, then clear the pack
    items.nth(0).get_by_role("button", name="Bỏ").click()
    expect(items).to_have_count(2)
    expect(nav_count).to_contain_text("(2)")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Xóa tất cả").click()
    expect(items).to_have_count(0)
    expect(page.locator("#pack-empty")).to_be_visible()
    expect(nav_count).to_contain_text("(0)")
    assert errors == []


def test_pack_on_a_phone(phone, server):
    plan = show(server, PLAN)
    phone.goto(f"/documents/{plan['id']}#muc-ii-1")
    add_button(phone, "muc-ii-1").tap()
    add_button(phone, "muc-ii-2").tap()
    assert_no_horizontal_scroll(phone)
    phone.goto("/tap-tai-lieu")
    expect(phone.locator("#pack-items > li")).to_have_count(2)
    expect(phone.locator("#pack-items > li").nth(1).locator(".pack-source")).to_contain_text("Nguồn: Mục II.2")
    assert_no_horizontal_scroll(phone)
    screenshot(phone, "pack-phone")
