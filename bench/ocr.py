"""OCR word accuracy and speed on clean 300 dpi renders of real PDFs.

Every page of the real PDFs (those with a text layer) in the given folders is
rendered to a 300 dpi grayscale image with pdftoppm, and the images of each
document are put into an image-only PDF (Pillow, JPEG as a scanner would
store it). That PDF goes through the product's own PDF reader, which OCRs it
(Tesseract ``vie``, OMP_THREAD_LIMIT=1, one process per core). The OCR text
of each page is compared with the text layer of the same page of the
original: words are runs of letters and digits after NFC and lower-casing;
word accuracy = 1 - (word-level Levenshtein distance / reference words).

Prints one row per document and the total: pages, reference words, word
errors, word accuracy, mean OCR confidence, wall-clock seconds per page
(all cores at work), that times the number of cores, and CPU seconds per
page (this process and its pdftoppm/tesseract children: the cost per page
per core, unaffected by other load on the machine). ``--plain`` also measures the
render without stroke thickening (kb.ingest.ocr's ``enhance=False``).

Usage: python bench/ocr.py [--docs ../shared/data/docs ...] [--pages N] [--plain]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from kb.errors import ParseError
from kb.ingest import ocr
from kb.ingest.readers.pdf import read_pdf

_WORD_RE = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD_RE.findall(unicodedata.normalize("NFC", text).lower())


def word_errors(ref: list[str], hyp: list[str]) -> int:
    """Word-level Levenshtein distance (substitutions, insertions, deletions)."""
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, start=1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1]


def page_texts(raw) -> dict[int, str]:
    return {p.number: raw.text[p.start : p.end] for p in raw.pages}


def image_pdf(source: Path, pages: list[int], out: Path, tmp: Path, dpi: int = 300) -> None:
    """An image-only PDF of ``pages`` of ``source``, rendered at ``dpi``."""
    from PIL import Image

    images = []
    for n in pages:
        stem = tmp / f"{source.stem}-{n}"
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-f", str(n), "-l", str(n), "-gray", "-singlefile", str(source), str(stem)],
            check=True,
        )
        with Image.open(stem.with_suffix(".pgm")) as im:
            images.append(im.convert("L"))
        stem.with_suffix(".pgm").unlink()
    images[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared = Path(__file__).resolve().parents[2] / "shared" / "data" / "docs"
    parser.add_argument("--docs", nargs="+", default=[str(shared)], help="folders or PDF files")
    parser.add_argument("--pages", type=int, default=0, help="at most this many pages in all (0: every page)")
    parser.add_argument("--plain", action="store_true", help="also OCR without stroke thickening")
    args = parser.parse_args(argv)

    if not ocr.ocr_available():
        print(f"OCR is not available: {ocr.missing_reason()}", file=sys.stderr)
        return 2
    pdfs: list[Path] = []
    for item in map(Path, args.docs):
        pdfs.extend(sorted(item.glob("*.pdf")) if item.is_dir() else [item])

    workers = os.cpu_count() or 1
    budget = args.pages or None
    rows = []
    totals = {"pages": 0, "ref": 0, "err": 0, "plain_err": 0, "seconds": 0.0, "cpu": 0.0, "conf_words": 0.0, "words": 0}
    with tempfile.TemporaryDirectory(prefix="kb-bench-ocr-") as tmpdir:
        tmp = Path(tmpdir)
        for pdf in pdfs:
            if budget is not None and budget <= 0:
                break
            try:
                original = read_pdf(pdf, pdf.read_bytes())
            except ParseError as exc:
                print(f"skipped {pdf.name}: {exc.reason}", file=sys.stderr)
                continue
            if original.ocr_pages:
                print(f"skipped {pdf.name}: it has scanned pages, no text layer to compare with", file=sys.stderr)
                continue
            reference = page_texts(original)
            numbers = [n for n, text in reference.items() if words(text)]
            if budget is not None:
                numbers = numbers[:budget]
                budget -= len(numbers)
            scan = tmp / f"{pdf.stem}-scan.pdf"
            image_pdf(pdf, numbers, scan, tmp)

            started, cpu0 = time.perf_counter(), _cpu()
            raw = read_pdf(scan, scan.read_bytes())
            seconds, cpu = time.perf_counter() - started, _cpu() - cpu0
            got = page_texts(raw)
            ref_words = err = 0
            for i, n in enumerate(numbers, start=1):
                ref = words(reference[n])
                ref_words += len(ref)
                err += word_errors(ref, words(got.get(i, "")))
            plain_err = 0
            if args.plain:
                plain = ocr.ocr_pdf_pages(scan, range(1, len(numbers) + 1), enhance=False)
                for i, n in enumerate(numbers, start=1):
                    plain_err += word_errors(words(reference[n]), words(plain[i].text))
            page_words = sum(len(words(got.get(i, ""))) for i in raw.ocr_pages)
            conf = raw.ocr_confidence or 0.0
            rows.append((pdf.name, len(numbers), ref_words, err, plain_err, conf, seconds, len(raw.ocr_pages), cpu))
            totals["pages"] += len(numbers)
            totals["ref"] += ref_words
            totals["err"] += err
            totals["plain_err"] += plain_err
            totals["seconds"] += seconds
            totals["cpu"] += cpu
            totals["conf_words"] += conf * page_words
            totals["words"] += page_words

    if not rows:
        print("no PDF with a text layer found", file=sys.stderr)
        return 1
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"OCR: tesseract {_tesseract_version()} -l {ocr.LANGUAGE}, {ocr.DPI} dpi, OMP_THREAD_LIMIT=1, "
        f"{workers} processes; load average at the end {load}"
    )
    plain_head = " | plain accuracy" if args.plain else ""
    print(
        f"| document | pages | OCR'd | words | errors | word accuracy{plain_head} | confidence "
        "| wall s/page | wall s/page × cores | CPU s/page |"
    )
    print("|---|---:|---:|---:|---:|---:|" + ("---:|" if args.plain else "") + "---:|---:|---:|---:|")

    def line(name, pages, ocrd, ref, err, plain_err, conf, seconds, cpu):
        plain_col = f" | {1 - plain_err / ref:.4f}" if args.plain else ""
        print(
            f"| {name} | {pages} | {ocrd} | {ref} | {err} | {1 - err / ref:.4f}{plain_col} | {conf:.1f} | "
            f"{seconds / pages:.2f} | {seconds * workers / pages:.2f} | {cpu / pages:.2f} |"
        )

    for name, pages, ref, err, plain_err, conf, seconds, ocrd, cpu in rows:
        line(name, pages, ocrd, ref, err, plain_err, conf, seconds, cpu)
    mean_conf = totals["conf_words"] / totals["words"] if totals["words"] else 0.0
    line(
        "**all**", totals["pages"], sum(r[7] for r in rows), totals["ref"], totals["err"], totals["plain_err"],
        mean_conf, totals["seconds"], totals["cpu"],
    )
    return 0


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children
    (pdftoppm, tesseract): the cost of a page whatever else loads the machine."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _tesseract_version() -> str:
    try:
        out = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "?"
    first = (out.stdout or out.stderr).splitlines()
    return first[0].split()[-1] if first else "?"


if __name__ == "__main__":
    sys.exit(main())
