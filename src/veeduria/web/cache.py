"""A small cache of query results that is never stale, for SQLite databases.

Aggregates over all events (the timeline, the totals, the map's grid) cost a scan of the
dashboard index each time, and many people look at the same views. On SQLite the cache keys
each result with ``PRAGMA data_version`` read on a private read-only connection: the value
changes whenever any other connection or process commits, so a review, an ingest or a
resolution run empties the cache at its next lookup. Other databases are not cached.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from sqlalchemy.engine import Engine

logger = logging.getLogger(__name__)

T = TypeVar("T")


class QueryCache:
    """Least-recently-used results, valid for one data version of the database."""

    def __init__(self, engine: Engine, *, size: int = 256, enabled: bool = True) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[Hashable, object] = OrderedDict()
        self._version: int | None = None
        self._watch: sqlite3.Connection | None = None
        database = engine.url.database
        if enabled and engine.dialect.name == "sqlite" and database not in {None, "", ":memory:"}:
            try:
                self._watch = sqlite3.connect(
                    f"file:{database}?mode=ro", uri=True, check_same_thread=False
                )
            except sqlite3.Error as err:  # the app works without the cache
                logger.warning("query cache disabled: %s", err)
        self.hits = 0
        self.misses = 0

    @property
    def enabled(self) -> bool:
        return self._watch is not None

    def close(self) -> None:
        with self._lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
            self._items.clear()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached result for ``key``, computing it when missing or out of date."""
        if self._watch is None:
            return compute()
        with self._lock:
            version = int(self._watch.execute("PRAGMA data_version").fetchone()[0])
            if version != self._version:
                self._items.clear()
                self._version = version
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                return self._items[key]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            if self._version == version:
                self._items[key] = value
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
            self.misses += 1
        return value
