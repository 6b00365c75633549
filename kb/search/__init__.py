"""Full-text search over documents, section by section.

The engine stays behind these functions, so it can be replaced without
touching callers::

    index = open_index(home / "index")
    index_documents(index, [IndexDoc(...), ...])
    result = search(index, "tro giup phap ly mien phi", doc_type="Luật")
    similar = more_like_this(index, result.hits[0].doc_id)

Three engines share the analysis (:mod:`kb.search.analysis`), the query plan
(:mod:`kb.search.query`) and the result shapes: SQLite FTS5
(:mod:`kb.search._fts`, the default), Whoosh (:mod:`kb.search._backend`)
and PostgreSQL (:mod:`kb.search._pg`, tables in the store's database, for
deployments of several app processes or machines).
``open_index(..., engine=...)`` or the environment variable
``KB_SEARCH_ENGINE`` ("fts5", "whoosh" or "postgres") chooses one; without
either, a directory that holds only a Whoosh index stays on Whoosh.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from kb.config import SEARCH_ENGINES
from kb.errors import SearchQueryError
from kb.search import analysis
from kb.search._common import LOCK_TIMEOUT_S, IndexLockedError, check_paging
from kb.search.analysis import Segmenter
from kb.search.models import Hit, IndexDoc, IndexSection, SearchResult
from kb.search.schema import Ranking, get_schema

ENGINES = SEARCH_ENGINES
DEFAULT_ENGINE = "fts5"

__all__ = [
    "ENGINES",
    "Hit",
    "IndexDoc",
    "IndexLockedError",
    "IndexSection",
    "Ranking",
    "SearchIndex",
    "SearchQueryError",
    "SearchResult",
    "delete_documents",
    "get_schema",
    "index_documents",
    "index_writer",
    "indexed_ids",
    "more_like_this",
    "open_index",
    "optimize",
    "search",
]


def _engine_module(engine: str):
    if engine == "fts5":
        from kb.search import _fts

        return _fts
    if engine == "whoosh":
        from kb.search import _backend

        return _backend
    if engine == "postgres":
        from kb.search import _pg

        return _pg
    raise ValueError(f"unknown search engine {engine!r} (expected one of {', '.join(ENGINES)})")


def _searcher_module(engine: str):
    if engine != "whoosh":
        return _engine_module(engine)
    from kb.search import searcher

    return searcher


def default_engine() -> str:
    """``KB_SEARCH_ENGINE`` if set, else :data:`DEFAULT_ENGINE`."""
    return os.environ.get("KB_SEARCH_ENGINE", "").strip().lower() or DEFAULT_ENGINE


def open_index(
    path: Path,
    create: bool = True,
    *,
    segmenter: Segmenter = analysis.underthesea_segmenter,
    ranking: Ranking | None = None,
    engine: str | None = None,
    database_url: str | None = None,
):
    """Open the index in directory ``path`` (PostgreSQL: in the database at
    ``database_url``); create it if absent and allowed.

    Args:
        engine: "fts5", "whoosh" or "postgres"; default :func:`default_engine`.
        ranking: weights; fields left unset take the engine's defaults.
        database_url: the store's SQLAlchemy URL; the postgres engine keeps
            its tables there (default: ``KB_DATABASE_URL``).

    Raises:
        FileNotFoundError: no index there and ``create`` is False.
        ValueError: unknown engine.
        KBError: the postgres engine without a PostgreSQL URL.
    """
    engine = engine or _existing_engine(Path(path)) or default_engine()
    if engine == "postgres":
        from kb.search import _pg

        return _pg.open_index(path, create, segmenter=segmenter, ranking=ranking,
                              database_url=database_url or os.environ.get("KB_DATABASE_URL"))
    return _engine_module(engine).open_index(path, create, segmenter=segmenter, ranking=ranking)


def _existing_engine(path: Path) -> str | None:
    """"whoosh" for a directory holding only a Whoosh index (made before the
    FTS5 engine), unless KB_SEARCH_ENGINE says otherwise: such an index keeps
    working until it is rebuilt."""
    if os.environ.get("KB_SEARCH_ENGINE") or not path.is_dir():
        return None
    from kb.search import _fts

    if _fts.exists_in(path) or not any(path.glob("_sections_*.toc")):
        return None
    return "whoosh"


class SearchIndex(Protocol):
    """What either engine's open index offers callers."""

    engine: str
    path: Path
    segmenter: Segmenter
    ranking: Ranking

    def close(self) -> None: ...


def index_documents(index, docs: Iterable[IndexDoc], *, timeout: float = LOCK_TIMEOUT_S) -> int:
    """Add or replace documents (all sections of each doc_id), in one
    transaction that commits only if every document was written.

    Returns:
        the number of sections written.

    Raises:
        IndexLockedError: another writer kept the index for ``timeout`` seconds.
    """
    return _engine_module(index.engine).index_documents(index, docs, timeout=timeout)


def delete_documents(index, doc_ids: Iterable[str], *, timeout: float = LOCK_TIMEOUT_S) -> None:
    """Remove every section of the given documents."""
    _engine_module(index.engine).delete_documents(index, doc_ids, timeout=timeout)


def optimize(index, *, force: bool = False, timeout: float = LOCK_TIMEOUT_S) -> bool:
    """Compact the index after a batch of writes, when the engine gains by it
    (FTS5: its segments merged into one once enough commits piled up, or
    ``force``); whether it did."""
    engine = _engine_module(index.engine)
    if not hasattr(engine, "optimize"):
        return False
    return engine.optimize(index, force=force, timeout=timeout)


def indexed_ids(index) -> set[str]:
    """The ids of every document the index holds (for store/index checks)."""
    return _engine_module(index.engine).indexed_ids(index)


@contextmanager
def index_writer(index, timeout: float = LOCK_TIMEOUT_S):
    """A writer with ``add(IndexDoc) -> sections`` and ``delete(doc_id)``
    that commits only if the block succeeds.

    Raises:
        IndexLockedError: another writer kept the index for ``timeout`` seconds.
    """
    with _engine_module(index.engine).index_writer(index, timeout) as writer:
        yield writer


def search(index, query: str, **options) -> SearchResult:
    """Search sections, return one hit per document (best section first).

    Args:
        index: from :func:`open_index`.
        query: what the user typed (any diacritics, any number spelling).
        doc_type, issuer, year, province, status: exact-value filters.
        limit, offset: the page of documents.
        facets: count documents per facet value.
        group: one hit per document (default); False gives one hit per
            section, best first (passage retrieval, used by the benchmark).

    Raises:
        SearchQueryError: empty, overlong or malformed query, or bad paging.
    """
    check_paging(options.get("limit", 10), options.get("offset", 0))
    return _searcher_module(index.engine).search(index, query, **options)


def more_like_this(index, doc_id: str, limit: int = 10) -> SearchResult:
    """Documents similar to ``doc_id`` (its most distinctive bigrams and
    syllables searched as one query, the document itself left out); an empty
    result when the document is not in the index."""
    return _searcher_module(index.engine).more_like_this(index, doc_id, limit)
