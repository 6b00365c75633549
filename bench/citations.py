"""Citation extraction measured against Pháp điển's own source notes.

Every article of a Pháp điển topic ends with its official source,
"(Điều 150 Bộ luật số 100/2015/QH13 …, có nội dung được sửa đổi bởi Điều 1
Luật số 12/2017/QH14 …)". Those notes are written by the Ministry of Justice
in a fixed form, so a strict reading of them is ground truth: which numbers
are cited, spelt how, pinned to which Điều. ``find_citations`` then runs on
the same lines as on any text, and we count what it finds.

A second measure uses ``bench/citations_truth.json``: real documents (vbpl
circulars, news pages, the Tây Ninh plan) whose every citation was labelled
by a reader who did not look at the extractor. Each document goes through
the normal pipeline (``parse_file``); we count the distinct cited numbers
found (canonical spelling exact), and the relation of each labelled
occurrence (matched by number, in reading order).

Usage: python bench/citations.py [--data ../shared/data] [--truth bench/citations_truth.json]
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


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def labelled(data: Path, truth_path: Path) -> dict:
    """Recall and precision of distinct cited numbers, and relation accuracy,
    on the hand-labelled documents."""
    docs = json.loads(truth_path.read_text(encoding="utf-8"))["documents"]
    truth = found = extracted = correct = rel_total = rel_right = 0
    for entry in docs:
        parsed = parse_file(data / entry["path"])
        gold = set(entry["numbers"])
        got = {c.number for c in parsed.citations}
        hit = gold & got
        truth, found, extracted, correct = truth + len(gold), found + len(hit), extracted + len(got), correct + len(hit)
        # relations: each labelled mention against the found citation of the
        # same number whose surrounding words overlap its context most
        unused = list(parsed.citations)
        for c in entry["citations"]:
            rel_total += 1
            words = set(_words(c["context"]))
            same = [f for f in unused if f.number == c["number"]]
            if not same:
                continue
            best = max(same, key=lambda f: len(words & set(_words(parsed.text[f.start - 120:f.end + 80]))))
            unused.remove(best)
            rel_right += best.relation == c["relation"]
        print(f"{entry['path'][:44]:44} numbers {len(gold):3}  found {len(hit):3}  extra {len(got - gold):3}"
              + "".join(f"\n    missed: {n}" for n in sorted(gold - got))
              + "".join(f"\n    extra:  {n}" for n in sorted(got - gold)))
    return {
        "documents": len(docs),
        "cited_numbers": truth,
        "recall": round(found / truth, 4) if truth else None,
        "precision": round(correct / extracted, 4) if extracted else None,
        "mentions": rel_total,
        "relation_accuracy": round(rel_right / rel_total, 4) if rel_total else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    parser.add_argument("--truth", default=str(Path(__file__).resolve().parent / "citations_truth.json"))
    args = parser.parse_args(argv)
    held_out = labelled(Path(args.data), Path(args.truth))
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
    print(json.dumps({"phapdien_notes": summary, "labelled_documents": held_out}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
