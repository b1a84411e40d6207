"""Engines for SQLite and PostgreSQL, with the connection settings the store relies on."""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from veeduria.errors import StorageError

logger = logging.getLogger(__name__)

#: Execution option that makes SQLite take the write lock at BEGIN (``BEGIN IMMEDIATE``).
WRITE = "veeduria_write"
#: Seconds a SQLite connection waits for another writer before failing.
SQLITE_BUSY_TIMEOUT_MS = 30_000
#: Bytes per page of a new SQLite file (SQLite's default is 4,096). A mention row is about
#: 2 KB and an event row 1-7 KB, so at 4 KB most pages held one row and half their space
#: was lost: the 10,000-document benchmark store is 547 MB at 4 KB and 464 MB at 16 KB
#: (mentions 183 -> 114 MB), for the same CPU time writing it. An existing file keeps
#: its page size (``VACUUM`` outside WAL mode would change it).
SQLITE_PAGE_SIZE = 16_384


def parse_url(url: str) -> URL:
    """Parse a database URL; plain ``postgresql://`` means the psycopg 3 driver."""
    try:
        parsed = make_url(url)
    except ArgumentError as err:
        raise StorageError(
            f"invalid database URL {url!r}: expected sqlite:///FILE or "
            "postgresql+psycopg://USER@HOST/NAME",
            code="E301",
        ) from err
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in {"sqlite", "postgresql"}:
        raise StorageError(
            f"unsupported database {parsed.get_backend_name()!r} in {mask_url(url)}: "
            "use sqlite:///FILE or postgresql+psycopg://...",
            code="E301",
        )
    return parsed


def mask_url(url: str | URL) -> str:
    """The URL with any password replaced by ``***``, safe for logs and output."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        return "<invalid URL>"
    return parsed.render_as_string(hide_password=True)


def create_engine(url: str | URL) -> Engine:
    """An engine with WAL and foreign keys on SQLite, and real transactions on both backends."""
    parsed = parse_url(url) if isinstance(url, str) else url
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        kwargs["pool_pre_ping"] = True
    try:
        engine = sa.create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ModuleNotFoundError) as err:
        raise StorageError(
            f"no database driver for {mask_url(parsed)}: install it with "
            "pip install 'veeduria[postgres]'",
            code="E302",
        ) from err
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself: the sqlite3 module's legacy transaction control
        # skips BEGIN before SELECT, DDL and SAVEPOINT, which breaks savepoints and
        # transactional migrations.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            # Before WAL is set, so that it sticks in a new file (an existing one keeps its
            # own): see SQLITE_PAGE_SIZE.
            cursor.execute(f"PRAGMA page_size = {SQLITE_PAGE_SIZE}")
            cursor.execute("PRAGMA journal_mode = WAL")
            # NORMAL is durable against a crashed or killed process in WAL mode; only a power
            # loss can lose the last commits, never corrupt the file.
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        # A writer takes the lock up front, so it waits (busy_timeout) instead of failing
        # later when a read lock cannot be upgraded.
        if conn.get_execution_options().get(WRITE):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")
