"""Speed of duty extraction on the real texts of ../shared/data, against an older revision.

Every HTML, Word and text document of ../shared/data is read once (readers and normalisation, not
timed; the PDFs are left out, their reading dominates and ``bench/pdf_parity.py`` times it); then
``find_duties`` runs over all their texts, and the time is taken. With ``--against REV`` the same
measurement runs in a checkout of that revision (a temporary git worktree), the two alternating
``--rounds`` times, each in its own process, and the ratio of the medians is printed: the cost of
the rules added since REV, on the same machine in the same run.

Usage: python bench/duty_speed.py [--data ../shared/data] [--against REV] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def measure(data: Path) -> dict:
    """Seconds ``find_duties`` takes over every real text, and their size."""
    from kb.core import iter_files
    from kb.errors import ParseError
    from kb.ingest import parse_file
    from kb.ingest.duties import find_duties

    docs = []
    for path in iter_files([str(data)]):
        if path.suffix.lower() == ".pdf" or "eval" in path.parts:
            continue
        try:
            doc = parse_file(path)
        except ParseError:
            continue  # a page with no document body: nothing to extract from
        docs.append((doc.text, doc.sections))
    start = time.perf_counter()
    found = sum(len(find_duties(text, sections)) for text, sections in docs)
    return {"seconds": time.perf_counter() - start, "chars": sum(len(t) for t, _ in docs),
            "documents": len(docs), "duties": found}


def _run(code_dir: Path, data: Path) -> dict:
    """One measurement in its own process, importing kb from ``code_dir``."""
    script = (f"import sys, json; sys.path.insert(0, {str(code_dir)!r}); sys.path.insert(1, {str(HERE)!r}); "
              f"import duty_speed; print(json.dumps(duty_speed.measure(__import__('pathlib').Path({str(data)!r}))))")
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True, cwd="/")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    parser.add_argument("--against", help="a git revision to compare with (e.g. HEAD~3)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    data = Path(args.data).resolve()
    if not args.against:
        print(json.dumps(_run(REPO, data)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(old), args.against],
                       check=True, capture_output=True)
        try:
            runs = {"new": [], "old": []}
            for _ in range(args.rounds):
                for name, code in (("old", old), ("new", REPO)):
                    runs[name].append(_run(code, data))
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(old)], check=True)
    new = statistics.median(r["seconds"] for r in runs["new"])
    old_s = statistics.median(r["seconds"] for r in runs["old"])
    chars = runs["new"][0]["chars"]
    print(f"{runs['new'][0]['documents']} documents, {chars:,} characters")
    print(f"{args.against:>12}: {old_s:.2f} s (median of {args.rounds}), {runs['old'][0]['duties']} duties")
    print(f"{'now':>12}: {new:.2f} s (median of {args.rounds}), {runs['new'][0]['duties']} duties")
    print(f"ratio now/{args.against}: {new / old_s:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
