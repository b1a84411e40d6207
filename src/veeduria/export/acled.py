"""ACLED-compatible CSV: ACLED's 31 columns, in ACLED's order and vocabulary.

Values follow ACLED's codebook: ``fatalities`` is the conservative (lowest credible) figure,
``interaction`` the two inter codes lower first, ``iso`` the ISO 3166 numeric code,
``time_precision`` 1/2/3 for a day/week/month, ``timestamp`` the Unix time of the event's
last update. What the sources disagree on goes into ``notes``. Undated events cannot be
written in ACLED's format and are left out (the extended formats keep them).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from veeduria.export._coding import (
    civilian_targeting,
    country_codes,
    disorder_type,
    event_id_cnty,
    event_source_scale,
    fatalities_note,
    interaction,
    time_precision,
)
from veeduria.export._csv import csv_chunks
from veeduria.export.records import EventRecord

logger = logging.getLogger(__name__)

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
#: ACLED's least precise geo_precision, used when the event has no place.
UNKNOWN_GEO_PRECISION = 3


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _assoc(record: EventRecord, key: str) -> str:
    value = record.data.get(key)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value if v)
    return _text(value)


def acled_notes(record: EventRecord) -> str:
    """A one-line summary, then resolution's notes and the fatality figures per source."""
    e = record.event
    what = e.get("sub_event_type") or e.get("event_type") or "Event"
    if e.get("mode"):
        what = f"{what} ({str(e['mode']).replace('_', ' ')})"
    place = ", ".join(str(p) for p in dict.fromkeys((e.get("location_name"), e.get("admin1"))) if p)
    actors = " and ".join(str(a) for a in (e.get("actor1"), e.get("actor2")) if a)
    date = e["date"].isoformat() if e.get("date") else "undated"
    when = {
        "week": f"In the week of {date}",  # told within a week: ACLED's time precision 2
        "month": f"In {date[:7]}",
        "year": f"In {date[:4]}",
    }.get(str(e.get("date_precision")), f"On {date}")
    parts = [f"{when}: {what}" + (f" in {place}" if place else "")]
    if actors:
        parts[0] += f"; actors: {actors}"
    parts[0] += "."
    notes = record.notes
    parts.extend(n.rstrip(".") + "." for n in notes)
    if not any(n.lower().startswith(("killed", "fatalities")) for n in notes):
        disagreement = fatalities_note(record)
        if disagreement:
            parts.append(disagreement)
    return " ".join(parts)


def acled_tags(record: EventRecord) -> str:
    e = record.event
    if e.get("event_type") not in {"Protests", "Riots"}:
        return ""
    participants = e.get("participants")
    return "crowd size=no report" if participants is None else f"crowd size={participants}"


def acled_row(record: EventRecord) -> list[Any] | None:
    """The ACLED row of one event, in :data:`ACLED_COLUMNS` order; None if undated."""
    e = record.event
    date = e.get("date")
    if date is None:
        return None
    _, iso_numeric, region = country_codes(e.get("iso"))
    inter1, inter2 = e.get("actor1_inter") or 0, e.get("actor2_inter") or 0
    updated = e.get("updated_at")
    return [
        event_id_cnty(e["id"], e.get("iso")),
        date.isoformat(),
        date.year,
        time_precision(e.get("date_precision")),
        disorder_type(e.get("event_type"), e.get("sub_event_type")),
        _text(e.get("event_type")),
        _text(e.get("sub_event_type")),
        _text(e.get("actor1")),
        _assoc(record, "assoc_actor_1"),
        inter1,
        _text(e.get("actor2")),
        _assoc(record, "assoc_actor_2"),
        inter2,
        interaction(inter1, inter2),
        civilian_targeting(record),
        iso_numeric,
        region,
        _text(e.get("country")),
        _text(e.get("admin1")),
        _text(e.get("admin2")),
        _text(e.get("admin3")),
        _text(e.get("location_name") or e.get("admin1") or e.get("country")),
        _coordinate(e.get("latitude")),
        _coordinate(e.get("longitude")),
        e.get("geo_precision") or UNKNOWN_GEO_PRECISION,
        "; ".join(record.source_names),
        event_source_scale(record),
        acled_notes(record),
        e.get("killed") or 0,
        acled_tags(record),
        int(updated.timestamp()) if updated is not None else 0,
    ]


def acled_rows(records: Iterable[EventRecord]) -> Iterator[list[Any]]:
    """ACLED rows of the dated events; logs how many undated ones were left out."""
    undated = 0
    for record in records:
        row = acled_row(record)
        if row is None:
            undated += 1
            continue
        yield row
    if undated:
        logger.warning(
            "%d undated event(s) left out of the ACLED export (the extended formats keep them)",
            undated,
        )


def iter_acled(records: Iterable[EventRecord]) -> Iterator[bytes]:
    """ACLED-compatible CSV, header first, as chunks of UTF-8 bytes."""
    return csv_chunks(ACLED_COLUMNS, acled_rows(records))
