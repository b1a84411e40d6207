"""A full resolution refills its tables with their secondary indexes dropped and built again
at the end, in its transaction (``veeduria.store._bulk.indexes_deferred``, SQLite)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from store_dump import dump_tables

from veeduria import events as events_module
from veeduria.config import Settings
from veeduria.events import resolve_store
from veeduria.pipeline import run_ingest
from veeduria.store import Store
from veeduria.store._bulk import indexes_deferred
from veeduria.store.schema import event_mentions, events, resolution_members

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
TABLES = ("events", "event_mentions", "resolution_members", "resolution_blocks", "resolution_bands")


def _indexes(conn: sa.Connection) -> list[tuple[str, str, str | None]]:
    return sorted(
        (str(r[0]), str(r[1]), r[2])
        for r in conn.exec_driver_sql(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'"
        )
    )


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(f"sqlite:///{tmp_path / 'v.db'}")
    try:
        yield store
    finally:
        store.close()


def test_inside_the_block_only_the_unique_indexes_of_the_tables_are_left(
    sqlite_store: Store,
) -> None:
    with sqlite_store.engine.connect() as conn:
        before = _indexes(conn)
    ours = {"events", "event_mentions"}
    with sqlite_store.transaction() as conn:
        with indexes_deferred(conn, [events, event_mentions]):
            inside = _indexes(conn)
            # the tables' own indexes left are those of their keys (no SQL of their own)
            assert {(n, t) for n, t, sql in inside if t in ours and sql is not None} == set()
            assert [i for i in inside if i[1] not in ours] == [
                i for i in before if i[1] not in ours
            ]
            assert any(t in ours and sql is None for _, t, sql in inside)
        assert _indexes(conn) == before
    with sqlite_store.engine.connect() as conn:
        assert _indexes(conn) == before
        # a secondary index really serves the lookups again
        plan = " ".join(
            str(r[-1])
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT event_id FROM event_mentions WHERE mention_id = 'x'"
            )
        )
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan


def test_a_block_that_raises_leaves_the_indexes_and_keys_checked(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as conn:
        before = _indexes(conn)
    row = {"mention_id": "m", "doc_id": "d", "cluster_id": "c", "component": "k"}
    with pytest.raises(IntegrityError):  # the primary key is still checked inside
        with sqlite_store.transaction() as conn:
            with indexes_deferred(conn, [resolution_members]):
                conn.execute(resolution_members.insert(), [row])
                conn.execute(resolution_members.insert(), [row])
    with sqlite_store.engine.connect() as conn:
        assert _indexes(conn) == before
        assert (
            conn.execute(sa.select(sa.func.count()).select_from(resolution_members)).scalar() == 0
        )


def test_a_first_resolution_writes_what_it_writes_with_the_indexes_kept(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same rows and the same indexes as a run that inserts into indexed tables;
    and a full run over stored events (whose indexes stay) changes nothing."""
    deferred = f"sqlite:///{tmp_path / 'deferred.db'}"
    kept = f"sqlite:///{tmp_path / 'kept.db'}"
    with Store.open(deferred) as store:
        report = run_ingest([str(SAMPLE)], settings, store)
        again = resolve_store(store, full=True)
        assert (again.written, again.deleted, again.unchanged) == (0, 0, report.events)

    @contextlib.contextmanager
    def nothing(conn: sa.Connection, tables: object) -> Iterator[None]:
        yield

    monkeypatch.setattr(events_module, "indexes_deferred", nothing)
    with Store.open(kept) as store:
        run_ingest([str(SAMPLE)], settings, store)
    volatile = {"updated_at"}
    tables = {t: volatile if t == "events" else set() for t in TABLES}
    assert dump_tables(deferred, tables) == dump_tables(kept, tables)
    indexes = []
    for url in (deferred, kept):
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            indexes.append(_indexes(conn))
        engine.dispose()
    assert indexes[0] == indexes[1]
    assert any(t == "resolution_blocks" and sql for _, t, sql in indexes[0])
