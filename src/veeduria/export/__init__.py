"""Exports: events out of the store as ACLED CSV, extended CSV, JSONL, GeoJSON or Parquet.

Every format streams: events are read a page at a time and written as they come, so a
million events never sit in memory together. The web app and the CLI share one entry point::

    from veeduria.export import EventFilters, stream

    for chunk in stream(store, "acled", EventFilters(admin1=("Puno",))):
        response.write(chunk)

Per-format writers take an iterable of :class:`EventRecord` (from :func:`iter_events`) and
yield bytes: :func:`iter_acled`, :func:`iter_extended`, :func:`iter_jsonl`,
:func:`iter_geojson`, :func:`iter_parquet`. See docs/exports.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from veeduria.export.acled import ACLED_COLUMNS, acled_row, iter_acled
from veeduria.export.extended import EXTENDED_COLUMNS, event_object, iter_extended, iter_jsonl
from veeduria.export.filters import EventFilters
from veeduria.export.geojson import feature, iter_geojson
from veeduria.export.parquet import iter_parquet, parquet_schema
from veeduria.export.records import EventRecord, Source, iter_events

Writer = Callable[[Iterable[EventRecord]], Iterator[bytes]]

#: Format name -> writer.
WRITERS: dict[str, Writer] = {
    "acled": iter_acled,
    "extended": iter_extended,
    "jsonl": iter_jsonl,
    "geojson": iter_geojson,
    "parquet": iter_parquet,
}
FORMATS: tuple[str, ...] = tuple(WRITERS)
#: Media type and file suffix of each format (for HTTP responses and default file names).
MEDIA_TYPES: dict[str, tuple[str, str]] = {
    "acled": ("text/csv; charset=utf-8", ".csv"),
    "extended": ("text/csv; charset=utf-8", ".csv"),
    "jsonl": ("application/x-ndjson", ".jsonl"),
    "geojson": ("application/geo+json", ".geojson"),
    "parquet": ("application/vnd.apache.parquet", ".parquet"),
}


def stream(
    source: Source,
    fmt: str,
    filters: EventFilters | None = None,
    *,
    on_event: Callable[[EventRecord], None] | None = None,
) -> Iterator[bytes]:
    """The export of the events matching ``filters`` in format ``fmt``, as chunks of bytes.

    Args:
        source: A ``Store``, an SQLAlchemy ``Engine`` or an open ``Connection``.
        fmt: One of :data:`FORMATS`.
        filters: Which events (default: occurred, not rejected).
        on_event: Called with each event as it is written (counting, progress).

    Raises:
        ValueError: unknown format.
        StorageError: the database has no events table.
        VeeduriaError: Parquet asked for without pyarrow installed (E501).
    """
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(
            f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}"
        ) from None
    records = iter_events(source, filters)
    if on_event is not None:
        records = _tap(records, on_event)
    return writer(records)


def _tap(
    records: Iterator[EventRecord], callback: Callable[[EventRecord], None]
) -> Iterator[EventRecord]:
    for record in records:
        callback(record)
        yield record


def export(source: Source, fmt: str, out: BinaryIO, filters: EventFilters | None = None) -> int:
    """Write the export to a binary file object; returns the number of events written.

    For ``acled``, undated events are read but not written (ACLED needs a date) and not
    counted.
    """
    count = 0
    dated_only = fmt == "acled"

    def seen(record: EventRecord) -> None:
        nonlocal count
        if not dated_only or record.event.get("date") is not None:
            count += 1

    for chunk in stream(source, fmt, filters, on_event=seen):
        out.write(chunk)
    return count


__all__ = [
    "ACLED_COLUMNS",
    "EXTENDED_COLUMNS",
    "FORMATS",
    "MEDIA_TYPES",
    "WRITERS",
    "EventFilters",
    "EventRecord",
    "acled_row",
    "event_object",
    "export",
    "feature",
    "iter_acled",
    "iter_events",
    "iter_extended",
    "iter_geojson",
    "iter_jsonl",
    "iter_parquet",
    "parquet_schema",
    "stream",
]
