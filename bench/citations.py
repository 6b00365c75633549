"""Citation extraction measured against Pháp điển's own source notes.

Every article of a Pháp điển topic ends with its official source,
"(Điều 150 Bộ luật số 100/2015/QH13 …, có nội dung được sửa đổi bởi Điều 1
Luật số 12/2017/QH14 …)". Those notes are written by the Ministry of Justice
in a fixed form, so a strict reading of them is ground truth: which numbers
are cited, spelt how, pinned to which Điều. ``find_citations`` then runs on
the same lines as on any text, and we count what it finds.

Usage: python bench/citations.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from kb.errors import ParseError
from kb.ingest import parse_file
from kb.ingest.citations import find_citations

# Strict reading of a note: "Điều 20 Thông tư số 08/2017/TT-BTP" and
# "Điều 1 Luật số 12/2017/QH14"; numbers are as Pháp điển spells them.
_NOTE_ITEM_RE = re.compile(r"Điều (?P<art>\d+[a-zđ]?) (?:[^()]{0,60}? )?số (?P<number>\d[\w./-]*\w)")


# Any number the note names after "số" or a kind: "… của Luật 12/2017/QH14".
_NOTE_NUMBER_RE = re.compile(
    r"(?:số|Luật|Bộ luật|Nghị quyết|Nghị định|Thông tư|Thông tư liên tịch|Quyết định|Pháp lệnh) "
    r"(?P<number>\d[\w./-]*/[\w./-]*\w)"
)


def _fix(number: str) -> str:
    # one typo in the notes writes "NQ.HĐTP" for "NQ-HĐTP"
    return number.replace(".HĐTP", "-HĐTP")


def ground_truth(note: str) -> tuple[set[str], set[tuple[str, str]]]:
    """(cited numbers, (number, "Điều N") pins) of one source note."""
    numbers = {_fix(m.group("number")) for m in _NOTE_NUMBER_RE.finditer(note)}
    pins = {(_fix(m.group("number")), f"Điều {m.group('art')}") for m in _NOTE_ITEM_RE.finditer(note)}
    return numbers, pins


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    args = parser.parse_args(argv)
    truth = found = correct = pinned = pins_total = extracted = 0
    misses: list[str] = []
    for path in sorted((Path(args.data) / "html" / "phapdien").glob("*.html")):
        try:
            text = parse_file(path).text
        except ParseError:
            continue
        for line in text.split("\n"):
            if not line.startswith("(Điều") or " số " not in line:
                continue
            gold, gold_pins = ground_truth(line)
            cites = find_citations(line)
            got = {c.number for c in cites}
            extracted += len(got)
            truth += len(gold)
            for number in gold:
                if number in got:
                    found += 1
                elif len(misses) < 10:
                    misses.append(f"{number}  in  {line[:160]}")
            for cite in got - gold:
                if len(misses) < 20:
                    misses.append(f"EXTRA {cite}  in  {line[:160]}")
            correct += len(got & gold)
            pins_total += len(gold_pins)
            # "khoản 3 Điều 7" is a finer pin than the note's "Điều 7": both right
            pinned += sum(
                any(c.number == number and c.pin and c.pin.endswith(article) for c in cites)
                for number, article in gold_pins
            )
    summary = {
        "cited_numbers": truth,
        "recall": round(found / truth, 4),
        "precision": round(correct / extracted, 4) if extracted else None,
        "pinned_citations": pins_total,
        "pin_recall": round(pinned / pins_total, 4),
    }
    for miss in misses:
        print("MISS" if not miss.startswith("EXTRA") else "", miss)
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
