"""The level of a place named bare in a list, from the list of units (kb.ingest.places)."""

import pytest

from kb.ingest.places import place_levels


@pytest.mark.parametrize(
    "names, allowed, levels",
    [  # lists of real texts (bench/heldout59, 72, 74): the unit holding them all settles each one's level
        (["Ba Đình", "Hoàng Mai", "Quốc Oai"], {"quận", "huyện"}, ["quận", "quận", "huyện"]),
        (["Tuy An", "Sông Cầu", "Đông Hòa", "Tuy Hòa"], {"huyện", "thị xã", "thành phố"},
         ["huyện", "thị xã", "thị xã", "thành phố"]),
        # Quy Nhơn's wards and its one commune of the list; "Phước Mỹ" is a ward in Đà Nẵng and Phan Rang too
        (["Đống Đa", "Nhơn Bình", "Phước Mỹ"], {"phường", "xã"}, ["phường", "phường", "xã"]),
        # a name in many provinces, of one level in all of them
        (["Châu Thành"], {"huyện", "thị xã"}, ["huyện"]),
        # the numbered districts of Hồ Chí Minh City
        (["Quận 8", "Bình Thạnh"], {"quận", "huyện"}, ["quận", "quận"]),
        # marks placed the old way
        (["Nghi Thuỷ", "Nghi Hải"], {"phường", "xã"}, ["phường", "phường"]),
    ],
)
def test_levels_of_listed_places(names, allowed, levels):
    assert place_levels(names, allowed) == levels


@pytest.mark.parametrize(
    "names, allowed",
    [
        # Từ Liêm was split in 2013 (set 72 quotes a text of 2011): no such unit in the list, no level guessed
        (["Sơn Tây", "Từ Liêm", "Long Biên"], {"quận", "huyện", "thị xã"}),
        # levels of two tiers at once, and words that are no place
        (["Đống Đa", "Ba Đình"], {"quận", "phường"}),
        (["Công an", "Y tế"], {"huyện", "thị xã"}),
    ],
)
def test_no_level_when_it_is_not_certain(names, allowed):
    assert place_levels(names, allowed) is None
