"""Write ``places.tsv``: the administrative units of Viet Nam before the 2025
reform (63 provinces, their districts and communes), the levels texts of
2000-2025 name them by.

Run by hand; it reads the legacy table of the ``vietnamadminunits`` package
(``pip install vietnamadminunits``), whose rows are the General Statistics
Office's list of units. One line per commune: province, district level,
district name, commune level, commune name (levels in lower case, as texts
write them after "UBND": "quận", "thị xã", "phường" …).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import vietnamadminunits

DATASET = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
OUT = Path(__file__).with_name("places.tsv")


def main() -> None:
    rows = sqlite3.connect(DATASET).execute(
        "SELECT DISTINCT provinceShort, districtType, districtShort, wardType, wardShort"
        " FROM admin_units_legacy ORDER BY provinceShort, districtShort, wardShort")
    with OUT.open("w", encoding="utf-8") as out:
        out.write("province\tdistrict_level\tdistrict\tcommune_level\tcommune\n")
        for province, dlevel, district, wlevel, ward in rows:
            out.write("\t".join(x or "" for x in (province, (dlevel or "").lower(), district,
                                                   (wlevel or "").lower(), ward)) + "\n")


if __name__ == "__main__":
    main()
