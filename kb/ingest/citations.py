"""Citations of other documents found in a document's text.

A citation is a document number in running text ("Quyết định số 2546/QĐ-TTg
ngày 31 tháng 12 năm 2015 của Thủ tướng Chính phủ"), possibly pinned to a
part of the target ("điểm a khoản 2 Điều 5 Nghị định số 62/2012/NĐ-CP"), with
the relation the sentence gives it (căn cứ, thực hiện, hướng dẫn, sửa đổi,
thay thế, bãi bỏ, or plain dẫn chiếu).

Public verb: ``find_citations(text, own_number=None) -> list[Citation]``.
Pure: no I/O, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kb.ingest.metadata import DOC_TYPES, doc_type_from_number, parse_date
from kb.ingest.normalize import find_numbers

RELATIONS = ("căn cứ", "thực hiện", "hướng dẫn", "sửa đổi", "thay thế", "bãi bỏ", "dẫn chiếu")


@dataclass
class Citation:
    """One reference to another document.

    Attributes:
        raw: the citation as written ("Quyết định số 2546/QĐ-TTg").
        number: the target's canonical number.
        doc_type: the kind named before the number, else implied by it.
        relation: one of :data:`RELATIONS`.
        pin: the cited part ("điểm a khoản 2 Điều 5"), or None.
        issued: the date written after the number ("ngày 31 tháng 12 năm 2015").
        start, end: span of ``raw`` in the text.
        issuer: the issuer written after it ("của Ủy ban nhân dân tỉnh Nghệ
            An"), or None; with the date it tells apart the same "…/QĐ-UBND"
            of different provinces.
    """

    raw: str
    number: str
    doc_type: str | None
    relation: str
    pin: str | None
    issued: date | None
    start: int
    end: int
    issuer: str | None = None


_KIND_RE = "(?i:" + "|".join(sorted(DOC_TYPES, key=len, reverse=True)) + ")"
# The words before a number: "… khoản 2 Điều 5 của Nghị định số ", "Luật ".
_BEFORE_RE = re.compile(
    rf"(?P<pin>(?:(?:điểm|Điểm)[ \t]+[a-zđ][ \t]+)?(?:(?:khoản|Khoản)[ \t]+\d+[ \t]+)?(?:Điều|điều)[ \t]+\d+[a-zđ]?[ \t]+(?:của[ \t]+)?)?"
    # "Luật Trợ giúp pháp lý số 11/2017/QH14": a name may sit between kind and "số"
    # the name holds no other kind and no relation verb ("báo cáo kết quả
    # triển khai Thông tư số …" cites the Thông tư, not a "báo cáo")
    rf"(?:(?P<kind>{_KIND_RE})(?:[ \t]+(?!(?:này|đã|được|thay|sửa|bãi|quy định|hướng dẫn)\b)"
    rf"(?:(?!{_KIND_RE}\b|triển khai\b|thực hiện\b|căn cứ\b)[^\d;.\n]){{1,80}}?[ \t]+(?=số))?)?"
    rf"[ \t]*(?:[Ss]ố[ \t]*:?[ \t]*)?$",
)
_AFTER_DATE_RE = re.compile(
    r"^\s*,?\s*(?:ngày|ban hành ngày)\s+(?P<date>\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{4})",
    re.IGNORECASE,
)

# "… của Thủ tướng Chính phủ phê duyệt …", "… của UBND tỉnh Nghệ An về …"
_AFTER_ISSUER_RE = re.compile(
    r"^\s*,?\s*(?:(?:ngày|ban hành ngày)\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{4})\s*,?\s*)?"
    r"của\s+(?P<issuer>[^,;.\n()]{3,80}?)"
    r"(?=\s+(?:về|phê duyệt|ban hành|quy định|hướng dẫn|sửa đổi|thực hiện|triển khai|việc)\b|\s*[,;.\n()]|\s*$)"
)

# Words that set the relation of the numbers that follow in the same clause,
# nearest first. "sửa đổi, bổ sung bởi Luật số …" amends the citing text's
# target the other way round, so "được sửa đổi … bởi" is still "sửa đổi".
_RELATION_CUES = (
    ("căn cứ", re.compile(r"\b(?:Căn cứ|căn cứ)\b")),
    ("thực hiện", re.compile(r"\b(?:Thực hiện|thực hiện|triển khai|Triển khai)\b")),
    ("hướng dẫn", re.compile(r"\b(?:hướng dẫn|quy định chi tiết|Hướng dẫn)\b")),
    ("sửa đổi", re.compile(r"\b(?:sửa đổi|bổ sung|Sửa đổi)\b")),
    ("thay thế", re.compile(r"\b(?:thay thế|Thay thế)\b")),
    ("bãi bỏ", re.compile(r"\b(?:bãi bỏ|Bãi bỏ|hết hiệu lực)\b")),
)
# Clauses end at a full stop or a line end; ";" separates items of one list
# ("Thực hiện Công văn số 314/…; Công văn số 4241/…").
_CLAUSE_START_RE = re.compile(r"\.\s|\n")


def find_citations(text: str, own_number: str | None = None) -> list[Citation]:
    """Every cited document number in ``text``, in reading order.

    Args:
        text: cleaned text (``kb.ingest.normalize.clean_text``).
        own_number: the document's own number, which is not a citation.

    >>> [(c.number, c.relation, c.pin) for c in find_citations(
    ...     "Căn cứ điểm a khoản 2 Điều 5 Nghị định số 62/2012/NĐ-CP;")]
    [('62/2012/NĐ-CP', 'căn cứ', 'điểm a khoản 2 Điều 5')]
    """
    out = []
    for number, start, end in find_numbers(text):
        if number == own_number:
            continue
        before = _BEFORE_RE.search(text[max(0, start - 80) : start])
        raw_start = start
        pin = kind = None
        if before:
            raw_start = start - (len(text[max(0, start - 80) : start]) - before.start())
            if before.group("pin"):
                pin = re.sub(r"\s+(?:của\s+)?$", "", before.group("pin").strip())
                # "Khoản 2 Điều 5" -> "khoản 2 Điều 5"; "Điều" keeps its capital
                if not pin.startswith(("Điều", "điều")):
                    pin = pin[:1].lower() + pin[1:]
                pin = re.sub(r"\bđiều\b", "Điều", pin)
            if before.group("kind"):
                kind = _canonical_kind(before.group("kind"))
        issued = None
        after = _AFTER_DATE_RE.match(text[end : end + 40])
        if after:
            issued = parse_date("ngày " + after.group("date"))
        by = _AFTER_ISSUER_RE.match(text[end : end + 160])
        out.append(
            Citation(
                raw=text[raw_start:end].strip(),
                number=number,
                doc_type=kind or doc_type_from_number(number),
                relation=_relation(text, raw_start),
                pin=pin,
                issued=issued,
                start=raw_start,
                end=end,
                issuer=by.group("issuer").strip() if by else None,
            )
        )
    return out


def _canonical_kind(word: str) -> str:
    lowered = word.lower()
    return next(k for k in DOC_TYPES if k.lower() == lowered)


def _relation(text: str, start: int) -> str:
    """The cue nearest before ``start`` in the same clause, else the cue of
    the line that introduces the list the clause is an item of ("Bãi bỏ
    toàn bộ các văn bản sau đây:" then "1. Quyết định số …"), else
    "dẫn chiếu"."""
    window = text[max(0, start - 300) : start]
    clause_breaks = list(_CLAUSE_START_RE.finditer(window))
    clause = window[clause_breaks[-1].end() :] if clause_breaks else window
    if re.match(r"\s*(?:Căn cứ|căn cứ)\b", clause):
        # the preamble's legal basis, including the laws that amended it
        return "căn cứ"
    best = _nearest_cue(clause)
    if best is None:
        return _list_relation(text, start) or "dẫn chiếu"
    if re.search(r"\bbởi\b", clause[best[0] :]) or _REPORTED_RE.search(clause[: best[0]]):
        # "… được sửa đổi, bổ sung bởi Luật số …": that law amended a third
        # text; "kết quả triển khai Thông tư …" reports on it
        return "dẫn chiếu"
    if best[1] in ("thay thế", "bãi bỏ") and _PARTIAL_RE.match(clause, best[0]):
        # "bãi bỏ một số từ, cụm từ … của", "Thay thế các Mẫu số … ban hành
        # kèm theo": part of the target changes, the target stays in force
        return "sửa đổi"
    return best[1]


# a cue followed by the part of the target it changes
_PARTIAL_RE = re.compile(
    r"\S+(?:\s+\S+)?\s+(?:một số|một phần|các\s+(?:[Mm]ẫu|cụm từ|từ|điểm|khoản|[Đđ]iều)|(?:[Mm]ẫu|cụm từ|điểm|khoản|Điều)\s)"
)


# "kết quả triển khai …", "tình hình thực hiện …": a report on the text, not its implementation
_REPORTED_RE = re.compile(r"\b(?:kết quả|tình hình|báo cáo)\s*$")
# a list item: "1. …", "a) …", "- …"
_ITEM_LINE_RE = re.compile(r"^\s*(?:\d+\.|[a-zđ]\)|[-+•])\s")


def _nearest_cue(clause: str) -> tuple[int, str] | None:
    best = None
    for relation, cue in _RELATION_CUES:
        for m in cue.finditer(clause):
            if best is None or m.start() > best[0]:
                best = (m.start(), relation)
    return best


def _list_relation(text: str, start: int) -> str | None:
    """The relation a list's lead-in line gives its items, if ``start`` is
    the first citation of a list item and the line before the items ends
    with ":" and holds a cue."""
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    if not _ITEM_LINE_RE.match(line) or find_numbers(line):
        return None
    pos = line_start - 1
    for _ in range(60):  # walk back over the list's earlier items
        if pos <= 0:
            return None
        prev_start = text.rfind("\n", 0, pos) + 1
        prev = text[prev_start:pos]
        if not _ITEM_LINE_RE.match(prev):
            if not prev.rstrip().endswith(":"):
                return None
            cue = _nearest_cue(prev)
            return cue[1] if cue and cue[1] != "căn cứ" else None
        pos = prev_start - 1
    return None
