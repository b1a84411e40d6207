"""Exports stream: memory does not grow with the number of events."""

from __future__ import annotations

import datetime as dt
import tracemalloc

import pytest
from events_factory import event, fill_events

from veeduria.export import FORMATS, stream
from veeduria.store import Store


def synthetic(n: int, offset: int = 0) -> list[tuple[dict, list[str]]]:
    start = dt.date(2023, 1, 1)
    return [
        (
            event(
                f"synthetic-{offset + i}",
                date=start + dt.timedelta(days=i % 365),
                date_precision="day",
                admin1="Puno",
                country="Peru",
                iso="PE",
                latitude=-15.5,
                longitude=-70.1,
                geo_precision=1,
                actor1="Protesters (Peru)",
                actor1_inter=6,
                notes=[f"participants: {i} per Sur Andino"],
            ),
            ["d-surandino"],
        )
        for i in range(n)
    ]


SMALL, LARGE = 300, 2400
#: Small pages and row groups, so that a few thousand events make many of them.
PAGE = 100


def peak_bytes(store: Store, fmt: str) -> tuple[int, int]:
    """Peak traced memory while exporting, and the size of the export."""
    size = 0
    tracemalloc.start()
    try:
        for chunk in stream(store, fmt):
            size += len(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, size


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    from events_factory import DOCS, _id

    out = {}
    for n in (SMALL, LARGE):
        store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('stream') / 'v.db'}")
        with store.transaction() as conn:
            from veeduria.store import schema

            conn.execute(
                schema.documents.insert(),
                [
                    {
                        "id": _id("d-surandino"),
                        "url": DOCS["d-surandino"][1],
                        "source_name": "Sur Andino",
                        "language": "es",
                        "text": "x",
                        "ingested_at": dt.datetime(2023, 1, 1, tzinfo=dt.UTC),
                        "published_source": "none",
                    }
                ],
            )
            fill_events(conn, synthetic(n))
        out[n] = store
    yield out
    for store in out.values():
        store.close()


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_memory_does_not_grow_with_events(stores, fmt, monkeypatch):
    monkeypatch.setattr("veeduria.export.records.PAGE_SIZE", PAGE)
    monkeypatch.setattr("veeduria.export.parquet.ROW_GROUP_SIZE", PAGE)
    monkeypatch.setattr("veeduria.export._csv.CHUNK_ROWS", PAGE)
    peak_bytes(stores[SMALL], fmt)  # warm-up: imports and compiled patterns are not the point
    small_peak, small_size = peak_bytes(stores[SMALL], fmt)
    large_peak, large_size = peak_bytes(stores[LARGE], fmt)
    assert large_size > 5 * small_size
    # Eight times the events, about the same peak: pages, not the whole result.
    assert large_peak < 1.3 * small_peak + 500_000, (small_peak, large_peak)
