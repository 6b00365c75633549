"""Running queries: hits grouped per document, facets, more-like-this."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date

from whoosh import query as wq

from kb.search._backend import SearchIndex
from kb.search._common import filter_values
from kb.search.analysis import bigrams, syllables, tokenize
from kb.search.models import Facets, Hit, SearchResult
from kb.search.query import QueryPlan, build_query, parse_query, prune, use_all_first
from kb.search.schema import BI, FACET_FIELDS, SYL
from kb.search.snippets import make_snippet

# Matching sections inspected for facet counts and the total; beyond this
# the counts are computed on the first sections only (documents, not
# sections, are counted) and `total` is a lower bound.
FACET_SCAN_LIMIT = 50_000


def search(
    index: SearchIndex,
    query: str,
    *,
    doc_type: str | None = None,
    issuer: str | None = None,
    year: int | str | None = None,
    province: str | None = None,
    status: str | None = None,
    limit: int = 10,
    offset: int = 0,
    facets: bool = True,
    group: bool = True,
) -> SearchResult:
    """Search sections, return one hit per document (best section first).

    Args:
        index: from :func:`open_index`.
        query: what the user typed (any diacritics, any number spelling).
        doc_type, issuer, year, province, status: exact-value filters.
        limit, offset: the page of documents.
        facets: count documents per facet value (costs a scan of matches).
        group: one hit per document (default); False gives one hit per
            section, best first (passage retrieval, used by the benchmark).

    Raises:
        SearchQueryError: empty, overlong or malformed query, or bad paging.
    """
    plan = parse_query(query, index.segmenter)
    filters = _filter_query(doc_type=doc_type, issuer=issuer, year=year, province=province, status=status)
    modes = [True, False] if use_all_first(plan) else [False]
    with index.searcher() as searcher:
        plan = prune(plan, searcher, index.ranking.max_df_ratio, index.ranking.max_terms)
        for require_all in modes:
            q = build_query(plan, index.ranking, require_all=require_all)
            if group:
                ranked = _top_documents(searcher, q, filters, offset + limit, index.ranking.section_bonus)
            else:
                ranked = list(searcher.search(q, limit=offset + limit, filter=filters).items())
            if ranked or require_all is modes[-1]:
                break
        total, facet_counts = _count(searcher, q, filters, facets)
        total = max(total, len(ranked))
        hits = [_make_hit(searcher, docnum, score, plan) for docnum, score in ranked[offset:offset + limit]]
    return SearchResult(total=total, hits=hits, facets=facet_counts)


def more_like_this(index: SearchIndex, doc_id: str, limit: int = 10) -> SearchResult:
    """Documents similar to ``doc_id``: its most distinctive bigrams and
    syllables (tf·idf), searched as one query, the document itself masked.

    Returns an empty result when the document is not in the index.
    """
    with index.searcher() as searcher:
        stored = list(searcher.documents(doc_id=doc_id))
        if not stored:
            return SearchResult(total=0, hits=[])
        text = "\n".join(
            " ".join(filter(None, [s.get("title") if i == 0 else None, s.get("heading"), s.get("text")]))
            for i, s in enumerate(stored)
        )[:50_000]
        tokens = tokenize(text)
        n = searcher.doc_count() or 1
        picked: list[wq.Query] = []
        for field, terms, k in ((BI, bigrams(tokens), 25), (SYL, syllables(tokens), 15)):
            tf = Counter(terms)
            scored = sorted(
                ((c * math.log(1 + n / (1 + searcher.doc_frequency(field, t))), t) for t, c in tf.items()),
                reverse=True,
            )
            picked += [wq.Term(field, t) for _, t in scored[:k]]
        q = wq.Or(picked)
        mask = wq.Term("doc_id", doc_id)
        ranked = _top_documents(searcher, q, None, limit, index.ranking.section_bonus, mask=mask)
        plan = QueryPlan(text="", exact=True, syllables=[t.text for t in picked if t.fieldname == SYL],
                         bigrams=[], compounds=[])
        hits = [_make_hit(searcher, docnum, score, plan) for docnum, score in ranked]
    return SearchResult(total=len(hits), hits=hits)


# --- helpers -------------------------------------------------------------------


def _filter_query(**values) -> wq.Query | None:
    terms = [wq.Term(name, value) for name, value in filter_values(values)]
    return wq.And(terms) if terms else None


def _top_documents(searcher, q, filters, wanted: int, bonus: float, mask=None) -> list[tuple[int, float]]:
    """(docnum of best section, document score), best first, at least
    ``wanted`` documents if that many match."""
    doc_ids = searcher.reader().column_reader("doc_id")
    fetch = wanted * 4 + 20
    while True:
        results = searcher.search(q, limit=fetch, filter=filters, mask=mask)
        best: dict[str, list] = {}
        for docnum, score in results.items():
            key = doc_ids[docnum]
            if key in best:
                best[key][2] += 1
            else:
                best[key] = [docnum, score, 0]
        if len(best) >= wanted or results.scored_length() < fetch:
            break
        fetch *= 4
    ranked = [(d, s + bonus * min(extra, 3)) for d, s, extra in best.values()]
    ranked.sort(key=lambda x: -x[1])
    return ranked[:wanted]


def _count(searcher, q, filters, facets: bool) -> tuple[int, Facets]:
    """Documents matching, and document counts per facet value."""
    reader = searcher.reader()
    doc_ids = reader.column_reader("doc_id")
    allowed = searcher._filter_to_comb(filters) if filters is not None else None
    first: dict[str, int] = {}
    for i, docnum in enumerate(searcher.docs_for_query(q)):
        if i >= FACET_SCAN_LIMIT:
            break
        if allowed is not None and docnum not in allowed:
            continue
        key = doc_ids[docnum]
        if key not in first:
            first[key] = docnum
    counts: Facets = {}
    if facets:
        for name in FACET_FIELDS:
            column = reader.column_reader(name)
            counter = Counter(_column_value(column, d) for d in first.values())
            counter.pop("", None)
            counts[name] = dict(counter.most_common())
    return len(first), counts


def _column_value(column, docnum: int) -> str:
    # Whoosh's column readers raise IndexError for a segment whose documents
    # all lack the value ("" is not written); read that as "no value".
    try:
        return column[docnum]
    except IndexError:
        return ""


def _make_hit(searcher, docnum: int, score: float, plan: QueryPlan) -> Hit:
    f = searcher.stored_fields(docnum)
    terms = plan.highlight_terms
    snippet = make_snippet(f.get("text", ""), terms, folded=not plan.exact)
    issued = f.get("issued")
    return Hit(
        doc_id=f["doc_id"],
        number=f.get("number"),
        title=f.get("title"),
        doc_type=f.get("doc_type") or None,
        issued=date.fromisoformat(issued) if issued else None,
        section=f.get("label"),
        section_id=f.get("section_id", ""),
        score=float(score),
        snippet=snippet,
        path=f.get("path"),
        issuer=f.get("issuer") or None,
    )
