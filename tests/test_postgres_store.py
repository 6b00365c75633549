"""The store on a real PostgreSQL server (``postgres_url`` in conftest):
the same corpus ingested into SQLite and into PostgreSQL gives the same
``kb show`` records (sections, citations and their resolution, cited-by,
duties), the same duty and entitlement lists, and the write lock holds
across machines that share one database."""

from __future__ import annotations

import shutil
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import drop_postgres_database, new_postgres_database
from kb.config import load_settings
from kb.core import KnowledgeBase
from kb.errors import KBError
from kb.store import Document, Duty
from kb.store.models import Section

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PLAN = CORPUS / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"
# real documents of every format, with resolved citations (NĐ 99/2022 cites
# NĐ 21/2021), many duties (Pháp điển 6.4, TTLT 29/2025) and news reports
SUBSET = [
    *sorted((CORPUS / "van-ban").iterdir()),
    *sorted((CORPUS / "tin-bai").iterdir()),
    CORPUS / "vbpl" / "ttlt-29-2025-tro-giup-phap-ly.html",
    CORPUS / "vbpl" / "luat-tre-em-102-2016-qh13.html",
    CORPUS / "phap-dien" / "de-muc-6.4-phong-chong-mai-dam.html",
]


def _ingested(home: Path, database_url: str | None = None) -> tuple[KnowledgeBase, dict]:
    # PostgreSQL: the whole deployment there, store and search index
    kb = KnowledgeBase(load_settings(home, database_url, "postgres" if database_url else None))
    report = kb.ingest(SUBSET).as_dict()
    assert not report["failed"], report["failed"]
    return kb, report


@pytest.fixture(scope="module")
def on_sqlite(tmp_path_factory):
    kb, report = _ingested(tmp_path_factory.mktemp("sqlite") / "home")
    yield kb, report
    kb.close()


@pytest.fixture(scope="module")
def on_postgres(tmp_path_factory, postgres_url):
    url = new_postgres_database(postgres_url)
    kb, report = _ingested(tmp_path_factory.mktemp("postgres") / "home", url)
    assert kb.store.engine.dialect.name == "postgresql"
    yield kb, report
    kb.close()
    drop_postgres_database(postgres_url, url)


def test_ingest_reports_agree(on_sqlite, on_postgres):
    assert on_postgres[1] == on_sqlite[1]
    assert on_postgres[1]["ingested"] == len(SUBSET)


def test_show_is_the_same_on_both_stores(on_sqlite, on_postgres):
    lite, pg = on_sqlite[0], on_postgres[0]
    ids = [doc["id"] for doc in on_sqlite[1]["documents"]]
    for doc_id in ids:
        assert pg.show(doc_id) == lite.show(doc_id), doc_id
    # not a comparison of empty records: a citation resolved in both directions
    cited = pg.show("21/2021/NĐ-CP")
    citing = pg.show("99/2022/NĐ-CP")
    assert any(c["doc_id"] == citing["id"] for c in cited["cited_by"])
    assert any(c["target_id"] == cited["id"] and c["status"] == "resolved" for c in citing["citations"])
    ttlt = pg.show("29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC")
    assert len(ttlt["duties"]) > 10 and len(ttlt["citations"]) > 10 and len(ttlt["sections"]) > 10
    # a number in another spelling finds the same document
    assert pg.show("113 / KH-UBND")["id"] == lite.show("113/KH-UBND")["id"]


def test_duty_and_entitlement_lists_are_the_same(on_sqlite, on_postgres):
    lite, pg = on_sqlite[0], on_postgres[0]
    everything = pg.duties()
    assert len(everything) > 100
    assert everything == lite.duties()  # same rows in the same order (NULL dates and agency names sort alike)
    for agency in ("Bộ Công an", "Sở LĐTBXH", "ủy ban nhân dân cấp tỉnh"):
        assert pg.duties(agency) == lite.duties(agency), agency
    assert pg.duties("Bộ Công an")
    assert pg.entitlements() == lite.entitlements()
    assert pg.entitlements("trợ giúp pháp lý") == lite.entitlements("trợ giúp pháp lý")


def test_search_finds_the_same_documents(on_sqlite, on_postgres):
    for query in ("trẻ em bị bóc lột Tây Ninh", "tro giup phap ly mien phi", "phòng, chống mại dâm"):
        lite = [hit.doc_id for hit in on_sqlite[0].search(query, limit=5).hits]
        assert lite and [hit.doc_id for hit in on_postgres[0].search(query, limit=5).hits] == lite, query


def test_reingest_and_replacement_on_postgres(tmp_path, postgres_db):
    folder = tmp_path / "in"
    folder.mkdir()
    plan = Path(shutil.copy2(PLAN, folder / PLAN.name))
    kb = KnowledgeBase(load_settings(tmp_path / "home", postgres_db))
    try:
        first = kb.ingest([folder])
        assert first.ingested == 1 and not first.failed
        assert kb.ingest([folder]).unchanged == 1
        old = kb.show("113/KH-UBND")
        plan.write_text(plan.read_text(encoding="utf-8") + "\nVăn bản được sửa lại.\n", encoding="utf-8")
        second = kb.ingest([folder])
        assert second.ingested == 1 and not second.failed
        new = kb.show("113/KH-UBND")
        assert new["id"] == old["id"] and len(new["duties"]) == len(old["duties"])
        with kb.store.session() as session:  # the old version's rows went with it (ON DELETE CASCADE / ORM)
            assert session.scalar(select(func.count(Document.id))) == 1
            assert session.scalar(select(func.count(Duty.id))) == len(new["duties"])
            assert session.scalar(select(func.count(Section.id))) == len(new["sections"])
    finally:
        kb.close()


def test_postgres_stores_what_sqlite_stores(tmp_path, postgres_db):
    """Text longer than the old String(n) columns, and NUL (which a PDF's
    text layer may hold and PostgreSQL's text cannot: stored as U+FFFD, so
    character offsets stay right)."""
    kb = KnowledgeBase(load_settings(tmp_path / "home", postgres_db))
    long_name = "Ủy ban nhân dân " * 40
    try:
        with kb.store.session() as session:
            doc = Document(
                id="doc-long", number="1/KH-UBND", issuer=long_name, place="x" * 300, signer="y" * 300,
                path="/tmp/long.txt", file_hash="0" * 64, file_size=1, format="txt", stored_name="x.txt",
                ingested_at=datetime(2026, 1, 1), text="Điều 1.\x00 Nội dung", source_text="a\x00b",
            )
            doc.duties.append(Duty(agency=long_name, agency_key=long_name.lower(), role="chủ trì",
                                   task="t", section="Điều 1 " * 50, start=0, end=5))
            doc.sections.append(Section(ordinal=0, kind="dieu", label="Điều 1 " * 50, heading="", anchor="a" * 300,
                                        level=0, start=0, end=8))
            session.add(doc)
        shown = kb.show("doc-long")
        assert shown["issuer"] == long_name and shown["duties"][0]["agency"] == long_name
        assert shown["sections"][0]["text"] == "Điều 1.\ufffd"
    finally:
        kb.close()


def test_the_write_lock_holds_across_machines_sharing_a_database(tmp_path, postgres_db):
    """Two knowledge bases with their own KB_HOME (two machines) on one
    PostgreSQL database: while one writes, the other waits, then fails with
    a clear error; it gets the lock once the first is done."""
    first = KnowledgeBase(load_settings(tmp_path / "machine-a", postgres_db))
    second = KnowledgeBase(load_settings(tmp_path / "machine-b", postgres_db))
    try:
        with first.writing():
            started = time.monotonic()
            with pytest.raises(KBError, match="another machine sharing the database"):
                with second.writing(timeout=0.6):
                    pytest.fail("both machines held the write lock")
            assert time.monotonic() - started >= 0.6

        released = threading.Event()

        def hold_for_a_while():
            with first.writing():
                released.wait(5)
                time.sleep(0.5)

        holder = threading.Thread(target=hold_for_a_while)
        holder.start()
        time.sleep(0.3)
        released.set()
        started = time.monotonic()
        with second.writing(timeout=30):  # waits for the other machine, then writes
            waited = time.monotonic() - started
        holder.join()
        assert waited >= 0.3
        with first.writing(timeout=1):  # and nothing is left held
            pass
    finally:
        first.close()
        second.close()


def test_two_databases_on_one_server_do_not_share_the_lock(tmp_path, postgres_url, postgres_db):
    other = new_postgres_database(postgres_url)
    first = KnowledgeBase(load_settings(tmp_path / "a", postgres_db))
    second = KnowledgeBase(load_settings(tmp_path / "b", other))
    try:
        with first.writing(), second.writing(timeout=1):
            pass
    finally:
        first.close()
        second.close()
        drop_postgres_database(postgres_url, other)


def test_processes_opening_a_new_database_together_all_succeed(postgres_db):
    """Web workers starting at once on an empty database: one creates the
    tables, the others wait for it (without the lock, CREATE TABLE races)."""
    from kb.store import open_store

    errors: list[BaseException] = []
    barrier = threading.Barrier(6)

    def open_one():
        barrier.wait()
        try:
            open_store(postgres_db).close()
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
