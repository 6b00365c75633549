"""A bounded load test of `kb serve` on loopback.

    python bench/load.py [--home DIR] [--seconds 20] [--clients 8]

Builds a knowledge base from the shipped corpus (or uses ``--home``),
starts ``kb serve`` in a subprocess on a free port, and for each kind of
page runs ``--clients`` concurrent keep-alive clients for ``--seconds``:
a static file (the server's floor, the baseline), search pages (queries a
user types, with and without diacritics, numbers), document pages, and the
search API (after two seconds of warm-up for each). Prints requests/s,
median and p95 latency, errors, and ratios to the static baseline, then
one JSON line.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    "trợ giúp pháp lý miễn phí", "tro giup phap ly mien phi", "nạn nhân bị mua bán", "hoà nhập cộng đồng",
    "525/QD-LDTBXH", "Kế hoạch 113", "tội mua bán người", "mai dam", "Sở Lao động", "Điều 151",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _kb(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kb.cli", *args], capture_output=True, text=True, check=True)


def _run(port: int, paths: list[str], clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = [0]
    kinds: Counter = Counter()
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(offset: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = offset
        mine, bad, why = [], 0, Counter()
        while time.monotonic() < stop:
            path = paths[i % len(paths)]
            i += 1
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    bad += 1
                    why[f"HTTP {response.status} {path}"] += 1
            except (OSError, http.client.HTTPException) as exc:
                bad += 1
                why[f"{type(exc).__name__} {path}"] += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            mine.append(time.perf_counter() - started)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += bad
            kinds.update(why)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    latencies.sort()
    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "median_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(0.95 * (len(latencies) - 1))] * 1000,
        "errors": errors[0],
        "error_kinds": dict(kinds.most_common(5)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--home", type=Path)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp) / "kb"
        if not args.home:
            _kb("--home", str(home), "ingest", str(ROOT / "corpus"))
        docs = json.loads(_kb("--home", str(home), "search", "mua bán người", "--limit", "20", "--json").stdout)
        doc_paths = [f"/documents/{urllib.parse.quote(h['doc_id'])}" for h in docs["hits"]]
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "kb.cli", "--home", str(home), "serve", "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
        try:
            for _ in range(300):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
                    break
                except OSError:
                    time.sleep(0.1)
            kinds = {
                "static file (baseline)": ["/static/style.css"],
                "search page": [f"/search?q={urllib.parse.quote(q)}" for q in QUERIES],
                "document page": doc_paths,
                "search API": [f"/api/search?q={urllib.parse.quote(q)}" for q in QUERIES],
            }
            for paths in kinds.values():  # warm up: first requests load models and fill caches
                _run(port, paths, args.clients, 2.0)
            results = {name: _run(port, paths, args.clients, args.seconds) for name, paths in kinds.items()}
        finally:
            server.terminate()
            server.wait(timeout=10)
    base = results["static file (baseline)"]
    print(f"{'page':24} {'requests':>8} {'req/s':>8} {'median ms':>10} {'p95 ms':>8} {'errors':>6} {'p95 × static':>12}")
    for name, r in results.items():
        print(f"{name:24} {r['requests']:8} {r['rps']:8.1f} {r['median_ms']:10.1f} {r['p95_ms']:8.1f} "
              f"{r['errors']:6} {r['p95_ms'] / base['p95_ms']:12.1f}")
    print(json.dumps({"clients": args.clients, "seconds": args.seconds, "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
