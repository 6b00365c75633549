"""Print real web pages of documents to PDF with Chromium, as a user does
with "Print → Save as PDF" (the PDF fixtures marked "printed" in tests/data/pdf).

The page's document body (vbpl.vn ``[data-vbpl-content-root]``,
thuvienphapluat.vn ``#divContentDoc``) is printed alone on A4 with the
margins of an official document; nothing is fetched from the network.

Usage: python bench/print_pdf.py OUT_DIR PAGE.html [PAGE.html ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

BODY_JS = """() => {
  const el = [...document.querySelectorAll('[data-vbpl-content-root], #divContentDoc')]
    .find(e => e.tagName !== 'MAIN');
  if (el) { document.body.innerHTML = ''; document.body.appendChild(el); }
}"""


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    out_dir, pages = Path(argv[0]), [Path(p).resolve() for p in argv[1:]]
    out_dir.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        for src in pages:
            page = browser.new_page()
            page.route("**/*", lambda r: r.abort() if not r.request.url.startswith("file:") else r.continue_())
            page.goto(src.as_uri())
            page.evaluate(BODY_JS)
            out = out_dir / f"{src.stem}.pdf"
            page.pdf(path=str(out), format="A4",
                     margin={"top": "2cm", "bottom": "2cm", "left": "2.5cm", "right": "1.5cm"})
            page.close()
            print(out)
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
