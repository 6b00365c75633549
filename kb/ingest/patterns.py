"""Every regular expression of the ingest stages, each with the real forms it
matches written above it."""

from __future__ import annotations

import re

# Characters that real files use where a slash belongs:
# "525⁄QĐ- LĐTBXH" (U+2044 FRACTION SLASH), U+2215 DIVISION SLASH,
# U+FF0F FULLWIDTH SOLIDUS.
SLASH_LOOKALIKES = "\u2044\u2215\uff0f"
# Dash look-alikes: hyphen (U+2010), non-breaking hyphen (U+2011),
# figure dash, en dash, em dash, minus sign, full-width hyphen-minus.
DASH_LOOKALIKES = "\u2010\u2011\u2012\u2013\u2014\u2212\uff0d"

# Every capital letter, the Vietnamese ones too (a range "À-Ỹ" would take lower-case "ủ", "đ" for capitals).
UPPER = "".join(chr(c) for c in range(0x41, 0x1EFF) if chr(c).isupper())

# Between the cells of a table row, as every reader lays a grid table out
# ("STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian").
CELL_SEP = " | "

_UP = "A-ZĐÀ-ỸÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# "TTg" (Thủ tướng) is the one code written with a lower-case letter.
_CODE = rf"(?:TTg|[{_UP}][{_UP}0-9]*)"

# Between codes: "-" or "/", spaced or not; or a bare "." typed for "-"
# ("01/2016/NQ.HĐTP" in Pháp điển), never followed by a space.
_SEP = r"(?:\s?[-/]\s?|\.(?=[A-ZĐ]))"

# A document number (số hiệu), tolerant of the spacing seen in real text.
# Matches:  15/2020/NĐ-CP   113/KH-UBND   525/QĐ- LĐTBXH   116 /2025/QH15
#           66.9/2025/NQ-CP   29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC
#           10/2018/TTLT/BTP-BCA   102/KH-BCĐ138   91/2015/QH13   43/2021/AL
# Without a year the code part needs a hyphen (TYPE-ISSUER), so that
# "Ban Chỉ đạo 138/CP" and dates like "29/12/2020" are not numbers.
# Group "n" is the ordinal, "year" the optional year, "code" the rest.
DOC_NUMBER_RE = re.compile(
    rf"(?<![\w/.])(?P<n>\d{{1,5}}(?:\.\d{{1,3}})?)\s?/\s?"
    rf"(?:(?P<year>(?:19|20)\d\d)\s?/\s?(?P<code_y>{_CODE}(?:{_SEP}{_CODE})*)"
    rf"|(?P<code>{_CODE}(?:{_SEP}{_CODE})*\s?-\s?{_CODE}))"
    rf"(?![\w])"
)

# The same, case-insensitively, for what users type in a search box:
# "525/qd-ldtbxh", "15/2020/nd-cp".
QUERY_NUMBER_RE = re.compile(DOC_NUMBER_RE.pattern, re.IGNORECASE)

# "Số: 113/KH-UBND", "Số 29/2025/TTLT-...", "Luật số: 53/2024/QH15",
# "Số:      /2021/NĐ-CP" (blank ordinal in drafts is not matched).
NUMBER_LINE_RE = re.compile(r"^\s*(?:[\w ]{0,20}\s)?[Ss]ố\s*:?\s*(?P<rest>.*)$")

# "Tây Ninh, ngày 20 tháng 01 năm 2020", "Hà Nội, ngày 05 tháng 5 năm 2021",
# "TP. Hồ Chí Minh, ngày  1  tháng 7 năm 2019".
PLACE_DATE_RE = re.compile(
    r"(?P<place>[^\n,|]{2,40}?)\s*,\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
    re.IGNORECASE,
)

# "ngày 20 tháng 9 năm 2019", "ngày 29/12/2020", "5/5/2021".
DATE_WORDS_RE = re.compile(
    r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})", re.IGNORECASE
)
DATE_NUMERIC_RE = re.compile(r"(?<!\d)(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?!\d)")

# Structure of normative texts.
# "Phần thứ nhất", "PHẦN THỨ HAI", "Phần I"
PHAN_RE = re.compile(r"^(?:PHẦN|Phần)\s+(?P<num>THỨ\s+\w+|thứ\s+\w+|[IVXLC]+)\b\.?\s*(?P<rest>.*)$")
# "Chương I", "CHƯƠNG II", "Chương 3"
CHUONG_RE = re.compile(r"^(?:CHƯƠNG|Chương)\s+(?P<num>[IVXLC]+|\d+)\b\.?\s*(?P<rest>.*)$")
# "Mục 1. ...", "MỤC 2"
MUC_RE = re.compile(r"^(?:MỤC|Mục)\s+(?P<num>\d+|[IVXLC]+)\b\.?\s*(?P<rest>.*)$")
# "Điều 5. Phạm vi điều chỉnh", "Điều 151: Tội mua bán người dưới 16 tuổi",
# "Điều 3a.", "Article 1." (vbpl English translations), and Pháp điển's
# codified ids "Điều 16.1.LQ.150. Tội mua bán người" (group "code").
DIEU_RE = re.compile(
    r"^(?:Điều|ĐIỀU|Article)\s+(?:(?P<code>\d+\.\d+\.[A-ZĐ]+\.\d+(?:\.\d+)*)|(?P<num>\d+[a-zđ]?)(?![.]\d))"
    r"\s*(?:[.:]\s*|\s+(?=[A-ZĐÀ-Ỹ])|$)(?P<rest>.*)$"
)
# Pháp điển's source note under each article:
# "(Điều 150 Bộ luật số 100/2015/QH13 Bộ luật Hình sự ngày …)".
SOURCE_NOTE_RE = re.compile(r"^\(Điều (?P<num>\d+[a-zđ]?) (?P<kind>[^()]{2,40}?) số (?P<number>\S+)")
# "1. Bên bảo đảm ...", "2) ..." — khoản inside an Điều, item in a plan.
KHOAN_RE = re.compile(r"^(?P<num>\d{1,3})\s*[.)]\s+(?P<rest>\S.*)$")
# "1.2. ...", "2.1 ..." — sub-items of plans.
SUBITEM_RE = re.compile(r"^(?P<num>\d{1,2}\.\d{1,2})\.?\s+(?P<rest>\S.*)$")
# "a) ...", "đ) ...", "b. ..." — điểm inside a khoản.
DIEM_RE = re.compile(r"^(?P<num>[a-zđ])\s*[).]\s+(?P<rest>\S.*)$")
# "I. MỤC ĐÍCH, YÊU CẦU", "II. TỔ CHỨC THỰC HIỆN"
ROMAN_RE = re.compile(r"^(?P<num>[IVX]{1,5})\s*[.)/-]\s*(?P<rest>\S.*)$")
# "- Chủ trì, phối hợp ...", "+ ...", "• ..."
DASH_ITEM_RE = re.compile(r"^[-+•–]\s*(?P<rest>\S.*)$")
