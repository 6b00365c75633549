"""Article retrieval quality on an ALQAC-style law and question file.

    python bench/retrieval.py --laws LAWS.json --questions QUESTIONS.json [--home DIR]

Each law becomes one text file whose articles are "Điều N." headings; the
files go through the normal ingest pipeline (reader, normalisation, metadata,
structure, store, index) and every question is asked through the normal
search (one hit per section), scored by the article. The last line printed is one JSON object:
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

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb.config import load_settings  # noqa: E402
from kb.core import KnowledgeBase  # noqa: E402
from kb.ingest.normalize import clean_text, normalize_tones  # noqa: E402
from kb.search import ENGINES, Ranking, open_index, search  # noqa: E402
from kb.search.analysis import underthesea_segmenter, whitespace_segmenter  # noqa: E402
from kb.store.models import Document  # noqa: E402

_YEAR_SUFFIX_RE = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d\d$")


def law_key(law_id: str) -> str:
    """Match "Luật Cư trú 2020" with "Luật Cư trú", whatever the case."""
    text = normalize_tones(unicodedata.normalize("NFC", law_id)).strip().lower()
    return _YEAR_SUFFIX_RE.sub("", text)


def write_law_files(laws: list[dict], folder: Path) -> dict[str, str]:
    """Write each law as a plain-text file laid out like the official text
    (kind in capitals, name, then "Điều N. heading" and the body), so that the
    normal ingest pipeline reads it. This is the only step that knows the
    ALQAC layout.

    Returns:
        file name -> law key.
    """
    files = {}
    for i, law in enumerate(laws):
        name = clean_text(law["id"])
        kind = next((k for k in _KINDS if name.lower().startswith(k.lower())), "Luật")
        subject = name[len(kind):].strip() if name.lower().startswith(kind.lower()) else name
        lines = [kind.upper()]
        if subject:
            lines.append(subject[:1].upper() + subject[1:])
        for article in law["articles"]:
            heading, _, body = clean_text(article["text"]).partition("\n")
            lines.append(f"Điều {article['id']}. {heading.strip()}")
            lines.append(body.strip())
        file_name = f"law-{i:03d}.txt"
        (folder / file_name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        files[file_name] = law_key(law["id"])
    return files


_KINDS = ("Bộ luật", "Hiến pháp", "Luật")


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


def evaluate(index, questions: Iterable[tuple[str, set]], laws_by_doc: dict[str, str], k: int = 10) -> dict:
    n = r1 = r5 = r10 = mrr = 0.0
    for text, gold in questions:
        n += 1
        result = search(index, text[:1900], limit=k, facets=False, group=False)
        ranked = [(laws_by_doc.get(h.doc_id), _article(h.section)) for h in result.hits]
        rank = next((i for i, key in enumerate(ranked, 1) if key in gold), None)
        if rank:
            r1 += rank <= 1
            r5 += rank <= 5
            r10 += rank <= 10
            mrr += 1 / rank
    n = n or 1
    return {"n": int(n), "recall@1": r1 / n, "recall@5": r5 / n, "recall@10": r10 / n, "mrr@10": mrr / n}


def _article(label: str | None) -> str | None:
    """ "Điều 12" -> "12"."""
    return label.split()[1] if label and label.startswith("Điều ") else None


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
    parser.add_argument("--engine", choices=ENGINES, help="search engine (default: KB_SEARCH_ENGINE, else fts5)")
    parser.add_argument(
        "--database-url",
        help="store URL (default: SQLite in the home folder); the postgres engine needs an empty PostgreSQL database",
    )
    args = parser.parse_args(argv)
    if args.engine == "postgres" and not (args.database_url or "").startswith("postgresql"):
        parser.error("--engine postgres needs --database-url postgresql+psycopg://…")

    segmenter = whitespace_segmenter if args.no_segmenter else underthesea_segmenter
    ranking = Ranking(**json.loads(args.ranking))
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp)
        folder = Path(tmp) / "laws"
        folder.mkdir()
        started = time.perf_counter()
        files = write_law_files(json.loads(args.laws.read_text(encoding="utf-8")), folder)
        settings = load_settings(home, args.database_url or f"sqlite:///{home / 'bench.sqlite3'}")
        index = open_index(settings.index_dir, segmenter=segmenter, ranking=ranking, engine=args.engine,
                           database_url=settings.database_url)
        kb = KnowledgeBase(settings, index=index)
        report = kb.ingest([folder])
        if report.failed:
            print(f"not ingested: {report.failed}", file=sys.stderr)
        # from the store, not the report: a reused --home skips unchanged files
        with kb.store.session() as session:
            stored = session.execute(select(Document.id, Document.path)).all()
        laws_by_doc = {doc_id: files[Path(path).name] for doc_id, path in stored if Path(path).name in files}
        print(f"ingested {report.ingested} laws in {time.perf_counter() - started:.1f}s", file=sys.stderr)
        started = time.perf_counter()
        questions = load_questions(args.questions, args.with_choices)
        scores = evaluate(kb.index, questions, laws_by_doc)
        print(f"{len(questions)} questions in {time.perf_counter() - started:.1f}s", file=sys.stderr)
        kb.close()
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in scores.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
