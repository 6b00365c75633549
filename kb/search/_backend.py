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

from kb.search import analysis
from kb.search._common import LOCK_TIMEOUT_S, IndexLockedError, section_fields
from kb.search.analysis import Segmenter
from kb.search.models import IndexDoc
from kb.search.schema import Ranking, get_schema

logger = logging.getLogger("kb.search")

INDEX_NAME = "sections"
ENGINE = "whoosh"

__all__ = ["LOCK_TIMEOUT_S", "IndexLockedError", "SearchIndex", "delete_documents", "index_documents",
           "index_writer", "open_index", "section_fields"]


class SearchIndex:
    """An open index plus the strategies used on it.

    Args:
        ix: the Whoosh index.
        path: its directory.
        segmenter: word segmentation for the compound field; the same one
            must be used at index and query time.
        ranking: weights and BM25 parameters.
    """

    engine = ENGINE

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
    return SearchIndex(ix, path, segmenter, (ranking or Ranking()).resolved(ENGINE))


class WhooshWriter:
    """The writer :func:`index_writer` yields: whole documents in and out."""

    def __init__(self, index: SearchIndex, writer: SegmentWriter):
        self.index = index
        self.writer = writer

    def add(self, doc: IndexDoc) -> int:
        """Add or replace ``doc`` (all its sections); returns the sections written."""
        self.writer.delete_by_term("doc_id", doc.doc_id)
        count = 0
        for fields in section_fields(doc, self.index.segmenter):
            self.writer.add_document(**fields)
            count += 1
        return count

    def delete(self, doc_id: str) -> None:
        self.writer.delete_by_term("doc_id", doc_id)


@contextmanager
def index_writer(index: SearchIndex, timeout: float = LOCK_TIMEOUT_S) -> Iterator[WhooshWriter]:
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
        yield WhooshWriter(index, writer)
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
    with index_writer(index, timeout) as writer:
        return sum(writer.add(doc) for doc in docs)


def delete_documents(index: SearchIndex, doc_ids: Iterable[str], *, timeout: float = LOCK_TIMEOUT_S) -> None:
    """Remove every section of the given documents."""
    with index_writer(index, timeout) as writer:
        for doc_id in doc_ids:
            writer.delete(doc_id)


def indexed_ids(index: SearchIndex) -> set[str]:
    """The ids of every document with a section in the index."""
    with index.searcher() as searcher:  # stored fields skip deleted documents; the lexicon does not
        return {fields["doc_id"] for fields in searcher.all_stored_fields()}
