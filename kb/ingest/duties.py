"""Duties that plans and decisions assign to agencies.

Two shapes occur in real plans (DOMAIN.md "Duties"):
  - a numbered heading names the agency, its tasks follow
    ("2. Sở Ngoại vụ: chủ động nắm tình hình …", "1. Công an tỉnh" then
    "- Chủ trì, phối hợp với …");
  - a sentence names it ("Giao Công an tỉnh theo dõi, kiểm tra, đôn đốc …",
    "giao Cục Phòng, chống tệ nạn xã hội là cơ quan thường trực").

Public verb: ``find_duties(text, sections) -> list[Duty]``; agency names
are spelled by :mod:`kb.ingest.agencies`. Pure functions (the short forms a
text defines are held in a context variable while its duties are found).
"""

from __future__ import annotations

import contextvars
import re
from dataclasses import dataclass, replace

from kb.ingest.agencies import CENTRAL_CITIES, PROVINCE_BODY, PROVINCE_NAME, agency_key, canonical_agency
from kb.ingest.models import Section
from kb.ingest.patterns import CELL_SEP, UPPER
from kb.ingest.places import place_levels

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


# Vietnamese capital letters (for "a capitalised word follows the head").
_CAP = f"[{re.escape(UPPER)}]"
_LOW = r"[^\W\d_A-Z" + re.escape(UPPER) + "]"

# Heads that name a body by themselves and take a place after them
# ("Công an tỉnh", "Ủy ban nhân dân các huyện, thành phố").
_PLACE_HEADS = (
    "Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "Công an", "Tòa án nhân dân", "Viện kiểm sát nhân dân",
    "Thanh tra Chính phủ", "Tỉnh đoàn", "Thành đoàn", "Bộ đội Biên phòng", "Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng",
    "Ban Chỉ đạo 138", "BCĐ 138", "Cơ quan đại diện Việt Nam ở nước ngoài", "Cơ quan đại diện Việt Nam",
    # the missions abroad as decrees name them once defined ("Chỉ đạo Cơ quan đại diện thực hiện thống kê")
    "Cơ quan đại diện",
    "Ngân hàng Chính sách xã hội", "Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước",
    "Đài Phát thanh và Truyền hình", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam",
    "Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ", "Liên đoàn Lao động", "Hội Nông dân",
    # as decrees often write them ("Đoàn thanh niên, Hội liên hiệp phụ nữ … tổ chức cho …")
    "Hội liên hiệp phụ nữ", "Đoàn thanh niên",
    "Hội Cựu chiến binh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Văn phòng Chính phủ", "Liên minh Hợp tác xã",
    "Văn phòng Ủy ban nhân dân", "Văn phòng UBND", "Cục Phòng, chống tệ nạn xã hội", "Chi cục Phòng, chống tệ nạn xã hội",
    # the front abbreviated ("UBMTTQVN tỉnh"), the new-countryside office, a ministry's own office
    "UBMTTQVN", "UBMTTQ Việt Nam", "UBMTTQ", "Văn phòng Điều phối nông thôn mới", "Văn phòng Bộ",
    "Cục Cảnh sát hình sự", "Cục Quản lý xuất nhập cảnh", "Cục Lãnh sự", "Cục Hải quan", "Chính phủ",
    "Thủ tướng Chính phủ", "Bộ Tư lệnh Bộ đội Biên phòng", "Trung tâm Công tác xã hội", "Vụ Kế hoạch, Tài chính",
    "Vụ Kế hoạch - Tài chính", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Hội đồng Dân tộc", "Ủy ban Dân tộc",
    "Kho bạc Nhà nước", "Ban Cơ yếu Chính phủ", "Viện kiểm sát quân sự", "Viện kiểm sát", "Tòa án quân sự",
    # "Tòa án ra quyết định thi hành án", "đề nghị Tòa án có thẩm quyền xem xét", "trình Chủ tịch nước"
    "Tòa án", "Tòa án có thẩm quyền", "Chủ tịch nước", "Văn phòng Chủ tịch nước",
    # the state legal-aid centres (TTLT 29/2025: "Trung tâm trợ giúp pháp lý nhà nước tỉnh …")
    "Trung tâm trợ giúp pháp lý nhà nước", "Đoàn luật sư", "Hội Luật gia",
    "Cơ quan điều tra", "Ủy ban quốc gia vì sự tiến bộ của phụ nữ Việt Nam", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Kiểm toán nhà nước", "Kiểm toán Nhà nước",
    # the bodies of the National Assembly and the councils (NQ 115/2025/UBTVQH15: "Hội đồng Dân tộc,
    # Ủy ban của Quốc hội thẩm tra", "Ban của Hội đồng nhân dân cấp tỉnh"; "các Ủy ban khác của
    # Quốc hội" stays a group, as "các Bộ khác")
    "Ủy ban của Quốc hội", "Ban của Hội đồng nhân dân", "Bộ Tổng Tham mưu", "Bộ Tổng tham mưu",
    # TTLT 01/2012/TTLT-BTP-UBDT names the local ethnic-affairs bodies as one kind
    "Cơ quan công tác dân tộc ở địa phương", "Cơ quan công tác dân tộc",
    # the authorities Luật 130/2025/QH15 names and defines ("Nhà chức trách hàng không Việt Nam cấp …")
    "Nhà chức trách hàng không Việt Nam", "Nhà chức trách an ninh hàng không Việt Nam", "Cảng vụ hàng không",
    # the mass organisations by their full names ("Hội nông dân Việt Nam", "Hội liên hiệp thanh niên Việt Nam")
    "Hội Nông dân Việt Nam", "Hội Liên hiệp Thanh niên Việt Nam", "Hội Cựu chiến binh Việt Nam",
    "Liên minh Hợp tác xã Việt Nam", "Liên minh HTX",
    # the front's board of democracy, supervision and social criticism; the party's policy and strategy board (2025)
    "Ban Dân chủ, Giám sát và Phản biện xã hội", "Ban Chính sách, chiến lược Trung ương",
    # the committee for foreign non-governmental organisations, its "về các" inside its name (NQ 100/NQ-CP), by its
    # short name too; the national television, radio and news agency by their acronyms ("VTV, VOV, TTXVN")
    "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài", "Ủy ban công tác về các tổ chức phi chính phủ nước ngoài",
    "Ủy ban Công tác về các tổ chức PCPNN", "VTV", "VOV", "TTXVN",
    # the city's youth volunteer force, a state unit ("Chỉ huy trưởng Lực lượng Thanh niên xung phong TP.HCM chịu
    # trách nhiệm …")
    "Lực lượng Thanh niên xung phong", "Lực lượng TNXP",
    # the chamber of commerce, its "và" inside its name; the health ministry's department with its comma
    "Phòng Thương mại và Công nghiệp Việt Nam", "Cục Quản lý Khám, chữa bệnh", "Cục Quản lý khám, chữa bệnh",
    # the small and medium businesses' association, by its full and its short name
    "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam", "Hội Doanh nghiệp nhỏ và vừa",
    # the justice ministry's department whose name holds verbs
    "Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật",
    # the land registration offices and their branches, the land and tax authorities, the one-stop centres, as the
    # 2024 land law and the rules made under it name them in lower case ("Văn phòng đăng ký đất đai, Chi nhánh Văn
    # phòng đăng ký đất đai có trách nhiệm …", "Trách nhiệm của Cơ quan có chức năng quản lý đất đai cấp xã")
    "Văn phòng đăng ký đất đai", "Chi nhánh Văn phòng đăng ký đất đai", "Cơ quan có chức năng quản lý đất đai",
    "Cơ quan thuế", "Trung tâm phục vụ hành chính công",
    # the civil judgment enforcement of a province since 2025, by its level ("Viện kiểm sát nhân dân thành phố, Thi
    # hành án dân sự thành phố", "Thi hành án dân sự tỉnh Nghệ An")
    "Thi hành án dân sự",
    "Trung ương Hội Người cao tuổi Việt Nam", "Trung ương Hội Nông dân Việt Nam", "Trung ương Hội Cựu chiến binh Việt Nam",
    "Trung ương Hội Chữ thập đỏ Việt Nam",
    # the military service councils of every level ("Hội đồng nghĩa vụ quân sự các xã, thị trấn", "Hội đồng NVQS huyện")
    "Hội đồng nghĩa vụ quân sự", "Hội đồng NVQS",
    # the medical assessment councils ("phối hợp với các cơ quan chức năng: Sở Y tế, …, Hội đồng giám định Y khoa")
    "Hội đồng giám định y khoa",
    "Tổng Liên đoàn Lao động Việt Nam", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Chữ thập đỏ Việt Nam",
    # the standing committee of the youth union ("phối hợp với Ban Thường vụ Tỉnh Đoàn"), a district's union
    "Ban Thường vụ Tỉnh đoàn", "Ban Thường vụ Thành đoàn", "Ban Thường vụ Huyện đoàn", "Huyện đoàn",
    # the district radio and television ("Đài TT-TH huyện tăng cường …"), the border posts
    "Đài Truyền thanh - Truyền hình", "Đài TT-TH", "Đài TT&TH", "Đài PT-TH", "Đài PT&TH", "Đài Phát thanh - Truyền hình",
    "Đồn Biên phòng", "Đồn biên phòng",
    # the district culture centre and the commune radio ("Trung tâm Văn hóa, Thông tin và Thể thao cấp huyện",
    # "Đài Truyền thanh cấp xã")
    "Trung tâm Văn hóa, Thông tin và Thể thao", "Trung tâm Văn hóa - Thông tin và Thể thao", "Đài Truyền thanh",
    "Trung tâm Văn hóa, Thể thao và Truyền thông", "Trung tâm Văn hóa Thông tin Thể thao",
    # the military commands, the traffic-safety board, the youth union and the front as district pages
    # abbreviate them ("Ban CHQS huyện", "Đoàn TNCS Hồ Chí Minh thị xã", "Ủy ban MTTQ huyện", "UB.MTTQVN")
    "Ban CHQS", "Bộ CHQS", "Ban Chỉ huy Quân sự", "Ban An toàn giao thông", "Ban ATGT", "Đoàn TNCS Hồ Chí Minh", "Đoàn TNCS HCM",
    "UB.MTTQVN", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQVN", "Ủy ban MTTQ",
    # social insurance, the elderly's association, a commune's office, the health stations, the district portal,
    # a district's project board ("Ban QLDA ĐTXD khu vực thị xã")
    "Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội", "BHXH", "Ban Đại diện Hội Người cao tuổi", "Hội Người cao tuổi",
    "Văn phòng - Thống kê", "Trạm Y tế", "Cổng thông tin điện tử", "Cổng Thông tin điện tử",
    "Ban QLDA ĐTXD", "Ban QLDA", "Ban Quản lý dự án Đầu tư xây dựng",
    # the boards of the industrial parks and economic zones ("Ban Quản lý các khu công nghiệp tỉnh"); the police's
    # offices named by the crimes they fight ("Phòng Cảnh sát phòng, chống tội phạm về môi trường")
    "Ban Quản lý các khu công nghiệp", "Ban Quản lý Khu kinh tế",
    # the national television, radio and news agency, and the two state telecoms groups ("Đài truyền hình Việt Nam chủ
    # trì đạo diễn", "Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam chủ trì")
    "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam",
    "Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tập đoàn Bưu chính Viễn thông Việt Nam",
    "Phòng Cảnh sát phòng, chống tội phạm về môi trường", "Phòng Cảnh sát phòng, chống tội phạm về ma túy",
    # the councils' standing bodies and committees, the Front's standing board, as resolutions name them
    # ("Thường trực HĐND huyện", "Ban Pháp chế Hội đồng nhân dân tỉnh", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")
    "Thường trực HĐND", "Thường trực Hội đồng nhân dân",
    # the associations and funds of the victims of Agent Orange, named with a slash; the committees for the
    # Vietnamese abroad
    "Hội Nạn nhân chất độc da cam/dioxin", "Quỹ Nạn nhân chất độc da cam/dioxin",
    "Ủy ban về người Việt Nam ở nước ngoài", "Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
    # the committees for the advancement of women every department and district has ("Ban vì sự tiến bộ phụ nữ
    # các sở, ban, ngành, huyện, thị xã")
    "Ban Vì sự tiến bộ của phụ nữ", "Ban vì sự tiến bộ của phụ nữ", "Ban Vì sự tiến bộ phụ nữ", "Ban vì sự tiến bộ phụ nữ",
    # the national committee on AIDS, drugs and prostitution, by its names since 2000 (its topic holds commas)
    "Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm",
    "Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm",
    "Ban Pháp chế Hội đồng nhân dân", "Ban Pháp chế HĐND", "Ban Kinh tế - Ngân sách Hội đồng nhân dân",
    "Ban Kinh tế - Ngân sách HĐND", "Ban Văn hóa - Xã hội Hội đồng nhân dân", "Ban Văn hóa - Xã hội HĐND",
    "Ban Kinh tế - Xã hội Hội đồng nhân dân", "Ban Kinh tế - Xã hội HĐND", "Ban Dân tộc Hội đồng nhân dân",
    "Ban Dân tộc HĐND", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam", "Ban Thường trực Ủy ban MTTQ Việt Nam",
    "Ban Thường trực Ủy ban MTTQ", "Ban Thường trực UBMTTQ",
    # a town's and an urban district's youth union, the Red Cross, a district's preventive-health centre and its
    # urban board, as district pages write them ("Thị đoàn phối hợp với …", "Hội CTĐ huyện", "Ban quản lý đô thị,
    # Trung tâm y tế dự phòng mỗi đơn vị …", "Trung tâm VHTT - TT huyện", "TTVHTT - TT huyện")
    "Thị đoàn", "Quận đoàn", "Hội Chữ thập đỏ", "Hội CTĐ", "Trung tâm Y tế dự phòng",
    "Ban quản lý đô thị", "TTVHTT - TT", "TTVHTT-TT", "TTVHTT",
    # the drug rehabilitation centres, a kind of state unit ("chỉ đạo …, cơ sở cai nghiện ma túy tăng cường …")
    "Cơ sở cai nghiện ma túy", "cơ sở cai nghiện ma túy",
    # a district's farming service centre ("Giao phòng Kinh tế, …, Trung tâm dịch vụ nông nghiệp thành phố phối hợp …")
    "Trung tâm dịch vụ nông nghiệp",
    # a commune's community digital team; the police as a force, leading a sentence ("Lực lượng Công an phát huy vai
    # trò nòng cốt …"; not "do lực lượng công an quản lý", what a law leaves to it);
    # a district's urban order team in lower case
    "Tổ công nghệ số cộng đồng", "Lực lượng Công an", "Đội quản lý trật tự đô thị",
    # the forest rangers and the army as forces, the rangers' district posts ("Cơ quan Kiểm lâm chủ trì phối hợp với
    # Cơ quan Công an, lực lượng Quân đội …", "… phối hợp Hạt Kiểm lâm đôn đốc …")
    "Lực lượng Kiểm lâm", "lực lượng Kiểm lâm", "Lực lượng Quân đội", "lực lượng Quân đội", "Hạt Kiểm lâm",
    "Cơ quan Kiểm lâm", "Cơ quan Công an",
    # the Front's committee without "Việt Nam", "mặt trận" in lower case ("phối hợp với Ủy ban mặt trận Tổ quốc cùng cấp")
    "Ủy ban Mặt trận Tổ quốc",
    # the science unions, the Buddhist Sangha's provincial boards, the national disaster committee
    "Liên hiệp các Hội Khoa học và Kỹ thuật", "Ban Trị sự Giáo hội Phật giáo Việt Nam", "Ban Trị sự Giáo hội Phật giáo", "Ủy ban Quốc gia Ứng phó sự cố, thiên tai và tìm kiếm cứu nạn",
)
# Ministries and provincial departments: "Bộ"/"Sở" + one of these fields.
_FIELDS = (
    "Công an", "Quốc phòng", "Ngoại giao", "Ngoại vụ", "Tư pháp", "Tài chính", "Nội vụ", "Y tế",
    "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội", "LĐTBXH", "Giáo dục và Đào tạo",
    "Thông tin và Truyền thông", "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao", "Du lịch",
    "Kế hoạch và Đầu tư", "Công Thương", "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường",
    "Tài nguyên và Môi trường", "Giao thông vận tải", "Xây dựng", "Khoa học và Công nghệ", "Dân tộc và Tôn giáo",
    # fields of ministries and departments since merged or renamed, which older texts still name
    # ("Bộ Văn hóa - Thông tin", "Bộ Thương mại", "Sở Thương mại - Du lịch", "Bộ Bưu chính, Viễn thông")
    "Văn hóa - Thông tin", "Văn hóa, Thông tin", "Thương mại", "Thương mại - Du lịch", "Thương mại và Du lịch",
    "Bưu chính, Viễn thông", "Văn hóa, Thể thao", "Lao động - Thương binh Xã hội", "Thủy sản", "Công nghiệp",
    "Khoa học, Công nghệ và Môi trường", "Nông nghiệp", "Kế hoạch - Đầu tư", "Giao thông - Vận tải",
    "Lao động Thương binh và Xã hội", "Lao động và Xã hội", "Văn hóa và Thông tin",
    # the offices of a district ("Phòng Tài chính-Kế hoạch", "Phòng Kinh tế và Hạ tầng")
    "Tài chính - Kế hoạch", "Kinh tế và Hạ tầng", "Kinh tế - Hạ tầng", "Tài nguyên - Môi trường", "Quản lý đô thị",
    # (the offices of the wards and communes since 2025: "Phòng Kinh tế", "Phòng Văn hóa - Xã hội"); the ministry of
    # culture written with a dash ("Bộ Văn hóa - Thể thao và Du lịch")
    # ("Phòng Kinh tế, Hạ tầng và Đô thị": a district's office since 2025)
    "Kinh tế, Hạ tầng và Đô thị", "Kinh tế - Hạ tầng và Đô thị",
    # (culture, information, sport and tourism in one department: "Sở Văn hóa, Thông tin, Thể thao và Du lịch")
    "Văn hóa, Thông tin, Thể thao và Du lịch",
    # (a province's merged department: "Sở Giao thông vận tải - Xây dựng" of Lào Cai)
    "Giao thông vận tải - Xây dựng",
    # (Hà Nội's department of planning and architecture: "giao các sở: …, Quy hoạch - Kiến trúc, UBND các quận …")
    "Quy hoạch - Kiến trúc",
    # (education written with a dash: "Phòng Giáo dục- Đào tạo huyện")
    "Giáo dục - Đào tạo",
    "Kinh tế", "Văn hóa - Xã hội", "Văn hóa - Thể thao và Du lịch",
    # as reports abbreviate them
    "VH, TT và DL", "LĐTB&XH", "LĐ-TB&XH", "LĐ-TBXH", "LĐ-TB-XH", "LĐTB-XH", "TT-TT", "LĐ, TB&XH", "VHTT", "VH-TT", "VHTT&DL", "VHTTDL", "VH,TT&DL", "TT&TT", "TTTT", "GD&ĐT",
    "GDĐT", "TN&MT", "TNMT", "NN&PTNT", "NN và PTNT", "KH&ĐT", "KHĐT", "KH&CN", "GTVT", "Nông nghiệp và PTNT",
)
# a dash with or without spaces around it ("Lao động- Thương binh và Xã hội")
_FIELD_RE = "|".join(re.escape(f).replace(r"\ \-\ ", r"[^\S\n]*[-–—][^\S\n]*").replace(r",\ ", r",[^\S\n]*").replace(r"\ và\ ", r"[^\S\n]*(?:và|&)[^\S\n]*")
                     for f in sorted(_FIELDS, key=len, reverse=True))
# any field abbreviated in capitals, with dashes spaced or not ("Phòng LĐ - TBXH", "Phòng TC-KH", "Sở VH,TT&DL")
_ABBR_FIELD = r"[A-ZĐ]{2,}(?:(?:[^\S\n]*[-–][^\S\n]*|[&,])[A-ZĐ]{2,})*(?![\w&])"
# Heads that must be followed by a capitalised name ("Sở Ngoại vụ", but not
# "Ban hành", "Báo cáo", "Phòng, chống", "Hội nghị", "Vụ án", "Trường hợp").
_NAMED_HEADS = (
    "Sở", "Bộ", "Cục", "Tổng cục", "Tổng Cục", "Vụ", "Ban", "Văn phòng", "Đài", "Báo", "Hội", "Liên đoàn", "Đoàn",
    "Ngân hàng", "Trung tâm", "Chi cục", "Phòng", "Kho bạc", "Cảng vụ", "Ủy ban", "Học viện", "Bệnh viện", "Viện",
    # the associations plans give tasks ("Hiệp hội Vận tải ô tô"); a district's stations ("Trạm Khuyến nông");
    # councils by their field ("Hội đồng Thi đua - Khen thưởng tỉnh")
    "Hiệp hội", "Trạm", "Hội đồng",
    # teams named by what they do ("Đội Quản lý thị trường số 9", "Đội Cảnh sát giao thông")
    "Đội",
    # the state telecoms of a province ("Viễn thông Đồng Nai (VNPT Đồng Nai)"), its post office likewise
    "Viễn thông", "Bưu điện",
    # museums and libraries ("Bảo tàng Tổng hợp Trà Vinh")
    "Bảo tàng", "Thư viện",
    # national parks, managed as state units ("Vườn quốc gia Yok Don")
    "Vườn quốc gia", "Vườn Quốc gia",
    # the missions abroad by their kind ("chỉ đạo Đại sứ quán Việt Nam tại Anh theo dõi tình hình"), the
    # sub-committees of a steering or organising board ("Tiểu ban An ninh, trật tự và Y tế tổ chức nắm tình hình")
    "Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán", "Tiểu ban",
    # companies and groups by their names ("Công ty TNHH MTV Xổ số kiến thiết Bến Tre", "Tập đoàn Lộc Trời")
    "Công ty", "Tổng công ty", "Tổng Công ty", "Tập đoàn", "Công ty TNHH", "Công ty TNHH MTV", "Công ty CP",
    "Công ty TNHH một thành viên", "Công ty TNHH Một thành viên", "Doanh nghiệp tư nhân",
    "Công ty Cổ phần", "Công ty cổ phần",
    # in lower case where a text writes them so ("yêu cầu phòng Quản lý đô thị chủ trì", "ủy ban Bảo vệ …")
    "phòng", "ủy ban",
)
# Capitalised words that start what follows a place, not the place's name (but the places named with them:
# "Hội An", "Hải Phòng", "Liên Chiểu", "Liên Sơn", "Ngân Sơn", "Chi Lăng", "Trường Yên" ("Trường" stops a name
# only before a school: "… huyện Trường Đại học …"), "Thường Xuân", "Thường Tín",
# "Hướng Hóa", "Giao Thủy", "Kế Sách", "Thông Nông", "Năm Căn", the commune "Đoàn Kết")
_PLACE_NAME_STOP = (
    "(?:Ủy|UBND|HĐND|Sở|Bộ|Công(?! Đông| Tây)|Cục|Ban|Hội(?! An)|Đài|Trung(?= tâm| ương)|Viện|Tòa|(?<!Hải )Phòng|Văn(?= phòng)|Đoàn(?! Kết)|"
    "Liên(?! Chiểu| Sơn)|Ngân(?! Sơn)|Kho|Bệnh|Trường(?= (?:Đại|Cao|Trung|Tiểu|Mầm|Phổ|Dân|Chính|Quân|THPT|THCS|TH)\\b)|"
    "Chi(?! Lăng)|Tổng|Thanh(?= tra)|Mặt|Tỉnh|Huyện|"
    "Thành(?= phố| đoàn| ủy| viên)|Thường(?! Xuân| Tín)|Chủ|Phối|Thực|Tổ|Triển|Hướng(?! Hóa)|Kiểm|Giao(?! Thủy)|"
    "Tham|Theo|Đôn(?= đốc)|Xây|Báo|Là|Có|Và|Các|Trong|Quyết|Kế(?! Sách)|Nghị|Thông(?! Nông)|Chỉ|Điều|Khoản|Luật|Căn(?= cứ)|"
    "Đề|Yêu|Năm(?! Căn)|Ngày|Tháng|Số)"
)
# (a commune parted from its neighbour by a letter: "Long Điền A", "Vĩnh Thạnh B")
_PLACE_LETTER = r"(?:[^\S\n]+[A-C](?![\w'’.&/-]))?"
_REGIONS = ("Bắc Trung Bộ", "Nam Trung Bộ", "Trung Bộ", "Bắc Bộ", "Nam Bộ", "Tây Nguyên", "miền Trung", "Đông Nam Bộ",
            "Tây Nam Bộ", "Đồng bằng sông Cửu Long", "đồng bằng sông Cửu Long", "Đồng bằng sông Hồng", "miền núi phía Bắc",
            "Trung du và miền núi phía Bắc")
_PLACE = (
    # (a district's pages write their own level with a capital: "UBND Quận", "Phòng Y tế Thành phố")
    # (or their number: "Ủy ban nhân dân ba huyện biên giới Lộc Ninh, Bù Đốp và Bù Gia Mập")
    # (or in digits: "Ủy ban nhân dân 16 phường")
    # (an older text's levels in capitals: "Chủ tịch UBND các Huyện, Thị xã, Thành phố", "UBND cấp Xã, Phường, Thị trấn")
    r"(?:[^\S\n]+(?:(?:các|hai|ba|bốn|năm|sáu|bảy|\d{1,3})[^\S\n]+(?=(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|"
    r"Huyện|Thị xã|Thành phố|Quận|Xã|Phường)\b))?"
    # ("UBND TP Thái Nguyên", "UBND TP. Châu Đốc": a city abbreviated, then its name; "Công an TPHCM")
    r"(?:tỉnh|thành phố|huyện|thị xã|thị trấn|quận|xã(?![^\S\n]hội)|phường|đặc khu|TP\.?[^\S\n]?HCM(?![\w])|TP\.?(?=[^\S\n]+" + _CAP + r")|TP\.(?=" + _CAP + r")|P\.(?=" + _CAP + r")|TP(?=[,;]|[^\S\n]+" + _LOW + r")|TX(?![\w])|"
    r"Tỉnh|Thành phố|Huyện|Thị xã|Quận|"
    r"cấp tỉnh|cấp huyện|cấp xã|cấp Huyện|cấp Xã|các cấp|tối cao|Trung ương|trung ương|cấp quân khu|quân khu|địa phương|khu vực|"
    # (the police's own units and localities: "chỉ đạo Công an các đơn vị, địa phương tham mưu …")
    r"(?<=[Cc]ông an[^\S\n])các[^\S\n]+đơn vị,[^\S\n]*địa phương|"
    # (the bodies each department has: "Ban Vì sự tiến bộ của phụ nữ các Sở, ban, ngành, huyện, thành phố")
    r"(?<=phụ nữ )các[^\S\n]+[Ss]ở,[^\S\n]*ban,[^\S\n]*ngành|"
    r"cùng cấp|cấp trên trực tiếp|cấp trên|cấp dưới|"
    r"Bộ Công an|Bộ Quốc phòng)"
    # "Ủy ban nhân dân các tỉnh, thành phố", "Ủy ban nhân dân xã, phường, thị trấn" ("quận-huyện")
    # ("UBND các huyện, thành, thị": the towns and cities shortened)
    # ("Phòng Tư pháp các huyện, thị xã, TP": the cities abbreviated)
    # ("Phòng Giáo dục và Đào tạo quận, huyện và thành phố Thủ Đức": the last level after "và")
    # ("Ủy ban nhân dân huyện/thị xã/thành phố biên giới": the levels parted by slashes)
    r"(?:(?:,|[^\S\n]*-|/|[^\S\n]+và(?=[^\S\n]+(?:thị xã|thành phố|quận|huyện|đặc khu)\b))?[^\S\n]*"
    r"(?:thị xã|thị trấn|thành phố|Thành phố|Thị xã|Thị trấn|Phường|TP(?=[^\S\n]|[,;.]|$)|Tp(?=[^\S\n]+" + _CAP + r"|[,;.]|$)|quận|huyện|phường|xã|đặc khu|thành(?=,[^\S\n]*thị\b)"
    r"|(?<=thành, )thị|(?<=huyện, )thị(?=,))(?![\w]))*"
    # the place's own name: "Cục Thuế tỉnh Hậu Giang", "UBND các huyện, thành phố Cà Mau" (not a
    # name or a verb that follows: "Sở Y tế tỉnh Chủ trì", "… tỉnh Ủy ban nhân dân …")
    # (an apostrophe in the highlands' names: "Cư M'gar")
    rf"(?:(?:(?<=tỉnh)|(?<=phố)|(?<=huyện)|(?<=xã)|(?<=quận)|(?<=phường)|(?<=trấn)|(?<=TP)|(?<=Tp)|(?<=TP\.)|(?<=P\.)|(?<=khu vực))(?:(?<=\.)|[^\S\n]+)(?!{_PLACE_NAME_STOP}\b)"
    rf"{_CAP}{_LOW}+(?:(?:[^\S\n]+|[^\S\n]*-[^\S\n]*)(?!{_PLACE_NAME_STOP}\b){_CAP}(?:{_LOW}+|['’]{_LOW}+)){{0,3}}{_PLACE_LETTER})?"
    # (the numbered districts and wards of the cities: "Quận 8", "phường 5")
    r"(?:(?:(?<=quận)|(?<=Quận)|(?<=phường)|(?<=Phường))[^\S\n]+\d{1,2}(?![\w/.,]\d|[\w/]))?"
    # (the regions the state's offices were regrouped into in 2025, numbered: "Kho bạc nhà nước khu vực XI", "Kiểm
    # toán nhà nước khu vực II", "Ngân hàng nhà nước khu vực 8")
    r"(?:(?<=khu vực)[^\S\n]+(?:[IVX]{1,5}|\d{1,2})(?![\w/.,]\d|[\w/]))?"
    # (the provinces of a stretch or a region: "Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa", "… các
    # tỉnh khu vực Trung Bộ")
    rf"(?:(?:(?<=[^\S\n]tỉnh)|(?<=thành phố))(?:[^\S\n]+từ[^\S\n]+{PROVINCE_NAME}[^\S\n]+đến[^\S\n]+{PROVINCE_NAME}"
    rf"|[^\S\n]+khu[^\S\n]+vực[^\S\n]+(?:{'|'.join(_REGIONS)})(?![\w])))?"
    r"(?:[^\S\n]+(?:trực thuộc [Tt]rung ương|(?:trực )?thuộc tỉnh))?"
    # "Sở Giáo dục và Đào tạo các tỉnh, thành phố có biên giới quốc gia"
    r"(?:[^\S\n]+có[^\S\n]+(?:chung[^\S\n]+)?(?:đường[^\S\n]+)?biên giới(?:[^\S\n]+(?:quốc gia|đất liền|biển))?"
    # "Ủy ban nhân dân các huyện biên giới"
    r"|[^\S\n]+biên giới(?![^\S\n]+(?:quốc gia|đất liền|biển|Việt))(?:[^\S\n]+thuộc tỉnh)?|[^\S\n]+ven biển)?"
    # (and the names of those places: "… các huyện biên giới Lộc Ninh, …")
    rf"(?:(?:(?<=giới)|(?<=biển))[^\S\n]+(?!{_PLACE_NAME_STOP}\b){_CAP}{_LOW}+(?:[^\S\n]+(?!{_PLACE_NAME_STOP}\b){_CAP}{_LOW}+){{0,3}})?)?"
)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _names(words) -> str:
    """Alternation of names whose words after the first may be in any case
    ("Hội Liên hiệp phụ nữ Việt Nam")."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        first, _, rest = w.partition(" ")
        # "ủy ban nhân dân các cấp phối hợp …": "Ủy ban" in lower case in older decrees
        head = "[Ủủ]y" if first == "Ủy" else re.escape(first)
        out.append(head + (rf"\ (?i:{re.escape(rest)})" if rest else ""))
    return "|".join(out)


# A capitalised compound ("Ngoại vụ", "Biên phòng", "Y tế", "Trợ giúp pháp lý"):
# a capitalised syllable and the lower-case syllables of the name after it.
# Words that start what is said of an agency, never the end of its name
# ("Bộ Tư lệnh Thủ đô Hà Nội có trách nhiệm", "Bộ Tổng Tham mưu chủ trì").
_NOT_IN_NAME = r"(?:ghi|có|là|chủ|phối|thực|tổ|được|gửi|và|theo|cùng|với|của|tại|trong|cho|để|tham|phải|sẽ|đã|cần|quy|hướng|ban|báo|xây|lập|(?<![Cc]hương[^\S\n])(?<![Cc]ông[^\S\n])trình|(?<!vắc[^\S\n])xin|tiếp|tăng|đẩy|khẩn|sớm|tích|kính|thành(?=[^\S\n]+lập)|thông(?=[^\S\n]+báo\b)|làm(?=[^\S\n]+(?:đầu|việc)\b))"
# Words that end a name: what is said of the agency, function words, and the
# places and levels ``_PLACE`` takes after the name ("Cục Trợ giúp pháp lý
# chủ trì", "Cục Văn hóa cơ sở tỉnh", "Cục Chính trị các quân khu").
_NAME_STOPS = (
    "có", "là", "chủ trì", "phối hợp", "thực hiện", "tổ chức", "được", "gửi", "và", "theo", "tham", "phải",
    "sẽ", "đã", "quy định", "hướng dẫn", "ban hành", "báo cáo", "lập", "chịu", "thông báo",
    "kiểm tra", "quyết định", "phê duyệt", "chỉ đạo", "thống nhất", "đảm bảo", "theo dõi", "đôn đốc",
    "tiếp nhận", "xem xét", "cung cấp", "bố trí", "thẩm định", "đánh giá", "nghiên cứu", "triển khai",
    "rà soát", "giám sát", "tổng hợp", "chuyển", "quản lý", "điều hành", "tuyên truyền", "phổ biến", "đề nghị",
    "đề xuất", "hỗ trợ", "nắm", "tăng cường", "nâng cao", "phát hiện", "chấp hành", "tạo", "huy động",
    "cử", "thu", "nộp", "cập nhật", "phân bổ", "tiến hành", "khẩn trương", "nhận", "yêu cầu", "lấy", "đưa", "sử dụng",
    "giải quyết", "xử lý", "biên soạn", "soạn thảo", "cấp", "thực hành", "kiểm sát", "thẩm tra", "điều tra",
    "truy tố", "xét xử", "thành lập", "bồi dưỡng", "đào tạo", "vận động", "công bố", "phát động", "tiếp tục",
    "thu thập", "lồng ghép", "ngăn chặn", "đấu tranh", "tổng kết", "sơ kết", "tư vấn", "tiếp", "bổ sung",
    # ("Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình đẩy mạnh công tác tuyên truyền")
    "đẩy mạnh", "đẩy nhanh", "tập trung", "quan tâm", "bám sát", "phát sóng", "đăng tải",
    # (its manner, before its verb: "Ban Tuyên giáo Tỉnh ủy chủ động xây dựng …", "Cục Kiểm lâm thường xuyên nắm …")
    "chủ động", "thường xuyên", "kịp thời", "tích cực", "nhanh chóng", "sẵn sàng", "trực tiếp", "căn cứ",
    "quyết liệt", "nhắc nhở", "chú ý",
    # (a party board's verbs: "Ban Tuyên giáo và Dân vận Trung ương lãnh đạo, chỉ đạo …", "… định hướng thông tin")
    "lãnh đạo", "định hướng",
    # (how, or from whose purse: "Công ty Thoát nước và Xử lý nước thải nghiêm túc, khẩn trương …", "do Công ty
    # TNHH Xuân Chính tự cân đối")
    "nghiêm túc", "tự cân đối", "tự bố trí", "tự chủ", "quan trắc",
    # ("Cục Hàng không Việt Nam ghi, cập nhật thời điểm đăng ký …": recording is what it does)
    "ghi",
    # (what a body does at times or with its rules, after its short name: "Ban Chỉ đạo định kỳ hoặc đột xuất tổ
    # chức kiểm tra …", "đề nghị Trưởng Ban Chỉ đạo sửa đổi, bổ sung Quy chế", "Ban Chỉ đạo phân công từng thành
    # viên", "do các thành viên Ban Chỉ đạo thảo luận")
    "định kỳ", "sửa đổi", "phân công", "thảo luận",
    # ("Ban Chấp hành Trung ương Đảng kêu gọi toàn Đảng …", "Ban Tổ chức Trung ương vừa có văn bản …")
    "kêu gọi", "vừa",
    "các", "của", "cho", "với", "về", "tại", "trong", "để",
    "do", "thì", "mà", "khi", "đối với", "những", "này", "đó", "trên", "từ", "đến", "tới", "ngày", "năm",
    "hoặc", "hay", "cùng", "nhằm", "bị", "sau", "trước", "nếu", "như", "không", "chưa", "đang", "vẫn", "cũng",
    "đều", "ở", "vào", "qua", "bằng", "gồm", "thuộc", "trực thuộc", "nơi", "tỉnh", "thành phố", "huyện", "quận",
    "phường", "thị xã", "thị trấn", "đặc khu", "trung ương", "tối cao", "quân khu", "địa phương",
)
# "giúp" ends a name when it helps someone ("Vụ Pháp chế giúp Bộ trưởng"), not in "Cục Trợ giúp pháp lý"
# (signing, assigning, ensuring — but not the words of "Cục Đăng ký quốc gia giao dịch bảo đảm", nor the traffic
# of "Trạm Cảnh sát giao thông An Hưng")
# ("số" not in "Trung tâm Chuyển đổi số Thành phố"; "tham" not in "Cục Bản đồ Tổng tham mưu", the army's general staff)
# ("xã" a level, not in "Phòng Bảo trợ xã hội"; "xin" asking, not in "vắc xin"; "trình" submitting, not in "Ban Chỉ đạo Chương trình …"; "làm"
# doing, not in "Trung tâm Giới thiệu việc làm")
# "xây dựng" is a verb ("Sở Nội vụ xây dựng kế hoạch …"), but the field that ends a unit's name before its line's
# end or its verb ("Cục Kết cấu hạ tầng xây dựng tham mưu …", "Cục Kinh tế - Quản lý đầu tư xây dựng" then its dashes)
_BUILDING = (r"xây[^\S\n]+dựng(?![^\S\n]*(?:\n|$|[.;:)])|[^\S\n]+(?:tham mưu|chủ trì|phối hợp|khẩn trương|có trách nhiệm"
             r"|chịu trách nhiệm)\b)")
_NAME_STOP = (rf"(?:{_alternation(w for w in _NAME_STOPS if w != 'tham')}|(?<![Tt]ổng[^\S\n])tham|{_BUILDING}|xã(?![^\S\n]+hội\b)|(?<![Cc]hương[^\S\n])(?<![Cc]ông[^\S\n])trình|(?<!việc[^\S\n])làm|giúp(?=[^\S\n]+(?:{_CAP}|cho\b|việc\b))|(?<![Đđ]ăng[^\S\n])ký|(?<!Xổ[^\S\n])(?<![Đđ]ổi[^\S\n])số|(?<![Hh]ậu[^\S\n])cần|(?<!vắc[^\S\n])xin"
              r"|giao(?![^\S\n]+(?:dịch|thông)\b)|(?<!giao dịch[^\S\n])bảo đảm"
              # (how a body works: "Ban Chỉ đạo hoạt động theo nguyên tắc tập trung, dân chủ")
              r"|hoạt động(?=[^\S\n]+(?:theo|dưới)\b))(?![\w])")
# What may follow a name that ran on over lower-case syllables: the end of the
# line or clause, a bracket or slash, a word that ends names, a dash or a
# capitalised word (the next part of the name).
# the verbs of two syllables among them, which no name's single lower-case syllable starts ("Công ty Điện lực
# Hà Giang kiểm tra", "Tập đoàn Lộc Trời triển khai"; but "Hàng không", "Trung cấp", a name's one-syllable stops)
_VERB_STOP = rf"(?:{_alternation(w for w in _NAME_STOPS if ' ' in w)})(?![\w])"
# the state groups by their brands, a province's branch by its name ("các Tập đoàn VNPT, Viettel, Mobifone khẩn
# trương chỉ đạo …", "phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ An, VNPT Nghệ An, MobiFone Nghệ An)", "chỉ
# đạo EVN tập trung hỗ trợ địa phương …", "Các Tập đoàn: PVN, VNPT, Viettel")
_BRAND = rf"(?:Viettel|VNPT|MobiFone|Mobifone|VinaPhone|Vinaphone|EVN|PVN|ACV|TKV)(?:[^\S\n]+{PROVINCE_NAME})?(?![\w])"
_NAME_END = rf"(?=[^\S\n]*(?:[\n,.;:()/“”\"]|$)|[^\S\n]+(?:{_NAME_STOP}|[-–—][^\S\n]|{_CAP}))"
_COMPOUND = (
    rf"{_CAP}{_LOW}*+"
    # ("Đội Cảnh sát giao thông-trật tự": two lower-case fields joined by a dash)
    rf"(?:(?:(?:[^\S\n]+|(?<=\w)-)(?!{_NAME_STOP}){_LOW}++){{1,7}}{_NAME_END}|[^\S\n](?!{_NOT_IN_NAME}\b|{_VERB_STOP}){_LOW}+)?"
)
# Military bodies named by their kind ("Quân khu, quân đoàn bảo đảm …",
# "Quân khu 7"), and steering committees with their number and the bodies
# that serve them ("Ban Chỉ đạo quốc gia 515", "Văn phòng Ban Chỉ đạo quốc
# gia 515", "Cơ quan Thường trực Ban Chỉ đạo 138/CP", "Ban chỉ đạo 138 tỉnh").
_MILITARY_KINDS = ("Quân khu", "Quân đoàn", "Quân chủng", "Binh chủng", "Binh đoàn")
_MILITARY = rf"(?:{_alternation(_MILITARY_KINDS)})(?:[^\S\n]+\d+|[^\S\n]+(?!{_NAME_STOP}){_COMPOUND})?"
# the command of a military region ("Bộ Tư lệnh Quân khu 1", "BTL Quân khu 1"), a numbered border post ("Đồn biên
# phòng 823")
_COMMAND = rf"(?:Bộ Tư lệnh|BTL)[^\S\n]+{_MILITARY}|Đồn[^\S\n]+[Bb]iên phòng[^\S\n]+\d{{3}}(?![\w/])"
# the topic a committee is named by, in lower case ("phòng, chống thiên tai và tìm kiếm cứu nạn", "bảo vệ, chăm sóc trẻ
# em"), then its level
# (not what is said of the committee: "Ban Chỉ đạo có nhiệm vụ tham mưu UBND tỉnh …")
# (AIDS inside it, the social evils listed: "Ban Chỉ đạo phòng, chống AIDS và phòng, chống tệ nạn ma tuý, mại dâm")
_TOPIC = (r"(?:(?:[^\S\n]+|,[^\S\n]*(?=(?:chống|chăm sóc|xóa mù chữ|chữa cháy|mại dâm|ma túy|ma tuý)\b))(?!(?:các|của|tỉnh|huyện|xã(?![^\S\n]+hội)|cấp|thành|quận|phường|có|là|chịu|được|gồm|do)\b)"
          + r"(?:" + _LOW + r"+|(?:HIV/)?AIDS(?=[^\S\n]+và\b))){1,14}?")
_LEVEL_AHEAD = r"(?=[^\S\n]+(?:các[^\S\n]+)?(?:tỉnh|huyện|xã(?![^\S\n]+hội)|cấp|thành phố|quận|phường|thị xã)\b)"
_STEERING = (
    r"(?:(?:Cơ quan [Tt]hường trực|Văn phòng(?:[^\S\n]+[Tt]hường trực)?|Thường trực)[^\S\n]+)?Ban [Cc]hỉ đạo"
    # ("Ban Chỉ đạo 389 quốc gia")
    r"(?:(?:[^\S\n]+(?:[Qq]uốc gia|[Tt]rung ương|[Ll]iên ngành))?[^\S\n]*\d+(?:/[A-ZĐ]+)?(?:[^\S\n]+[Qq]uốc gia)?"
    # ("Văn phòng Ban Chỉ đạo Phòng thủ dân sự quốc gia", "Ban Chỉ đạo phòng thủ dân sự tỉnh")
    r"|[^\S\n]+(?i:phòng[^\S\n]+thủ[^\S\n]+dân[^\S\n]+sự)(?:[^\S\n]+[Qq]uốc[^\S\n]+gia)?"
    # ("Ban Chỉ đạo Nhà nước về Du lịch")
    rf"|[^\S\n]+[Nn]hà[^\S\n]+nước[^\S\n]+về[^\S\n]+{_CAP}{_LOW}+(?:[^\S\n]+(?!{_NAME_STOP}){_LOW}+)?"
    # named by its topic and level: "Ban Chỉ đạo phòng chống dịch COVID-19 các huyện, thị xã, thành phố", "Ban
    # chỉ đạo xây dựng nông thôn mới huyện"; the disaster commands ("BCH phòng chống thiên tai và tìm kiếm cứu
    # nạn các cấp", "BCH PCTT&TKCN các phường")
    # ("Ban chỉ đạo Phòng, chống dịch Covid-19 phường, xã", "Ban Chỉ đạo Phòng, chống tệ nạn xã hội xã Việt Chu": the
    # topic capitalised)
    rf"|(?:[^\S\n]+Phòng(?=,?[^\S\n]*chống\b))?{_TOPIC}(?:[^\S\n]+(?!UBND|HĐND)(?:[A-Z]{{2,}}|Covid)(?:-\d+)?)?{_LEVEL_AHEAD}"
    # (a ministry's own: "Ban Chỉ đạo phòng, chống AIDS và phòng, chống tệ nạn ma tuý, mại dâm của Bộ Nội vụ")
    rf"|(?:[^\S\n]+Phòng(?=,?[^\S\n]*chống\b))?{_TOPIC}[^\S\n]+của[^\S\n]+Bộ[^\S\n]+(?i:{_FIELD_RE})(?![\w])"
    # (the one a text speaks of, in lower case too, where it is listed or given its task: "UBND tỉnh yêu cầu Ban chỉ
    # đạo, UBND các huyện: …")
    # (not "Ban chỉ đạo thực hiện chính sách BHXH …", "Ban chỉ đạo tổ chức Đại hội …": names)
    r"|(?<=chỉ đạo)(?=[^\S\n]*[,;]|[^\S\n]+(?:có trách nhiệm|chịu trách nhiệm|chủ trì|triển khai|theo dõi)\b))"
    # (its topic in capitals too: "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh")
    # ("Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh")
    rf"|(?:Văn phòng[^\S\n]+)?(?:Ban [Cc]hỉ huy|BCH)(?:[^\S\n]+(?i:phòng[^\S\n]+thủ[^\S\n]+dân[^\S\n]+sự)|{_TOPIC}{_LEVEL_AHEAD}|[^\S\n]+PCTT[^\S\n]*(?:&|và)[^\S\n]*TKCN"
    r"|[^\S\n]+(?i:phòng,?[^\S\n]*chống[^\S\n]+thiên[^\S\n]+tai[^\S\n]*(?:và|&)[^\S\n]*tìm[^\S\n]+kiếm[^\S\n]+cứu[^\S\n]+nạn))"
)
# An inspectorate: "Thanh tra Bộ", "Thanh tra tỉnh", "Thanh tra các cấp" — not
# the verb ("Thanh tra, kiểm tra việc thực hiện pháp luật").
_INSPECTORATE = (
    # ("Thanh tra Sở Nội vụ sẽ tiến hành thanh tra …": a department's inspectorate by its field)
    # ("Thanh tra các huyện, thành phố", "Thanh tra các sở, ban, ngành": those of every district, every department)
    r"Thanh tra(?:[^\S\n]+(?:Bộ|Sở)(?:[^\S\n]+(?i:" + _FIELD_RE + r"))?(?![\w])|(?=[^\S\n]+(?:các cấp|cấp tỉnh|cấp huyện|cấp xã|tỉnh|huyện|quận|thành phố|Thành phố|Tỉnh|"
    r"thị xã|xã|các[^\S\n]+(?:huyện|quận|thị xã|thành phố|xã))(?![\w]))"
    r"|[^\S\n]+các[^\S\n]+[Ss]ở,[^\S\n]*ban,[^\S\n]*ngành(?![\w]))"
)
# Teams named by a number ("Đội kiểm tra liên ngành 178"); not "đội ngũ 500 cán bộ".
_NUMBERED_TEAM = rf"Đội(?![^\S\n]+ngũ\b)(?:[^\S\n]+{_LOW}+){{2,4}}[^\S\n]+\d{{2,}}(?![\w/])"
# the party's bodies in a state body or an organisation ("Đảng đoàn Hội LHPN tỉnh", "Ban cán sự đảng Ủy ban nhân dân
# tỉnh"), before its name
# (and the party committee of a central body since 2025: "Đảng ủy Chính phủ", "Đảng ủy Bộ Y tế", "Đảng ủy Công an
# Trung ương", "Đảng ủy Quốc hội")
_PARTY_OF = r"(?:(?:Đảng đoàn|Ban cán sự [đĐ]ảng|Đảng ủy(?=[^\S\n]+(?:Chính phủ|Quốc hội|Bộ|Công an|Mặt trận)\b))[^\S\n]+(?=\S))?"
# the Front and the mass organisations by their short names ("Hội LHPN tỉnh", "LĐLĐ tỉnh", "MTTQ", "Công đoàn các
# cấp", "CĐ các cấp"), a post office or a fund by its level ("Bưu điện tỉnh", "Quỹ hỗ trợ khởi nghiệp tỉnh"), the
# party's boards and committees named in lower case ("các ban xây dựng Đảng", "Ủy ban kiểm tra Huyện ủy")
_MASS_BODY = (r"(?:Bưu[^\S\n]+điện(?=[^\S\n]+(?:tỉnh|huyện|thành phố|các)\b)|Quỹ" + _TOPIC + _LEVEL_AHEAD
              + r"|Hội[^\S\n]+(?:LHPN|CCB|NCT)|LĐLĐ|MTTQ(?:VN)?|Mặt[^\S\n]+trận[^\S\n]+Tổ[^\S\n]+quốc(?:[^\S\n]+Việt[^\S\n]+Nam)?"
              r"|Công[^\S\n]+đoàn|CĐ(?=[^\S\n]+(?:các[^\S\n]+cấp|cơ[^\S\n]+sở|cấp)\b)|[Bb]an[^\S\n]+xây[^\S\n]+dựng[^\S\n]+Đảng"
              r"|Ủy[^\S\n]+ban[^\S\n]+kiểm[^\S\n]+tra[^\S\n]+(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng)[^\S\n]*ủy"
              # (an association named in lower case between the commas of a list: "…, Phòng Thương mại và Công nghiệp
              # Việt Nam, Hội đoanh nghiệp nhỏ và vừa, các hội nghề nghiệp …", CT 11/CT-TTg as scanned; "…, Hội người mù
              # tỉnh, …"; not a conference, a council or a member)
              r"|(?<=,[^\S\n])Hội(?![^\S\n]+(?:nghị|đồng|viên|thảo|thi|chợ|diễn|trại|họp|đàm|nhập|ý)\b)"
              r"(?:[^\S\n]+(?!(?:của|các|có|tại|trong|chủ|phối|thực|theo|để)\b)" + _LOW + r"+){1,7}?(?=,))(?![\w])")
# The bodies that serve a committee or council, named before it ("Cơ quan
# Thường trực Ban Công tác đặc biệt", "Văn phòng Hội đồng …").
_SERVING = r"(?:(?:Cơ quan [Tt]hường trực|Văn phòng(?:[^\S\n]+[Tt]hường trực)?|Thường trực)[^\S\n]+(?=(?:Ban|Ủy ban|Hội đồng)[^\S\n]))?"
# A body named by its function and the agency or level it belongs to:
# "Cơ quan quản lý thi hành án hình sự Bộ Công an", "cơ quan thi hành án hình
# sự Công an cấp tỉnh", "cơ quan thi hành án hình sự cấp quân khu" — not the
# groups "cơ quan chuyên môn thuộc Ủy ban nhân dân", "cơ quan có thẩm quyền".
_FUNCTION_BODY = (
    r"[Cc]ơ quan(?![^\S\n]+(?:chuyên môn|có|liên quan|nhà nước|chức năng|được|khác|này|đó)\b)"
    # (no verb among its words: "phối hợp với Cơ quan công tác dân tộc tỉnh báo cáo Bộ Tư pháp …" reports to the
    # ministry)
    r"(?:[^\S\n]+(?!(?:của|và|hoặc|các|tại|thuộc|báo cáo|gửi|trình|đề nghị)\b)" + _LOW + r"+){1,8}?"
    r"(?=[^\S\n]+(?:thuộc[^\S\n]+)?(?:Bộ[^\S\n]+" + _CAP + r"|Công an[^\S\n]+cấp|Quân khu|cấp quân khu)"
    r"|[^\S\n]+Công an(?=[^\S\n]+(?:tỉnh|huyện|xã)\b))"
    r"(?:(?:[^\S\n]+thuộc)?[^\S\n]+(?:Bộ[^\S\n]+(?i:" + _FIELD_RE + r")|Công an|Quân khu(?:[^\S\n]+\d+)?)"
    r"|(?=[^\S\n]+cấp quân khu))"
)
# A council named in lower case, where the text says it is given
# tasks: "Hội đồng thi hành án tử hình có nhiệm vụ, quyền hạn sau đây",
# "Nhiệm vụ, quyền hạn của Hội đồng thi hành án tử hình" (a heading).
_TASKED_BODY = (
    r"Hội đồng(?:[^\S\n]+(?!(?:có|chịu|là|của|và)\b)" + _LOW + r"+){1,6}?"
    r"(?=[^\S\n]+(?:có|chịu)[^\S\n]+(?:nhiệm vụ|trách nhiệm)|$)"
    # (the central bodies an older text names in lower case, where it gives them their tasks: "Tổng cục thống kê có
    # trách nhiệm phối hợp …", "c) Cục đo đạc và bản đồ Nhà nước có trách nhiệm:", CT 299/TTg of 1980)
    r"|(?:Tổng[^\S\n]+[Cc]ục|Cục|Ủy[^\S\n]+ban)(?:[^\S\n]+(?!(?:có|chịu|là|của|các)\b)" + _LOW + r"+){1,6}?"
    r"(?:[^\S\n]+Nhà[^\S\n]+nước)?(?=[^\S\n]+(?:có|chịu)[^\S\n]+(?:nhiệm vụ|trách nhiệm))"
    # a committee named in lower case where it is given its tasks: "Ban chỉ đạo có nhiệm vụ tham mưu UBND tỉnh …"
    r"|Ban chỉ đạo(?=[^\S\n]+(?:có|chịu)[^\S\n]+(?:nhiệm vụ|trách nhiệm|chức năng))"
)
# "chỉ đạo công an cấp xã, cấp huyện": the police of a level, in lower case
# (and abbreviated before its level: "phối hợp CA tỉnh điều tra")
_LOWER_POLICE = r"(?:công an|CA)(?=[^\S\n]+(?:cấp (?:tỉnh|huyện|xã)|(?:các[^\S\n]+)?(?:tỉnh|huyện|xã|phường|quận)|các đơn vị, địa phương)(?![\w]))"
# a province's radio and television by the province's name: "Đài Phát thanh - Truyền hình Vĩnh Long"
_NAMED_RADIO = (rf"Đài[^\S\n]+(?:Phát thanh|PT)[^\S\n]*(?:-|và|&)?[^\S\n]*(?:Truyền hình|TH)"
                rf"(?=[^\S\n]+(?!{_PLACE_NAME_STOP}\b){_CAP})[^\S\n]+{_CAP}{_LOW}+(?:[^\S\n]+(?!{_PLACE_NAME_STOP}\b){_CAP}{_LOW}+){{0,2}}")
# the bodies of the villages and neighbourhoods ("Ban Nhân dân các thôn, tổ dân phố", "BĐH các thôn", "BND các ấp",
# "Chi bộ các thôn")
# a field's whole sector as one body ("Ngành giáo dục phối hợp với Công an tỉnh …", "phối hợp với ngành Lao động,
# Thương binh và Xã hội"), not "các ngành", "toàn ngành"
_SECTOR = rf"(?<![Cc]ác[^\S\n])(?<!toàn[^\S\n])(?<!\w)[Nn]gành[^\S\n]+(?:(?i:{_FIELD_RE})|giáo dục)(?![\w])"
_VILLAGE_UNIT = r"(?:thôn|ấp|bản|buôn|xóm|khu phố|tổ dân phố|TDP|khu dân cư)"
_VILLAGE_BODY = (rf"(?:Ban[^\S\n]+[Nn]hân[^\S\n]+dân|BND|Ban[^\S\n]+[Đđ]iều[^\S\n]+hành|BĐH|[Cc]hi[^\S\n]+bộ)[^\S\n]+(?:các[^\S\n]+)?"
                 rf"{_VILLAGE_UNIT}(?:[^\S\n]*,[^\S\n]*{_VILLAGE_UNIT})*(?![\w])")
# a project board by the works it builds, in lower case ("Ban Quản lý dự án Đầu tư xây dựng công trình giao thông và
# nông nghiệp phát triển nông thôn", "Ban Quản lý dự án bảo trì đường bộ", "các Ban QLDA chuyên ngành tỉnh")
_PROJECT_WORD = (r"(?i:đầu[^\S\n]+tư|xây[^\S\n]+dựng|công[^\S\n]+trình|dân[^\S\n]+dụng|công[^\S\n]+nghiệp|giao[^\S\n]+thông|"
                 r"nông[^\S\n]+nghiệp|phát[^\S\n]+triển|nông[^\S\n]+thôn|thủy[^\S\n]+lợi|hạ[^\S\n]+tầng|đô[^\S\n]+thị|"
                 r"bảo[^\S\n]+trì|đường[^\S\n]+bộ|quỹ[^\S\n]+đất|chuyên[^\S\n]+ngành|khu[^\S\n]+vực|các)")
_PROJECT_BOARD = (rf"Ban[^\S\n]+(?:[Qq]uản[^\S\n]+lý[^\S\n]+(?:các[^\S\n]+)?[Dd]ự[^\S\n]+án|QLDA)(?:[^\S\n]+{_PROJECT_WORD})+"
                  rf"(?:[^\S\n]+và(?:[^\S\n]+{_PROJECT_WORD})+)*(?![\w])"
                  # (or by its number: "Ban Quản lý dự án 85")
                  r"|Ban[^\S\n]+[Qq]uản[^\S\n]+lý[^\S\n]+[Dd]ự[^\S\n]+án[^\S\n]+\d{1,3}(?![\w/])")
# the board representing the social policy bank's directors in a province or district ("Ban đại diện Hội đồng quản trị
# Ngân hàng Chính sách xã hội tỉnh", "Ban đại diện HĐQT NHCSXH huyện")
_BANK_BOARD = (r"Ban[^\S\n]+[Đđ]ại[^\S\n]+diện[^\S\n]+(?:[Hh]ội[^\S\n]+đồng[^\S\n]+quản[^\S\n]+trị|HĐQT)[^\S\n]+"
               r"(?:(?i:Ngân[^\S\n]+hàng[^\S\n]+Chính[^\S\n]+sách[^\S\n]+xã[^\S\n]+hội)|NHCSXH)")
# the election bodies ("Ủy ban bầu cử thành phố", "Ban bầu cử đại biểu Quốc hội số 1", "UBBC huyện Bạch Long Vĩ")
_ELECTION = (r"(?:(?:Ủy ban|Ban|Tổ)[^\S\n]+bầu[^\S\n]+cử(?:[^\S\n]+đại[^\S\n]+biểu[^\S\n]+(?:Quốc[^\S\n]+hội|HĐND|"
             r"Hội[^\S\n]+đồng[^\S\n]+nhân[^\S\n]+dân)(?:[^\S\n]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
             r"(?=[^\S\n]+số\b))?)?(?:[^\S\n]+số[^\S\n]+\d+(?![\w/]))?|UBBC)")
# the office of a district's council and committee together ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân
# huyện", "Văn phòng HĐND&UBND huyện", "Văn phòng HĐND-UBND quận")
# (and the office of the National Assembly delegation with them: "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng Đoàn
# đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh")
_JOINT_SEP = r"[^\S\n]*(?:,|và|&|-)[^\S\n]*"
# ("Văn phòng HĐND tỉnh", "Văn phòng Đoàn ĐBQH tỉnh": one of them)
_JOINT_OFFICE = (rf"Văn phòng[^\S\n]+(?:Đoàn[^\S\n]+(?:ĐBQH|[Đđ]ại[^\S\n]+[Bb]iểu[^\S\n]+Quốc[^\S\n]+[Hh]ội)"
                 rf"(?:{_JOINT_SEP}(?:HĐND|Hội đồng nhân dân)(?:{_JOINT_SEP}(?:UBND|Ủy ban nhân dân))?)?"
                 r"|(?:HĐND|Hội đồng nhân dân)(?:[^\S\n]*(?:và|&|-)[^\S\n]*(?:UBND|Ủy ban nhân dân))?)")
# teams named by their task ("Tổ Địa chính, tổ Kiểm tra phải tăng cường …", "Tổ công tác hỗ trợ …"), not
# "Tổ quốc" inside a name
# ("Tổ Chuyên viên giúp việc hoạt động kiêm nhiệm": the group that helps, named so)
_TEAM = (rf"[Tt]ổ[^\S\n]+(?!Quốc\b)(?:{_CAP}{_LOW}*(?:[^\S\n]+(?!{_NAME_STOP}){_LOW}+){{0,3}}(?![^\S\n]+(?!{_NAME_STOP}){_LOW})"
         rf"|công tác)(?:[^\S\n]+giúp việc(?![^\S\n]+(?:cho|{_CAP})))?")
_NAMED_RE = (
    # (a board named by what it does, in lower case: "Ban vận động Quỹ bảo trợ trẻ em huyện"; a school by its
    # kind: "Trường Trung cấp Luật Vị Thanh", not the islands "Trường Sa"; not the commune "Đoàn Kết", a word for
    # unity: "UBND các xã Phú Lai, Đoàn Kết, Hữu Lợi")
    # (a centre by its kind, in lower case: "Trung tâm kỹ thuật Tiêu chuẩn Đo lường Chất lượng")
    rf"(?!Đoàn[^\S\n]+Kết\b)(?:{_alternation(_NAMED_HEADS)}|Ban[^\S\n]+(?:vận động|điều hành|quản lý|đại diện)(?=[^\S\n]+{_CAP})"
    rf"|Trung tâm[^\S\n]+(?:kỹ thuật|dịch vụ|hỗ trợ)(?=[^\S\n]+{_CAP})"
    # (a fund by its name, "Quỹ Dịch vụ Viễn thông công ích Việt Nam", "Quỹ Bảo vệ môi trường"; no head inside another
    # name, "Ban vận động Quỹ Vì người nghèo", nor a fund abbreviated, "Quỹ BHYT")
    rf"|Quỹ(?=[^\S\n]+{_CAP}{_LOW})"
    # (a university by its name, "Đại học Bách Khoa Hà Nội", "Đại học Quốc gia Thành phố Hồ Chí Minh")
    rf"|Đại[^\S\n]+học(?=[^\S\n]+{_CAP}{_LOW})"
    r"|Trường(?=[^\S\n]+(?:Đại học|Cao đẳng|Trung cấp|Trung học|Tiểu học|Mầm non|Chính trị|Cán bộ|Sĩ quan|Quân sự|"
    r"Bồi dưỡng|Phổ thông|Dân tộc|THPT|THCS)\b))"
    # ("Cục Báo chí": the press, no newspaper's head; "Cục Viễn thông", "Cục Bưu điện Trung ương", "Vụ Thư viện": a
    # department by its field, no telecoms', post office's or library's head)
    rf"[^\S\n]+(?!(?!(?:Báo[^\S\n]+chí|(?<=Cục[^\S\n])(?:Viễn[^\S\n]+thông|Bưu[^\S\n]+điện)|(?<=Vụ[^\S\n])Thư[^\S\n]+viện)\b)(?:{_alternation(_NAMED_HEADS)})\b)(?:{_COMPOUND}"
    # ("Ban Chỉ đạo và Tổ Chuyên viên giúp việc": two bodies)
    # (not the next body's head, but "Phòng" of the city "Hải Phòng": "Báo An ninh Hải Phòng")
    # (a fund or campaign named in quotes: "Ban vận động Quỹ “Vì người nghèo” tỉnh")
    rf"(?:[^\S\n]+(?:và[^\S\n]+|-[^\S\n]+)?(?:(?!(?<!Hải[^\S\n])(?:{_alternation(_NAMED_HEADS + _PLACE_HEADS)}|Tổ(?![^\S\n]+[Qq]uốc))\b){_COMPOUND}"
    r"|(?<=Quỹ[^\S\n])“[^”\n]{1,60}”))*"
    # (or its field abbreviated, and nothing more but its place: "Trung tâm VHTT - TT huyện", "Đài TTTH thị xã";
    # not another body's: "Văn phòng UBND tỉnh" is the committee's office, read as such)
    rf"|(?!(?:UBND|HĐND|BCĐ|MTTQ|UBMTTQ|TW)\b){_ABBR_FIELD}(?![^\S\n]+{_CAP}))"
    # an acronym ending the name ("Ban Điều phối dự án IFAD"), not another body's ("… UBND tỉnh")
    # (then the zone or border gate it names: "Ban Quản lý Khu KTCK Đồng Đăng - Lạng Sơn")
    r"(?:[^\S\n]+(?!(?:UBND|HĐND|BCĐ|MTTQ|UBMTTQ|TW)\b)[A-ZĐ]{2,}\d*(?![\w/&-])"
    # ("Ban Quản lý KKT Vân Phong", "Ban Quản lý KKT cửa khẩu Đồng Đăng- Lạng Sơn": the economic zone by its name)
    rf"(?:(?:(?<=KTCK)|(?<=KKT)(?:[^\S\n]+cửa khẩu)?)(?:[^\S\n]+(?!{_PLACE_NAME_STOP}\b){_CAP}{_LOW}+){{1,3}}"
    rf"(?:[^\S\n]*-[^\S\n]*{_CAP}{_LOW}+(?:[^\S\n]+{_CAP}{_LOW}+)?)?)?)?"
    # a region numbered in Roman ("Chi cục Kiểm dịch thực vật vùng VII")
    r"(?:[^\S\n]+vùng[^\S\n]+[IVX]+(?![\w]))?"
    # a numbered one of its kind ("Đội Quản lý thị trường số 9"); a field abbreviated after a dash ("Trung tâm
    # Dân số - KHHGĐ")
    # (or a unit's number: "Bộ Tư lệnh Quân khu 1", "Đồn biên phòng 823")
    r"(?:[^\S\n]+số[^\S\n]+\d+(?![\w/])|(?:(?<=khu)|(?<=đoàn)|(?<=phòng))[^\S\n]+\d{1,3}(?![\w/]))?"
    r"(?:[^\S\n]+-[^\S\n]+[A-ZĐ]{3,}(?![\w&/-]))?"
)
# a branch of a bank, the treasury or the telecoms ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh")
_BRANCH = r"(?:Chi nhánh[^\S\n]+(?=Ngân hàng|Kho bạc|Viễn thông|Bảo hiểm))?"
# a capitalised word of a place's name, and a place named without its level, two or three such words, before what
# is said of the body ("Sở Tư pháp Quảng Nam được giao …", "UBND Tân Hóa và …")
_PLACE_WORD = rf"[^\S\n]+(?!{_PLACE_NAME_STOP}\b){_CAP}{_LOW}+"
_BARE_PLACE_NAME = rf"{_PLACE_WORD}(?:{_PLACE_WORD}){{1,2}}{_PLACE_LETTER}(?=[^\S\n]*(?:[,.;:)\n]|$)|[^\S\n]+{_LOW})"
# the board of a city's export-processing and industrial zones, by the city's name or level ("Ban Quản lý các khu chế
# xuất và công nghiệp Cần Thơ", "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố")
_ZONE_BOARD = (r"Ban[^\S\n]+[Qq]uản[^\S\n]+lý[^\S\n]+các[^\S\n]+[Kk]hu[^\S\n]+chế[^\S\n]+xuất[^\S\n]+và[^\S\n]+công[^\S\n]+nghiệp"
               rf"(?:{_PLACE_WORD}(?:{_PLACE_WORD}){{0,2}})?")
# the party's committees of a province, city or district, and its chapters, leading a clause ("Tỉnh ủy sẽ thành lập
# đoàn kiểm tra", "Đảng bộ TP Thái Nguyên xây dựng kế hoạch …"), by their place's name too ("Tỉnh ủy Bến Tre"); no
# head of a longer name ("Ban Tuyên giáo Tỉnh ủy" stays whole)
_PARTY_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy")
# the office, the standing members and the standing board of the party's committees, in lower case too, alone or of
# every province ("Văn phòng Trung ương Đảng và các văn phòng tỉnh ủy, thành ủy cụ thể hóa …", "Đề nghị thường trực
# các tỉnh ủy, thành ủy tiếp tục …", "Thường trực Tỉnh ủy")
_PARTY_OFFICE = (r"(?:[Vv]ăn phòng|[Tt]hường trực|[Bb]an [Tt]hường vụ)[^\S\n]+(?:các[^\S\n]+)?(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Tt]hị|[Qq]uận)"
                 r"[^\S\n]+ủy(?:,[^\S\n]*(?:[Tt]hành|[Tt]ỉnh)[^\S\n]+ủy)?"
                 # ("Giao ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc Trung ương …", NQ 60-NQ/TW)
                 r"(?:,[^\S\n]*đảng[^\S\n]+ủy[^\S\n]+trực[^\S\n]+thuộc[^\S\n]+[Tt]rung[^\S\n]+ương)?(?![\w])")
# (in lower case after its secretary: "Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: …"; not those
# of every province, "Bí thư tỉnh ủy, thành ủy")
_PARTY_COMMITTEE = (rf"(?:{_alternation(_PARTY_COMMITTEES + ('Đảng bộ',))}|(?<=Bí thư[^\S\n])(?:tỉnh|thành|huyện)[^\S\n]ủy(?![^\S\n]*,[^\S\n]*(?:thành|tỉnh)[^\S\n]ủy))"
                    rf"(?:{_PLACE_WORD}(?:{_PLACE_WORD}){{0,2}}(?=[^\S\n]*[,.;:]|[^\S\n]+{_LOW}|[^\S\n]+[-–][^\S\n]))?")
# a body whose name a text writes in lower case, known by the level after it ("Đài khí tượng thuỷ văn tỉnh cần theo
# dõi …", "Hội người mù tỉnh Thanh Hóa", "Cục dự trữ Nhà nước khu vực Bình Trị Thiên", "Hiệp hội doanh nghiệp tỉnh")
_LOWER_BODY = (rf"(?:Trung tâm|Đài|Cục|Chi cục|Hội|Hiệp hội|Quỹ|Viện|Cảng vụ)(?:[^\S\n]+(?!{_NAME_STOP}|các\b|của\b)(?:{_LOW}+|Nhà nước)){{1,5}}?"
               r"(?=[^\S\n]+(?:tỉnh|thành phố|huyện|quận|thị xã|khu vực)[^\S\n]+\S)")
# Bodies named by their kind, then the place they are of: a mission abroad by the country it is in ("Đại sứ quán Việt
# Nam tại Anh", "Tổng Lãnh sự quán Việt Nam tại Thượng Hải", "Cơ quan đại diện Việt Nam tại Nhật Bản"); the power
# company of a province or town ("Sở Y tế và Điện lực Tiền Giang", "Điện lực Móng Cái"; "Công ty Điện lực Vĩnh Long"
# is a company's name, read as such); a province's press, radio and television merged into one body in 2025 ("chỉ
# đạo Báo và Phát thanh, Truyền hình Cần Thơ …"); the tax and statistics offices by their field and level
_OF_PLACE = (r"(?:(?:(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Cơ quan đại diện)(?:[^\S\n]+Việt Nam)?[^\S\n]+(?:tại|ở)"
             r"|(?<!ty[^\S\n])Điện lực|Báo và (?i:Phát thanh(?:,|[^\S\n]*-)?[^\S\n]*Truyền hình))"
             rf"(?:{_PLACE_WORD}(?:{_PLACE_WORD}){{0,2}}|(?<=nh)(?=[^\S\n]+(?:tỉnh|thành phố|Tỉnh|Thành phố)(?![\w])))"
             # (the level and the name follow: "Thuế tỉnh, Kiểm toán nhà nước khu vực II", "Thống kê tỉnh Bắc Ninh:")
             r"|(?:Thuế|Thống kê)(?=[^\S\n]+(?:tỉnh|thành phố)(?![\w])))")
# the new-countryside programme's office and steering committees, named by the programme ("Văn phòng Điều phối chương
# trình xây dựng nông thôn mới tỉnh", "Ban Chỉ đạo Chương trình xây dựng nông thôn mới huyện Điện Biên")
_COUNTRYSIDE = (r"(?:Văn[^\S\n]+phòng[^\S\n]+[Đđ]iều[^\S\n]+phối|Ban[^\S\n]+[Cc]hỉ[^\S\n]+đạo)[^\S\n]+(?:các[^\S\n]+)?[Cc]hương[^\S\n]+trình"
                r"(?:[^\S\n]+mục[^\S\n]+tiêu[^\S\n]+quốc[^\S\n]+gia)?(?:[^\S\n]+xây[^\S\n]+dựng)?[^\S\n]+(?:nông[^\S\n]+thôn[^\S\n]+mới|NTM)"
                r"(?:[^\S\n]+và[^\S\n]+tái[^\S\n]+cơ[^\S\n]+cấu[^\S\n]+ngành[^\S\n]+nông[^\S\n]+nghiệp)?")
_ONE_AGENCY = (
    # "Phòng Nội vụ - Lao động - Thương binh và Xã hội", "phòng Tư pháp" (the district offices, often in lower case)
    # ("Sở Nông nghiệp-PTNT": a field's second half abbreviated after a bare dash)
    rf"{_PARTY_OF}(?:{_COUNTRYSIDE}|{_PARTY_OFFICE}|{_OF_PLACE}|{_JOINT_OFFICE}|{_ELECTION}|{_VILLAGE_BODY}|{_MASS_BODY}|{_PROJECT_BOARD}|{_ZONE_BOARD}|{_BANK_BOARD}|{_NAMED_RADIO}|{_STEERING}|{_NUMBERED_TEAM}|{_INSPECTORATE}|{_SERVING}{_BRANCH}(?:(?:Bộ|Sở|(?<=các[^\S\n])sở|sở(?=[^\S\n]+[A-ZĐ])|[Pp]hòng(?![^\S\n]+Thương[^\S\n]+mại[^\S\n]+và[^\S\n]+Công[^\S\n]+nghiệp)|trung tâm(?=[^\S\n]+y tế\b))[^\S\n]+(?:(?i:{_FIELD_RE})(?:-{_ABBR_FIELD}|(?![-–&,]?[A-ZĐ]))|{_ABBR_FIELD})"
    rf"(?:[^\S\n]*[-–—][^\S\n]*(?i:{_FIELD_RE}))*"
    # ("Sở Tư pháp Quảng Nam", "Sở Văn hóa, Thể thao và Du lịch Lai Châu": the province's name without its level)
    rf"(?:{_BARE_PLACE_NAME})?"
    # ("Kho bạc Nhà nước Thanh Hóa": the state's body by its province's name)
    rf"|{_FUNCTION_BODY}|{_COMMAND}|(?:{_names(_PLACE_HEADS)})"
    # (or the customs of one or two provinces: "Cục Hải quan Gia Lai – Kon Tum"; the youth union of a city named
    # so, a border post by its name: "Thành đoàn Hải Phòng", "Đồn Biên phòng Hương Quang"; an economic zone's board by
    # the zone's name: "Ban quản lý Khu Kinh tế Phú Yên")
    # ("Ngân hàng Nhà nước Việt Nam chi nhánh Vĩnh Phúc": the central bank's branch by its province)
    # ("Ngân hàng Nhà nước Chi nhánh Khánh Hòa", "Ngân hàng Nhà nước chi nhánh khu vực 7")
    rf"(?:(?:(?<=Nhà nước Việt Nam)|(?<=Nhà nước))[^\S\n]+[Cc]hi nhánh(?:[^\S\n]+khu vực[^\S\n]+\d{{1,2}}(?![\w/])|{_PLACE_WORD}(?:{_PLACE_WORD}){{0,2}})|(?<=Nhà nước){_PLACE_WORD}(?:{_PLACE_WORD}){{0,2}}|(?:(?<=Thành đoàn)|(?<=Tỉnh đoàn)|(?<=Đồn Biên phòng)|(?<=Đồn biên phòng)|(?<=Khu kinh tế)|(?<=Khu Kinh tế))"
    rf"{_PLACE_WORD}(?:{_PLACE_WORD}){{0,2}}"
    rf"|(?<=Cục Hải quan){_PLACE_WORD}(?:{_PLACE_WORD})?(?:[^\S\n]*[-–](?:{_PLACE_WORD}){{1,2}})?)?"
    # ("UBND Tân Hóa và Hướng Hóa": a commune's committee by the commune's name alone)
    rf"(?:(?:(?<=UBND)|(?<=Ủy ban nhân dân)){_BARE_PLACE_NAME})?"
    # ("Ban QLDA Giao thông tỉnh": a project board by the works it builds)
    rf"(?:(?<=QLDA)[^\S\n]+(?!(?:Sở|Bộ|Ủy|UBND|HĐND|Công|Cục|Phòng)\b){_CAP}{_LOW}+(?:[^\S\n]+{_LOW}+)?)?"
    rf"|{_MILITARY}|{_NAMED_RE}|{_LOWER_BODY}|{_TASKED_BODY}|{_LOWER_POLICE}|{_TEAM}|{_SECTOR}|{_PARTY_COMMITTEE}|{PROVINCE_BODY}"
    rf"|{_BRAND}))"
    # "Ủy ban Pháp luật và Tư pháp của Quốc hội": a committee with the body it belongs to; "Ủy ban của
    # Quốc hội phụ trách lĩnh vực giới có trách nhiệm": what it is in charge of, before its verb
    rf"(?:(?<!Quốc hội)[^\S\n]+của[^\S\n]+Quốc hội)?{_PLACE}"
    rf"(?:[^\S\n]+phụ trách(?:[^\S\n]+{_LOW}+){{1,4}}?(?=[^\S\n]+(?:có|chịu|chủ trì|phối hợp)[^\S\n]))?(?![\w])"
)
# "Cục Tài chính/Bộ Quốc phòng", "Phòng Quản lý Năng lượng thuộc Sở Công Thương",
# "Cục Trợ giúp pháp lý - Bộ Tư pháp": a unit and the body it belongs to, one agency.
_AGENCY_RE = re.compile(
    rf"{_ONE_AGENCY}(?:/{_ONE_AGENCY}|[^\S\n]+(?:trực[^\S\n]+)?thuộc[^\S\n]+{_ONE_AGENCY}|[^\S\n]+[-–][^\S\n]+(?=Bộ[^\S\n]){_ONE_AGENCY})?"
)
# Groups of addressees, not agencies: "các sở, ban, ngành", "các cơ quan liên quan".
# (within a line: "Phòng Hậu cần; Phòng Kỹ thuật;" then "b) …" is no list running on)
# (and a slash between two bodies, spaced after it: "Phòng Kinh tế/ Phòng Kinh tế, Hạ tầng và Đô thị", the one of a commune
# or of a ward; "Cục Tài chính/Bộ Quốc phòng" unspaced is a unit and its ministry, see _AGENCY_RE)
_LIST_SEP_RE = re.compile(r"[^\S\n]*(?:,|;|\bvà\b|\bcùng\b|\bhoặc\b|/(?=[^\S\n]))[^\S\n]*")
# what others do with the agency before, no group nor verb of its own: "Cục Quản lý giá và có sự tham gia của …"
_OTHERS_PART = r"(?:có|với)[^\S\n]+sự\b"
# An item of a partner list that is no agency: a lower-case group of at most
# twelve words ("các sở", "ban", "các tổ chức chính trị - xã hội tỉnh").
_GROUP_RE = re.compile(
    # "Bộ, ngành, Ủy ban nhân dân cấp tỉnh có trách nhiệm …": a bare head is a group too ("chỉ đạo các Phòng,
    # Ban chức năng, UBND các phường …", "yêu cầu các Sở, Ban, Ngành, Đoàn thể và UBND các huyện …", "phối hợp
    # với các Sở, Ban, Ngành cấp tỉnh, Ủy ban nhân dân các huyện …")
    # (a company listed among the agencies, no agency itself: "Giao Giám đốc Sở Công Thương, Giám đốc Công ty TNHH
    # Xuân Chính, Chủ tịch UBND thành phố Vị Thanh phối hợp …")
    rf"(?:(?:Giám đốc[^\S\n]+)?Công ty[^\S\n][^,;.:\n]{{1,80}}?(?=[^\S\n]*(?:,|;|\bvà\b))|"
    # (the inspectorates of every ministry and locality: "Thanh tra Chính phủ, Thanh tra các Bộ, ngành, địa phương thực
    # hiện nghiêm …", CT 11/CT-TTg)
    rf"Thanh[^\S\n]+tra[^\S\n]+các[^\S\n]+[Bb]ộ,[^\S\n]*ngành(?:,[^\S\n]*địa[^\S\n]+phương)?(?![\w])|"
    # the associations the party and the state give tasks ("các Hội được Đảng, Nhà nước giao nhiệm vụ trên địa bàn
    # Thành phố"), whose words read as a verb
    rf"(?:[Cc]ác[^\S\n]+)?[Hh]ội(?:[^\S\n]+quần[^\S\n]+chúng)?[^\S\n]+(?:được|do)[^\S\n]+Đảng(?:,|[^\S\n]+và)[^\S\n]*Nhà[^\S\n]+nước"
    rf"[^\S\n]+giao[^\S\n]+nhiệm[^\S\n]+vụ(?:[^\S\n]+(?:trên[^\S\n]+địa[^\S\n]+bàn|ở|cấp)[^\S\n]+\w+(?:[^\S\n]+phố)?)?"
    rf"(?=[^\S\n]*(?:,|;|:|\bvà\b))|"
    rf"(?:Các |các )?(?:Bộ|Sở|Ban|Ngành|Vụ|Cục|Viện|Phòng|Đoàn thể)(?:[^\S\n]+(?:chức năng|chuyên môn|cấp tỉnh|cấp huyện|tỉnh|huyện))?"
    # a committee's standing body by its role alone ("yêu cầu Cơ quan Thường trực BCĐ, các cơ quan liên quan và …")
    rf"(?=[^\S\n]*(?:,|\bvà\b))|[Cc]ơ quan[^\S\n]+[Tt]hường trực[^\S\n]+(?:BCĐ|Ban [Cc]hỉ đạo)(?=[^\S\n]*(?:,|\bvà\b))|(?:Các[^\S\n]+|Những[^\S\n]+)?(?!{_CAP}|\d+/|{_OTHERS_PART})"
    # ("các Sở, ngành liên quan bao gồm Ngân hàng nhà nước tỉnh; …": the group, then the agencies it includes)
    # (or after a colon: "phối hợp với các cơ quan chức năng: Sở Y tế, Bộ Chỉ huy quân sự tỉnh, …")
    rf"(?:(?!\({_CAP})[^\s,;.:]++[^\S\n]*){{1,12}}?(?:(?P<including>(?:(?<![^\s])(?:bao[^\S\n]+)?gồm[^\S\n]*:?|(?<=[^\W\d])(?P<colon>:))[^\S\n]*(?={_CAP}))|"
    rf"(?=,|;|\.|\bvà\b|$|\({_CAP})))"
)
_MAX_GROUPS = 5
_OPEN_BRACKET_RE = re.compile(r"[^\S\n]*\([^\S\n]*")
_PLURAL_GROUP_RE = re.compile(r"(?:[Cc]ác|[Nn]hững)[^\S\n]+\w")


# The head of an agency stands for it: "Bộ trưởng Bộ Y tế", "Chánh án Tòa án
# nhân dân tối cao", "Chủ tịch Ủy ban nhân dân cấp tỉnh".
_TITLE_RE = re.compile(
    # (the central bank's governor: "Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo …")
    # (the party secretary for the committee: "Bí thư Tỉnh ủy", "Bí thư, Chủ tịch Ủy ban nhân dân các tỉnh …")
    # (addressed as a comrade: "Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: …")
    r"(?:Đồng chí[^\S\n]+)?(?:Bí thư|Bộ trưởng|Thứ trưởng|Viện trưởng|Chánh án|Chủ tịch|Giám đốc|Cục trưởng|Vụ trưởng|Tổng cục trưởng|Thống đốc|"
    r"Chánh Văn phòng|Chánh(?=\s+Thanh tra\s+(?:tỉnh|huyện|thành phố|Bộ|Sở)\b)|Thủ trưởng|Trưởng ban|Tư lệnh|Chỉ huy trưởng|Chủ nhiệm|Trưởng(?=\s+(?:Ban|[Pp]hòng)\b)|Lãnh đạo|lãnh đạo(?=\s+(?:UBND|Ủy ban|Sở|Phòng|Ban)\b)|"
    # "Đại diện Thường trực Hội đồng nhân dân trình bày tờ trình": who speaks for the body
    r"Đại diện(?=\s+" + _CAP + r"))"
    # "Bộ trưởng, Chủ nhiệm ủy ban Bảo vệ và Chăm sóc trẻ em Việt Nam": two titles of one head
    r"(?:,\s+(?:Chủ nhiệm|Trưởng ban|Chủ tịch|Giám đốc|Thủ trưởng))?\s+(?=\S)"
)


_ALL_OF_RE = re.compile(r"[Cc]ác[^\S\n]+(?=\S)")
_LOWER_TITLE_RE = re.compile(r"(?:giám đốc|thủ trưởng|chủ tịch|lãnh đạo)[^\S\n]+(?=\S)")
# a person's name after a title and a place level: a family name, "Văn" or "Thị", a given name
_HOLDER_NAME_RE = re.compile(
    r"(?:(?<=\stỉnh)|(?<=\shuyện)|(?<=\sxã)|(?<=\squận)|(?<=\sphường)|(?<=\sphố)|(?<=\strấn))[^\S\n]+(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ"
    r"|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đào|Trịnh|Mai|Lương|Tạ|Hà|Cao|Lâm|Tô|Trương|Nông|Lò|Hứa)[^\S\n]+"
    # ("Chủ tịch UBND thành phố Nguyễn Minh Bình": any middle name, three names in all)
    r"(?:Văn|Thị|" + _CAP + _LOW + r"*)[^\S\n]+" + _CAP + _LOW + r"+$")


# a unit named right before the body it belongs to, with no "thuộc" or dash between
_UNIT_HEAD_RE = re.compile(r"(?:Phòng|Đội|Trạm|Trại|Chi cục|Trung tâm|Văn phòng)[^\S\n]")
# (a police unit's after a dash or a comma too, "Phòng Tham mưu - Công an tỉnh", "Phòng An ninh chính trị nội bộ,
# Công an tỉnh": "Phòng Tư pháp, Công an huyện", "Văn phòng UBND tỉnh – Công an tỉnh – Thanh tra tỉnh" list bodies)
_PARENT_AFTER_RE = re.compile(rf"(?:[^\S\n]+|(?P<sep>[^\S\n]+[-–][^\S\n]+|,[^\S\n]*))(?=(?:Công an|Bộ Chỉ huy|Ban Chỉ huy|Sở)[^\S\n])"
                              rf"{_ONE_AGENCY}")
_POLICE_UNIT_RE = re.compile(r"(?:Phòng|Đội)[^\S\n]+(?:An ninh|Cảnh sát|Tham mưu|PA\d|PC\d)")


# ("yêu cầu các thành viên Ban điều hành Hệ thống bảo vệ chăm sóc trẻ em tỉnh, …": the members, of any kind, after "các")
_MEMBERS_RE = re.compile(r"(?:(?P<kind>cơ quan|đơn vị|sở,[^\S\n]*(?:ban,[^\S\n]*)?ngành|(?<!sở, )(?<!ban, )ngành)[^\S\n]+|(?<=[Cc]ác ))thành viên[^\S\n]+"
                         r"(?:của[^\S\n]+)?(?=(?:Ban|BCĐ|Hội đồng|Ủy ban)[^\S\n])")


_SHORT_NUMBER_RE = re.compile(r"[^\S\n]*\([A-ZĐ]{2,}\)[^\S\n]*\d+(?:/[\w-]+)?(?:[^\S\n]+(?:tỉnh|huyện|thành phố|thị xã|xã))?")


_PROVINCE_BODY_RE = re.compile(PROVINCE_BODY)
_LOWER_NAMED_PLACE_RE = re.compile(rf"\b(?!{PROVINCE_BODY})(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)[^\S\n]+{_CAP}")
_MINISTRY_RE = re.compile(rf"Bộ[^\S\n]+(?i:{_FIELD_RE})")
_LOST_COMMA_RE = re.compile(rf"[^\S\n]+(?=(?:các[^\S\n]+)?(?:tỉnh|thành phố)[^\S\n]+{PROVINCE_NAME})")
_MINISTRY_AT_PLACE_RE = re.compile(rf"({_MINISTRY_RE.pattern})[^\S\n]+(?:các[^\S\n]+)?(?:tỉnh|thành phố)[^\S\n]")


def agency_span(text: str, pos: int = 0) -> tuple[str, int] | None:
    """(agency, end) of the agency named at ``pos`` in ``text``, a title
    before it skipped ("Bộ trưởng Bộ Y tế" names Bộ Y tế), or None. "các"
    before a name is skipped too ("các phòng Lao động Thương binh và Xã hội").
    Inside :func:`find_duties`, a short form the text defines ("Trung tâm")
    names its full agency."""
    every = _ALL_OF_RE.match(text, pos)
    if every:
        pos = every.end()
    members = _MEMBERS_RE.match(text, pos)
    body = _AGENCY_RE.match(text, members.end()) if members else None
    if body:  # "các cơ quan thành viên Ban Chỉ đạo 389 tỉnh": the members of a committee, one group of bodies
        # ("… Ban Chỉ đạo (BCĐ) 1237 tỉnh": its short name, its number and level after it)
        numbered = _SHORT_NUMBER_RE.match(text, body.end())
        end = numbered.end() if numbered else body.end()
        return f"{members.group('kind') or 'các'} thành viên {text[body.start():end]}", end
    # (in lower case too, as reports write it: "UBND tỉnh giao chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo …")
    title = _TITLE_RE.match(text, pos) or _LOWER_TITLE_RE.match(text, pos)
    m = _AGENCY_RE.match(text, title.end()) if title else None
    person = _HOLDER_NAME_RE.search(m.group(0)) if m else None
    if person:  # "Chủ tịch UBND huyện Phạm Văn Thịnh chỉ đạo …": the holder's name, not the place's
        return m.group(0)[:person.start()], m.start() + person.start()
    # "Chủ tịch nước" is an office of its own, not the head of "nước"
    m = m or _AGENCY_RE.match(text, pos)
    ministry = _MINISTRY_AT_PLACE_RE.match(m.group(0)) if m else None
    if ministry:  # "Bộ Xây dựng, Bộ Quốc phòng các tỉnh Ninh Bình, …" (a comma lost): a ministry is of no province
        return ministry.group(1), m.start() + ministry.end(1)
    parent = _PARENT_AFTER_RE.match(text, m.end()) if m and _UNIT_HEAD_RE.match(m.group(0)) else None
    if parent and parent.group("sep") and not _POLICE_UNIT_RE.match(m.group(0)):
        parent = None
    if parent:  # "Phòng Cảnh sát hình sự Công an tỉnh", "Đội Cảnh sát giao thông Công an huyện": the unit of its body
        return m.group(0) + parent.group(0), parent.end()
    short = _SHORT_FORMS.get()
    if m:
        # ("Ban Chỉ đạo" read as a name, where the text defined it as the short form of its committee)
        full = short[1].get(m.group(0)) if short is not None else None
        return (full or m.group(0)), m.end()
    if short is not None:
        m = short[0].match(text, title.end() if title else pos) or short[0].match(text, pos)
        if m:
            return short[1][m.group(0)], m.end()
    return None


# "Trung tâm trợ giúp pháp lý nhà nước (sau đây gọi tắt là Trung tâm), Chi
# nhánh của Trung tâm (sau đây gọi tắt là Chi nhánh)": short forms a text
# defines for bodies, used after that in place of the name.
_DEFINITION_RE = re.compile(
    # (also without "sau đây": "Ban Chỉ đạo thực hiện các chính sách … (gọi tắt là Ban Chỉ đạo)")
    r"[^\S\n]*\((?:(?:sau đây|dưới đây)[^\S\n]+)?gọi(?:[^\S\n]+(?:tắt|chung))?[^\S\n]+là[^\S\n]+(?P<short>[^()\n;]{1,60}?)\)"
)
_BRACKET_SHORT_RE = re.compile(rf"[^\S\n]*\((?P<short>{_CAP}[^()\n;,]{{2,40}}?)\)")
_BODY_HEAD_RE = re.compile(
    r"(?:Trung tâm|Chi nhánh|Hội đồng|Ban|Tổ|Cơ quan|Cục|Tổng cục|Sở|Bộ|Ủy ban|Văn phòng|Đoàn|Hội|Phòng|Vụ)(?![\w])"
)
_SHORT_FORMS: contextvars.ContextVar[tuple[re.Pattern, dict[str, str]] | None] = contextvars.ContextVar(
    "short_forms", default=None)


def short_forms(text: str) -> dict[str, str]:
    """The short forms ``text`` defines for bodies: {short: full name}.

    >>> short_forms("d) Trung tâm trợ giúp pháp lý nhà nước (sau đây gọi tắt là Trung tâm), "
    ...             "Chi nhánh của Trung tâm (sau đây gọi tắt là Chi nhánh);")["Chi nhánh"]
    'Chi nhánh của Trung tâm trợ giúp pháp lý nhà nước'
    """
    found: dict[str, str] = {}
    for m in _DEFINITION_RE.finditer(text):
        short = m.group("short").strip()
        if not short[:1].isupper() or short in found:
            continue
        start = max(text.rfind(sep, 0, m.start()) for sep in "\n,;:(") + 1
        own = text.rfind(short, max(0, m.start() - 300), m.start())
        if own >= 0 and own < start and "\n" not in text[own:m.start()]:
            if not (_BODY_HEAD_RE.match(short) or agency_at(short)):
                # "“Tháng hành động vì bình đẳng giới …” năm 2025 (sau đây gọi tắt là Tháng hành động)": a
                # campaign's short name, not a body's
                continue
            if _lower_tail(text[own + len(short):m.start()]):
                # "Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm (gọi tắt là Ủy ban Quốc gia)": the name's
                # first words, the rest in lower case (what it is for, commas and all)
                found[short] = canonical_agency(text[own:m.start()].strip())
                continue
            if len(short.split()) >= 3:
                # "Trung tâm đăng ký giao dịch, tài sản của Cục … (sau đây gọi là Trung tâm đăng ký giao
                # dịch, tài sản)": the text's own name for the body, the rest says whose it is or what it does
                found[short] = canonical_agency(short)
                continue
            # a bare head ("Trung tâm tư vấn, hỗ trợ hôn nhân … (sau đây gọi là Trung tâm)"): the whole
            # name it stands for, commas and all
            start = own
        elif own >= start and "\n" not in text[own:m.start()]:
            # the name begins inside its clause ("… quan hệ công tác của Ban Chỉ đạo Nhà nước về Du lịch (gọi
            # tắt là Ban Chỉ đạo)"): from its own head
            start = own
        full = _ITEM_MARK_RE.sub("", text[start:m.start()].strip()).strip()
        for known, name in found.items():  # "Chi nhánh của Trung tâm": the short form defined before
            full = re.sub(rf"(?<![\w]){re.escape(known)}(?![\w])", name, full)
        if _BODY_HEAD_RE.match(full) and full != short and len(full.split()) <= 20:
            found[short] = canonical_agency(full)
    # "Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm (Ủy ban Quốc gia)": the name's own first words in
    # brackets, the rest of it in lower case (what the body is for)
    for m in _BRACKET_SHORT_RE.finditer(text):
        short = m.group("short")
        own = text.rfind(short, max(0, m.start() - 200), m.start())
        if short not in found and own >= 0 and _BODY_HEAD_RE.match(short) and _lower_tail(text[own + len(short):m.start()]):
            found[short] = canonical_agency(text[own:m.start()].strip())
    # "thành lập Tổ công tác liên ngành …" then "Tổ công tác có nhiệm vụ …": a working group named once in full,
    # then by its head alone
    for head in _TEAM_HEADS:
        fulls = {m.group(0) for m in re.finditer(rf"{head}{_TEAM_TAIL}", text) if _lower_tail(m.group(0)[len(head):])}
        if head not in found and len(fulls) == 1:
            found[head] = canonical_agency(fulls.pop())
    return found


_TEAM_HEADS = ("Tổ công tác", "Tổ giúp việc")
# (not what the group does: "Tổ giúp việc làm việc theo chế độ kiêm nhiệm", "Tổ giúp việc triển khai Đề án")
_TEAM_TAIL = (r"(?:[^\S\n]+(?!(?:để|của|và|có|là|do|thuộc|gồm|trong|tại|về|với|theo|nhằm|được|phải|cho|còn|cũng|sẽ|đã|đang|cần)\b)"
              rf"(?!{_NAME_STOP})" + _LOW + r"+){1,4}")


def _lower_tail(tail: str) -> bool:
    """Whether ``tail`` goes on a name in lower case on one line: what the
    body is for (acronyms such as "AIDS" allowed), no capitalised word that
    would start another name, no verb telling what it does ("Hội đồng thẩm
    định trung ương xét, đề nghị công nhận …")."""
    return bool(tail.strip()) and "\n" not in tail and "(" not in tail and not re.search(
        rf"(?<![\w]){_CAP}{_LOW}", tail) and not _VERB_INSIDE_RE.search(" " + tail)


def _short_form_pattern(text: str) -> tuple[re.Pattern, dict[str, str]] | None:
    found = short_forms(text)
    if not found:
        return None
    alternation = "|".join(re.escape(s) for s in sorted(found, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})(?![\w])"), found


def agency_at(text: str, pos: int = 0) -> str | None:
    """The agency named at ``pos`` in ``text``, or None.

    >>> agency_at("Sở Ngoại vụ tham mưu xử lý")
    'Sở Ngoại vụ'
    >>> agency_at("Bộ trưởng Bộ Y tế quy định")
    'Bộ Y tế'
    >>> agency_at("Ban hành, triển khai đề án") is None
    True
    """
    span = agency_span(text, pos)
    return span[0] if span else None


# An agency heading: "Công an tỉnh", "Sở Ngoại vụ: chủ động …".
def _is_agency_heading(heading: str) -> bool:
    return agency_at(heading) is not None


# Sentence forms: "Giao Công an tỉnh theo dõi", "giao Cục … là cơ quan thường trực".
# "giao Công an tỉnh …", "Giao chỉ tiêu điều trị cai nghiện ma túy năm 2018 cho Ban chỉ đạo 138 …"
# (not "bàn giao", "chuyển giao", handing over)
_GIAO_RE = re.compile(
    # ("Giao trách nhiệm Phòng Tài nguyên và Môi trường thị xã phối hợp …")
    # ("giao trách nhiệm cụ thể cho Sở Y tế là cơ quan thường trực …")
    r"(?<!bàn )(?<!Bàn )(?<!chuyển )(?<!Chuyển )(?<!Ngoại )(?<!được )\b[Gg]iao\s+(?:trách nhiệm\s+(?:cụ thể\s+)?(?:cho\s+)?)?"
    r"(?:(?P<target>(?:chỉ tiêu|nhiệm vụ|kế hoạch)[^.;:\n]{0,120}?\s+)?"
    # (a group may come first: "giao thủ trưởng các cơ quan, đơn vị liên quan, UBND các huyện …")
    rf"cho\s+)?(?=(?:[Cc]ác\s+)?(?:{_TITLE_RE.pattern})?{_AGENCY_RE.pattern}|(?:thủ trưởng\s+)?các\s)")
# what the agencies given a task are told: a verb in lower case, or their role
_GIAO_TASK_RE = re.compile(r"(?:là\b|(?:để\s+)?(?!(?:cho|và|của|về|tại|trong|theo(?! dõi)|với|các|năm|ngày|từ|đến|số)\b)"
                           + _LOW + ")")
# A clause led by its agency: "Bộ Y tế chủ trì, phối hợp với các bộ …",
# "- Sở Tư pháp là cơ quan thường trực …" (at a line or clause start, after a point's number: "(3) Bộ Công an …").
_CLAUSE_START_RE = re.compile(
    # (and the main clause after a condition: "…, thì Thường trực Hội đồng Dân tộc … thực hiện")
    r"(?:^|(?<=[:;]\s)|(?<=\.\s)|(?<=\|\s)|(?<=\sthì\s)|(?<=,\strong khi\s)|(?<=\sđể\s)(?<!kiện để )(?<!lợi để ))[“\"]?(?:[-+•]\s*|[a-zđ]\)\s*|\(?\d{1,2}\)\s*|\d+\.\s+)?(?:(?:Hằng|Hàng) (?:năm|quý|tháng),\s*|Định kỳ(?: \d+ (?:năm|tháng))?,?\s+|(?:Vì vậy|Do đó|Vì thế|Theo đó|Bên cạnh đó|Ngoài ra|Đồng thời|Cùng với đó|Sau đó|Trước mắt|"
    # (the points of a leader's list: "Thứ hai, Bộ Thông tin và Truyền thông, … phối hợp chặt chẽ với Bộ Y tế …")
    r"Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là|"
    # (one body set apart: "Riêng Sở Tư pháp có trách nhiệm tham mưu …")
    r"Riêng|"
    # ("Kết thúc hoạt động hè, Đoàn TNCS Hồ Chí Minh tỉnh tham mưu …": when)
    r"(?:Trong )?[Tt]hời gian tới|Kết thúc [^,.;:\n]{1,40}|Sau khi [^,.;:\n]{1,60}|"
    # (on whose word: "Theo quyết định của UBND TP.HCM, Sở LĐ-TB&XH TP.HCM chịu trách nhiệm …")
    r"Theo (?:quyết định|kế hoạch|chỉ đạo|yêu cầu|chỉ thị|văn bản|công văn)(?: (?:số|của) [^,;:\n]{1,60}?)?(?=,)),?\s+)?",
    re.M
)
# What an agency leading a clause is told to do: "Bộ Y tế chủ trì, …",
# "Chính phủ quy định chi tiết …", "Ủy ban nhân dân cấp tỉnh có trách nhiệm …".
# verbs of plans and of the bodies of justice ("Viện kiểm sát thực hành quyền công tố, kiểm sát …")
_MORE_VERBS = (
    "thực hành|kiểm sát|thẩm tra|xử lý|giải quyết|điều tra|truy tố|xét xử|hỗ trợ|tuyên truyền|phổ biến|thành lập|"
    "bồi dưỡng|đào tạo|vận động|huy động|phân bổ|công bố|phát động|tiếp tục|thu thập|lồng ghép|phát hiện|"
    "ngăn chặn|đấu tranh|tổng kết|sơ kết|tư vấn|chăm sóc|hủy|định giá|định khung giá|đẩy mạnh|kiểm soát|"
    "quán triệt|tập trung|mở|nắm bắt|nắm|bổ sung|động viên|lựa chọn|đẩy nhanh|hoàn thành|thống nhất(?=\\s+với)|làm rõ|"
    "tiếp âm|phát sóng|đăng tải|bám sát|quan tâm|đổi mới|sẵn sàng|nhắc nhở|cập nhật|có kế hoạch|nâng cao|quan trắc|"
    "thống kê|vận hành|điều tiết|tập huấn|khảo sát|xác minh|kiểm điểm|chăm lo|giải ngân|chi trả|khắc phục|ứng phó|duy trì|"
    "kiện toàn|củng cố|hoàn thiện|chuẩn bị|cụ thể hóa|làm việc(?=\\s+với\\b)|"
    # ("Đề nghị Kiểm toán Nhà nước và các cơ quan chức năng tạo điều kiện thuận lợi …", "… có biện pháp động viên …")
    "tạo điều kiện|có biện pháp|kết hợp(?=\\s+với\\b)|"
    # (a party body's pair: "Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo các cấp ủy đảng …", CT 21/CT-TTg)
    "lãnh đạo(?=,?[^\\S\\n]+chỉ đạo\\b)|"
    # (informing, a noun too: "Báo Khánh Hòa, Đài Phát thanh - Truyền hình Khánh Hòa thông tin, tuyên truyền rộng rãi")
    # ("Đài Truyền hình Việt Nam, … kịp thời thông tin về tình hình mưa lũ": after a word of manner)
    "thông tin(?=,?[^\\S\\n]*(?:tuyên truyền|kịp thời|rộng rãi)\\b)|(?<=kịp thời )thông tin|(?<=thường xuyên )thông tin"
)
_DUTY_VERB_RE = re.compile(
    # ("Ban Chỉ đạo có chức năng giúp UBND TP triển khai Đề án"; "Sở … là cơ quan Thường trực của Ban Chỉ đạo")
    # ("… và UBND huyện Tam Đường có chung trách nhiệm là xây dựng kế hoạch …": a duty shared)
    r"\s*(?:có (?:chung )?trách nhiệm|chịu trách nhiệm|có nhiệm vụ|có chức năng|là (?:cơ quan |bộ phận |đơn vị )?(?:chủ trì|[Tt]hường trực|đầu mối|tham mưu)|làm đầu mối|"
    r"là (?:cơ quan|đơn vị) được giao(?: nhiệm vụ)?|"
    # ("Phòng Kinh tế Chủ trì phối hợp với …": the role capitalised, on the agency's line)
    r"chủ trì|(?<=[^\S\n])Chủ trì|hợp tác|"
    r"phối hợp|thực hiện|tổ chức|quy định|hướng dẫn|ban hành|xây dựng|thông báo|kiểm tra|báo cáo|quyết định|"
    r"phê duyệt|trình|chỉ đạo|thống nhất quản lý|bảo đảm|đảm bảo|theo dõi|đôn đốc|tiếp nhận|xem xét|cung cấp|"
    r"bố trí|lập|thẩm định|đánh giá|nghiên cứu|tham mưu|giúp|triển khai|rà soát|hạch toán|gửi|"
    # (not a level: "các đoàn thể cấp phường phối hợp …")
    r"(?<!cùng )cấp(?![^\S\n]+(?:tỉnh|huyện|xã|phường|quận|thị|[Tt]rung ương|cơ sở|trên|dưới|ủy|bộ|sở|vùng)\b)|"
    r"có thẩm quyền|tham gia|giám sát|tổng hợp|chuyển|quản lý|điều hành|đề nghị|đề xuất|biên soạn|tiến hành|tăng cường|"
    + _MORE_VERBS + r")\b"
)
# "tỷ giá do Ngân hàng Nhà nước Việt Nam công bố": after "do", only the verbs
# that assign (not the ones that describe what a body usually does)
_DONE_BY_VERB_RE = re.compile(_DUTY_VERB_RE.pattern.replace("|" + _MORE_VERBS, ""))
# (the verb is no noun's word: "các cơ quan quản lý nhà nước có liên quan khác có trách nhiệm …")
# (not what others do with the agency before, see _OTHERS_PART)
_GROUP_TO_VERB_RE = re.compile(rf"(?!{_CAP}|{_OTHERS_PART})(?:[^\s,;.]++[^\S\n]*){{1,12}}?(?=(?<!các )(?<!những )(?<!cơ quan )"
                               + _DUTY_VERB_RE.pattern + ")")
# "… , trong phạm vi nhiệm vụ, quyền hạn của mình, có trách nhiệm …": the
# scope an agency acts within, between it and its verb.
# ("theo phạm vi chức năng, nhiệm vụ được giao")
_SCOPE_PREFIX = r",?\s*(?:trong phạm vi|theo(?:\s+phạm vi)?|căn cứ(?: vào)?)\s+(?:[Kk]ế hoạch(?: này)?\s+và\s+)?"
# "… của mình", "… được phân công", "… của đơn vị, địa phương mình"
_SCOPE_SUFFIX = (r"(?:\s+(?:của mình|được giao|được phân công|của (?:đơn vị|cơ quan|ngành|địa phương)"
                 r"(?:,\s*(?:đơn vị|cơ quan|ngành|địa phương))*(?:\s+mình)?))?,?"
                 # ("căn cứ chức năng, nhiệm vụ để tổ chức triển khai …")
                 r"(?:\s+để(?=\s))?")
_SCOPE_WORD = r"(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền)"
_SCOPE_RE = re.compile(
    # ("căn cứ chức năng, thẩm quyền, nhiệm vụ được giao")
    _SCOPE_PREFIX + _SCOPE_WORD + r"(?:,?\s*(?:và\s+)?" + _SCOPE_WORD + r"){1,3}" + _SCOPE_SUFFIX
    # ("theo chức năng hướng dẫn thực hiện": one word of it)
    + r"|,?\s*theo\s+" + _SCOPE_WORD + _SCOPE_SUFFIX
)
# "Các Bộ: Nội vụ, Công an, Quốc phòng và Y tế": ministries by their fields
# ("Giám đốc các Sở: Văn hóa, Thể thao và Du lịch; Kế hoạch và Đầu tư; Tài chính": the fields parted by ";", but not
# the police after them: "Các sở: Y tế, GD&ĐT; Công an tỉnh; …")
# ("Các Bộ, cơ quan: Tài chính, Xây dựng, …": the ministries and the agencies of ministerial rank, by their fields)
_FIELD_LIST_RE = re.compile(
    rf"(?:[Cc]ác\s+)?(?P<head>[Bb]ộ|[Ss]ở)(?:(?:,\s*cơ quan)?\s*:|(?:(?<=ác Bộ)|(?<=ác Sở)|(?<=ác sở),\s*ngành)(?=\s+(?i:{_FIELD_RE})\s*,\s*(?i:{_FIELD_RE})))\s*(?P<fields>(?i:{_FIELD_RE})(?:\s*(?:,|;(?!\s*(?:Công an|Quốc phòng)\b)|\bvà\b)\s*(?i:{_FIELD_RE}))*)(?![\w])"
)
_FIELD_ONLY_RE = re.compile(_FIELD_RE, re.I)
# A ministry's departments by their names after "các Cục:" ("Các Cục: Di sản văn hóa, Bản quyền tác giả"; parted
# by ";" where a name holds a comma: "Các Cục: Bản quyền tác giả; …; Xuất bản, In và Phát hành; Báo chí"), the state
# groups likewise ("các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội")
_UNIT_NAME = rf"{_CAP}{_LOW}*(?:(?:[^\S\n]+(?:và[^\S\n]+)?|[^\S\n]+-[^\S\n]+)(?:{_CAP}{_LOW}*|(?!{_NAME_STOP}){_LOW}+)){{0,8}}"
_UNIT_LIST_RE = re.compile(
    rf"[Cc]ác[^\S\n]+(?P<head>Cục|Vụ|Tập đoàn)[^\S\n]*:[^\S\n]*(?P<items>{_UNIT_NAME}(?:,[^\S\n]*{_UNIT_NAME})*"
    rf"(?:(?P<semi>;)[^\S\n]*{_UNIT_NAME}(?:,[^\S\n]*{_UNIT_NAME})*)*)(?=[^\S\n]*(?:[.|\n]|$)|[^\S\n]+{_NAME_STOP})")
# The agencies a document is sent to, or whose opinion is asked, take part:
# "gửi bộ hồ sơ … đến Bộ Công an, Bộ Tài chính", "lấy ý kiến tham gia của …".
_ADDRESSEE_RE = re.compile(
    r"\b(?:gửi\b[^.;:\n]{0,150}?\s(?:đến|tới)|lấy ý kiến(?:\s+tham gia)?(?:\s+của)?)\s+"
)
# Plan items as fields: "- Đơn vị chủ trì: …", "- Cơ quan phối hợp: …".
_ROLE_LINE_RE = re.compile(
    # ("a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.")
    r"^[-+•]?\s*(?:\d+\.\s+|[a-zđ]\)[^\S\n]+)?(?:Các\s+)?(?:Đơn vị|Cơ quan|cơ quan|đơn vị)\s+(?P<role>chủ trì|phối hợp|thực hiện|chủ quản)"
    r"(?:\s+(?:Đề án|Dự án|Chương trình|Kế hoạch|thực hiện))?[^\S\n]*:[^\S\n]*(?P<list>[^\n]+)$", re.M
)
# the field on a line of its own, its agencies in the dashes below ("a) Cơ quan chủ trì" then "- Ban Chỉ đạo quốc gia.",
# "- Bộ Thông tin và Truyền thông; Ban Tuyên giáo Trung ương; Bộ Ngoại giao.")
_ROLE_BLOCK_RE = re.compile(
    r"^[-+•]?[^\S\n]*(?:\d+\.[^\S\n]+|[a-zđ]\)[^\S\n]+)?(?:Các[^\S\n]+)?(?:Đơn vị|Cơ quan|cơ quan|đơn vị)[^\S\n]+"
    r"(?P<role>chủ trì|phối hợp)[^\S\n]*:?[^\S\n]*\n(?P<list>(?:[^\S\n]*\n)*(?:[^\S\n]*[-+•][^\n]+\n(?:[^\S\n]*\n)*)+)", re.M
)
# the focal points a cooperation agreement names for each side ("Giao đầu mối của Bộ Tài chính: Tổng cục Thuế, Vụ
# Chính sách Thuế.", TB 08/TB-TCT; "đầu mỗi", "dau mối" as a scan reads them), up to what their partners are
_FOCAL_LINE_RE = re.compile(
    r"(?:^|(?<=[.;])[^\S\n]+)[-+•]?[^\S\n]*(?:\d+[^\S\n]+)?Giao[^\S\n]+(?:đơn vị[^\S\n]+)?[đd][âầa]u[^\S\n]+m[ốỗớôo]i"
    r"(?:[^\S\n]+(?:của|cua|thuộc)[^\S\n]+[^:\n]{3,80}?)?[^\S\n]*:[^\S\n]*"
    r"(?P<list>[^\n]+?)(?=[^\S\n]+(?:và[^\S\n]+)?có[^\S\n]+sự[^\S\n]+tham[^\S\n]+gia\b|[^\S\n]+là[^\S\n]|;|$)", re.M
)
_WHEN_RE = re.compile(r"^[-+•]?\s*Thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*([^\n]+)$", re.M)
# "Trách nhiệm của Bộ Công an", "Nhiệm vụ, quyền hạn của Cục …": an article
# whose every clause is a duty of the agency its heading names.
# (a coordination regulation's articles: "Nội dung Công an tỉnh có trách nhiệm chủ trì", "Nội dung Sở Xây dựng phối
# hợp", and what it asks of the bodies it does not govern: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
_RESPONSIBILITY_HEADING_RE = re.compile(
    r"^(?:(?:Trách nhiệm|Nhiệm vụ(?:,? quyền hạn)?|Nhiệm vụ và quyền hạn)\s+(?:của|đối với)\s+(?P<agency>.+)"
    r"|Nội dung\s+(?:(?:của|do)\s+)?(?P<content_of>.+?)\s+(?:(?:có|chịu) trách nhiệm\s+)?(?P<role>chủ trì|phối hợp)"
    r"(?:\s+thực hiện)?|Đề nghị\s*:?\s+(?P<asked>.+))$"
)
# "phối hợp với Công an tỉnh, Sở Ngoại vụ": the partners named in a task.
# (not "sự phối hợp của …", whose coordination a text speaks of)
# ("thống nhất với X": agreeing with it is taking part, as the readers of sets 13 and 15 read it)
# ("Sở Công Thương chủ trì, cùng với Ban Chỉ huy …, Sở Nông nghiệp và PTNT …": the lead's partners)
# ("trách nhiệm phối hợp giữa Văn phòng UBND tỉnh với Văn phòng Tỉnh ủy, …": the parties of a coordination, each)
# (and the partners of a lead, named after it: "… chủ trì tiểu đề án …, cùng sự phối hợp Sở Tư pháp, …", "với sự
# phối hợp của …")
_PARTNERS_RE = re.compile(r"(?<!sự )\b(?:[Pp]hối hợp(?:\s+(?:chặt chẽ|tốt))?(?:\s+với|\s+cùng(?:\s+với)?|\s+(?P<between>giữa))?|thống nhất\s+với|"
                          r"(?<=chủ trì),?\s*cùng(?:\s+với)?|(?:với|cùng)\s+sự\s+phối hợp(?:\s+của)?(?=\s+[A-ZĐỦ])"
                          # ("Giao đầu mối của Bộ Tài chính: Cục Quản lý giá và có sự tham gia của Tổng cục Hải quan")
                          r"|(?:với|có|cùng)\s+sự\s+tham gia(?:\s+phối hợp)?\s+của(?=\s+[A-ZĐỦ])"
                          # ("Chỉ đạo Sở Tư pháp kết hợp với Công an tỉnh và Sở Y tế thực hiện …", CV 6087/BYT-TB-CT)
                          r"|[Kk]ết hợp\s+với(?=\s+[A-ZĐỦ]))\s+(?!của\b)")

_DEADLINE_RES = (
    re.compile(r"(?:trước|chậm nhất|trong)\s+ngày\s+\d{1,2}(?:/\d{1,2}(?:/\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)(?:\s+(?:hằng|hàng)\s+năm)?", re.I),
    # "trước tháng 10 hằng năm" (Luật 24/2018/QH14), "vào cuối quý IV năm 2005" (Chỉ thị 17/2005/CT-TTg),
    # "từ ngày 01/6/2023 đến ngày 30/6/2023"
    re.compile(r"(?:trước|chậm nhất|trong)\s+tháng\s+\d{1,2}(?:/\d{4}|\s+năm\s+\d{4})?(?:\s+(?:hằng|hàng)\s+năm)?", re.I),
    re.compile(r"(?:(?:vào|trong)\s+)?(?:(?:cuối|đầu|giữa)\s+)?quý\s+(?:[IV]+|\d)(?:/\d{4}|\s+năm\s+\d{4})", re.I),
    re.compile(r"từ\s+ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s*(?:đến|[-–])\s*(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?", re.I),
    re.compile(r"định kỳ\s+(?:\d+\s+tháng|hằng quý|hàng quý|hằng năm|hàng năm|6 tháng)(?:[^,.;]{0,40}?(?:hằng|hàng)\s+năm)?", re.I),
    re.compile(r"(?:hằng|hàng)\s+(?:năm|quý|tháng)", re.I),
    re.compile(r"trong\s+(?:quý\s+[IV]+|năm\s+\d{4})(?:\s+năm\s+\d{4})?", re.I),
    re.compile(r"định kỳ", re.I),
)


# "Nơi nhận: - Như Điều 3; - Tòa án nhân dân tối cao; …": the recipients
# of the document, not agencies given a task.
_RECIPIENTS_RE = re.compile(r"^[^\S\n]*Nơi nhận\s*:.*(?:\n[^\S\n]*[-–+•].*)*", re.M)


def _blank(m: re.Match) -> str:
    """The matched text as spaces (newlines kept), so offsets stay valid."""
    return re.sub(r"[^\n]", " ", m.group(0))


def find_duties(text: str, sections: list[Section]) -> list[Duty]:
    """Every duty the text assigns, in reading order.

    Its sources: plan items and khoản headed by an agency, "Giao <agency> …"
    sentences, clauses led by agencies ("<agency> chủ trì …", "<agencies>
    có trách nhiệm:" and numbered items), articles headed "Trách nhiệm của
    <agency>", plan items with "Đơn vị chủ trì: …" fields, "do <agency>
    <verb>", the agencies a file is sent to or asked for an opinion, and the
    partners a task names ("phối hợp với Công an tỉnh, Sở Ngoại vụ"). The
    recipients block ("Nơi nhận:") assigns nothing.

    Args:
        text: the cleaned text the sections point into.
        sections: its sections (``kb.ingest.structure.find_sections``).
    """
    token = _SHORT_FORMS.set(_short_form_pattern(text))
    try:
        return _find_duties(text, sections)
    finally:
        _SHORT_FORMS.reset(token)


def _find_duties(text: str, sections: list[Section]) -> list[Duty]:
    text = _RECIPIENTS_RE.sub(_blank, text)
    # the scope phrase ("trong phạm vi nhiệm vụ, quyền hạn của mình") blanked out, offsets kept, so that
    # an agency's list runs on to its verb
    masked = _SCOPE_RE.sub(_blank, text)
    duties = (
        _standing_bracket_duties(text, sections) + _bracket_list_duties(text, sections)
        + _heading_duties(text, sections) + _responsibility_duties(text, sections) + _table_duties(text, sections)
        + _sentence_duties(text, masked, sections) + _lead_duties(text, masked, sections)
        + _role_line_duties(text, sections)
        + _done_by_duties(text, sections) + _delegated_duties(text, sections)
        + _back_reference_duties(text, sections) + _function_duties(text, sections) + _topic_duties(text, sections)
        + _given_to_listed_duties(text, sections)
    )
    duties += [p for d in duties for p in _second_role_duties(text, d)]
    # (the roles of those documents are sent to are said outright: no second role read from the sender's words)
    duties += _addressee_duties(text, sections)
    duties += [p for d in duties for p in _partner_duties(d)]
    duties += _unled_partner_duties(text, sections, duties)
    if _PLACES_ABOVE_RE.search(text):  # (few texts refer back to the places they named)
        duties = [p for d in duties for p in _places_named_before(d, text)]
    duties.sort(key=lambda d: (d.start, d.role != "chủ trì"))
    return _dedupe_duties([d for d in duties if not _CLOSING_RE.search(d.task) and not (
        _RELATIVE_RE.search(d.agency) and d.role != "phối hợp")],
                          text)


# "… các Cơ quan quản lý Cơ sở dữ liệu hộ tịch điện tử trên địa bàn tỉnh (Sở Tư pháp, UBND các huyện, thành phố
# và UBND xã, phường, thị trấn) chính thức triển khai …": the bodies a bracket lists, told what the verb after it says
_LISTING_BRACKET_RE = re.compile(r"\(([^()\n]{5,250})\)[^\S\n]*(?:(?:chính thức|đồng loạt|cùng)[^\S\n]+)?")


def _bracket_list_duties(text: str, sections: list[Section]) -> list[Duty]:
    duties = []
    for m in _LISTING_BRACKET_RE.finditer(text):
        if not _DUTY_VERB_RE.match(text, m.end()):
            continue
        # (an "and others" closing it, its last unit named in lower case: "(Bộ Xây dựng, Bộ Thủy lợi, Tổng cục địa
        # chất...)", CT 299/TTg)
        listed = m.group(1).rstrip(" .…")
        agencies, end = _agency_list(listed, 0)
        last = _FIELD_HEAD_RE.fullmatch(listed, len(listed) - len(listed[end:].lstrip(" ,")))
        agencies += [canonical_agency(last.group(0))] if last and agencies else []
        if len(agencies) < 2 or (listed[end:].strip() and not last):
            continue
        rest = text[m.end():_clause_stop(text, m.end())]
        duties += _sentence_around(agencies, _told_role(rest), text, sections, m.start(), m.end())
    return duties


# "giao Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo 138 tỉnh) chủ trì …": the
# bracket after an agency names its standing role (the text may stop inside it)
_STANDING_BRACKET_RE = re.compile(
    r"[^\S\n]*\((?:là[^\S\n]+)?(?:[Cc]ơ quan[^\S\n]+)?[Tt]hường trực\b[^()\n]*\)?"
    # "Công an tỉnh - Thường trực Ban chỉ đạo Phòng, chống tội phạm … tỉnh chủ trì, phối hợp …"
    # ("Phòng Kinh tế & Hạ tầng - Cơ quan thường trực BCĐ")
    # ("Sở Giáo dục và Đào tạo - Cơ quan Thường trực của Ban Chỉ đạo cấp tỉnh Kỳ thi …: làm tốt …")
    # ("Sở Tư pháp - Cơ quan thường trực của HĐPHLN về TGPL trong tố tụng chỉ đạo …": a council abbreviated)
    r"|[^\S\n]+[-–][^\S\n]+(?:[Cc]ơ quan[^\S\n]+)?[Tt]hường trực[^\S\n]+(?:của[^\S\n]+)?(?:Ban|Hội đồng|Ủy ban|BCĐ|BCH|HĐ[A-ZĐ]*)"
    r"\b[^.;:\n]*?"
    r"(?=[^\S\n]+(?:chủ trì|phối hợp|là|có trách nhiệm|thực hiện|tổ chức|triển khai|đề nghị|chỉ đạo)\b|[.;:\n]|$)"
    # "Bộ Lao động - Thương binh và Xã hội, Cơ quan Thường trực về phòng, chống mại dâm của Ủy ban Quốc gia đề nghị:"
    # (the body it serves, then the verb of the clause it leads)
    r"|,[^\S\n]+Cơ quan[^\S\n]+[Tt]hường trực[^\S\n]+(?:về|của)\b[^.;:,\n]*(?:,[^\S\n]*chống\b[^.;:,\n]*)?"
    r"(?=[^\S\n]+(?:chủ trì|phối hợp|có trách nhiệm|đề nghị)\b)")


# What a body is for, said of it in a sentence (a heading of its own is read by _responsibility_duties):
# "Nhiệm vụ của Ban Chỉ đạo là tham mưu Ủy ban nhân dân tỉnh …", "Chức năng của Ban Chỉ đạo: nghiên cứu, …"
_FUNCTION_RE = re.compile(r"(?:^|(?<=[.;]\s))(?:Nhiệm vụ|Chức năng)(?:,?[^\S\n]+(?:nhiệm vụ|quyền hạn))?[^\S\n]+của[^\S\n]+"
                          r"(?=\S)", re.M)
_FUNCTION_GAP_RE = re.compile(r"[^\S\n]*(?::|là(?=[^\S\n]))[^\S\n]*(?=\S)")
# the standing office of a committee housed by an agency: "Văn phòng thường trực Ban Chỉ đạo đặt tại Chi cục …"
_HOUSED_RE = re.compile(r"(?:Văn phòng|Cơ quan|Bộ phận)[^\S\n]+[Tt]hường trực(?:[^\S\n]+của)?[^\S\n]+(?:Ban|Hội đồng|BCĐ)\b"
                        r"[^.;:\n]{0,80}?[^\S\n]+đặt[^\S\n]+tại[^\S\n]+(?=\S)")


def _function_duties(text: str, sections: list[Section]) -> list[Duty]:
    """What a body is for, said in a sentence, and the agency that houses a
    committee's standing office (see the patterns above)."""
    duties = []
    for m in _FUNCTION_RE.finditer(text):
        span = agency_span(text, m.end())
        gap = _FUNCTION_GAP_RE.match(text, span[1]) if span else None
        if gap:
            stop = _clause_stop(text, gap.end())
            task = _clean_task(text[gap.end():stop])
            duties.append(Duty(canonical_agency(span[0]), _role(task) or "chủ trì", task, _deadline(task),
                               _section_at(sections, m.start()), m.start(), stop))
    for m in _HOUSED_RE.finditer(text):
        span = agency_span(text, m.end())
        if span:
            duties.append(Duty(canonical_agency(span[0]), "thường trực", text[m.start():span[1]], None,
                               _section_at(sections, m.start()), m.start(), span[1]))
    return duties


# "Hội nghị nghe cơ quan Thường trực (Ban chỉ huy quân sự thị xã) công bố …": the role, then its agency in brackets
_STANDING_IS_RE = re.compile(r"\b[Cc]ơ quan[^\S\n]+(?:[Tt]hường trực|giúp việc)(?:[^\S\n]+của[^\S\n]+(?:Hội đồng|Ban|BCĐ|Ủy ban)\b"
                             r"[^.;:\n]{0,80}?)?[^\S\n]+là[^\S\n]+(?=[A-ZĐỦ])")
_STANDING_OF_RE = re.compile(r"\b[Cc]ơ quan[^\S\n]+[Tt]hường trực[^\S\n]*\((?=[^()\n]+\))")


def _standing_bracket_duties(text: str, sections: list[Section]) -> list[Duty]:
    duties = []
    for m in _STANDING_OF_RE.finditer(text):
        span = agency_span(text, m.end())
        if span and text.startswith(")", span[1]):
            duties.append(Duty(canonical_agency(span[0]), "thường trực", text[m.start():span[1] + 1], None,
                               _section_at(sections, m.start()), m.start(), span[1] + 1))
    # "Cơ quan thường trực của Hội đồng là Bộ Công an": the standing body named after "là"
    for m in _STANDING_IS_RE.finditer(text):
        span = agency_span(text, m.end())
        if span:
            duties += _sentence_around([canonical_agency(span[0])], "thường trực", text, sections, m.start(), span[1])
    for m in _STANDING_BRACKET_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        # the agency the bracket follows: the longest name ending right before it
        for start in range(max(line_start, m.start() - 120), m.start()):
            if start > line_start and not text[start - 1].isspace() and text[start - 1] not in "(“\"":
                continue
            span = agency_span(text, start)
            if span and span[1] == m.start():
                task = text[m.start():_clause_stop(text, m.end())].strip(" ()-–")
                duties.append(Duty(canonical_agency(span[0]), "thường trực", task, None,
                                   _section_at(sections, start), start, m.end()))
                break
    return duties


# "Bộ trưởng …, Chủ tịch Ủy ban nhân dân các tỉnh … chịu trách nhiệm thi hành
# Quyết định này": the closing every decision carries, no task.
# "Chủ tịch Ủy ban nhân dân cùng cấp phê duyệt …": a body named by its level
# relative to another, no agency of its own; but a partner ("phối hợp với
# UBMTTQ cùng cấp"): the Front, the unions of each level take part, as readers read it.
_RELATIVE_RE = re.compile(r"\s(?:cùng cấp|cấp trên(?: trực tiếp)?|cấp dưới)$")
# (and "Yêu cầu … nghiêm túc thực hiện kế hoạch trên": the plan's own closing call, no task of its own)
_CLOSING_RE = re.compile(r"\b(?:chịu|có) trách nhiệm (?:tổ chức )?thi hành\b"
                         r"|\bnghiêm túc thực hiện (?:kế hoạch|quyết định|chỉ thị|công văn|văn bản) (?:này|trên)\b")


# "Đối với …" before the agencies a heading or a line gives their tasks
_FOR = r"Đối với[^\S\n]+"
_FOR_RE = re.compile("^" + _FOR)


def _heading_duties(text: str, sections: list[Section]) -> list[Duty]:
    """Plan items whose heading is an agency: "1. Công an tỉnh", "2. Sở Ngoại vụ: …"."""
    duties = []
    for i, section in enumerate(sections):
        heading = section.heading if section.kind in ("item", "subitem") else _agency_line(text, section)
        if heading and heading.endswith("…"):  # a long list of agencies, its heading clipped: read it whole
            heading = _ITEM_MARK_RE.sub("", text[section.start:section.end].split("\n", 1)[0]).split(": ", 1)[0]
        heading = heading and _FOR_RE.sub("", heading)  # "1. Đối với UBND xã:" heads its tasks too
        if not heading:
            continue
        name = heading.split(":", 1)[0]
        whole = _agency_list(heading, 0, groups_allowed="heading") if name != heading else ([], 0)
        if whole[0] and whole[1] >= len(heading.rstrip()):  # "12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, …"
            name = heading
        elif _places_then_sentence(text, section):
            continue
        # "2. Sở Tài chính, Sở Kế hoạch và Đầu tư:", "2. Các sở, ban, ngành, ủy ban nhân dân các huyện, thị xã, thành
        # phố: Theo chức năng …": every agency the heading lists (its groups passed over) has its tasks
        listed, end = _agency_list(name, 0, groups_allowed="heading")
        single = _is_agency_heading(heading)
        # (one agency and groups, or its standing role: "16. Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội",
        # "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the agency alone)
        span = agency_span(name) if single else None
        grouped = bool(span) and len(listed) == 1 and bool(_GROUPED_AFTER_RE.match(name, span[1]))
        if listed and end >= len(name.rstrip()) and (len(listed) > 1 or not single or grouped):
            agencies = listed
        elif single:
            # a long heading, or one whose agency is followed by its verb
            # ("Bộ Tổng Tham mưu chủ trì …"), is a sentence: keep the agency only
            # (and "Chỉ huy trưởng Bộ chỉ huy Bộ đội Biên phòng cấp tỉnh:": the title stands for the agency)
            if len(name.split()) > 15 or _DUTY_VERB_RE.match(name, span[1]) or span[1] == len(name.rstrip()):
                name = span[0]
            agencies = [canonical_agency(name)]
        else:
            continue
        children = [s for s in sections if s.parent == i and s.kind in ("dash", "diem", "subitem")]
        body = text[section.start:section.end]
        for agency in agencies:
            if children:
                # a điểm has its own label ("điểm a khoản 1 Điều 9"); a dash is part of its item
                for c in children:
                    if c.kind != "subitem":
                        duties += _tasks_of(agency, text, [(c.start, c.end)],
                                            c.label if c.kind == "diem" else section.label)
            else:
                # "2. Sở Ngoại vụ: chủ động nắm tình hình …" — the task follows the colon
                colon = body.find(":")
                first_line_end = body.find("\n") if "\n" in body else len(body)
                start = section.start + (colon + 1 if 0 <= colon < first_line_end else first_line_end)
                duties += _tasks_of(agency, text, [(start, section.end)], section.label)
    return duties


_GROUPED_AFTER_RE = re.compile(r"[^\S\n]*(?:(?:,|\bvà\b)[^\S\n]*(?:các|những)[^\S\n]|[-–][^\S\n]*[Cc]ơ quan[^\S\n]+[Tt]hường trực)")


def _places_then_sentence(text: str, section: Section) -> bool:
    """Whether an item's first line lists its agencies past a colon, then goes
    on as a sentence they lead ("1. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban
    nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo … tiếp tục tập
    trung …"): no heading, see _lead_duties."""
    line = _ITEM_MARK_RE.sub("", text[section.start:section.end].split("\n", 1)[0]).rstrip(" :.")
    colon = line.find(":")
    agencies, end = _agency_list(line, 0, groups_allowed="heading") if colon > 0 else ([], 0)
    return bool(agencies) and colon + 1 < end < len(line)


def _agency_line(text: str, section: Section) -> str | None:
    """A khoản or điểm whose first line is an agency ("1. Tổng cục Chính
    trị", then its điểm a), b) …; "b) Sở Lao động - Thương binh và Xã hội"
    then its dashes) or an agency and its task after a colon ("a) Công an
    tỉnh: Chủ trì, …"): that line, else None."""
    if section.kind not in ("khoan", "diem"):
        return None
    line = text[section.start:section.end].split("\n", 1)[0]
    line = re.sub(r"^\s*(?:\d+\.|[a-zđ]\))\s*", "", line).rstrip(" :.")
    name = line.split(":", 1)[0] if section.kind == "diem" else line
    span = agency_span(name)
    return line if span and span[1] == len(name.rstrip()) else None


_DIEU_MARK_RE = re.compile(r"^\s*Điều\s+[\w.]+?\.?\s+")
# the source Pháp điển gives under an article: "(Điều 19 Nghị định số 02/2013/NĐ-CP, có hiệu lực …)"
_SOURCE_NOTE_RE = re.compile(r"[^\S\n]*\((?:Điều|Khoản|Điểm)\s[^\n]*\)[^\S\n]*\n")


def _responsibility_duties(text: str, sections: list[Section]) -> list[Duty]:
    """Articles headed "Trách nhiệm của Bộ Công an": each khoản is a duty.
    Likewise a khoản or plan item whose first line is such a heading ("2.
    Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung
    ương" then a), b)): each of its points."""
    duties = []
    for i, section in enumerate(sections):
        if section.kind == "dieu":
            heading, kinds = section.heading, ("khoan",)
            if heading.endswith("…"):  # a long heading shortened for display: its whole line
                line = _DIEU_MARK_RE.sub("", text[section.start:section.end].split("\n", 1)[0]).strip()
                heading = line if line.startswith(heading[:-1].rstrip()) else heading
        elif section.kind in ("khoan", "item", "subitem"):
            heading = section.heading or text[section.start:section.end].split("\n", 1)[0]
            heading, kinds = _ITEM_MARK_RE.sub("", heading.strip()).rstrip(" :"), ("diem", "dash", "subitem")
        else:
            continue
        m = _RESPONSIBILITY_HEADING_RE.match(heading)
        named = m and (m.group("agency") or m.group("content_of") or m.group("asked"))
        if named and named.startswith("cơ quan "):
            named = "C" + named[1:]  # "Điều 10. Trách nhiệm của cơ quan Thuế": a name in lower case
        agencies, named_end = _agency_list(named, 0, groups_allowed="heading") if m else ([], 0)
        if not agencies:
            continue
        if section.kind != "dieu" and len(heading) != len(m.group(0)):
            continue
        if m.group("asked") and _VERB_INSIDE_RE.search(named, named_end):
            continue  # "4. Đề nghị Tòa án có thẩm quyền xem xét, …" asks that one thing: no heading of tasks
        clauses = [(s.start, s.end, s.label) for s in sections if s.parent == i and s.kind in kinds]
        if not clauses:  # one undivided article: its body after the heading line (and a source note)
            line_end = text.find("\n", section.start, section.end)
            note = _SOURCE_NOTE_RE.match(text, line_end + 1) if line_end >= 0 else None
            body = note.end() if note else line_end + 1
            clauses = [(body, section.end, section.label)] if line_end >= 0 else []
        for start, end, label in clauses:
            for agency in agencies:
                tasks = _tasks_of(agency, text, [(start, end)], label)
                if m.group("role") == "phối hợp":  # the article's heading gives the part it plays
                    tasks = [replace(d, role="phối hợp") if d.role == "chủ trì" else d for d in tasks]
                duties += tasks
    return duties


# "… tái hòa nhập cộng đồng. Phối hợp với Công an tỉnh …": a task item whose
# later sentence gives the same agency a partner's part.
_PARTNER_SENTENCE_RE = re.compile(r"(?<=[.;])\s+(?=Phối hợp\b)")


def _tasks_of(agency: str, text: str, spans, label: str | None) -> list[Duty]:
    duties = []
    for start, end in _split_partner_sentences(text, spans):
        task = _clean_task(text[start:end])
        if task:
            duties.append(Duty(agency, _role(task), task, _deadline(task), label, start, end))
    return duties


def _split_partner_sentences(text: str, spans):
    for start, end in spans:
        for m in _PARTNER_SENTENCE_RE.finditer(text, start, end):
            if not _ITEM_MARK_RE.sub("", text[start:m.start()].strip() + " "):
                continue  # "1. Phối hợp với …": the dot was the item's number
            yield start, m.start()
            start = m.end()
        yield start, end


# a duty verb inside a list item ("các tổ chức" is a group, not a verb)
# (not the words of a committee's name: "thành viên Ban chỉ đạo")
# (nor a level: "đoàn thể cấp tỉnh")
_VERB_INSIDE_RE = re.compile(r"(?<=\S)(?<!các)(?<!những)(?<![Bb]an)(?<!công)(?<!chuyên môn)"
                             r"(?!\s*cấp\s+(?:tỉnh|huyện|xã|trung ương|cơ sở|quốc gia|bộ)\b)"
                             r"(?!\s*tổ chức\s+(?:chính trị|xã hội|khác|có liên quan|liên quan|thành viên)\b)"
                             + _DUTY_VERB_RE.pattern)
# "Quốc hội ban hành Luật …", "Chính phủ ban hành Nghị định …": the
# enacting formula of the text itself, not a duty.
# Likewise the issuing of a named document ("Sở Lao động - Thương binh và Xã
# hội ban hành Kế hoạch số 1562/KH-LĐTBXH"); "ban hành kế hoạch …" in lower
# case is a task.
_ENACTMENT_RE = re.compile(
    r"\s+(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Pháp lệnh|Chỉ thị|Kế hoạch|Chương trình|Đề án|"
    r"Công văn|Thông báo|Văn bản)\b"
    # "Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Quyết định số 64/QĐ-BGTVT …, cụ thể như sau:"
    r"|\s+(?:kế hoạch|quyết định|chỉ thị|công văn|văn bản)\b[^.\n]*?như sau\s*:"
    # "UBND tỉnh ban hành văn bản số 2165/UBND-HTKT về …", "Văn phòng Chính phủ thông báo để các Bộ biết"
    r"|\s+(?:kế hoạch|quyết định|chỉ thị|công văn|văn bản)\s+(?:số\b|\d)|(?<=thông báo)\s+để\s"
    # "Bộ Công an, Bộ Quốc phòng, … hướng dẫn trình tự, thủ tục … như sau:": a circular's enacting words
    r"|(?<=hướng dẫn)[^.\n]*?như sau\s*:\s*(?=\n|$)"
    # "UBND huyện chỉ đạo một số nội dung sau:": the directions follow, given to others
    r"|(?<=chỉ đạo)\s+(?:một số|các|những)\s+(?:nội dung|nhiệm vụ|việc)[^.\n]{0,40}?sau\s*:"
)


def _sentence_duties(text: str, masked: str, sections: list[Section]) -> list[Duty]:
    """ "Giao Công an tỉnh theo dõi …", "giao Cục … là cơ quan thường trực",
    "Giao UBND các huyện, thành phố: Chỉ đạo …", "Giao chỉ tiêu … cho Ban chỉ
    đạo 138 các huyện … điều trị …": what follows the agencies given it is
    their task (a scope phrase, blanked out in ``masked``, may stand before it: "… theo chức năng, nhiệm
    vụ được giao có trách nhiệm …")."""
    duties = []
    for m in _GIAO_RE.finditer(masked):
        # "giao cho Công an cấp xã, đơn vị quân đội để tổ chức …": the agencies of the list
        agencies, end = _agency_list(masked, m.end())
        if not agencies:
            continue
        # "1. Giao Bộ Y tế:" then "a) …", "b) …" (or with no colon, the item's whole heading: "3. Giao Sở Nội vụ")
        if _COLON_END_RE.match(masked, end) or (_BARE_END_RE.match(masked, end) and _HEADING_START_RE.fullmatch(
                masked, masked.rfind("\n", 0, m.start()) + 1, m.start())):
            duties += _item_duties(agencies, text, sections, _items_after(text, end))
            continue
        colon = _LIST_COLON_RE.match(masked, end)
        # ("Giao các cơ sở đào tạo trọng điểm gồm: Đại học Bách Khoa Hà Nội, … và các cơ sở do Bộ Khoa học và Công
        # nghệ lựa chọn đủ năng lực thực hiện …": a group named after them, up to the verb they are all given)
        tail = _TRAILING_GROUP_RE.match(masked, end) if not colon else None
        end = tail.end() if tail else end
        rest_at = colon.end() if colon else len(masked) - len(masked[end:].lstrip(" "))
        qualified = _QUALIFIED_RE.match(masked, rest_at) if not colon else None  # "… trong tỉnh có trách nhiệm"
        rest_at = len(masked) - len(masked[qualified.end():].lstrip(" ")) if qualified else rest_at
        target = bool(m.group("target"))
        if not (colon or target or _GIAO_TASK_RE.match(text, rest_at)):
            continue
        clause_end = _clause_stop(text, rest_at)
        clause_end = max(clause_end, _partners_end(text, rest_at, clause_end))
        rest = text[rest_at:clause_end].strip()
        for agency in agencies:
            duty = _clause_duty(agency, rest, text, sections, m.start(), clause_end)
            duties.append(duty if not target else Duty(agency, "chủ trì", duty.task, duty.deadline, duty.section,
                                                       duty.start, duty.end))
        duties += _carried_duties(agencies, text, sections, clause_end)
    return duties


def _partners_end(text: str, pos: int, stop: int) -> int:
    """Where the partners a clause names end, when their list runs on past a
    ";" ("phối hợp với các Sở, ban, ngành; các hội, đoàn thể của tỉnh; UBND
    các huyện, thị xã, thành phố căn cứ …")."""
    partners = list(_PARTNERS_RE.finditer(text, pos, stop))
    if not partners:
        return stop
    end = _agency_list(text, partners[-1].end())[1]
    return _clause_stop(text, end) if end > stop else stop


# A sentence with no subject, after one whose subject is an agency, in the
# same paragraph: "… giao Cục Phòng, chống tệ nạn xã hội là cơ quan thường
# trực, … . Chủ trì, phối hợp với … . Hàng năm tổ chức kiểm tra, đánh giá,
# theo dõi …" — the agency goes on doing what it is told.
# (or the next part after ";": "Trung tâm Y tế … tham mưu …; Chỉ đạo và thực hiện giám sát …")
_NEXT_SENTENCE_RE = re.compile(r"[.;][^\S\n]+(?=\S)")
# (and the next paragraph, a whole sentence: "Ủy ban nhân dân tỉnh yêu cầu Sở Giáo dục và Đào tạo tăng cường …"
# then "Chịu trách nhiệm theo dõi, đôn đốc, kiểm tra, giám sát việc tổ chức thực hiện …")
_NEXT_PARAGRAPH_RE = re.compile(r"\.?[^\S\n]*\n+[^\S\n]*(?=\S)")
# ("… có kế hoạch triển khai thực hiện Chiến lược. Thường xuyên kiểm tra, theo dõi, đôn đốc việc thực hiện")
# (not a document's own sentence: "… chịu trách nhiệm thi hành quyết định này." then "Quyết định này có hiệu lực …")
_SUBJECTLESS_RE = re.compile(
    r"(?P<when>(?:Hằng|Hàng) (?:năm|quý|tháng),?[^\S\n]*|Đồng thời,?[^\S\n]*|Thường xuyên[^\S\n]+|Định kỳ,?[^\S\n]+)?"
    r"(?!(?:Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Thông tư|Chương trình)[^\S\n]+này\b)(?i:"
    + _DUTY_VERB_RE.pattern.replace(r"\s*", "", 1) + ")"
)


# (a paragraph's last full stop too: "… theo quy định." then the line break)
_SENTENCE_END_RE = re.compile(r"\.(?=\s|$)|\n")


def _carried_duties(agencies: list[str], text: str, sections: list[Section], end: int) -> list[Duty]:
    duties = []
    while True:
        nxt = _NEXT_SENTENCE_RE.match(text, end)
        paragraph = _NEXT_PARAGRAPH_RE.match(text, end) if not nxt else None
        nxt = nxt or paragraph
        if not nxt or not text[nxt.end()].isupper() or agency_span(text, nxt.end()):
            return duties
        subjectless = _SUBJECTLESS_RE.match(text, nxt.end())
        if not subjectless:
            return duties
        start = nxt.end()
        stop = _SENTENCE_END_RE.search(text, start)
        end = stop.start() if stop else len(text)
        if paragraph and (end - start < 60 or text[end:end + 1] != "."):
            return duties  # (a heading, not a sentence going on with the same agency)
        task = _clean_task(text[start:end])
        role = _told_role(_clean_task(text[subjectless.end("when") if subjectless.group("when") else start:end]))
        duties += [Duty(a, role, task, _deadline(task), _section_at(sections, start), start, end) for a in agencies]


# "ủy ban nhân dân cấp xã trực tiếp chỉ đạo": a word of manner before the verb
# ("Hội đồng nhân dân tỉnh … có thể quyết định mức hỗ trợ cao hơn": what it may do is its power)
_MANNER = "chủ động|thường xuyên|kịp thời|khẩn trương|nghiêm túc|tích cực|nhanh chóng|quyết liệt|chú ý"
_ADVERB = (r"(?:trực tiếp|có thể|sẽ|cần|"
           # ("vừa" only before a role: "Sở … vừa chủ trì phối hợp", not "vừa ban hành kế hoạch")
           # ("Sở Tư pháp cũng phối hợp với …")
           rf"{_MANNER}|sớm|kính|phải|vừa(?=[^\S\n]+(?:chủ trì|phối hợp))|cũng)[^\S\n]+")
_ADVERB_RE = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:trong thời gian tới,?[^\S\n]+)?(?:cũng[^\S\n]+)?(?:(?:sẽ|cần)[^\S\n]+)?"
                         # (two of them, or one and a comma: "… nghiêm túc, khẩn trương đẩy nhanh tiến độ", "UBND TP
                         # Biên Hòa khẩn trương, rà soát, …")
                         rf"(?:(?:{_MANNER})[^\S\n]*,[^\S\n]*(?:{_ADVERB})?|{_ADVERB})(?=\S)")
# What may stand between an agency and "có trách nhiệm": where it is or whose
# it is ("… cấp tỉnh của các tỉnh, thành phố có chung đường biên giới …", "…
# nơi người đó cư trú"), within the clause.
_QUALIFIED_RE = re.compile(
    r"(?:(?:của|nơi|ở|tại|trong)\b[^.;:\n]{1,150}?|là cơ quan (?:trực )?thuộc\b[^.;:\n]{1,80}?,"
    # "Cơ quan công tác dân tộc ở địa phương được yêu cầu phối hợp có trách nhiệm:"
    r"|được yêu cầu phối hợp)"
    r"(?=[^\S\n]+(?:có|chịu)[^\S\n]+(?:trách nhiệm|nhiệm vụ|thẩm quyền)\b)"
)


# Where the agencies work or whose they are, between them and their verb ("UBND các quận … trên địa bàn Thành
# phố chỉ đạo", "Phòng Bảo trợ xã hội thuộc Sở là bộ phận thường trực": the body it belongs to, unnamed)
_AREA_RE = re.compile(r"(?:trên địa bàn(?:[^\S\n]+(?:tỉnh|[Tt]hành phố|huyện|quận|thị xã|xã|phường)(?:[^\S\n]+" + _CAP
                      + _LOW + r"+)*)?|(?:trực[^\S\n]+)?thuộc[^\S\n]+(?:Sở|Bộ|Cục|Ủy ban nhân dân|UBND)(?:[^\S\n]+(?:tỉnh|huyện))?)"
                      r"[^\S\n]+(?=\S)")
# the provinces a list stresses among its bodies ("UBND các tỉnh khu vực Trung Bộ, nhất là các tỉnh: Khánh Hòa, Đắk
# Lắk, Gia Lai, Lâm Đồng tiếp tục …"; "…, trong đó trọng tâm là các tỉnh: …")
_ASIDE_RE = re.compile(rf"[^\S\n]*,[^\S\n]*(?:nhất là|đặc biệt là|trong đó(?:[^\S\n]+trọng[^\S\n]+(?:tâm|điểm))?[^\S\n]+là)"
                       rf"[^\S\n]+(?:các[^\S\n]+)?(?:tỉnh|thành phố|địa phương)[^\S\n]*:?[^\S\n]*{PROVINCE_NAME}"
                       rf"(?:[^\S\n]*(?:,|và)[^\S\n]*{PROVINCE_NAME})*[^\S\n]*")
_BASIS_RE = re.compile(r"[^\S\n]*,?[^\S\n]*(?:căn cứ|trên cơ sở|dựa trên|dựa vào)\b")


def _verb_past_basis(text: str, pos: int) -> re.Match | None:
    """The verb after what an agency acts on, put between it and its verb
    and closed by a comma: "UBND các huyện, thành phố căn cứ vào kế hoạch,
    mục tiêu của tỉnh … và điều kiện thực tế của địa phương, chủ động xây
    dựng kế hoạch chi tiết …"."""
    basis = _BASIS_RE.match(text, pos)
    if not basis:
        return None
    stop = _CLAUSE_END_RE.search(text, basis.end())
    stop = min(stop.start() if stop else len(text), basis.end() + 300)
    for comma in _COMMA_RE.finditer(text, basis.end(), stop):
        adverb = _ADVERB_RE.match(text, comma.end())
        verb = _DUTY_VERB_RE.match(text, adverb.end() if adverb else comma.end())
        if verb:
            return verb
    # ("UBND các huyện, thành phố căn cứ kế hoạch của Sở Lao động – Thương binh và Xã hội tổ chức …": a plan, whose it
    # is, then the verb, no comma)
    plan = _BASIS_PLAN_RE.match(text, basis.end())
    if not plan:
        return None
    whose = agency_span(text, plan.end()) if plan.group("of") else None
    if plan.group("of") and not whose:
        return None
    at = whose[1] if whose else plan.end()
    adverb = _ADVERB_RE.match(text, at)
    return _DUTY_VERB_RE.match(text, adverb.end() if adverb else at)


_BASIS_PLAN_RE = re.compile(r"[^\S\n]*(?:vào[^\S\n]+)?(?:[Kk]ế hoạch|[Hh]ướng dẫn|[Cc]ông văn|[Vv]ăn bản|[Cc]hỉ thị)"
                            r"(?:[^\S\n]+(?:số[^\S\n]+[\w/.-]+|này|trên))?(?P<of>[^\S\n]+của[^\S\n]+)?")


# a body's short name: its head and an abbreviation ("Cục QLXNC", "Trung tâm VHTT")
_OWN_SHORT_RE = re.compile(r"\S+(?:[^\S\n]\S+)?[^\S\n]+[A-ZĐ][A-ZĐ&-]+")
_SHORT_BRACKET_RE = re.compile(r"\([A-ZĐ][^()\n]{0,30}\)[^\S\n]*")
_PLURAL_END_RE = re.compile(r"\b(?:các|những)[^\S\n]*$")
# "Sở Thông tin và Truyền thông được Ban chỉ đạo 138 tỉnh giao chủ trì Tiểu
# đề án 1", "… được giao nhiệm vụ chủ trì thực hiện …": told in the passive
# ("Chủ tịch UBND các tỉnh … được yêu cầu chỉ đạo …": asked, in the passive too)
_ASSIGNED_RE = re.compile(r"[^\S\n]*được[^\S\n]+(?:(?:[^.;:\n]{1,80}?[^\S\n]+)?giao(?:[^\S\n]+(?:nhiệm vụ|trách nhiệm|cho))?"
                          # (not the qualifier of a body: "… được yêu cầu phối hợp có trách nhiệm:", see _QUALIFIED_RE)
                          r"|(?:yêu cầu|đề nghị)(?![^\S\n]+phối hợp[^\S\n]+có[^\S\n]+trách nhiệm))(?=[^\S\n])")


def _lead_duties(text: str, masked: str, sections: list[Section]) -> list[Duty]:
    """Clauses led by their agencies: "Bộ Y tế chủ trì, phối hợp với …",
    "Bộ Giáo dục và Đào tạo, Bộ Nội vụ và các Bộ … rà soát …", "Chính phủ
    quy định chi tiết Điều này." Each agency of the leading list gets the
    clause, with the role its verb gives. ``masked`` is the text with its
    scope phrases blanked out."""
    duties = []
    for m in _clause_starts(masked):
        if _inside_partner_list(masked, m.end()):
            continue
        agencies, end = _agency_list(masked, m.end())
        end = len(masked) - len(masked[end:].lstrip(" ")) if agencies else end
        # "Sở Giao thông Vận tải (GTVT) vừa chủ trì …": the short form in brackets
        short = _SHORT_BRACKET_RE.match(masked, end) if agencies else None
        end = short.end() if short else end
        area = _AREA_RE.match(masked, end) if agencies else None  # "UBND các quận … trên địa bàn Thành phố chỉ đạo"
        end = area.end() if area else end
        aside = _ASIDE_RE.match(masked, end) if agencies else None  # "…, nhất là các tỉnh: Khánh Hòa, Đắk Lắk tiếp tục"
        end = aside.end() if aside else end
        adverb = _ADVERB_RE.match(masked, end) if agencies else None
        end = adverb.end() if adverb else end
        assigned = _ASSIGNED_RE.match(masked, end) if agencies else None
        end = assigned.end() if assigned else end
        # (not the noun after "các": "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên …")
        verb = _DUTY_VERB_RE.match(masked, end) if agencies and not _PLURAL_END_RE.search(masked, max(0, end - 12), end) else None
        # ("Văn phòng UBND tỉnh được giao hoàn thiện hệ thống …": what it is given, a verb of any kind)
        verb = verb or (_tagged_verb(masked, len(masked) - len(masked[end:].lstrip())) if assigned else None)
        if agencies and not verb:  # "UBND các huyện, thành phố căn cứ vào kế hoạch …, chủ động xây dựng …"
            verb = _verb_past_basis(masked, end)
            end = verb.start() if verb else end
        if agencies and not verb and _at_line_start(masked, m.end(), numbered=True):
            # "Đài Phát thanh và Truyền hình tỉnh hằng năm tăng khoảng 20% số lượng tin, bài …": a paragraph led by
            # its agency and a verb of any kind (an item too: "8. Các Bộ: Quốc phòng, Tài chính kịp thời xuất cấp …")
            verb = _tagged_verb(masked, end)
        qualified = _QUALIFIED_RE.match(masked, end) if agencies and not verb else None
        if qualified:  # "Viện kiểm sát nhân dân cấp tỉnh của các tỉnh … có trách nhiệm"
            end = qualified.end()
            verb = _DUTY_VERB_RE.match(masked, end)
        colon = _LIST_COLON_RE.match(masked, end) if agencies and not verb else None
        # (or at a sentence's start: "… năm học 2021 - 2022. Sở Tài chính: phối hợp lập dự toán …")
        # (an item's number before them too, when a group leads the list, which no heading reads: "2. Các cơ quan
        # chuyên môn quản lý ngành, lĩnh vực cấp tỉnh và Ủy ban nhân dân các xã, phường: Phối hợp với Sở Tài chính …")
        if colon and (_at_line_start(masked, m.end()) or _after_full_stop(masked, m.end()) or (
                _at_line_start(masked, m.end(), numbered=True) and not agency_span(masked, m.end()))):
            told, clause_end = _colon_duties(agencies, text, sections, m.end(), colon.end(), m.end())
            duties += told + _carried_duties(agencies, text, sections, clause_end)
            continue
        if (not verb or _ENACTMENT_RE.match(masked, verb.end()) or _asks_another(masked, verb)
                or _directs_others(masked, verb, agencies)):
            continue
        if _FOR_INFORMATION_RE.search(masked[m.end():verb.start()]):  # "… liên quan biết, thực hiện"
            continue
        if _ANSWERS_TO_RE.match(masked, verb.start()):  # "Chủ tịch UBND phường, xã sẽ phải chịu trách nhiệm trước …"
            continue
        if agencies[0].startswith("Văn phòng Ủy ban nhân dân") and _PASSES_ON_RE.match(masked, verb.start()):
            continue  # "Văn phòng UBND tỉnh thông báo ý kiến của …", "… truyền đạt ý kiến chỉ đạo": the issuer's words
        if masked.endswith("để ", 0, m.end()) and _DECISION_RE.match(masked, verb.start()):
            continue  # "… báo cáo tiến độ thực hiện để UBND tỉnh theo dõi, chỉ đạo": the superior a report goes to
        if qualified and qualified.group(0).startswith("được yêu cầu phối hợp"):  # asked to take part
            duties += _sentence_around(agencies, "phối hợp", text, sections, m.end(), qualified.end())
        line_end = masked.find("\n", end)
        listed = _OBLIGATION_HEAD_RE.match(masked, end) or _OBLIGATION_TAIL_RE.search(
            masked, end, line_end if line_end >= 0 else len(masked))
        covering = not listed and _COVERING_TAIL_RE.search(masked, end, line_end if line_end >= 0 else len(masked))
        items = _items_after(text, verb.end()) if listed or covering else []
        if covering:
            items = [(start, stop) for start, stop in items if _DUTY_VERB_RE.match(_task_verb_text(text[start:stop]))]
        if items:  # "… có trách nhiệm:" then "1. …", "2. …": every agency has every item
            duties += _item_duties(agencies, text, sections, items)
            continue
        clause_end = _clause_stop(text, end)
        clause_end = max(clause_end, _partners_end(text, end, clause_end))
        rest = text[verb.start():clause_end].strip()
        duties += [_clause_duty(a, rest, text, sections, m.end(), clause_end) for a in agencies]
        if not _CLOSING_RE.search(rest):  # ("… chịu trách nhiệm thi hành quyết định này": nothing goes on after it)
            duties += _carried_duties(agencies, text, sections, clause_end)
    return duties


# an item's number before the clause ("2. Sở Ngoại vụ: …" heads a plan item), not a sentence's full stop
_ITEM_NUMBER_BEFORE_RE = re.compile(r"(?:^|\n)[^\S\n]*(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])\.[^\S\n]$")


def _after_full_stop(text: str, pos: int) -> bool:
    """Whether a sentence ends right before ``pos`` (". "), not an item's number."""
    return text.endswith(". ", 0, pos) and not _ITEM_NUMBER_BEFORE_RE.search(text, max(0, pos - 12), pos)
_FOR_INFORMATION_RE = re.compile(r"\bbiết\s*,?\s*$")
# the office of a People's Committee passing on its chairman's words
_PASSES_ON_RE = re.compile(r"\s*(?:thông báo|truyền đạt)\b")
_ANSWERS_TO_RE = re.compile(r"\s*chịu trách nhiệm trước\b")
_LIST_COLON_RE = re.compile(r"[^\S\n]*:[^\S\n]*(?=\S)")


def _colon_duties(agencies: list[str], text: str, sections: list[Section], start: int, colon_end: int,
                  shown_from: int) -> tuple[list[Duty], int]:
    """Every agency given the clause after a colon on its line ("Sở Tài chính: phối hợp lập dự toán …"),
    the task shown from ``shown_from``; and where the clause ends."""
    clause_end = _clause_stop(text, colon_end)
    task = text[colon_end:clause_end].strip()
    return [Duty(a, _role(task), _clean_task(text[shown_from:clause_end]), _deadline(task),
                 _section_at(sections, start), start, clause_end) for a in agencies], clause_end


# how often, before the verb of a paragraph led by its agency
_HOW_OFTEN_RE = re.compile(r"(?:(?:hằng|hàng)[^\S\n]+(?:năm|quý|tháng|tuần|ngày)|định kỳ(?:[^\S\n]+\d+[^\S\n]+(?:năm|tháng))?)"
                           r"[^\S\n]*,?[^\S\n]*")
# verbs that tell what a body is, has or said, or what was done: no task ("Sở Y tế cho biết …", "… đã tổ chức")
_NOT_TASK_VERBS = ("có", "là", "cho", "được", "bị", "gồm", "nói", "nhận", "đạt", "dự", "tham dự", "phát biểu",
                   "biết", "thông tin", "ghi nhận", "trao", "tặng", "vừa", "đã",
                   # (where a body is housed: "Cơ quan Thường trực Ban Chỉ đạo … đặt tại Sở …")
                   "đặt tại", "đóng tại", "trụ sở",
                   "đang", "từng", "ra", "mới", "không", "chưa",
                   # nor those of the body that directs others, the issuer's ("UBND tỉnh giao Công an tỉnh
                   # …", "Văn phòng Chính phủ xin thông báo …", "Chính phủ đồng ý tổ chức …")
                   "giao", "yêu cầu", "xin", "trân trọng", "đề ra", "đồng ý", "trả lời", "chuyển",
                   "thống nhất",
                   # a meeting's approving and concluding ("UBND thành phố thông qua kế hoạch …", "Chủ tịch UBND
                   # thành phố … kết luận cuộc họp")
                   "thông qua", "kết luận",
                   # thanks, and what a body may only do ("UBND huyện chân thành cảm ơn …", "Tòa án chỉ được quyết
                   # định …": a limit on its power)
                   "chân thành", "cảm ơn", "chỉ",
                   # how a body works, not what it is to do ("… hoạt động kiêm nhiệm")
                   "hoạt động", "làm việc")
_NOT_TASK_RE = re.compile(rf"(?i:{_alternation(_NOT_TASK_VERBS)})(?![\w])")
# the words a part-of-speech tagger reads after the agency: up to the clause's end (with its commas: "đối chiếu"
# alone reads as a number, "đối chiếu, tổng hợp" as the verbs they are)
_WINDOW_RE = re.compile(r"[^.;:()\n]{1,60}")


def _tagged_verb(text: str, pos: int) -> re.Match | None:
    """The word after an agency at ``pos`` when underthesea's part-of-speech
    tagger reads it as a verb (what the agency does), as a match in ``text``;
    None for the verbs of being, having and saying, and for what was done."""
    how_often = _HOW_OFTEN_RE.match(text, pos)
    start = how_often.end() if how_often else pos
    window = _WINDOW_RE.match(text, start)
    if not window or not text[start].islower():
        return None
    from underthesea import pos_tag  # (its model loads on first use)
    try:
        tagged = pos_tag(window.group(0))[:2]
    except ValueError:
        return None
    # (a word of manner may come first: "tạm dừng việc sắp xếp …" reads as "tạm" A, "dừng" V)
    if len(tagged) == 2 and tagged[0][1] in ("A", "R") and tagged[1][1] == "V":
        tagged = [(f"{tagged[0][0]} {tagged[1][0]}", "V")]
    if not tagged:
        return None
    word, tag = tagged[0]
    if tag != "V" or _NOT_TASK_RE.match(window.group(0)) or not text.startswith(word, start):
        return None
    return re.compile(re.escape(word)).match(text, start)


def _at_line_start(text: str, pos: int, numbered: bool = False) -> bool:
    """Whether only a dash (or "Đối với") stands between the line start and ``pos`` (a
    numbered item headed by agencies is a section: :func:`_heading_duties`), or an
    item's number when ``numbered``."""
    line_start = text.rfind("\n", 0, pos) + 1
    mark = r"(?:\d+(?:\.\d+)*\.|[a-zđ]\))[^\S\n]*" if numbered else ""
    return bool(re.fullmatch(rf"[^\S\n]*(?:[-+•]\s*|{mark})?(?:{_FOR})?", text[line_start:pos]))


_FOR_AGENCIES_RE = re.compile(rf"^[^\S\n]*(?:[-+•][^\S\n]*)?{_FOR}", re.M)


_ASKED_HEAD_RE = re.compile(r"(?:[Cc]ác[^\S\n]+Bộ\b|(?:[Cc]ác[^\S\n]+)?(?:Ban Chỉ đạo|Ban chỉ đạo|Ủy ban|Hội đồng|[Tt]rưởng phòng|[Tt]hủ trưởng"
                            r"|[Ll]ãnh đạo|[Gg]iám đốc|[Cc]hủ tịch|[Tt]rưởng ban)\b)")


def _asks_another(text: str, verb: re.Match) -> bool:
    """ "Sở … đề nghị các sở, ngành, Ủy ban nhân dân các huyện … đẩy mạnh …":
    the body that asks is given nothing, the bodies asked are (see
    :func:`_delegated_duties`)."""
    if verb.group(0).strip() != "đề nghị":
        return False
    if re.match(r"[^\S\n]*(?:\n|$)", text[verb.end():verb.end() + 2]):
        return True  # "Bộ Tư pháp đề nghị" at a line's end, those asked on the next line
    start = len(text) - len(text[verb.end():].lstrip(" "))
    if _ASKED_HEAD_RE.match(text, start) or agency_span(text, start):
        # "… đề nghị Ban Chỉ đạo phòng, chống AIDS … các tỉnh … xây dựng kế hoạch", "… đề nghị trưởng phòng …",
        # "… đề nghị UBND các huyện … yêu cầu UBND các xã …": a body or a head is asked, whether or not its
        # whole name is read or its verb is a duty's
        return True
    agencies, end = _agency_list(text, start)
    # (those asked may be groups only: "đề nghị các cơ quan, đơn vị, địa phương của tỉnh thông tin, vận động …")
    gap = re.compile(r"[\s,]*").match(text, _DELEGATE_GAP_RE.match(text, end).end()).end()
    adverb = _ADVERB_RE.match(text, gap)
    gap = adverb.end() if adverb else gap
    # ("… đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:" and their items)
    return end > start and bool(_DUTY_VERB_RE.match(text, gap) or _COLON_END_RE.match(text, end))


_DIRECTING_RE = re.compile(r"\s*(?:chỉ đạo|đề nghị)")
_AS_FOLLOWS_RE = re.compile(r"\s[^.\n:]{0,100}?(?:như sau|sau đây)\s*:")
_TO_AGENCY_RE = re.compile(r"[^\S\n]*:[^\S\n]*(?=\S)")
# the People's Committee of the page's own province or district: no name, no "các"
_AUTHOR_RE = re.compile(r"Ủy ban nhân dân (?:[Tt]ỉnh|[Hh]uyện|[Tt]hành phố|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường)")


def _directs_others(text: str, verb: re.Match, agencies: list[str]) -> bool:
    """ "Chính phủ chỉ đạo: Bộ Thông tin và Truyền thông phối hợp với Bộ Y tế
    …", "Ủy ban nhân dân tỉnh chỉ đạo các cơ quan, đơn vị triển khai thực hiện
    như sau:": the body that directs is given nothing, the ones its words
    name are (a body asked to "chỉ đạo … như sau:" is given the items)."""
    if not _DIRECTING_RE.fullmatch(verb.group(0)):
        return False
    if agencies and all(_AUTHOR_RE.fullmatch(a) for a in agencies) and verb.group(0).strip() == "chỉ đạo":
        # "UBND tỉnh chỉ đạo tăng cường …", "Chủ tịch UBND tỉnh chỉ đạo Sở … chủ trì …": the page's own
        # People's Committee telling of its direction
        return True
    colon = _TO_AGENCY_RE.match(text, verb.end())
    return bool(colon and agency_span(text, colon.end())) or bool(_AS_FOLLOWS_RE.match(text, verb.end()))


def _inside_partner_list(text: str, pos: int) -> bool:
    """Whether ``pos`` (after a ";" or ":") is inside the partners a sentence
    names: "Bộ Công an chủ trì, phối hợp với các Bộ: Văn hóa - Thông tin, …;
    Tổng cục Du lịch, Ủy ban nhân dân các tỉnh … tổ chức đợt kiểm tra" — the
    ";" goes on listing partners, it starts no clause led by them; nor does
    the colon of "phối hợp với các cơ quan liên quan: Sở Nội vụ, …"."""
    before = pos - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    if before < 0 or text[before] not in ";:":
        return False
    # (from the sentence's start: the partners may be listed after a colon, "phối hợp với các Bộ: …")
    start = max(text.rfind(c, max(0, pos - 3000), pos) for c in ".\n") + 1
    partners = [m for m in _PARTNERS_RE.finditer(text, start, pos)]
    return bool(partners) and _agency_list(text, partners[-1].end())[1] > pos


def _clause_stop(text: str, pos: int) -> int:
    """Where the clause that goes on at ``pos`` ends: at ".", a line end, or a
    ";" followed by a new subject. "Bộ Công an có trách nhiệm tổ chức …;
    phối hợp với Bộ Lao động - Thương binh và Xã hội …" is one clause: what
    follows the ";" starts in lower case and names no agency."""
    while True:
        stop = _CLAUSE_END_RE.search(text, pos)
        if not stop:
            return len(text)
        nxt = len(text) - len(text[stop.end():].lstrip(" "))
        if text[stop.start()] != ";" or nxt >= len(text) or not text[nxt].islower() or agency_span(text, nxt):
            return stop.start()
        pos = nxt


# A condition put before the agency: "Đối với các khoản tài trợ … bằng hiện
# vật, hàng hóa hoặc hình thức khác, Bộ Công an chịu trách nhiệm …"
_FRONTED_RE = re.compile(
    r"(?:^|(?<=[:;]\s)|(?<=\.\s))[-+•]?\s*(?:[a-zđ]\)\s*|\(?\d{1,2}\)\s*|\d+\.\s+)?"
    r"(?:Đối với|Trường hợp|Trong trường hợp|Khi|Sau khi|Trước khi|Trong thời hạn|Căn cứ|Trên cơ sở|Để|Ngoài|"
    r"Trong phạm vi|Theo|Tùy theo|Tùy tình hình|Đồng thời|Ở|"
    # the connectives of reports on a plan ("Trong đó, Sở … chủ trì", "Cụ thể, …", "Tại Kế hoạch, …")
    r"Trong đó|Cụ thể|Ngoài ra|Bên cạnh đó|Cùng với đó|Song song đó|Mặt khác|Tại|Nhằm|Trong|Từ|Trước|Chậm nhất|Sau đó|"
    # ("Liên quan đến nhiệm vụ trên, Công an huyện Sóc Sơn thường xuyên nắm tình hình"; "Tháng 6 tới, Sở …")
    r"Vì vậy|Do đó|Nhân dịp|Nhân|Liên quan đến|Liên quan tới|Hưởng ứng|(?:Tháng|Quý)[^\S\n]+(?:\d+|[IV]+)|Năm[^\S\n]+\d{4})\b",
    re.M,
)
_COMMA_RE = re.compile(r",[^\S\n]*")
_PROPOSED_BY_RE = re.compile(r"\s+(?:đề nghị|yêu cầu|kiến nghị|đề xuất|tờ trình)\s+(?:của\b)?")


class _At:
    """A position where a clause may start, shaped like the match objects of
    ``_CLAUSE_START_RE`` (only ``end()`` is used)."""

    def __init__(self, pos: int):
        self.pos = pos

    def end(self) -> int:
        return self.pos


def _clause_starts(masked: str):
    """Where clauses start: line and sentence starts, after the comma that
    ends a condition put before the agency (the first comma of the sentence
    behind which an agency and its verb stand), and after the comma between
    two clauses each led by its agency ("UBND cấp huyện tiếp tục thực hiện
    kiểm tra, UBND cấp xã thực hiện tự kiểm tra …")."""
    yield from _CLAUSE_START_RE.finditer(masked)
    for m in _FOR_AGENCIES_RE.finditer(masked):
        # "Đối với Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh: Kịp thời đăng tải …": the agencies a
        # colon gives their task (not "Đối với X, Y hướng dẫn …": a condition, read below)
        agencies, end = _agency_list(masked, m.end())
        if agencies and _LIST_COLON_RE.match(masked, end):
            yield m
    fronted = set()
    for m in _FRONTED_RE.finditer(masked):
        if _PROPOSED_BY_RE.match(masked, m.end()):  # "Theo đề nghị của Chính phủ, Tòa án …": proposers, no condition
            continue
        stop = _CLAUSE_END_RE.search(masked, m.end())
        for comma in _COMMA_RE.finditer(masked, m.end(), stop.start() if stop else len(masked)):
            if _led_after_comma(masked, m.end(), comma):
                fronted.add(comma.end())
                yield _At(comma.end())
                break
            if len(masked[m.end():comma.start()].split()) <= 1:
                # "Theo đó, đề nghị UBND các huyện … theo đúng quy định của Chính phủ, Bộ Nông nghiệp và PTNT và chỉ
                # đạo …": a connective ends at its own comma, its clause is the one after it
                break
    leads: dict[int, int | None] = {}
    for comma in _COMMA_RE.finditer(masked):
        # (a name starts with a capital or one of a few lower-case heads: most commas are passed over cheaply)
        if comma.end() in fronted or not (masked[comma.end():comma.end() + 1].isupper()
                                          or _LOWER_HEAD_RE.match(masked, comma.end())):
            continue
        if not agency_span(masked, comma.end()):
            continue
        start = max(masked.rfind(c, max(0, comma.start() - 3000), comma.start()) for c in ".;:\n|") + 1
        start = len(masked) - len(masked[start:].lstrip(" "))
        lead = _CLAUSE_START_RE.match(masked, start)
        start = lead.end() if lead else start
        # the sentence led by an agency and its verb before the comma ("Sở A, Sở B phối hợp …" is one
        # clause, "… của Bộ Tài chính, Bộ Tư pháp hướng dẫn …" none led by its agency); read once a sentence
        if start not in leads:
            leads[start] = _led_by_agency(masked, start)
        if leads[start] is None or leads[start] >= comma.start():
            continue
        # (and the item before the comma says what is done: "hướng dẫn các bộ, ngành, Ủy ban nhân dân các tỉnh …
        # tổ chức" lists whom it guides)
        item = max(start, masked.rfind(",", start, comma.start()) + 1)
        if _VERB_INSIDE_RE.search(masked, item, comma.start()) and _led_after_comma(masked, start, comma):
            yield _At(comma.end())


def _led_by_agency(masked: str, start: int) -> int | None:
    """Where the agencies leading the clause at ``start`` end, when their verb follows them, else None."""
    agencies, end = _agency_list(masked, start)
    if not agencies:
        return None
    at = len(masked) - len(masked[end:].lstrip(" "))
    adverb = _ADVERB_RE.match(masked, at)
    return end if _DUTY_VERB_RE.match(masked, adverb.end() if adverb else at) else None


_LOWER_HEAD_RE = re.compile(r"(?:các|cơ quan|công an|phòng|ủy ban)\b")


# those a body helps ("… là cơ quan tham mưu, giúp Tỉnh ủy, Ban Thường vụ, Thường trực Tỉnh ủy chỉ đạo …"): no clause
# starts inside their list
_HELPED_RE = re.compile(r"(?<=tham mưu, )giúp(?:[^\S\n]+cho)?[^\S\n]+(?=\S)")


def _led_after_comma(masked: str, start: int, comma: re.Match) -> bool:
    """Whether an agency and its verb stand right behind ``comma`` (of the
    sentence part from ``start``), the comma not inside a list of partners,
    addressees or agencies asked."""
    openers = [o for r in (_PARTNERS_RE, _ADDRESSEE_RE, _DELEGATE_RE, _HELPED_RE)
               for o in r.finditer(masked, start, comma.start())]
    last = max(openers, key=lambda o: o.end(), default=None)
    if last and _agency_list(masked, last.end())[1] > comma.start():
        # "…, giao Sở … chủ trì, phối hợp Công an tỉnh, Bộ Chỉ huy … tổ chức triển khai", "… gửi bộ hồ
        # sơ … đến Bộ Công an, Bộ Công Thương, …": a comma inside a list, behind which no clause starts
        return False
    # an agency right behind the comma, and the list it opens (", UBND các xã, thị trấn, các cơ quan … tăng cường")
    agencies, end = _agency_list(masked, comma.end()) if agency_span(masked, comma.end()) else ([], 0)
    if not agencies:
        return False
    end = len(masked) - len(masked[end:].lstrip(" "))
    adverb = _ADVERB_RE.match(masked, end)
    at = adverb.end() if adverb else end
    assigned = _ASSIGNED_RE.match(masked, at)
    return bool(_DUTY_VERB_RE.match(masked, assigned.end() if assigned else at))


# "… có trách nhiệm:", "… có trách nhiệm sau đây:", "… có nhiệm vụ như sau:"
_OBLIGATION_HEAD_RE = re.compile(
    r"\s*(?:(?:có|chịu) (?:trách nhiệm|nhiệm vụ)(?:,? (?:và )?quyền hạn)?|có (?:các )?quyền"
    # "… kịp thời thực hiện các công việc sau đây:"
    r"|thực hiện (?:các|những|một số) (?:công việc|nhiệm vụ))(?: sau đây| như sau| sau)?\s*:[^\S\n]*(?=\n)")
# the same at the end of a longer line: "Bộ Tư pháp chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà
# nước về trợ giúp pháp lý và có nhiệm vụ, quyền hạn sau đây:"
_OBLIGATION_TAIL_RE = re.compile(
    r"\b(?:có|chịu) (?:trách nhiệm|nhiệm vụ)(?:,? (?:và )?quyền hạn)?(?: sau đây| như sau| sau)?\s*:[^\S\n]*$")
# the same with what the obligation covers, then its items ("Sở Khoa học và Công nghệ có trách nhiệm quản lý về kỹ
# thuật, bao gồm:" then "a) Đảm bảo hạ tầng …", "b) Xử lý …"): tasks where they start with a verb, not the papers
# a file holds ("… có trách nhiệm lập hồ sơ, gồm:" then "a) Bản án, quyết định …")
_COVERING_TAIL_RE = re.compile(r"\b(?:có|chịu) (?:trách nhiệm|nhiệm vụ)\b[^.:;\n]*,[^\S\n]*(?:bao gồm|gồm|cụ thể(?: là| như sau)?)"
                               r"[^\S\n]*:[^\S\n]*$")
_ITEM_RE = re.compile(r"\n[^\S\n]*(?:(?P<n>\d+)\.|(?P<a>[a-zđ])\)|(?P<dash>[-+•]))[^\S\n]*[^\n]+")
_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _items_after(text: str, pos: int) -> list[tuple[int, int]]:
    """Spans of the list items that follow ``pos`` (the end of a "…:" line),
    as long as their numbering runs on (1., 2., 3. or a), b), c) or dashes)."""
    line_end = text.find("\n", pos)
    items, marker = [], None
    for m in _ITEM_RE.finditer(text, line_end if line_end >= 0 else len(text)):
        if items and text[items[-1][1]:m.start()].strip():  # (blank lines between items, as pages write them)
            break
        kind, value = next((k, v) for k, v in m.groupdict().items() if v)
        if marker is None:
            ok = kind == "dash" or value in ("1", "a")
        elif kind != marker[0]:
            ok = False
        elif kind == "n":
            ok = int(value) == int(marker[1]) + 1
        elif kind == "a":
            ok = _LETTERS.find(value) == _LETTERS.find(marker[1]) + 1
        else:
            ok = True
        if not ok:
            break
        marker = (kind, value)
        items.append((m.start() + 1, m.end()))
    return items or _paragraphs_after(text, line_end)


# a paragraph that starts a new part: a number, a letter, a Roman numeral, an article, a line in capitals
_NEW_PART_RE = re.compile(r"[^\S\n]*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVX]+[.)]|Điều\s+\d|[A-ZĐÀ-Ỹ\s,]{12,}$)", re.M)


def _paragraphs_after(text: str, line_end: int) -> list[tuple[int, int]]:
    """The unmarked paragraphs that follow a "…:" line ending at ``line_end``, where a copy dropped their dashes
    ("Chủ tịch UBND tỉnh yêu cầu: Các Sở: …, Công an tỉnh … theo chức năng nhiệm vụ:" then "Tiếp tục thực hiện
    …", "Tăng cường thanh tra …"): each starts with a verb in capitals, none starts a new part or ends in a
    colon."""
    items = []
    pos = line_end
    while 0 <= pos < len(text) and len(items) < 12:
        start = pos + 1
        while start < len(text) and text[start] == "\n":
            start += 1
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        line = text[start:stop]
        if (not line[:1].isupper() or _NEW_PART_RE.match(line) or line.rstrip().endswith(":")
                or not _DUTY_VERB_RE.match(_task_verb_text(line))):
            break
        items.append((start, stop))
        pos = stop if stop < len(text) else -1
    return items


def _task_verb_text(item: str) -> str:
    """An item's words past its marker, their first letter in lower case, for the verb that starts them."""
    words = _ITEM_MARK_RE.sub("", item.strip())
    return words[:1].lower() + words[1:80]


def _item_duties(agencies: list[str], text: str, sections: list[Section], items) -> list[Duty]:
    """Every agency given every item ((start, end) spans of "1. …", "a) …", "- …")."""
    duties = []
    for start, stop in items:
        task = _clean_task(re.sub(r"^\s*(?:\d+\.|[a-zđ]\))\s*", "", text[start:stop]))
        own = agency_span(task)
        if own and canonical_agency(own[0]) not in agencies:
            continue  # "- Phòng Bảo trợ xã hội thuộc Sở là bộ phận thường trực …": an item led by its own agency
        if own and not task[own[1]:].strip(" .:"):
            continue  # "1. Phòng Văn hóa và Thông tin" then its own tasks: a heading, no task of all
        duties += [Duty(a, _role(task), task, _deadline(task), _section_at(sections, start), start, stop)
                   for a in agencies]
    return duties


# "có trách nhiệm phối hợp …": the obligation, before the verb that gives the role
_OBLIGED_RE = re.compile(r"^(?:là (?:cơ quan|đơn vị) được giao(?: nhiệm vụ)?|(?:có(?: chung)?|chịu) trách nhiệm(?: là)?|có nhiệm vụ(?=\s+(?:phối hợp|chủ trì|theo dõi|đôn đốc)))\s+(?=\S)")


# "… do Bộ trưởng Bộ Công an quản lý, điều hành", "do Chính phủ quy định"; the
# passive "được Hội đồng Dân tộc, Ủy ban của Quốc hội thẩm tra", "phải được Nhà
# chức trách hàng không Việt Nam chấp thuận" (not "đã được … phê duyệt", done);
# "chịu sự kiểm tra, giám sát của Nhà chức trách …" (the body that oversees)
_DONE_BY_RE = re.compile(
    r"\b(?:do|(?<!đã )được|[Cc]hịu sự (?:quản lý|kiểm tra|giám sát|thanh tra)(?:,? (?:và )?(?:kiểm tra|giám sát|"
    r"thanh tra))* của)\s+(?=\S)")
# what a body is said to do in the passive: to assess, approve, grant, appoint
_PASSIVE_VERB_RE = re.compile(
    r"\s*(?:thẩm tra|thẩm định|xem xét|chấp thuận|phê chuẩn|phê duyệt|công nhận|cấp|bổ nhiệm|giải quyết|kiểm tra|"
    r"giám sát|hướng dẫn|tổ chức|thực hiện|tham mưu)\b")


# an approval yet to be given ("phải được …", "để được …"), not one given
_YET_TO_BE_RE = re.compile(r"\b(?:phải|cần|sẽ|để|chưa)[^\S\n]+$")


def _done_by_duties(text: str, sections: list[Section]) -> list[Duty]:
    """Agencies something is done by: "do <agency> <verb>" gives chủ trì."""
    duties = []
    for m in _DONE_BY_RE.finditer(text):
        agencies, end = _agency_list(text, m.end(), groups_allowed=False)
        if not agencies:
            continue
        if m.group(0).lower().startswith("chịu sự"):  # the oversight is the task
            duties += _sentence_around(agencies, "chủ trì", text, sections, m.start(), end)
            continue
        verb = (_DONE_BY_VERB_RE if m.group(0).startswith("do") else _PASSIVE_VERB_RE).match(text, end)
        if verb and verb.group(0).strip() == "phê duyệt" and m.group(0).startswith("được") and not _YET_TO_BE_RE.search(
                text, max(0, m.start() - 8), m.start()):
            continue  # "Căn cứ kế hoạch kiểm tra được Ủy ban nhân dân tỉnh phê duyệt, …": what it approved, no task
        if verb and verb.group(0).strip() != "ban hành":  # "Công văn … do Văn phòng Chính phủ ban hành"
            duties += _sentence_around(agencies, "chủ trì", text, sections, m.start(), verb.end())
    return duties


# "Chỉ đạo Cục Chính sách - Xã hội (…):" and its items, "chỉ đạo Sở Giáo dục
# và Đào tạo … phối hợp …", "đề nghị Bộ Tài chính bảo đảm", "gửi Bộ Tài chính
# để theo dõi", "báo cáo Bộ Quốc phòng bảo đảm", "phản ánh về Bộ Quốc phòng
# (qua …) để xem xét": the agency directed, asked or sent to does what follows.
_DELEGATE_RE = re.compile(
    # ("Mời Thường trực HĐND huyện, Văn phòng Huyện ủy … tham gia tiếp công dân": those invited to take part)
    # (not the "trình" of "quá trình", "chương trình"; "phân công các Ban của Hội đồng nhân dân tỉnh tổ chức giám
    # sát": those assigned, named right after it)
    r"\b(?:[Cc]hỉ đạo(?:,?[^\S\n]+(?:và[^\S\n]+)?hướng dẫn)?|[Đđ]ề nghị|[Đđ]ồng ý|[Yy]êu cầu|[Mm]ời|[Pp]hân công(?=[^\S\n]+(?:các[^\S\n]+)?[A-ZĐ])|[Pp]hân cấp|[Gg]ửi|[Đđ]ồng gửi|[Bb]áo cáo|[Cc]huyển|[Pp]hản ánh(?: bằng văn bản)? về|(?<!quá )(?<!Quá )(?<![Cc]hương )[Tt]rình)"
    # (not the proposers named after "theo đề nghị của …", "theo yêu cầu của …")
    # ("UBND huyện đề nghị: Phòng Văn hóa và Thông tin, …": those asked after a colon, on the same line)
    r"(?:[^\S\n]*:)?[^\S\n]+(?!của\b)(?:(?:cho|về)[^\S\n]+)?(?=\S)"
)
# places named bare after one who directs or asks them ("chỉ đạo TP. Móng Cái nhanh chóng triển khai …", "chỉ đạo hai
# huyện Kiến Xương và Tiền Hải đẩy nhanh …"), before what they are to do
_BARE_PLACE_NAME_RE = rf"(?!{_PLACE_NAME_STOP}\b){_CAP}{_LOW}+(?:[^\S\n]+(?!{_PLACE_NAME_STOP}\b){_CAP}{_LOW}+){{0,3}}{_PLACE_LETTER}"
_BARE_PLACES_RE = re.compile(
    r"(?:(?:hai|ba|bốn|các)[^\S\n]+)?(?P<level>xã|phường|thị trấn|huyện|thị xã|thành phố|TP\.?)(?::|(?<=\.))?[^\S\n]*"
    rf"(?P<names>{_BARE_PLACE_NAME_RE}(?:[^\S\n]*(?:,|\bvà\b)[^\S\n]*{_BARE_PLACE_NAME_RE})*)"
    rf"(?=(?:[^\S\n]+(?:cần|phải|sẽ)\b)?{_DUTY_VERB_RE.pattern}|[^\S\n]+(?:{_MANNER})\b)")
# "… tại 3 huyện Mường Lát, Quan Sơn, Thường Xuân. … giao UBND các huyện trên chủ động …", "… thuộc các huyện:
# Hướng Hóa, Đakrông, Gio Linh và Vĩnh Linh … giao Chủ tịch UBND các huyện nêu trên …": the committees of the
# places the text named before, each
_PLACES_ABOVE_RE = re.compile(r"(?:UBND|Ủy ban nhân dân)[^\S\n]+các[^\S\n]+(?P<level>huyện|quận|xã|phường)[^\S\n]+"
                              r"(?:nêu[^\S\n]+|kể[^\S\n]+|nói[^\S\n]+)?trên(?![\w])")
_PLACES_NAMED_RES = {
    level: re.compile(rf"(?:các|\d+|hai|ba|bốn|năm)[^\S\n]+{level}:?[^\S\n]+(?P<names>{_BARE_PLACE_NAME_RE}"
                      rf"(?:[^\S\n]*(?:,|\bvà\b)[^\S\n]*{_BARE_PLACE_NAME_RE})+)")
    for level in ("huyện", "quận", "xã", "phường")
}


def _places_named_before(duty: Duty, text: str) -> list[Duty]:
    """The duty, or one for each place's committee where its agency is "UBND các huyện trên" (see above)."""
    above = _PLACES_ABOVE_RE.search(text, duty.start, min(duty.end, duty.start + 80))
    if not above or agency_key(duty.agency) != agency_key(f"Ủy ban nhân dân các {above.group('level')}"):
        return [duty]
    named = None
    for named in _PLACES_NAMED_RES[above.group("level")].finditer(text, max(0, duty.start - 3000), duty.start):
        pass
    if not named:
        return [duty]
    return [replace(duty, agency=f"Ủy ban nhân dân {above.group('level')} {name}")
            for name in _NAME_SEP_RE.split(named.group("names"))]


# between the agency and what it does: a bracket ("(qua Cục …)"), "để"
# ("chỉ đạo Ban An toàn giao thông …, UBND các huyện … về việc khẩn trương triển khai …": what it is about)
_DELEGATE_GAP_RE = re.compile(r"[^\S\n]*(?:\([^()\n]{0,200}\)[^\S\n]*)?(?:,?[^\S\n]*(?:để|về việc)[^\S\n]+)?")
# (not "gửi Sở Tư pháp đề nghị bổ nhiệm …", the proposal a file is, nor "… yêu cầu xem xét", a decision asked for)
_LETTER_ASKS_RE = re.compile(r"[^\S\n]*,?[^\S\n]*yêu cầu[^\S\n]+(?!xem xét\b)(?=\S)")
_COLON_END_RE = re.compile(r"[^\S\n]*:[^\S\n]*(?=\n)")
_BARE_END_RE = re.compile(r"[^\S\n]*(?=\n)")
_HEADING_START_RE = re.compile(r"[^\S\n]*(?:(?:\d+(?:\.\d+)*\.|[a-zđ]\))[^\S\n]*)?")
# a right to ask, just before the asking ("có quyền yêu cầu", "có quyền tự mình yêu cầu hoặc đề nghị")
_A_RIGHT_RE = re.compile(r"\b(?:quyền|có yêu cầu|đơn)(?:[^\S\n]+tự mình)?(?:[^\S\n]+yêu cầu[^\S\n]+hoặc)?[^\S\n]*$")
_TIME_CLAUSE_RE = re.compile(r"\b(?:trước|sau)[^\S\n]+khi[^\S\n]*$")
# a group named after the agencies, up to the verb they are all given ("và các tổ chức thành viên tham gia")
_TRAILING_GROUP_RE = re.compile(
    # ("… và các xã , thị trấn triển khai ngay …": the rest of a list of levels)
    # ("…, các đơn vị kinh doanh và cửa hàng bán lẻ xăng dầu trên địa bàn Hà Tĩnh thực hiện …": the businesses too)
    r"[^\S\n]*(?:,|;|\bvà\b|\bcùng\b)[^\S\n]*(?=(?:các|những|cơ quan|đơn vị|địa phương|phường|thị trấn|cửa hàng|doanh nghiệp|"
    # ("…, các tổ chức xã hội, đoàn thể nhân dân có biện pháp …", CT 11/CT-TTg)
    r"cá nhân|người dân|nhân dân|đoàn thể)[^\S\n])"
    # "Chỉ đạo UBND cấp xã; các cơ quan, đơn vị triển khai …": the group may hold commas, and run longer ("… và
    # các cơ sở do Bộ Khoa học và Công nghệ lựa chọn đủ năng lực thực hiện đào tạo …", QĐ 893/QĐ-TTg)
    + _GROUP_TO_VERB_RE.pattern.replace(r"[^\s,;.]++", r"[^\s;.]++", 1).replace("{1,12}?", "{1,16}?", 1)
)


_THE_FOLLOWING_RE = re.compile(r"\b(?:các|những|một số)\s+(?:nội dung|nhiệm vụ|biện pháp|việc|công việc)(?:\s+\w+){0,3}?"
                               r"\s+(?:sau|như sau)(?:\s+đây)?\s*:\s*$")
# "trình Thủ tướng Chính phủ xem xét, ban hành Chỉ thị …": the submitter's task ends in the approval
_APPROVAL_RE = re.compile(r"\s*xem xét,?\s+(?:ban hành|phê duyệt)\b")
_REPORT_TO_RE = re.compile(r"(?:[Bb]áo cáo|[Tt]rình|[Pp]hản ánh)\b")
_ASKING_RE = re.compile(r"(?:[Cc]hỉ đạo|[Đđ]ề nghị|[Yy]êu cầu)\b")
_REQUEST_RE = re.compile(r"(?:[Đđ]ề nghị|[Yy]êu cầu)\b")
# ("UBND tỉnh chỉ đạo: Các sở, ban, ngành; UBND các huyện, thị xã, thành phố tạm dừng việc sắp xếp …")
_DIRECTING_COLON_RE = re.compile(r"[Cc]hỉ đạo[^\S\n]*:")
# ("Chỉ đạo Ủy ban nhân dân cấp xã xây dựng Đề án sắp xếp thôn, tổ dân phố", CT 21/CT-TTg)
_A_PLAN_RE = re.compile(r"\s+(?:[Kk]ế hoạch|[Cc]hương trình|[Pp]hương án|[Đđ]ề án)\b")
_SENT_RE = re.compile(r"(?:[Bb]áo cáo|[Gg]ửi)\b")
# what the one reported or submitted to decides ("trình UBND tỉnh cấp kinh phí", "báo cáo UBND Thành phố bố trí kế
# hoạch vốn", "báo cáo Quốc hội về việc …"), not what it is handed to do ("báo cáo cơ quan thi hành án hình sự Công an
# cấp tỉnh tiến hành trình tự, thủ tục …", "trình Sở Lao động … tham mưu Ủy ban nhân dân tỉnh"; "báo cáo Bộ Y tế (Vụ …)
# để có biện pháp xử lý", CV 9624/BYT-BMTE)
_RECEIVER_DECIDES_RE = re.compile(r"\s*(?:xem xét|nắm|theo dõi|quyết định|phê duyệt|chỉ đạo|bố trí|cấp|thẩm định|giải quyết|"
                                  r"cho ý kiến|điều chỉnh|xử lý|ban hành|có biện pháp|về)\b")
_DECISION_RE = re.compile(r"\s*(?:xem xét|nắm|theo dõi),?\s+(?:chỉ đạo|quyết định|giải quyết|cho ý kiến|điều chỉnh|xử lý)\b")


_HIGHEST_BODIES = ("Chính phủ", "Thủ tướng Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội")


def _delegated_duties(text: str, sections: list[Section]) -> list[Duty]:
    """Agencies another directs, asks or sends a file to, given what follows:
    "Chỉ đạo <agency>:" and its items, or "<verb> <agency> [để] <duty verb> …"."""
    duties = []
    for m in _DELEGATE_RE.finditer(text):
        if _A_RIGHT_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "các bên có quyền yêu cầu Tòa án giải quyết": a party's right, no task
        if _TIME_CLAUSE_RE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "… trước khi trình Quốc hội xem xét, thông qua": when, not what
        # "chỉ đạo Bộ Công an, Bộ Quốc phòng, các cơ quan khác của Chính phủ và Ủy ban nhân dân các cấp thực hiện"
        agencies, end = _agency_list(text, m.end(), groups_allowed="between")
        places = _BARE_PLACES_RE.match(text, m.end()) if not agencies and _ASKING_RE.match(m.group(0)) else None
        if places:  # "chỉ đạo hai huyện Kiến Xương và Tiền Hải đẩy nhanh …", "chỉ đạo TP. Móng Cái nhanh chóng …": the
            # places' own government, as the text names it
            level = places.group("level")
            agencies = [f"{level} {name}" for name in _NAME_SEP_RE.split(places.group("names"))]
            end = places.end()
        if not agencies or (m.group(0)[:7].lower() == "yêu cầu" and agencies[0].startswith("Tòa án")):
            # "… thì yêu cầu Tòa án giải quyết": a court is petitioned, not directed
            continue
        if _SENT_RE.match(m.group(0)) and (_VIA_RE.search(text, m.end(), _clause_stop(text, m.end()))
                                           or _TO_COMPILE_RE.match(text, end)):
            # "báo cáo về UBND huyện (thông qua Phòng …) để tổng hợp", "… về Bộ … để theo dõi, chỉ đạo": what
            # is done with the reports (see _addressee_duties)
            continue
        pos = _DELEGATE_GAP_RE.match(text, end).end()
        # "… vừa có công văn gửi UBND các huyện, …; Ban Quản lý dự án bảo trì đường bộ yêu cầu rà soát …": what a
        # letter sent to them asks
        asks = _LETTER_ASKS_RE.match(text, end) if m.group(0)[:3].lower() == "gửi" else None
        pos = asks.end() if asks else pos
        # "… căn cứ Kế hoạch và chức năng, nhiệm vụ của đơn vị, địa phương mình triển khai …": the scope it acts in
        scope = _SCOPE_RE.match(text, pos if pos > end else end)
        pos = len(text) - len(text[scope.end():].lstrip(" ")) if scope else pos
        # "Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên tham gia …"
        tail = _TRAILING_GROUP_RE.match(text, pos)
        pos = tail.end() if tail else pos
        if _COLON_END_RE.match(text, pos):  # "Chỉ đạo Cục …:" then "- …", "- …"
            duties += _item_duties(agencies, text, sections, _items_after(text, pos))
            continue
        colon = _LIST_COLON_RE.match(text, pos)
        if colon and (text[colon.end()].isupper() or _DUTY_VERB_RE.match(text, colon.end())):
            # "Yêu cầu các sở, ban, ngành trực thuộc tỉnh, UBND các huyện, thành phố: Tập trung phát triển …"
            # ("Đề nghị …; Hội đồng nhân dân, Ủy ban nhân dân các xã, phường và đặc khu: tổ chức triển khai …")
            duties += _colon_duties(agencies, text, sections, m.start(), colon.end(), colon.end())[0]
            continue
        adverb = _ADVERB_RE.match(text, pos)  # "yêu cầu Sở … chủ động nắm bắt tình hình"
        verb = _DUTY_VERB_RE.match(text, adverb.end() if adverb else pos)
        # "yêu cầu UBND các quận, huyện: … căn cứ phương án đơn giản hóa …, xây dựng và hoàn thiện …": what it
        # acts on, then its verb
        verb = verb or _verb_past_basis(text, pos)
        if not verb and (_REQUEST_RE.match(m.group(0)) or (_DIRECTING_COLON_RE.match(m.group(0))
                                                          and not text.endswith(("Ban ", "ban "), 0, m.start()))) \
                and not agencies[0].startswith("Tòa án"):
            # "Đồng chí yêu cầu Sở Tài nguyên và Môi trường đối chiếu, tổng hợp …": what the one asked is to do,
            # a verb of any kind
            verb = _tagged_verb(text, adverb.end() if adverb else pos)
        # ("đề nghị UBND các huyện, thành phố ban hành Kế hoạch …": those asked to issue a plan have that task;
        # not "Tờ trình … đề nghị Hội đồng nhân dân tỉnh ban hành Nghị quyết": the issuer asked to enact)
        if not verb or (_ENACTMENT_RE.match(text, verb.end())
                        and not (_ASKING_RE.match(m.group(0)) and _A_PLAN_RE.match(text, verb.end()))):
            continue
        if _SENT_RE.match(m.group(0)) and verb.group(0).strip() in ("đảm bảo", "bảo đảm"):
            continue  # "báo cáo trực tiếp gửi Bộ Xây dựng … đảm bảo nội dung, thời gian yêu cầu": how it is sent
        if _REPORT_TO_RE.match(m.group(0)) and _REPORT_TO_RE.match(verb.group(0).strip()) and (
                re.search(r"\bđể\b", text[end:verb.start()]) or all(_AUTHOR_RE.fullmatch(a) for a in agencies)):
            # "trình Đảng ủy Chính phủ để báo cáo Ban Bí thư …", "báo cáo UBND tỉnh trình HĐND tỉnh phê duyệt": the
            # report goes on up, no task (but "báo cáo về Sở Nông nghiệp …, Sở Giao thông - Vận tải trình UBND tỉnh
            # bố trí kinh phí": the departments submit)
            continue
        if _REPORT_TO_RE.match(m.group(0)) and all(a in _HIGHEST_BODIES for a in agencies):
            # "trình Chính phủ trình Quốc hội thông qua …", "các dự án luật trình Quốc hội phải thực hiện quy trình …":
            # the Government, the Prime Minister and the Assembly a text reports or submits to are given nothing
            continue
        line_end = text.find("\n", verb.end())
        line_end = len(text) if line_end < 0 else line_end
        if _THE_FOLLOWING_RE.search(text, verb.end(), line_end):
            # "đề nghị các Sở Y tế nghiêm túc thực hiện các nội dung sau:" then "1. …", "2. …"
            duties += _item_duties(agencies, text, sections, _items_after(text, line_end))
        if _REPORT_TO_RE.match(m.group(0)) and (_RECEIVER_DECIDES_RE.match(text, verb.start()) or _APPROVAL_RE.match(
                text, verb.start())):
            # "Trình Chính phủ ban hành chiến lược …", "trình Thủ trưởng … phê duyệt", "trình Chủ tịch nước xem
            # xét, quyết định", "báo cáo Thường trực UBND huyện xem xét, chỉ đạo", "báo cáo UBND tỉnh chỉ đạo giải
            # quyết …", "trình UBND tỉnh cấp kinh phí …": the submitter's task ends in what the one it reports to
            # decides, which is no task of that one
            continue
        clause_end = _clause_stop(text, verb.end())
        clause_end = max(clause_end, _partners_end(text, verb.start(), clause_end))
        rest = text[verb.start():clause_end].strip()
        duties += [_clause_duty(a, rest, text, sections, m.start(), clause_end) for a in agencies]
    return duties


# A second part an agency is given inside one task: "… quản lý, theo dõi, phân
# bổ, phối hợp với bên tài trợ" (it coordinates too), "Phối hợp với … ; chủ
# trì, phối hợp với … tổ chức bồi dưỡng" (it leads too). "Chủ trì, phối hợp
# với" is one part: the lead, its partners named.
_LATER_PARTNER_RE = re.compile(
    # ("…, phải chủ động phối hợp cơ quan y tế …", "… nhân tố mới để phối hợp với Ban Tuyên giáo …")
    # (not ", để phối hợp" after the one a list is sent to: "… gửi Văn phòng UBND tỉnh, để phối hợp, hướng dẫn …")
    r"(?:[,;.]|\bđồng thời|\bvà|(?<!, )\bđể|\bphải)[^\S\n]*(?:chủ động[^\S\n]+|tích cực[^\S\n]+)?"
    r"(?P<part>(?<!chủ trì,)(?<!chủ trì, )(?<!chủ trì )(?<!chủ trì và )[Pp]hối hợp\b[^.;\n]*)"
)
_LATER_LEAD_RE = re.compile(
    r"(?:;|\bđồng thời)[^\S\n]*(?P<part>(?![Pp]hối hợp\b)(?="
    + _DUTY_VERB_RE.pattern.replace(r"\s*", "", 1) + r")[^.;\n]*)"
)


# "Chủ trì hoặc phối hợp tổ chức thực hiện …": either part, so both
_EITHER_RE = re.compile(r"^(?:có trách nhiệm\s+)?chủ trì hoặc phối hợp\b")
# a list of verbs heading a task ("hướng dẫn, theo dõi, đôn đốc, kiểm tra …")
# (its items and the one after the last separator: "hướng dẫn, tổ chức và theo dõi")
_VERB_LIST_RE = re.compile(r"^(?:[^,.;]{1,25}?(?:,\s*|\s+và\s+)){1,5}[^,.;\s]+(?:\s[^,.;\s]+)?")
_FOLLOW_UP_RE = re.compile(r"\b(?:theo dõi|đôn đốc)\b")
# (not "kiểm tra": "theo dõi, đôn đốc, kiểm tra việc thực hiện" is all follow-up)
# (after the follow-up verb, not "tổng hợp": "gửi Bộ Tài chính để theo dõi, tổng hợp chung" is a receiver's)
_LEAD_VERBS = "hướng dẫn|thanh tra|chỉ đạo|tổ chức|thực hiện|quán triệt|rà soát"
_LEAD_VERB_RE = re.compile(rf"\b(?:{_LEAD_VERBS})\b")
_LEAD_BEFORE_RE = re.compile(rf"\b(?:{_LEAD_VERBS})(?:,[^\S\n]*|[^\S\n]+và[^\S\n]+)(?:[^,.;]{{1,25}}?,[^\S\n]*){{0,2}}$")
_OWN_VERB_RE = re.compile(rf"\b(?:{_LEAD_VERBS}|tổng hợp)\b")
# "…; đồng thời đôn đốc khẩn trương ban hành văn bản": to follow up too
# "giao Công an tỉnh chủ trì theo dõi, kiểm tra, đôn đốc việc triển khai …"
_LEAD_FOLLOW_UP_RE = re.compile(r"\bchủ trì,?[^\S\n]+(?:[^,.;]{1,25}?,[^\S\n]*){0,3}(?:theo dõi|đôn đốc)\b")
_GIVEN_RE = re.compile(r"^(?:[Gg]iao|[Yy]êu cầu|[Đđ]ề nghị)\s+(?:cho\s+)?")
_GROUP_PARTNERS_RE = re.compile(
    r"(?:(?:cũng|sẽ|chủ động|tích cực)[^\S\n]+)?phối hợp(?:[^\S\n]+chặt chẽ)?(?:[^\S\n]+với)?[^\S\n]+(?:các|những|cơ quan|đơn vị|ngành|địa phương)\b"
    r"[^.;:\n]{0,80}?(?<!,)[^\S\n](?:xây dựng|tổ chức|triển khai|thực hiện|tuyên truyền|kiểm tra|rà soát|vận động|tăng cường|"
    r"hướng dẫn|giải quyết|xử lý|bảo đảm|đảm bảo)\b")
_ALSO_OWN_RE = re.compile(r"phối hợp(?:\s+và|,)\s+(?:tổ chức|thực hiện|triển khai|chủ trì|hướng dẫn)\b")
# ("…, thực hiện việc kiểm tra, giám sát, đôn đốc các vấn đề liên quan": a later list of verbs with it)
_LATER_FOLLOW_UP_RE = re.compile(r"(?:;|\bđồng thời)[^\S\n]*(?:theo dõi|đôn đốc)\b"
                                 r"|,[^\S\n]*thực hiện việc[^\S\n]+(?:[^,.;]{1,25},[^\S\n]*){1,3}(?:theo dõi|đôn đốc)\b")


_URGING_RE = re.compile(r"(?<!sự )\bđôn đốc\b"
                        # (gathering the results of the work to report them: "tổng hợp tình hình và kết quả công tác
                        # phòng, chống dịch, thường xuyên báo cáo UBND thành phố")
                        r"|\btổng hợp(?:,? báo cáo)? (?:tình hình(?: và)? )?kết quả\b"
                        # (checking how others carry out the plan: "kiểm tra, giám sát việc thực hiện …", "tổ chức kiểm
                        # tra tình hình thực hiện công tác bình đẳng giới …")
                        r"|\b(?:kiểm tra|giám sát)(?:,?\s+(?:và\s+)?(?:kiểm tra|giám sát|đánh giá|theo dõi|hướng dẫn))*"
                        r"\s+(?:việc\s+|tình hình\s+|kết quả\s+)?(?:thực hiện|triển khai)\b")


def _more_roles(duty: Duty) -> list[Duty]:
    """The other parts one task gives its agency: "chủ trì hoặc phối hợp"
    both; a list of verbs with "theo dõi"/"đôn đốc" among others ("Hướng
    dẫn, theo dõi, đôn đốc, kiểm tra …") follows up and does the rest
    itself; "…; đồng thời đôn đốc …" follows up too, as does urging others
    anywhere in the task ("lập đầy đủ hồ sơ liên quan, đôn đốc đơn vị thi
    công …")."""
    task = _ITEM_MARK_RE.sub("", duty.task.lower())
    roles = []
    if duty.role == "chủ trì" and _EITHER_RE.match(task):
        roles.append("phối hợp")
    listed = _VERB_LIST_RE.match(task)
    listed = listed.group(0) if listed else ""
    if duty.role == "chủ trì" and (_FOLLOW_UP_RE.search(listed) or _LATER_FOLLOW_UP_RE.search(task)
                                   or _LEAD_FOLLOW_UP_RE.search(task) or _URGING_RE.search(task)):
        roles.append("theo dõi")
    # what the agency is told, after its name and "có trách nhiệm" ("Văn phòng … có trách nhiệm đôn đốc,
    # tổng hợp …", "Giao Sở Tư pháp tổ chức triển khai, theo dõi, …")
    told = told_raw = _GIVEN_RE.sub("", _ITEM_MARK_RE.sub("", duty.task))
    span = agency_span(told)
    told = _OBLIGED_RE.sub("", told[span[1]:].lstrip(" ,:") if span else told).lower()
    listed = _VERB_LIST_RE.match(told)
    follow = _FOLLOW_UP_RE.search(task)  # "… theo dõi, hướng dẫn, giám sát các địa phương"
    after = _VERB_LIST_RE.match(task[follow.start():]) if follow else None
    # (or before it in one list: "… theo chức năng, nhiệm vụ, thẩm quyền chủ động chỉ đạo, đôn đốc triển khai …")
    before = _LEAD_BEFORE_RE.search(task, 0, follow.start()) if follow else None
    if duty.role == "theo dõi" and (_OWN_VERB_RE.search(listed.group(0) if listed else "")
                                    or _LEAD_VERB_RE.search(after.group(0) if after else "") or before):
        roles.append("chủ trì")
    partner = told.find("phối hợp")
    if duty.role == "phối hợp" and partner >= 0 and _ALSO_OWN_RE.match(told, partner):  # "phối hợp và tổ chức …"
        roles.append("chủ trì")
    elif duty.role == "phối hợp" and span and agency_key(span[0]) == agency_key(duty.agency):
        # with none but unnamed others, the agency carries the task out itself ("giao Công an TP phối hợp với các cơ
        # quan, đơn vị xây dựng kế hoạch, triển khai phương án bảo đảm an ninh")
        raw = _OBLIGED_RE.sub("", told_raw[span[1]:].lstrip(" ,:"))
        groups = _GROUP_PARTNERS_RE.match(raw)
        if groups and not any(ch.isupper() for ch in groups.group(0)):
            roles.append("chủ trì")
    return [Duty(duty.agency, role, duty.task, duty.deadline, duty.section, duty.start, duty.end) for role in roles]


# what a standing body is given besides its role: "Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực của
# Ban Chỉ đạo, chịu trách nhiệm tham mưu …", "… là bộ phận thường trực của Ban Chỉ đạo; có trách nhiệm thường
# xuyên theo dõi …"
_STANDING_TASK_RE = re.compile(r"[,;][^\S\n]*(?:(?:có|chịu) trách nhiệm|có nhiệm vụ)[^\S\n]+(?P<task>[^.;\n]+)")


# ("Sở Y tế là cơ quan thường trực Ban Chỉ đạo về vệ sinh an toàn thực phẩm tỉnh chủ trì, phối hợp với …": the
# committee's name, then the standing body's own role; not the "phối hợp" of a council's name: "Hội đồng phối hợp Phổ
# biến, giáo dục pháp luật")
_STANDING_THEN_ROLE_RE = re.compile(
    r"thường trực\b[^.;:\n]{0,150}?[^\S\n](?<!Hội đồng )(?P<task>(?:chủ trì|phối hợp)\b[^.;\n]*)", re.I)


def _standing_body_tasks(duty: Duty) -> list[Duty]:
    m = _STANDING_TASK_RE.search(duty.task) or _STANDING_THEN_ROLE_RE.search(duty.task)
    if not m:
        return []
    task = m.group("task")
    return [Duty(duty.agency, _told_role(task), task, _deadline(task) or duty.deadline, duty.section, duty.start,
                 duty.end)]


def _second_role_duties(text: str, duty: Duty) -> list[Duty]:
    more = _more_roles(duty)
    if duty.role == "thường trực":
        return more + _standing_body_tasks(duty)
    if duty.role not in ("chủ trì", "phối hợp", "theo dõi"):
        return more
    body = text[duty.start:duty.end]
    if duty.role == "theo dõi":  # "… theo dõi, đôn đốc, kiểm tra …; tổng hợp, báo cáo …": its own part after ";"
        own = _LATER_LEAD_RE.search(body)
        if own and not _FOLLOW_UP_RE.match(own.group("part")):
            start, end = duty.start + own.start("part"), duty.start + own.end("part")
            task = _clean_task(text[start:end])
            more.append(Duty(duty.agency, "chủ trì", task, _deadline(task) or duty.deadline, duty.section, start, end))
    pattern, role = (_LATER_LEAD_RE, "chủ trì") if duty.role == "phối hợp" else (_LATER_PARTNER_RE, "phối hợp")
    m = pattern.search(body)
    if not m:
        return more
    before = body[:m.start("part")]
    if role == "phối hợp" and re.search(r"chủ trì\W*$", before, re.I):
        return more  # "Chủ trì, phối hợp với …": the lead and its partners
    if role == "chủ trì" and not re.search(r"\b(?:[Pp]hối hợp|tham gia)\b", before):
        return more  # the first part was no coordination (an addressee's sentence)
    start, end = duty.start + m.start("part"), duty.start + m.end("part")
    task = _clean_task(text[start:end])
    second = [Duty(duty.agency, role, task, _deadline(task) or duty.deadline, duty.section, start, end)] if task else []
    return more + second


# "Ngày 5/6, Sở Lao động, Thương binh và xã hội có Kế hoạch số 1747/KH-SLĐTBXH
# … Theo đó, Sở tổ chức triển khai …": a bare "Sở", "Bộ", "Cục" leading a
# clause stands for the last one the text named.
# So do the heads of other bodies ("Chi cục Thú y tỉnh …. Chi cục sẽ chuyển vaccine …", "Hội đồng có
# trách nhiệm …"), and one asked by its bare head ("… Đồng thời, yêu cầu Sở phối hợp với …").
_BACK_HEADS = ("Sở", "Bộ", "Cục", "Chi cục", "Hội đồng", "Ban Chỉ đạo", "Tổ công tác", "Trung tâm", "Ban Quản lý", "Ban")
_HEAD_BEFORE_VERB = (rf"(?P<head>{_alternation(_BACK_HEADS)})(?=[^\S\n]+(?:(?:sẽ|cũng|cần|phải)[^\S\n]+)?(?:"
                     + _DUTY_VERB_RE.pattern.replace(r"\s*", "", 1) + "))")
_BARE_HEAD_RE = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=,\s)|(?<=\bgiao\s)|(?<=yêu cầu\s)|(?<=đề nghị\s))[-+•]?\s*" + _HEAD_BEFORE_VERB, re.M)
# (the heads alone, found first: the pattern above, its lookbehinds tried at every character, runs only around them)
_HEAD_BEFORE_VERB_RE = re.compile(_HEAD_BEFORE_VERB)


def _bare_heads(text: str):
    """The matches of ``_BARE_HEAD_RE`` in ``text``, as ``finditer`` gives them."""
    end = 0
    for head in _HEAD_BEFORE_VERB_RE.finditer(text):
        start = head.start()
        while start > end and text[start - 1].isspace():
            start -= 1
        if start > end and text[start - 1] in "-+•":
            start -= 1
        for at in range(max(start, end), head.start() + 1):  # the leftmost start that reads, as a search finds it
            m = _BARE_HEAD_RE.match(text, at)
            if m and m.start("head") == head.start():
                end = m.end()
                yield m
                break


# "Đối với Công an tỉnh Thanh Hóa, cần chủ động phát hiện …", "Đối với MTTQ, tiếp tục phát huy vai trò …": a body
# set apart as the topic, then what it is to do after the comma
_TOPIC_BODY_RE = re.compile(r"(?:^|(?<=[.;:]\s))[-+•]?[^\S\n]*Đối với[^\S\n]+(?=\S)", re.M)


# "… đã giao nhiệm vụ cụ thể cho các đơn vị liên quan như: Sở Văn hóa, …", "Kế hoạch phân công cụ thể nhiệm vụ các
# đơn vị, sở, ngành tỉnh Tiền Giang như: Công an tỉnh, …": the bodies a task was given to, listed after a group
_GIVEN_TO_LISTED_RE = re.compile(r"\b(?:[Gg]iao|[Pp]hân công)(?:[^\S\n]+cụ thể)?[^\S\n]+nhiệm vụ[^.;:\n]{0,120}?"
                                 r"[^\S\n](?:như|gồm)[^\S\n]*:?[^\S\n]*(?=[A-ZĐỦ])")


def _given_to_listed_duties(text: str, sections: list[Section]) -> list[Duty]:
    duties = []
    for m in _GIVEN_TO_LISTED_RE.finditer(text):
        agencies, end = _agency_list(text, m.end(), groups_allowed="between")
        if len(agencies) > 1:
            duties += _sentence_around(agencies, "chủ trì", text, sections, m.start(), end)
    return duties


def _topic_duties(text: str, sections: list[Section]) -> list[Duty]:
    duties = []
    for m in _TOPIC_BODY_RE.finditer(text):
        agencies, end = _agency_list(text, m.end(), groups_allowed="between")
        comma = _COMMA_RE.match(text, end) if agencies else None
        if not comma:
            continue
        adverb = _ADVERB_RE.match(text, comma.end())
        verb = _DUTY_VERB_RE.match(text, adverb.end() if adverb else comma.end())
        if verb:
            stop = _clause_stop(text, comma.end())
            duties += [_clause_duty(a, text[comma.end():stop].strip(), text, sections, m.start(), stop)
                       for a in agencies]
    return duties


def _back_reference_duties(text: str, sections: list[Section]) -> list[Duty]:
    duties = []
    for m in _bare_heads(text):
        if text[max(0, m.start() - 2):m.start()] == ", " and not _FRONTED_BEFORE_RE.search(
                text, max(0, m.start() - 200), m.start()):
            continue  # "…, Sở tổ chức …" after a comma only behind a condition ("Theo đó, Sở …")
        if m.group("head") == "Ban" and not _BOARD_BACK_RE.match(text, m.end()):
            continue  # "Ban có nhiệm vụ …" stands for a board named before, not "Ban chỉ đạo …" (a board's own name)
        # the body last named with that head (the bare head itself names nothing new: "… Ban Chỉ đạo là đồng chí …")
        named = None
        for prior in reversed(list(_HEAD_RES[m.group("head")].finditer(text, max(0, m.start() - 5000), m.start()))):
            span = agency_span(text, prior.start())
            if span and span[0] != m.group("head"):
                named = canonical_agency(span[0])
                break
        # (not the words of its own name: "Hội đồng kiểm tra kết quả tập sự … (sau đây gọi là Hội đồng kiểm tra)")
        word = _NEXT_WORD_RE.match(text, m.end())
        if not named or named.startswith(f"{m.group('head')} {word.group(1) if word else ''}"):
            continue
        clause_end = _clause_stop(text, m.end())
        rest = text[m.end():clause_end].strip()
        duties.append(_clause_duty(named, rest, text, sections, m.start("head"), clause_end))
    return duties


_NEXT_WORD_RE = re.compile(r"\s*(\S+)")
_BOARD_BACK_RE = re.compile(r"[^\S\n]+(?:có|chịu|sẽ|cần|phải|là)\b")
_HEAD_RES = {head: re.compile(rf"\b{head}[^\S\n]+(?=\S)") for head in _BACK_HEADS}
# the condition before the comma: "Theo đó, ", "Đồng thời, ", "Trong năm 2021, "
_FRONTED_BEFORE_RE = re.compile(
    r"(?:^|[.;:\n]\s*)(?:Theo đó|Đồng thời|Ngoài ra|Bên cạnh đó|Trong năm \d{4}|Hằng năm|Hàng năm),\s*$"
)


def _addressee_duties(text: str, sections: list[Section]) -> list[Duty]:
    """Agencies a document is sent to or whose opinion is asked: phối hợp;
    those reports are sent to so that they compile them ("… gửi đến Bộ Công
    an để tổng hợp, báo cáo …", "gửi về Văn phòng Ban An toàn giao thông tỉnh
    trước 15h00, ngày 28/3/2022 để tổng hợp"): chủ trì and theo dõi; theo
    dõi alone when they are to follow up ("để theo dõi, tổng hợp chung")."""
    duties = []
    for m in _ADDRESSEE_RE.finditer(text):
        agencies, end = _agency_list(text, m.end())
        if not _TO_COMPILE_RE.match(text, end):
            duties += _sentence_around(agencies, "phối hợp", text, sections, m.start(), m.end())
    for m in _SENT_FOR_RE.finditer(text):
        agencies, end = _agency_list(text, m.end())
        compile_ = _TO_COMPILE_RE.match(text, end) if agencies else None
        if not compile_:
            continue
        via = _VIA_RE.search(text, m.end(), compile_.end())  # "(thông qua Phòng Tài nguyên - Môi trường)"
        via = agency_span(via.group(1)) if via else None
        # (not the page's own People's Committee, which receives: "báo cáo … về UBND tỉnh, Bộ … để theo dõi")
        agencies = [canonical_agency(via[0])] if via else [a for a in agencies if not _AUTHOR_RE.fullmatch(a)]
        # ("để theo dõi, tổng hợp chung", "để theo dõi, chỉ đạo": it follows up what others do; compiling their
        # reports is its own task and a follow-up of theirs: readers give either)
        for role in (("theo dõi",) if compile_.group("follow") else ("chủ trì", "theo dõi")):
            duties += _sentence_around(agencies, role, text, sections, m.start(), compile_.end())
    return duties


# reports sent to an agency ("gửi về", "báo cáo về", "gửi đến"), then what it is to do with them
_SENT_FOR_RE = re.compile(r"\b(?:[Gg]ửi|[Bb]áo cáo)\b(?:[^.;:\n]{0,100}?[^\S\n](?:về|đến|tới))?[^\S\n]+(?=\S)")
_VIA_RE = re.compile(r"\((?:thông qua|qua)[^\S\n]+([^()\n]{3,80})\)")
# (between them: a bracket, a deadline — no other body: "báo cáo Thủ tướng Chính phủ, đồng gửi Bộ Tài chính để …")
_TO_COMPILE_RE = re.compile(
    r"[^\S\n]*(?:\([^()\n]{3,90}\)[^\S\n]*)?(?:[^.;:\n()" + re.escape(UPPER) + r"]{0,60}?[^\S\n])?"
    r"để[^\S\n]+(?:(?P<follow>theo dõi)|tổng hợp)\b")


_CLAUSE_END_RE = re.compile(r"[.;\n]|[^\S\n]\|[^\S\n]")  # "|" between the cells of a table row


def _sentence_around(agencies: list[str], role: str, text: str, sections: list[Section],
                     start: int, end: int) -> list[Duty]:
    """One duty per agency, its task the clause holding ``text[start:end]``."""
    start = max(text.rfind(c, max(0, start - 3000), start) for c in ".;\n") + 1
    stop = _CLAUSE_END_RE.search(text, end)
    end = stop.start() if stop else len(text)
    task = _clean_task(text[start:end])
    return [Duty(a, role, task, _deadline(task), _section_at(sections, start), start, end) for a in agencies]


def _clause_duty(agency: str, rest: str, text: str, sections: list[Section], start: int, end: int) -> Duty:
    """A duty whose role is read from the words after the agency."""
    return Duty(agency, _told_role(rest), _clean_task(text[start:end]), _deadline(rest), _section_at(sections, start),
                start, end)


def _told_role(rest: str) -> str:
    """The role the words an agency is told give it ("có trách nhiệm theo dõi …", "là cơ quan thường trực …")."""
    rest = _OBLIGED_RE.sub("", rest)
    if re.match(r"là (?:cơ quan|bộ phận|đơn vị) thường trực", rest):
        return "thường trực"
    # (not "kiểm tra, giải quyết dứt điểm", "kiểm tra, xác minh khiếu nại": checking and settling it itself)
    if re.match(r"(?:theo dõi|đôn đốc|kiểm tra(?!,[^\S\n]*(?:san|sửa|xử lý|khắc phục|giải quyết|xác minh)))", rest) \
            and not _WATCHING_RE.match(rest):
        return "theo dõi"
    if re.match(r"tham gia\b", rest):
        return "phối hợp"
    return _role(rest)


_OTHER_PARTY_RE = re.compile(r"[^\S\n]+(?:với|và)[^\S\n]+(?=\S)")


def _partners_at(text: str, m: re.Match) -> list[str]:
    """The agencies a partner clause names; "phối hợp giữa A với B, C": A and the others."""
    agencies, end = _agency_list(text, m.end())
    other = _OTHER_PARTY_RE.match(text, end) if agencies and m.group("between") else None
    return agencies + (_agency_list(text, other.end())[0] if other else [])


def _partner_duties(duty: Duty) -> list[Duty]:
    """The agencies a task names as partners ("phối hợp với Bộ Quốc phòng,
    Bộ Ngoại giao, các Bộ, ngành liên quan …"), each with role phối hợp."""
    return [
        Duty(agency, "phối hợp", duty.task, duty.deadline, duty.section, duty.start, duty.end)
        for m in _PARTNERS_RE.finditer(duty.task)
        for agency in (_partners_at(duty.task, m) or _bare_fields(duty.agency, duty.task, m.end()))
        if agency_key(agency) != agency_key(duty.agency)
    ]


# "Sở Xây dựng chủ trì, phối hợp Nông nghiệp và phát triển nông thôn, Lao động - Thương binh và Xã hội, Tài
# Nguyên và Môi trường": the partners' fields alone, their head the lead's
_BARE_FIELDS_RE = re.compile(rf"(?i:{_FIELD_RE})(?:[^\S\n]*(?:,|\bvà\b)[^\S\n]*(?i:{_FIELD_RE}))+(?![\w])")


def _bare_fields(lead: str, text: str, pos: int) -> list[str]:
    head = lead.split(" ", 1)[0]
    fields = _BARE_FIELDS_RE.match(text, pos) if head in ("Sở", "Bộ") else None
    return [canonical_agency(f"{head} {_FIELD_SPELLING.get(f.group(0).lower(), f.group(0))}")
            for f in _FIELD_ONLY_RE.finditer(fields.group(0))] if fields else []


_FIELD_SPELLING = {field.lower(): field for field in _FIELDS}


_OR_RE = re.compile(r"^(?:hoặc|hay|tức)[^\S\n]+")
_PLACE_RE = re.compile(rf"(?=[^\S\n]+\S){_PLACE}(?![\w])")
_LOWER_KIND_RE = re.compile(rf"(?i:{_alternation(_MILITARY_KINDS)})(?![\w])")
def _unled_partner_duties(text: str, sections: list[Section], duties: list[Duty]) -> list[Duty]:
    """The partners a task names when the one told to do it is no named agency
    ("Nhà trường … có trách nhiệm: … Phối hợp với gia đình, cơ quan, tổ chức và
    Ủy ban nhân dân địa phương …", "Các cơ quan nhà nước … có trách nhiệm phối
    hợp với Hội liên hiệp phụ nữ Việt Nam, …"): phối hợp."""
    covered = {m.start() for d in duties for m in _PARTNERS_RE.finditer(text, d.start, d.end)}
    out = []
    for m in _PARTNERS_RE.finditer(text):
        # (not what was done: "Bộ GD-ĐT đã phối hợp với Bộ Y tế xây dựng kế hoạch", "… đã thống nhất với …")
        if m.start() not in covered and not _DONE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            agencies = _partners_at(text, m)
            out += _sentence_around(agencies, "phối hợp", text, sections, m.start(), m.end()) if agencies else []
    return out


_DONE_BEFORE_RE = re.compile(r"\bđã[^\S\n]+(?:\w+[^\S\n]+)?$")
_UNIT_RE = re.compile(r"[^\S\n]*\(([^()\n]{1,150})\)")


# Offices of a ministry or command, which texts name with their parent after a comma
# (not the offices of the state's and the party's highest bodies, bodies of their own: "gửi Văn phòng Chính phủ, Bộ
# Nông nghiệp và Môi trường, …" are two)
_OFFICE_RE = re.compile(r"(?:Cục|Tổng cục|Vụ|Văn phòng(?![^\S\n]+(?:Chính phủ|Quốc hội|Chủ tịch nước|Trung ương)\b)|Cơ quan)\b")
# (not a province's command, never an office's parent: "Cục Hải quan, Bộ Chỉ huy Bộ đội Biên phòng, Ban Quản lý …")
# (not the border guard: "Cục Hải quan Lạng Sơn, Bộ đội Biên phòng, …" are two bodies)
_PARENT_RE = re.compile(r",[^\S\n]*(?=Bộ[^\S\n](?!Chỉ huy|chỉ huy|CHQS|đội\b))")
_DASH_PARENT_RE = re.compile(r"[^\S\n]+[-–][^\S\n]+(?=Bộ[^\S\n])")
_MORE_MINISTRIES_RE = re.compile(r"[^\S\n]*(?:,|\bvà\b)[^\S\n]*Bộ[^\S\n]")


def _parent_after(text: str, pos: int) -> tuple[str, int] | None:
    """The ministry (or "Bộ Tư lệnh …, Bộ Quốc phòng") named after an office
    and a comma, as (name, end), when no further ministry follows: in
    "Cục Cửa khẩu, Bộ Tư lệnh Bộ đội Biên phòng, Bộ Quốc phòng phối hợp" the
    office belongs to them; in "Cục A, Bộ Y tế, Bộ Tư pháp" they are a list."""
    m = _PARENT_RE.match(text, pos)
    span = agency_span(text, m.end()) if m else None
    if not span:
        return None
    names, end = [canonical_agency(span[0])], span[1]
    if names[0].startswith("Bộ Tư lệnh"):
        m = _PARENT_RE.match(text, end)
        ministry = agency_span(text, m.end()) if m else None
        if ministry:
            names.append(canonical_agency(ministry[0]))
            end = ministry[1]
    if _MORE_MINISTRIES_RE.match(text, end):
        return None
    return ", ".join(names), end


# "tổ chức" the noun, not the verb: "cơ quan, tổ chức, cá nhân khác có liên quan"
# among groups, "tổ chức" listed on is the noun ("Phối hợp với gia đình, cơ quan, tổ chức và Ủy ban nhân dân …")
_LISTED_NOUN_RE = re.compile(r"tổ chức(?=[^\S\n]*(?:,|;|\bvà\b|\bhoặc\b))")
_ORGANISATIONS_RE = re.compile(
    r"tổ chức(?=[^\S\n]*(?:,|\bvà\b|\bhoặc\b)[^\S\n]*(?:cá nhân|doanh nghiệp)|[^\S\n]+(?:chính trị|xã hội|khác|có liên quan|liên quan)\b)"
)


def _agency_list(text: str, pos: int, groups_allowed: bool | str = True) -> tuple[list[str], int]:
    """The agencies of a list starting at ``pos`` ("Công an tỉnh, Sở Ngoại
    vụ và các cơ quan liên quan …"), canonical, and where the list ends.
    Groups ("các sở, ban, ngành") are skipped, not taken for agencies; the
    list ends at the first item that is neither. ``groups_allowed="between"``:
    a group may stand between agencies, but a group running into a verb
    ("…, đồng gửi Bộ Tài chính") ends the list at the agency before it.
    ``"heading"``: a heading's noun phrase, where a group's words are never
    a verb ("Trách nhiệm của bộ ngành, tổ chức chính trị - xã hội, Liên
    đoàn …")."""
    agencies, groups, end, after_comma, last_item = [], 0, pos, False, (pos, pos)
    list_start = pos
    # the list is of the departments a group names ("các Sở, ngành liên quan bao gồm …")
    departments = sector = False
    starts = [0]  # where each ";"-separated part of the list begins
    while pos < len(text) and groups <= _MAX_GROUPS:
        item_at = pos
        if (agencies or groups) and _SCOPE_RE.match(text, pos):
            break  # "…, Hội Chữ thập đỏ Việt Nam, theo nhiệm vụ, quyền hạn của mình chủ động …": the scope, no group
        level = _BARE_LEVEL_RE.match(text, pos) if agencies and _LEVEL_RE.search(agencies[-1]) else None
        if level:  # "công an cấp xã, cấp huyện": the same body at the next level
            agencies.append(_LEVEL_RE.sub(" " + level.group(0), agencies[-1]))
            pos = end = level.end()
            sep = _LIST_SEP_RE.match(text, pos)
            if not sep or not sep.group(0):
                break
            pos = sep.end()
            continue
        span = agency_span(text, pos)
        body = _BODY_WORD_RE.match(text, pos) if not span else None
        if body:  # "…, cơ quan Công an tỉnh, thành phố trực thuộc Trung ương, Hội Liên hiệp phụ nữ …"
            span = agency_span(text, body.end())
        if not span and agencies:  # "Quân khu, quân đoàn bảo đảm …": a kind of unit in lower case, listed on
            kind = _LOWER_KIND_RE.match(text, pos)
            span = (kind.group(0)[0].upper() + kind.group(0)[1:], kind.end()) if kind else None
        if not span and agencies:  # "UBND xã Ea Bông, Bình Hòa, thị trấn Buôn Trấp": more places, the same body
            span = _next_place(agencies[-1], text, pos)
        if not span and sector:  # "các Sở, ngành … bao gồm …, Công an, Ngoại vụ, Y tế, Hải quan, …": the departments
            span = _sector_item(text, pos)
        if not span and agencies:  # "Phòng LĐ - TBXH, Phòng Y tế, VH - TT, Đội …": a field alone, the same head
            span = _next_field(agencies[-1], text, pos)
        title = _TITLE_RE.match(text, pos) if not span else None
        fields = _FIELD_LIST_RE.match(text, title.end() if title else pos)
        units = _UNIT_LIST_RE.match(text, title.end() if title else pos) if not fields else None
        if units:
            pos = end = units.end()
            agencies += _listed_units(units)
        elif fields:
            pos = end = fields.end()
            agencies += [f"{fields.group('head').capitalize()} {canonical_agency(f.group(0))}"
                         for f in _FIELD_ONLY_RE.finditer(fields.group("fields"))]
        elif span and after_comma and _PROVINCE_BODY_RE.fullmatch(span[0]) and \
                _LOWER_NAMED_PLACE_RE.search(text, *last_item):
            # "Công an huyện Hiệp Hòa, tỉnh Bắc Giang": the province the body before is in, no body of the list
            pos = end = span[1]
        elif span:
            pos = end = span[1]
            # "Ủy ban nhân dân các huyện, thành phố/Ủy ban nhân dân cấp xã": the bodies of two levels, each
            agencies += [canonical_agency(part) for part in _levels(span[0])]
            shared = _PARTY_TAIL_RE.search(agencies[-2]) if len(agencies) > 1 and span[0] in _PARTY_COMMITTEES else None
            if shared:  # "Ban Tuyên giáo Tỉnh ủy, Thành ủy": the same board of the city's committee
                agencies[-1] = agencies[-2][:shared.start()] + " " + span[0]
            listed = _listed_places(span[0], text, pos)
            if listed:  # "UBND các quận, huyện: Ba Đình, Hoàng Mai, Quốc Oai": each place's body, at its own level
                agencies[-1:], pos = listed
                end = pos
            every = _EVERY_PLACE_RE.search(span[0]) if not listed else None
            colon = _LIST_COLON_RE.match(text, pos) if every or span[0] in _BARE_COMMITTEE else None
            named = _PLACE_ITEM_RE.match(text, colon.end()) if colon else None
            if named and bool(named.group("level")) != bool(every):
                # "Chủ tịch UBND các xã: Thượng Quảng, Thượng Long, …": each named place's body; "UBND: phường
                # Phú Bài, xã Thủy Bằng": each place's, its level named
                agencies[-1] = canonical_agency(f"{span[0]} {named.group(0)}" if not every
                                                else f"{span[0][:every.start()]} tỉnh {named.group('name')}"
                                                if every.group("provinces") else f"{span[0]} {named.group('name')}")
                pos = end = named.end()
            related = _RELATED_RE.match(text, pos)  # "UBND các huyện, thành phố liên quan chỉ đạo …"
            pos = end = related.end() if related else pos
            # (an office already named with its ministry takes none: "… Bộ Công an, Bộ Quốc phòng" is two)
            parent = _parent_after(text, pos) if _OFFICE_RE.match(span[0]) and " Bộ " not in span[0] else None
            if parent:  # "Cục Quản lý xuất nhập cảnh, Bộ Công an": the unit and its ministry
                agencies[-1] += ", " + parent[0]
                pos = end = parent[1]
            standing = _STANDING_BRACKET_RE.match(text, pos)  # its standing role, said after it: no unit
            pos = end = standing.end() if standing else pos
            unit = _UNIT_RE.match(text, pos) if not standing else None  # "Bộ Tư pháp (Cục Phổ biến, …)"
            if unit:
                pos = end = unit.end()
                # the unit's whole name, commas and all; a bracket naming several
                # bodies lists what else the agency is ("Cục Chính sách - Xã hội
                # (Văn phòng Ban Chỉ đạo quốc gia 515, Cơ quan Thường trực …)"): none taken
                # "(hoặc Phòng Nội vụ - Lao động - Thương binh và Xã hội)": another name the agency may have
                inner = _OR_RE.sub("", unit.group(1))
                units = _field_agencies(inner) if agency_span(inner) else []
                if len(units) == 1 and _OWN_SHORT_RE.fullmatch(inner) and inner.split()[0] == span[0].split()[0]:
                    units = []  # "Cục Quản lý xuất nhập cảnh (Cục QLXNC)": its own short name, no unit of it
                agencies += units if len(units) == 1 else []
                # "Phòng … (hoặc …) các quận, huyện, thị xã": the place after the bracket
                place = _PLACE_RE.match(text, pos)
                pos = end = place.end() if place else pos
                # "Cục Quản lý xuất nhập cảnh (Cục QLXNC) - Bộ Công an": its short name, then its ministry
                dash = _DASH_PARENT_RE.match(text, pos) if _OFFICE_RE.match(span[0]) and not units else None
                parent = agency_span(text, dash.end()) if dash else None
                if parent:
                    agencies[-1] += " - " + canonical_agency(parent[0])
                    pos = end = parent[1]
        elif (agencies or groups) and _DUTY_VERB_RE.match(text, pos) and not _ORGANISATIONS_RE.match(text, pos) and not (
                not agencies and _LISTED_NOUN_RE.match(text, pos)):
            # "…, Ủy ban nhân dân các tỉnh … và các Bộ, ngành có liên quan, tổ chức đợt kiểm tra": the verb
            # (not after a ";", where the sentence's next clause begins: "… để báo cáo Ban Bí thư Trung ương Đảng;
            # xây dựng Báo cáo tổng thể …", the one who reports goes on)
            return _share_level(agencies, starts), end if ";" in text[end:pos] else pos
        elif groups_allowed and (owned := _owned_group_end(text, pos)):
            # "Vụ Gia đình và các đơn vị liên quan thuộc Bộ Văn hóa, Thể thao và Du lịch …": a
            # group and the body it belongs to, which is no item of the list
            pos = end = owned
            groups += 1
        else:
            # "Thủ trưởng các sở, ban, ngành tỉnh có liên quan": the heads of a group are a group
            # ("yêu cầu Giám đốc Sở, thủ trưởng các cơ quan thuộc UBND tỉnh, Chủ tịch UBND huyện, thành phố …": the
            # heads of a bare head, in lower case too)
            title = (_TITLE_RE.match(text, pos) or _LOWER_TITLE_RE.match(text, pos)) if groups_allowed else None
            after = _GROUP_RE.match(text, title.end()) if title else None
            if title and (_ALL_OF_RE.match(text, title.end()) or (after and after.group(0))):
                pos, group = title.end(), after
            else:
                group = _GROUP_RE.match(text, pos) if groups_allowed else None
            # (the list a group names after its colon: a plural group's, "các cơ quan chức năng: Sở Y tế, …"; not
            # "Đề nghị …, các tổ chức chính trị - xã hội tỉnh: Phối hợp chặt chẽ …", whose tasks follow, nor "phối
            # hợp làm nhiệm vụ tìm kiếm, …: Trưởng Ban Chỉ đạo 515 cấp tỉnh", a field's answer)
            if group and group.group("colon") and not (_PLURAL_GROUP_RE.match(text, list_start) and (
                    agency_span(text, group.end()) or (departments or _DEPARTMENTS_RE.match(group.group(0)))
                    and _sector_item(text, group.end()))):
                group = None
            if not group or not group.group(0):
                # "…; Chi nhánh VP đăng ký đất đai huyện; Hội Chữ thập đỏ huyện; …": an item that reads as no name
                nxt = _past_unread_item(text, pos, starts)
                if nxt:
                    pos = nxt
                    starts.append(len(agencies))
                    continue
                # "đại biểu Hội đồng nhân dân có trách nhiệm …": a long group, ended by the verb
                verb = _GROUP_TO_VERB_RE.match(text, pos) if groups_allowed is True else None
                if verb and agencies:
                    return _share_level(agencies, starts), verb.end()
                break
            # (no verb in a group that names what it includes: "các cơ sở đào tạo trọng điểm gồm: Đại học …")
            verb = _VERB_INSIDE_RE.search(group.group(0)) if groups_allowed != "heading" and not group.group(
                "including") else None
            if verb and groups_allowed == "between":
                break
            if verb:  # "các Bộ, ngành khác có liên quan rà soát …": the list ended
                return _share_level(agencies, starts), pos + verb.start()
            scope = _SCOPE_IN_GROUP_RE.search(group.group(0))
            if scope:  # "… và các đoàn thể tỉnh theo chức năng, nhiệm vụ được giao tăng cường …": the group, its scope
                end = pos + scope.start()
                break
            if _MADE_BY_RE.search(group.group(0)):
                break  # "…, cơ quan khác do Chính phủ, Thủ tướng Chính phủ thành lập": those who set the group up
            if _NAMED_ABOVE_RE.search(group.group(0)):  # "các sở, ngành có tên trên": the addressees
                agencies += [a for a in _addressees_before(text, pos) if a not in agencies]
            pos, groups = group.end(), groups + 1
            end = pos
            departments = departments or bool(_DEPARTMENTS_RE.match(group.group(0)))
            if group.group("including"):
                sector = departments
                continue  # the agencies it includes follow without a separator
            bracket = _OPEN_BRACKET_RE.match(text, pos)
            if bracket and agency_span(text, bracket.end()):
                pos = bracket.end()  # "các nhà mạng (Viettel Nghệ An, VNPT Nghệ An, …)": those the group names
                continue
        sep = _LIST_SEP_RE.match(text, pos)
        lost = _LOST_COMMA_RE.match(text, pos) if agencies and _MINISTRY_RE.fullmatch(agencies[-1]) else None
        if lost:  # "Bộ Quốc phòng các tỉnh Ninh Bình, …": the provinces listed on after the ministry
            pos = lost.end()
            continue
        if not sep or not sep.group(0):
            # ("…; Chi cục Thống kê Lắk –Krông Bông; Trạm Khuyến nông huyện …": the rest of an item read in part)
            nxt = _past_unread_item(text, pos, starts)
            if nxt:
                pos = nxt
                starts.append(len(agencies))
                continue
            etc = _ETC_RE.match(text, pos) if pos == end else None
            end = etc.end() if etc else end  # "…, Cục Hải quan Gia Lai – Kon Tum… tăng cường": and others, then the verb
            break
        if ";" in sep.group(0):
            starts.append(len(agencies))
        pos, after_comma, last_item = sep.end(), sep.group(0).strip() == ",", (item_at, sep.start())
    return _share_level(agencies, starts), end


_SCOPE_IN_GROUP_RE = re.compile(r"[^\S\n]+(?:theo|căn cứ(?: vào)?|trong phạm vi)[^\S\n]+(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền)\b")
_MADE_BY_RE = re.compile(r"[^\S\n]do(?:[^\S\n]|$)")
_ETC_RE = re.compile(r"[^\S\n]*(?:…|\.\.\.)(?=[^\S\n]+\S)")
_UNREAD_ITEM_RE = re.compile(r"[^;.:\n()]{1,80};[^\S\n]*")


def _past_unread_item(text: str, pos: int, starts: list[int]) -> int | None:
    """Where the next item of a list parted by ";" begins, when the item at
    ``pos`` reads as no name (or only in part) and an agency follows it."""
    item = _UNREAD_ITEM_RE.match(text, pos) if len(starts) > 1 else None
    return item.end() if item and agency_span(text, item.end()) else None

_NAMED_PLACE_RE = re.compile(r"^(?P<head>.+?)\s(?P<level>xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s"
                             rf"(?P<name>{_CAP}{_LOW}+(?:[^\S\n]+{_CAP}{_LOW}+){{0,3}}{_PLACE_LETTER})$")
_BARE_NAMED_PLACE_RE = re.compile(rf"^(?P<head>Ủy ban nhân dân)\s{_CAP}{_LOW}+(?:[^\S\n]+{_CAP}{_LOW}+){{1,2}}$")
_PLACE_ITEM_RE = re.compile(rf"(?:(?P<level>xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP\.?)[^\S\n]+)?"
                            rf"(?P<name>{_BARE_PLACE_NAME_RE})"
                            # (the last place of the list, before the verb: "…, Tây Sơn, Phù Cát triển khai thực hiện")
                            r"(?=[^\S\n]*(?:,|;|\bvà\b|\bhoặc\b|$)|[^\S\n]+(?:các|những)\b|"
                            # (or its manner: "…, Đoàn Kết, Hữu Lợi khẩn trương tổ chức thực hiện")
                            rf"[^\S\n]+(?:{_MANNER})\b|"
                            # (or what it acts on: "…, Hoàng Mai, Quốc Oai căn cứ phương án …, xây dựng …")
                            r"[^\S\n]+(?:căn cứ|trên cơ sở)\b|"
                            + _DUTY_VERB_RE.pattern + ")")


_FIELD_ITEM_RE = re.compile(rf"(?:{_ABBR_FIELD}|{_FIELD_RE})(?=[^\S\n]*(?:,|;|\bvà\b|$)|{_DUTY_VERB_RE.pattern})")


_DEPARTMENTS_RE = re.compile(r"(?:[Cc]ác[^\S\n]+)?[Ss]ở\b")
# the bodies a list of departments names bare, beside them ("…, Y tế, Hải quan, Nông nghiệp …")
_BARE_BODY_RE = re.compile(r"(?:Hải quan|Kho bạc Nhà nước|Kho bạc|Bảo hiểm xã hội|Thuế)"
                           r"(?=[^\S\n]*(?:,|;|\bvà\b|$))")


def _sector_item(text: str, pos: int) -> tuple[str, int] | None:
    """An item of a list of departments: a field alone is its department
    ("Ngoại vụ" is "Sở Ngoại vụ"), a body named bare is itself ("Hải quan")."""
    bare = _BARE_BODY_RE.match(text, pos)
    if bare:
        return bare.group(0), bare.end()
    field = _FIELD_ITEM_RE.match(text, pos)
    if not field or field.group(0) in ("Công an", "Quốc phòng", "Ngoại giao"):
        return None
    return "Sở " + _FIELD_SPELLING.get(field.group(0).lower(), field.group(0)), field.end()


def _next_field(previous: str, text: str, pos: int) -> tuple[str, int] | None:
    """A field named alone in a list after an office or department: the
    same head's ("Phòng Y tế, VH - TT" is "Phòng VH - TT")."""
    head = re.match(r"(?:Phòng|Sở|Bộ)\s", previous)
    field = _FIELD_ITEM_RE.match(text, pos) if head else None
    return (head.group(0) + field.group(0), field.end()) if field else None


_PEOPLES_COMMITTEE_RE = re.compile(r"(?:Ủy ban nhân dân|UBND)\b")


def _levels(name: str) -> list[str]:
    """A name's parts where a slash parts the People's Committees of two
    levels ("… các huyện, thành phố/Ủy ban nhân dân cấp xã"), or "và" the
    districts and the one city named ("Ủy ban nhân dân các huyện và thành
    phố Cà Mau"); else the name."""
    parts = name.split("/")
    if len(parts) > 1 and all(_PEOPLES_COMMITTEE_RE.match(p) for p in parts):
        return parts
    city = _AND_THE_CITY_RE.match(name)
    if city:
        return [f"{city.group('head')} các {city.group('level')}", f"{city.group('head')} {city.group('city')}"]
    return [name]


_AND_THE_CITY_RE = re.compile(rf"^(?P<head>.+?)\s+các\s+(?P<level>huyện|quận)\s+và\s+"
                              rf"(?P<city>(?:thành phố|TP\.?|thị xã)\s+{_CAP}{_LOW}+(?:\s+{_CAP}{_LOW}+){{0,3}})$")


_BARE_COMMITTEE = ("UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân")
# ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế, …": the provinces
# and the cities run by the centre, each named)
# (or counted: "Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, …")
_EVERY_PLACE_RE = re.compile(r"\s(?:các|\d{1,3}|hai|ba|bốn|năm|sáu|bảy)[^\S\n]+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh"
                             r"|(?P<provinces>tỉnh,[^\S\n]*thành phố(?:[^\S\n]+trực thuộc [Tt]rung ương)?))$")


# a body of several levels of places, and the first place named with them ("UBND các quận, huyện", "UBND các
# huyện, thị xã, thành phố ven biển Tuy An")
_LEVEL_WORD = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|TP)"
_LEVELS_GROUP_RE = re.compile(
    rf"^(?P<head>.+?)\s+các\s+(?P<levels>{_LEVEL_WORD}(?:(?:,\s*|\s+và\s+){_LEVEL_WORD})+)"
    rf"(?:\s+(?:ven biển|biên giới))?(?:\s+(?P<first>{_CAP}{_LOW}+(?:\s+{_CAP}{_LOW}+){{0,3}}))?$")
_NAME_SEP_RE = re.compile(r"[^\S\n]*(?:,|\bvà\b)[^\S\n]*")


_PARTY_TAIL_RE = re.compile(rf"(?<=\S)\s+(?:{_alternation(_PARTY_COMMITTEES)})$")


def _listed_places(span: str, text: str, pos: int) -> tuple[list[str], int] | None:
    """The bodies of the places a body of several levels lists after it
    ("UBND các quận, huyện: Ba Đình, Hoàng Mai, Quốc Oai"), each at the level
    the list of units gives it; and where the list ends. None when a place's
    level is not certain: the group stays one body."""
    group = _LEVELS_GROUP_RE.match(span)
    if not group:
        return None
    names = [group.group("first")] if group.group("first") else []
    colon = _LIST_COLON_RE.match(text, pos) if not names else None
    at = colon.end() if colon else pos
    while True:
        sep = _NAME_SEP_RE.match(text, at) if names else None
        item = _PLACE_ITEM_RE.match(text, sep.end() if sep else at) if sep or not names else None
        if not item or item.group("level"):
            break
        names.append(item.group("name"))
        at = end = item.end()
    if len(names) < 2 and not colon:
        return None
    allowed = {("thành phố" if w == "TP" else w) for w in re.split(r",\s*|\s+và\s+", group.group("levels"))}
    levels = place_levels(names, allowed)
    if not levels:
        return None
    head = group.group("head")
    return [canonical_agency(f"{head} {level} {name}") for level, name in zip(levels, names)], (end if names else pos)


def _next_place(previous: str, text: str, pos: int) -> tuple[str, int] | None:
    """After a body of a named place ("UBND xã Ea Bông"), a bare place name
    ("Bình Hòa") or a level and a name ("thị trấn Buôn Trấp") is the same
    body of that place."""
    named = _NAMED_PLACE_RE.match(previous)
    item = _PLACE_ITEM_RE.match(text, pos) if named else None
    if not named:  # "UBND Tân Hóa và Hướng Hóa": a committee by a commune's name alone, then another name alone
        bare = _BARE_NAMED_PLACE_RE.match(previous)
        item = _PLACE_ITEM_RE.match(text, pos) if bare else None
        return (f"{bare.group('head')} {item.group('name')}", item.end()) if item and not item.group("level") else None
    if not item:
        return None
    level = item.group("level") or named.group("level")
    if level == "thành phố" and named.group("name") in CENTRAL_CITIES:
        level = "tỉnh"  # "…: Hà Tĩnh, Huế, Đà Nẵng, Quảng Ngãi": a province after the city run by the centre
    return f"{named.group('head')} {level} {item.group('name')}", item.end()


_RELATED_RE = re.compile(r"[^\S\n]+(?:có[^\S\n]+)?liên quan(?![\w])")
# "các sở, ngành có tên trên": the bodies a letter was sent to, named before
_NAMED_ABOVE_RE = re.compile(r"\bcó tên(?:[^\S\n]+ở)?[^\S\n]+trên\b")
_SENT_TO_RE = re.compile(r"\b(?:[Kk]ính gửi|gửi)\s*:?\s*(?=\S)")


def _addressees_before(text: str, pos: int) -> list[str]:
    """The agencies of the last "gửi …" / "Kính gửi: …" list before ``pos``
    ("… Công văn số 701/UBND-TH, gửi các sở: Kế hoạch và Đầu tư, Tài chính, …,
    Ban Điều phối dự án IFAD và UBND các huyện, thành phố, về việc …")."""
    sent = [m for m in _SENT_TO_RE.finditer(text, max(0, pos - 3000), pos)]
    for m in reversed(sent):
        agencies, end = _agency_list(text, m.end(), groups_allowed=False)
        if agencies and end <= pos:
            return agencies
    return []
# "cơ quan" before the name of one ("cơ quan Công an tỉnh")
_BODY_WORD_RE = re.compile(rf"cơ quan[^\S\n]+(?={_CAP})")
_OWNED_GROUP_RE = re.compile(r"(?:các|những)[^\S\n]+(?:[^\s,;.]+[^\S\n]+){0,6}?(?:trực[^\S\n]+)?thuộc[^\S\n]+(?=\S)")


# "Ủy ban khác của Quốc hội", "các Bộ khác": the others of a kind, a group in capitals
_OTHER_BODIES_RE = re.compile(
    r"(?:[Cc]ác[^\S\n]+)?(?:Bộ|Sở|Ban|Ủy ban|Cơ quan)[^\S\n]+khác(?:[^\S\n]+của[^\S\n]+(?:Quốc hội|Chính phủ))?(?![\w])")


def _owned_group_end(text: str, pos: int) -> int | None:
    """The end of a group named with its body ("các đơn vị liên quan thuộc
    Bộ Văn hóa, Thể thao và Du lịch") or of the others of a kind ("Ủy ban
    khác của Quốc hội") at ``pos``."""
    other = _OTHER_BODIES_RE.match(text, pos)
    if other:
        return other.end()
    m = _OWNED_GROUP_RE.match(text, pos)
    span = agency_span(text, m.end()) if m else None
    return span[1] if span else None


# Bodies that exist at every level and are named bare in a list whose last
# item carries the level: "Sở Tư pháp, Công an, Tòa án nhân dân và Viện
# kiểm sát nhân dân cấp tỉnh" means Công an cấp tỉnh, Tòa án nhân dân cấp tỉnh.
_LEVELLED = {"Công an", "Tòa án nhân dân", "Viện kiểm sát nhân dân", "Ủy ban nhân dân", "Hội đồng nhân dân",
             "Thanh tra", "Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng"}
_LEVEL_RE = re.compile(r"\s(cấp (?:tỉnh|huyện|xã|quân khu)|các cấp)$")
_BARE_LEVEL_RE = re.compile(r"cấp (?:tỉnh|huyện|xã)(?![\w])")
_PLACE_SUFFIX_RE = re.compile(r"(?:(?<=Ủy ban nhân dân)|(?<=Hội đồng nhân dân)|(?<=Tòa án nhân dân)|(?<=Viện kiểm sát nhân dân)"
                              r"|(?<=Công an)|(?<=Thanh tra)|(?<=Ủy ban bầu cử))\s((?:các\s+)?(?:tỉnh|huyện|xã|phường|quận|thị xã|"
                              r"thị trấn|thành phố)\b.*)$")


# the places of every level a body of any kind ends on ("UBND, Ban ATGT các huyện, thị xã, Tp Huế": both theirs)
_PLURAL_PLACE_RE = re.compile(r"\s(các\s+(?:huyện|quận|xã|phường|thị xã|thành phố)\b.*)$")
_OFFICE_PLACE_RE = re.compile(r"\b(?:tỉnh|huyện|xã|quận|thị xã|thành phố|phường|thị trấn|cấp|các)\b")


def _share_level(agencies: list[str], starts: list[int]) -> list[str]:
    out = list(agencies)
    for lo, hi in zip(starts, starts[1:] + [len(out)]):
        for i in range(lo, hi - 1):
            # (a district's office named bare before the level: "các Phòng Văn hóa – Thông tin, các Đài Truyền thanh
            # cấp huyện")
            office = out[i].startswith("Phòng ") and not _OFFICE_PLACE_RE.search(out[i])
            if out[i] not in _LEVELLED and not office:
                continue
            # the level of the next item that has one, past bare ones only (or its place: "Hội đồng nhân dân, Ủy
            # ban nhân dân các phường, xã" are both the wards'; "UBND, UBBC huyện Bạch Long Vĩ, Ban bầu cử …" the
            # district's; not "Công an, Ngoại vụ, …, Ủy ban nhân dân huyện": the province's police)
            j = next((j for j in range(i + 1, hi) if agencies[j] not in _LEVELLED), None)
            level = (_LEVEL_RE.search(agencies[j]) or _PLACE_SUFFIX_RE.search(agencies[j])
                     or _PLURAL_PLACE_RE.search(agencies[j])) if j else None
            if level and (not office or level.re is _LEVEL_RE):
                out[i] = f"{out[i]} {level.group(1)}"
    return _share_provinces(out)


# "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai": the party committee of each
# province the people's committees after it are of
_BARE_PARTY_RE = re.compile(r"[Tt]ỉnh ủy|[Tt]hành ủy")
_PROVINCE_PEOPLES_RE = re.compile(r"Ủy ban nhân dân (?:tỉnh|thành phố) (?P<name>[A-ZĐ].*)")


def _share_provinces(agencies: list[str]) -> list[str]:
    out = []
    for i, agency in enumerate(agencies):
        names = []
        for after in agencies[i + 1:]:
            m = _PROVINCE_PEOPLES_RE.fullmatch(after)
            if not m:
                break
            names.append(m.group("name"))
        if _BARE_PARTY_RE.fullmatch(agency) and len(names) > 1:
            out += [f"{agency[0].upper()}{agency[1:]} {name}" for name in names]
        else:
            out.append(agency)
    return out


def _listed_units(units: re.Match) -> list[str]:
    """The departments a "các Cục: …" list names, each with its head."""
    names = units.group("items").split(";" if units.group("semi") else ",")
    return [f"{units.group('head')} {name.strip()}" for name in names]


def _field_agencies(value: str) -> list[str]:
    """Agencies of a field value ("Trung tâm Điện ảnh, Thể thao và Du lịch
    Việt Nam; Báo Văn hóa"): a comma or "và" separates two agencies only
    when an agency head follows it, so names with commas stay whole; items
    in lower case ("các đơn vị liên quan") are groups and left out; a
    ministry's departments by their names ("Các Cục: Di sản văn hóa, Bản
    quyền tác giả"), each."""
    value = value.strip()
    units = _UNIT_LIST_RE.match(value)
    if units:
        return _listed_units(units) + _field_agencies(value[units.end():].lstrip(" ."))
    value = re.sub(r"\([^()\n]*\)", lambda m: " " * len(m.group(0)), value)  # "Bộ Quốc phòng (Tổng cục Chính trị, …)"
    parts, start = [], 0
    for sep in _LIST_SEP_RE.finditer(value):
        # "Hội đồng Dân tộc, các Ủy ban khác của Quốc hội": a group after the comma ends the name too
        # (a unit's head, though its name goes on in lower case: "…, Vụ Phổ biến, giáo dục pháp luật, Cục trợ giúp
        # pháp lý, …"; a capitalised group: "Vụ Pháp luật hình sự - hành chính, Các vấn đề chung về xây dựng pháp luật",
        # the second unit's head left out)
        if sep.group(0).strip() and (";" in sep.group(0) or agency_at(value, sep.end())
                                     or value.startswith(("các ", "những ", "Các "), sep.end())
                                     or _FIELD_HEAD_RE.match(value, sep.end())):
            parts.append(value[start:sep.start()])
            start = sep.end()
    parts.append(value[start:])
    return [canonical_agency(_name_of_part(p.strip(" ."))) for p in parts
            if agency_at(p.strip()) or _FIELD_HEAD_RE.match(p.strip())]


# the head of a unit a field names, its name in lower case after it ("Cục trợ giúp pháp lý")
_FIELD_HEAD_RE = re.compile(rf"(?:Tổng cục|Cục|Vụ|Viện|Sở|Trung tâm|Ủy ban)[^\S\n]+{_LOW}+(?:[^\S\n]+{_LOW}+)+"
                            r"(?=[^\S\n]*(?:[,;]|\.?$))")


# what follows an agency in a field's part and is no part of its name: its verb, or a group after a comma ("- Cơ quan
# thực hiện: Sở Nội vụ chủ trì tham mưu …; …, Đài Phát thanh và Truyền hình Thành phố, cơ quan thông tấn báo chí"; not
# the rest of a name: "Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý")
# (in capitals too, and run into the name where a table's comma was lost: "Bộ Y tế, Cơ quan, đơn vị liên quan, cơ sở
# khám bệnh, chữa bệnh", "Sở Y tế cơ quan, đơn vị liên quan", QĐ 844/QĐ-TTg's annex)
_AFTER_NAME_RE = re.compile(rf"{_DUTY_VERB_RE.pattern}|[^\S\n]+(?:{_MANNER})\b|[^\S\n]*(?:,|\bvà\b)[^\S\n]*"
                            r"(?:[Cc]ác|những|[Cc]ơ quan|[Đđ]ơn vị|[Tt]ổ chức|[Dd]oanh nghiệp|cơ sở|báo|đài|[Đđ]ịa phương|ngành)(?![\w])"
                            r"|[^\S\n]+cơ quan,[^\S\n]*(?:đơn vị|tổ chức)\b")


def _name_of_part(part: str) -> str:
    """A field's part, or the agency at its start where a verb or a lower-case group follows that agency, or a dash
    and what is no agency ("Cơ quan chủ quản: Tỉnh ủy Phú Yên - Giấy phép hoạt động báo chí số 681/GP-BTTT …")."""
    span = agency_span(part)
    if not span:
        return part
    dash = _DASH_AFTER_RE.match(part, span[1])
    return span[0] if _AFTER_NAME_RE.match(part, span[1]) or (dash and not agency_at(part, dash.end())) else part


_DASH_AFTER_RE = re.compile(r"[^\S\n]+[-–][^\S\n]+(?=" + _CAP + ")")


# Tables of tasks, one row per task ("STT | Nội dung | Cơ quan chủ trì | Cơ
# quan phối hợp | Thời gian hoàn thành"), as the readers lay them out: a
# header cell names the role of the agencies in its column.
_ROLE_COLUMNS = (
    (re.compile(r"^(?:Cơ quan|Đơn vị)[^\S\n]+(?:chủ trì|thực hiện|trình)\b|^Chủ trì\b", re.I), "chủ trì"),
    # (and those asked for their opinion: "Đơn vị cho ý kiến", QĐ 59/QĐ-BTNMT's annex of laws)
    (re.compile(r"^(?:Cơ quan|Đơn vị)[^\S\n]+(?:phối hợp|tham gia|cho ý kiến|góp ý)\b|^Phối hợp\b", re.I), "phối hợp"),
    # (the body that follows a target up: "Cơ quan chủ trì theo dõi, đánh giá", QĐ 2629/QĐ-TTg's first annex)
    (re.compile(r"^(?:Cơ quan|Đơn vị)[^\S\n]+(?:chủ trì[^\S\n]+)?theo dõi\b", re.I), "theo dõi"),
)
_ROW_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})*|[IVX]{1,5})\.?\s*$")
_TIME_COLUMN_RE = re.compile(r"^(?:Thời gian|Thời hạn|Tiến độ)\b", re.I)
_TASK_COLUMN_RE = re.compile(r"^(?:Nội dung|Nhiệm vụ|Tên|Hoạt động|Công việc)\b", re.I)


def _group_row(lines, i: int) -> bool:
    """A table's row of one merged cell, laid out as a line of its own ("I. NÂNG CAO NHẬN THỨC …"), rows after it
    (past a second merged row: "I Giai đoạn 2025-2027" then "I.1 Cung cấp dịch vụ số …")."""
    return len(lines[i][1]) < 200 and i + 1 < len(lines) and (
        lines[i + 1][1].count(CELL_SEP) >= 2
        or (len(lines[i + 1][1]) < 200 and i + 2 < len(lines) and lines[i + 2][1].count(CELL_SEP) >= 2))


def _table_duties(text: str, sections: list[Section]) -> list[Duty]:
    """Rows of a table whose header names roles: every agency in a role
    column has that row's task, with the deadline of its time column. A row
    shorter than the header lost its first cells to a merged cell, or, when
    it keeps its number, its last empty ones."""
    duties = []
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    i = 0
    while i < len(lines):
        header = _cells(lines[i][1])
        roles = _roles_of(header)
        i += 1
        if len(header) < 3 or not roles:
            continue
        time = next((c for c, cell in enumerate(header) if _TIME_COLUMN_RE.match(cell.strip())), None)
        task_col = next((c for c, cell in enumerate(header) if _TASK_COLUMN_RE.match(cell.strip())), None)
        while i < len(lines) and _MARKDOWN_RULE_RE.fullmatch(lines[i][1]):
            i += 1  # a markdown table's rule under its header
        below = _cells(lines[i][1]) if i < len(lines) else []
        if len(below) == len(header) and not _ROW_NUMBER_RE.match(below[0]) and _roles_of(below):
            # a header of two rows, the roles in the second: "Đơn vị thực hiện" over "Chủ trì | Phối hợp"
            roles.update(_roles_of(below))
            i += 1
        while i < len(lines) and (CELL_SEP in lines[i][1] or _group_row(lines, i)):
            start, line = lines[i]
            i += 1
            if CELL_SEP not in line:
                continue
            cells = _cells(line)
            if not _ROW_NUMBER_RE.match(cells[0]) and _roles_of(cells):
                i -= 1  # the next table's header, after a line of its own (the next annex's title)
                break
            if len(cells) > len(header):
                cells = _realigned(cells, len(header), min(roles), task_col)
                if not cells:
                    continue
            # (a row that keeps its number lost its last, empty cells instead: "1 | Triển khai … | Sở Tài chính | Cơ
            # quan, địa phương liên quan | Thường xuyên" under six headers)
            pad = [""] * (len(header) - len(cells))
            cells = cells + pad if _ROW_NUMBER_RE.match(cells[0]) else pad + cells
            task = _clean_task(cells[task_col] if task_col is not None and cells[task_col] else line)
            deadline = cells[time].strip() or None if time is not None else None
            for c, role in roles.items():
                for agency in _field_agencies(_CELL_DASH_RE.sub("; ", cells[c])):
                    duties.append(Duty(agency, role, task, deadline or _deadline(task), _section_at(sections, start),
                                       start, start + len(line)))
    return duties


# a markdown table (a converter's output, thuvienphapluat copies): its rows between pipes, its rule "| --- | --- |"
_MARKDOWN_RULE_RE = re.compile(r"\|?(?:[^\S\n]*:?-{3,}:?[^\S\n]*\|)+[^\S\n]*:?(?:-{3,}:?)?[^\S\n]*")
_MARKDOWN_SPLIT_RE = re.compile(r"[^\S\n]?\|[^\S\n]?")
# a cell's items, once dashes on lines of their own: "- Vụ Đất đai - Cục Quy hoạch và Phát triển tài nguyên đất - Các
# đơn vị khác có liên quan" (not the dash inside a name: "Vụ Kế hoạch - Tài chính")
_CELL_DASH_RE = re.compile(r"(?:^|[^\S\n])[-–][^\S\n]+(?=(?:Cục|Vụ|Viện|Trung tâm|Văn phòng|Thanh tra|Tổng cục|Sở|Bộ|Ban|"
                           r"Các|Ủy ban|UBND|Công an|Chi cục)\b)")


def _cells(line: str) -> list[str]:
    """A table row's cells: parted by CELL_SEP, or a markdown row's between its
    pipes, empty ones kept ("| 1 | 48 | Tổng kết … | x | | Tháng 12 | Cục …")."""
    line = line.strip()
    if line.startswith("|") and line.endswith("|") and len(line) > 1:
        return [cell.strip() for cell in _MARKDOWN_SPLIT_RE.split(line[1:-1].strip())]
    return line.split(CELL_SEP)


def _roles_of(header: list[str]) -> dict[int, str]:
    """The role each column of a header gives ("Cơ quan chủ trì", "Đơn vị phối hợp", "Đơn vị cho ý kiến")."""
    return {c: role for c, cell in enumerate(header) for pattern, role in _ROLE_COLUMNS if pattern.match(cell.strip())}


def _realigned(cells: list[str], width: int, first_role: int, task_col: int | None) -> list[str] | None:
    """A numbered row with more cells than its header (a table flattened to
    lines, a cell's line begun in capitals read as a cell of its own: "… tham
    mưu Chính phủ trình Quốc hội, Ủy ban Thường vụ" then "Quốc hội sửa đổi …"),
    realigned: the cells before the first all of whose words are agencies or
    groups, from the task's on, are the task; what runs past the header, the
    last cell. None when no such cell stands where the roles begin."""
    if task_col is None or task_col >= first_role or not _ROW_NUMBER_RE.match(cells[0]):
        return None
    lead = next((i for i in range(first_role, len(cells)) if _only_agencies(cells[i])), None)
    if lead is None:
        return None
    shift = lead - first_role
    cells = cells[:task_col] + [" ".join(c.strip() for c in cells[task_col:task_col + shift + 1])] \
        + cells[task_col + shift + 1:]
    return cells[:width - 1] + [" ".join(c.strip() for c in cells[width - 1:])]


def _only_agencies(cell: str) -> bool:
    """Whether a cell names agencies or groups of them and nothing else ("Các bộ, cơ quan ngang bộ", "Bộ Nội vụ, Bộ
    Tư pháp"; not "Quốc hội sửa đổi, bổ sung …")."""
    cell = cell.strip().rstrip(" ,.;")
    return bool(cell) and cell[0].isupper() and _agency_list(cell, 0)[1] >= len(cell)


def _role_line_duties(text: str, sections: list[Section]) -> list[Duty]:
    """Plan items laid out as fields: "- Đơn vị chủ trì: Cục Văn hóa cơ sở.",
    "- Đơn vị phối hợp: Báo Văn hóa.", "- Thời gian thực hiện: Quý II/2020."
    The task is the item's heading, the deadline its "Thời gian" field."""
    duties = []
    fields = [(m, _field_agencies(m.group("list"))) for m in _ROLE_LINE_RE.finditer(text)]
    fields += [(m, [a for line in m.group("list").splitlines() if line.strip()
                    for a in _field_agencies(line.strip().lstrip("-+• "))]) for m in _ROLE_BLOCK_RE.finditer(text)]
    fields += [(m, _field_agencies(m.group("list"))) for m in _FOCAL_LINE_RE.finditer(text)]
    for m, agencies in fields:
        owners = [s for s in sections if s.start <= m.start() < s.end and s.kind not in ("dash", "diem")]
        item = owners[-1] if owners else None
        lo, hi = (item.start, item.end) if item else (m.start(), m.end())
        when = _WHEN_RE.search(text, lo, hi)
        task = (item.heading or item.label) if item else m.group(0)
        role = "chủ trì" if m.re is _FOCAL_LINE_RE or m.group("role") in ("chủ trì", "thực hiện", "chủ quản") \
            else "phối hợp"
        for agency in agencies:
            duties.append(Duty(agency, role, task, when.group(1).rstrip(" .;") if when else None,
                               item.label if item else None, m.start(), m.end()))
    return duties


def _dedupe_duties(duties: list[Duty], text: str) -> list[Duty]:
    """One duty per (agency, span): a task can name its partner twice; and
    none whose span ends another's of the same agency and role, from a later
    start on the same line (two rules reading one sentence from different
    starts; a plan item's last dash keeps its own duty beside its item's)."""
    seen, out = set(), []
    for d in duties:
        key = (agency_key(d.agency), d.role, d.start, d.end)
        if key not in seen:
            seen.add(key)
            out.append(d)
    starts: dict[tuple[str, str, int], list[int]] = {}
    for agency, role, start, end in seen:
        starts.setdefault((agency, role, end), []).append(start)
    # (a bare head read as a body, where the body it stands for was read from the same words: "Ban Chỉ đạo có
    # nhiệm vụ …" after the text named "Ban Chỉ đạo chiến dịch tiêm vắc xin …")
    resolved = {(head, d.role, d.start, d.end) for d in out for head in _BACK_HEADS if d.agency.startswith(head + " ")}
    return [d for d in out if not any(
        start < d.start and "\n" not in text[start:d.start] for start in starts[agency_key(d.agency), d.role, d.end])
        and (d.agency, d.role, d.start, d.end) not in resolved]


def _clean_task(task: str) -> str:
    return re.sub(r"^[-+•–\s]+", "", task).strip()


# "a) ", "2.1. ", "- ": the marker of a list item, before its task
# (a conclusion's numbered points: "(3) Bộ Công an tiếp tục chủ động phối hợp …")
_ITEM_MARK_RE = re.compile(r"^(?:[-+•–]\s*|[a-zđ]\)\s*|\(\d{1,2}\)\s*|\d+(?:\.\d+)*\.?\)?\s+)+")
# the standing body: "là cơ quan thường trực", "Thường trực về công tác …", its part played;
# not a body whose name holds the words ("cho Cơ quan Thường trực cấp Quân khu")
_STANDING_RE = re.compile(r"^(?:là\s+)?(?:cơ quan\s+|bộ phận\s+)?thường trực\b"
                          r"|\b(?:là|làm)\s+(?:cơ quan\s+|bộ phận\s+|đơn vị\s+)?(?:đầu mối\s+)?thường trực\b"
                          # ("Công an tỉnh phát huy vai trò Thường trực Ban Chỉ đạo 138 tỉnh trong tham mưu …")
                          # ("Tích cực thực hiện vai trò Cơ quan Thường trực Ban Chỉ đạo của Chính phủ …", NQ 122/NQ-CP)
                          r"|\b(?:phát huy|thực hiện|làm tốt) (?:tốt )?vai trò (?:(?:là )?cơ quan )?thường trực\b")


# (other words of watching between: "Chủ động theo dõi, cập nhật thông tin, diễn biến tình hình dịch bệnh …")
_WATCHING_RE = re.compile(r"(?:[^,.;]{1,25},\s*){0,3}theo dõi(?:\s+(?:chặt chẽ|sát|thường xuyên))?"
                          r"(?:,\s*(?:cập nhật|nắm bắt|nắm|giám sát)(?:\s+thông tin)?)?,?\s+(?:diễn biến|tình hình(?![^.;]{0,40}(?:thực hiện|triển khai|tiến độ|kết quả)))")


def _role(task: str) -> str | None:
    lowered = _ITEM_MARK_RE.sub("", task.lower())
    # ("Trong phạm vi chức năng, nhiệm vụ của mình, tham gia phối hợp …": the scope it acts in, then its verb)
    scope = _SCOPE_RE.match(lowered)
    lowered = lowered[scope.end():].lstrip(" ,") if scope else lowered
    # "tiếp tục phối hợp cung cấp …": the role of the verb that goes on
    # ("tiếp tục chủ động phối hợp …"; "giúp Thủ tướng Chính phủ theo dõi, hướng dẫn, kiểm tra, đôn đốc …": whom
    # it helps follow up)
    # ("chỉ đạo tăng cường phối hợp trong đó ưu tiên …": directing its own forces to coordinate)
    # ("tăng cường công tác phối hợp …", "tăng cường chặt chẽ phối hợp …": coordinating more is coordinating)
    # ("tập trung phối hợp …", "có trách nhiệm phối hợp …", "tham gia phối hợp triển khai …", "trao đổi, phối hợp chặt
    # chẽ với Tỉnh …", "Có kế hoạch phối hợp trong công tác kiểm tra liên ngành …": coordinating, as its readers give it)
    lowered = re.sub(r"^(?:(?:tiếp tục|chủ động|tích cực|khẩn trương|tăng cường(?: công tác| chặt chẽ)?|thường xuyên|sẵn sàng|"
                     r"chỉ đạo|tập trung|có (?:nhiệm vụ|trách nhiệm|kế hoạch)|thực hiện|tham gia|trao đổi|kịp thời),?\s+)+"
                     r"(?=phối hợp|chủ trì|theo dõi|đôn đốc)",
                     "", lowered)
    lowered = re.sub(r"^giúp\s+[^,.;]{1,60}?\s+(?=theo dõi|đôn đốc)", "", lowered)
    if lowered.startswith("chủ trì") or "là cơ quan chủ trì" in lowered:
        return "chủ trì"
    if lowered.startswith(("phối hợp", "hợp tác")):  # "có trách nhiệm hợp tác và trợ giúp …"
        return "phối hợp"
    if _STANDING_RE.search(lowered[:80]):
        return "thường trực"
    # "theo dõi, đôn đốc …", "quán triệt, chỉ đạo, theo dõi, kiểm tra …" ("hướng dẫn, kiểm tra và
    # đôn đốc …" is the agency's own task first; its urging adds the follow-up, see _more_roles)
    # (not watching how things go — "theo dõi chặt chẽ diễn biến cơn bão", "theo dõi sát tình hình quan hệ lao động":
    # that is the agency's own task —, but how others carry out theirs: "theo dõi tình hình, tiến độ, kết quả …")
    if re.match(r"(?:[^,.;]{1,25},\s*){0,3}(?:theo dõi|đôn đốc)\b", lowered) and not _WATCHING_RE.match(lowered):
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
