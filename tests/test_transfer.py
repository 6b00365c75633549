"""``kb export`` / ``kb import``: a knowledge base moves from SQLite to a
real PostgreSQL server (``postgres_url`` in conftest) and back with the same
documents, ids, citations, duties and originals, and searches find the same
documents after the import rebuilt the index."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import Kb, drop_postgres_database, new_postgres_database
from kb.config import load_settings
from kb.core import KnowledgeBase
from kb.store.models import Base
from kb.transfer import FORMAT_VERSION

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PLAN = CORPUS / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"
NEWS = sorted((CORPUS / "tin-bai").iterdir())
SUBSET = [
    *sorted((CORPUS / "van-ban").iterdir()),  # PDF, DOCX, TXT; NĐ 99/2022 cites NĐ 21/2021
    *NEWS,
    CORPUS / "vbpl" / "ttlt-29-2025-tro-giup-phap-ly.html",
    CORPUS / "phap-dien" / "de-muc-6.4-phong-chong-mai-dam.html",
]
QUERIES = ("trẻ em bị bóc lột Tây Ninh", "tro giup phap ly mien phi", "phòng, chống mại dâm", "bồi thường thiệt hại")


def _run(kb: Kb, *args) -> dict:
    result = kb(*args, "--json")
    assert result.exit_code == 0, f"kb {' '.join(map(str, args))}: {result.stdout}{result.stderr}"
    return result.json()


def _opened(home: Path, url: str | None = None) -> KnowledgeBase:
    return KnowledgeBase(load_settings(home, url, "postgres" if url else None))


def _snapshot(kb: KnowledgeBase) -> dict:
    """Everything a reader sees of the store, and the top search hits."""
    from sqlalchemy import select

    from kb.store import Document

    with kb.store.session() as session:
        ids = sorted(session.scalars(select(Document.id)))
    return {
        "show": {doc_id: kb.show(doc_id) for doc_id in ids},
        "duties": kb.duties(),
        "entitlements": kb.entitlements(),
        "search": {q: [(h.doc_id, h.section) for h in kb.search(q, limit=5).hits] for q in QUERIES},
        "originals": {doc_id: kb.original_path(doc_id).read_bytes() for doc_id in ids},
    }


@pytest.fixture(scope="module")
def trip(tmp_path_factory, postgres_url):
    """SQLite → export → PostgreSQL → export → SQLite; the knowledge bases
    and export folders of each leg."""
    base = tmp_path_factory.mktemp("trip")
    source = Kb(base / "sqlite-home")
    code, report = source.ingest(*SUBSET)
    assert code == 0 and not report["failed"], report
    url = new_postgres_database(postgres_url)
    pg = Kb(base / "postgres-home")
    back = Kb(base / "sqlite-again")
    legs = {
        "export": _run(source, "export", base / "from-sqlite"),
        "import": _run(pg, "--database-url", url, "--search-engine", "postgres", "import", base / "from-sqlite"),
        "export_pg": _run(pg, "--database-url", url, "--search-engine", "postgres", "export", base / "from-postgres"),
        "import_back": _run(back, "import", base / "from-postgres"),
    }
    kbs = {"sqlite": _opened(source.home), "postgres": _opened(pg.home, url), "back": _opened(back.home)}
    yield {"base": base, "url": url, "legs": legs, "kbs": kbs, "cli": {"sqlite": source, "postgres": pg}}
    for kb in kbs.values():
        kb.close()
    drop_postgres_database(postgres_url, url)


def test_the_export_holds_every_table_and_original(trip):
    manifest = trip["legs"]["export"]
    folder = trip["base"] / "from-sqlite"
    assert manifest["format"] == "kb-export" and manifest["version"] == FORMAT_VERSION
    # every table as rows but the originals' bytes, which travel as files
    assert set(manifest["tables"]) == set(Base.metadata.tables) - {"originals"}
    for name, count in manifest["tables"].items():
        lines = (folder / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == count
        assert all(json.loads(line) for line in lines)
    assert manifest["tables"]["documents"] == len(SUBSET)
    assert manifest["tables"]["citations"] > 50 and manifest["tables"]["duties"] > 100
    assert manifest["files"] == len(SUBSET) and manifest["missing_files"] == []
    assert sorted(p.name for p in (folder / "files").iterdir()) == sorted(
        p.name for p in (trip["cli"]["sqlite"].home / "files").iterdir()
    )
    assert json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["tables"] == manifest["tables"]


def test_postgres_gets_the_same_knowledge_base(trip):
    report = trip["legs"]["import"]
    assert report["tables"] == trip["legs"]["export"]["tables"]
    assert report["indexed"] == len(SUBSET) and report["files"] == len(SUBSET)
    pg, lite = trip["kbs"]["postgres"], trip["kbs"]["sqlite"]
    assert pg.store.engine.dialect.name == "postgresql"
    assert _snapshot(pg) == _snapshot(lite)
    assert pg.check()["ok"]
    from sqlalchemy import func, select

    from kb.store import Original

    with pg.store.session() as session:  # a shared store keeps the originals for every app machine
        assert session.scalar(select(func.count(Original.name))) == len(SUBSET)
    hits = pg.search("trẻ em bị bóc lột Tây Ninh", limit=3).hits
    assert hits[0].number == "113/KH-UBND"
    citing = pg.show("99/2022/NĐ-CP")
    assert any(c["status"] == "resolved" and c["number"] == "21/2021/NĐ-CP" for c in citing["citations"])


def test_and_back_to_sqlite_unchanged(trip):
    back, lite = trip["kbs"]["back"], trip["kbs"]["sqlite"]
    assert back.store.engine.dialect.name == "sqlite"
    assert _snapshot(back) == _snapshot(lite)
    assert back.check()["ok"]
    # the PostgreSQL store exports exactly the rows the SQLite one did
    for table in set(Base.metadata.tables) - {"originals"}:
        first = (trip["base"] / "from-sqlite" / f"{table}.jsonl").read_bytes()
        assert (trip["base"] / "from-postgres" / f"{table}.jsonl").read_bytes() == first, table


def test_import_into_a_store_that_has_data_is_refused(trip):
    for name, options in (("sqlite", ()), ("postgres", ("--database-url", trip["url"], "--search-engine", "postgres"))):
        kb = trip["cli"][name]
        result = kb(*options, "import", trip["base"] / "from-sqlite", "--json")
        assert result.exit_code == 1
        assert "not empty" in result.json()["error"]
        text = kb(*options, "import", trip["base"] / "from-sqlite")
        assert text.exit_code == 1 and "đã có dữ liệu" in text.stderr
    assert trip["kbs"]["postgres"].check()["documents"] == len(SUBSET)


def test_export_refuses_a_folder_with_files_and_import_a_folder_without_manifest(trip, tmp_path):
    kb = trip["cli"]["sqlite"]
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "note.txt").write_text("x")
    result = kb("export", busy, "--json")
    assert result.exit_code == 1 and "empty" in result.json()["error"]
    assert sorted(p.name for p in busy.iterdir()) == ["note.txt"]
    result = Kb(tmp_path / "fresh")("import", busy, "--json")
    assert result.exit_code == 1 and "not a kb export folder" in result.json()["error"]


def test_an_imported_postgres_store_takes_new_ingests(tmp_path, postgres_db):
    """Rows keep their ids on import; the id sequences move past them, so the
    next ingest on PostgreSQL does not collide."""
    source = Kb(tmp_path / "source")
    assert source.ingest(PLAN, *NEWS[:2])[0] == 0
    _run(source, "export", tmp_path / "out")
    target = Kb(tmp_path / "target")
    report = _run(target, "--database-url", postgres_db, "--search-engine", "postgres", "import", tmp_path / "out")
    assert report["tables"]["documents"] == 3
    folder = tmp_path / "more"
    folder.mkdir()
    for src in NEWS[2:]:
        shutil.copy2(src, folder / src.name)
    result = target("--database-url", postgres_db, "--search-engine", "postgres", "ingest", folder, "--json")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.json()["ingested"] == len(NEWS) - 2
    kb = _opened(target.home, postgres_db)
    try:
        report = kb.check()
        assert report["ok"] and report["documents"] == report["indexed"] == len(NEWS) + 1
        assert kb.show("113/KH-UBND")["duties"] == Kb(tmp_path / "source").show("113/KH-UBND")["duties"]
    finally:
        kb.close()
