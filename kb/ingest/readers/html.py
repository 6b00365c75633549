"""HTML reader: saved web pages of vbpl.vn, thuvienphapluat.vn, Pháp điển and news sites.

The site is recognised from the page content (known element ids/classes, the
canonical URL, meta tags), never from the file name. For each site the reader
finds the document body container directly and turns it into text, one block
per line, in reading order:

* inline elements (span, b, i, a, ...) are joined without any separator, so a
  number split across tags ("1</i><i>0</i>/2018") stays contiguous;
* block elements (p, div, br, li, h1-h6, table rows/cells) break lines;
* a two-column layout table (the header "issuing body | national motto" or
  the signature block) is emitted column by column, never row by row;
* scripts, styles, hidden elements and site chrome are dropped.

Whitespace inside a block is collapsed the way a browser renders it; any
further normalisation (NFC, tone marks, spaces) is left to a later stage.
Facts the page states outright (effect status, effective date, title, the
properties table) go to ``RawDocument.hints``.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import lxml.html
from lxml import etree

from kb.errors import ParseError
from kb.ingest.models import RawDocument
from kb.ingest.patterns import CELL_SEP

# ---------------------------------------------------------------------------
# Element classes

_SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "button", "input", "select",
        "textarea", "iframe", "object", "embed", "head", "title", "meta", "link", "img",
        "canvas", "video", "audio", "map", "option",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "aside", "header", "footer", "nav",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "address", "figure", "figcaption", "center", "form",
        "fieldset", "legend", "hr", "tr", "td", "th", "thead", "tbody", "tfoot",
        "caption", "body", "html",
    }
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"[ \t\n\r\f\v]+")
_SPACES = re.compile(r" {2,}")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\xad \xa0"  # a block made only of these is empty
_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")

# Markers of the layout tables that must be read column by column.
_LAYOUT_TABLE = re.compile(
    r"CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|NƠI NHẬN|SOCIALIST REPUBLIC|INDEPENDENCE|RECIPIENTS"
    r"|(?:^|\n)\s*(?:TM|KT|TL|TUQ|Q)\s*\.|(?:^|\n)\s*SỐ\s*:|(?:^|\n)\s*NO\.?\s*:",
)

# Effect statuses shown by vbpl / tvpl.
KNOWN_STATUSES = (
    "Còn hiệu lực",
    "Hết hiệu lực toàn bộ",
    "Hết hiệu lực một phần",
    "Chưa có hiệu lực",
    "Ngưng hiệu lực",
    "Ngưng hiệu lực một phần",
    "Chưa xác định",
    "Không còn phù hợp",
)

# Placeholders meaning "no value / hidden behind a login".
_NO_VALUE = {"", "--", "-", "Đã biết", "Đang cập nhật", "Chưa có", "Không có"}

_PROPERTY_KEYS = {
    "số hiệu": "number",
    "loại văn bản": "doc_type",
    "cơ quan ban hành": "issuer",
    "nơi ban hành": "issuer",
    "người ký": "signer",
    "ngày ban hành": "issued",
    "ngày ký xác thực": "issued",
    "ngày có hiệu lực": "effective_date",
    "ngày hiệu lực": "effective_date",
    "tình trạng hiệu lực": "status",
    "tình trạng": "status",
}
_DATE_KEYS = {"issued", "effective_date"}

_EN_WARNING = "bản dịch tiếng Anh — English translation"
_VI_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
)


# ---------------------------------------------------------------------------
# Text extraction


class _Lines:
    """Accumulates inline text and flushes it as lines at block boundaries."""

    __slots__ = ("lines", "_buf")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._buf: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self._buf.append(_WS.sub(" ", text))

    def flush(self) -> None:
        if self._buf:
            line = _SPACES.sub(" ", "".join(self._buf)).strip()
            self._buf = []
            if line and line.strip(_INVISIBLE):
                self.lines.append(line)

    def extend(self, lines: list[str]) -> None:
        self.flush()
        self.lines.extend(lines)


def _skipped(el, skip_classes: frozenset[str]) -> bool:
    tag = el.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return True
    if tag.lower() in _SKIP_TAGS:
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    if el.get("hidden") is not None:
        return True
    if skip_classes:
        cls = el.get("class")
        if cls and not skip_classes.isdisjoint(cls.split()):
            return True
    return False


def _walk(el, out: _Lines, skip_classes: frozenset[str], skip_ids: frozenset[str]) -> None:
    """Append the text of ``el``'s content (not its tail) to ``out``."""
    tag = el.tag.lower()
    if tag == "br":
        out.flush()
        return
    if tag == "table":
        out.extend(_table_lines(el, skip_classes, skip_ids))
        return
    block = tag in _BLOCK_TAGS
    if block:
        out.flush()
    out.add(el.text)
    for child in el:
        if not (_skipped(child, skip_classes) or (skip_ids and child.get("id") in skip_ids)):
            _walk(child, out, skip_classes, skip_ids)
        out.add(child.tail)
    if block:
        out.flush()


def _element_lines(el, skip_classes: frozenset[str] = frozenset(), skip_ids: frozenset[str] = frozenset()) -> list[str]:
    out = _Lines()
    _walk(el, out, skip_classes, skip_ids)
    out.flush()
    return out.lines


def _table_rows(table) -> list[list]:
    """The rows of ``table`` (not of nested tables), each a list of cells."""
    rows = []
    for child in table:
        if not isinstance(child.tag, str):
            continue
        t = child.tag.lower()
        if t == "tr":
            rows.append(child)
        elif t in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child if isinstance(c.tag, str) and c.tag.lower() == "tr")
    return [[c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")] for row in rows]


def _table_lines(table, skip_classes: frozenset[str], skip_ids: frozenset[str]) -> list[str]:
    rows = _table_rows(table)
    cells = [[_element_lines(c, skip_classes, skip_ids) for c in row] for row in rows]
    ncols = max((len(r) for r in rows), default=0)
    spans = any((c.get("colspan") or "1").strip() not in ("", "1") for row in rows for c in row)
    lines: list[str] = []
    if ncols == 2 and len(rows) <= 6 and not spans:
        text = "\n".join(line for row in cells for cell in row for line in cell)
        if _LAYOUT_TABLE.search(unicodedata.normalize("NFC", text).upper()):
            for col in range(2):
                for row in cells:
                    if col < len(row):
                        lines.extend(row[col])
            return lines
    if ncols >= 3:  # a grid: one line per row, cells joined by " | " (as the DOCX reader lays them out)
        for row in cells:
            joined = [" ".join(cell) for cell in row if cell]
            if joined:
                lines.append(CELL_SEP.join(joined))
        return lines
    for row in cells:
        for cell in row:
            lines.extend(cell)
    return lines


# ---------------------------------------------------------------------------
# Parsing and site detection


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", data[:4096], re.I)
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return data.decode("cp1258", errors="replace")


def _parse(path: Path, data: bytes):
    text = _decode(data)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if not text.strip():
        raise ParseError(path, "trang rỗng — empty page")
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(path, f"không phân tích được HTML — cannot parse HTML: {exc}") from exc


def _canonical(root) -> str:
    for xp in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = root.xpath(xp)
        if found:
            return str(found[0])
    return ""


def detect_site(root) -> str:
    """Return "vbpl", "tvpl", "phapdien" or "news" for a parsed page."""
    canonical = _canonical(root).lower()
    if "vbpl.vn" in canonical or root.xpath("//*[@data-vbpl-content-root]|//*[starts-with(@class,'lawDocumentHeader_')]"):
        return "vbpl"
    if "thuvienphapluat.vn" in canonical or root.xpath('//*[@id="divContentDoc"]'):
        return "tvpl"
    if "phapdien.moj.gov.vn" in canonical or root.xpath(
        "//div[contains(concat(' ',@class,' '),' _content ')]|//p[@class='pDieu' or @class='pGhiChu']"
    ):
        return "phapdien"
    return "news"


def _has_class(cls: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')"


def _clean(text: str | None) -> str:
    return _SPACES.sub(" ", _WS.sub(" ", text or "")).strip()


def _set_hint(hints: dict[str, str], key: str, value: str) -> None:
    value = _clean(value)
    if value in _NO_VALUE or key in hints:
        return
    if key in _DATE_KEYS and not _DATE.match(value):
        return
    if key == "status" and "hiệu lực" not in value.lower() and value not in KNOWN_STATUSES:
        return
    hints[key] = value


def _language(lines: list[str]) -> str:
    sample = "".join(lines)[:20000]
    sample = unicodedata.normalize("NFC", sample).lower()
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < 200:
        return "vi"
    vi = sum(1 for ch in sample if ch in _VI_LETTERS)
    return "vi" if vi / letters > 0.03 else "en"


_TITLE_NUMBER = re.compile(r"(?:^|\s)(?:số|No\.?)\s*(\d[\w.]*/[^\s,;:()]+)", re.I)
_FIRST_NUMBER = re.compile(r"^(?:\S+\s+){0,4}?(\d[\w.]*/[^\s,;:()]+)")


def _number_from_title(title: str) -> str | None:
    m = _TITLE_NUMBER.search(title) or _FIRST_NUMBER.search(title)
    return m.group(1) if m else None


# ---------------------------------------------------------------------------
# vbpl.vn

_VBPL_SKIP = frozenset({"document-tip", "btn-taibieumau"})


def _read_vbpl(path: Path, root) -> RawDocument:
    hints: dict[str, str] = {}
    warnings: list[str] = []
    # CSS-module class names carry a build hash ("lawDocumentHeader_container__PaHQ0"): match the prefix
    header = root.xpath("//*[starts-with(@class,'lawDocumentHeader_container')]")
    if header:
        h = header[0]
        for t in h.xpath(".//h1"):
            _set_hint(hints, "title", t.text_content())
            break
        for s in h.xpath(".//*[starts-with(@class,'effStatus_') or contains(@class,' effStatus_')]"):
            _set_hint(hints, "status", s.text_content())
            break
        for item in h.xpath(".//*[contains(@class,'lawDocumentHeader_dateItem')]"):
            label = item.xpath(".//*[contains(@class,'lawDocumentHeader_dateLabel')]")
            value = item.xpath(".//*[contains(@class,'lawDocumentHeader_dateValue')]")
            if label and value:
                key = _PROPERTY_KEYS.get(_clean(label[0].text_content()).rstrip(":").strip().lower())
                if key:
                    _set_hint(hints, key, value[0].text_content())

    # the properties tab ("Thuộc tính"), when it is the tab saved with the page
    props = root.xpath("//*[@id='rc-tabs-0-panel-thuoc-tinh' or contains(@class,'ant-descriptions ')]")
    prop_lines: list[str] = []
    if props:
        panel = props[0]
        title = panel.xpath(f".//*[{_has_class('ant-descriptions-title')}]")
        if title:
            _set_hint(hints, "title", title[0].text_content())
        for item in panel.xpath(f".//*[{_has_class('ant-descriptions-item-container')}]"):
            label = item.xpath(f".//*[{_has_class('ant-descriptions-item-label')}]")
            value = item.xpath(f".//*[{_has_class('ant-descriptions-item-content')}]")
            if not (label and value):
                continue
            lab, val = _clean(label[0].text_content()), _clean(value[0].text_content())
            key = _PROPERTY_KEYS.get(lab.rstrip(":").strip().lower())
            if key:
                _set_hint(hints, key, val)
            if val not in _NO_VALUE:
                prop_lines.append(f"{lab}: {val}")

    if "title" in hints and "number" not in hints:
        number = _number_from_title(hints["title"])
        if number:
            hints["number"] = number

    body = root.xpath(f"//*[{_has_class('preview-content')}]")
    if not body:
        body = [e for e in root.xpath("//*[@data-vbpl-content-root]") if e.tag != "main"]
    lines = _element_lines(body[0], _VBPL_SKIP) if body else []

    if not lines:
        if prop_lines:
            # Only the properties tab was saved: keep the facts, say so.
            lines = ([hints["title"]] if "title" in hints else []) + prop_lines
            warnings.append(
                "trang chỉ có thuộc tính, không có toàn văn — properties only, no full text on the saved page"
            )
        else:
            shell = _clean(" ".join(root.xpath("//*[@data-vbpl-content-root]//p//text()")))
            detail = f" (\"{shell}\")" if shell else ""
            raise ParseError(path, f"trang không có nội dung văn bản{detail} — page shell with no document body")

    language = _language(lines)
    if language == "en":
        warnings.append(_EN_WARNING)
    mismatch = _number_mismatch(lines, hints.get("number"))
    if mismatch:
        warnings.append(
            f"số hiệu trong toàn văn ({mismatch}) khác số hiệu của trang ({hints['number']}) — "
            "the full text shown is numbered differently from the page's document"
        )
    return RawDocument(
        text="\n".join(lines), format="html", hints=hints, language=language, site="vbpl", warnings=warnings
    )


# the whole line is the header's number line: "Số: 113/KH-UBND", "Nghị quyết số: 87/2025/UBTVQH15"
_HEADER_NUMBER = re.compile(r"(?:[^\W\d_]+\s+){0,3}số\s*:?\s*(\d[\w.]*\s*/\s*[^\s,;]+)\s*", re.I)


def _fold_number(number: str) -> str:
    text = unicodedata.normalize("NFD", number.replace("Đ", "D").replace("đ", "d").replace("Ð", "D"))
    return re.sub(r"[^A-Z0-9]", "", "".join(ch for ch in text if not unicodedata.combining(ch)).upper())


def _number_mismatch(lines: list[str], number: str | None) -> str | None:
    """The number in the body's header ("Số: ...") when it is not the page's number."""
    if not number:
        return None
    for line in lines[:15]:
        m = _HEADER_NUMBER.fullmatch(line)
        if m:
            found = m.group(1)
            return None if _fold_number(found) == _fold_number(number) else found
    return None


# ---------------------------------------------------------------------------
# thuvienphapluat.vn


def _read_tvpl(path: Path, root) -> RawDocument:
    hints: dict[str, str] = {}
    props = root.xpath('//*[@id="divThuocTinh"]//table')
    if props:
        for row in _table_rows(props[0]):
            texts = [_clean(c.text_content()) for c in row]
            for i in range(len(texts) - 1):
                lab = texts[i]
                if lab.endswith(":"):
                    key = _PROPERTY_KEYS.get(lab[:-1].strip().lower())
                    if key:
                        _set_hint(hints, key, texts[i + 1])
    body = root.xpath('//*[@id="divContentDoc"]')
    if not body:
        body = root.xpath('//*[@id="ctl00_Content_ThongTinVB_pnlDocContent"]')
    lines = _element_lines(body[0], frozenset({"NoiDungChiaSe", "__mucluc"}), frozenset({"hdsdcondau"})) if body else []
    if not lines:
        raise ParseError(path, "trang không có nội dung văn bản — page shell with no document body")
    language = _language(lines)
    warnings = [_EN_WARNING] if language == "en" else []
    return RawDocument(
        text="\n".join(lines), format="html", hints=hints, language=language, site="tvpl", warnings=warnings
    )


# ---------------------------------------------------------------------------
# Pháp điển (phapdien.moj.gov.vn)


def _read_phapdien(path: Path, root) -> RawDocument:
    hints: dict[str, str] = {}
    heading = root.xpath("//h3")
    head_lines = _element_lines(heading[0]) if heading else []
    if head_lines:
        hints["title"] = " ".join(head_lines)
    content = root.xpath(f"//div[{_has_class('_content')}]")
    body_lines = _element_lines(content[0]) if content else []
    if not body_lines:
        title = f" ({hints['title']})" if "title" in hints else ""
        raise ParseError(path, f"đề mục không có nội dung{title} — codification topic has no content")
    lines = head_lines + body_lines
    return RawDocument(text="\n".join(lines), format="html", hints=hints, language="vi", site="phapdien")


# ---------------------------------------------------------------------------
# Generic news pages

_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:menu|nav|navbar|navigation|footer|header|sidebar|side-bar|banner|breadcrumbs?"
    r"|comments?|share|social|related|tin-?lien-?quan|advert|ads|login|search|widget|popup|modal|cookie)"
    r"(?:$|[\s_-])",
    re.I,
)
_NEWS_SKIP_TAGS = frozenset({"nav", "header", "footer", "aside", "form"})


def _news_skip(el) -> bool:
    if el.tag in _NEWS_SKIP_TAGS:
        return True
    marker = f"{el.get('class') or ''} {el.get('id') or ''}"
    if marker.strip() and _BOILERPLATE.search(marker) and not re.search(r"content|article|detail|body", marker, re.I):
        return True
    return False


def _news_container(body):
    """The element holding most paragraph text, link text discounted."""
    scores: dict = {}
    for el in body.iter("p", "div", "td", "li", "section", "article", "pre", "blockquote"):
        own = _clean("".join([el.text or ""] + [c.tail or "" for c in el if isinstance(c.tag, str)]))
        inline = "".join(
            c.text_content() for c in el if isinstance(c.tag, str) and c.tag not in _BLOCK_TAGS and c.tag != "a"
        )
        length = len(own) + len(_clean(inline))
        if length < 25:
            continue
        if any(_news_skip(a) for a in el.iterancestors()) or _news_skip(el):
            continue
        parent = el.getparent()
        target = el if el.tag not in ("p", "li", "pre", "blockquote") else parent
        if target is None:
            continue
        scores[target] = scores.get(target, 0) + length
        grand = target.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + length / 2
    if not scores:
        return None
    return max(scores, key=scores.get)


def _read_news(path: Path, root) -> RawDocument:
    body = root.find("body")
    if body is None:
        body = root
    articles = [a for a in body.iter("article") if len(_clean(a.text_content())) > 200]
    container = max(articles, key=lambda a: len(a.text_content())) if articles else _news_container(body)
    if container is None:
        raise ParseError(path, "trang không có nội dung văn bản — page shell with no document body")
    # drop boilerplate blocks inside the container
    out = _Lines()
    _walk_news(container, out)
    out.flush()
    lines = out.lines
    headline = None
    for h in root.iter("h1"):
        headline = _clean(h.text_content())
        if headline:
            break
    if not headline:
        og = root.xpath('//meta[@property="og:title"]/@content')
        headline = _clean(og[0]) if og else None
    if headline and not any(headline in line for line in lines[:3]):
        lines.insert(0, headline)
    if not lines:
        raise ParseError(path, "trang không có nội dung văn bản — page shell with no document body")
    language = _language(lines)
    return RawDocument(text="\n".join(lines), format="html", language=language, site="news")


def _walk_news(el, out: _Lines) -> None:
    tag = el.tag.lower()
    if tag == "br":
        out.flush()
        return
    if tag == "table":
        out.extend(_table_lines(el, frozenset(), frozenset()))
        return
    block = tag in _BLOCK_TAGS
    if block:
        out.flush()
    out.add(el.text)
    for child in el:
        if not (_skipped(child, frozenset()) or _news_skip(child)):
            _walk_news(child, out)
        out.add(child.tail)
    if block:
        out.flush()


# ---------------------------------------------------------------------------
# Entry point

_SITE_READERS = {"vbpl": _read_vbpl, "tvpl": _read_tvpl, "phapdien": _read_phapdien, "news": _read_news}


def read_html(path: Path, data: bytes) -> RawDocument:
    """Read a saved web page into a :class:`RawDocument`.

    Raises:
        ParseError: the page cannot be parsed, or it is a shell without a
            document body (vbpl "Văn bản không tồn tại", an empty Pháp điển
            topic, a page with no text).
    """
    path = Path(path)
    root = _parse(path, data)
    site = detect_site(root)
    return _SITE_READERS[site](path, root)


__all__ = ["read_html", "detect_site", "KNOWN_STATUSES"]
