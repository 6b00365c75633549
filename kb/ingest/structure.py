"""Sections of a document: Phần/Chương/Mục/Điều/khoản/điểm for normative
texts, I./1./"-" parts for plans, in one pass over the lines.

Each heading type has a rank; a heading closes every open section of the
same or a lower rank. Numbered items must follow each other (1, 2, 3; a, b,
c), which keeps stray "5." in running text from opening sections.
"""

from __future__ import annotations

import re

from kb.ingest.models import Section
from kb.ingest.normalize import fold_diacritics
from kb.ingest.patterns import (
    CHUONG_RE,
    DASH_ITEM_RE,
    DIEM_RE,
    DIEU_RE,
    KHOAN_RE,
    MUC_RE,
    PHAN_RE,
    ROMAN_RE,
    SOURCE_NOTE_RE,
    SUBITEM_RE,
)

_RANK = {"phan": 0, "chuong": 1, "muc": 2, "dieu": 3, "part": 3, "khoan": 4, "item": 4, "subitem": 5, "diem": 6, "dash": 7}
_LETTERS = "abcdđeghiklmnopqrstuvxy"
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
# The closing block: recipients and signature.
_CLOSING_RE = re.compile(r"^(?:Nơi nhận|KT\.|TM\.|TL\.)\s")
_HEADING_MAX = 120


def find_sections(text: str) -> list[Section]:
    """Return the sections of ``text`` in reading order (parents first).

    Args:
        text: cleaned text, one block per line.

    Returns:
        Sections with spans into ``text``; a section's span covers its
        children.

    >>> [s.label for s in find_sections("Điều 1. Phạm vi\\n1. Một\\na) Điểm\\n2. Hai")]
    ['Điều 1', 'khoản 1 Điều 1', 'điểm a khoản 1 Điều 1', 'khoản 2 Điều 1']
    """
    lines = _lines_with_offsets(text)
    sections: list[Section] = []
    stack: list[int] = []  # indexes of open sections
    counters: dict[int | None, dict[str, object]] = {}
    closing_at = None

    def close_to(rank: int, at: int) -> None:
        while stack and _RANK[sections[stack[-1]].kind] >= rank:
            sections[stack.pop()].end = at

    def open_section(kind: str, num: str, heading: str, start: int) -> None:
        close_to(_RANK[kind], start)
        parent = stack[-1] if stack else None
        label = _label(kind, num, sections[parent] if parent is not None else None, sections)
        sections.append(
            Section(kind=kind, label=label, heading=heading, start=start, end=len(text), level=len(stack), parent=parent)
        )
        stack.append(len(sections) - 1)
        counters[len(sections) - 1] = {}

    def expect(kind: str, num: str, skip: bool = False) -> bool:
        """Is ``num`` the next number for ``kind`` under the current parent (or the one after it, with ``skip``)?"""
        parent = _parent_for(kind, stack, sections)
        seen = counters.setdefault(parent, {})
        last = seen.get(kind)
        ok = _is_next(kind, last, num, skip)
        if ok:
            seen[kind] = num
        return ok

    for i, (start, line) in enumerate(lines):
        line = line.strip("| ")
        if not line:
            continue
        if stack and sections[stack[-1]].kind == "dash" and not DASH_ITEM_RE.match(line):
            # a "-" item is one paragraph: the next paragraph is the parent's again
            close_to(_RANK["dash"], start)
        if _CLOSING_RE.match(line) and stack:
            closing_at = start
            close_to(0, start)
            continue
        m = PHAN_RE.match(line)
        if m and _short(line):
            open_section("phan", m.group("num"), m.group("rest") or _next_heading(lines, i), start)
            continue
        m = CHUONG_RE.match(line)
        if m and _short(line):
            open_section("chuong", m.group("num"), m.group("rest") or _next_heading(lines, i), start)
            continue
        m = MUC_RE.match(line)
        if m and _short(line) and _inside(stack, sections, ("chuong", "phan")):
            open_section("muc", m.group("num"), m.group("rest") or _next_heading(lines, i), start)
            continue
        m = DIEU_RE.match(line)
        if m:
            heading = m.group("rest").strip() or _next_heading(lines, i, upper_only=False)
            num = m.group("num") or _codified_source(lines, i) or m.group("code")
            open_section("dieu", num, _clip(heading), start)
            continue
        m = ROMAN_RE.match(line)
        # (a part in capitals past one a scan lost: "II. MỤC TIÊU", then "IV. NGUỒN LỰC THỰC HIỆN")
        if m and m.group("num") in _ROMANS and (expect("part", m.group("num")) or (
                _capitals(m.group("rest")) and expect("part", m.group("num"), skip=True))):
            open_section("part", m.group("num"), _clip(m.group("rest")), start)
            continue
        in_dieu = _inside(stack, sections, ("dieu",))
        m = SUBITEM_RE.match(line)
        if m and not in_dieu:
            major = m.group("num").split(".")[0]
            item = _current(stack, sections, "item")
            if item is not None and sections[item].label.split(".")[-1] == major:
                open_section("subitem", m.group("num").split(".")[1], _item_heading(m.group("rest")), start)
                continue
        m = KHOAN_RE.match(line)
        if m:
            kind = "khoan" if in_dieu else "item"
            if expect(kind, m.group("num")):
                heading = "" if kind == "khoan" else _item_heading(m.group("rest"))
                open_section(kind, m.group("num"), heading, start)
                continue
        m = DIEM_RE.match(line)
        if m and stack and expect("diem", m.group("num")):
            open_section("diem", m.group("num"), "", start)
            continue
        m = DASH_ITEM_RE.match(line)
        if m and _inside(stack, sections, ("part", "item", "subitem")):
            parent = _parent_for("dash", stack, sections)
            seen = counters.setdefault(parent, {})
            n = int(seen.get("dash", 0)) + 1
            seen["dash"] = n
            open_section("dash", str(n), "", start)
            continue

    close_to(0, closing_at if closing_at is not None and not stack else len(text))
    for section in sections:
        section.end = _trim_end(text, section.start, section.end)
    _assign_anchors(sections)
    return sections


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        out.append((pos, raw.strip()))
        pos += len(raw) + 1
    return out


def _short(line: str) -> bool:
    return len(line) <= 200


def _clip(heading: str) -> str:
    heading = heading.strip()
    return heading if len(heading) <= _HEADING_MAX else heading[: _HEADING_MAX - 1].rstrip() + "…"


def _item_heading(rest: str) -> str:
    """ "Sở Ngoại vụ: chủ động …" -> "Sở Ngoại vụ"; a short line is its own heading."""
    rest = rest.strip()
    if len(rest) <= 100 and not rest.endswith((".", ";")):
        return rest.rstrip(":")
    head = re.split(r"[:.;]\s", rest, maxsplit=1)[0]
    return _clip(head)


def _next_heading(lines: list[tuple[int, str]], i: int, upper_only: bool = True) -> str:
    """A heading on the line after "Chương I" / "Article 1."."""
    for _start, line in lines[i + 1 : i + 3]:
        if not line:
            continue
        if upper_only and line.upper() != line:
            return ""
        if DIEU_RE.match(line) or KHOAN_RE.match(line) or len(line) > 200:
            return ""
        return _clip(line)
    return ""


def _codified_source(lines: list[tuple[int, str]], i: int) -> str | None:
    """Pháp điển articles are cited by their source: the note on the next
    line "(Điều 150 Bộ luật số 100/2015/QH13 …)" gives "150 Bộ luật số 100/2015/QH13"."""
    for _start, line in lines[i + 1 : i + 3]:
        m = SOURCE_NOTE_RE.match(line)
        if m:
            return f"{m.group('num')} {m.group('kind')} số {m.group('number').rstrip(',;')}"
    return None


def _inside(stack: list[int], sections: list[Section], kinds: tuple[str, ...]) -> bool:
    return any(sections[i].kind in kinds for i in stack)


def _current(stack: list[int], sections: list[Section], kind: str) -> int | None:
    for i in reversed(stack):
        if sections[i].kind == kind:
            return i
    return None


def _parent_for(kind: str, stack: list[int], sections: list[Section]) -> int | None:
    """The open section that a new ``kind`` section would hang under."""
    rank = _RANK[kind]
    for i in reversed(stack):
        if _RANK[sections[i].kind] < rank:
            return i
    return None


def _is_next(kind: str, last, num: str, skip: bool = False) -> bool:
    if kind == "part":
        # (a plan whose "I." was lost before its first part: "II. MỤC ĐÍCH, YÊU CẦU" opens it)
        after = _ROMANS.index(last) + 1 if last else 0
        return _ROMANS.index(num) in ((after, after + 1) if skip or not last else (after,))
    if kind == "diem":
        if num not in _LETTERS:
            return False
        return _LETTERS.index(num) == (_LETTERS.index(last) + 1 if last else 0)
    n = int(num)
    return n == (int(last) + 1 if last else 1)


def _capitals(heading: str) -> bool:
    """Whether a heading is written in capitals ("NGUỒN LỰC THỰC HIỆN"), as the parts of a plan are."""
    letters = [c for c in heading if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


def _label(kind: str, num: str, parent: Section | None, sections: list[Section]) -> str:
    if kind == "phan":
        return f"Phần {num.lower() if num.upper().startswith('THỨ') else num}"
    if kind == "chuong":
        return f"Chương {num}"
    if kind == "muc":
        return f"Mục {num}"
    if kind == "dieu":
        return f"Điều {num}"
    if kind == "khoan":
        return f"khoản {num} {parent.label}" if parent else f"khoản {num}"
    if kind == "diem":
        if parent is None:
            return f"điểm {num}"
        if parent.kind in ("khoan", "dieu"):
            return f"điểm {num} {parent.label}"
        return f"{parent.label}.{num}"
    if kind == "part":
        return num
    if kind in ("item", "subitem"):
        return f"{parent.label}.{num}" if parent and parent.kind in ("part", "item") else num
    if kind == "dash":
        return f"{parent.label} (gạch {num})" if parent else f"(gạch {num})"
    raise ValueError(f"unknown section kind {kind!r}; valid kinds: {', '.join(_RANK)}")


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \n":
        end -= 1
    return end


def _assign_anchors(sections: list[Section]) -> None:
    seen: dict[str, int] = {}
    for section in sections:
        base = _slug(section)
        count = seen.get(base, 0) + 1
        seen[base] = count
        section.anchor = base if count == 1 else f"{base}-{count}"


def _slug(section: Section) -> str:
    label = fold_diacritics(section.label).lower()
    if section.kind in ("part", "item", "subitem", "dash"):
        label = "muc " + label
    return re.sub(r"[^a-z0-9]+", "-", label).strip("-") or "muc"
