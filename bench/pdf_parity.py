"""Do duties survive a PDF? Real web pages of documents are printed to PDF
with Chromium (bench/print_pdf.py, as a user saves a page), read back through
the product's PDF reader, and their (agency, role) pairs compared with those
of the web page itself.

Usage: python bench/pdf_parity.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from print_pdf import main as print_pages  # noqa: E402

from kb.ingest import parse_file  # noqa: E402
from kb.ingest.agencies import agency_key  # noqa: E402

# pages of the duty sets with tasks in prose, in items and in a ruled table
PAGES = (
    "html/vbpl/doc_000035.html", "html/vbpl/doc_000126.html", "html/vbpl/doc_000272.html",
    "html/tvpl/tvpl_784-QD-BVHTTDL-2020_ke-hoach-tuyen-truyen__repo-mislabelled-enterprise-law-2020.html",
    "html/vbpl/doc_000192.html", "html/vbpl/doc_000117.html", "html/vbpl/doc_000239.html",
    "html/vbpl/doc_000025.html", "html/vbpl/doc_000103.html", "html/vbpl/doc_000007.html",
)


def pairs(doc) -> set[tuple[str, str]]:
    return {(agency_key(d.agency), d.role) for d in doc.duties}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(HERE.parents[1] / "shared" / "data"))
    args = parser.parse_args(argv)
    pages = [Path(args.data) / p for p in PAGES]
    with tempfile.TemporaryDirectory() as out:
        print_pages([out, *map(str, pages)])
        total = {"page_pairs": 0, "pdf_pairs": 0, "common": 0}
        for page in pages:
            web, pdf = pairs(parse_file(page)), pairs(parse_file(Path(out) / f"{page.stem}.pdf"))
            total["page_pairs"] += len(web)
            total["pdf_pairs"] += len(pdf)
            total["common"] += len(web & pdf)
            print(f"{page.name[:40]:40} page {len(web):3}  pdf {len(pdf):3}  common {len(web & pdf):3}"
                  + (f"  missing {sorted(web - pdf)}" if web - pdf else "")
                  + (f"  extra {sorted(pdf - web)}" if pdf - web else ""))
    total["recall"] = round(total["common"] / total["page_pairs"], 3) if total["page_pairs"] else None
    print(json.dumps(total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
