"""Agency names in one spelling: abbreviations expanded, variants merged.

Public verbs: ``canonical_agency(name)`` (the spelling shown to users) and
``agency_key(name)`` (a spelling- and diacritic-independent key for
matching what a user types). Used by the metadata stage for issuers and by
the duty extractor for the agencies it finds. Pure functions.
"""

from __future__ import annotations

import re

from kb.ingest.normalize import fold_diacritics, normalize_tones
from kb.ingest.patterns import UPPER

# Abbreviations and variant spellings of agency names (DOMAIN.md).
_AGENCY_SPELLINGS = (
    (re.compile(r"\bHĐND\s*[&-]\s*UBND\b"), "Hội đồng nhân dân và Ủy ban nhân dân"),
    (re.compile(r"\bUBND\b"), "Ủy ban nhân dân"),
    (re.compile(r"\bHĐND\b"), "Hội đồng nhân dân"),
    (re.compile(r"\bBCĐ\s*138\b"), "Ban Chỉ đạo 138"),
    (re.compile(r"\bLĐTBXH\b|\bLao động\s*[-–,]\s*(?:Thương binh|TB)\s*(?:và|&)\s*(?:Xã hội|XH)\b"
                r"|\bLĐ\s*[-–,&]?\s*TB\s*[&-]?\s*XH(?![\w&])|\bLao động\s*[-–]\s*TB\s*&?\s*XH(?![\w&])", re.I),
     "Lao động - Thương binh và Xã hội"),
    (re.compile(r"\bTT\s*[&-]\s*TT\b|\bTTTT\b"), "Thông tin và Truyền thông"),
    (re.compile(r"\bGD&ĐT\b|\bGDĐT\b|\bGiáo dục\s*[-–]\s*Đào tạo\b"), "Giáo dục và Đào tạo"),
    (re.compile(r"\bVH,?\s*-?\s*TT\s*(?:&|,?\s*và)\s*DL\b|\bVHTTDL\b"), "Văn hóa, Thể thao và Du lịch"),
    # the district centre of culture, information and sport ("Trung tâm VHTT - TT", "TTVHTT-TT huyện")
    (re.compile(r"^TTVHTT\b"), "Trung tâm VHTT"),
    (re.compile(r"\bVHTT\s*[-–&]\s*TT\b"), "Văn hóa - Thông tin và Thể thao"),
    (re.compile(r"\bVH\s*-?\s*TT\b|\bVHTT\b"), "Văn hóa và Thông tin"),
    (re.compile(r"\bTN&MT\b|\bTNMT\b"), "Tài nguyên và Môi trường"),
    (re.compile(r"\bNN\s*(?:&|và)\s*PTNT\b|\bNông nghiệp\s*(?:và|&|-|–)\s*PTNT\b"), "Nông nghiệp và Phát triển nông thôn"),
    # the ministry merged in 2025 ("Bộ NN&MT", NQ 116/NQ-CP's annex)
    (re.compile(r"\bNN\s*&\s*MT\b"), "Nông nghiệp và Môi trường"),
    (re.compile(r"\bUB\.?MTTQ(?:VN|\s+Việt Nam)?\b|\bỦy ban [Mm]ặt trận Tổ quốc\b(?! Việt Nam)"), "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (re.compile(r"\bKH&ĐT\b|\bKHĐT\b"), "Kế hoạch và Đầu tư"),
    (re.compile(r"\bMTTQ(?:VN|\s+Việt Nam)?\b"), "Mặt trận Tổ quốc Việt Nam"),
    (re.compile(r"\bBHXH\b"), "Bảo hiểm xã hội"),
    (re.compile(r"\b(?:Ban|Bộ) CHQS\b"), lambda m: m.group(0)[:-4] + "Chỉ huy Quân sự"),
    (re.compile(r"\bKH&CN\b"), "Khoa học và Công nghệ"),
    (re.compile(r"\bGTVT\b"), "Giao thông vận tải"),
    (re.compile(r"\bATGT\b"), "An toàn giao thông"),
    (re.compile(r"^BTL\b"), "Bộ Tư lệnh"),
    (re.compile(r"\bNVQS\b"), "nghĩa vụ quân sự"),
    (re.compile(r"^UBBC\b"), "Ủy ban bầu cử"),
    (re.compile(r"^BND\b"), "Ban Nhân dân"),
    (re.compile(r"\bLHPN\b"), "Liên hiệp Phụ nữ"),
    (re.compile(r"\bLĐLĐ\b"), "Liên đoàn Lao động"),
    (re.compile(r"\bCCB\b"), "Cựu chiến binh"),
    (re.compile(r"^CĐ\b"), "Công đoàn"),
    (re.compile(r"^BĐH\b"), "Ban Điều hành"),
    (re.compile(r"^Đài (?:TTTH|(?:TT|Truyền thanh)\s*(?:-|&|và)\s*(?:TH|Truyền hình))\b"), "Đài Truyền thanh - Truyền hình"),
    (re.compile(r"\bCTĐ\b"), "Chữ thập đỏ"),
    (re.compile(r"^CA(?= )"), "Công an"),
    (re.compile(r"\bTX\b\.?"), "thị xã"),
    (re.compile(r"^Đài (?:PT|Phát thanh)\s*(?:-|&)?\s*(?:TH|Truyền hình)\b"), "Đài Phát thanh và Truyền hình"),
    (re.compile(r"^Đồn biên phòng\b"), "Đồn Biên phòng"),
    (re.compile(r"\bTỉnh Đoàn\b"), "Tỉnh đoàn"),
    # "&" left in a name after the abbreviations above ("Khoa học & Công nghệ")
    (re.compile(r"\s*&\s*"), " và "),
    # names always written with these capitals ("Thủ tướng chính phủ", "Hội đồng thẩm phán tòa án …")
    (re.compile(r"\bchính phủ\b", re.I), "Chính phủ"),
    (re.compile(r"\bhội đồng thẩm phán\b", re.I), "Hội đồng Thẩm phán"),
    (re.compile(r"\btòa án nhân dân\b", re.I), "Tòa án nhân dân"),
    (re.compile(r"\bviện kiểm sát nhân dân\b", re.I), "Viện kiểm sát nhân dân"),
    # a name begins with a capital even where the text has none ("ủy ban nhân dân các cấp phối hợp …",
    # "các phòng Lao động Thương binh và Xã hội")
    (re.compile(r"^ủy ban\b"), "Ủy ban"),
    (re.compile(r"^phòng\b"), "Phòng"),
    (re.compile(r"^ban\b"), "Ban"),
    (re.compile(r"^trung tâm\b"), "Trung tâm"),
    (re.compile(r"^sở\b"), "Sở"),
    (re.compile(r"^công an\b"), "Công an"),
    # ("Tổng Cục Quản lý ruộng đất", CT 299/TTg: the head as every other text writes it)
    (re.compile(r"^Tổng Cục\b"), "Tổng cục"),
    # the missions abroad: "Cơ quan đại diện", "Cơ quan đại diện Việt Nam", "… của Việt Nam ở (tại) nước ngoài"
    (re.compile(r"^Cơ quan đại diện(?: của)?(?: Việt Nam)?(?: (?:ở|tại) nước ngoài)?$"),
     "Cơ quan đại diện Việt Nam ở nước ngoài"),
    # the national television, radio and news agency by their acronyms (NQ 100/NQ-CP's annex: "VTV, VOV, TTXVN")
    (re.compile(r"^VTV$"), "Đài Truyền hình Việt Nam"),
    (re.compile(r"^VOV$"), "Đài Tiếng nói Việt Nam"),
    (re.compile(r"^TTXVN$"), "Thông tấn xã Việt Nam"),
    # the committee for foreign NGOs by its short names ("Ủy ban công tác phi chính phủ nước ngoài", "… các tổ chức
    # PCPNN")
    (re.compile(r"\bPCPNN\b"), "phi chính phủ nước ngoài"),
    (re.compile(r"^Ủy ban [Cc]ông tác (?:về các tổ chức )?phi [Cc]hính phủ nước ngoài$"),
     "Ủy ban công tác về các tổ chức phi chính phủ nước ngoài"),
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
    name = re.sub(r"\s+", " ", re.sub(r",(?=\S)", ", ", name))  # "Sở Văn hóa,Thể thao và Du lịch"
    # "UBND các huyện An Lão, Vĩnh Thạnh, …", "UBND 04 xã: Gia Thuận, …": each named place has its own body ("Ủy ban
    # nhân dân huyện An Lão")
    name = _NAMED_PLACES_RE.sub(r"\1 ", name)
    # the cities run by the centre are no provinces ("… các tỉnh: Hà Tĩnh, Huế" names the city of Huế)
    name = _CENTRAL_CITY_RE.sub("thành phố ", name)
    toned = normalize_tones(name)  # ("tỉnh Khánh Hoà", as a user may type it)
    if _BARE_PROVINCE_RE.match(toned):
        name = _PROVINCE_LEVEL_RE.sub("", toned)
        return f"Ủy ban nhân dân {'thành phố' if name in CENTRAL_CITIES else 'tỉnh'} {name}"
    # the body of every province is the provincial body: "Sở Tư pháp các tỉnh, thành phố trực thuộc
    # Trung ương" is what an official of a Sở Tư pháp looks up as "Sở Tư pháp"
    place = _EVERY_PROVINCE.search(name)
    if place:
        head = name[:place.start()]
        if head.startswith("Sở "):
            return head
        if head == "Ủy ban nhân dân":
            return "Ủy ban nhân dân cấp tỉnh"
    return name


# the cities run by the centre (since 2025 Huế among them), at a province's level
CENTRAL_CITIES = ("Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Hồ Chí Minh")
# the provinces and cities run by the centre before the 2025 merger (the 34 of now keep names among them), as
# the list of units (data/places.tsv) names them
PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bình Dương", "Bình Phước", "Bình Thuận", "Bình Định", "Bạc Liêu", "Bắc Giang",
    "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Cao Bằng", "Cà Mau", "Cần Thơ", "Gia Lai", "Huế", "Hà Giang", "Hà Nam",
    "Hà Nội", "Hà Tĩnh", "Hòa Bình", "Hưng Yên", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hồ Chí Minh", "Khánh Hòa",
    "Kiên Giang", "Kon Tum", "Lai Châu", "Long An", "Lào Cai", "Lâm Đồng", "Lạng Sơn", "Nam Định", "Nghệ An",
    "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sóc Trăng", "Sơn La", "Thanh Hóa", "Thái Bình", "Thái Nguyên", "Tiền Giang", "Trà Vinh",
    "Tuyên Quang", "Tây Ninh", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Điện Biên", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Đồng Nai", "Đồng Tháp",
)


_CITY_NAME = "(?:" + "|".join(CENTRAL_CITIES) + r")(?![\w])"
# a province named bare as a body ("Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương …", "Thành phố Hà Nội và
# các tỉnh Bắc Ninh, Gia Lai đẩy nhanh …"): its People's Committee (the texts' tones normalised: "Khánh Hòa")
# (a city of a province is named by "thành phố" too: "TP Kon Tum" is no province)
PROVINCE_NAME = "(?:" + "|".join(sorted(map(re.escape, PROVINCES), key=len, reverse=True)) + r")(?![\w])"
PROVINCE_BODY = rf"(?:[Tt]ỉnh[^\S\n]+{PROVINCE_NAME}|(?:[Tt]hành phố|TP\.?)[^\S\n]+{_CITY_NAME})"
_BARE_PROVINCE_RE = re.compile(rf"^{PROVINCE_BODY}$")
_PROVINCE_LEVEL_RE = re.compile(r"^(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s+")
_CENTRAL_CITY_RE = re.compile(rf"\btỉnh (?={_CITY_NAME}$)")
_NAMED_PLACES_RE = re.compile(r"\b(?:các|hai|ba|bốn|năm|sáu|bảy|\d{1,3}) (tỉnh|huyện|quận|thị xã|xã|phường|thành phố)"
                              rf"(?: biên giới| ven biển)? (?=[{UPPER}])")
# "… các tỉnh, thành phố (trực thuộc Trung ương)" closing a name
# (also without "các": "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương")
_EVERY_PROVINCE = re.compile(
    r"\s+(?:(?:của\s+)?các\s+tỉnh,?\s+thành(?:\s+phố)?|tỉnh,\s+thành\s+phố)(?:\s+trực\s+thuộc\s+[Tt]rung\s+ương)?"
    # (also those of the border provinces: "… các tỉnh, thành phố có biên giới quốc gia")
    r"(?:\s+có\s+(?:chung\s+)?(?:đường\s+)?biên\s+giới(?:\s+(?:quốc\s+gia|đất\s+liền|biển))?)?$")


def agency_key(name: str) -> str:
    """A spelling-independent key for matching a user's agency name.

    >>> agency_key("Sở Lao động - TB và XH") == agency_key("sở lao động thương binh và xã hội")
    True
    >>> agency_key("các Sở Y tế") == agency_key("Sở Y tế")
    True
    """
    # a unit is found by its own name, with or without the body it belongs to
    # ("Cục Đăng ký quốc gia giao dịch bảo đảm thuộc Bộ Tư pháp", "Cục Trợ giúp pháp lý - Bộ Tư pháp")
    name = _PARENT.sub(r"\1", canonical_agency(re.sub(r"^[Cc]ác\s+", "", name.strip())))
    # the head of a committee or department stands for it ("Chủ tịch UBND các xã, phường", "Giám đốc Sở Y tế")
    name = _HEAD_OF_RE.sub("", name)
    # a province's body with or without its level before the name ("Sở VHTTDL tỉnh Đắk Lắk", "Sở VHTTDL Đắk Lắk")
    name = re.sub(r"\stỉnh\s+(?=[A-ZĐ])", " ", name)
    # and a city run by the centre with or without its level ("UBND TP Hồ Chí Minh", "UBND Thành phố Hồ Chí Minh")
    name = _CITY_LEVEL_RE.sub(" ", name)
    # a department is the province's: "Sở Tài nguyên và Môi trường tỉnh" is "Sở Tài nguyên và Môi trường"
    name = re.sub(r"^(Sở\s.+?)\s+tỉnh$", r"\1", name)
    folded = fold_diacritics(name).lower()
    key = " ".join(re.findall(r"[a-z0-9]+", folded))
    # the same abbreviations typed without diacritics
    for pattern, replacement in _FOLDED_SPELLINGS:
        key = pattern.sub(replacement, key)
    return key


_CITY_LEVEL_RE = re.compile(rf"(?<!,)\s(?:[Tt]hành phố|TP\.?|Tp\.?)\s*(?={_CITY_NAME}$)")
_HEAD_OF_RE = re.compile(r"^(?:Chủ tịch|Giám đốc|Thủ trưởng)\s+(?=(?:Ủy ban nhân dân|Uỷ ban nhân dân|Sở)\s)")
_PARENT = re.compile(r"^((?:Cục|Tổng cục|Vụ|Văn phòng|Phòng|Chi cục|Trung tâm|Viện|Ban)\s.+?)"
                     r"(?:\s+(?:trực\s+)?thuộc\s+|\s+[-–]\s+(?=Bộ\s)|,\s+(?=Bộ\s)).*$")
_FOLDED_SPELLINGS = (
    (re.compile(r"\bldtbxh\b|\blao dong (?:tb|thuong binh) va (?:xh|xa hoi)\b"), "lao dong thuong binh va xa hoi"),
    (re.compile(r"\bubnd\b"), "uy ban nhan dan"),
    (re.compile(r"\bhdnd\b"), "hoi dong nhan dan"),
    (re.compile(r"\bbcd 138\b|\bbcd138\b"), "ban chi dao 138"),
)
