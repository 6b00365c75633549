"""Full-text search over documents, section by section.

The engine (Whoosh) stays behind these functions, so it can be replaced
without touching callers::

    index = open_index(home / "index")
    index_documents(index, [IndexDoc(...), ...])
    result = search(index, "tro giup phap ly mien phi", doc_type="Luật")
    similar = more_like_this(index, result.hits[0].doc_id)
"""

from kb.errors import SearchQueryError
from kb.search._backend import IndexLockedError, SearchIndex, delete_documents, index_documents, open_index
from kb.search.models import Hit, IndexDoc, IndexSection, SearchResult
from kb.search.schema import Ranking, get_schema
from kb.search.searcher import more_like_this, search

__all__ = [
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
    "more_like_this",
    "open_index",
    "search",
]
