"""Indexing throughput, query latency and index size: kb.search vs SQLite FTS5.

    python bench/speed.py [--laws LAWS.json] [--sizes 1000,10000,100000]
                          [--segmenter underthesea|whitespace] [--queries 200]
                          [--engines fts5,whoosh,postgres]
                          [--postgres-url postgresql+psycopg://USER@HOST:PORT/postgres]

Sections are ALQAC articles, repeated and varied (sentences rotated, one word
in ten swapped with a word from another article) until the size is reached,
grouped 50 to a document. Both engines index the same sections in the same
run and answer the same queries: 2–4 consecutive words of a random section,
two thirds typed with diacritics and one third without. kb.search runs its
full path (analysis, grouping per document, facets, snippets) on each engine
asked for; the baseline is plain SQLite FTS5: `MATCH` with bm25 ranking,
LIMIT 10, snippet(), on a unicode61 remove_diacritics table. Both are written
in commits of 20 documents and then merged into one segment (kb: its
``optimize``, as ``kb ingest`` ends a batch; plain FTS5: 'optimize'), the
merge counted in the build time. Prints a table
of figures and of ratios to the baseline, then one JSON line.

The postgres engine needs ``--postgres-url``, a server it may create
databases on: each size gets a fresh database, dropped afterwards; its size
is that of the engine's tables and indexes.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb.ingest.normalize import clean_text, fold_diacritics  # noqa: E402
from kb.search import IndexDoc, IndexSection, index_documents, open_index, optimize, search  # noqa: E402
from kb.search.analysis import _segment_line, underthesea_segmenter, whitespace_segmenter  # noqa: E402

DEFAULT_LAWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "eval" / "alqac2024" / "law.json"
SECTIONS_PER_DOC = 50
_SENTENCE_RE = re.compile(r"(?<=[.;:])\s+|\n+")


def make_sections(laws: list[dict], size: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """``size`` (label, heading, text) triples from the laws' articles."""
    rng = random.Random(seed)
    articles = []
    for law in laws:
        for article in law["articles"]:
            heading, _, body = clean_text(article["text"]).partition("\n")
            articles.append((f"Điều {article['id']}", heading, body.strip()))
    words = [w for _, _, body in articles for w in body.split()]
    out = []
    for i in range(size):
        label, heading, body = articles[i % len(articles)]
        if i >= len(articles):
            sentences = [s for s in _SENTENCE_RE.split(body) if s]
            k = rng.randrange(len(sentences)) if sentences else 0
            tokens = " ".join(sentences[k:] + sentences[:k]).split()
            for j in range(0, len(tokens), 10):
                tokens[j + rng.randrange(min(10, len(tokens) - j))] = rng.choice(words)
            body = " ".join(tokens)
        out.append((label, heading, body))
    return out


def as_documents(sections: list[tuple[str, str, str]]) -> list[IndexDoc]:
    docs = []
    for start in range(0, len(sections), SECTIONS_PER_DOC):
        n = start // SECTIONS_PER_DOC
        chunk = sections[start:start + SECTIONS_PER_DOC]
        docs.append(
            IndexDoc(
                doc_id=f"d{n}",
                number=f"{n + 1}/2020/NĐ-CP",
                doc_type=("Luật", "Nghị định", "Kế hoạch")[n % 3],
                title=chunk[0][1],
                issuer=("Quốc hội", "Chính phủ", "UBND tỉnh Tây Ninh")[n % 3],
                province="Tây Ninh" if n % 3 == 2 else None,
                sections=[
                    IndexSection(section_id=f"s{start + i}", label=label, heading=heading, text=text)
                    for i, (label, heading, text) in enumerate(chunk)
                ],
            )
        )
    return docs


def make_queries(sections, count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    queries = []
    while len(queries) < count:
        words = re.findall(r"[^\W\d_]+", rng.choice(sections)[2])
        if len(words) < 6:
            continue
        n = rng.randint(2, 4)
        start = rng.randrange(len(words) - n)
        q = " ".join(words[start:start + n]).lower()
        queries.append(fold_diacritics(q) if len(queries) % 3 == 2 else q)
    return queries


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def _postgres_database(server_url: str, name: str, drop: bool = False) -> str:
    """Create (or drop) database ``name`` on the server; its URL."""
    from sqlalchemy import create_engine, make_url, text

    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if not drop:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _postgres_size(url: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        size = conn.execute(text(
            "SELECT sum(pg_total_relation_size(oid)) FROM pg_class WHERE relname LIKE 'kb_search_%' AND relkind = 'r'"
        )).scalar()
    engine.dispose()
    return int(size or 0)


def bench_kb(work: Path, docs, queries, segmenter, engine: str, postgres_url: str | None = None) -> dict:
    _segment_line.cache_clear()  # each engine pays its own word segmentation
    database_url = None
    if engine == "postgres":
        database_url = _postgres_database(postgres_url, f"kb_speed_{len(docs)}")
    index = open_index(work / engine, segmenter=segmenter, engine=engine, database_url=database_url)
    started = time.perf_counter()
    sections = 0
    for start in range(0, len(docs), 20):  # commits of 1,000 sections, as an ingest would
        sections += index_documents(index, docs[start:start + 20])
    optimize(index)  # as `kb ingest` does at the end of a batch
    build = time.perf_counter() - started
    for q in queries[:10]:  # warm the searcher and caches
        search(index, q)
    times = []
    for q in queries:
        t = time.perf_counter()
        search(index, q)
        times.append((time.perf_counter() - t) * 1000)
    index.close()
    if database_url:
        size = _postgres_size(database_url)
        _postgres_database(postgres_url, f"kb_speed_{len(docs)}", drop=True)
    else:
        size = dir_size(work / engine)
    return {"sections_per_s": sections / build, "build_s": build, "median_ms": statistics.median(times),
            "p95_ms": percentile(times, 95), "size_mb": size / 1e6}


def _fts_query(q: str) -> str:
    return " ".join('"' + w.replace('"', "") + '"' for w in q.split())


def bench_fts5(work: Path, docs, queries) -> dict:
    path = work / "fts.sqlite"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIRTUAL TABLE s USING fts5(doc_id UNINDEXED, label, heading, text, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    started = time.perf_counter()
    sections = 0
    for start in range(0, len(docs), 20):
        with db:
            for doc in docs[start:start + 20]:
                rows = [(doc.doc_id, s.label, s.heading, s.text) for s in doc.sections]
                db.executemany("INSERT INTO s VALUES (?, ?, ?, ?)", rows)
                sections += len(rows)
    with db:  # merged into one segment, as kb's index is after a batch
        db.execute("INSERT INTO s (s) VALUES ('optimize')")
    build = time.perf_counter() - started
    sql = ("SELECT doc_id, label, snippet(s, 3, '<mark>', '</mark>', '…', 20) FROM s "
           "WHERE s MATCH ? ORDER BY rank LIMIT 10")
    for q in queries[:10]:
        db.execute(sql, (_fts_query(q),)).fetchall()
    times = []
    for q in queries:
        t = time.perf_counter()
        db.execute(sql, (_fts_query(q),)).fetchall()
        times.append((time.perf_counter() - t) * 1000)
    db.close()
    return {"sections_per_s": sections / build, "build_s": build, "median_ms": statistics.median(times),
            "p95_ms": percentile(times, 95), "size_mb": path.stat().st_size / 1e6}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laws", type=Path, default=DEFAULT_LAWS)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--segmenter", choices=("underthesea", "whitespace"), default="underthesea")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--engines", default="fts5,whoosh", help="kb.search engines to measure (comma-separated)")
    parser.add_argument("--postgres-url", help="PostgreSQL server for the postgres engine (see above)")
    args = parser.parse_args(argv)
    engines = [e for e in args.engines.split(",") if e]
    if "postgres" in engines and not args.postgres_url:
        parser.error("the postgres engine needs --postgres-url")
    segmenter = underthesea_segmenter if args.segmenter == "underthesea" else whitespace_segmenter
    laws = json.loads(args.laws.read_text(encoding="utf-8"))
    report = []
    header = (f"{'sections':>9} {'engine':>14} {'sect/s':>9} {'build s':>8} {'median ms':>9} {'p95 ms':>7} "
              f"{'size MB':>8}")
    print(header, file=sys.stderr)
    for size in (int(s) for s in args.sizes.split(",")):
        sections = make_sections(laws, size)
        docs = as_documents(sections)
        queries = make_queries(sections, args.queries)
        work = Path(tempfile.mkdtemp(prefix="kb-speed-"))
        try:
            fts = bench_fts5(work, docs, queries)
            rows = [("sqlite-fts5", fts)]
            entry = {"sections": size, "fts5": fts}
            for engine in engines:
                kb = bench_kb(work, docs, queries, segmenter, engine, args.postgres_url)
                ratio = {k: kb[k] / fts[k] if fts[k] else None for k in kb}
                rows += [(f"kb-{engine}", kb), (f"kb-{engine}/fts5", ratio)]
                entry[f"kb_{engine}"] = kb
                entry[f"ratio_{engine}"] = ratio
        finally:
            shutil.rmtree(work, ignore_errors=True)
        for name, row in rows:
            print(f"{size:>9} {name:>14} {row['sections_per_s']:>9.2f} {row['build_s']:>8.2f} "
                  f"{row['median_ms']:>9.2f} {row['p95_ms']:>7.2f} {row['size_mb']:>8.2f}", file=sys.stderr)
        report.append(entry)
        sys.stderr.flush()
    print(json.dumps({"segmenter": args.segmenter, "results": report}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
