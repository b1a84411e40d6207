"""Resolved events to ``events`` rows and back. Pure functions; no database access.

The columns are the contract of docs/events-schema.md; ``data`` keeps what does not fit a
column: every source's value per field, the provenance of the canonical counts, place and
actors, the outlets, the reviewed fields and the ids the event had before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from veeduria.extract.serialize import actor_to_dict, location_to_dict
from veeduria.models import COUNT_FIELDS, Location
from veeduria.resolve import CountValue, EventDate, FieldValue, ResolvedEvent

#: Columns that hold a count: the canonical figure, then the lowest and highest source figure.
COUNT_COLUMNS: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "killed_low", "killed_high"),
    "injured": ("injured", "injured_low", "injured_high"),
    "detained": ("detained", "detained_low", "detained_high"),
    "participants": ("participants",),
}


_PLAIN = (str, int, float, bool, type(None))


def jsonable(value: Any) -> Any:
    """Dates as ISO strings, tuples as lists; everything else as it is."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def field_value_to_dict(fv: FieldValue) -> dict[str, Any]:
    return {
        "value": jsonable(fv.value),
        "mention_id": fv.mention_id,
        "doc_id": fv.doc_id,
        "source": fv.source,
        "attribution": fv.attribution,
        "text": fv.text,
        "span": list(fv.span) if fv.span is not None else None,
    }


def count_value_to_dict(c: CountValue | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {
        "value": c.value,
        "low": c.low,
        "high": c.high,
        "qualifier": c.qualifier,
        "text": c.text,
        "span": list(c.span) if c.span is not None else None,
        "mention_id": c.mention_id,
        "doc_id": c.doc_id,
        "source": c.source,
        "attribution": c.attribution,
        "reviewed": c.reviewed,
    }


def _iso(value: str | None) -> str | None:
    """A two-letter ISO code, or None (the column is String(2))."""
    return value.upper() if value and len(value) == 2 else None


def event_row(
    event: ResolvedEvent,
    *,
    status: str,
    reviewed: Sequence[str],
    locked: Mapping[str, Any],
    previous_ids: Sequence[str],
    first_published: dt.date | None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The ``events`` row of one event, without ``updated_at`` and ``content_hash``.

    Args:
        event: The event, with reviewed values already applied.
        status: ``machine``, ``reviewed`` or ``rejected``.
        reviewed: Review fields (column names, ``status``, ``_merge``, ``_split``) applied.
        locked: The reviewed value of each field, as the review gave it.
        previous_ids: Ids this event had before (reviews and links follow them).
        first_published: Earliest publication date among its documents.
        extra: More keys for ``data`` (what merge and split reviews did).
    """
    loc = event.location
    date = event.date
    a1, a2 = event.actor1, event.actor2
    row: dict[str, Any] = {
        "id": event.id,
        "family": event.family,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "mode": event.mode,
        "factuality": event.factuality,
        "date": date.value if date else None,
        "date_start": date.start if date else None,
        "date_end": date.end if date else None,
        "date_precision": date.precision if date else None,
        "location_name": (loc.name or loc.text or None) if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "admin3": loc.admin3 if loc else None,
        "country": loc.country if loc else None,
        "iso": _iso(loc.iso) if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "actor1": a1.name if a1 else None,
        "actor2": a2.name if a2 else None,
        "actor1_inter": a1.inter if a1 else None,
        "actor2_inter": a2.inter if a2 else None,
        "sources": event.sources,
        "confidence": event.confidence,
        "status": status,
        "notes": list(event.notes),
        "first_published": first_published,
    }
    for name, columns in COUNT_COLUMNS.items():
        c: CountValue | None = event.count(name)
        values = (c.value, c.low, c.high) if c else (None, None, None)
        row.update(zip(columns, values, strict=False))
    data: dict[str, Any] = {
        "alternatives": {
            name: [field_value_to_dict(fv) for fv in values]
            for name, values in sorted(event.alternatives.items())
        },
        "source_names": list(event.source_names),
        "reviewed": sorted(reviewed),
        "locked": {k: jsonable(v) for k, v in sorted(locked.items())},
        "previous_ids": sorted(previous_ids),
        "counts": {name: count_value_to_dict(event.count(name)) for name in COUNT_FIELDS},
        "location": location_to_dict(loc),
        "actor1": actor_to_dict(a1),
        "actor2": actor_to_dict(a2),
        "assoc_actor_1": list(event.assoc_actor1),
        "assoc_actor_2": list(event.assoc_actor2),
        "mentions": len(event.mention_ids),
        "documents": len(event.doc_ids),
    }
    if extra:
        data.update({k: jsonable(v) for k, v in extra.items()})
    row["data"] = data
    return row


def _encode(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot hash {type(value).__name__}")


def content_hash(row: Mapping[str, Any], links: Iterable[tuple[str, str]]) -> str:
    """sha256 of a row (without ``updated_at``) and its (mention id, doc id) links."""
    body = {k: v for k, v in row.items() if k not in {"updated_at", "content_hash"}}
    payload = json.dumps([body, sorted(links)], sort_keys=True, default=_encode)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _opt_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def row_to_light_event(row: Mapping[Any, Any]) -> ResolvedEvent:
    """A ``ResolvedEvent`` with the canonical values of a row and no members.

    Enough for ``tally_series`` (family, place, date, counts); alternatives, members and
    notes are not rebuilt.
    """
    date = None
    if row["date"] is not None:
        value = _opt_date(row["date"])
        assert value is not None
        date = EventDate(
            value=value,
            precision=row["date_precision"] or "day",
            start=_opt_date(row["date_start"]) or value,
            end=_opt_date(row["date_end"]) or value,
        )
    location = None
    if any(row[k] for k in ("location_name", "admin1", "country", "iso")):
        location = Location(
            text=row["location_name"] or "",
            span=(0, 0),
            name=row["location_name"],
            admin1=row["admin1"],
            admin2=row["admin2"],
            admin3=row["admin3"],
            country=row["country"],
            iso=row["iso"],
            latitude=row["latitude"],
            longitude=row["longitude"],
            geo_precision=row["geo_precision"],
        )
    counts: dict[str, CountValue | None] = {}
    for name, columns in COUNT_COLUMNS.items():
        value = row[columns[0]]
        if value is None:
            counts[name] = None
            continue
        low = row[columns[1]] if len(columns) > 1 and row[columns[1]] is not None else value
        high = row[columns[2]] if len(columns) > 2 and row[columns[2]] is not None else value
        counts[name] = CountValue(value, low, high, "exact", "", None, None, None, None)
    return ResolvedEvent(
        id=row["id"],
        family=row["family"],
        event_type=row["event_type"],
        sub_event_type=row["sub_event_type"],
        mode=row["mode"],
        factuality=row["factuality"],
        date=date,
        location=location,
        actor1=None,
        actor2=None,
        killed=counts["killed"],
        injured=counts["injured"],
        detained=counts["detained"],
        participants=counts["participants"],
        alternatives={},
        mention_ids=(),
        doc_ids=(),
        sources=row["sources"],
        source_names=(),
        confidence=row["confidence"],
    )
