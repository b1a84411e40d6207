"""Alembic environment for the store.

The store runs migrations programmatically (``veeduria.store.migrate``) and hands over an
open connection in ``config.attributes["connection"]``. Running ``alembic`` by hand also
works: the URL then comes from ``sqlalchemy.url`` or ``VEEDURIA_DB``.
"""

from __future__ import annotations

import os

import sqlalchemy as sa
from alembic import context

from veeduria.store._engine import create_engine
from veeduria.store.schema import metadata

config = context.config


def _run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or os.environ.get(
        "VEEDURIA_DB", "sqlite:///veeduria.db"
    )
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported for the veeduria store")
run_migrations_online()
