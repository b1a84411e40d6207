"""Parquet (pyarrow), written in row groups as the events stream past.

The columns are those of the extended CSV, typed: dates as ``date32``, timestamps in UTC,
counts as nullable integers, lists of ids and names as ``list<string>``. The per-source
figures and the evidence are JSON text (``counts_by_source``, ``evidence``), since their
shape follows the events contract rather than a fixed schema.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from veeduria.errors import VeeduriaError
from veeduria.export.extended import event_object
from veeduria.export.records import EventRecord

if TYPE_CHECKING:
    import pyarrow as pa

#: Events per row group (the rows held in memory before they are written).
ROW_GROUP_SIZE = 5000
#: Code of the error raised when pyarrow is not installed.
E_NO_PYARROW = "E501"


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as err:
        raise VeeduriaError(
            "Parquet export needs pyarrow: pip install 'veeduria[scale]'", code=E_NO_PYARROW
        ) from err
    return pyarrow


def parquet_schema() -> pa.Schema:
    pa = _pyarrow()
    text, i32, f64 = pa.string(), pa.int32(), pa.float64()
    ts = pa.timestamp("us", tz="UTC")
    texts = pa.list_(pa.string())
    fields = [
        ("event_id", text),
        ("event_id_cnty", text),
        ("status", text),
        ("family", text),
        ("factuality", text),
        ("disorder_type", text),
        ("event_type", text),
        ("sub_event_type", text),
        ("mode", text),
        ("event_date", pa.date32()),
        ("date_precision", text),
        ("time_precision", i32),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("actor1", text),
        ("inter1", i32),
        ("actor2", text),
        ("inter2", i32),
        ("interaction", i32),
        ("civilian_targeting", text),
        ("country", text),
        ("iso", text),
        ("iso3", text),
        ("iso_numeric", i32),
        ("region", text),
        ("admin1", text),
        ("admin2", text),
        ("admin3", text),
        ("location", text),
        ("latitude", f64),
        ("longitude", f64),
        ("geo_precision", i32),
        ("fatalities", i32),
        ("killed_low", i32),
        ("killed_high", i32),
        ("injured", i32),
        ("injured_low", i32),
        ("injured_high", i32),
        ("detained", i32),
        ("detained_low", i32),
        ("detained_high", i32),
        ("participants", i32),
        ("sources", i32),
        ("source_names", texts),
        ("source_scale", text),
        ("confidence", f64),
        ("reviewed_fields", texts),
        ("reviews", i32),
        ("reviewers", texts),
        ("last_reviewed_at", ts),
        ("notes", texts),
        ("counts_by_source", text),
        ("evidence", text),
        ("doc_ids", texts),
        ("urls", texts),
        ("mention_ids", texts),
        ("first_published", pa.date32()),
        ("updated_at", ts),
    ]
    return pa.schema([pa.field(name, kind) for name, kind in fields])


def parquet_row(record: EventRecord) -> dict[str, Any]:
    """One event as a dict of the Parquet columns (native dates and timestamps)."""
    obj = event_object(record)
    e = record.event
    loc, review, c = obj["location"], obj["review"], obj["counts"]
    actor1, actor2 = obj["actor1"] or {}, obj["actor2"] or {}
    return {
        "event_id": obj["event_id"],
        "event_id_cnty": obj["event_id_cnty"],
        "status": obj["status"],
        "family": obj["family"],
        "factuality": obj["factuality"],
        "disorder_type": obj["disorder_type"],
        "event_type": obj["event_type"],
        "sub_event_type": obj["sub_event_type"],
        "mode": obj["mode"],
        "event_date": e.get("date"),
        "date_precision": e.get("date_precision"),
        "time_precision": obj["date"]["time_precision"],
        "date_start": e.get("date_start"),
        "date_end": e.get("date_end"),
        "actor1": actor1.get("name"),
        "inter1": actor1.get("inter") or 0,
        "actor2": actor2.get("name"),
        "inter2": actor2.get("inter") or 0,
        "interaction": obj["interaction"],
        "civilian_targeting": obj["civilian_targeting"],
        "country": loc["country"],
        "iso": loc["iso"],
        "iso3": loc["iso3"],
        "iso_numeric": loc["iso_numeric"],
        "region": loc["region"],
        "admin1": loc["admin1"],
        "admin2": loc["admin2"],
        "admin3": loc["admin3"],
        "location": loc["name"],
        "latitude": loc["latitude"],
        "longitude": loc["longitude"],
        "geo_precision": loc["geo_precision"],
        "fatalities": obj["fatalities"],
        "killed_low": c["killed"]["low"],
        "killed_high": c["killed"]["high"],
        "injured": c["injured"]["value"],
        "injured_low": c["injured"]["low"],
        "injured_high": c["injured"]["high"],
        "detained": c["detained"]["value"],
        "detained_low": c["detained"]["low"],
        "detained_high": c["detained"]["high"],
        "participants": c["participants"]["value"],
        "sources": obj["sources"],
        "source_names": obj["source_names"],
        "source_scale": obj["source_scale"],
        "confidence": obj["confidence"],
        "reviewed_fields": review["reviewed_fields"],
        "reviews": review["reviews"],
        "reviewers": review["reviewers"],
        "last_reviewed_at": record.reviews.last_at,
        "notes": obj["notes"],
        "counts_by_source": json.dumps(
            {k: v["by_source"] for k, v in c.items() if v["by_source"]}, ensure_ascii=False
        ),
        "evidence": json.dumps(obj["evidence"], ensure_ascii=False),
        "doc_ids": [d["id"] for d in obj["documents"]],
        "urls": [d["url"] for d in obj["documents"] if d["url"]],
        "mention_ids": obj["mention_ids"],
        "first_published": e.get("first_published"),
        "updated_at": e.get("updated_at"),
    }


class _Sink:
    """A write-only file that hands what was written to the caller, chunk by chunk."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.position = 0
        self.closed = False

    def write(self, data: bytes) -> int:
        self.chunks.append(bytes(data))
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def writable(self) -> bool:
        return True

    def take(self) -> bytes:
        data = b"".join(self.chunks)
        self.chunks = []
        return data


def iter_parquet(
    records: Iterable[EventRecord], *, row_group_size: int | None = None
) -> Iterator[bytes]:
    """A Parquet file as chunks of bytes: one row group per ``row_group_size`` events.

    ``row_group_size`` defaults to :data:`ROW_GROUP_SIZE`; the rows of one group are the
    only ones held in memory.
    """
    pa = _pyarrow()
    row_group_size = row_group_size or ROW_GROUP_SIZE
    schema = parquet_schema()
    sink = _Sink()
    writer = pa.parquet.ParquetWriter(sink, schema, compression="zstd")
    rows: list[dict[str, Any]] = []
    try:
        for record in records:
            rows.append(parquet_row(record))
            if len(rows) >= row_group_size:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
                yield sink.take()
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    finally:
        writer.close()
    yield sink.take()
