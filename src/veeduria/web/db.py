"""The database as the web app sees it: one engine and the tables it reads and writes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from veeduria.store import Store
from veeduria.store._engine import WRITE
from veeduria.store.schema import event_mentions, event_reviews, events
from veeduria.web.cache import QueryCache


@dataclass(frozen=True)
class EventTables:
    """The events tables (docs/events-schema.md)."""

    events: sa.Table
    event_mentions: sa.Table
    event_reviews: sa.Table


TABLES = EventTables(events, event_mentions, event_reviews)


class Database:
    """The store and its engine. :meth:`open` migrates the schema to the newest revision."""

    def __init__(self, store: Store, *, cache: bool = True) -> None:
        self.store = store
        self.engine: Engine = store.engine
        self.t = TABLES
        self.cache = QueryCache(self.engine, enabled=cache)

    @classmethod
    def open(cls, url: str, *, cache: bool = True) -> Database:
        """Open (and migrate) the database; ``cache`` keeps aggregate results (SQLite)."""
        return cls(Store.open(url), cache=cache)

    def close(self) -> None:
        self.cache.close()
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
