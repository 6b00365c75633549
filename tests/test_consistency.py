"""The store and the search index agree, even when an ingest is killed.

``kb check`` compares them, ``kb check --repair`` (and every ingest, before
it starts) mends what an interrupted ingest left, and searches never show a
document the store does not hold.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from kb.config import load_settings
from kb.core import KnowledgeBase
from kb.search import IndexDoc, IndexSection, delete_documents, index_documents

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PLAN = CORPUS / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"
NEWS = sorted((CORPUS / "tin-bai").glob("*.txt"))


def _orphan(doc_id: str) -> IndexDoc:
    """An index entry for a document the store never held (text of the plan)."""
    text = PLAN.read_text(encoding="utf-8")
    return IndexDoc(
        doc_id=doc_id, number="113/KH-UBND", doc_type="Kế hoạch", title="Bản mồ côi", issuer=None, issued=None,
        province=None, status=None, path=None,
        sections=[IndexSection(section_id="van-ban", label=None, heading="", text=text)], text=text,
    )


def test_check_finds_both_disagreements_and_repair_mends_them(kb):
    code, report = kb.ingest(PLAN, *NEWS[:2])
    assert code == 0 and report["ingested"] == 3
    ok = kb("check", "--json")
    assert ok.exit_code == 0 and ok.json()["ok"] and ok.json()["documents"] == 3

    base = KnowledgeBase(load_settings(kb.home))
    try:
        plan_id = next(d["id"] for d in report["documents"] if d["number"] == "113/KH-UBND")
        delete_documents(base.index, [plan_id])  # stored, no longer findable
        index_documents(base.index, [_orphan("mo-coi-1")])  # findable, never stored
    finally:
        base.close()

    bad = kb("check", "--json")
    assert bad.exit_code == 1
    assert bad.json()["missing_from_index"] == [plan_id]
    assert bad.json()["not_stored"] == ["mo-coi-1"]
    # searches hide the entry the store lacks
    hits = kb("search", "chống trẻ em bị bóc lột Tây Ninh", "--json").json()["hits"]
    assert "mo-coi-1" not in {h["doc_id"] for h in hits}

    fixed = kb("check", "--repair", "--json")
    assert fixed.exit_code == 0 and fixed.json()["ok_after"]
    assert kb("check", "--json").json()["ok"]
    hits = kb("search", "chống trẻ em bị bóc lột Tây Ninh", "--json").json()["hits"]
    assert hits and hits[0]["doc_id"] == plan_id


def test_an_ingest_mends_what_an_interrupted_one_left(kb):
    kb.ingest(PLAN)
    base = KnowledgeBase(load_settings(kb.home))
    try:
        index_documents(base.index, [_orphan("mo-coi-2")])
    finally:
        base.close()
    code, _ = kb.ingest(NEWS[0])
    assert code == 0
    report = kb("check", "--json").json()
    assert report["ok"] and report["documents"] == 2


def _run_kb(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kb.cli", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=600)


def _integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_kill_9_during_ingest_never_breaks_agreement(tmp_path):
    """20 ingests killed at random moments (some replacing a changed file):
    after each, every stored document is in the index and no search shows
    an unstored one; then one full run completes the batch and agrees."""
    batch = tmp_path / "batch"
    batch.mkdir()
    for src in [PLAN, *NEWS, *sorted((CORPUS / "van-ban").glob("*.docx")), CORPUS / "van-ban" / "an_le_so_432021AL.pdf",
                CORPUS / "phap-dien" / "de-muc-6.4-phong-chong-mai-dam.html"]:
        shutil.copy2(src, batch / src.name)
    home = tmp_path / "home"
    rng = random.Random(20261201)
    total, partial = len(list(batch.iterdir())), 0
    for round_ in range(20):
        if round_ == 10:  # a changed plan: the next ingests replace it
            with open(batch / PLAN.name, "a", encoding="utf-8") as f:
                f.write("\nNơi nhận: như trên.\n")
        proc = subprocess.Popen([sys.executable, "-m", "kb.cli", "--home", str(home), "ingest", str(batch), "--json"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.8, 5.0))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        if not (home / "kb.sqlite3").exists():
            continue
        kb = KnowledgeBase(load_settings(home))  # read what the killed process left, in-process
        try:
            report = kb.check()
            partial += 0 < report["documents"] < total
            assert report["missing_from_index"] == [], f"round {round_}: stored but not searchable"
            for query in ("nạn nhân mua bán người", "Nghị định", "mại dâm"):
                hits = kb.search(query, limit=50).hits
                assert not {h.doc_id for h in hits} & set(report["not_stored"])
        finally:
            kb.close()
    assert partial >= 3, "the kills should interrupt the batch part-way several times"
    final = _run_kb(home, "ingest", str(batch), "--json")
    assert final.returncode == 0, final.stdout + final.stderr
    report = json.loads(_run_kb(home, "check", "--json").stdout)
    assert report["ok"], report
    assert report["documents"] == total
    assert _integrity(home / "kb.sqlite3") == "ok"
    for index_db in home.rglob("sections.sqlite3"):
        assert _integrity(index_db) == "ok"


def test_two_ingests_at_once_wait_for_each_other_and_searches_keep_working(tmp_path):
    """Two `kb ingest` processes on one home: both finish (each waits for
    the other's writes), nothing is lost, and searches run all the while."""
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    for src in [PLAN, *NEWS[:2], CORPUS / "van-ban" / "nghi_dinh_99_2022_ND_CP.docx"]:
        shutil.copy2(src, first / src.name)
    for src in [*NEWS[2:], CORPUS / "van-ban" / "nghi_dinh_21_2021_ND_CP.docx",
                CORPUS / "phap-dien" / "de-muc-6.4-phong-chong-mai-dam.html"]:
        shutil.copy2(src, second / src.name)
    home = tmp_path / "home"
    assert _run_kb(home, "ingest", str(PLAN)).returncode == 0  # something to search from the start
    procs = [subprocess.Popen([sys.executable, "-m", "kb.cli", "--home", str(home), "ingest", str(folder), "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
             for folder in (first, second)]
    searches = 0
    kb = KnowledgeBase(load_settings(home))
    try:
        while any(p.poll() is None for p in procs):
            hits = kb.search("trẻ em bị bóc lột Tây Ninh", limit=5).hits
            assert hits and hits[0].number == "113/KH-UBND"
            searches += 1
        outputs = [json.loads(p.communicate()[0]) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outputs
        assert all(not out["failed"] for out in outputs)
        report = kb.check()
    finally:
        kb.close()
    assert searches > 3
    files = {p.name for folder in (first, second) for p in folder.iterdir()}  # the plan is in both: one document
    assert report["ok"] and report["documents"] == len(files)
