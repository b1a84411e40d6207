"""GeoJSON (RFC 7946): one FeatureCollection, streamed feature by feature.

Each event is a Feature with a Point geometry (longitude, latitude) and the extended
event object as its properties. An event without coordinates keeps ``"geometry": null``,
which RFC 7946 allows, so the file holds the same events as the other formats.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from veeduria.export.extended import event_object
from veeduria.export.records import EventRecord

_OPEN = b'{"type": "FeatureCollection", "features": [\n'
_CLOSE = b"\n]}\n"


def feature(record: EventRecord) -> dict[str, Any]:
    """The GeoJSON Feature of one event."""
    properties = event_object(record)
    loc = properties["location"]
    lat, lon = loc["latitude"], loc["longitude"]
    geometry = (
        {"type": "Point", "coordinates": [lon, lat]}
        if lat is not None and lon is not None
        else None
    )
    return {
        "type": "Feature",
        "id": properties["event_id"],
        "geometry": geometry,
        "properties": properties,
    }


def iter_geojson(records: Iterable[EventRecord], *, chunk: int = 200) -> Iterator[bytes]:
    """The FeatureCollection as chunks of UTF-8 bytes; never holds more than ``chunk`` events."""
    yield _OPEN
    first = True
    parts: list[str] = []
    for record in records:
        text = json.dumps(feature(record), ensure_ascii=False)
        parts.append(text if first else ",\n" + text)
        first = False
        if len(parts) >= chunk:
            yield "".join(parts).encode("utf-8")
            parts = []
    if parts:
        yield "".join(parts).encode("utf-8")
    yield _CLOSE
