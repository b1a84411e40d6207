"""A store's first resolution after a serial ingest runs a bucket of node groups at a time
(``pipeline._Ingester.bucket_plans``), with the rows and state a full run makes in memory."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from veeduria.config import Settings
from veeduria.events import resolve_store
from veeduria.pipeline import run_ingest
from veeduria.store import Store

SAMPLE = Path(__file__).resolve().parents[3] / "data" / "sample"
BUCKETS = "resolution in buckets"


def _snapshot(store: Store) -> dict[str, list[Any]]:
    with store.engine.connect() as conn:
        return {
            table: sorted(tuple(row) for row in conn.execute(sa.text(query)))
            for table, query in {
                "events": "SELECT id, content_hash FROM events",
                "event_mentions": "SELECT * FROM event_mentions",
                "members": "SELECT * FROM resolution_members",
                "blocks": "SELECT * FROM resolution_blocks",
            }.items()
        }


@pytest.mark.parametrize("batch", [2_000, 3])
def test_first_ingest_resolves_in_buckets_as_a_full_run_does(
    fresh_store: Store,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    batch: int,
) -> None:
    """Also with batches of a few mentions, each written as it comes (``batch``)."""
    from veeduria.scale import _resolve

    monkeypatch.setattr(_resolve, "BATCH_MENTIONS", batch)
    with caplog.at_level(logging.INFO):
        report = run_ingest([str(SAMPLE)], settings, fresh_store)
    assert BUCKETS in caplog.text
    assert report.events > 100
    first = _snapshot(fresh_store)
    assert len(first["members"]) == len(first["event_mentions"]) > report.events

    caplog.clear()
    with caplog.at_level(logging.INFO):
        again = resolve_store(fresh_store, full=True)  # in memory: the store has events
    assert BUCKETS not in caplog.text
    assert (again.written, again.deleted, again.unchanged) == (0, 0, report.events)
    assert _snapshot(fresh_store) == first


def test_later_ingest_keeps_no_plans(
    fresh_store: Store, settings: Settings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    run_ingest([str(SAMPLE / "text")], settings, fresh_store)
    extra = tmp_path / "extra.txt"
    extra.write_text(
        "Juliaca, 9 de enero de 2023. Cientos de manifestantes marcharon hacia el aeropuerto.",
        encoding="utf-8",
    )
    with caplog.at_level(logging.INFO):
        report = run_ingest([str(extra)], settings, fresh_store)
    assert report.ingested == 1
    assert BUCKETS not in caplog.text
    assert "resolution (incremental)" in caplog.text
