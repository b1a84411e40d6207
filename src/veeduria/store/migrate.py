"""Run the packaged Alembic migrations programmatically.

The migration scripts ship inside the package (``veeduria/store/migrations``), so this works
from an installed wheel and from any working directory: no ``alembic.ini`` is needed.
"""

from __future__ import annotations

import logging
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy.engine import Engine

from veeduria.errors import StorageError
from veeduria.store._engine import WRITE, mask_url

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: Key for ``pg_advisory_xact_lock``: one migrator at a time per PostgreSQL database.
_PG_LOCK_KEY = 0x76656564  # "veed"


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """An Alembic config pointing at the packaged scripts, optionally bound to a connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision this version of veeduria knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migration scripts found"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Migrate the database to ``revision`` in one transaction.

    Returns:
        The revisions before and after.

    Raises:
        StorageError: the database is at a revision this version does not know (it was
            migrated by a newer veeduria), or a migration failed.
    """
    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect().execution_options(**{WRITE: True}) as conn:
        with conn.begin():
            if conn.dialect.name == "postgresql":
                # Two processes opening a new database at once must not both create tables.
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            before = MigrationContext.configure(conn).get_current_revision()
            if before is not None and _unknown(script, before):
                raise StorageError(
                    f"database {mask_url(engine.url)} is at schema revision {before!r}, which "
                    "this version of veeduria does not know: upgrade veeduria",
                    code="E303",
                )
            target = script.get_current_head() if revision == "head" else revision
            if before != target:
                logger.info("migrating %s from %s to %s", mask_url(engine.url), before, target)
                try:
                    command.upgrade(alembic_config(conn), revision)
                except CommandError as err:
                    raise StorageError(f"migration failed: {err}", code="E304") from err
            after = MigrationContext.configure(conn).get_current_revision()
    return before, after


def _unknown(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is None
    except CommandError:
        return True
