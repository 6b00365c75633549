"""Schema migrations of the store with Alembic (``kb migrate``).

Public surface:
    migrate(url)             bring the database at a SQLAlchemy URL to the newest revision
    head_revision()          the newest revision this version of kb knows
    alembic_config(url)      Alembic's configuration for the package's environment

The environment lives in ``kb/store/migrations`` and is configured here in
code: no alembic.ini is needed. :func:`kb.store.open_store` still creates a
missing schema by itself, so a store that never saw ``kb migrate`` works; the
first migrate records it as current ("stamped").
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, make_url
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from kb.errors import KBError
from kb.store import PG_SCHEMA_LOCK_KEY, PG_WRITE_LOCK_KEY, _add_missing_columns, make_engine
from kb.store.models import Base

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str | None = None, connection: Connection | None = None):
    """An Alembic ``Config`` for the store's migrations, on a URL or on an
    open connection (which then carries the migration's transaction)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision of this version of kb."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at (None: never migrated)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def migrate(url: str) -> dict:
    """Upgrade the store at ``url`` to :func:`head_revision`, in one
    transaction where the backend allows (PostgreSQL: also under the write
    and schema locks, so two migrations, or a migration and an ingest or a
    process creating the tables, never overlap).

    A store created by :func:`kb.store.open_store` (tables, no Alembic
    version) is first completed to the current models, then stamped at head.

    Returns:
        ``{"database", "backend", "from", "to", "action"}``; action is
        "created", "upgraded", "stamped" or "current".

    Raises:
        KBError: the database is at a revision this kb does not know (made by
            a newer version), or cannot be reached.
    """
    from alembic import command
    from alembic.util import CommandError

    engine = make_engine(url)
    shown = make_url(url).render_as_string(hide_password=True)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # after running ingests; before opening processes
                for key in (PG_WRITE_LOCK_KEY, PG_SCHEMA_LOCK_KEY):
                    conn.execute(sql_text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
            before = current_revision(conn)
            config = alembic_config(connection=conn)
            head = head_revision()
            if before is None and set(inspect(conn).get_table_names()) & set(Base.metadata.tables):
                Base.metadata.create_all(conn)
                _add_missing_columns(conn)
                command.stamp(config, "head")
                action = "stamped"
            else:
                action = "created" if before is None else ("current" if before == head else "upgraded")
            try:
                command.upgrade(config, "head")
            except CommandError as exc:
                raise KBError(
                    f"cơ sở dữ liệu ở phiên bản lược đồ {before!r} mà bản kb này không biết (do bản kb mới hơn tạo?) — "
                    f"the database's schema revision is unknown to this version of kb: {exc}"
                ) from None
            after = current_revision(conn)
    except (SQLAlchemyError, OSError) as exc:  # connection refused, permissions, …
        raise KBError(f"không nâng cấp được cơ sở dữ liệu {shown} — migration failed: {exc}") from exc
    finally:
        engine.dispose()
    return {"database": shown, "backend": engine.dialect.name, "from": before, "to": after, "action": action}
