"""Provisions that define what a trafficking victim is entitled to.

A provision (an Điều, or its khoản) is an entitlement when it names a
victim of trafficking as beneficiary and a kind of support (DOMAIN.md
"Victim entitlements"). Plans and news only describe support; provisions of
normative texts define it, so only Điều sections are read.

Public verb: ``find_entitlements(text, sections) -> list[Entitlement]``. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.ingest.models import Section

# Kind of support -> the wording that names it.
SUPPORT_KINDS: dict[str, re.Pattern] = {
    kind: re.compile(pattern, re.IGNORECASE)
    for kind, pattern in (
        ("nhu cầu thiết yếu", r"nhu cầu thiết yếu"),
        ("chi phí đi lại", r"chi phí đi lại|tiền tàu xe|chi phí vận chuyển"),
        ("y tế", r"hỗ trợ y tế|khám bệnh, chữa bệnh|khám, chữa bệnh|chăm sóc y tế|chăm sóc sức khỏe"),
        ("tâm lý", r"tâm lý"),
        ("trợ giúp pháp lý", r"trợ giúp pháp lý"),
        ("học văn hóa", r"học văn hóa"),
        ("học nghề", r"học nghề|đào tạo nghề|dạy nghề"),
        ("trợ cấp ban đầu", r"trợ cấp khó khăn ban đầu|hỗ trợ ban đầu|trợ cấp ban đầu"),
        ("vay vốn", r"vay vốn"),
        ("lưu trú", r"lưu trú|chỗ ở tạm thời|nơi ở tạm thời|cơ sở bảo trợ xã hội|cơ sở hỗ trợ nạn nhân"),
        ("tư vấn", r"\btư vấn\b"),
    )
}

# Who the provision benefits: victims of trafficking and people being
# identified as victims; children get special care.
_BENEFICIARIES = (
    ("nạn nhân bị mua bán", re.compile(
        r"nạn nhân (?:của (?:hành vi |tội )?)?(?:bị )?(?:mua bán|buôn bán)(?: người)?|người bị (?:mua bán|buôn bán)", re.I
    )),
    ("người đang trong quá trình xác định là nạn nhân",
     re.compile(r"người đang trong quá trình xác định là nạn nhân", re.I)),
    ("nạn nhân là trẻ em", re.compile(r"nạn nhân là trẻ em|trẻ em là nạn nhân", re.I)),
)


@dataclass
class Entitlement:
    """One provision granting support to victims.

    Attributes:
        provision: the section label ("Điều 7 Luật số 11/2017/QH14", "khoản 2 Điều 5").
        section_index: index of the provision in the document's section list.
        kinds: kinds of support, in :data:`SUPPORT_KINDS` order.
        beneficiaries: who benefits.
        start, end: span of the provision in the text.
    """

    provision: str
    section_index: int
    kinds: list[str]
    beneficiaries: list[str]
    start: int
    end: int


def find_entitlements(text: str, sections: list[Section]) -> list[Entitlement]:
    """Articles (Điều) that grant a kind of support to trafficking victims."""
    out = []
    for i, section in enumerate(sections):
        if section.kind != "dieu":
            continue
        body = text[section.start:section.end]
        beneficiaries = [name for name, pattern in _BENEFICIARIES if pattern.search(body)]
        if not beneficiaries:
            continue
        kinds = [kind for kind, pattern in SUPPORT_KINDS.items() if pattern.search(body)]
        if kinds:
            out.append(Entitlement(section.label, i, kinds, beneficiaries, section.start, section.end))
    return out
