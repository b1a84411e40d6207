"""The database as the web app sees it: one engine and the tables it reads and writes.

The events tables (``events``, ``event_mentions``, ``event_reviews``; migration 0002, see
docs/events-schema.md) are reflected from the database, so the dashboard depends on the
documented contract, not on the Python module that defines them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from veeduria.errors import StorageError
from veeduria.store import Store
from veeduria.store._engine import WRITE
from veeduria.store.accounts import ACCOUNT_TABLES

EVENT_TABLES = ("events", "event_mentions", "event_reviews")


@dataclass(frozen=True)
class EventTables:
    events: sa.Table
    event_mentions: sa.Table
    event_reviews: sa.Table


class Database:
    """The store's engine plus the reflected events tables.

    Use :meth:`open`: it migrates the schema to the newest revision (as every command does).
    """

    def __init__(self, store: Store, tables: EventTables) -> None:
        self.store = store
        self.engine: Engine = store.engine
        self.t = tables

    @classmethod
    def open(cls, url: str) -> Database:
        store = Store.open(url)
        try:
            tables = reflect_event_tables(store.engine)
        except Exception:
            store.close()
            raise
        return cls(store, tables)

    def close(self) -> None:
        self.store.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[sa.Connection]:
        """One transaction that takes the write lock up front (SQLite ``BEGIN IMMEDIATE``)."""
        with self.engine.connect().execution_options(**{WRITE: True}) as conn:
            with conn.begin():
                yield conn


def reflect_event_tables(engine: Engine) -> EventTables:
    """Reflect the events tables; a database without them cannot serve the dashboard.

    Raises:
        StorageError: the tables (or the account tables) are missing.
    """
    present = set(sa.inspect(engine).get_table_names())
    missing = [n for n in (*EVENT_TABLES, *(t.name for t in ACCOUNT_TABLES)) if n not in present]
    if missing:
        raise StorageError(
            f"the database has no {', '.join(missing)} table(s): run 'veeduria db migrate' "
            "with this version of veeduria",
            code="E307",
        )
    meta = sa.MetaData()
    tables = {name: sa.Table(name, meta, autoload_with=engine) for name in EVENT_TABLES}
    return EventTables(**tables)
