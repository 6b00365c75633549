"""How far two blind readers agree on duty assignments, and the extractor against each.

Sets 37 to 51 were labelled twice, by two helper sessions that never saw each other's
labels: ``duties_truth_heldoutNN.json`` (the first reader, the figures of
``bench/duties.py``) and ``duties_second_reader_heldoutNN.json`` (the second). Pairs are
(agency, role) per document, agencies matched by :func:`kb.ingest.agencies.agency_key`,
as in ``bench/duties.py``.

For each set: the pairs each reader gives, the pairs both give, the share of the first
reader's pairs the second gives (and the other way round); then the extractor's recall and
precision against the first reader, the second, and the pairs both give.

The extractor is the ``kb`` on the import path: run with ``PYTHONPATH`` at a checkout of an
older revision (``git worktree add /tmp/old REV``) to score the code a set was first
measured with.

Usage: python bench/agreement.py [--second FILE ...] [--sets 37,38]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kb.ingest import parse_file
from kb.ingest.agencies import agency_key

HERE = Path(__file__).resolve().parent


def pairs(duties) -> set[tuple[str, str]]:
    return {(agency_key(d["agency"]), d["role"]) for d in duties}


def share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--second", action="append",
                        help="second reader's labels (repeatable; default: duties_second_reader_*.json here)")
    parser.add_argument("--sets", help="only these set numbers, comma-separated")
    args = parser.parse_args(argv)
    seconds = args.second or sorted(str(p) for p in HERE.glob("duties_second_reader_*.json"))
    wanted = {f"held_out_{n}" for n in args.sets.split(",")} if args.sets else None

    first = {}
    for path in HERE.glob("duties_truth*.json"):
        for entry in json.loads(path.read_text(encoding="utf-8"))["documents"]:
            first[entry["path"]] = entry
    columns = ("first", "second", "both", "2nd/1st", "1st/2nd", "R 1st", "R 2nd", "R both", "P 1st", "P 2nd")
    print(f"{'set':12}" + "".join(f"{c:>9}" for c in columns))
    totals: dict[str, int] = {}
    for path in seconds:
        labels = json.loads(Path(path).read_text(encoding="utf-8"))
        if wanted and labels["set"] not in wanted:
            continue
        n = dict.fromkeys(("first", "second", "both", "found", "hit1", "hit2", "hit_both"), 0)
        for entry in labels["documents"]:
            one = pairs(first[entry["path"]]["duties"])  # KeyError: a document the first reader never labelled
            two = pairs(entry["duties"])
            found = {(agency_key(d.agency), d.role) for d in parse_file(HERE.parent / entry["path"]).duties}
            n["first"] += len(one)
            n["second"] += len(two)
            n["both"] += len(one & two)
            n["found"] += len(found)
            n["hit1"] += len(found & one)
            n["hit2"] += len(found & two)
            n["hit_both"] += len(found & one & two)
        for key, value in n.items():
            totals[key] = totals.get(key, 0) + value
        print_row(labels["set"], n)
    print_row("together", totals)
    return 0


def print_row(name: str, n: dict[str, int]) -> None:
    cells = (n["first"], n["second"], n["both"], share(n["both"], n["first"]), share(n["both"], n["second"]),
             share(n["hit1"], n["first"]), share(n["hit2"], n["second"]), share(n["hit_both"], n["both"]),
             share(n["hit1"], n["found"]), share(n["hit2"], n["found"]))
    print(f"{name:12}" + "".join(f"{c:>9}" for c in cells))


if __name__ == "__main__":
    raise SystemExit(main())
