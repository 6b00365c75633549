"""Text normalisation shared by ingest and search.

The same functions run on document text at index time and on queries at
search time, so that "hoà" finds "hòa", "525⁄QĐ- LĐTBXH" finds
"525/QĐ-LĐTBXH" and "tro giup" finds "trợ giúp".

Public verbs:
    clean_text(text, steps=...)   named cleaning steps, NFC first
    normalize_tones(text)         one tone-placement style (hòa, ủy, thủy)
    fold_diacritics(text)         "Đường" -> "Duong" (đ folded explicitly)
    canonical_number(raw)         "525⁄QĐ- LĐTBXH" -> "525/QĐ-LĐTBXH"
    number_key(raw)               diacritic-free key for matching numbers
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

from kb.ingest.patterns import CELL_SEP, DASH_LOOKALIKES, DOC_NUMBER_RE, QUERY_NUMBER_RE, SLASH_LOOKALIKES, UPPER

# --- tone placement ---------------------------------------------------------

_TONED = {
    # vowel: (grave, acute, hook, tilde, dot)
    "a": "àáảãạ",
    "e": "èéẻẽẹ",
    "y": "ỳýỷỹỵ",
    "o": "òóỏõọ",
    "u": "ùúủũụ",
}


def _tone_table() -> dict[str, tuple[str, int]]:
    table = {}
    for base, marks in _TONED.items():
        for i, ch in enumerate(marks):
            table[ch] = (base, i)
            table[ch.upper()] = (base.upper(), i)
    return table


_TONE_OF = _tone_table()

# Old style puts the tone on the second vowel of "oa", "oe", "uy" when the
# syllable ends there: "hoà", "khoẻ", "thuỷ", "uỷ". New style (used by the
# official templates, "Cộng hòa"): "hòa", "khỏe", "thủy", "ủy". "qu" is a
# consonant cluster, so "quý" is already right; "hoàn", "tuyết" (a final
# letter follows) are the same in both styles.
_OLD_TONE_RE = re.compile(
    r"(?<![qQ])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?![^\W\d_])"
    r"|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])"
)


def _move_tone(match: re.Match) -> str:
    first = match.group(1) or match.group(3)
    second = match.group(2) or match.group(4)
    base, tone = _TONE_OF[second]
    lower_first = first.lower()
    toned_first = _TONED[lower_first][tone]
    if first.isupper():
        toned_first = toned_first.upper()
    return toned_first + base


def normalize_tones(text: str) -> str:
    """Rewrite old-style tone placement to the new style.

    >>> normalize_tones("hoà nhập, Uỷ ban, thuỷ sản, hoàn thành, quý")
    'hòa nhập, Ủy ban, thủy sản, hoàn thành, quý'
    """
    return _OLD_TONE_RE.sub(_move_tone, text)


# --- diacritic folding --------------------------------------------------------

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})


def fold_diacritics(text: str) -> str:
    """Remove Vietnamese diacritics; đ/Đ are folded explicitly (NFKD keeps them).

    >>> fold_diacritics("Điều 5 Nghị định số 525/QĐ-LĐTBXH")
    'Dieu 5 Nghi dinh so 525/QD-LDTBXH'
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


# --- document numbers ---------------------------------------------------------

_SLASHES = str.maketrans({ch: "/" for ch in SLASH_LOOKALIKES})
_DASHES = str.maketrans({ch: "-" for ch in DASH_LOOKALIKES})

# Type and issuer codes that carry Đ, as users type them without diacritics.
# Only codes seen in real numbers: QĐ, NĐ, HĐTP, HĐND, LĐTBXH (Bộ/Sở), BCĐ,
# GĐT (giám đốc thẩm), TLĐ (Tổng Liên đoàn).
_CODE_DIACRITICS = {
    "QD": "QĐ",
    "ND": "NĐ",
    "HDTP": "HĐTP",
    "HDND": "HĐND",
    "LDTBXH": "LĐTBXH",
    "BLDTBXH": "BLĐTBXH",
    "SLDTBXH": "SLĐTBXH",
    "BCD": "BCĐ",
    "GDT": "GĐT",
    "TLD": "TLĐ",
}
_CODE_TOKEN_RE = re.compile(r"[A-ZĐ]+(?=\d*$)")


def fold_lookalikes(text: str) -> str:
    """Fold slash and dash look-alikes to ASCII and U+00D0 Ð to Đ."""
    return text.translate(_SLASHES).translate(_DASHES).replace("Ð", "Đ").replace("ð", "đ")


def _restore_code(token: str) -> str:
    match = _CODE_TOKEN_RE.match(token)
    if not match:
        return token
    letters = match.group(0)
    return _CODE_DIACRITICS.get(letters, letters) + token[len(letters):]


def canonical_number(raw: str) -> str | None:
    """Return the canonical spelling of a document number, or None.

    NFC, "/" as slash, no spaces, capital type codes with diacritics.

    >>> canonical_number("525⁄QĐ- LĐTBXH")
    '525/QĐ-LĐTBXH'
    >>> canonical_number("Số: 15/2020/nd-cp")
    '15/2020/NĐ-CP'
    >>> canonical_number("Decree 34/2016/ND-CP")
    '34/2016/NĐ-CP'
    >>> canonical_number("01/2016/NQ.HĐTP")
    '01/2016/NQ-HĐTP'
    >>> canonical_number("07/2026/qd-ttg")
    '07/2026/QĐ-TTg'
    """
    text = fold_lookalikes(unicodedata.normalize("NFC", raw))
    match = QUERY_NUMBER_RE.search(text)
    if not match:
        return None
    return _canonical_from_match(match)


def _canonical_from_match(match: re.Match) -> str:
    n = match.group("n")
    year = match.group("year")
    code = match.group("code_y") or match.group("code")
    code = re.sub(r"\s+", "", code).upper().replace("TTG", "TTg").replace(".", "-")
    parts = re.split(r"([-/])", code)
    code = "".join(_restore_code(p) if p not in "-/" else p for p in parts)
    # "ÁN LỆ SỐ 43/2021/AL1": a footnote marker glued to the án lệ code
    code = re.sub(r"^AL\d+$", "AL", code)

    return f"{n}/{year}/{code}" if year else f"{n}/{code}"


def number_key(raw: str) -> str | None:
    """A spelling-independent key: canonical number, folded, upper case.

    >>> number_key("525/QD-LDTBXH") == number_key("525⁄QĐ- LĐTBXH")
    True
    >>> number_key("10/2018/TTLT/BTP-BCA") == number_key("10/2018/TTLT-BTP-BCA")
    True
    """
    canonical = canonical_number(raw)
    if not canonical:
        return None
    # "2076/1998/TTLT/BQP-…" (older documents, and typos) and "…/TTLT-BQP-…"
    canonical = _TYPE_SLASH_RE.sub(r"\1-", canonical)
    return fold_diacritics(canonical).upper()


_TYPE_SLASH_RE = re.compile(r"(?<=/)(TTLT|QĐ|NĐ|TT|NQ|CT|KH)/(?=\w)")


def find_numbers(text: str) -> list[tuple[str, int, int]]:
    """Every document number in ``text`` as (canonical, start, end).

    The text should already have gone through :func:`fold_lookalikes`
    (``clean_text`` does it).
    """
    return [(_canonical_from_match(m), m.start(), m.end()) for m in DOC_NUMBER_RE.finditer(text)]


# --- cleaning steps -----------------------------------------------------------

_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_MANY_BLANKS_RE = re.compile(r"\n{3,}")
# "116 /2025/QH15", "525/QĐ- LĐTBXH", "113/ KH-UBND": spaces inside numbers.
_NUMBER_GAP_RE = re.compile(
    r"(?<![\w/])(\d{1,5})\s+/\s*(?=(?:\d{4}/)?[A-ZĐ])|(?<=/)\s+(?=[A-ZĐ]{2})|(?<=[A-ZĐ]/)\s+(?=\d{4}/)"
)
_CODE_DASH_GAP_RE = re.compile(r"(?<=/[A-ZĐ])([A-ZĐ0-9]*)\s*-\s+(?=[A-ZĐ]{2})|(?<=/[A-ZĐ])([A-ZĐ0-9]*)\s+-\s*(?=[A-ZĐ]{2})")
_DEHYPHEN_RE = re.compile(r"([a-z]{2,})-\n([a-z]{2,})")
_SENTENCE_END = tuple(".:;!?)”\"»/|")


def _step_nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _step_tones(text: str) -> str:
    return normalize_tones(text)


def _step_lookalikes(text: str) -> str:
    text = fold_lookalikes(text)
    text = _NUMBER_GAP_RE.sub(lambda m: m.group(1) + "/" if m.group(1) else "", text)
    return _CODE_DASH_GAP_RE.sub(lambda m: (m.group(1) or m.group(2) or "") + "-", text)


def _step_whitespace(text: str) -> str:
    text = _INVISIBLE_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_spaced_cells(line) or _SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_BLANKS_RE.sub("\n\n", "\n".join(lines)).strip("\n")


# A table row flattened to text, its cells parted by runs of spaces ("1  Xây dựng Luật An ninh dữ liệu.  Bộ Công an
# Bộ Khoa học và Công nghệ, …  Tháng 12/2026"): three cells or more are a row, parted as the readers part cells.
_CELL_GAP_RE = re.compile(r"[ \t\u00a0]{2,}")


def _spaced_cells(line: str) -> str | None:
    cells = _CELL_GAP_RE.split(line.strip())
    # (not a sentence with stray double spaces: "… gửi  Hội Nông dân …  đình.", a cell starting in lower case)
    if len(cells) < 3 or CELL_SEP in line or any(cell[0].islower() for cell in cells):
        return None
    return CELL_SEP.join(_SPACES_RE.sub(" ", cell) for cell in cells)


# A table flattened to one cell line per line, as some PDF extractors give a Công báo annex (NQ 97/NQ-CP, QĐ
# 893/QĐ-TTg): its column names a line or two each ("TT", "Tên nhiệm vụ", "Cơ quan", "chủ trì", "Cơ quan", "phối
# hợp", …), then each row's number on a line of its own (or before its first cell, two spaces on) and the lines of
# its cells.
_FLAT_HEADER_RE = re.compile(
    r"^[^\S\n]*(?:S?TT|Số TT)[^\S\n]*\n(?P<names>(?:[^\S\n]*(?!\d{1,3}\.?[^\S\n]*\n)[^\n]{1,45}\n){3,16}?)"
    r"(?=[^\S\n]*(?:\d{1,3}\.?|I\.?|[IVX]{1,5}\.)(?:[^\S\n]*\n|[^\S\n]{2,}\S))", re.M)
_FLAT_ROLE_RE = re.compile(r"(?:Cơ quan|Đơn vị) chủ trì")
# (a row's number with its dot, "1."; a group of rows by its Roman number, "I.", the numbers after it counted afresh)
# (and a row within a numbered one, "1.1", "2.3")
# (the group's dot may be missing: "I" then its title; it is the next group's number then, not "XVI" of "… khóa" / "XVI")
_FLAT_ROW_RE = re.compile(r"(\d{1,3}(?P<sub>(?:\.\d{1,2})+)?(?=\.?)|(?P<group>[IVX]{1,5}))\.?(?:$|[ \t\u00a0]{2,}(\S.*))")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
# a page's furniture between rows: the gazette's running head, its page number, the signing stamp
_FLAT_FURNITURE_RE = re.compile(r"CÔNG BÁO/|Ký bởi:|Cơ quan: [A-ZĐ]{2}|Ngày ký:|\d{1,3}$")
# what ends the table: a part of the document; a line of running text (a footnote, the next article)
_FLAT_PART_RE = re.compile(r"Điều \d+\.|Phụ lục|PHỤ LỤC|Nơi nhận")
_FLAT_END_RE = re.compile(r".{71}|" + _FLAT_PART_RE.pattern)
# a group of rows by its Roman number and its title on one line, a merged row the table's width ("II. Hoàn thiện thể chế
# về bảo hiểm y tế …", "IV Huy động và sử dụng hiệu quả nguồn lực …")
_FLAT_GROUP_RE = re.compile(rf"(?P<number>[IVX]{{1,5}})\.?[ \t]+(?P<title>[{re.escape(UPPER)}].*)")
# a footnote at a page's foot ("1 Nghị quyết số 66-NQ/TW ngày 30/4/2025 …")
_FLAT_FOOTNOTE_RE = re.compile(r"\d{1,2} [A-ZĐ]")


# names a narrow cell's line never ends inside of: "Đài Truyền hình Việt" then "Nam, Đài …", "Quyết định của Thủ
# tướng" then "Chính phủ ban hành …", "… trình Quốc hội, Ủy ban Thường vụ" then "Quốc hội xem xét, ban hành", "Đài
# Tiếng nói" then "Việt Nam", "Ban Chỉ đạo" then "Phòng thủ dân" then "sự quốc gia"
_BOUND_NAME_RE = re.compile(r"(?:Việt\nNam|\nViệt Nam|(?:Chỉ đạo|Chỉ huy)\nPhòng|Thủ tướng\nChính phủ|Thường vụ\nQuốc hội|Hồ Chí\nMinh|Hà\nNội)\b")


# a line of acronyms alone after a line in lower case, the rest of a list of bodies: "… Ủy ban Công tác về các tổ chức"
# then "PCPNN," then "VTV, VOV," then "TTXVN" (NQ 100/NQ-CP's annex)
_ACRONYMS_RE = re.compile(r"[A-ZĐ]{2,}(?:,[^\S\n]*[A-ZĐ]{2,})*,?")


# a cell's list past its first item ("1. Bộ Tài chính đầu mối …" then "2. Các bộ, cơ quan, địa phương …", NQ
# 109/NQ-CP's annex)
_NEXT_ITEM_RE = re.compile(r"(?:[2-9]|1\d)\.[^\S\n]+\S")


def _flat_cells(pieces: list[str]) -> list[str]:
    """The cells of a flattened row: a cell goes on on a line in lower case,
    after a line that needs the next ("Bộ Khoa học và" then "Công nghệ"),
    inside a name, or at its list's next item."""
    cells: list[str] = []
    for piece in pieces:
        if cells and (not piece[0].isupper() and not piece[0].isdigit() or ends_open(cells[-1])
                      or _NEXT_ITEM_RE.match(piece) and re.match(r"1\.[^\S\n]", cells[-1])
                      or cells[-1].endswith((",", ";", "-", "–", "/"))
                      or _BOUND_NAME_RE.search(cells[-1][-12:] + "\n" + piece[:12])
                      or _ACRONYMS_RE.fullmatch(piece) and cells[-1][-1:].islower()):
            cells[-1] += " " + piece
        else:
            cells.append(piece)
    return cells


# the words of a column's name in capitals that never end it ("CƠ QUAN CHỦ" then "TRÌ, THEO DÕI") or begin it
_HEAD_OPEN_RE = re.compile(r"(?:^|\s)(?:chủ|cơ quan|đơn vị|thời|thời gian|thời hạn|kết|căn cứ|mục tiêu|nhiệm vụ)$")
_HEAD_TAIL_RE = re.compile(r"(?:trì|hợp|phối hợp|theo dõi|hoàn thành|thực hiện|gian|hạn|quả|\d)")


def _flat_columns(names: list[str]) -> list[str]:
    """A flattened header's columns; one written in capitals ("CƠ QUAN CHỦ" /
    "TRÌ, THEO DÕI" / "CƠ QUAN" / "PHỐI HỢP") joined by its words, and
    given as every other header writes it ("Cơ quan chủ trì, theo dõi")."""
    if not all(name == name.upper() for name in names):
        return _flat_cells(names)
    columns: list[str] = []
    for name in (name.lower() for name in names):
        if columns and (_HEAD_OPEN_RE.search(columns[-1]) or _HEAD_TAIL_RE.match(name)):
            columns[-1] += " " + name
        else:
            columns.append(name)
    return [column[:1].upper() + column[1:] for column in columns]


def _step_flat_tables(text: str) -> str:
    """Rebuild tables flattened to one line per cell line as rows, their
    cells parted by CELL_SEP, the header first; a page's furniture inside
    the table dropped, and the footnotes and the header repeated at a page's
    foot and head, the rows running on past them. Nothing else changes."""
    out, pos = [], 0
    for header in _FLAT_HEADER_RE.finditer(text):
        names = [line.strip() for line in header.group("names").split("\n") if line.strip()]
        columns = _flat_columns(names)
        if header.start() < pos or not any(_FLAT_ROLE_RE.match(c) for c in columns):
            continue
        out.append(text[pos:header.start()])
        lines = text[header.end():].split("\n")
        rows, repeated = [], set(names) | {"TT", "STT", "Số TT"}
        expected, groups, i, end = None, 0, 0, header.end()
        while i < len(lines):
            piece_line = lines[i].strip()
            row = _FLAT_ROW_RE.fullmatch(piece_line)
            group = _FLAT_GROUP_RE.fullmatch(piece_line) if not row else None
            roman = (row.group("group") if row else group.group("number") if group else None)
            # (the next group's number; any, in a table taken up after its first page)
            if roman in _ROMAN[groups:groups + 1] + (_ROMAN if not groups else ()) and (
                    piece_line.startswith(roman + ".") or group or _title_follows(lines, i)):
                rows.append([roman] + ([group.group("title")] if group else [row.group(4)] if row.group(4) else []))
                expected, groups = None, _ROMAN.index(roman) + 1
            elif row and not roman and (row.group("sub") or expected is None or int(row.group(1)) in (expected, 1)):
                rows.append([row.group(1)] + ([row.group(4)] if row.group(4) else []))
                if not row.group("sub"):
                    expected = int(row.group(1)) + 1
            elif piece_line and (_FLAT_END_RE.match(piece_line) or not rows) and not (
                    rows and not _FLAT_FOOTNOTE_RE.match(piece_line) and _cell_lines_follow(lines, i)):
                # (a long line between cell lines is a merged cell's: it goes on in the row)
                again = _header_again(lines, i, names)
                if again is None:
                    break
                end += sum(len(line) + 1 for line in lines[i:again])
                i = again
                continue
            elif piece_line and piece_line not in repeated and not _FLAT_FURNITURE_RE.match(piece_line):
                rows[-1] += _CELL_GAP_RE.split(piece_line)
            end += len(lines[i]) + 1
            i += 1
        out.append("\n".join([CELL_SEP.join(["TT"] + columns)]
                             + [CELL_SEP.join([r[0]] + _flat_cells(r[1:])) for r in rows]) + "\n")
        pos = min(end, len(text))
    return "".join(out) + text[pos:]


def _title_follows(lines: list[str], i: int) -> bool:
    """Whether a group's number without its dot ("I") has its title after it:
    the next line with text, begun in capitals, not a row's number."""
    after = next((line.strip() for line in lines[i + 1:i + 4] if line.strip()), "")
    return after[:1].isupper() and not _FLAT_ROW_RE.fullmatch(after)


def _cell_lines_follow(lines: list[str], i: int) -> bool:
    """Whether the lines after a long one are a flattened table's: the next
    two that hold text are a cell's short lines or a row's number."""
    after = [line.strip() for line in lines[i + 1:i + 8] if line.strip()][:2]
    return len(after) == 2 and not any(_FLAT_END_RE.match(line) and not _FLAT_GROUP_RE.fullmatch(line)
                                       for line in after)


def _header_again(lines: list[str], i: int, names: list[str]) -> int | None:
    """Where a flattened table goes on after the footnotes and furniture at
    ``lines[i]``: past its header, repeated at the next page's head within a
    few lines; None when it does not (the table ended)."""
    if not lines[i].strip() or _FLAT_PART_RE.match(lines[i].strip()):
        return None
    for at in range(i + 1, min(i + 12, len(lines))):
        if lines[at].strip() in ("TT", "STT", "Số TT"):
            following = [line.strip() for line in lines[at + 1:at + 1 + 3 * len(names)] if line.strip()]
            return at + 1 + _past(lines, at + 1, names) if following[:len(names)] == names else None
    return None


def _past(lines: list[str], at: int, names: list[str]) -> int:
    """How many lines from ``at`` the header's names (and blank lines) take."""
    n, seen = 0, 0
    while at + n < len(lines) and seen < len(names):
        seen += bool(lines[at + n].strip())
        n += 1
    return n


def _step_dehyphenate(text: str) -> str:
    return _DEHYPHEN_RE.sub(r"\1\2", text)


def _step_unwrap(text: str) -> str:
    """Join hard-wrapped lines (PDF): a line continues the previous one when
    the previous does not end a sentence and this one starts in lower case,
    or the previous ends in a word that needs the next ("… năm 2018 của"),
    or when the previous runs (nearly) the full width of the text and this
    one starts no item, heading or table row ("… phối hợp với Bộ Công" then
    "Thương, Bộ Ngoại giao …")."""
    lines = text.split("\n")
    widths = sorted(len(line) for line in lines if len(line.strip()) > 20)
    full = widths[(len(widths) * 9) // 10] if len(widths) >= 5 else None
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if (
            prev
            and line
            and not prev.endswith(_SENTENCE_END)
            and not _STARTS_BLOCK_RE.match(line)
            and (
                line[0].islower()
                or ends_open(prev)
                or (
                    full is not None
                    and len(prev) >= _FULL_LINE * full
                    and CELL_SEP not in prev
                    and CELL_SEP not in line
                )
            )
        ):
            out[-1] = prev + " " + line
        else:
            out.append(line)
    return "\n".join(out)


# A line ending in a word that needs the next one: a preposition or a conjunction ("… năm 2018 của" then "Chính phủ
# quy định chi tiết …", "Lực lượng Công an phối hợp với lực lượng" then "Kiểm lâm, …"), wrapped.
_OPEN_END_RE = re.compile(r"(?<!\S)(?:của|và|với|cho|[Cc]ác|[Nn]hững|tại|theo|về|do|bởi|hoặc|thuộc|giữa|lực lượng)$")
# (or a department's head alone, which never ends a line of its name: "5. Cục" then "Di sản văn hóa: Chủ trì, …",
# "… phối hợp với Sở" then "Tài chính …"; not "6. Sở Ngoại Vụ"; after a comma, a list's next body: "Ủy ban Trung ương
# Mặt trận Tổ quốc Việt Nam, Phòng" then "Thương mại và Công nghiệp Việt Nam, …", CT 11/CT-TTg; not "Hải Phòng")
_HEAD_END_RE = re.compile(r"(?:^|(?<=\s))(?:(?:\d+(?:\.\d+)*\.)?\s*|(?P<before>\S+)\s+)(?:Cục|Sở|Vụ|Phòng|Ban|Bộ|Ủy ban|Trung tâm|Đài)$")


def ends_open(line: str) -> bool:
    """Whether a line ends in a word that needs the next line: a preposition,
    a conjunction, or a department's head after no capitalised word."""
    line = line.rstrip()
    if _OPEN_END_RE.search(line):
        return True
    head = _HEAD_END_RE.search(line)
    before = (head.group("before") or "") if head else ""
    return bool(head) and (not before[:1].isupper() or before.endswith(","))


# A line at least this share of the text's (90th-percentile) width was wrapped.
_FULL_LINE = 0.8
# What starts a line of its own: a list item, a numbered heading, a part of the
# document, a line in capitals.
_STARTS_BLOCK_RE = re.compile(
    r"\s*(?:[-+•*–—]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVXLC]+\.|(?:Phụ lục|PHỤ LỤC|Căn cứ|Nơi nhận)\b"
    # an article or chapter heading, not a reference wrapped onto the line ("quy định tại" / "Điều 8 của …")
    r"|Điều\s+\d+[a-zđ]?\.|(?:Chương|Mục|Phần)\s+(?:[IVXLC]+|\d+|thứ\s+\w+)(?:\.|\s*$)"
    r"|[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\s,]{6,}$)"
)


# Web page furniture seen in the seeds: everything after these lines is
# other articles, comment forms and captchas.
_CUT_FROM_RE = re.compile(
    r"^(?:Các tin khác|Các bài mới đăng|Các bài đã đăng\s*:?|Tin cùng chuyên mục|Bài viết liên quan"
    r"|Tin liên quan|Viết bình luận|Ý kiến bạn đọc|Gửi bình luận)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_DROP_LINE_RES = (
    # site furniture at the top of news pages
    re.compile(r"^(?:Tìm kiếm tin tức|Chung nhan Tin Nhiem Mang|In bài viết|Bản in|Chia sẻ|Quay lại)$", re.I),
    # captcha lines decoded with the wrong charset: "L?y l?i m� b?o m?t"
    re.compile(r".*(?:\ufffd|\w\?\w.*\w\?\w)"),
    re.compile(r"^(?:Mã xác nhận|Họ tên|Số điện thoại|Tiêu đề|Nội dung|Email)\s*:?\s*(?:\(\*\))?\s*:?$", re.I),
    # attachment paths of portal CMSs: "/App_File/userfiles/files/QUYẾT ĐỊNH.docx"
    re.compile(r"^/\S*/.*\.(?:pdf|docx?|xlsx?|zip|rar)$", re.I),
    # "Download văn bản tại đây:" / "Tải về"
    re.compile(r"^(?:Download văn bản tại đây|Tải văn bản|Tải về)\s*:?$", re.I),
    # related-document lists appended by tvpl: "- 1 Kế hoạch 173/KH-UBND về ..."
    re.compile(
        r"^- \d{1,2} (?:Kế hoạch|Quyết định|Nghị định|Thông tư|Luật|Bộ luật|Công văn|Chỉ thị|Nghị quyết"
        r"|Thông báo|Văn bản hợp nhất|Thông tư liên tịch|Pháp lệnh|Hướng dẫn|Báo cáo) "
    ),
)


# --- words run together -------------------------------------------------------
# Pages of legal-document sites and some PDFs lose the space at a line wrap of
# the original: "UBND cáchuyện", "tổ chức thựchiện", "Bộ Ngoạigiao", "với
# Bộ Kếhoạch", "vớiBộ". Such a token is no Vietnamese syllable; it is split
# where it falls into two syllables of underthesea's dictionary (Viet74K)
# that make a word of that dictionary ("thực hiện"), where one of them is a
# function word ("các huyện", "với các"), where the second starts with a
# capital ("vớiBộ", "ĐồngTháp"), or where a part makes a word with the word
# beside it ("Sở Tài nguyên và Môi trườngchủ trì": "môi trường", "chủ trì"),
# and at one place only.
_FUNCTION_WORDS = frozenset(
    "các và với của để về đến cho tại theo những được trong thì là có số ngày năm đã sẽ từ trên dưới khi này đó"
    .split())
_RUN_TOGETHER_RE = re.compile(r"[^\W\d_]{5,}")


@lru_cache(maxsize=1)
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """(syllables, two-syllable words) of underthesea's Viet74K word list, in
    this module's tone placement."""
    source = resources.files("underthesea").joinpath("corpus/data/Viet74K.txt").read_text(encoding="utf-8")
    syllables, words = set(), set()
    for line in normalize_tones(unicodedata.normalize("NFC", source)).lower().splitlines():
        parts = line.split()
        if parts and all(p.isalpha() for p in parts):
            syllables.update(parts)
            if len(parts) == 2:
                words.add(line.strip())
    return frozenset(syllables), frozenset(words)


def _split_point(token: str, before: str = "", after: str = "") -> int | None:
    """Where ``token`` splits into two syllables, if at one place only;
    ``before`` and ``after`` are the words beside it, lower case."""
    syllables, words = _dictionary()
    lowered = token.lower()
    if token.isascii() or lowered in syllables:
        return None
    points = []
    for i in range(2, len(token) - 1):
        first, second = lowered[:i], lowered[i:]
        if first not in syllables or second not in syllables:
            continue
        camel = token[i].isupper() and not token[i:].isupper()
        if (camel or f"{first} {second}" in words or first in _FUNCTION_WORDS or second in _FUNCTION_WORDS
                or f"{before} {first}" in words or f"{second} {after}" in words):
            points.append(i)
    return points[0] if len(points) == 1 else None


_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[^\S\n]+$")
_WORD_AFTER_RE = re.compile(r"[^\S\n]+([^\W\d_]+)")


def _step_unglue(text: str) -> str:
    syllables = _dictionary()[0]

    def split(m: re.Match) -> str:
        token = m.group(0)
        if token.isascii() or token.lower() in syllables:
            return token  # (most tokens: no need to read the words beside them)
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        after = _WORD_AFTER_RE.match(text, m.end())
        at = _split_point(token, before.group(1).lower() if before else "", after.group(1).lower() if after else "")
        return token if at is None else token[:at] + " " + token[at:]
    return _RUN_TOGETHER_RE.sub(split, text)


def _step_boilerplate(text: str) -> str:
    cut = _CUT_FROM_RE.search(text)
    if cut and cut.start() > len(text) // 4:
        text = text[: cut.start()]
    lines = [line for line in text.split("\n") if not any(r.match(line.strip()) for r in _DROP_LINE_RES)]
    return "\n".join(lines)


STEPS: dict[str, Callable[[str], str]] = {
    "nfc": _step_nfc,
    "tones": _step_tones,
    "lookalikes": _step_lookalikes,
    "flat_tables": _step_flat_tables,
    "whitespace": _step_whitespace,
    "dehyphenate": _step_dehyphenate,
    "unwrap": _step_unwrap,
    "unglue": _step_unglue,
    "boilerplate": _step_boilerplate,
}
DEFAULT_STEPS = ("nfc", "tones", "lookalikes", "flat_tables", "whitespace", "dehyphenate", "unglue", "boilerplate", "whitespace")


def clean_text(text: str, steps: Iterable[str | Callable[[str], str]] = DEFAULT_STEPS) -> str:
    """Apply named cleaning steps in order (NFC should come first).

    Args:
        text: the text to clean.
        steps: names from :data:`STEPS` or callables ``str -> str``.

    Raises:
        ValueError: for an unknown step name; the message lists valid ones.

    >>> clean_text("Quyết định số 525⁄QĐ- LĐTBXH  về   hoà nhập")
    'Quyết định số 525/QĐ-LĐTBXH về hòa nhập'
    """
    for step in steps:
        if callable(step):
            text = step(text)
            continue
        try:
            text = STEPS[step](text)
        except KeyError:
            raise ValueError(f"unknown cleaning step {step!r}; valid steps: {', '.join(STEPS)}") from None
    return text


def normalize_query(text: str) -> str:
    """What search applies to a query: the index-time steps that apply to
    a single line of user input."""
    return clean_text(text, ("nfc", "tones", "lookalikes", "whitespace"))
