"""Every format written, then read back with a standard reader."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from events_factory import event_id

from veeduria.export import EXTENDED_COLUMNS, EventFilters, export, stream

DEFAULT = {"juliaca", "lima-march", "ayacucho-civilians", "emergency", "undated"}


def ids(*names: str) -> set[str]:
    return {event_id(n) for n in names}


def test_extended_csv_roundtrip(events_store):
    text = b"".join(stream(events_store, "extended")).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == EXTENDED_COLUMNS
    assert {r["event_id"] for r in rows} == ids(*DEFAULT)
    juliaca = next(r for r in rows if r["event_id"] == event_id("juliaca"))
    assert (juliaca["fatalities"], juliaca["killed_low"], juliaca["killed_high"]) == (
        "17",
        "17",
        "18",
    )
    assert (juliaca["injured"], juliaca["injured_low"], juliaca["injured_high"]) == (
        "68",
        "68",
        "70",
    )
    assert juliaca["factuality"] == "asserted" and juliaca["status"] == "machine"
    by_source = json.loads(juliaca["counts_by_source"])
    assert sorted(a["value"] for a in by_source["killed"]) == [17, 18]
    evidence = json.loads(juliaca["evidence"])
    assert {e["field"] for e in evidence} == {"killed", "injured"}
    assert all(e["span"] and e["doc_id"] for e in evidence)
    assert len(juliaca["doc_ids"].split("; ")) == 2
    march = next(r for r in rows if r["event_id"] == event_id("lima-march"))
    assert march["status"] == "reviewed"
    assert march["reviewed_fields"] == "participants; status"
    assert march["reviews"] == "2" and march["reviewers"] == "ana"
    undated = next(r for r in rows if r["event_id"] == event_id("undated"))
    assert undated["event_date"] == "" and undated["latitude"] == ""


def test_jsonl_roundtrip(events_store):
    lines = b"".join(stream(events_store, "jsonl")).decode("utf-8").splitlines()
    objects = [json.loads(line) for line in lines]
    assert {o["event_id"] for o in objects} == ids(*DEFAULT)
    juliaca = next(o for o in objects if o["event_id"] == event_id("juliaca"))
    assert juliaca["counts"]["killed"] == {
        "value": 17,
        "low": 17,
        "high": 18,
        "by_source": juliaca["counts"]["killed"]["by_source"],
    }
    assert {a["source"] for a in juliaca["counts"]["killed"]["by_source"]} == {
        "Sur Andino",
        "pacificdispatch.example",
    }
    assert juliaca["counts"]["injured"]["value"] == 68
    assert juliaca["date"] == {
        "value": "2023-01-09",
        "precision": "day",
        "time_precision": 1,
        "start": "2023-01-09",
        "end": "2023-01-09",
    }
    assert juliaca["location"]["iso_numeric"] == 604
    assert sorted(d["language"] for d in juliaca["documents"]) == ["en", "es"]
    assert len(juliaca["mention_ids"]) == 2
    assert juliaca["review"]["reviews"] == 0


def test_geojson_roundtrip(events_store):
    data = json.loads(b"".join(stream(events_store, "geojson")))
    assert data["type"] == "FeatureCollection"
    features = {f["id"]: f for f in data["features"]}
    assert set(features) == ids(*DEFAULT)
    juliaca = features[event_id("juliaca")]
    assert juliaca["type"] == "Feature"
    assert juliaca["geometry"] == {"type": "Point", "coordinates": [-70.13333, -15.5]}
    assert juliaca["properties"]["fatalities"] == 17
    assert features[event_id("undated")]["geometry"] is None


def test_geojson_empty_collection_is_valid(events_store):
    data = json.loads(b"".join(stream(events_store, "geojson", EventFilters(min_killed=1000))))
    assert data == {"type": "FeatureCollection", "features": []}


def test_parquet_roundtrip(events_store, tmp_path):
    path = tmp_path / "events.parquet"
    with path.open("wb") as out:
        count = export(events_store, "parquet", out)
    assert count == len(DEFAULT)
    table = pq.read_table(path)
    assert set(table.column("event_id").to_pylist()) == ids(*DEFAULT)
    schema = table.schema
    assert schema.field("event_date").type == pa.date32()
    assert schema.field("fatalities").type == pa.int32()
    assert schema.field("latitude").type == pa.float64()
    assert schema.field("doc_ids").type == pa.list_(pa.string())
    assert schema.field("updated_at").type == pa.timestamp("us", tz="UTC")
    rows = {r["event_id"]: r for r in table.to_pylist()}
    juliaca = rows[event_id("juliaca")]
    assert juliaca["event_date"] == dt.date(2023, 1, 9)
    assert (juliaca["fatalities"], juliaca["killed_high"], juliaca["injured"]) == (17, 18, 68)
    assert juliaca["iso_numeric"] == 604
    assert juliaca["updated_at"] == dt.datetime(2023, 2, 1, 12, tzinfo=dt.UTC)
    assert json.loads(juliaca["counts_by_source"])["killed"][0]["value"] == 17
    assert rows[event_id("undated")]["event_date"] is None


def test_parquet_writes_row_groups(events_store):
    from veeduria.export import iter_events, iter_parquet

    data = b"".join(iter_parquet(iter_events(events_store), row_group_size=2))
    meta = pq.ParquetFile(io.BytesIO(data)).metadata
    assert meta.num_rows == len(DEFAULT)
    assert meta.num_row_groups == 3


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilters(), DEFAULT),
        (EventFilters(all_families=True), DEFAULT | {"toma-de-lima-planned"}),
        (EventFilters(include_rejected=True), DEFAULT | {"rejected-riot"}),
        (
            EventFilters(all_families=True, include_rejected=True),
            DEFAULT | {"toma-de-lima-planned", "rejected-riot"},
        ),
        (EventFilters(date_from=dt.date(2023, 1, 1)), {"juliaca", "lima-march"}),
        (EventFilters(date_to=dt.date(2022, 12, 31)), {"ayacucho-civilians", "emergency"}),
        (
            EventFilters(date_from=dt.date(2022, 12, 5), date_to=dt.date(2023, 1, 9)),
            {"ayacucho-civilians", "juliaca"},
        ),
        (EventFilters(type="protests"), {"juliaca", "lima-march"}),
        (EventFilters(type="Excessive force"), {"juliaca"}),
        (EventFilters(type="mob"), {"undated"}),
        (EventFilters(admin1="puno"), {"juliaca"}),
        (EventFilters(admin1="Apurimac"), {"emergency"}),
        (EventFilters(actor="police"), {"juliaca"}),
        (EventFilters(actor="PROTESTERS"), {"juliaca", "lima-march"}),
        (EventFilters(min_killed=10), {"juliaca", "ayacucho-civilians"}),
        (EventFilters(min_killed=11), {"juliaca"}),
    ],
)
def test_export_filters(events_store, filters, expected):
    lines = b"".join(stream(events_store, "jsonl", filters)).decode().splitlines()
    assert {json.loads(line)["event_id"] for line in lines} == ids(*expected)


def test_export_filters_reject_inverted_dates():
    with pytest.raises(ValueError, match="after"):
        EventFilters(date_from=dt.date(2023, 2, 1), date_to=dt.date(2023, 1, 1))


def test_export_unknown_format(events_store):
    with pytest.raises(ValueError, match="unknown export format"):
        stream(events_store, "xlsx")


def test_export_from_a_connection(events_store):
    with events_store.engine.connect() as conn:
        text = b"".join(stream(conn, "jsonl")).decode()
    assert len(text.splitlines()) == len(DEFAULT)


def test_export_counts_the_events_it_writes(events_store):
    """The count ``veeduria export`` reports is of the rows written: ACLED leaves the
    undated event out, and does not count it either; JSONL keeps and counts it."""
    acled = io.BytesIO()
    count = export(events_store, "acled", acled)
    rows = list(csv.DictReader(io.StringIO(acled.getvalue().decode("utf-8"), newline="")))
    assert count == len(rows) == len(DEFAULT) - 1
    lines = io.BytesIO()
    assert (
        export(events_store, "jsonl", lines) == len(lines.getvalue().splitlines()) == len(DEFAULT)
    )
