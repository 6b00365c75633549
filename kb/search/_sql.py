"""What the SQL engines (SQLite FTS5, PostgreSQL) share around their match
and ranking: the metadata conditions, grouping sections into documents, and
turning rows into hits. ``mark`` is the engine's parameter placeholder
("?" or "%s").

A section's id is ``document number << SHIFT | section index`` in both, so
the document of a section is ``id >> SHIFT``.
"""

from __future__ import annotations

from datetime import date

from kb.search._common import filter_values
from kb.search.models import Hit
from kb.search._match import Syntax, build_match
from kb.search.query import QueryPlan, use_all_first
from kb.search.schema import Ranking
from kb.search.snippets import make_snippet

SHIFT = 20  # up to 1,048,576 sections per document


def filter_conditions(values: dict, mark: str) -> tuple[list[str], list[str]]:
    """SQL conditions on the documents table for the exact-value filters.

    Raises:
        SearchQueryError: a year that is not a number.
    """
    set_values = filter_values(values)
    return [f"{name} = {mark}" for name, _ in set_values], [value for _, value in set_values]


def number_lookup(plan: QueryPlan, values: dict, mark: str) -> tuple[str, list[str]] | None:
    """The condition on the documents table selecting those the query names
    by number or by kind + ordinal (filters applied), or None."""
    if not plan.number_keys and not plan.number_prefixes and not plan.kind_ordinals:
        return None
    conds, params = [], []
    for key in plan.number_keys:
        conds.append(f"number_key = {mark}")
        params.append(key)
    for prefix in plan.number_prefixes:
        # number keys hold letters, digits, "/", "-" and ".": no LIKE wildcards
        conds.append(f"number_key LIKE {mark}")
        params.append(prefix + "%")
    for kind, ordinal in plan.kind_ordinals:
        conds.append(f"(ordinal = {mark} AND doc_type = {mark})")
        params += [ordinal, kind]
    filters, values_params = filter_conditions(values, mark)
    return " AND ".join([f"({' OR '.join(conds)})"] + filters), params + values_params


def top_documents(ranker, wanted: int, bonus: float) -> list[tuple[int, float]]:
    """(id of best section, document score), best first, from a ranker
    whose ``sections(limit)`` gives (section id, score) best first."""
    fetch = wanted * 4 + 20
    while True:
        rows = ranker.sections(fetch)
        best: dict[int, list] = {}
        for rowid, score in rows:
            doc = rowid >> SHIFT
            if doc in best:
                best[doc][2] += 1
            else:
                best[doc] = [rowid, score, 0]
        if len(best) >= wanted or len(rows) < fetch:
            break
        fetch *= 4
    ranked = [(rowid, score + bonus * min(extra, 3)) for rowid, score, extra in best.values()]
    ranked.sort(key=lambda x: -x[1])
    return ranked[:wanted]


def rank_sections(plan: QueryPlan, r: Ranking, wanted: int, group: bool, numbered: list[int], *,
                  syntax: Syntax, ranker_for, best_section) -> tuple[list[tuple[int, float]], str]:
    """The ranking both SQL engines run: every syllable required first (short
    queries), else any; the documents the query names by number first.

    Args:
        ranker_for: ``(expr, require_all) -> ranker`` with ``sections(limit)``.
        best_section: ``(document number, expr) -> (section id, score)``.

    Returns:
        (section id, score) best first, and the match expression used.
    """
    modes = [True, False] if use_all_first(plan) else [False]
    for require_all in modes:
        expr = build_match(plan, r, require_all=require_all, syntax=syntax)
        ranker = ranker_for(expr, require_all)
        ranked = top_documents(ranker, wanted, r.section_bonus) if group else ranker.sections(wanted)
        if ranked or require_all is modes[-1]:
            break
    if numbered:
        top = [best_section(number, expr) for number in numbered]
        ranked = put_first(ranked, [(rowid, r.number + score) for rowid, score in top], group)
    return ranked, expr


def put_first(ranked: list[tuple[int, float]], top: list[tuple[int, float]], group: bool) -> list[tuple[int, float]]:
    """``top`` (the named documents' best sections) before ``ranked``,
    without repeating their documents (grouped) or sections."""
    if group:
        firsts = {rowid >> SHIFT for rowid, _ in top}
        return top + [x for x in ranked if x[0] >> SHIFT not in firsts]
    firsts = {rowid for rowid, _ in top}
    return top + [x for x in ranked if x[0] not in firsts]


# the columns make_hits() reads, sections as s joined to their document as d
HIT_COLUMNS = ("s.id, s.section_id, s.label, s.text, d.doc_id, d.number, d.title, d.doc_type, d.issued, d.path,"
               " d.issuer")


def make_hits(ranked: list[tuple[int, float]], rows, plan: QueryPlan) -> list[Hit]:
    """Hits in ``ranked`` order from rows of :data:`HIT_COLUMNS`."""
    by_id = {row[0]: row for row in rows}
    terms = plan.highlight_terms
    hits = []
    for rowid, score in ranked:
        row = by_id.get(rowid)
        if row is None:
            continue
        _, section_id, label, text, doc_id, number, title, doc_type, issued, path, issuer = row
        hits.append(Hit(
            doc_id=doc_id,
            number=number,
            title=title,
            doc_type=doc_type or None,
            issued=date.fromisoformat(issued) if issued else None,
            section=label,
            section_id=section_id,
            score=float(score),
            snippet=make_snippet(text, terms, folded=not plan.exact),
            path=path,
            issuer=issuer or None,
        ))
    return hits
