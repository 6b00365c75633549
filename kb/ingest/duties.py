"""Duties that plans and decisions assign to agencies.

Two shapes occur in real plans (DOMAIN.md "Duties"):
  - a numbered heading names the agency, its tasks follow
    ("2. Sở Ngoại vụ: chủ động nắm tình hình …", "1. Công an tỉnh" then
    "- Chủ trì, phối hợp với …");
  - a sentence names it ("Giao Công an tỉnh theo dõi, kiểm tra, đôn đốc …",
    "giao Cục Phòng, chống tệ nạn xã hội là cơ quan thường trực").

Public verbs: ``find_duties(text, sections) -> list[Duty]`` and
``agency_key(name)`` (spelling-independent agency key). Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.ingest.models import Section
from kb.ingest.normalize import fold_diacritics

ROLES = ("chủ trì", "phối hợp", "thường trực", "theo dõi")


@dataclass
class Duty:
    """One task assigned to one agency.

    Attributes:
        agency: the agency's name in its canonical spelling.
        role: one of :data:`ROLES`, or None when the text states none.
        task: the task text.
        deadline: "trước ngày 15/12 hằng năm", "định kỳ 6 tháng", … or None.
        section: label of the section the task sits in ("II.1"), or None.
        start, end: span of the task in the text.
    """

    agency: str
    role: str | None
    task: str
    deadline: str | None
    section: str | None
    start: int
    end: int


# Words an agency name starts with. "Các sở, ban, ngành" is an addressee
# group, not an agency, and is left out on purpose.
_AGENCY_HEADS = (
    "Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "Sở", "Công an", "Bộ Chỉ huy", "Bộ đội Biên phòng", "Bộ",
    "Cục", "Tổng cục", "Vụ", "Ban Chỉ đạo", "BCĐ", "Ban", "Văn phòng", "Thanh tra", "Tòa án", "Viện kiểm sát",
    "Đài Phát thanh", "Báo", "Hội Liên hiệp Phụ nữ", "Hội", "Liên đoàn", "Tỉnh đoàn", "Đoàn", "Mặt trận",
    "Ngân hàng", "Trung tâm", "Chi cục", "Phòng", "Kho bạc", "Cảng vụ", "Cục Hải quan", "Trường",
)
_HEAD_RE = "|".join(re.escape(h) for h in sorted(_AGENCY_HEADS, key=len, reverse=True))
# An agency heading: "Công an tỉnh", "Sở Ngoại vụ: chủ động …".
_AGENCY_HEADING_RE = re.compile(rf"^(?:{_HEAD_RE})\b")

# Sentence forms: "Giao Công an tỉnh theo dõi", "giao Cục … là cơ quan thường trực".
_GIAO_RE = re.compile(rf"\b[Gg]iao\s+(?P<agency>(?:{_HEAD_RE})[^.;:\n]*?)\s+(?P<rest>(?:là cơ quan thường trực|chủ trì|theo dõi|phối hợp|đôn đốc|thực hiện|tổ chức|kiểm tra|triển khai|hướng dẫn)[^.;]*)")

_DEADLINE_RES = (
    re.compile(r"(?:trước|chậm nhất|trong)\s+ngày\s+\d{1,2}(?:/\d{1,2}(?:/\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)(?:\s+(?:hằng|hàng)\s+năm)?", re.I),
    re.compile(r"định kỳ\s+(?:\d+\s+tháng|hằng quý|hàng quý|hằng năm|hàng năm|6 tháng)(?:[^,.;]{0,40}?(?:hằng|hàng)\s+năm)?", re.I),
    re.compile(r"(?:hằng|hàng)\s+(?:năm|quý|tháng)", re.I),
    re.compile(r"trong\s+(?:quý\s+[IV]+|năm\s+\d{4})(?:\s+năm\s+\d{4})?", re.I),
    re.compile(r"định kỳ", re.I),
)


def find_duties(text: str, sections: list[Section]) -> list[Duty]:
    """Every duty the text assigns, heading-assigned first, in reading order.

    Args:
        text: the cleaned text the sections point into.
        sections: its sections (``kb.ingest.structure.find_sections``).
    """
    duties: list[Duty] = []
    for i, section in enumerate(sections):
        if section.kind not in ("item", "subitem") or not _AGENCY_HEADING_RE.match(section.heading):
            continue
        agency = canonical_agency(section.heading)
        children = [s for s in sections if s.parent == i and s.kind in ("dash", "diem", "subitem")]
        body = text[section.start:section.end]
        if children:
            tasks = [(c.start, c.end) for c in children if c.kind != "subitem"]
        else:
            # "2. Sở Ngoại vụ: chủ động nắm tình hình …" — the task follows the colon
            colon = body.find(":")
            first_line_end = body.find("\n") if "\n" in body else len(body)
            start = section.start + (colon + 1 if 0 <= colon < first_line_end else first_line_end)
            tasks = [(start, section.end)]
        for start, end in tasks:
            task = _clean_task(text[start:end])
            if task:
                duties.append(Duty(agency, _role(task), task, _deadline(task), section.label, start, end))
    for m in _GIAO_RE.finditer(text):
        agency = canonical_agency(m.group("agency"))
        if not agency:
            continue
        rest = m.group("rest")
        role = "thường trực" if rest.startswith("là cơ quan thường trực") else _role(rest)
        if role is None and re.match(r"(?:theo dõi|đôn đốc|kiểm tra)", rest):
            role = "theo dõi"
        duties.append(
            Duty(agency, role, _clean_task(m.group(0)), _deadline(rest), _section_at(sections, m.start()),
                 m.start(), m.end())
        )
    duties.sort(key=lambda d: d.start)
    return duties


def _clean_task(task: str) -> str:
    return re.sub(r"^[-+•–\s]+", "", task).strip()


def _role(task: str) -> str | None:
    lowered = task.lower()
    if lowered.startswith("chủ trì") or "là cơ quan chủ trì" in lowered:
        return "chủ trì"
    if lowered.startswith("phối hợp"):
        return "phối hợp"
    if "thường trực" in lowered[:60]:
        return "thường trực"
    if re.match(r"(?:theo dõi|đôn đốc)", lowered):
        return "theo dõi"
    # the agency a heading names carries out its own tasks
    return "chủ trì"


def _deadline(task: str) -> str | None:
    for pattern in _DEADLINE_RES:
        m = pattern.search(task)
        if m:
            return m.group(0)
    return None


def _section_at(sections: list[Section], offset: int) -> str | None:
    inside = [s for s in sections if s.start <= offset < s.end]
    return inside[-1].label if inside else None


# Abbreviations and variant spellings of agency names (DOMAIN.md).
_AGENCY_SPELLINGS = (
    (re.compile(r"\bUBND\b"), "Ủy ban nhân dân"),
    (re.compile(r"\bHĐND\b"), "Hội đồng nhân dân"),
    (re.compile(r"\bBCĐ\s*138\b"), "Ban Chỉ đạo 138"),
    (re.compile(r"\bLĐTBXH\b|\bLao động\s*[-–,]\s*(?:Thương binh|TB)\s*(?:và|&)\s*(?:Xã hội|XH)\b", re.I),
     "Lao động - Thương binh và Xã hội"),
    (re.compile(r"\bTT&TT\b|\bTTTT\b"), "Thông tin và Truyền thông"),
    (re.compile(r"\bGD&ĐT\b|\bGDĐT\b"), "Giáo dục và Đào tạo"),
    (re.compile(r"\bVH,?\s*TT&DL\b|\bVHTTDL\b"), "Văn hóa, Thể thao và Du lịch"),
)


def canonical_agency(name: str) -> str:
    """One spelling per agency.

    >>> canonical_agency("Sở LĐTBXH")
    'Sở Lao động - Thương binh và Xã hội'
    >>> canonical_agency("Sở Lao động, Thương binh và xã hội:")
    'Sở Lao động - Thương binh và Xã hội'
    """
    name = re.split(r"[:(]", name, maxsplit=1)[0].strip(" .,-")
    for pattern, replacement in _AGENCY_SPELLINGS:
        name = pattern.sub(replacement, name)
    return re.sub(r"\s+", " ", name)


def agency_key(name: str) -> str:
    """A spelling-independent key for matching a user's agency name.

    >>> agency_key("Sở Lao động - TB và XH") == agency_key("sở lao động thương binh và xã hội")
    True
    """
    folded = fold_diacritics(canonical_agency(name)).lower()
    key = " ".join(re.findall(r"[a-z0-9]+", folded))
    # the same abbreviations typed without diacritics
    for pattern, replacement in _FOLDED_SPELLINGS:
        key = pattern.sub(replacement, key)
    return key


_FOLDED_SPELLINGS = (
    (re.compile(r"\bldtbxh\b|\blao dong (?:tb|thuong binh) va (?:xh|xa hoi)\b"), "lao dong thuong binh va xa hoi"),
    (re.compile(r"\bubnd\b"), "uy ban nhan dan"),
    (re.compile(r"\bhdnd\b"), "hoi dong nhan dan"),
    (re.compile(r"\bbcd 138\b|\bbcd138\b"), "ban chi dao 138"),
)
