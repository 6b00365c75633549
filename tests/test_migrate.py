"""``kb migrate``: the Alembic revisions build the schema of kb/store/models.py
on PostgreSQL (a real server, ``postgres_url`` in conftest) and SQLite, and
a store made by ``open_store`` before migrations existed is taken over."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from conftest import Kb
from kb.store.migrate import head_revision
from kb.store.models import Base

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "corpus" / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"


def _schema_diff(url: str) -> list:
    """What autogenerate would change to make the database match the models
    (empty when the revisions build exactly the models' schema)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    finally:
        engine.dispose()


def _state(url: str) -> tuple[set[str], str | None]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names()), MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


@pytest.fixture(params=["postgresql", "sqlite"])
def empty_database(request, tmp_path) -> tuple[Kb, list[str], str]:
    """A kb driver, the global options that point it at an empty database
    of each backend (SQLite: the default file in a new KB_HOME), its URL."""
    kb = Kb(tmp_path / "home")
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_db")
        return kb, ["--database-url", url], url
    return kb, [], f"sqlite:///{tmp_path / 'home' / 'kb.sqlite3'}"


def test_migrate_builds_the_models_schema_and_it_stores_an_ingest(empty_database):
    kb, options, url = empty_database
    result = kb(*options, "migrate", "--json")
    assert result.exit_code == 0, result.stdout + result.stderr
    report = result.json()
    assert report["action"] == "created" and report["from"] is None and report["to"] == head_revision()
    tables, revision = _state(url)
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
    assert revision == head_revision()
    assert _schema_diff(url) == []

    ingest = kb(*options, "ingest", PLAN, "--json")
    assert ingest.exit_code == 0, ingest.stdout + ingest.stderr
    assert ingest.json()["ingested"] == 1
    shown = kb(*options, "show", "113/KH-UBND", "--json").json()
    assert shown["number"] == "113/KH-UBND" and shown["duties"] and shown["sections"]

    again = kb(*options, "migrate", "--json").json()
    assert again["action"] == "current" and again["from"] == again["to"] == head_revision()


def test_a_store_made_before_migrations_is_stamped_and_keeps_its_data(empty_database):
    kb, options, url = empty_database
    ingest = kb(*options, "ingest", PLAN, "--json")  # open_store's create_all, no alembic_version
    assert ingest.exit_code == 0, ingest.stdout + ingest.stderr
    assert _state(url) == (set(Base.metadata.tables), None)

    result = kb(*options, "migrate")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert head_revision() in result.stdout
    tables, revision = _state(url)
    assert revision == head_revision() and "alembic_version" in tables
    assert _schema_diff(url) == []
    assert kb(*options, "show", "113/KH-UBND", "--json").json()["number"] == "113/KH-UBND"
    assert kb(*options, "migrate", "--json").json()["action"] == "current"


def test_migrate_on_an_unreachable_database_is_a_clean_error(tmp_path, postgres_url):
    from sqlalchemy import make_url

    url = make_url(postgres_url).set(database="no_such_database").render_as_string(hide_password=False)
    result = Kb(tmp_path / "home")("--database-url", url, "migrate", "--json")
    assert result.exit_code == 1
    assert "no_such_database" in result.json()["error"]


def test_a_store_at_the_first_revision_is_upgraded_keeping_its_data(empty_database):
    """0001 → 0002 (the originals table): an ingest made at 0001 survives, and
    the upgraded store matches the models."""
    from alembic import command

    from kb.store.migrate import alembic_config

    kb, options, url = empty_database
    kb.home.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(connection=conn), "0001")
    finally:
        engine.dispose()
    tables, revision = _state(url)
    assert revision == "0001" and "originals" not in tables
    # this kb ingests before anyone runs migrate (open_store adds the missing table)
    result = kb(*options, "ingest", PLAN, "--json")
    assert result.exit_code == 0, result.stdout + result.stderr
    report = kb(*options, "migrate", "--json").json()
    assert report["action"] == "upgraded" and report["from"] == "0001" and report["to"] == head_revision()
    assert "originals" in _state(url)[0] and _schema_diff(url) == []
    assert kb(*options, "show", "113/KH-UBND", "--json").json()["number"] == "113/KH-UBND"
