"""Fixtures for the export tests: a store holding a few invented events."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from events_factory import fill

from veeduria.store import Store


@pytest.fixture
def events_store(db_url: str) -> Iterator[Store]:
    """A migrated store (SQLite and PostgreSQL) with the events of ``events_factory``."""
    store = Store.open(db_url)
    try:
        fill(store)
        yield store
    finally:
        store.close()
