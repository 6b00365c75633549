"""Metadata accuracy (số hiệu, loại văn bản) against ground truth in ../shared/data.

Ground truth:
  - docs/source_registry.json: official number and kind of each DOCX/PDF;
  - html/vbpl/manifest.jsonl: each page's URL slug carries kind and number;
  - seeds: the five pages the product was specified from (SOURCES.md).

Usage: python bench/metadata.py [--data ../shared/data]
Prints one line per document and, last, a JSON summary.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from kb.errors import ParseError
from kb.ingest import parse_file
from kb.ingest.normalize import fold_diacritics

_REGISTRY_KIND = {
    "bo_luat": "Bộ luật",
    "luat": "Luật",
    "nghi_dinh": "Nghị định",
    "nghi_quyet": "Nghị quyết",
    "an_le": "Án lệ",
    "thong_tu": "Thông tư",
    "quyet_dinh": "Quyết định",
}
# URL slug prefix -> kind, longest first.
_SLUG_KIND = (
    ("thong-tu-lien-tich", "Thông tư liên tịch"),
    ("van-ban-hop-nhat", "Văn bản hợp nhất"),
    ("nghi-quyet", "Nghị quyết"),
    ("nghi-dinh", "Nghị định"),
    ("quyet-dinh", "Quyết định"),
    ("thong-tu", "Thông tư"),
    ("chi-thi", "Chỉ thị"),
    ("luat", "Luật"),
    ("decree", "Nghị định"),
)
# Seeds (SOURCES.md names what each page is about).
_SEEDS = {
    "000": ("1747/KH-SLĐTBXH", "Kế hoạch"),
    "001": ("128/KH-UBND", "Kế hoạch"),
    "002": ("1562/KH-LĐTBXH", "Kế hoạch"),
    "003": ("525/QĐ-LĐTBXH", "Quyết định"),
    "004": ("113/KH-UBND", "Kế hoạch"),
}


def _slug(number: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_diacritics(number).lower()).strip("-")


def ground_truth(data: Path) -> list[tuple[Path, str | None, str]]:
    """(file, expected number or None when only a slug is known, expected kind)."""
    cases: list[tuple[Path, str | None, str]] = []
    registry = json.loads((data / "docs" / "source_registry.json").read_text(encoding="utf-8"))
    for entry in registry["documents"]:
        stem = entry["doc_id"]
        for path in (data / "docs").glob(stem + ".*"):
            cases.append((path, entry["official_number"], _REGISTRY_KIND[entry["loai_van_ban"]]))
    for line in (data / "html" / "vbpl" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        slug = record["url"].rsplit("/", 1)[1]
        kind = next((k for prefix, k in _SLUG_KIND if slug.startswith(prefix + "-")), None)
        cases.append((data / "html" / "vbpl" / record["file_name"], "slug:" + slug, kind))
    # án lệ files are named "an_le_so_{n}{year}AL"
    for path in sorted((data / "docs").glob("an_le_so_*")):
        m = re.match(r"an_le_so_(\d+)(\d{4})AL", path.stem)
        cases.append((path, f"{m.group(1)}/{m.group(2)}/AL", "Án lệ"))
    # tvpl files were renamed by number by whoever collected them (SOURCES.md)
    tvpl = {
        "tvpl_24-2018-QH14": ("24/2018/QH14", "Luật"),
        "tvpl_715-QD-UBND-2023": ("715/QĐ-UBND", "Quyết định"),
        "tvpl_784-QD-BVHTTDL-2020": ("784/QĐ-BVHTTDL", "Quyết định"),
    }
    for path in sorted((data / "html" / "tvpl").glob("*.html")):
        number, kind = next(v for k, v in tvpl.items() if path.name.startswith(k))
        cases.append((path, number, kind))
    for path in sorted((data / "seeds").glob("*.txt")):
        number, kind = _SEEDS[path.name[:3]]
        cases.append((path, number, kind))
    return cases


def number_matches(found: str | None, expected: str) -> bool:
    if found is None:
        return False
    if expected.startswith("slug:"):
        slug = expected[5:]
        # the slug spells the number after the kind (and "so-"), then the title
        return f"-{_slug(found)}-" in f"-{slug}-"
    return found == expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    args = parser.parse_args(argv)
    data = Path(args.data)
    n = number_ok = kind_ok = shells = 0
    for path, number, kind in ground_truth(data):
        try:
            meta = parse_file(path).metadata
        except ParseError as exc:
            shells += 1
            print(f"REFUSED {path.name}: {exc.reason}")
            continue
        n += 1
        ok_n = number_matches(meta.number, number)
        ok_k = meta.doc_type == kind
        number_ok += ok_n
        kind_ok += ok_k
        flag = "ok " if ok_n and ok_k else "BAD"
        print(f"{flag} {path.name[:28]:28} number={meta.number!s:45} kind={meta.doc_type!s:20} expected={number} / {kind}")
    summary = {
        "documents": n,
        "refused_shells": shells,
        "number_accuracy": round(number_ok / n, 4),
        "doc_type_accuracy": round(kind_ok / n, 4),
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
