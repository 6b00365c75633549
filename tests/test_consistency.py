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

from kb import indexdir
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


def _run_kb(home: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kb.cli", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=600, env=env)


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


# --- reindex: the new index is swapped in atomically --------------------------

QUERY = "trẻ em bị bóc lột Tây Ninh"  # finds the plan


def _env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("KB_SEARCH_ENGINE", indexdir.PAUSE_ENV)}
    return {**env, **extra}


def _index_entries(home: Path) -> list[str]:
    return sorted(p.name for p in home.iterdir() if p.name == "index" or p.name.startswith("index."))


def _assert_agrees(kb, total: int, what: str) -> None:
    """`kb check --json` is ok and a search finds the plan (in-process CLI)."""
    out = kb("check", "--json")
    report = out.json()
    where = f"{what}: {_index_entries(kb.home)}"
    assert out.exit_code == 0 and report["ok"], f"{where}: {report}"
    assert report["documents"] == report["indexed"] == total, f"{where}: {report}"
    hits = kb("search", QUERY, "--json").json()["hits"]
    assert hits and hits[0]["number"] == "113/KH-UBND", f"{where}: {hits}"


def _reindex_killed(home: Path, rng: random.Random, at_step: str | None = None, after: float = 0.0,
                    pause: float = 0.4) -> bool:
    """A `kb reindex` killed with SIGKILL: right after ``at_step`` (the test
    hook of kb.indexdir makes it wait ``pause`` s there), else ``after``
    seconds after its start. Returns whether it was killed before the end."""
    env = _env(**({indexdir.PAUSE_ENV: f"{at_step}={pause}"} if at_step else {}))
    proc = subprocess.Popen([sys.executable, "-m", "kb.cli", "--home", str(home), "reindex", "--json"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE if at_step else subprocess.DEVNULL,
                            text=True, env=env)
    try:
        if at_step:
            seen = []
            for line in proc.stderr:
                if line.strip() == f"kb-reindex-step {at_step}":
                    time.sleep(rng.uniform(0.0, pause * 0.6))
                    break
                seen.append(line)
            else:  # ended without reaching the step: say why
                proc.wait()
                print(f"kb reindex exited {proc.returncode} before {at_step}:", "".join(seen), file=sys.stderr)
        else:
            time.sleep(after)
        killed = proc.poll() is None
        if killed:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return killed
    finally:
        if proc.stderr:
            proc.stderr.close()


def test_kill_9_during_reindex_always_leaves_a_complete_index(tmp_path, kb):
    """`kb reindex` killed at random moments, some right after each step of
    the swap (build, seal, moving an old plain `index` directory aside,
    linking, removing the old generation): after every kill `kb check` is ok
    and searches find documents, a reader opened all along keeps working and
    follows the swaps; the next ingest removes the leftovers, and a final
    reindex completes with one generation left."""
    batch = tmp_path / "batch"
    batch.mkdir()
    for src in [PLAN, *NEWS]:
        shutil.copy2(src, batch / src.name)
    total = len(NEWS) + 1
    home = kb.home
    code, report = kb.ingest(batch)
    assert code == 0 and report["ingested"] == total
    assert (home / "index").is_dir() and not (home / "index").is_symlink()  # the plain layout of a first ingest
    plain = tmp_path / "plain-home"
    shutil.copytree(home, plain, symlinks=True)
    rng = random.Random(20261202)
    kills, reached = 0, set()

    # 1. the first reindex of a plain `index` directory (an older layout)
    for step in ("building", "sealed", "moved", "swapped", "removing"):
        shutil.rmtree(home)
        shutil.copytree(plain, home, symlinks=True)
        assert _reindex_killed(home, rng, step), f"the reindex ended before {step}"
        kills += 1
        reached.add(step)
        if step == "moved":  # the one instant without `index`: readers take the sealed generation
            assert not os.path.lexists(home / "index"), _index_entries(home)
        else:
            assert (home / "index").is_dir(), f"{step}: {_index_entries(home)}"
        _assert_agrees(kb, total, f"plain layout, killed after {step}")

    # 2. reindexes of the generation layout, with a reader open all along (kb serve)
    started = time.monotonic()
    final = _run_kb(home, "reindex", "--json", env=_env())
    full_run = time.monotonic() - started
    assert final.returncode == 0, final.stdout + final.stderr
    reader = KnowledgeBase(load_settings(home))
    try:
        assert reader.search(QUERY, limit=3).hits
        steps = ["building", "built", "sealed", "removing", "swapped", "released"] * 2
        randoms = [rng.uniform(0.3, 1.1) * full_run for _ in range(6)]
        for n, plan in enumerate(steps + randoms):
            if isinstance(plan, str):
                killed = _reindex_killed(home, rng, plan)
                assert killed or plan == "removing", f"the reindex ended before {plan}"
            else:
                killed = _reindex_killed(home, rng, after=plan)
            kills += killed
            if killed and isinstance(plan, str):
                reached.add(plan)
            what = f"round {n}, killed {'after ' + plan if isinstance(plan, str) else f'at {plan:.2f} s'}"
            assert (home / "index").is_dir(), f"{what}: {_index_entries(home)}"
            _assert_agrees(kb, total, what)
            # the long-lived reader reads what the link names now
            hits = reader.search(QUERY, limit=3).hits
            assert hits and hits[0].number == "113/KH-UBND", what
            assert reader.index.path.name == os.readlink(home / "index"), what
            assert reader.check()["ok"], what
        assert kills >= 20, kills
        assert reached >= {"building", "built", "sealed", "moved", "swapped", "released", "removing"}, reached

        final = _run_kb(home, "reindex", "--json", env=_env())
        assert final.returncode == 0 and json.loads(final.stdout) == {"indexed": total}, final.stdout + final.stderr
        assert reader.search(QUERY, limit=3).hits
        assert reader.index.path.name == os.readlink(home / "index")
    finally:
        reader.close()

    # leftovers of a killed reindex go at the next ingest
    assert _reindex_killed(home, rng, "sealed")
    live = os.readlink(home / "index")
    assert len(_index_entries(home)) > 2
    code, report = kb.ingest(PLAN)
    assert code == 0 and report["unchanged"] == 1
    assert _index_entries(home) == sorted(["index", live])
    final = _run_kb(home, "reindex", "--json", env=_env())
    assert final.returncode == 0, final.stdout + final.stderr
    entries = _index_entries(home)
    assert entries == sorted(["index", os.readlink(home / "index")]) and live not in entries, entries
    _assert_agrees(kb, total, "after the final reindex")
    for index_db in home.rglob("sections.sqlite3"):
        assert _integrity(index_db) == "ok"


def test_a_reader_opened_before_a_reindex_reads_the_new_index(tmp_path, monkeypatch):
    """A KnowledgeBase that stays open (as `kb serve` holds one) follows
    reindexes done by other processes, across engines: an old plain Whoosh
    `index` directory, then FTS5, then Whoosh again. The generation it holds
    is not removed under it, and goes once it is closed."""
    monkeypatch.delenv("KB_SEARCH_ENGINE", raising=False)
    home = tmp_path / "home"
    made = _run_kb(home, "ingest", str(PLAN), str(NEWS[0]), "--json", env=_env(KB_SEARCH_ENGINE="whoosh"))
    assert made.returncode == 0, made.stdout + made.stderr
    assert any((home / "index").glob("_sections_*.toc")) and not (home / "index").is_symlink()

    reader = KnowledgeBase(load_settings(home))
    try:
        assert reader.index.engine == "whoosh"  # the old Whoosh-only directory stays on Whoosh
        assert reader.search(QUERY, limit=3).hits[0].number == "113/KH-UBND"

        for engine in ("fts5", "whoosh"):
            before = reader.index
            env = _env(**({"KB_SEARCH_ENGINE": engine} if engine != "fts5" else {}))
            proc = subprocess.Popen([sys.executable, "-m", "kb.cli", "--home", str(home), "reindex", "--json"],
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
            searches = 0
            while proc.poll() is None:  # searches keep working through the swap
                assert reader.search(QUERY, limit=3).hits[0].number == "113/KH-UBND"
                searches += 1
            assert proc.wait() == 0 and json.loads(proc.stdout.read()) == {"indexed": 2}
            proc.stdout.close()
            assert searches > 3
            live = os.readlink(home / "index")
            hits = reader.search(QUERY, limit=3).hits
            assert hits and hits[0].number == "113/KH-UBND"
            assert reader.index is not before and reader.index.engine == engine
            assert reader.index.path == home / live
            assert reader.check()["ok"]
            # the old generation was kept for the reader that still held it
            assert before.path.exists(), _index_entries(home)
        # a second reader gets the live generation directly
        other = KnowledgeBase(load_settings(home))
        try:
            assert other.index.path == reader.index.path and other.index.engine == "whoosh"
        finally:
            other.close()
    finally:
        reader.close()
    done = _run_kb(home, "reindex", "--json", env=_env())
    assert done.returncode == 0, done.stdout + done.stderr
    assert _index_entries(home) == sorted(["index", os.readlink(home / "index")])


def test_an_index_link_or_directory_lost_by_hand_or_by_an_older_version(kb):
    """What an older version's reindex left when killed between its two
    renames (`index.old` and a complete `index.new`, no `index`) is read as
    is and finished by the next ingest; a removed link falls back to the
    newest sealed generation; a removed generation directory gives an empty
    index that `kb check --repair` fills."""
    code, _ = kb.ingest(PLAN, NEWS[0])
    assert code == 0
    home = kb.home
    os.replace(home / "index", home / "index.old")
    shutil.copytree(home / "index.old", home / "index.new")
    _assert_agrees(kb, 2, "an older version's interrupted swap")
    code, report = kb.ingest(PLAN)
    assert code == 0 and report["unchanged"] == 1
    assert _index_entries(home) == ["index"] and (home / "index").is_dir()

    assert kb("reindex", "--json").json() == {"indexed": 2}
    live = os.readlink(home / "index")
    os.unlink(home / "index")
    _assert_agrees(kb, 2, "the link removed")
    assert kb("check", "--repair", "--json").exit_code == 0
    assert os.readlink(home / "index") == live  # a writer links it again

    shutil.rmtree(home / live)
    broken = kb("check", "--json")
    assert broken.exit_code == 1 and len(broken.json()["missing_from_index"]) == 2
    assert kb("check", "--repair", "--json").json()["ok_after"]
    _assert_agrees(kb, 2, "the generation removed, then repaired")
