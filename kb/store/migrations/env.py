"""Alembic's environment for the store: online migrations only, on the
connection (or URL) that :func:`kb.store.migrate.alembic_config` puts in
the configuration; no alembic.ini."""

from __future__ import annotations

from alembic import context

from kb.store import make_engine
from kb.store.models import Base

config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: later revisions copy-and-move tables
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()
