"""Ingest throughput and peak memory on the whole ../shared/data.

Three runs in one process, each on a fresh knowledge base folder:
  1. baseline: readers only (file -> RawDocument), nothing interpreted or stored;
  2. full ingest (readers, normalisation, metadata, structure, store, index);
  3. the same ingest again (everything unchanged).
Prints a table with chars/s and the ratios between the runs, and peak RSS.

Usage: python bench/ingest.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from kb.config import load_settings
from kb.core import KnowledgeBase, iter_files
from kb.errors import ParseError
from kb.ingest import read_file


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    args = parser.parse_args(argv)
    files = list(iter_files([args.data]))

    t0 = time.perf_counter()
    chars = 0
    for path in files:
        try:
            chars += len(read_file(path).text)
        except ParseError:
            pass
    t_read = time.perf_counter() - t0
    rss_read = _peak_rss_mib()

    with tempfile.TemporaryDirectory() as home:
        kb = KnowledgeBase(load_settings(home))
        t0 = time.perf_counter()
        first = kb.ingest([args.data])
        t_first = time.perf_counter() - t0
        t0 = time.perf_counter()
        second = kb.ingest([args.data])
        t_second = time.perf_counter() - t0
        kb.close()

    rows = [
        ("readers only (baseline)", t_read, 1.0),
        ("full ingest", t_first, t_first / t_read),
        ("re-ingest, unchanged", t_second, t_second / t_read),
    ]
    print(f"{len(files)} files, {chars:,} characters of text; {first.ingested} ingested, {len(first.failed)} refused")
    print(f"{'run':28} {'seconds':>8} {'chars/s':>10} {'× baseline':>11}")
    for name, seconds, ratio in rows:
        print(f"{name:28} {seconds:8.2f} {chars / seconds:10,.0f} {ratio:11.2f}")
    print(f"re-ingest is {t_first / t_second:.0f}× faster than the first ingest ({second.unchanged} unchanged)")
    print(f"peak RSS: {rss_read:.0f} MiB after readers, {_peak_rss_mib():.0f} MiB after ingest")
    print(json.dumps({"files": len(files), "chars": chars, "ingest_s": round(t_first, 2),
                      "reingest_s": round(t_second, 2), "chars_per_s": round(chars / t_first),
                      "peak_rss_mib": round(_peak_rss_mib())}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
