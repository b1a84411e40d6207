"""Extended exports: everything ACLED's format lacks, as CSV and as JSON lines.

Beyond ACLED's columns: injured, detained and participants; every count's spread and each
source's figure; factuality and family; the review status and what people changed; the
evidence (each source's value with its text span and document); documents and mentions.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from veeduria.export._coding import (
    COUNT_FIELDS,
    by_source,
    civilian_targeting,
    country_codes,
    disorder_type,
    event_id_cnty,
    event_source_scale,
    interaction,
    time_precision,
)
from veeduria.export._csv import csv_chunks
from veeduria.export.records import EventRecord

EXTENDED_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_id_cnty",
    "status",
    "family",
    "factuality",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "mode",
    "event_date",
    "date_precision",
    "time_precision",
    "date_start",
    "date_end",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "country",
    "iso",
    "iso3",
    "region",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "killed_low",
    "killed_high",
    "injured",
    "injured_low",
    "injured_high",
    "detained",
    "detained_low",
    "detained_high",
    "participants",
    "sources",
    "source_names",
    "source_scale",
    "confidence",
    "reviewed_fields",
    "reviews",
    "reviewers",
    "last_reviewed_at",
    "notes",
    "counts_by_source",
    "evidence",
    "doc_ids",
    "urls",
    "mention_ids",
    "first_published",
    "updated_at",
)


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def evidence(record: EventRecord) -> list[dict[str, Any]]:
    """Each source's value of each field, with the words and the document behind it."""
    return [
        {"field": name, **alt}
        for name in sorted(record.alternatives)
        for alt in by_source(record, name)
    ]


def counts(record: EventRecord) -> dict[str, Any]:
    """Canonical counts, their spread and each source's figure."""
    e = record.event
    out: dict[str, Any] = {}
    for name in COUNT_FIELDS:
        out[name] = {
            "value": e.get(name),
            "low": e.get(f"{name}_low"),
            "high": e.get(f"{name}_high"),
            "by_source": by_source(record, name),
        }
    return out


def event_object(record: EventRecord) -> dict[str, Any]:
    """The event as one JSON object (the JSONL line, and the GeoJSON feature's properties)."""
    e = record.event
    iso3, iso_numeric, region = country_codes(e.get("iso"))
    inter1, inter2 = e.get("actor1_inter"), e.get("actor2_inter")
    reviews = record.reviews
    reviewed = record.data.get("reviewed")
    reviewed_fields = sorted(
        set(reviews.fields) | set(reviewed if isinstance(reviewed, list) else [])
    )
    return {
        "event_id": e["id"],
        "event_id_cnty": event_id_cnty(e["id"], e.get("iso")),
        "status": e.get("status"),
        "family": e.get("family"),
        "factuality": e.get("factuality"),
        "disorder_type": disorder_type(e.get("event_type"), e.get("sub_event_type")),
        "event_type": e.get("event_type"),
        "sub_event_type": e.get("sub_event_type"),
        "mode": e.get("mode"),
        "date": {
            "value": _iso(e.get("date")),
            "precision": e.get("date_precision"),
            "time_precision": time_precision(e.get("date_precision")) if e.get("date") else None,
            "start": _iso(e.get("date_start")),
            "end": _iso(e.get("date_end")),
        },
        "actor1": {"name": e.get("actor1"), "inter": inter1} if e.get("actor1") else None,
        "actor2": {"name": e.get("actor2"), "inter": inter2} if e.get("actor2") else None,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": civilian_targeting(record) or None,
        "location": {
            "name": e.get("location_name"),
            "admin1": e.get("admin1"),
            "admin2": e.get("admin2"),
            "admin3": e.get("admin3"),
            "country": e.get("country"),
            "iso": e.get("iso"),
            "iso3": iso3 if iso_numeric or e.get("iso") else None,
            "iso_numeric": iso_numeric or None,
            "region": region or None,
            "latitude": e.get("latitude"),
            "longitude": e.get("longitude"),
            "geo_precision": e.get("geo_precision"),
        },
        "fatalities": e.get("killed") or 0,
        "counts": counts(record),
        "sources": e.get("sources"),
        "source_names": record.source_names,
        "source_scale": event_source_scale(record),
        "confidence": e.get("confidence"),
        "review": {
            "status": e.get("status"),
            "reviewed_fields": reviewed_fields,
            "reviews": reviews.count,
            "reviewers": list(reviews.users),
            "last_reviewed_at": _iso(reviews.last_at),
        },
        "notes": record.notes,
        "evidence": evidence(record),
        "documents": [d.to_dict() for d in record.documents],
        "mention_ids": list(record.mention_ids),
        "first_published": _iso(e.get("first_published")),
        "updated_at": _iso(e.get("updated_at")),
    }


def _join(values: Iterable[Any]) -> str:
    return "; ".join(str(v) for v in values if v is not None and v != "")


def _cell(value: Any) -> Any:
    return "" if value is None else value


def extended_row(obj: dict[str, Any]) -> list[Any]:
    """A flat row of :data:`EXTENDED_COLUMNS` from :func:`event_object`'s output."""
    date, loc, review, c = obj["date"], obj["location"], obj["review"], obj["counts"]
    actor1, actor2 = obj["actor1"] or {}, obj["actor2"] or {}
    lat, lon = loc["latitude"], loc["longitude"]
    values = {
        "event_id": obj["event_id"],
        "event_id_cnty": obj["event_id_cnty"],
        "status": obj["status"],
        "family": obj["family"],
        "factuality": obj["factuality"],
        "disorder_type": obj["disorder_type"],
        "event_type": obj["event_type"],
        "sub_event_type": obj["sub_event_type"],
        "mode": obj["mode"],
        "event_date": date["value"],
        "date_precision": date["precision"],
        "time_precision": date["time_precision"],
        "date_start": date["start"],
        "date_end": date["end"],
        "actor1": actor1.get("name"),
        "inter1": actor1.get("inter") or 0,
        "actor2": actor2.get("name"),
        "inter2": actor2.get("inter") or 0,
        "interaction": obj["interaction"],
        "civilian_targeting": obj["civilian_targeting"],
        "country": loc["country"],
        "iso": loc["iso"],
        "iso3": loc["iso3"],
        "region": loc["region"],
        "admin1": loc["admin1"],
        "admin2": loc["admin2"],
        "admin3": loc["admin3"],
        "location": loc["name"],
        "latitude": None if lat is None else f"{lat:.5f}",
        "longitude": None if lon is None else f"{lon:.5f}",
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
        "source_names": _join(obj["source_names"]),
        "source_scale": obj["source_scale"],
        "confidence": obj["confidence"],
        "reviewed_fields": _join(review["reviewed_fields"]),
        "reviews": review["reviews"],
        "reviewers": _join(review["reviewers"]),
        "last_reviewed_at": review["last_reviewed_at"],
        "notes": " | ".join(obj["notes"]),
        "counts_by_source": json.dumps(
            {k: v["by_source"] for k, v in c.items() if v["by_source"]}, ensure_ascii=False
        ),
        "evidence": json.dumps(obj["evidence"], ensure_ascii=False),
        "doc_ids": _join(d["id"] for d in obj["documents"]),
        "urls": _join(d["url"] for d in obj["documents"]),
        "mention_ids": _join(obj["mention_ids"]),
        "first_published": obj["first_published"],
        "updated_at": obj["updated_at"],
    }
    return [_cell(values[name]) for name in EXTENDED_COLUMNS]


def iter_extended(records: Iterable[EventRecord]) -> Iterator[bytes]:
    """The extended CSV, header first, as chunks of UTF-8 bytes."""
    return csv_chunks(EXTENDED_COLUMNS, (extended_row(event_object(r)) for r in records))


def iter_jsonl(records: Iterable[EventRecord], *, chunk: int = 200) -> Iterator[bytes]:
    """One JSON object per event and line (UTF-8), in chunks of bytes."""
    lines: list[str] = []
    for record in records:
        lines.append(json.dumps(event_object(record), ensure_ascii=False))
        if len(lines) >= chunk:
            yield ("\n".join(lines) + "\n").encode("utf-8")
            lines = []
    if lines:
        yield ("\n".join(lines) + "\n").encode("utf-8")
