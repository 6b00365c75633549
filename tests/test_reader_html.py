"""Tests for the HTML reader (vbpl.vn, thuvienphapluat.vn, Pháp điển, news pages).

Fixtures in tests/data/html are real pages copied from ../shared/data/html
(and one news page built around the real text of seed 003). The parametrised
tables run over every real page in ../shared/data when it is present.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from kb.errors import ParseError
from kb.ingest.readers.html import KNOWN_STATUSES, read_html

DATA = Path(__file__).resolve().parent / "data" / "html"
# real pages the demo corpus already ships are read from there
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
VBPL = SHARED / "html" / "vbpl"
PHAPDIEN = SHARED / "html" / "phapdien"

NAV_TEXT = ("TRANG CHỦ", "GIỚI THIỆU", "Đơn vị chủ quản", "VĂN BẢN PHÁP LUẬT ĐỊA PHƯƠNG", "Tải biểu mẫu")


def read(path: Path):
    return read_html(path, path.read_bytes())


def lines_of(raw) -> list[str]:
    return raw.text.split("\n")


def index_of(lines: list[str], needle: str) -> int:
    for i, line in enumerate(lines):
        if needle in line:
            return i
    raise AssertionError(f"{needle!r} not found")


def fold(text: str) -> str:
    """Lowercase, no diacritics, đ→d, every non-alphanumeric run → '-'."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d").replace("Ð", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return "-" + re.sub(r"[^a-z0-9]+", "-", text) + "-"


def slug_number(url: str) -> tuple[str, str] | None:
    """The document number in a vbpl URL slug, folded, short and long.

    '...-so-29-2025-ttlt-btp-bca-...' → ('29-2025-ttlt', '29-2025-ttlt-btp'). The slug does not say
    where the number ends, so the long form (one more word) may run into the title.
    """
    slug = url.rstrip("/").rsplit("/", 1)[-1].split("--")[0]
    m = re.search(r"(?:^|-)so-(\d+(?:-\d+)*-[a-z][a-z0-9]*)(-[a-z0-9]+)?", slug) or re.search(
        r"(?:^|-)(\d+-\d{4}-[a-z][a-z0-9]*)(-[a-z0-9]+)?", slug
    )
    return (m.group(1), m.group(1) + (m.group(2) or "")) if m else None


def has_number(text: str, number: tuple[str, str]) -> bool:
    folded = fold(text)
    short, long = number
    return f"-{long}-" in folded or f"-{short}-" in folded


def _manifest() -> list[dict]:
    path = VBPL / "manifest.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


MANIFEST = _manifest()
SHELLS = {"doc_000708.html", "doc_000710.html", "doc_000729.html"}
ENGLISH = {"doc_000834.html", "doc_000895.html", "doc_000925.html", "doc_000930.html", "doc_000984.html"}
# Pages whose shown full text does not carry the page's own number (real vbpl data):
# the number is then checked in the title hint only.
NUMBER_NOT_IN_BODY = {
    "doc_000103.html": "body is Nghị quyết 87/2025/UBTVQH15 while the page is 92/2025/UBTVQH15",
    "doc_000707.html": "body is QĐ 758/2024/QĐ-CTN (đặc xá) while the page is Luật Trẻ em 102/2016/QH13",
    "doc_000745.html": "body starts at the kind line; the header with 'Số:' is missing",
    **{name: "English translations have no Vietnamese header" for name in ENGLISH},
}
BODY_MISMATCH = {"doc_000103.html", "doc_000707.html"}


# ---------------------------------------------------------------------------
# vbpl.vn fixtures


def test_vbpl_ttlt_29_2025_body_and_hints():
    raw = read(CORPUS / "vbpl" / "ttlt-29-2025-tro-giup-phap-ly.html")
    assert raw.site == "vbpl" and raw.format == "html" and raw.language == "vi"
    assert raw.warnings == []
    assert raw.hints["status"] == "Còn hiệu lực"
    assert raw.hints["effective_date"] == "31/12/2025"
    assert raw.hints["title"].startswith("Thông tư liên tịch số 29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC Sửa đổi, bổ sung")
    assert raw.hints["number"] == "29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC"
    lines = lines_of(raw)
    # the body starts at the header: issuing body first, not the page title or menus
    assert lines[0].startswith("BỘ TƯ PHÁP - BỘ CÔNG AN")
    assert "Số: 29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC" in lines
    assert "THÔNG TƯ LIÊN TỊCH" in lines
    assert any(line.startswith("Điều 1. Sửa đổi, bổ sung") for line in lines)
    # Luật Phòng, chống mua bán người cited in the preamble
    assert "53/2024/QH15" in raw.text
    for nav in NAV_TEXT:
        assert nav not in raw.text


def test_vbpl_grid_table_gives_one_line_per_row():
    """NQ 87/2025/UBTVQH15, Điều 2: a table of bills and the bodies that submit and review them; each row is
    one line with its cells joined by " | ", so the row's bodies stay with their bill."""
    lines = lines_of(read(SHARED / "html" / "vbpl" / "doc_000103.html"))
    assert "STT | Tên dự án | Cơ quan trình | Cơ quan chủ trì thẩm tra | Cơ quan tham gia thẩm tra" in lines
    assert ("2. | Luật Giám định tư pháp (sửa đổi) | Chính phủ | Ủy ban Pháp luật và Tư pháp | Hội đồng Dân tộc, "
            "các Ủy ban khác của Quốc hội") in lines


def test_vbpl_number_split_across_tags_stays_contiguous():
    raw = read(CORPUS / "vbpl" / "ttlt-29-2025-tro-giup-phap-ly.html")
    # the HTML has "số 1</i><i>0</i><i>/2018/TTLT..." in the preamble
    assert "Thông tư liên tịch số 10/2018/TTLT/BTP-BCA-BQP-BTC-TANDTC-VKSNDTC" in raw.text
    assert "10/2018/TTLT" in raw.text
    assert not re.search(r"\b1\n0\n?/2018", raw.text)
    assert "trợ giúp pháp lý trong hoạt động tố tụng." in raw.text  # "t</i><i>ố </i><i>tụng"


def test_vbpl_header_columns_not_interleaved():
    lines = lines_of(read(CORPUS / "vbpl" / "ttlt-29-2025-tro-giup-phap-ly.html"))
    issuer = index_of(lines, "BỘ TƯ PHÁP - BỘ CÔNG AN")
    number = index_of(lines, "Số: 29/2025/TTLT")
    motto = index_of(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    independence = index_of(lines, "Độc lập - Tự do - Hạnh phúc")
    date = index_of(lines, "Hà Nội, ngày 31 tháng 12 năm 2025")
    assert issuer < number < motto < independence < date
    # signature block of the form at the end: "Nơi nhận" column, then the signer column
    recipients = index_of(lines, "Nơi nhận:")
    signer = index_of(lines, "GIÁM ĐỐC SỞ TƯ PHÁP")
    assert recipients < index_of(lines, "- Lưu: VT") < signer


def test_vbpl_shell_raises_parse_error_naming_file():
    path = DATA / "vbpl-shell-not-found.html"
    with pytest.raises(ParseError) as info:
        read(path)
    assert info.value.path == str(path)
    assert "vbpl-shell-not-found.html" in str(info.value)
    assert "không có nội dung văn bản" in info.value.reason
    assert "Văn bản không tồn tại" in info.value.reason


def test_vbpl_english_translation():
    raw = read(DATA / "vbpl-english-decree-34-2016.html")
    assert raw.site == "vbpl"
    assert raw.language == "en"
    assert "bản dịch tiếng Anh — English translation" in raw.warnings
    assert raw.hints["status"] == "Còn hiệu lực"
    assert raw.hints["effective_date"] == "01/07/2016"
    assert raw.hints["title"] == "Decree 34/2016/ND-CP"
    lines = lines_of(raw)
    assert lines[0] == "DECREE"
    assert "Article 189. Effect" in lines


def test_vbpl_properties_only_page_keeps_properties():
    raw = read(DATA / "vbpl-properties-only-tt-98-2025.html")
    assert raw.site == "vbpl"
    assert raw.hints == {
        "title": "Thông tư số 98/2025/TT-BNNMT Ban hành quy chuẩn kỹ thuật quốc gia về an toàn đối với máy, thiết bị nông nghiệp",
        "status": "Chưa có hiệu lực",
        "effective_date": "01/07/2026",
        "number": "98/2025/TT-BNNMT",
        "doc_type": "Thông tư",
        "issued": "31/12/2025",
        "issuer": "Bộ Nông nghiệp và Môi trường",
        "signer": "Võ Văn Hưng",
    }
    assert any("properties only" in w for w in raw.warnings)
    assert "Số hiệu: 98/2025/TT-BNNMT" in lines_of(raw)
    for nav in NAV_TEXT + ("Trang chủ",):
        assert nav not in raw.text


# ---------------------------------------------------------------------------
# vbpl.vn: every real page


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file_name"] for e in MANIFEST])
def test_vbpl_real_pages(entry):
    path = VBPL / entry["file_name"]
    if entry["file_name"] in SHELLS:
        with pytest.raises(ParseError, match=re.escape(entry["file_name"])):
            read(path)
        return
    raw = read(path)
    assert raw.site == "vbpl" and raw.format == "html"
    expected = slug_number(entry["url"])
    assert expected, entry["url"]
    if entry["file_name"] not in NUMBER_NOT_IN_BODY:
        assert has_number(raw.text, expected), f"{expected} not in text of {entry['file_name']}"
    for nav in NAV_TEXT:
        assert nav not in raw.text
    if raw.hints.get("doc_type") == "Văn bản hợp nhất":
        # consolidated texts carry no effect status of their own ("--" on the page)
        assert "status" not in raw.hints
    else:
        assert raw.hints["status"] in KNOWN_STATUSES
    datetime.strptime(raw.hints["effective_date"], "%d/%m/%Y")
    assert raw.hints["title"]
    assert has_number(raw.hints["title"], expected)
    assert (raw.language == "en") == (entry["file_name"] in ENGLISH)
    assert ("bản dịch tiếng Anh — English translation" in raw.warnings) == (entry["file_name"] in ENGLISH)
    mismatch = any("khác số hiệu của trang" in w for w in raw.warnings)
    assert mismatch == (entry["file_name"] in BODY_MISMATCH)


def test_vbpl_timing(capsys):
    paths = sorted(VBPL.glob("doc_*.html"))
    times = []
    for path in paths:
        data = path.read_bytes()
        start = time.perf_counter()
        try:
            read_html(path, data)
        except ParseError:
            pass
        times.append(time.perf_counter() - start)
    with capsys.disabled():
        print(f"\nvbpl: {len(times)} pages, total {sum(times):.2f} s, max {max(times):.3f} s/page")
    assert max(times) < 1.0  # target is < 0.3 s; leave room for slow CI machines


# ---------------------------------------------------------------------------
# thuvienphapluat.vn


def test_tvpl_body_header_and_properties():
    raw = read(DATA / "tvpl-qd-784-2020.html")
    assert raw.site == "tvpl" and raw.language == "vi"
    assert raw.hints["number"] == "784/QĐ-BVHTTDL"
    assert raw.hints["doc_type"] == "Quyết định"
    assert raw.hints["signer"] == "Trịnh Thị Thủy"
    assert raw.hints["issued"] == "11/03/2020"
    # "Đã biết" (hidden behind a login) is not a value
    assert "status" not in raw.hints and "effective_date" not in raw.hints
    lines = lines_of(raw)
    # 2x2 header table read column by column
    assert index_of(lines, "BỘ VĂN HÓA, THỂ THAO") < index_of(lines, "Số: 784/QĐ-BVHTTDL")
    assert index_of(lines, "Số: 784/QĐ-BVHTTDL") < index_of(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert index_of(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") < index_of(lines, "Hà Nội, ngày 11 tháng 3 năm 2020")
    assert "QUYẾT ĐỊNH" in lines
    # source line breaks inside a paragraph are just spaces
    assert any(line.startswith("Căn cứ Nghị định số 79/2017/NĐ-CP ngày 17 tháng 7 năm 2017") for line in lines)
    for junk in ("Văn bản liên quan", "Đăng nhập", "MỤC LỤC", "Văn bản này chưa cập nhật nội dung Tiếng Anh", "Số hiệu:"):
        assert junk not in raw.text


@pytest.mark.parametrize("path", sorted((SHARED / "html" / "tvpl").glob("*.html")), ids=lambda p: p.name[:30])
def test_tvpl_real_pages(path):
    raw = read(path)
    assert raw.site == "tvpl"
    assert raw.hints["number"] in raw.text
    assert "Văn bản liên quan" not in raw.text


# ---------------------------------------------------------------------------
# Pháp điển


def test_phapdien_topic_with_source_notes():
    raw = read(CORPUS / "phap-dien" / "de-muc-4.5-tro-giup-phap-ly.html")
    assert raw.site == "phapdien"
    assert raw.hints == {"title": "Đề mục 4.5 Trợ giúp pháp lý"}
    lines = lines_of(raw)
    assert lines[:4] == ["Đề mục 4.5", "Trợ giúp pháp lý", "Chương I", "NHỮNG QUY ĐỊNH CHUNG"]
    article = lines.index("Điều 4.5.LQ.1. Phạm vi điều chỉnh")
    assert lines[article + 1] == (
        "(Điều 1 Luật số 11/2017/QH14 Trợ giúp pháp lý ngày 20/06/2017 của Quốc hội, "
        "có hiệu lực thi hành kể từ ngày 01/01/2018)"
    )
    assert lines[article + 2].startswith("Luật này quy định về người được trợ giúp pháp lý")
    assert lines[article + 3].startswith("(Điều này có nội dung liên quan đến Điều 6.3.LQ.4.")
    notes = [line for line in lines if line.startswith("(Điều ") and "có hiệu lực thi hành kể từ ngày" in line]
    articles = [line for line in lines if re.match(r"Điều \d+\.\d+\.", line)]
    assert len(notes) == len(articles) == 261
    # the hidden "Xem Danh mục văn bản" link is not text
    assert "Xem Danh mục" not in raw.text


def test_phapdien_empty_topic_raises():
    path = DATA / "phapdien-39.8-empty.html"
    with pytest.raises(ParseError) as info:
        read(path)
    assert "đề mục không có nội dung" in info.value.reason
    assert "phapdien-39.8-empty.html" in str(info.value)


def test_phapdien_16_1_trafficking_articles():
    path = next(PHAPDIEN.glob("demuc_16.1_*.html"))
    raw = read(path)
    assert raw.hints["title"] == "Đề mục 16.1 Hình sự"
    lines = lines_of(raw)
    i = next(i for i, line in enumerate(lines) if re.match(r"Điều 16\.1\.\S+\. Tội mua bán người$", line))
    assert lines[i + 1].startswith("(Điều 150 Bộ luật số 100/2015/QH13")
    assert "02/2019/NQ-HĐTP" in raw.text


@pytest.mark.parametrize("path", sorted(PHAPDIEN.glob("demuc_*.html")), ids=lambda p: p.name.split("_")[1])
def test_phapdien_real_topics(path):
    if path.name.startswith("demuc_39.8_"):
        with pytest.raises(ParseError):
            read(path)
        return
    raw = read(path)
    assert raw.site == "phapdien"
    assert raw.hints["title"].startswith("Đề mục ")
    assert any(line.startswith("(Điều ") and "hiệu lực thi hành" in line for line in lines_of(raw))


# ---------------------------------------------------------------------------
# News pages


def test_news_page_main_content():
    raw = read(DATA / "news-qd-525-ldtbxh.html")
    assert raw.site == "news" and raw.language == "vi"
    lines = lines_of(raw)
    assert lines[0].startswith("Bộ Lao động- Thương binh và Xã hội ban hành Kế hoạch thực hiện công tác hỗ trợ nạn nhân")
    assert lines[1].startswith("Ngày 5⁄5⁄2021, Bộ Lao động- Thương binh và Xã hội ban hành Quyết định số 525⁄QĐ- LĐTBXH")
    assert "Quyết định có hiệu lực kể từ ngày ký./." in lines
    for junk in ("Trang chủ", "Tin liên quan", "Liên kết website", "Bản quyền", "Chia sẻ", "console.log", "gtag", "color: red"):
        assert junk not in raw.text


# ---------------------------------------------------------------------------
# Small synthetic pages for the extraction rules


def _synthetic(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>x</title></head><body>{body}</body></html>", encoding="utf-8")
    return path


def test_inline_elements_join_and_blocks_break(tmp_path):
    path = _synthetic(
        tmp_path,
        "<article><h1>Tiêu đề</h1><p>Thông tư số 1<i>0</i><b>/2018</b>/TTLT ngày<span> 29</span></p>"
        "<p>dòng một<br>dòng hai</p><div>khối <em>một</em></div><ul><li>mục a</li><li>mục b</li></ul>"
        "<p>" + "Nội dung dài để bài viết đủ độ dài. " * 10 + "</p></article>",
    )
    lines = lines_of(read(path))
    assert "Thông tư số 10/2018/TTLT ngày 29" in lines
    assert lines[lines.index("dòng một") + 1] == "dòng hai"
    assert "khối một" in lines and "mục a" in lines and "mục b" in lines


def test_header_table_read_column_by_column(tmp_path):
    table = (
        "<table><tr><td><p>ỦY BAN NHÂN DÂN TỈNH TÂY NINH</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
        "<p>Độc lập - Tự do - Hạnh phúc</p></td></tr><tr><td>Số: 113/KH-UBND</td>"
        "<td><i>Tây Ninh, ngày 20 tháng 01 năm 2020</i></td></tr></table>"
    )
    path = _synthetic(tmp_path, "<article>" + table + "<p>" + "Kế hoạch thực hiện. " * 20 + "</p></article>")
    lines = lines_of(read(path))
    assert lines[:5] == [
        "ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
        "Số: 113/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Tây Ninh, ngày 20 tháng 01 năm 2020",
    ]


def test_data_table_read_row_by_row(tmp_path):
    table = "<table><tr><td>STT</td><td>Nội dung</td></tr><tr><td>1</td><td>Tuyên truyền</td></tr></table>"
    path = _synthetic(tmp_path, "<article><p>" + "Phụ lục kèm theo. " * 20 + "</p>" + table + "</article>")
    lines = lines_of(read(path))
    assert lines[-4:] == ["STT", "Nội dung", "1", "Tuyên truyền"]


def test_page_without_text_raises(tmp_path):
    path = _synthetic(tmp_path, "<script>var a = 1;</script><nav><a href='/'>Trang chủ</a></nav>")
    with pytest.raises(ParseError):
        read(path)
