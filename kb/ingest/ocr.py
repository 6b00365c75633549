"""OCR of PDF pages in Vietnamese: poppler's ``pdftoppm`` renders a page,
Tesseract (``vie`` model) reads it.

Both tools are Debian packages (poppler-utils, tesseract-ocr,
tesseract-ocr-vie) run as subprocesses: no Python binding is needed, and
the product still works without them (:func:`ocr_available` is False and
the PDF reader says which files needed OCR).

Pages are read in parallel, one Tesseract process per core, each limited to
one thread (``OMP_THREAD_LIMIT=1``: Tesseract's own OpenMP threads are much
slower than separate processes), with a time limit per page. A progress bar
by page goes to stderr when stderr is a terminal.

Thin strokes are thickened before recognition. Debian's ``vie`` model (the
small "fast" one) drops one mark of stacked diacritics (ế → ê, ẩ → â, ố →
ó) on thin renders of Times New Roman, the font of nearly every official
document; a 3×3 minimum filter (darker, wider strokes) and a slight blur
fix most of it (word accuracy on 21 clean 300 dpi pages of the real án lệ
PDFs: 95.3 % plain, 97.8 % thickened; ``bench/ocr.py``). Pages whose
strokes are already thick, as in most real scans, are left as they are.
Two fixes follow recognition: "ð" read for "đ", and the marks dropped from
the few phrases metadata and structure rely on ("SÓ 43/2021" → "SỐ",
"QUYÊT ĐỊNH", "Điêu 5"). A page read with low confidence is read again with
orientation detection (sideways or upside-down scans).

Public surface:
    ocr_available()                         are both tools and the model installed?
    missing_reason()                        why not, in a user's words
    ocr_pdf_pages(path, page_numbers, ...)  {page number: OcrPage}
    OcrPage                                 text, mean word confidence, word count
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from kb.errors import ParseError

log = logging.getLogger(__name__)

LANGUAGE = "vie"
# Render resolution (that of a good scan; the thresholds below assume it).
DPI = 300
# A page is rendered at a lower resolution when it would exceed this many
# pixels at DPI (posters, A0 plans), to bound memory and time.
MAX_PIXELS = 40_000_000
# Seconds allowed for rendering plus recognising one page.
PAGE_TIMEOUT = 180.0
# Words Tesseract is less sure of than this and that hold no letter or digit
# are specks of dirt, not text ("|", "~", "'").
_NOISE_CONFIDENCE = 60.0
# A page read with a lower mean confidence is read again with orientation
# detection: a sideways or upside-down scan gives about 45, an upright
# clean one about 95.
_RETRY_CONFIDENCE = 70.0

MISSING_REASON = (
    "cần OCR nhưng chưa cài Tesseract (tesseract-ocr, tesseract-ocr-vie) — "
    "OCR is needed but tesseract is not installed"
)
_ALNUM_RE = re.compile(r"\w")
# Tesseract reads "đ" as the look-alike eth (ð, Ð), which Vietnamese never uses.
_LOOKALIKES = str.maketrans({"ð": "đ", "Ð": "Đ"})
# Pixel values below this count as ink when measuring a render.
_INK = 128
# A render with less ink than this fraction of its pixels is a blank page.
_BLANK_INK = 0.0001
# Strokes thinner than this (pixels at 300 dpi) are thickened first.
_THIN_STROKE = 4.5


@dataclass(frozen=True)
class OcrPage:
    """What OCR read on one page.

    Attributes:
        number: 1-based page number.
        text: the recognised text, one line per printed line ("" if none).
        confidence: mean word confidence (0–100) over the page's words, or
            None when no word was found.
        words: number of words recognised.
        error: why the page could not be read (timeout, tool failure), or
            None; ``text`` is then "".
    """

    number: int
    text: str
    confidence: float | None
    words: int
    error: str | None = None


# --------------------------------------------------------------------------
# Availability


def _binaries() -> tuple[str | None, str | None]:
    """Paths of tesseract and pdftoppm on PATH (None when absent)."""
    return shutil.which("tesseract"), shutil.which("pdftoppm")


@functools.lru_cache(maxsize=8)
def _languages(tesseract: str) -> frozenset[str]:
    try:
        out = subprocess.run(
            [tesseract, "--list-langs"], capture_output=True, text=True, timeout=30, env=_env()
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (out.stdout + "\n" + out.stderr).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and " " not in line.strip())


def missing_reason() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    tesseract, pdftoppm = _binaries()
    if tesseract is None:
        return MISSING_REASON
    if LANGUAGE not in _languages(tesseract):
        return (
            "cần OCR nhưng Tesseract chưa có mô hình tiếng Việt (tesseract-ocr-vie) — "
            "OCR is needed but tesseract has no Vietnamese model (vie)"
        )
    if pdftoppm is None:
        return (
            "cần OCR nhưng chưa cài pdftoppm (poppler-utils) — "
            "OCR is needed but pdftoppm (poppler-utils) is not installed"
        )
    return None


def ocr_available() -> bool:
    """True when tesseract with the ``vie`` model and pdftoppm can run."""
    return missing_reason() is None


# --------------------------------------------------------------------------
# OCR


def ocr_pdf_pages(
    path: str | os.PathLike,
    page_numbers: Iterable[int],
    *,
    data: bytes | None = None,
    page_sizes: Mapping[int, tuple[float, float]] | None = None,
    workers: int | None = None,
    progress: bool | None = None,
    enhance: bool = True,
) -> dict[int, OcrPage]:
    """OCR the given 1-based pages of a PDF.

    Args:
        path: the PDF (named in errors; read unless ``data`` is given).
        page_numbers: pages to read.
        data: the file's bytes, when already in memory.
        page_sizes: page width and height in points, to lower the
            resolution of oversized pages (see :data:`MAX_PIXELS`).
        workers: parallel Tesseract processes (default: one per core).
        progress: show a progress bar on stderr (default: when stderr is a
            terminal).
        enhance: thicken thin strokes before recognition (see the module
            notes); False recognises the plain render.

    Returns:
        {page number: OcrPage} for every requested page; a page that failed
        (timeout, tool error) carries ``error`` instead of text.

    Raises:
        ParseError: the tools are missing, or the file cannot be written
            to a temporary folder.
    """
    from tqdm import tqdm

    numbers = sorted(set(int(n) for n in page_numbers))
    if not numbers:
        return {}
    reason = missing_reason()
    if reason is not None:
        raise ParseError(path, reason)
    tesseract, pdftoppm = _binaries()
    workers = max(1, min(workers or os.cpu_count() or 1, len(numbers)))
    results: dict[int, OcrPage] = {}
    with tempfile.TemporaryDirectory(prefix="kb-ocr-") as tmp:
        source = Path(tmp) / "source.pdf"
        try:
            if data is not None:
                source.write_bytes(data)
            else:
                shutil.copyfile(path, source)
        except OSError as exc:
            raise ParseError(path, f"không đọc được tệp để OCR — cannot read the file for OCR: {exc}") from exc
        # Threads suffice: each one waits on its own pdftoppm/tesseract process.
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kb-ocr")
        try:
            with tqdm(
                total=len(numbers),
                unit="trang",
                desc=f"OCR {Path(path).name[-30:]}",
                file=sys.stderr,
                disable=None if progress is None else not progress,
                leave=False,
            ) as bar:
                futures = [
                    pool.submit(
                        _ocr_page, tesseract, pdftoppm, source, n, _dpi((page_sizes or {}).get(n)), Path(tmp), enhance
                    )
                    for n in numbers
                ]
                for future in as_completed(futures):
                    page = future.result()
                    results[page.number] = page
                    bar.update(1)
        finally:
            # on Ctrl+C or an error, pages not started yet are dropped
            pool.shutdown(wait=True, cancel_futures=True)
    return {n: results[n] for n in numbers}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def _dpi(size: tuple[float, float] | None) -> int:
    if not size or size[0] <= 0 or size[1] <= 0:
        return DPI
    pixels = (size[0] / 72 * DPI) * (size[1] / 72 * DPI)
    if pixels <= MAX_PIXELS:
        return DPI
    return max(72, int(DPI * (MAX_PIXELS / pixels) ** 0.5))


def _ocr_page(
    tesseract: str, pdftoppm: str, source: Path, number: int, dpi: int, tmp: Path, enhance: bool
) -> OcrPage:
    """Render one page to a grayscale bitmap and recognise it."""
    deadline = time.monotonic() + PAGE_TIMEOUT
    stem = tmp / f"page-{number}"
    image = stem.with_suffix(".pgm")
    try:
        rendered = subprocess.run(
            [pdftoppm, "-r", str(dpi), "-f", str(number), "-l", str(number), "-gray", "-singlefile",
             str(source), str(stem)],
            capture_output=True, timeout=PAGE_TIMEOUT, env=_env(),
        )
        if rendered.returncode != 0 or not image.exists():
            return _failed(number, "pdftoppm", rendered.stderr)
        if not _prepare(image, dpi, enhance):
            return OcrPage(number, "", None, 0)  # blank page: nothing to read
        recognised = _recognise(tesseract, image, number, dpi, "3", deadline)
        if recognised.error is None and (recognised.confidence or 0) < _RETRY_CONFIDENCE:
            # Gibberish: maybe a page scanned sideways or upside down. Page
            # segmentation mode 1 detects the orientation first (osd model).
            if deadline - time.monotonic() > 1:
                turned = _recognise(tesseract, image, number, dpi, "1", deadline)
                if turned.error is None and (turned.confidence or 0) > (recognised.confidence or 0):
                    recognised = turned
        return recognised
    except subprocess.TimeoutExpired:
        return OcrPage(
            number, "", None, 0,
            error=f"OCR trang {number} quá {PAGE_TIMEOUT:.0f} giây — OCR of page {number} timed out",
        )
    except Exception as exc:  # one bad page must not lose the others
        log.warning("OCR of page %d of %s failed", number, source, exc_info=True)
        return OcrPage(number, "", None, 0, error=f"OCR trang {number} lỗi — OCR of page {number} failed: {exc}")
    finally:
        image.unlink(missing_ok=True)


def _recognise(tesseract: str, image: Path, number: int, dpi: int, psm: str, deadline: float) -> OcrPage:
    recognised = subprocess.run(
        [tesseract, str(image), "stdout", "-l", LANGUAGE, "--psm", psm, "--dpi", str(dpi), "tsv"],
        capture_output=True, timeout=max(1.0, deadline - time.monotonic()), env=_env(),
    )
    if recognised.returncode != 0:
        return _failed(number, "tesseract", recognised.stderr)
    return parse_tsv(number, recognised.stdout.decode("utf-8", errors="replace"))


def _prepare(image: Path, dpi: int, enhance: bool) -> bool:
    """Thicken thin strokes of the render in place; False when it is blank.

    Stroke width is estimated from how much ink a 3×3 erosion removes: a
    stroke ``w`` pixels wide loses 2 of them, so ``w ≈ 2 / (1 - kept)``.
    """
    from PIL import Image, ImageChops, ImageFilter

    with Image.open(image) as opened:
        page = opened.convert("L")
    ink = _ink(page)
    if ink < _BLANK_INK * page.width * page.height:
        return False
    if not enhance:
        return True
    kept = _ink(_square3(page, ImageChops.lighter)) / ink
    stroke = 2 / (1 - kept) if kept < 1 else float("inf")
    if stroke < _THIN_STROKE * dpi / DPI:
        page = _square3(page, ImageChops.darker).filter(ImageFilter.GaussianBlur(1))
        page.save(image)
    return True


def _square3(page, pick):
    """A 3×3 minimum (``pick=ImageChops.darker``) or maximum (``lighter``)
    filter, as two separable passes of shifted copies: the same result as
    ``ImageFilter.MinFilter(3)`` ten times faster."""
    from PIL import ImageChops

    row = pick(pick(page, ImageChops.offset(page, 1, 0)), ImageChops.offset(page, -1, 0))
    return pick(pick(row, ImageChops.offset(row, 0, 1)), ImageChops.offset(row, 0, -1))


def _ink(page) -> int:
    """Number of dark pixels in a grayscale image."""
    return sum(page.histogram()[:_INK])


def _failed(number: int, tool: str, stderr: bytes) -> OcrPage:
    detail = stderr.decode("utf-8", errors="replace").strip().splitlines()
    detail_text = detail[-1][:200] if detail else "no message"
    return OcrPage(
        number, "", None, 0, error=f"OCR trang {number} lỗi — OCR of page {number} failed ({tool}: {detail_text})"
    )


# --------------------------------------------------------------------------
# Restoring dropped diacritics in the words metadata and structure rely on

# Phrases whose every word, stripped of its marks, is unambiguous. An OCR'd
# run of words spelled like one of these with some marks missing (SÓ, Quyêt
# định, KÊ HOẠCH) gets the marks back; the kind line, "Số:" and "Điều 5"
# decide the document's number, kind and structure.
_PHRASES = (
    "Hiến pháp", "Bộ luật", "Pháp lệnh", "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị", "Thông tư",
    "Thông tư liên tịch", "Văn bản hợp nhất", "Kế hoạch", "Công văn", "Thông báo", "Báo cáo", "Án lệ",
    "Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc", "Ủy ban nhân dân",
    "Hội đồng nhân dân", "Chính phủ", "Thủ tướng", "Bộ trưởng", "Chủ tịch", "Nơi nhận", "Căn cứ",
    "Tòa án nhân dân", "Hội đồng Thẩm phán", "Chánh án", "Viện kiểm sát nhân dân", "Ban Chỉ đạo",
    "mua bán người", "nạn nhân",
)
# Single words, restored only when what follows makes them unambiguous:
# "Số 43/2021", "Số: 113/KH-UBND", "Điều 5", "khoản 2", "Chương II".
_LABELS = {"số": r"\s*:?\s*\d", "điều": r"\s*\d", "khoản": r"\s*\d", "chương": r"\s*(?:[IVXLC]+|\d)\b"}
_EDGE_RE = re.compile(r"^(\W*)(.*?)(\W*)$", re.DOTALL)


def _marks(char: str) -> tuple[str, frozenset[str]]:
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[:1], set(decomposed[1:])
    if base in "đĐ":
        base, marks = {"đ": "d", "Đ": "D"}[base], marks | {"bar"}
    return base.lower(), frozenset(marks)


def _fold(word: str) -> str:
    return "".join(_marks(c)[0] for c in word)


def _fewer_marks(seen: str, true: str) -> bool:
    """Whether ``seen`` is ``true`` with some diacritics dropped (and no other change)."""
    if len(seen) != len(true):
        return False
    for a, b in zip(seen, true):
        (base_a, marks_a), (base_b, marks_b) = _marks(a), _marks(b)
        if base_a != base_b or not marks_a <= marks_b:
            return False
    return True


def _cased(true: str, seen: str) -> str:
    if seen.isupper() and len(seen) > 1:
        return true.upper()
    if seen[:1].isupper():
        return true[:1].upper() + true[1:].lower()
    return true.lower()


_PHRASE_INDEX: dict[str, list[list[str]]] = {}
for _phrase in sorted(_PHRASES, key=lambda p: -len(p.split())):
    _words = unicodedata.normalize("NFC", _phrase).split()
    _PHRASE_INDEX.setdefault(_fold(_words[0]), []).append(_words)


def _restore_marks(line: str) -> str:
    """Give back diacritics OCR dropped from the phrases in :data:`_PHRASES`
    and :data:`_LABELS` (see there)."""
    tokens = line.split(" ")
    parts = [_EDGE_RE.match(t).groups() for t in tokens]
    cores = [core for _, core, _ in parts]
    i = 0
    while i < len(cores):
        matched = 0
        for words in _PHRASE_INDEX.get(_fold(cores[i]), ()):
            window = cores[i : i + len(words)]
            if len(window) == len(words) and all(
                tokens[i + j] == w if not w[:1].isalpha() else _fold(c) == _fold(w) and _fewer_marks(c, w)
                for j, (c, w) in enumerate(zip(window, words))
            ):
                for j, w in enumerate(words):
                    if w[:1].isalpha():
                        cores[i + j] = _cased(w, cores[i + j])
                matched = len(words)
                break
        if not matched:
            for label, follows in _LABELS.items():
                if _fold(cores[i]) == _fold(label) and _fewer_marks(cores[i].lower(), label):
                    rest = parts[i][2] + " " + " ".join(tokens[i + 1 :])
                    if re.match(follows, rest):
                        cores[i] = _cased(label, cores[i])
                    break
        i += matched or 1
    return " ".join(lead + core + tail for (lead, _, tail), core in zip(parts, cores))


def parse_tsv(number: int, tsv: str) -> OcrPage:
    """Turn Tesseract's TSV output into text (one line per recognised line)
    and the mean confidence of its words."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        word = unicodedata.normalize("NFC", cols[11].strip()).translate(_LOOKALIKES)
        try:
            conf = float(cols[10])
        except ValueError:
            continue
        if not word or conf < 0:
            continue
        if conf < _NOISE_CONFIDENCE and not _ALNUM_RE.search(word):
            continue
        key = (int(cols[2]), int(cols[3]), int(cols[4]))
        lines.setdefault(key, []).append(word)
        confidences.append(conf)
    text = "\n".join(_restore_marks(" ".join(words)) for words in lines.values())
    confidence = sum(confidences) / len(confidences) if confidences else None
    return OcrPage(number, text, confidence, len(confidences))


__all__ = ["OcrPage", "ocr_available", "ocr_pdf_pages", "missing_reason", "parse_tsv", "DPI", "PAGE_TIMEOUT"]
