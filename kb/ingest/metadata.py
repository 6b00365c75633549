"""Metadata (thuộc tính) of a document from its cleaned text and reader hints.

The official layout (DOMAIN.md "Header") is read line by line: the issuing
body and "Số: …" in the left column, place and date in the right one, the
kind in capitals, then the subject (trích yếu); the signer sits in the
closing block. News pages that report on a document (seeds 000–003) are
described by the document they report on, marked ``source_kind="report"``.
"""

from __future__ import annotations

import re
from datetime import date

from kb.ingest.agencies import canonical_agency
from kb.ingest.models import Metadata
from kb.ingest.normalize import canonical_number, find_numbers
from kb.ingest.patterns import DATE_NUMERIC_RE, DATE_WORDS_RE, PLACE_DATE_RE

# Kind names as written in headings, longest first so "THÔNG TƯ LIÊN TỊCH"
# wins over "THÔNG TƯ" and "BỘ LUẬT" over "LUẬT".
DOC_TYPES = (
    "Văn bản hợp nhất",
    "Thông tư liên tịch",
    "Hiến pháp",
    "Bộ luật",
    "Luật",
    "Pháp lệnh",
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Chỉ thị",
    "Thông tư",
    "Kế hoạch",
    "Công văn",
    "Thông báo",
    "Báo cáo",
    "Án lệ",
    "Chương trình",
    "Hướng dẫn",
)
_TYPE_BY_UPPER = {t.upper(): t for t in DOC_TYPES}

# Kind headings of vbpl's English translations.
_ENGLISH_TYPES = {
    "JOINT CIRCULAR": "Thông tư liên tịch",
    "CIRCULAR": "Thông tư",
    "DECREE": "Nghị định",
    "DECISION": "Quyết định",
    "RESOLUTION": "Nghị quyết",
    "LAW": "Luật",
    "CODE": "Bộ luật",
    "ORDINANCE": "Pháp lệnh",
    "DIRECTIVE": "Chỉ thị",
    "CONSOLIDATED DOCUMENT": "Văn bản hợp nhất",
}

# Type code (first code after the ordinal/year) -> kind.
_TYPE_BY_CODE = {
    "QĐ": "Quyết định",
    "NĐ": "Nghị định",
    "KH": "Kế hoạch",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "NQ": "Nghị quyết",
    "CT": "Chỉ thị",
    "TB": "Thông báo",
    "BC": "Báo cáo",
    "VBHN": "Văn bản hợp nhất",
    "AL": "Án lệ",
    "CV": "Công văn",
    "HD": "Hướng dẫn",
    "PL": "Pháp lệnh",
}

# Issuer codes that name the issuing body unambiguously.
_ISSUER_BY_CODE = {
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "TTG": "Thủ tướng Chính phủ",
    "HĐTP": "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
    "LĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BTP": "Bộ Tư pháp",
    "BCA": "Bộ Công an",
    "VPCP": "Văn phòng Chính phủ",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
}

# Lines of the national motto block and separators: never issuer or title.
_MOTTO_RE = re.compile(
    r"^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc|SOCIALIST REPUBLIC OF VIET ?NAM"
    r"|Independence\s*-\s*Freedom\s*-\s*Happiness)\b",
    re.IGNORECASE,
)
_SEPARATOR_RE = re.compile(r"^[\s_\-–—=*.~]+$")
_NUMBER_LINE_RE = re.compile(r"^(?:[\w ]{0,12}\s)?(?:Số|số|SỐ|No\.?)\s*:?\s*\S", re.UNICODE)
# Where the subject ends and the body begins.
_BODY_START_RE = re.compile(
    r"^(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Để |Trên cơ sở|Nhằm|Pursuant|At the proposal|Chương|CHƯƠNG"
    r"|Điều \d|PHẦN|Phần thứ|I\.|1\.|Kính gửi|Được Hội đồng|Nguồn án lệ|Chapter|Article \d)"
)
# A position line in the signer block: "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
# "TM. ỦY BAN NHÂN DÂN", "BỘ TRƯỞNG", "CHÁNH ÁN".
_POSITION_RE = re.compile(
    r"^(?:KT\.|TM\.|TL\.|Q\.|PHÓ |CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|CHÁNH ÁN|VIỆN TRƯỞNG"
    r"|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|TỔNG THƯ KÝ|THỐNG ĐỐC|TỔNG KIỂM TOÁN)"
)
_NAME_RE = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4}$")
_POSITION_NAME_RE = re.compile(
    r"^(?P<pos>[A-ZĐÀ-Ỹ.]+(?: [A-ZĐÀ-Ỹ.]+)*) (?P<name>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4})$"
)
_NOT_NAME_WORDS = {"Nơi", "Như", "Lưu", "Kính", "Trường", "Các", "Bộ", "Sở", "Ủy", "Văn", "Ban", "Điều"}

# Sentence in a news report naming the document it reports on:
# "UBND tỉnh ban hành Kế hoạch số 128/KH-UBND", "Sở … có Kế hoạch số 1747/…".
_REPORT_VERB_RE = re.compile(r"(?:ban hành|có|phê duyệt|ký)\s*$", re.IGNORECASE)
_CONTEXT_BASIS_RE = re.compile(r"(?:^|[.;]\s)\s*(?:Thực hiện|Căn cứ|Theo)\b[^.;]*$", re.IGNORECASE)

_HEADER_LINES = 40


def extract_metadata(
    text: str, hints: dict[str, str] | None = None, *, site: str | None = None, language: str = "vi"
) -> Metadata:
    """Read a document's metadata.

    Args:
        text: the cleaned text (one block per line).
        hints: facts the source states outright (see RawDocument.hints).
        site: the web layout the reader recognised ("news" marks a report).
        language: "vi" or "en".

    Returns:
        The metadata; fields the text does not state stay None. The issuer
        is in its canonical spelling (``kb.ingest.agencies.canonical_agency``),
        so one body is one facet whatever way the file spells it.
    """
    meta = _read_metadata(text, hints or {}, site, language)
    if meta.issuer:
        meta.issuer = canonical_agency(meta.issuer) or meta.issuer
        if meta.province and meta.issuer in _PROVINCIAL_BODIES:  # "UBND tỉnh" of a known province
            meta.issuer = f"{meta.issuer} {meta.province}"
    return meta


_PROVINCIAL_BODIES = {f"{body} {level}" for body in ("Ủy ban nhân dân", "Hội đồng nhân dân")
                      for level in ("tỉnh", "thành phố")}


def _read_metadata(text: str, hints: dict[str, str], site: str | None, language: str) -> Metadata:
    lines = [line for line in text.split("\n")]
    header = _header_lines(lines)
    meta = Metadata()

    official = (
        any(_MOTTO_RE.match(h.strip("| ")) for h in header)
        or any(_NUMBER_LINE_RE.match(h) and find_numbers(h) for h in header[:15])
        # a text that opens with its kind in capitals ("LUẬT", "KẾ HOẠCH")
        or bool(header and header[0].strip(" .:") in _TYPE_BY_UPPER)
    )
    if not official and site != "phapdien" and _describe_report(text, meta, hints):
        meta.source_kind = "report"
        meta.status = hints.get("status")
        return meta

    _number_from_header(header, meta)
    declared = canonical_number(hints["number"]) if hints.get("number") else None
    if declared and meta.number and declared != meta.number:
        # vbpl sometimes serves another document's body under a page (the
        # reader warns about it); the page's own record is what the user
        # asked for, so its metadata wins.
        return _from_hints(hints, meta, declared)
    if not meta.number:
        for key in ("number", "title"):
            if hints.get(key):
                number = canonical_number(hints[key])
                if number:
                    meta.number, meta.number_raw = number, hints[key]
                    break
    kind_index = _kind_from_header(header, meta, language)
    if not meta.doc_type and hints.get("doc_type"):
        meta.doc_type = _doc_type_from_words(hints["doc_type"]) or hints["doc_type"]
    if not meta.doc_type and meta.number:
        meta.doc_type = doc_type_from_number(meta.number)
    if not meta.doc_type and hints.get("title"):
        meta.doc_type = _doc_type_from_words(hints["title"])
    meta.issuer = _issuer_from_header(header) or hints.get("issuer") or _issuer_from_number(meta.number)
    if meta.doc_type == "Án lệ" and not meta.issuer:
        meta.issuer = "Hội đồng Thẩm phán Tòa án nhân dân tối cao"
    _place_date_from_header(header, meta)
    if not meta.issued and hints.get("issued"):
        meta.issued = parse_date(hints["issued"])
    if not meta.issued and site != "phapdien":
        meta.issued = _adoption_date(text)
    meta.title = (
        _title_after_kind(header, kind_index)
        or _title_from_hint(hints.get("title"), meta)
        or _subject_line(header)
    )
    meta.signer = _signer(lines) or hints.get("signer")
    meta.status = hints.get("status")
    if hints.get("effective_date"):
        meta.effective_date = parse_date(hints["effective_date"])
    meta.province = _province(meta)
    if meta.issuer in ("Ủy ban nhân dân", "Hội đồng nhân dân") and meta.province:
        # the header names the level only; the place names the province
        level = "thành phố" if meta.province in _CITIES else "tỉnh"
        meta.issuer = f"{meta.issuer} {level} {meta.province}"
    return meta


def _from_hints(hints: dict[str, str], meta: Metadata, number: str) -> Metadata:
    """Metadata from the page's own record only (the body is unreliable)."""
    meta.number, meta.number_raw = number, hints["number"]
    meta.doc_type = (
        _doc_type_from_words(hints.get("doc_type", "")) or _doc_type_from_words(hints.get("title", ""))
        or doc_type_from_number(number)
    )
    meta.issuer = hints.get("issuer") or _issuer_from_number(number)
    meta.issued = parse_date(hints["issued"]) if hints.get("issued") else None
    meta.title = _title_from_hint(hints.get("title"), meta)
    meta.signer = hints.get("signer")
    meta.status = hints.get("status")
    meta.effective_date = parse_date(hints["effective_date"]) if hints.get("effective_date") else None
    return meta


def doc_type_from_number(number: str) -> str | None:
    """The kind implied by a canonical number's type code.

    >>> doc_type_from_number("113/KH-UBND"), doc_type_from_number("53/2024/QH15")
    ('Kế hoạch', 'Luật')
    >>> doc_type_from_number("4241/UBND-NCPC")
    'Công văn'
    """
    parts = number.split("/")
    code = parts[-1].split("-")[0]
    if len(parts) == 3 and re.fullmatch(r"QH\d+", parts[2]):
        return "Luật"
    if code in _TYPE_BY_CODE:
        return _TYPE_BY_CODE[code]
    if len(parts) == 2 and "-" in parts[1]:
        # "{n}/{issuer}-{unit}" without a type code is a công văn.
        return "Công văn"
    return None


def parse_date(value: str) -> date | None:
    """Parse "DD/MM/YYYY", "DD-MM-YYYY", "YYYY-MM-DD" or "ngày D tháng M năm Y"."""
    value = value.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", value) or DATE_WORDS_RE.search(value)
    if m:
        return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _header_lines(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        # "ỦY BAN NHÂN DÂN | CỘNG HÒA …" rows of a flattened header table
        out.extend(cell.strip() for cell in line.split("|") if cell.strip())
        if len(out) >= _HEADER_LINES:
            break
    return out


def _number_from_header(header: list[str], meta: Metadata) -> None:
    for line in header[:20]:
        if _NUMBER_LINE_RE.match(line) or re.match(r"^(?:ÁN LỆ|Án lệ)\s+(?:SỐ|số)", line):
            numbers = find_numbers(line)
            if numbers:
                meta.number, start, end = numbers[0]
                meta.number_raw = line[start:end]
                return


def _doc_type_from_words(words: str) -> str | None:
    upper = words.strip().upper()
    for name_upper, name in _TYPE_BY_UPPER.items():
        if upper.startswith(name_upper + " ") or upper == name_upper:
            return name
    for english, name in _ENGLISH_TYPES.items():
        if upper.startswith(english + " ") or upper == english:
            return name
    return None


def _kind_from_header(header: list[str], meta: Metadata, language: str) -> int | None:
    """Find the kind line ("KẾ HOẠCH", "NGHỊ ĐỊNH", "ÁN LỆ SỐ 43/2021/AL")."""
    for i, line in enumerate(header):
        stripped = line.strip(" .:")
        if _MOTTO_RE.match(stripped) or not stripped:
            continue
        upper = stripped.upper()
        if upper != stripped and not re.match(r"^Án lệ số", stripped):
            continue  # kind lines are in capitals
        if upper in _TYPE_BY_UPPER:
            meta.doc_type = _TYPE_BY_UPPER[upper]
            return i
        if upper in _ENGLISH_TYPES and language == "en":
            meta.doc_type = _ENGLISH_TYPES[upper]
            return i
        # "ÁN LỆ SỐ 43/2021/AL", "BỘ LUẬT DÂN SỰ" on one line
        for name_upper, name in _TYPE_BY_UPPER.items():
            if upper.startswith(name_upper + " SỐ") and find_numbers(stripped):
                meta.doc_type = name
                if not meta.number:
                    meta.number, start, end = find_numbers(stripped)[0]
                    meta.number_raw = stripped[start:end]
                return i
    return None


def _title_after_kind(header: list[str], kind_index: int | None) -> str | None:
    if kind_index is None:
        return None
    parts = []
    kind_line = header[kind_index]
    # "Án lệ số 26/2018/AL về xác định …": the subject follows on the same line
    m = re.search(r"\d/\d{4}/AL\d*\s+(.+)$", kind_line)
    if m:
        parts.append(m.group(1))
    for line in header[kind_index + 1 : kind_index + 8]:
        if _SEPARATOR_RE.match(line) or _BODY_START_RE.match(line) or _MOTTO_RE.match(line):
            break
        if parts and line.isupper() and len(line) < 60 and not parts[-1].isupper():
            break  # an issuer line ("HỘI ĐỒNG THẨM PHÁN …") after a mixed-case subject
        parts.append(line)
        if len(" ".join(parts)) > 400:
            break
    title = " ".join(parts).strip()
    return _sentence_case(title) if title else None


# A công văn has no kind line; its subject sits under the number:
# "V/v triển khai các hoạt động hưởng ứng …", "Về việc …".
_SUBJECT_RE = re.compile(r"^(?:V/v|V/V|Về việc)\s*:?\s*(?P<subject>\S.*)$")


def _subject_line(header: list[str]) -> str | None:
    for i, line in enumerate(header[:25]):
        m = _SUBJECT_RE.match(line)
        if m:
            parts = [m.group("subject")]
            for more in header[i + 1 : i + 3]:
                if more[:1].islower() or more[:1] in "“\"(":
                    parts.append(more)  # a subject wrapped over two lines
                else:
                    break
            return " ".join(parts)
    return None


def _title_from_hint(hint: str | None, meta: Metadata) -> str | None:
    if not hint:
        return None
    title = hint.strip()
    if meta.number_raw and meta.number_raw in title:
        title = title.split(meta.number_raw, 1)[1]
    elif meta.number:
        for number, _start, end in find_numbers(title):
            if number == meta.number:
                title = title[end:]
                break
    return title.strip(" :-–") or None


def _sentence_case(text: str) -> str:
    if text.upper() != text:
        return text
    lowered = text.lower()
    return lowered[:1].upper() + lowered[1:]


_ISSUER_CONTINUATION_RE = re.compile(r"^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG|TÒA ÁN|TỐI CAO)\b")
_SUB_UNIT_RE = re.compile(
    r"^(?:SỞ|CỤC|VỤ|BAN|PHÒNG|VĂN PHÒNG|TRUNG TÂM|CÔNG AN|CHI CỤC|THANH TRA|HỘI ĐỒNG|BỘ CHỈ HUY|UBND)\b"
)


def _issuer_from_header(header: list[str]) -> str | None:
    """The lines of the left column above "Số: …", without the motto."""
    for i, line in enumerate(header[:20]):
        if _NUMBER_LINE_RE.match(line) and find_numbers(line):
            above = [
                h
                for h in header[max(0, i - 5) : i]
                if not _MOTTO_RE.match(h) and not _SEPARATOR_RE.match(h) and not DATE_WORDS_RE.search(h)
            ]
            above = [h for h in above if h.isupper() and not _TYPE_BY_UPPER.get(h.strip())]
            if not above:
                return None
            groups: list[str] = []
            for h in above:
                if groups and _ISSUER_CONTINUATION_RE.match(h):
                    groups[-1] += " " + h
                else:
                    groups.append(h)
            issuer = groups[-1] if len(groups) > 1 and _SUB_UNIT_RE.match(groups[-1]) else " ".join(groups)
            return _issuer_case(issuer)
    return None


def _issuer_case(name: str) -> str:
    """ "ỦY BAN NHÂN DÂN TỈNH TÂY NINH" -> "Ủy ban nhân dân tỉnh Tây Ninh"."""
    if name.upper() != name:
        return name
    pieces = []
    for part in re.split(r"\s+-\s+", name):
        words = part.lower().split()
        out = []
        capital_run = False
        for j, word in enumerate(words):
            if j == 0 or capital_run:
                out.append(word[:1].upper() + word[1:])
            else:
                out.append(word)
            if word in ("tỉnh", "phố", "huyện", "quận", "xã", "phường"):
                capital_run = True
            elif j == 0 and word in ("bộ", "sở", "cục", "vụ", "ban", "viện"):
                capital_run = False
                if len(words) > 1:
                    words[1] = words[1][:1].upper() + words[1][1:]
        pieces.append(" ".join(out))
    return " - ".join(pieces)


def _issuer_from_number(number: str | None) -> str | None:
    if not number:
        return None
    last = number.split("/")[-1]
    if re.fullmatch(r"QH\d+", last):
        return "Quốc hội"
    if re.fullmatch(r"UBTVQH\d+", last):
        return "Ủy ban Thường vụ Quốc hội"
    codes = last.split("-")
    if len(codes) == 2 and codes[1] in _ISSUER_BY_CODE:
        return _ISSUER_BY_CODE[codes[1]]
    return None


def _place_date_from_header(header: list[str], meta: Metadata) -> None:
    for line in header[:25]:
        m = PLACE_DATE_RE.search(line)
        if m:
            place = re.sub(r"^(?:Số\s*:?.*?\s)?", "", m.group("place")).strip(" .|")
            meta.place = place or None
            meta.issued = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            return


def _adoption_date(text: str) -> date | None:
    """Laws and án lệ state their date as "… thông qua ngày 24 tháng 11 năm 2015"."""
    m = re.search(r"thông qua\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", text)
    if m:
        return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def _signer(lines: list[str]) -> str | None:
    tail = [line.strip(" |") for line in lines[-60:] if line.strip(" |")]
    for i in range(len(tail) - 1, -1, -1):
        line = tail[i]
        # "CHỦ TỊCH QUỐC HỘI Nguyễn Sinh Hùng": position and name on one line
        joined = _POSITION_NAME_RE.match(line)
        if joined and _POSITION_RE.match(joined.group("pos")):
            return joined.group("name")
        words = line.split()
        if not _NAME_RE.match(line) or words[0] in _NOT_NAME_WORDS:
            continue
        # a position line ("CHỦ TỊCH", "KT. BỘ TRƯỞNG") within the 4 lines above
        if any(_POSITION_RE.match(t) for t in tail[max(0, i - 4) : i]):
            return line
    return None


def _describe_report(text: str, meta: Metadata, hints: dict[str, str]) -> bool:
    """Fill ``meta`` with the document a news page reports on; False if none."""
    body = text[:6000]
    best = None
    for number, start, end in find_numbers(body):
        before = body[max(0, start - 80) : start]
        kind_m = re.search(r"(" + "|".join(DOC_TYPES) + r")\s+(?:số\s*:?\s*)?$", before, re.IGNORECASE)
        if not kind_m:
            continue
        lead = before[: kind_m.start()]
        score = 0
        if _REPORT_VERB_RE.search(lead):
            score += 2
        if _CONTEXT_BASIS_RE.search(body[max(0, start - 300) : start]):
            score -= 2
        if best is None or score > best[0]:
            best = (score, number, start, end, kind_m.group(1))
    if best is None or best[0] < 0:
        return False
    _score, number, start, end, kind = best
    meta.number, meta.number_raw = number, body[start:end]
    meta.doc_type = _TYPE_BY_UPPER.get(kind.upper(), kind[:1].upper() + kind[1:].lower())
    sentence_start = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start), body.rfind("; ", 0, start)) + 1
    lead = body[sentence_start:start]
    # "Ngày 11/7/2023, Sở Lao động - … ban hành Kế hoạch số"
    verb = re.search(r"\s(?:vừa\s+)?(?:ban hành|có|phê duyệt|ký)\s+\w+(?:\s\w+)?\s+(?:số\s*:?\s*)?$", lead, re.IGNORECASE)
    subject = lead[: verb.start()] if verb else ""
    page_year = _page_year(text)
    date_m = re.search(r"[Nn]gày\s+(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s*,?", subject)
    if date_m:
        year = int(date_m.group(3)) if date_m.group(3) else page_year
        if year:
            meta.issued = _safe_date(year, int(date_m.group(2)), int(date_m.group(1)))
        subject = subject[: date_m.start()] + subject[date_m.end() :]
    subject = re.sub(r"^\s*[A-ZĐ]{2,5}\s+-\s+", "", subject)  # "HNP - " news agency prefix
    issuer = subject.strip(" ,.-")
    if issuer and len(issuer) < 120:
        meta.issuer = issuer
    rest = body[end : end + 600]
    # "Kế hoạch số 128/KH-UBND ngày 02/4/2021 của UBND tỉnh về …"
    after = re.match(
        r"^\s*,?\s*(?:ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*)?"
        r"(?:của\s+(?P<issuer>[^,.;]*?)(?=\s+(?:về|V/v|ban hành|phê duyệt)\b|[,.;]|$))?",
        rest,
    )
    if after and after.group("date") and not meta.issued:
        meta.issued = parse_date(after.group("date"))
    if after and after.group("issuer") and not meta.issuer:
        meta.issuer = after.group("issuer").strip()
    rest = rest[after.end():] if after else rest
    title = re.split(r"\.\s+(?=[A-ZĐÀ-Ỹ])|\.$|;|\n|,\s*(?:mục đích|nhằm)", rest, maxsplit=1)[0]
    title = re.sub(r"^(?:về việc|về)\s+", "", title.strip(" ,.:"), flags=re.IGNORECASE)
    meta.title = title or None
    meta.province = _province_from_text(text[:600])
    return True


def _page_year(text: str) -> int | None:
    m = DATE_NUMERIC_RE.search(text[:400])
    return int(m.group("y")) if m else None


_PROVINCE_IN_TEXT_RE = re.compile(
    r"(?:tỉnh|thành phố|TỈNH|THÀNH PHỐ)\s+((?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){0,3})"
)


def _province_from_text(text: str) -> str | None:
    m = _PROVINCE_IN_TEXT_RE.search(text)
    return m.group(1) if m else None


# Centrally-run cities (thành phố trực thuộc trung ương).
_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}

_LOCAL_ISSUER_RE = re.compile(r"^(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Sở|Công an tỉnh|Ban Chỉ đạo)\b")


def _province(meta: Metadata) -> str | None:
    if meta.issuer:
        found = _province_from_text(meta.issuer)
        if found:
            return found
        if _LOCAL_ISSUER_RE.match(meta.issuer) and meta.place and meta.place not in ("Hà Nội",):
            return meta.place
    return None
