"""The PostgreSQL engine: the index lives in the store's database, so every
app process (on any machine) sharing that database sees each ingest at its
commit.

Tables (all ``kb_search_*``, created by :func:`open_index`):

* ``kb_search_docs``: one row per document (number, kind, issuer, year,
  ...); filters and facets are SQL on it.
* ``kb_search_sections``: one row per section: label, heading and text for
  hits and snippets, and ``terms``, a tsvector with a GIN index. The terms
  are those of :mod:`kb.search.analysis`, segmented in Python exactly as for
  the other engines (PostgreSQL's own parser never sees the text), each
  prefixed by its family's code (:data:`CODES`: "s:trợ" a body syllable,
  "b:trợ_giúp" a body bigram, "S:tro" a folded one, ...) so one vector
  keeps the families apart. Body syllables carry their real positions (for
  quoted phrases, ``<->``); other lexemes carry one position per
  occurrence, so a lexeme's position count is its term frequency.
* ``kb_search_terms``: document frequency per lexeme, kept by the writers,
  and ``kb_search_stats``: section count and total length, for BM25.

Matching is a tsquery built from the same plan as the FTS5 engine's MATCH
(:mod:`kb.search._match`): a term matches in any family it can occur in.
Ranking is the FTS5 engine's BM25 (k1, b of :class:`Ranking`, per-family
weights, term frequency summed over families before saturation), computed
in SQL on the matching sections: ``setweight``/``ts_filter`` cut each
vector down to the query's lexemes in C, so only those are unnested. As in
the FTS5 engine, queries matching more than MAX_SCORED sections are scored
on the most recently indexed ones after first narrowing to the query's
bigrams.

Writers take a transaction-level advisory lock (one writer at a time; the
others wait ``timeout`` seconds); readers use REPEATABLE READ snapshots.
"""

from __future__ import annotations

import heapq
import math
import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kb.errors import KBError, SearchQueryError
from kb.search import analysis
from kb.search._common import LOCK_TIMEOUT_S, IndexLockedError, section_fields
from kb.search._match import Syntax, build_match, label_match, label_terms
from kb.search._sql import (
    HIT_COLUMNS,
    SHIFT,
    filter_conditions,
    make_hits,
    number_lookup,
    rank_sections,
    top_documents,
)
from kb.search.analysis import Segmenter, bigrams, fold, syllables, tokenize
from kb.search.models import Facets, Hit, IndexDoc, SearchResult
from kb.search.query import QueryPlan, parse_query, prune
from kb.search.schema import BI, FACET_FIELDS, FBI, FHEAD, FSYL, HEAD, LAB, SYL, TITLE, WC, Ranking

ENGINE = "postgres"
CODES = {SYL: "s", BI: "b", WC: "w", HEAD: "h", TITLE: "t", FSYL: "S", FBI: "B", FHEAD: "H", LAB: "l"}
CODES = {family: code + ":" for family, code in CODES.items()}
ANY_FAMILY = "*:"  # kb_search_terms only: sections holding the term in any family
POSITIONAL = (SYL, FSYL)
FOLDED = (FSYL, FBI, FHEAD)
# Families a term can be in, by shape: bigrams and compounds join syllables with "_".
_JOINED = (BI, WC, HEAD, TITLE, FBI, FHEAD, LAB)
_SINGLE = (SYL, HEAD, TITLE, FSYL, FHEAD)
# PostgreSQL limits: positions per lexeme, position value, lexeme bytes,
# lexeme text per vector (1 MiB); a family keeps its most frequent terms
# within FAMILY_BYTES.
MAX_POSITIONS = 255
MAX_POSITION = 16383
MAX_LEXEME_BYTES = 2000
FAMILY_BYTES = 100_000
MAX_SCORED = 4_000
FACET_SCAN_LIMIT = 20_000
# pg_advisory_xact_lock key of index writers ("kbix")
WRITE_LOCK_KEY = 0x6B626978

_SCHEMA = """
CREATE TABLE IF NOT EXISTS kb_search_docs (
    id BIGINT PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,
    number TEXT,
    number_key TEXT,
    ordinal TEXT,
    title TEXT,
    doc_type TEXT NOT NULL DEFAULT '',
    issuer TEXT NOT NULL DEFAULT '',
    issued TEXT,
    year TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    path TEXT
);
CREATE INDEX IF NOT EXISTS kb_search_docs_number_key ON kb_search_docs (number_key text_pattern_ops);
CREATE INDEX IF NOT EXISTS kb_search_docs_ordinal ON kb_search_docs (ordinal, doc_type);
CREATE TABLE IF NOT EXISTS kb_search_sections (
    id BIGINT PRIMARY KEY,
    doc BIGINT NOT NULL,
    section_id TEXT NOT NULL,
    label TEXT,
    heading TEXT NOT NULL,
    text TEXT NOT NULL,
    dl INTEGER NOT NULL,
    terms TSVECTOR NOT NULL
);
-- vectors are read whole for every scored section: keep them in the row
-- (no TOAST lookups), compressed with lz4 where the server has it
ALTER TABLE kb_search_sections ALTER COLUMN terms SET STORAGE MAIN;
ALTER TABLE kb_search_sections SET (toast_tuple_target = 8160);
DO $$ BEGIN
    ALTER TABLE kb_search_sections ALTER COLUMN terms SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN NULL;
END $$;
CREATE INDEX IF NOT EXISTS kb_search_sections_doc ON kb_search_sections (doc);
CREATE INDEX IF NOT EXISTS kb_search_sections_terms ON kb_search_sections USING gin (terms);
CREATE TABLE IF NOT EXISTS kb_search_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS kb_search_stats (
    id INTEGER PRIMARY KEY,
    sections BIGINT NOT NULL,
    length BIGINT NOT NULL,
    version BIGINT NOT NULL
);
INSERT INTO kb_search_stats VALUES (1, 0, 0, 0) ON CONFLICT DO NOTHING;
"""


class PgIndex:
    """An open PostgreSQL index: a connection pool plus the strategies.

    Args:
        url: SQLAlchemy URL of the database (``postgresql+psycopg://…``).
        path: shown in messages only (the index has no directory).
    """

    engine = ENGINE

    def __init__(self, url: str, path: Path, segmenter: Segmenter, ranking: Ranking):
        from sqlalchemy import create_engine

        self.url = url
        self.path = path
        self.segmenter = segmenter
        self.ranking = ranking
        self._engine = create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)
        self._df_cache: dict[tuple[int, str], int] = {}
        self._cache_lock = threading.Lock()

    @contextmanager
    def cursor(self, *, read_only: bool = False) -> Iterator:
        """A cursor in one transaction: committed on a clean exit, rolled
        back otherwise; ``read_only`` gives a REPEATABLE READ snapshot."""
        raw = self._engine.raw_connection()
        try:
            cur = raw.cursor()
            if read_only:
                cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                yield cur
            except BaseException:
                raw.rollback()
                raise
            raw.commit()
        finally:
            raw.close()

    def snapshot(self):
        return self.cursor(read_only=True)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_index(
    path: Path,
    create: bool = True,
    *,
    database_url: str | None = None,
    segmenter: Segmenter = analysis.underthesea_segmenter,
    ranking: Ranking | None = None,
) -> PgIndex:
    """Open the index in the PostgreSQL database at ``database_url``;
    create its tables if absent and allowed.

    Raises:
        KBError: no PostgreSQL URL given.
        FileNotFoundError: no index there and ``create`` is False.
    """
    if not database_url or not database_url.startswith("postgresql"):
        raise KBError(
            "công cụ tìm kiếm postgres cần KB_DATABASE_URL trỏ tới PostgreSQL — "
            f"the postgres search engine needs a PostgreSQL KB_DATABASE_URL (got {_safe_url(database_url)!r})"
        )
    index = PgIndex(database_url, Path(path), segmenter, (ranking or Ranking()).resolved(ENGINE))
    with index.cursor() as cur:
        cur.execute("SELECT to_regclass('kb_search_stats') IS NOT NULL")
        if not cur.fetchone()[0]:
            if not create:
                index.close()
                raise FileNotFoundError(f"no search index in {_safe_url(database_url)}")
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
            cur.execute(_SCHEMA)
    return index


def _safe_url(url: str | None) -> str | None:
    """``url`` without its password, for messages."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if not url:
        return url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split(":", 1)[0] + ":…"


# --- writing -------------------------------------------------------------------


def _literal(lexeme: str) -> str:
    if "'" not in lexeme and "\\" not in lexeme:
        return "'" + lexeme + "'"
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _family_terms(terms: list[str]) -> list[str]:
    """``terms`` without over-long ones, cut to FAMILY_BYTES of distinct
    lexeme text (the most frequent kept) when a huge section has more."""
    terms = [t for t in terms if len(t.encode("utf-8")) <= MAX_LEXEME_BYTES - 2]
    distinct = Counter(terms)
    if sum(len(t.encode("utf-8")) + 2 for t in distinct) <= FAMILY_BYTES:
        return terms
    kept, size = set(), 0
    for term, _ in distinct.most_common():
        size += len(term.encode("utf-8")) + 2
        if size > FAMILY_BYTES:
            break
        kept.add(term)
    return [t for t in terms if t in kept]


def section_vector(fields: dict) -> tuple[str, int]:
    """The tsvector literal of one section's analysed fields, and its length
    in terms (all families, as FTS5 counts a row)."""
    parts: list[str] = []
    length = 0
    for family, code in CODES.items():
        if family == LAB:
            terms = label_terms(fields.get("label"), fields.get("heading"))
        else:
            terms = (fields.get(family) or "").split()
        length += len(terms)
        terms = _family_terms(terms)
        if family in POSITIONAL:
            positions: dict[str, list[int]] = {}
            for i, term in enumerate(terms, 1):
                pos = positions.setdefault(term, [])
                if len(pos) < MAX_POSITIONS and (not pos or pos[-1] < MAX_POSITION):
                    pos.append(min(i, MAX_POSITION))
            parts += (f"{_literal(code + t)}:{','.join(map(str, pos))}" for t, pos in positions.items())
        else:
            parts += (f"{_literal(code + t)}:{_COUNTS[min(n, MAX_POSITIONS)]}" for t, n in Counter(terms).items())
    return " ".join(parts), length


# the positions written for a lexeme seen n times: "1,2,…,n"
_COUNTS = [",".join(map(str, range(1, n + 1))) for n in range(MAX_POSITIONS + 1)]


# A document's sections per lexeme, and per term in any family ("*:" + the
# term: FTS5 counts a phrase's hits in any column for its IDF).
_FREQUENCIES = (
    "SELECT lexeme, count(*) FROM kb_search_sections s, unnest(tsvector_to_array(s.terms)) AS lexeme"
    " WHERE s.doc = %s GROUP BY lexeme"
    " UNION ALL SELECT '" + ANY_FAMILY + "' || substr(lexeme, 3), count(DISTINCT s.id) FROM kb_search_sections s,"
    " unnest(tsvector_to_array(s.terms)) AS lexeme WHERE s.doc = %s GROUP BY 1"
)


def _no_nul(text: str | None) -> str | None:
    """PostgreSQL text cannot hold NUL: U+FFFD instead, one character for
    one (as the store does)."""
    return text.replace("\x00", "\ufffd") if text and "\x00" in text else text


class PgWriter:
    """The writer :func:`index_writer` yields: whole documents in and out."""

    def __init__(self, index: PgIndex, cur):
        self.index = index
        self.cur = cur
        self.changed = False

    def add(self, doc: IndexDoc) -> int:
        """Add or replace ``doc`` (all its sections); returns the sections written."""
        self.delete(doc.doc_id)
        cur = self.cur
        cur.execute("SELECT coalesce(max(id), 0) + 1 FROM kb_search_docs")
        number = cur.fetchone()[0]
        rows, total = [], 0
        for count, fields in enumerate(section_fields(doc, self.index.segmenter)):
            if count == 0:
                cur.execute(
                    "INSERT INTO kb_search_docs (id, doc_id, number, number_key, ordinal, title, doc_type, issuer,"
                    " issued, year, province, status, path) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    (number, *map(_no_nul, (
                        doc.doc_id, fields.get("number"), fields.get("number_key"), fields.get("ordinal"),
                        fields.get("title"), fields["doc_type"], fields["issuer"], fields.get("issued"),
                        fields["year"], fields["province"], fields["status"], fields.get("path")))),
                )
            vector, length = section_vector(fields)
            total += length
            rows.append((number << SHIFT | count, number, *map(_no_nul, (
                fields["section_id"], fields.get("label"), fields.get("heading", ""), fields.get("text", ""))),
                length, _no_nul(vector)))
        cur.executemany(
            "INSERT INTO kb_search_sections (id, doc, section_id, label, heading, text, dl, terms)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s::tsvector)",
            rows,
        )
        cur.execute(
            f"INSERT INTO kb_search_terms (term, df) {_FREQUENCIES}"
            " ON CONFLICT (term) DO UPDATE SET df = kb_search_terms.df + EXCLUDED.df",
            (number, number),
        )
        cur.execute("UPDATE kb_search_stats SET sections = sections + %s, length = length + %s", (len(rows), total))
        self.changed = True
        return len(rows)

    def delete(self, doc_id: str) -> None:
        """Remove every section of ``doc_id`` (nothing if absent)."""
        cur = self.cur
        cur.execute("SELECT id FROM kb_search_docs WHERE doc_id = %s", (_no_nul(doc_id),))
        row = cur.fetchone()
        if row is None:
            return
        number = row[0]
        cur.execute(
            f"WITH gone (term, n) AS ({_FREQUENCIES}),"
            " counted AS (UPDATE kb_search_terms t SET df = t.df - gone.n FROM gone WHERE t.term = gone.term"
            " RETURNING t.term, t.df)"
            " SELECT term FROM counted WHERE df <= 0",
            (number, number),
        )
        # (one statement cannot delete the rows it updates)
        cur.execute("DELETE FROM kb_search_terms WHERE term = ANY(%s)", ([row[0] for row in cur.fetchall()],))
        cur.execute("SELECT count(*), coalesce(sum(dl), 0) FROM kb_search_sections WHERE doc = %s", (number,))
        n, length = cur.fetchone()
        cur.execute("UPDATE kb_search_stats SET sections = sections - %s, length = length - %s", (n, length))
        cur.execute("DELETE FROM kb_search_sections WHERE doc = %s", (number,))
        cur.execute("DELETE FROM kb_search_docs WHERE id = %s", (number,))
        self.changed = True


@contextmanager
def index_writer(index: PgIndex, timeout: float = LOCK_TIMEOUT_S) -> Iterator[PgWriter]:
    """A writer that commits only if the block succeeds, else rolls back.

    Raises:
        IndexLockedError: another writer held the index for ``timeout`` seconds.
    """
    import psycopg

    with index.cursor() as cur:
        cur.execute(f"SET LOCAL lock_timeout = '{int(timeout * 1000)}ms'")
        try:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
        except psycopg.errors.LockNotAvailable:
            raise IndexLockedError(_safe_url(index.url), timeout) from None
        cur.execute("SET LOCAL lock_timeout = 0")
        writer = PgWriter(index, cur)
        yield writer
        if writer.changed:
            cur.execute("UPDATE kb_search_stats SET version = version + 1")


def index_documents(index: PgIndex, docs: Iterable[IndexDoc], *, timeout: float = LOCK_TIMEOUT_S) -> int:
    """Add or replace documents: all sections of each doc_id are replaced."""
    with index_writer(index, timeout) as writer:
        return sum(writer.add(doc) for doc in docs)


def delete_documents(index: PgIndex, doc_ids: Iterable[str], *, timeout: float = LOCK_TIMEOUT_S) -> None:
    """Remove every section of the given documents."""
    with index_writer(index, timeout) as writer:
        for doc_id in doc_ids:
            writer.delete(doc_id)


def indexed_ids(index: PgIndex) -> set[str]:
    """The ids of every document with a section in the index."""
    with index.snapshot() as cur:
        cur.execute("SELECT doc_id FROM kb_search_docs")
        return {row[0] for row in cur.fetchall()}


# --- query expressions -----------------------------------------------------------


def _families(term: str) -> tuple[str, ...]:
    """The families a term of this shape can be in (a term with diacritics
    is in no folded family)."""
    families = _JOINED if "_" in term else _SINGLE
    if fold(term) != term:
        families = tuple(f for f in families if f not in FOLDED)
    return families


class TsSyntax(Syntax):
    """tsquery spelling: a term is the OR of its prefixed lexemes."""

    OR = " | "
    AND = " & "

    def term(self, term: str) -> str:
        return "(" + " | ".join(_literal(CODES[f] + term) for f in _families(term)) + ")"

    def phrase(self, column: str, words: list[str]) -> str:
        return "(" + " <-> ".join(_literal(CODES[column] + w) for w in words) + ")"


TSQUERY = TsSyntax()


class _Stats:
    """Section count, average length and document frequencies of one
    snapshot; frequencies are cached until a writer commits."""

    def __init__(self, index: PgIndex, cur):
        self.index = index
        self.cur = cur
        cur.execute("SELECT sections, length, version FROM kb_search_stats")
        self.sections, length, self.version = cur.fetchone()
        self.avgdl = length / self.sections if self.sections else 1.0

    def doc_count(self) -> int:
        return self.sections

    def prefetch(self, lexemes: Iterable[str]) -> None:
        """Load the frequencies of ``lexemes`` in one query."""
        cache = self.index._df_cache
        wanted = [lex for lex in dict.fromkeys(lexemes) if (self.version, lex) not in cache]
        if not wanted:
            return
        self.cur.execute("SELECT term, df FROM kb_search_terms WHERE term = ANY(%s)", (wanted,))
        found = dict(self.cur.fetchall())
        with self.index._cache_lock:
            if len(cache) > 200_000:
                cache.clear()
            for lex in wanted:
                cache[(self.version, lex)] = found.get(lex, 0)

    def lexeme_frequency(self, lexeme: str) -> int:
        key = (self.version, lexeme)
        if key not in self.index._df_cache:
            self.prefetch([lexeme])
        return self.index._df_cache[key]

    def doc_frequency(self, field: str, term: str) -> int:
        return self.lexeme_frequency(CODES[field] + term)

    def idf(self, term: str) -> float:
        """FTS5's IDF of a term (its hits: sections holding it in any family)."""
        hits = self.lexeme_frequency(ANY_FAMILY + term)
        value = math.log((self.sections - hits + 0.5) / (hits + 0.5))
        return value if value > 0 else 1e-6


def _plan_terms(plan: QueryPlan, r: Ranking) -> list[str]:
    """Every term of the plan that scores (FTS5: every phrase of MATCH)."""
    terms = list(plan.syllables) + list(plan.bigrams)
    if plan.exact and r.fold_with_diacritics > 0:
        terms += [fold(t) for t in terms]
    if r.wc > 0:
        terms += plan.compounds
    return list(dict.fromkeys(terms))


def _family_weights(plan: QueryPlan, r: Ranking) -> dict[str, float]:
    """Weights per family, as the FTS5 engine's column weights."""
    if plan.exact:
        f = r.fold_with_diacritics
        return {SYL: r.syl, BI: r.bi, WC: r.wc, HEAD: r.head, TITLE: r.title,
                FSYL: r.fsyl * f, FBI: r.fbi * f, FHEAD: r.fhead * f}
    return {FSYL: r.fsyl, FBI: r.fbi, FHEAD: r.fhead}


class Scoring:
    """The scored lexemes of a query: for each, its term's number (1-based),
    its family weight; and each term's IDF."""

    def __init__(self, lexemes: list[str], term_numbers: list[int], weights: list[float], idfs: list[float]):
        self.lexemes, self.term_numbers, self.weights, self.idfs = lexemes, term_numbers, weights, idfs

    @classmethod
    def of_terms(cls, terms: Iterable[tuple[str, dict[str, float]]], stats: _Stats) -> Scoring:
        """From (term, weight per family) pairs."""
        lexemes, numbers, weights, idfs = [], [], [], []
        for term, families in terms:
            entries = [(CODES[f] + term, w) for f, w in families.items() if w > 0]
            if not entries:
                continue
            idfs.append(stats.idf(term))
            for lexeme, w in entries:
                lexemes.append(lexeme)
                numbers.append(len(idfs))
                weights.append(w)
        return cls(lexemes, numbers, weights, idfs)

    @classmethod
    def of_plan(cls, plan: QueryPlan, r: Ranking, stats: _Stats) -> Scoring:
        weights = _family_weights(plan, r)
        return cls.of_terms(
            ((t, {f: w for f, w in weights.items() if f in _families(t)}) for t in _plan_terms(plan, r)), stats)


def _filter_sql(values: dict) -> tuple[str, list]:
    """A condition on sections for the exact-value filters."""
    conds, params = filter_conditions(values, "%s")
    if not conds:
        return "", []
    return f" AND doc IN (SELECT id FROM kb_search_docs WHERE {' AND '.join(conds)})", params


def _run(cur, sql: str, params) -> list:
    import psycopg

    try:
        cur.execute(sql, params)
    except psycopg.errors.DataError as exc:
        # a query the analysis let through but PostgreSQL refuses: never a 500
        raise SearchQueryError(f"Câu truy vấn không hợp lệ ({exc}).") from None
    return cur.fetchall()


def _cap_floor(cur, expr: str, where: str, params: list) -> int | None:
    """The section id below which matches are not scored, or None if at
    most MAX_SCORED sections match."""
    rows = _run(cur, f"SELECT id FROM kb_search_sections WHERE terms @@ %s::tsquery{where}"
                     " ORDER BY id DESC LIMIT 1 OFFSET %s", [expr, *params, MAX_SCORED])
    return rows[0][0] if rows else None


def _scope(cur, plan: QueryPlan, r: Ranking, expr: str, require_all: bool, where: str, params: list
           ) -> tuple[str, int]:
    """The expression to score and the lowest id to score (see MAX_SCORED)."""
    floor = _cap_floor(cur, expr, where, params)
    if floor is None:
        return expr, -1
    narrower = build_match(plan, r, require_all=require_all, tier=True, syntax=TSQUERY)
    if narrower is not None:
        floor = _cap_floor(cur, narrower, where, params)
        if floor is None:
            return narrower, -1
        expr = narrower
    return expr, floor


# The matching sections, each vector cut to the query's lexemes in C
# (setweight marks them A, ts_filter keeps the A ones); BM25 is summed in
# Python (cheaper than a join and aggregate per row in SQL).
_CANDIDATES = """
SELECT c.id, c.dl, ts_filter(setweight(c.terms, 'A', %(lexemes)s::text[]), '{{a}}')::text
FROM kb_search_sections c
WHERE c.terms @@ %(expr)s::tsquery AND c.id > %(floor)s{where}
"""
# a lexeme of a tsvector's text form and its positions ("'s:trợ':3A,9A")
_LEXEME_RE = re.compile(r"'((?:[^'\\]|''|\\.)*)':([0-9A-D,]+)")


def _unquote(lexeme: str) -> str:
    return re.sub(r"''|\\(.)", lambda m: m.group(1) or "'", lexeme)


class _Ranker:
    """Sections best first by BM25 (FTS5's formula: per term, frequency
    summed over families with their weights, then saturated); sections
    whose label the query names lifted by ``label`` times the best score."""

    def __init__(self, cur, expr, scoring: Scoring, stats: _Stats, r: Ranking, floor, where, params,
                 label_expr=None, label=0.0):
        self.cur, self.expr, self.scoring, self.floor = cur, expr, scoring, floor
        self.where, self.params, self.label_expr, self.label = where, params, label_expr, label
        self.k1, self.b, self.avgdl = r.k1, r.b, stats.avgdl or 1.0
        self.lexemes = {lex: (n - 1, w) for lex, n, w in zip(scoring.lexemes, scoring.term_numbers, scoring.weights)}

    def _query(self, expr, limit, floor=None, where=None, params=None):
        where = self.where if where is None else where
        params = self.params if params is None else params
        names = {f"w{i}": p for i, p in enumerate(params)}
        sql = _CANDIDATES.format(where=where % tuple(f"%({n})s" for n in names))
        args = dict(expr=expr, floor=self.floor if floor is None else floor, lexemes=self.scoring.lexemes, **names)
        idfs, k1, b, avgdl, lexemes = self.scoring.idfs, self.k1, self.b, self.avgdl, self.lexemes
        scored = []
        for rowid, dl, vector in _run(self.cur, sql, args):
            freq: dict[int, float] = {}
            for lexeme, positions in _LEXEME_RE.findall(vector):
                term, weight = lexemes[_unquote(lexeme) if "'" in lexeme or "\\" in lexeme else lexeme]
                freq[term] = freq.get(term, 0.0) + weight * (positions.count(",") + 1)
            norm = k1 * (1 - b + b * dl / avgdl)
            score = sum(idfs[t] * f * (k1 + 1) / (f + norm) for t, f in freq.items())
            scored.append((score, rowid))
        best = heapq.nlargest(limit, scored)
        return [(rowid, score) for score, rowid in best]

    def sections(self, limit: int) -> list[tuple[int, float]]:
        rows = self._query(self.expr, limit)
        if self.label_expr is None or self.label <= 0:
            return rows
        boost = self.label * max((score for _, score in rows), default=1.0)
        merged = dict(rows)
        for rowid, score in self._query(self.label_expr, limit):
            merged[rowid] = score + boost
        return sorted(merged.items(), key=lambda x: -x[1])[:limit]


def _number_docs(cur, plan: QueryPlan, values: dict) -> list[int]:
    """Documents the query names by number or by kind + ordinal."""
    lookup = number_lookup(plan, values, "%s")
    if lookup is None:
        return []
    return [row[0] for row in _run(cur, f"SELECT id FROM kb_search_docs WHERE {lookup[0]} ORDER BY id DESC", lookup[1])]


def _best_section(ranker: _Ranker, number: int) -> tuple[int, float]:
    """The best-scoring section of document ``number``, else its first."""
    rows = ranker._query(ranker.expr, 1, floor=-1, where=" AND doc = %s", params=[number])
    if rows:
        return rows[0]
    ranker.cur.execute("SELECT min(id) FROM kb_search_sections WHERE doc = %s", (number,))
    return ranker.cur.fetchone()[0], 0.0


def _count(cur, expr: str | None, where: str, params: list, extra_docs: list[int], facets: bool
           ) -> tuple[int, Facets]:
    """Documents matching, and document counts per facet value."""
    match = (f"SELECT DISTINCT doc AS d FROM (SELECT doc FROM kb_search_sections"
             f" WHERE terms @@ %s::tsquery{where} LIMIT {FACET_SCAN_LIMIT}) AS m UNION ") if expr else ""
    g = f"{match}SELECT unnest(%s::bigint[])"
    args = ([expr, *params] if expr else []) + [extra_docs]
    # the matching documents' facet values are read once (m), then grouped per facet
    sql = (f"WITH g AS MATERIALIZED ({g}), m AS MATERIALIZED (SELECT {', '.join(FACET_FIELDS)}"
           " FROM kb_search_docs WHERE id IN (SELECT * FROM g)) SELECT '', '', count(*) FROM g")
    if facets:
        for name in FACET_FIELDS:
            sql += f" UNION ALL (SELECT '{name}', {name}, count(*) FROM m WHERE {name} != '' GROUP BY {name})"
    rows = _run(cur, sql, args)
    total = next(n for name, _, n in rows if name == "")
    counts: Facets = {name: {} for name in FACET_FIELDS} if facets else {}
    for name, value, n in sorted((x for x in rows if x[0]), key=lambda x: (x[0], -x[2], x[1])):
        counts[name][value] = n
    return total, counts


def search(
    index: PgIndex,
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
    """See :func:`kb.search.search`."""
    plan = parse_query(query, index.segmenter)
    values = {"doc_type": doc_type, "issuer": issuer, "year": year, "province": province, "status": status}
    where, params = _filter_sql(values)
    r = index.ranking
    wanted = offset + limit
    with index.snapshot() as cur:
        stats = _Stats(index, cur)
        terms = _plan_terms(plan, r) + plan.compounds
        stats.prefetch([CODES[f] + t for t in terms for f in _families(t)] + [ANY_FAMILY + t for t in terms])
        plan = prune(plan, stats, r.max_df_ratio, r.max_terms)
        scoring = Scoring.of_plan(plan, r, stats)
        numbered = _number_docs(cur, plan, values)

        def ranker_for(expr: str, require_all: bool) -> _Ranker:
            scored, floor = _scope(cur, plan, r, expr, require_all, where, params)
            return _Ranker(cur, scored, scoring, stats, r, floor, where, params,
                           label_match(plan, scored, TSQUERY), r.label)

        def best_section(number: int, expr: str) -> tuple[int, float]:
            return _best_section(_Ranker(cur, expr, scoring, stats, r, -1, where, params), number)

        ranked, expr = rank_sections(plan, r, wanted, group, numbered, syntax=TSQUERY, ranker_for=ranker_for,
                                     best_section=best_section)
        total, facet_counts = _count(cur, expr, where, params, numbered, facets)
        total = max(total, len(ranked)) if group else total
        hits = _make_hits(cur, ranked[offset:offset + limit], plan)
    return SearchResult(total=total, hits=hits, facets=facet_counts)


def more_like_this(index: PgIndex, doc_id: str, limit: int = 10) -> SearchResult:
    """See :func:`kb.search.more_like_this`."""
    with index.snapshot() as cur:
        cur.execute("SELECT id, title FROM kb_search_docs WHERE doc_id = %s", (doc_id,))
        row = cur.fetchone()
        if row is None:
            return SearchResult(total=0, hits=[])
        number, title = row
        cur.execute("SELECT heading, text FROM kb_search_sections WHERE doc = %s ORDER BY id", (number,))
        parts = [title or ""] + [f"{heading} {text}" for heading, text in cur.fetchall()]
        tokens = tokenize("\n".join(parts)[:50_000])
        stats = _Stats(index, cur)
        n = stats.doc_count() or 1
        candidates = ((BI, bigrams(tokens), 25), (SYL, syllables(tokens), 15))
        stats.prefetch([CODES[column] + t for column, terms, _ in candidates for t in terms]
                       + [ANY_FAMILY + t for _, terms, _ in candidates for t in terms])
        picked: dict[str, list[str]] = {}
        for column, terms, k in candidates:
            tf = Counter(terms)
            scored = sorted(
                ((c * math.log(1 + n / (1 + stats.doc_frequency(column, t))), t) for t, c in tf.items()),
                reverse=True,
            )
            picked[column] = [t for _, t in scored[:k]]
        phrases = [TSQUERY.phrase(column, [t]) for column, terms in picked.items() for t in terms]
        if not phrases:
            return SearchResult(total=0, hits=[])
        expr = " | ".join(phrases)
        scoring = Scoring.of_terms(((t, {column: 1.0}) for column, terms in picked.items() for t in terms), stats)
        where = " AND doc <> %s"
        floor = _cap_floor(cur, expr, where, [number]) or -1
        ranker = _Ranker(cur, expr, scoring, stats, index.ranking, floor, where, [number])
        ranked = top_documents(ranker, limit, index.ranking.section_bonus)
        plan = QueryPlan(text="", exact=True, syllables=picked[SYL], bigrams=[], compounds=[])
        hits = _make_hits(cur, ranked, plan)
    return SearchResult(total=len(hits), hits=hits)


def _make_hits(cur, ranked: list[tuple[int, float]], plan: QueryPlan) -> list[Hit]:
    if not ranked:
        return []
    cur.execute(
        f"SELECT {HIT_COLUMNS} FROM kb_search_sections s JOIN kb_search_docs d ON d.id = s.doc WHERE s.id = ANY(%s)",
        ([rowid for rowid, _ in ranked],),
    )
    return make_hits(ranked, cur.fetchall(), plan)
