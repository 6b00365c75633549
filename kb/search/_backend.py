"""Index lifecycle: open, write (commit only on success), delete.

Whoosh allows one writer at a time (LockError) and any number of readers;
a searcher keeps reading the segments it opened while a writer works, so
searches keep working during an ingest and see the new documents after the
commit.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import LockError
from whoosh.scoring import BM25F
from whoosh.writing import SegmentWriter

from kb.errors import KBError
from kb.search import analysis
from kb.ingest.normalize import number_key
from kb.search.analysis import Segmenter, bigrams, fold, syllables, tokenize
from kb.search.models import IndexDoc, IndexSection
from kb.search.schema import BI, FBI, FHEAD, FSYL, HEAD, SYL, TITLE, WC, Ranking, get_schema

logger = logging.getLogger("kb.search")

INDEX_NAME = "sections"
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


class SearchIndex:
    """An open index plus the strategies used on it.

    Args:
        ix: the Whoosh index.
        path: its directory.
        segmenter: word segmentation for the compound field; the same one
            must be used at index and query time.
        ranking: weights and BM25 parameters.
    """

    def __init__(self, ix, path: Path, segmenter: Segmenter, ranking: Ranking):
        self.ix = ix
        self.path = path
        self.segmenter = segmenter
        self.ranking = ranking
        self._local = threading.local()

    def weighting(self) -> BM25F:
        return BM25F(B=self.ranking.b, K1=self.ranking.k1)

    @contextmanager
    def searcher(self):
        """A searcher on the latest committed state, reused per thread."""
        current = getattr(self._local, "searcher", None)
        if current is None or current.reader().generation() != self.ix.latest_generation():
            # Not Searcher.refresh(): it reuses segment readers and so keeps
            # serving documents deleted by a delete-only commit.
            if current is not None:
                current.close()
            current = self.ix.searcher(weighting=self.weighting())
            self._local.searcher = current
        yield current

    def close(self) -> None:
        current = getattr(self._local, "searcher", None)
        if current is not None:
            current.close()
            self._local.searcher = None
        self.ix.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_index(
    path: Path,
    create: bool = True,
    *,
    segmenter: Segmenter = analysis.underthesea_segmenter,
    ranking: Ranking | None = None,
) -> SearchIndex:
    """Open the index in directory ``path``; create it if absent and allowed.

    Raises:
        FileNotFoundError: no index there and ``create`` is False.
    """
    path = Path(path)
    if whoosh_index.exists_in(path, indexname=INDEX_NAME):
        ix = whoosh_index.open_dir(path, indexname=INDEX_NAME)
    elif create:
        path.mkdir(parents=True, exist_ok=True)
        ix = whoosh_index.create_in(path, get_schema(), indexname=INDEX_NAME)
    else:
        raise FileNotFoundError(f"no search index in {path}")
    return SearchIndex(ix, path, segmenter, ranking or Ranking())


@contextmanager
def index_writer(index: SearchIndex, timeout: float = LOCK_TIMEOUT_S) -> Iterator[SegmentWriter]:
    """A writer that commits only if the block succeeds, else cancels.

    The lock is released either way. Waits up to ``timeout`` seconds for
    another writer's lock.

    Raises:
        IndexLockedError: the lock stayed taken for ``timeout`` seconds.
    """
    try:
        writer = index.ix.writer(timeout=timeout, delay=0.25, limitmb=256)
    except LockError:
        raise IndexLockedError(index.path, timeout) from None
    try:
        yield writer
    except BaseException:
        writer.cancel()
        raise
    else:
        writer.commit()


def index_documents(index: SearchIndex, docs: Iterable[IndexDoc], *, timeout: float = LOCK_TIMEOUT_S) -> int:
    """Add or replace documents: all sections of each doc_id are replaced.

    Returns:
        the number of sections written.
    """
    count = 0
    with index_writer(index, timeout) as writer:
        for doc in docs:
            writer.delete_by_term("doc_id", doc.doc_id)
            for fields in section_fields(doc, index.segmenter):
                writer.add_document(**fields)
                count += 1
    return count


def delete_documents(index: SearchIndex, doc_ids: Iterable[str], *, timeout: float = LOCK_TIMEOUT_S) -> None:
    """Remove every section of the given documents."""
    with index_writer(index, timeout) as writer:
        for doc_id in doc_ids:
            writer.delete_by_term("doc_id", doc_id)


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
