"""Article retrieval quality on an ALQAC-style law and question file.

    python bench/retrieval.py --laws LAWS.json --questions QUESTIONS.json [--home DIR]

Each law becomes one document whose articles become "Điều N" sections; every
question is asked through the normal search (one hit per section) and scored
by the article. The last line printed is one JSON object:
{"n", "recall@1", "recall@5", "recall@10", "mrr@10"}.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb.ingest.normalize import clean_text, normalize_tones  # noqa: E402
from kb.search import IndexDoc, IndexSection, Ranking, index_documents, open_index, search  # noqa: E402
from kb.search.analysis import underthesea_segmenter, whitespace_segmenter  # noqa: E402

_YEAR_SUFFIX_RE = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d\d$")


def law_key(law_id: str) -> str:
    """Match "Luật Cư trú 2020" with "Luật Cư trú", whatever the case."""
    text = normalize_tones(unicodedata.normalize("NFC", law_id)).strip().lower()
    return _YEAR_SUFFIX_RE.sub("", text)


def law_documents(laws: list[dict]) -> list[IndexDoc]:
    """One document per law, one "Điều N" section per article.

    An article's first line is its heading ("Phạm vi điều chỉnh"). This is
    the only step that knows the ALQAC layout; the lead routes it through
    the ingest pipeline later.
    """
    docs = []
    for law in laws:
        name = clean_text(law["id"])
        kind = "Bộ luật" if name.lower().startswith("bộ luật") else "Hiến pháp" if name.lower().startswith(
            "hiến pháp") else "Luật"
        sections = []
        for article in law["articles"]:
            text = clean_text(article["text"])
            heading, _, body = text.partition("\n")
            sections.append(
                IndexSection(
                    section_id=f"dieu-{article['id']}",
                    label=f"Điều {article['id']}",
                    heading=heading.strip(),
                    text=body.strip(),
                )
            )
        docs.append(IndexDoc(doc_id=law_key(law["id"]), doc_type=kind, title=name, sections=sections))
    return docs


def load_questions(path: Path, with_choices: bool = True) -> list[tuple[str, set[tuple[str, str]]]]:
    """(question text, {(law key, article id)}) from either ALQAC shape:
    2024 ``text``/``relevant_articles`` or 2023 ``statement``/``legal_passages``."""
    out = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        text = item.get("text") or item.get("statement") or ""
        if with_choices and isinstance(item.get("choices"), dict):
            text = text + "\n" + "\n".join(str(v) for v in item["choices"].values())
        gold = item.get("relevant_articles") or item.get("legal_passages") or []
        out.append((text, {(law_key(g["law_id"]), str(g["article_id"])) for g in gold}))
    return out


def evaluate(index, questions: Iterable[tuple[str, set]], k: int = 10) -> dict:
    n = r1 = r5 = r10 = mrr = 0.0
    for text, gold in questions:
        n += 1
        result = search(index, text[:1900], limit=k, facets=False, group=False)
        ranked = [(h.doc_id, h.section_id.removeprefix("dieu-")) for h in result.hits]
        rank = next((i for i, key in enumerate(ranked, 1) if key in gold), None)
        if rank:
            r1 += rank <= 1
            r5 += rank <= 5
            r10 += rank <= 10
            mrr += 1 / rank
    n = n or 1
    return {"n": int(n), "recall@1": r1 / n, "recall@5": r5 / n, "recall@10": r10 / n, "mrr@10": mrr / n}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laws", type=Path, required=True)
    parser.add_argument("--questions", type=Path, required=True)
    parser.add_argument("--home", type=Path, help="directory for the index (default: a temporary one)")
    parser.add_argument(
        "--no-choices", dest="with_choices", action="store_false",
        help="ask multiple-choice questions without their options (default: the question as posed, with options)",
    )
    parser.add_argument("--no-segmenter", action="store_true", help="skip underthesea (faster, for tuning)")
    parser.add_argument("--ranking", default="{}", help="JSON overrides of kb.search.Ranking fields")
    args = parser.parse_args(argv)

    segmenter = whitespace_segmenter if args.no_segmenter else underthesea_segmenter
    ranking = Ranking(**json.loads(args.ranking))
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp)
        started = time.perf_counter()
        index = open_index(home / "index", segmenter=segmenter, ranking=ranking)
        laws = json.loads(args.laws.read_text(encoding="utf-8"))
        sections = index_documents(index, law_documents(laws))
        print(f"indexed {sections} sections in {time.perf_counter() - started:.1f}s", file=sys.stderr)
        started = time.perf_counter()
        questions = load_questions(args.questions, args.with_choices)
        scores = evaluate(index, questions)
        print(f"{len(questions)} questions in {time.perf_counter() - started:.1f}s", file=sys.stderr)
        index.close()
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in scores.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
