"""What both engines share: the lock error and the analysis of a document
into the term families of :mod:`kb.search.schema`."""

from __future__ import annotations

from collections.abc import Iterator

from kb.errors import KBError, SearchQueryError
from kb.ingest.normalize import number_key
from kb.search import analysis
from kb.search.analysis import Segmenter, bigrams, fold, syllables, tokenize
from kb.search.models import IndexDoc, IndexSection
from kb.search.schema import BI, FACET_FIELDS, FBI, FHEAD, FSYL, HEAD, SYL, TITLE, WC

# How long a writer waits for another writer's lock before giving up.
LOCK_TIMEOUT_S = 60.0


class IndexLockedError(KBError):
    """Another process is writing the index and did not finish in time."""

    status = 503

    def __init__(self, path, waited: float):
        self.path = str(path)
        super().__init__(
            f"Chỉ mục tìm kiếm đang được ghi bởi tiến trình khác ({self.path}); "
            f"đã chờ {waited:.0f} giây, hãy thử lại sau."
        )


# --- document -> index fields -------------------------------------------------


def _terms(text: str) -> tuple[list[str], list[str]]:
    tokens = tokenize(text)
    return syllables(tokens), bigrams(tokens)


def section_fields(doc: IndexDoc, segmenter: Segmenter) -> Iterator[dict]:
    """The Whoosh fields of each section of ``doc``."""
    sections = doc.sections or [IndexSection(section_id="body", label=None, heading="", text=doc.text)]
    title_syl, title_bi = _terms(" ".join(filter(None, [doc.doc_type, doc.title])))
    meta = {
        "doc_id": doc.doc_id,
        "number": doc.number,
        "title": doc.title,
        "issued": doc.issued.isoformat() if doc.issued else None,
        "path": doc.path,
        TITLE: " ".join(title_syl + title_bi),
    }
    key = number_key(doc.number) if doc.number else None
    if key:
        meta["number_key"] = key
        meta["ordinal"] = key.split("/", 1)[0]
    for name, value in (
        ("doc_type", doc.doc_type),
        ("issuer", doc.issuer),
        ("year", str(doc.issued.year) if doc.issued else None),
        ("province", doc.province),
        ("status", doc.status),
    ):
        # always write the column: Whoosh's column readers break (IndexError)
        # on segments whose last documents lack a value
        meta[name] = value or ""
    for section in sections:
        # The heading is part of the section's text too ("Điều 5. Phạm vi
        # điều chỉnh" is read as one passage); HEAD weights it once more.
        body_syl, body_bi = _terms(section.heading + "\n" + section.text if section.heading else section.text)
        head_syl, head_bi = _terms(" ".join(filter(None, [section.label, section.heading])))
        head = head_syl + head_bi
        fields = dict(meta)
        fields.update(
            key=f"{doc.doc_id}#{section.section_id}",
            section_id=section.section_id,
            label=section.label,
            heading=section.heading,
            text=section.text,
            **{
                SYL: " ".join(body_syl),
                BI: " ".join(body_bi),
                WC: " ".join(analysis.compounds(section.text, segmenter)),
                HEAD: " ".join(head),
                FSYL: fold(" ".join(body_syl)),
                FBI: fold(" ".join(body_bi)),
                FHEAD: fold(" ".join(head + title_syl + title_bi)),
            },
        )
        yield {k: v for k, v in fields.items() if v is not None}


def filter_values(values: dict) -> list[tuple[str, str]]:
    """The exact-value filters that are set, as (field, value) strings, in
    FACET_FIELDS order.

    Raises:
        SearchQueryError: a year that is not a number.
    """
    out = []
    for name in FACET_FIELDS:
        value = values.get(name)
        if value is None or value == "":
            continue
        if name == "year":
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise SearchQueryError(f"Năm không hợp lệ: {value!r}.") from None
        out.append((name, str(value)))
    return out


# Paging bounds, checked once by the facade for every engine.
MAX_LIMIT = 200
MAX_OFFSET = 10_000


def check_paging(limit: int, offset: int) -> None:
    """Raise SearchQueryError for a page outside the bounds."""
    if not 0 < limit <= MAX_LIMIT or not 0 <= offset <= MAX_OFFSET:
        raise SearchQueryError(f"Phân trang không hợp lệ (limit 1–{MAX_LIMIT}, offset 0–{MAX_OFFSET}).")
