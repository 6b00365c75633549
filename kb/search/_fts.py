"""The SQLite FTS5 engine: one database file in the index directory.

Layout (``sections.sqlite3``):

* ``docs``: one row per document (number, kind, issuer, year, ...); filters
  and facets are SQL on it.
* ``sections``: the stored section (label, heading, text) for hits and
  snippets, plus the analysed columns, compressed, needed to delete it.
* ``fts``: a contentless FTS5 table, one row per section, whose columns hold
  the terms of :mod:`kb.search.analysis` joined by spaces (the same term
  families as the Whoosh fields). The unicode61 tokenizer only splits them
  again: it keeps "_", "/", "-", "." and "," inside tokens, removes no
  diacritics and has no stoplist or minimum length, so "trợ_giúp",
  "525/qd-ldtbxh", "5" and "a" stay terms.

A section's rowid is ``doc number << SHIFT | section index``, so the
document of a match is ``rowid >> SHIFT`` without a join, and a document's
sections are one rowid range.

Ranking is FTS5's bm25() with one weight per column (:class:`Ranking`),
a BM25F over the term families. It is computed by kb_bm25()
(kb/search/_rank.c), which gives the same scores but takes each phrase's
row count from :meth:`_Stats.phrase_rows` (cached per index version):
bm25() recounts them over the whole table in every statement, which at 100k
sections cost more than the scoring itself. Terms carry no column filter
(checking columns means decoding positions, which costs more than the
ranking); the columns of the other spelling (exact or folded) get weight 0
instead. A short query requires every syllable: each syllable is an OR
clause with the bigrams and compounds that begin with it (they imply it),
so those score without being required; counting and finding the cap walk
the expression without them (the same sections match). A section whose label the query names ("Điều 5") or
whose whole heading the query is gets lifted to the top; a document number
or "kind + ordinal" found in the query is looked up in ``docs`` and put
first. Queries matching more than MAX_SCORED sections are ranked on a
subset (see there): bm25() costs about 2 µs a section.

A search counts its matching documents and facets on a pool thread while
it ranks, and scores many matches in two rowid halves, one of them on the
pool (SQLite runs a statement without the GIL); a pool read is used only if
it saw the same commit as the search's own (meta "version"), else it is
redone in the search's read.

Writers use their own connection and ``BEGIN IMMEDIATE`` (one writer at a
time, others wait ``timeout`` seconds); readers use WAL snapshots, so
searches keep working during an ingest and see it after its commit.
:func:`optimize` merges FTS5's per-commit segments after a batch.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import struct
import threading
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from kb.errors import SearchQueryError
from kb.search import analysis
from kb.search._common import LOCK_TIMEOUT_S, IndexLockedError, section_fields
from kb.search.analysis import Segmenter, bigrams, syllables, tokenize
from kb.search.models import Facets, Hit, IndexDoc, SearchResult
from kb.search._match import FTS5, build_match, label_match, label_terms
from kb.search._sql import (
    HIT_COLUMNS,
    SHIFT,
    filter_conditions,
    make_hits,
    number_lookup,
    rank_sections,
    top_documents,
)
from kb.search.query import QueryPlan, parse_query, prune, use_all_first
from kb.search.schema import BI, FACET_FIELDS, FBI, FHEAD, FSYL, HEAD, LAB, SYL, TITLE, WC, Ranking

try:  # kb_bm25(): bm25() with the phrases' row counts passed in (kb/search/_rank.c)
    from kb.search import _rank
except ImportError:  # built without a C compiler: bm25() itself, same scores
    _rank = None

ENGINE = "fts5"
DB_NAME = "sections.sqlite3"
SCHEMA_VERSION = "1"
# FTS5 column order; bm25() takes one weight per column in this order.
COLUMNS = (SYL, BI, WC, HEAD, TITLE, FSYL, FBI, FHEAD, LAB)
TOKENIZE = "unicode61 remove_diacritics 0 tokenchars '_/-.,'"

# Matching sections inspected for facet counts and the total (documents,
# not sections, are counted); beyond this `total` is a lower bound.
FACET_SCAN_LIMIT = 20_000
# Most sections bm25() scores for one query. bm25() costs ~2 µs a section,
# so a query of common words on a large index is capped: first to the
# sections holding the query's words as typed (its bigrams), then to the
# most recently indexed ones.
MAX_SCORED = 4_000

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY,
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
CREATE INDEX IF NOT EXISTS docs_number_key ON docs (number_key);
CREATE INDEX IF NOT EXISTS docs_ordinal ON docs (ordinal, doc_type);
CREATE TABLE IF NOT EXISTS sections (
    id INTEGER PRIMARY KEY,
    section_id TEXT NOT NULL,
    label TEXT,
    heading TEXT NOT NULL,
    text TEXT NOT NULL,
    terms BLOB NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (
    {", ".join(COLUMNS)}, content='', tokenize="{TOKENIZE}"
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts_terms USING fts5vocab (fts, col);
"""


class FtsIndex:
    """An open FTS5 index plus the strategies used on it.

    Args:
        path: the index directory.
        segmenter: word segmentation for the compound column; the same one
            must be used at index and query time.
        ranking: resolved column weights.
    """

    engine = ENGINE

    def __init__(self, path: Path, segmenter: Segmenter, ranking: Ranking):
        self.path = path
        self.db_path = path / DB_NAME
        self.segmenter = segmenter
        self.ranking = ranking
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._df_cache: dict[tuple[int, str, str], int] = {}
        self._pool: ThreadPoolExecutor | None = None

    def connect(self, timeout: float = 5.0) -> sqlite3.Connection:
        """A new connection in autocommit mode (transactions are explicit)."""
        conn = sqlite3.connect(self.db_path, timeout=timeout, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB
        conn.execute("PRAGMA mmap_size = 1073741824")
        # the WAL file shrinks back once checkpointed (a merge writes the whole index into it)
        conn.execute("PRAGMA journal_size_limit = 67108864")
        if _rank is not None:
            _rank.install(conn)
        return conn

    def reader(self) -> sqlite3.Connection:
        """This thread's reading connection."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self.connect()
            conn.execute("PRAGMA query_only = ON")
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every statement sees the same committed state."""
        conn = self.reader()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    def submit(self, fn, *args) -> Future:
        """Run ``fn(*args)`` on a background thread (which reads through its
        own connection). SQLite runs a statement without holding the GIL, so
        a search counts its matches there while it ranks them."""
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kb-fts")
            return self._pool.submit(fn, *args)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def exists_in(path: Path) -> bool:
    return (Path(path) / DB_NAME).is_file()


def open_index(
    path: Path,
    create: bool = True,
    *,
    segmenter: Segmenter = analysis.underthesea_segmenter,
    ranking: Ranking | None = None,
) -> FtsIndex:
    """Open the FTS5 index in directory ``path``; create it if absent and allowed.

    Raises:
        FileNotFoundError: no index there and ``create`` is False.
    """
    path = Path(path)
    if not exists_in(path):
        if not create:
            raise FileNotFoundError(f"no search index in {path}")
        path.mkdir(parents=True, exist_ok=True)
    index = FtsIndex(path, segmenter, (ranking or Ranking()).resolved(ENGINE))
    conn = index.connect(timeout=LOCK_TIMEOUT_S)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(_SCHEMA)
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise IndexLockedError(path, LOCK_TIMEOUT_S) from None
        raise
    finally:
        conn.close()
    return index


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


# --- writing -------------------------------------------------------------------


class FtsWriter:
    """The writer :func:`index_writer` yields: whole documents in and out."""

    def __init__(self, index: FtsIndex, conn: sqlite3.Connection):
        self.index = index
        self.conn = conn
        self.wrote = False

    def add(self, doc: IndexDoc) -> int:
        """Add or replace ``doc`` (all its sections); returns the sections written."""
        self.delete(doc.doc_id)
        self.wrote = True
        row = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM docs").fetchone()
        number = row[0]
        count = 0
        meta = None
        for count, fields in enumerate(section_fields(doc, self.index.segmenter), 1):
            if meta is None:
                meta = fields
                self.conn.execute(
                    "INSERT INTO docs (id, doc_id, number, number_key, ordinal, title, doc_type, issuer, issued,"
                    " year, province, status, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (number, doc.doc_id, fields.get("number"), fields.get("number_key"), fields.get("ordinal"),
                     fields.get("title"), fields["doc_type"], fields["issuer"], fields.get("issued"),
                     fields["year"], fields["province"], fields["status"], fields.get("path")),
                )
            rowid = number << SHIFT | (count - 1)
            values = [fields.get(c, "") for c in COLUMNS[:-1]] + [
                " ".join(label_terms(fields.get("label"), fields.get("heading")))]
            self.conn.execute(
                "INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?)",
                (rowid, fields["section_id"], fields.get("label"), fields.get("heading", ""), fields.get("text", ""),
                 zlib.compress(json.dumps(values, ensure_ascii=False).encode("utf-8"), 3)),
            )
            self.conn.execute(f"INSERT INTO fts (rowid, {', '.join(COLUMNS)}) VALUES (?{', ?' * len(COLUMNS)})",
                              (rowid, *values))
        return count

    def delete(self, doc_id: str) -> None:
        """Remove every section of ``doc_id`` (nothing if absent)."""
        row = self.conn.execute("SELECT id FROM docs WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            return
        self.wrote = True
        lo, hi = _rowid_range(row[0])
        # A contentless table forgets a row only when given its exact terms.
        for rowid, terms in self.conn.execute("SELECT id, terms FROM sections WHERE id BETWEEN ? AND ?", (lo, hi)):
            values = json.loads(zlib.decompress(terms))
            self.conn.execute(
                f"INSERT INTO fts (fts, rowid, {', '.join(COLUMNS)}) VALUES ('delete', ?{', ?' * len(COLUMNS)})",
                (rowid, *values),
            )
        self.conn.execute("DELETE FROM sections WHERE id BETWEEN ? AND ?", (lo, hi))
        self.conn.execute("DELETE FROM docs WHERE id = ?", (row[0],))


# Every commit that writes counts up meta "version" (two read transactions
# with the same version see the same committed state) and "unmerged" (the
# commits since the last optimize(), see MERGE_AFTER_COMMITS).
_COUNT_UP = ("INSERT INTO meta VALUES (?, '1')"
             " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
# FTS5 puts each commit's terms in a new segment and merges segments only
# in part as they pile up, so a query reads each common term's doclist once
# per segment: on 100k sections written in 5,000 commits, merging them all
# into one cut the p95 query time by 15–25 %. optimize() merges once this
# many commits have written since the last time.
MERGE_AFTER_COMMITS = 16


def _meta_int(conn: sqlite3.Connection, key: str) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return int(row[0]) if row else 0


def _version(conn: sqlite3.Connection) -> int:
    return _meta_int(conn, "version")


def _read_apart(index: FtsIndex, fn, *args):
    """``fn(conn, *args)`` in a read transaction of its own (on a pool
    thread), with the version that read saw."""
    with index.snapshot() as conn:
        return _version(conn), fn(conn, *args)


def _collect(future: Future, version: int):
    """What a pool read gave if it ran and saw ``version`` (the state the
    search reads), else None: the caller then reads it in its own
    transaction. One not started yet is cancelled, so a busy pool never
    makes a search wait."""
    if future.cancel():
        return None
    seen, result = future.result()
    return result if seen == version else None


def _rowid_range(number: int) -> tuple[int, int]:
    return number << SHIFT, (number << SHIFT) | ((1 << SHIFT) - 1)


@contextmanager
def index_writer(index: FtsIndex, timeout: float = LOCK_TIMEOUT_S) -> Iterator[FtsWriter]:
    """A writer that commits only if the block succeeds, else rolls back.

    Raises:
        IndexLockedError: another writer kept the database for ``timeout`` seconds.
    """
    conn = index.connect(timeout=timeout)
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _is_busy(exc):
                raise IndexLockedError(index.path, timeout) from None
            raise
        writer = FtsWriter(index, conn)
        try:
            yield writer
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            if writer.wrote:
                conn.execute(_COUNT_UP, ("version",))
                conn.execute(_COUNT_UP, ("unmerged",))
            conn.execute("COMMIT")
    finally:
        conn.close()


def index_documents(index: FtsIndex, docs: Iterable[IndexDoc], *, timeout: float = LOCK_TIMEOUT_S) -> int:
    """Add or replace documents: all sections of each doc_id are replaced.

    Returns:
        the number of sections written.
    """
    with index_writer(index, timeout) as writer:
        return sum(writer.add(doc) for doc in docs)


def delete_documents(index: FtsIndex, doc_ids: Iterable[str], *, timeout: float = LOCK_TIMEOUT_S) -> None:
    """Remove every section of the given documents."""
    with index_writer(index, timeout) as writer:
        for doc_id in doc_ids:
            writer.delete(doc_id)


def optimize(index: FtsIndex, *, force: bool = False, timeout: float = LOCK_TIMEOUT_S) -> bool:
    """Merge the index's segments into one if MERGE_AFTER_COMMITS commits
    wrote since the last merge (or ``force``); whether it merged. Readers
    keep their snapshot meanwhile; the merge takes about 5 s per 100k
    sections."""
    with index_writer(index, timeout) as writer:
        if not force and _meta_int(writer.conn, "unmerged") < MERGE_AFTER_COMMITS:
            return False
        writer.conn.execute("INSERT INTO fts (fts) VALUES ('optimize')")
        writer.conn.execute("INSERT OR REPLACE INTO meta VALUES ('unmerged', '0')")
    conn = index.connect(timeout)
    try:  # copy the merged pages into the database now, without waiting for readers
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        conn.close()
    return True


def indexed_ids(index: FtsIndex) -> set[str]:
    """The ids of every document with a section in the index."""
    with index.snapshot() as conn:
        return {row[0] for row in conn.execute("SELECT doc_id FROM docs")}


# --- query expressions -----------------------------------------------------------


def _weights(plan: QueryPlan, r: Ranking) -> list[float]:
    """bm25() column weights. Terms carry no column filter (decoding
    positions to check columns costs more than the whole ranking), so the
    columns of the other spelling get weight 0: "quy" typed with diacritics
    scores only in the exact columns even where it also is a folded "quý".
    LAB only selects (see _label_expr), it does not score."""
    if plan.exact:
        f = r.fold_with_diacritics
        return [r.syl, r.bi, r.wc, r.head, r.title, r.fsyl * f, r.fbi * f, r.fhead * f, 0.0]
    return [0.0, 0.0, 0.0, 0.0, 0.0, r.fsyl, r.fbi, r.fhead, 0.0]


# --- searching ----------------------------------------------------------------------


class _Stats:
    """Document frequencies for :func:`kb.search.query.prune` and the
    phrase counts of kb_bm25(), cached until the index changes."""

    def __init__(self, index: FtsIndex, conn: sqlite3.Connection):
        self.index = index
        self.conn = conn
        self.version = _version(conn)
        self._count = None

    def doc_count(self) -> int:
        if self._count is None:
            self._count = self.conn.execute("SELECT count(*) FROM sections").fetchone()[0]
        return self._count

    def doc_frequency(self, field: str, term: str) -> int:
        key = (self.version, field, term)
        cache = self.index._df_cache  # shared by the threads searching (another may clear it meanwhile)
        n = cache.get(key)
        if n is None:
            if len(cache) > 100_000:
                cache.clear()
            row = self.conn.execute("SELECT doc FROM fts_terms WHERE col = ? AND term = ?", (field, term)).fetchone()
            n = cache[key] = row[0] if row else 0
        return n

    def phrase_rows(self, expr: str) -> list[int]:
        """Per phrase of ``expr``, in order, the rows matching it alone:
        the document counts of bm25()'s idf, which bm25() itself recounts
        over the whole table in every statement."""
        cache = self.index._df_cache
        counts = []
        for phrase in _PHRASE_RE.findall(expr):
            key = (self.version, "", phrase)
            n = cache.get(key)
            if n is None:
                if len(cache) > 100_000:
                    cache.clear()
                n = cache[key] = self.conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (phrase,)).fetchone()[0]
            counts.append(n)
        return counts

    def score(self, weights: list[float], expr: str) -> tuple[str, list]:
        """The score column of a match on ``expr`` (higher is better) and
        its parameters."""
        if _rank is None:
            return f"-bm25(fts{', ?' * len(weights)})", list(weights)
        counts = self.phrase_rows(expr)
        return f"-kb_bm25(fts{', ?' * len(weights)}, ?)", [*weights, struct.pack(f"{len(counts)}q", *counts)]


# a phrase of a match expression as :data:`kb.search._match.FTS5` writes it,
# with the column filter it may have
_PHRASE_RE = re.compile(r'(?:\b\w+: )?"(?:[^"]|"")*"')


def _filter_sql(values: dict) -> tuple[str, list]:
    """A condition on the fts rowid for the exact-value filters."""
    conds, params = filter_conditions(values, "?")
    if not conds:
        return "", []
    return f" AND (rowid >> {SHIFT}) IN (SELECT id FROM docs WHERE {' AND '.join(conds)})", params


def _run(conn: sqlite3.Connection, sql: str, params) -> list:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        # a query the analysis let through but FTS5 refuses: never a 500
        raise SearchQueryError(f"Câu truy vấn không hợp lệ ({exc}).") from None


class _Scope:
    """The rowids a query scores: above ``floor`` (see MAX_SCORED), in two
    halves at ``mid`` (scored side by side) when there are enough of them."""

    def __init__(self, expr: str, floor: int = -1, mid: int | None = None):
        self.expr, self.floor, self.mid = expr, floor, mid

    @property
    def capped(self) -> bool:
        return self.floor >= 0


def _scan(conn, expr: str, where: str, params: list, walk: str | None = None) -> _Scope:
    """The cap's floor, and a split halfway between the lowest and highest
    rowid scored (matches spread over the documents, so the halves come out
    near even): one walk over the newest MAX_SCORED + 1 matches, counted and
    bounded in SQL (reading the rowids into Python cost more). ``walk``: an
    expression matching the same sections more cheaply."""
    n, bottom, top = _run(conn, f"SELECT count(*), min(rowid), max(rowid) FROM (SELECT rowid FROM fts "
                                f"WHERE fts MATCH ?{where} ORDER BY rowid DESC LIMIT {MAX_SCORED + 1})",
                          [walk or expr, *params])[0]
    if n <= SPLIT_SCORED:
        return _Scope(expr)  # too few to split
    # capped: the lowest of them is the first one not scored
    return _Scope(expr, bottom if n > MAX_SCORED else -1, (bottom + top) // 2)


def _scope(conn, plan: QueryPlan, r: Ranking, expr: str, walk: str, require_all: bool, where: str,
           params: list) -> _Scope:
    """What to score (see MAX_SCORED): the expression, else its narrower tier.
    ``walk`` matches the same sections as ``expr`` (see :func:`_scan`)."""
    scope = _scan(conn, expr, where, params, walk)
    if not scope.capped:
        return scope
    narrower = build_match(plan, r, require_all=require_all, tier=True)
    if narrower is None:
        return scope
    return _scan(conn, narrower, where, params, build_match(plan, r, require_all=require_all, tier=True,
                                                            scoring=False))


# bm25() over at least this many sections runs in two halves at once, one on
# a pool thread (SQLite scores without the GIL): the p95 at 100k sections
# is set by queries that score the full MAX_SCORED.
SPLIT_SCORED = 1_000
_TOP_ROWID = (1 << 63) - 1


class _Ranker:
    """Sections best first: bm25() on the scored expression, and sections
    whose label the query names lifted by ``label`` times the best score."""

    def __init__(self, index, stats: _Stats, scope: _Scope, weights, where, params, label_expr=None, label=0.0):
        self.index, self.stats, self.conn, self.scope, self.weights = index, stats, stats.conn, scope, weights
        self.where, self.params, self.label_expr, self.label = where, params, label_expr, label

    def _query(self, conn, expr, score, limit, lo, hi):
        column, args = score
        return _run(conn, f"SELECT rowid, {column} AS score FROM fts WHERE fts MATCH ? AND rowid > ? AND rowid <= ?"
                          f"{self.where} ORDER BY score DESC LIMIT ?", [*args, expr, lo, hi, *self.params, limit])

    def _scored(self, limit):
        scope = self.scope
        score = self.stats.score(self.weights, scope.expr)
        if scope.mid is None:
            return self._query(self.conn, scope.expr, score, limit, scope.floor, _TOP_ROWID)
        upper = self.index.submit(_read_apart, self.index, self._query, scope.expr, score, limit, scope.mid,
                                  _TOP_ROWID)
        try:
            lower = self._query(self.conn, scope.expr, score, limit, scope.floor, scope.mid)
        except BaseException:
            upper.cancel()
            raise
        rows = _collect(upper, self.stats.version)
        if rows is None:
            rows = self._query(self.conn, scope.expr, score, limit, scope.mid, _TOP_ROWID)
        # ties in rowid order, as one query over both halves gives them
        return sorted(lower + rows, key=lambda x: (-x[1], x[0]))[:limit]

    def sections(self, limit: int) -> list[tuple[int, float]]:
        rows = self._scored(limit)
        if self.label_expr is None or self.label <= 0:
            return rows
        boost = self.label * max((score for _, score in rows), default=1.0)
        merged = dict(rows)
        label_score = self.stats.score(self.weights, self.label_expr)
        for rowid, score in self._query(self.conn, self.label_expr, label_score, limit, self.scope.floor, _TOP_ROWID):
            merged[rowid] = score + boost
        return sorted(merged.items(), key=lambda x: -x[1])[:limit]


def _number_docs(conn, plan: QueryPlan, values: dict) -> list[int]:
    """Documents the query names by number or by kind + ordinal."""
    lookup = number_lookup(plan, values, "?")
    if lookup is None:
        return []
    return [row[0] for row in _run(conn, f"SELECT id FROM docs WHERE {lookup[0]} ORDER BY id DESC", lookup[1])]


def _best_section(stats: _Stats, number: int, expr: str | None, weights) -> tuple[int, float]:
    lo, hi = _rowid_range(number)
    conn = stats.conn
    if expr:
        column, args = stats.score(weights, expr)
        rows = _run(conn, f"SELECT rowid, {column} AS score FROM fts "
                          f"WHERE fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY score DESC LIMIT 1",
                    [*args, expr, lo, hi])
        if rows:
            return rows[0]
    row = conn.execute("SELECT min(id) FROM sections WHERE id BETWEEN ? AND ?", (lo, hi)).fetchone()
    return row[0], 0.0


def _count(conn, expr: str | None, where: str, params: list, extra_docs: list[int], facets: bool
           ) -> tuple[int, Facets]:
    """Documents matching, and document counts per facet value."""
    match = (f"SELECT DISTINCT rowid >> {SHIFT} AS d FROM "
             f"(SELECT rowid FROM fts WHERE fts MATCH ?{where} LIMIT {FACET_SCAN_LIMIT})") if expr else ""
    extra = "SELECT value FROM json_each(?)"
    g = f"{match} UNION {extra}" if match else extra
    args = ([expr, *params] if expr else []) + [json.dumps(extra_docs)]
    # the matching documents' facet values are read once (m), then grouped per facet
    sql = (f"WITH g AS MATERIALIZED ({g}), m AS MATERIALIZED (SELECT {', '.join(FACET_FIELDS)} FROM docs"
           " WHERE id IN g) SELECT '', '', count(*) FROM g")
    if facets:
        for name in FACET_FIELDS:
            sql += f" UNION ALL SELECT '{name}', {name}, count(*) FROM m WHERE {name} != '' GROUP BY {name}"
    rows = _run(conn, sql, args)
    total = rows[0][2]
    counts: Facets = {name: {} for name in FACET_FIELDS} if facets else {}
    for name, value, n in sorted(rows[1:], key=lambda x: (x[0], -x[2], x[1])):
        counts[name][value] = n
    return total, counts


def search(
    index: FtsIndex,
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
    weights = _weights(plan, r)
    wanted = offset + limit
    with index.snapshot() as conn:
        stats = _Stats(index, conn)
        plan = prune(plan, stats, r.max_df_ratio, r.max_terms)
        numbered = _number_docs(conn, plan, values)
        # the count and facets of the expression ranked first, on another
        # thread meanwhile; used if it read the same state and was the one
        # kept. Counted on the expression matching the same sections without
        # the scoring-only terms.
        # (in the order rank_sections tries them: the first is ranked first)
        walks = {build_match(plan, r, require_all=m): build_match(plan, r, require_all=m, scoring=False)
                 for m in dict.fromkeys([use_all_first(plan), False])}
        first = next(iter(walks))
        counting = index.submit(_read_apart, index, _count, walks[first], where, params, numbered, facets)

        def ranker_for(expr: str, require_all: bool) -> _Ranker:
            scope = _scope(conn, plan, r, expr, walks[expr], require_all, where, params)
            return _Ranker(index, stats, scope, weights, where, params, label_match(plan, scope.expr),
                           r.label)

        try:
            ranked, expr = rank_sections(plan, r, wanted, group, numbered, syntax=FTS5, ranker_for=ranker_for,
                                         best_section=lambda number, expr: _best_section(stats, number, expr, weights))
        except BaseException:
            counting.cancel()
            raise
        # the snippets (Python) are made while the count (SQLite) may still run
        hits = _make_hits(conn, ranked[offset:offset + limit], plan)
        counted = _collect(counting, stats.version)
        if counted is None or expr != first:
            counted = _count(conn, walks[expr], where, params, numbered, facets)
        total, facet_counts = counted
        total = max(total, len(ranked)) if group else total
    return SearchResult(total=total, hits=hits, facets=facet_counts)


def more_like_this(index: FtsIndex, doc_id: str, limit: int = 10) -> SearchResult:
    """See :func:`kb.search.more_like_this`."""
    with index.snapshot() as conn:
        row = conn.execute("SELECT id, title FROM docs WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            return SearchResult(total=0, hits=[])
        number, title = row
        lo, hi = _rowid_range(number)
        parts = [title or ""] + [
            f"{heading} {text}" for heading, text in
            conn.execute("SELECT heading, text FROM sections WHERE id BETWEEN ? AND ? ORDER BY id", (lo, hi))
        ]
        tokens = tokenize("\n".join(parts)[:50_000])
        stats = _Stats(index, conn)
        n = stats.doc_count() or 1
        picked: dict[str, list[str]] = {}
        for column, terms, k in ((BI, bigrams(tokens), 25), (SYL, syllables(tokens), 15)):
            tf = Counter(terms)
            scored = sorted(
                ((c * math.log(1 + n / (1 + stats.doc_frequency(column, t))), t) for t, c in tf.items()),
                reverse=True,
            )
            picked[column] = [t for _, t in scored[:k]]
        phrases = [FTS5.phrase(column, [t]) for column, terms in picked.items() for t in terms]
        if not phrases:
            return SearchResult(total=0, hits=[])
        expr = " OR ".join(phrases)
        r = index.ranking
        weights = [1.0] * len(COLUMNS)
        where = f" AND NOT (rowid BETWEEN {lo} AND {hi})"
        ranker = _Ranker(index, stats, _scan(conn, expr, where, []), weights, where, [])
        ranked = top_documents(ranker, limit, r.section_bonus)
        plan = QueryPlan(text="", exact=True, syllables=picked[SYL], bigrams=[], compounds=[])
        hits = _make_hits(conn, ranked, plan)
    return SearchResult(total=len(hits), hits=hits)


def _make_hits(conn, ranked: list[tuple[int, float]], plan: QueryPlan) -> list[Hit]:
    if not ranked:
        return []
    rows = conn.execute(
        f"SELECT {HIT_COLUMNS} FROM sections s JOIN docs d ON d.id = s.id >> {SHIFT}"
        " WHERE s.id IN (SELECT value FROM json_each(?))",
        (json.dumps([rowid for rowid, _ in ranked]),),
    ).fetchall()
    return make_hits(ranked, rows, plan)
