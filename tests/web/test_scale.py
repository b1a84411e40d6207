"""Scale: the map never sends one point per event when zoomed out, and the dashboard's
queries read the covering index instead of the wide event rows."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from veeduria.store import Store
from veeduria.store.schema import events
from veeduria.web.db import Database
from veeduria.web.filters import EventFilters
from veeduria.web.geo import BBox, geojson
from veeduria.web.queries import list_events, timeline, totals

N = 6000


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("scale") / "many.db"
    rng = random.Random(3)
    rows = []
    for i in range(N):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(365))
        killed = rng.choice((None, None, None, 1, 2, 5))
        rows.append(
            {
                "id": hashlib.sha256(str(i).encode()).hexdigest()[:32],
                "family": "occurred",
                "event_type": rng.choice(("Protests", "Riots")),
                "sub_event_type": "Peaceful protest",
                "factuality": rng.choice(("asserted", "reported", "planned")),
                "date": day,
                "admin1": rng.choice(("Puno", "Cusco", "Lima")),
                "latitude": -12 + rng.gauss(0, 3),
                "longitude": -75 + rng.gauss(0, 3),
                "actor1": "Protesters (Peru)",
                "killed": killed,
                "sources": 1,
                "confidence": 0.7,
                "status": rng.choice(("machine", "machine", "reviewed", "rejected")),
                "notes": [],
                "data": {"alternatives": {}},
                "content_hash": "x",
                "updated_at": dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
            }
        )
    with Store.open(f"sqlite:///{path}") as store, store.transaction() as conn:
        conn.execute(events.insert(), rows)
    db = Database.open(f"sqlite:///{path}")
    yield db
    db.close()


def test_scale_zoomed_out_map_is_aggregated(many: Database) -> None:
    f = EventFilters()
    world = geojson(many, f, BBox.parse("-180,-85,180,85"), 3, point_limit=1000)
    assert world["meta"]["mode"] == "grid"
    assert len(world["features"]) < 200
    assert sum(x["properties"]["count"] for x in world["features"]) == world["meta"]["events"]
    assert world["meta"]["events"] == totals(many, f)["located"]
    killed = sum(x["properties"]["killed"] for x in world["features"])
    assert killed == totals(many, f)["killed"]
    close = geojson(many, f, BBox.parse("-75.2,-12.2,-74.8,-11.8"), 12, point_limit=1000)
    assert close["meta"]["mode"] == "points" and 0 < len(close["features"]) <= 1000


def test_scale_cells_cover_their_events(many: Database) -> None:
    world = geojson(many, EventFilters(), None, 5, point_limit=10)
    for feature in world["features"]:
        west, south, east, north = feature["properties"]["cell"]
        lon, lat = feature["geometry"]["coordinates"]
        assert west - 1e-6 <= lon <= east + 1e-6 and south - 1e-6 <= lat <= north + 1e-6


def test_scale_paging_is_done_in_the_database(many: Database) -> None:
    f = EventFilters()
    first = list_events(many, f, page=1, per_page=100)
    deep = list_events(many, f, page=first.pages, per_page=100)
    assert first.total == deep.total == totals(many, f)["events"]
    assert len(deep.items) == first.total - (first.pages - 1) * 100
    assert first.items[0]["date"] >= deep.items[-1]["date"]
    _, bins = timeline(many, f)
    assert sum(b.events for b in bins) == first.total


@pytest.mark.parametrize(
    "query",
    [
        "SELECT count(*) FROM events WHERE factuality IN ('asserted', 'reported') "
        "AND status != 'rejected'",
        "SELECT date, count(*), sum(killed) FROM events WHERE factuality IN ('asserted', "
        "'reported') AND status != 'rejected' AND date IS NOT NULL GROUP BY date",
        "SELECT id FROM events WHERE factuality IN ('asserted', 'reported') AND status != "
        "'rejected' ORDER BY date DESC, id DESC LIMIT 50",
    ],
)
def test_scale_default_queries_use_the_covering_index(many: Database, query: str) -> None:
    with many.read() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(sa.text("EXPLAIN QUERY PLAN " + query)))
    assert "COVERING INDEX ix_events_dashboard" in plan, plan


def test_scale_query_cache_is_never_stale(tmp_path: Path) -> None:
    """A write from another connection (another process, a review) empties the cache."""
    url = f"sqlite:///{tmp_path / 'cache.db'}"
    db = Database.open(url)
    try:
        assert db.cache.enabled
        f = EventFilters()
        assert totals(db, f)["events"] == 0
        assert totals(db, f)["events"] == 0 and db.cache.hits == 1
        with Store.open(url) as other, other.transaction() as conn:
            conn.execute(
                events.insert().values(
                    id="e1", family="occurred", event_type="Protests",
                    sub_event_type="Peaceful protest", factuality="asserted", sources=1,
                    confidence=0.7, status="machine", notes=[], data={}, content_hash="x",
                    updated_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC), killed=2,
                )
            )  # fmt: skip
        assert totals(db, f) == {
            "events": 1,
            "killed": 2,
            "injured": 0,
            "detained": 0,
            "located": 0,
        }
    finally:
        db.close()
    uncached = Database.open(url, cache=False)
    try:
        assert not uncached.cache.enabled and totals(uncached, EventFilters())["events"] == 1
    finally:
        uncached.close()
