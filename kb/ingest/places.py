"""The level of a place a text names bare, from the list of units.

Texts list places under one head of several levels: "UBND các quận, huyện:
Ba Đình, Hoàng Mai, Quốc Oai", "UBND các phường, xã: Đống Đa, Nhơn Bình, …,
Phước Mỹ". A reader knows Ba Đình is a quận and Quốc Oai a huyện; this module
knows it from ``data/places.tsv`` (the units before the 2025 reform, see
``data/make_places.py``).

Public verb: ``place_levels(names, allowed)``. The places of one list are
looked for inside one unit (the province of the districts, the district of
the communes), which settles names found in many provinces ("Châu Thành").
Pure function over a table loaded once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kb.ingest.normalize import fold_diacritics

_TABLE = Path(__file__).with_name("data") / "places.tsv"
DISTRICT_LEVELS = frozenset({"quận", "huyện", "thị xã", "thành phố"})
COMMUNE_LEVELS = frozenset({"phường", "xã", "thị trấn"})


def _key(name: str) -> str:
    # "Quận 8" is listed as "8"; spellings differ in their marks ("Nghi Thuỷ", "Nghi Thủy")
    name = re.sub(r"^(?:Quận|Phường)\s+(?=\d)", "", name.strip())
    return " ".join(fold_diacritics(name).lower().replace("-", " ").split())


@lru_cache(maxsize=1)
def _units() -> tuple[dict, dict]:
    """name key -> {(container, level)}: districts in their province, communes in their district."""
    districts: dict[str, set] = {}
    communes: dict[str, set] = {}
    with _TABLE.open(encoding="utf-8") as rows:
        next(rows)
        for row in rows:
            province, dlevel, district, clevel, commune = row.rstrip("\n").split("\t")
            districts.setdefault(_key(district), set()).add((province, dlevel))
            if commune:
                communes.setdefault(_key(commune), set()).add(((province, district), clevel))
    return districts, communes


def place_levels(names: list[str], allowed: set[str]) -> list[str] | None:
    """The level of each place of one list, each of ``allowed`` ("quận",
    "huyện" …), or None when a name is no such unit or its level is not
    certain.

    >>> place_levels(["Ba Đình", "Hoàng Mai", "Quốc Oai"], {"quận", "huyện"})
    ['quận', 'quận', 'huyện']
    >>> place_levels(["Đống Đa", "Phước Mỹ"], {"phường", "xã"})  # both in Quy Nhơn
    ['phường', 'xã']
    """
    if not names or not allowed:
        return None
    if allowed <= DISTRICT_LEVELS:
        table = _units()[0]
    elif allowed <= COMMUNE_LEVELS:
        table = _units()[1]
    else:
        return None
    found = [{(where, level) for where, level in table.get(_key(n), ()) if level in allowed} for n in names]
    if not all(found):
        return None
    # the units that hold every place of the list, and the levels each place has there
    shared = set.intersection(*({where for where, _ in f} for f in found))
    levels = []
    for f in found:
        here = {level for where, level in f if where in shared} if shared else {level for _, level in f}
        if len(here) != 1:
            return None
        levels.append(here.pop())
    return levels
