"""Events as GeoJSON for the map, aggregated on a grid when there are too many to draw.

``/api/events.geojson?bbox=W,S,E,N&zoom=Z`` returns one point per event when at most
``map_point_limit`` events fall in the view (the browser clusters them with
leaflet.markercluster). Above that it returns grid cells of about 64 screen pixels at zoom Z,
counted in the database (``GROUP BY`` cell), so a zoomed-out view of 100,000 events costs a
few hundred features, never 100,000 points.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from veeduria.web.db import Database
from veeduria.web.errors import ApiError
from veeduria.web.filters import EventFilters

#: cell edge in screen pixels at the requested zoom (256-pixel tiles)
CELL_PIXELS = 64
MAX_ZOOM = 18
#: at this zoom and below, aggregate first (one query) instead of counting first
GRID_FIRST_ZOOM = 6


@dataclass(frozen=True)
class BBox:
    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, raw: str | None) -> BBox | None:
        if raw is None or not raw.strip():
            return None
        try:
            w, s, e, n = (float(x) for x in raw.split(","))
        except ValueError as err:
            raise ApiError(422, f"bbox must be W,S,E,N in degrees, got {raw!r}") from err
        if not (-90 <= s <= n <= 90) or not (-540 <= w <= 540 and -540 <= e <= 540):
            raise ApiError(422, f"bbox out of range: {raw!r}")
        # Leaflet reports longitudes beyond ±180 after panning across the antimeridian
        if e - w >= 360:
            w, e = -180.0, 180.0
        else:
            w, e = _wrap(w), _wrap(e)
        return cls(w, s, e, n)

    def clause(
        self, lat: sa.ColumnElement[Any], lon: sa.ColumnElement[Any]
    ) -> sa.ColumnElement[bool]:
        lat_ok = sa.and_(lat >= self.south, lat <= self.north)
        if self.west <= self.east:
            return sa.and_(lat_ok, lon >= self.west, lon <= self.east)
        return sa.and_(lat_ok, sa.or_(lon >= self.west, lon <= self.east))


def _wrap(lon: float) -> float:
    return ((lon + 180.0) % 360.0) - 180.0 if not -180 <= lon <= 180 else lon


def cell_degrees(zoom: int) -> float:
    return 360.0 / float(2**zoom) / 256 * CELL_PIXELS


def _cell_index(db: Database, value: sa.ColumnElement[Any], size: float) -> sa.ColumnElement[Any]:
    shifted = (value + 180.0) / size  # non-negative, so truncation is floor
    if db.dialect == "sqlite":
        return sa.cast(shifted, sa.Integer)
    return sa.func.floor(shifted)


def geojson(
    db: Database, f: EventFilters, bbox: BBox | None, zoom: int | None, point_limit: int
) -> dict[str, Any]:
    """A FeatureCollection of events (``mode: points``) or grid cells (``mode: grid``).

    The foreign member ``meta`` says which, how many events are in view and the cell size.
    The result is shared through the cache: copy it before changing it.
    """
    key = ("geojson", f, bbox, zoom, point_limit)
    return db.cache.get(key, lambda: _geojson(db, f, bbox, zoom, point_limit))


def _geojson(
    db: Database, f: EventFilters, bbox: BBox | None, zoom: int | None, point_limit: int
) -> dict[str, Any]:
    e = db.t.events
    z = max(0, min(MAX_ZOOM, zoom if zoom is not None else 4))
    size = cell_degrees(z)
    with db.read() as conn:
        where = [*f.clauses(e, conn), e.c.latitude.is_not(None), e.c.longitude.is_not(None)]
        if bbox is not None:
            where.append(bbox.clause(e.c.latitude, e.c.longitude))
        cells: list[dict[str, Any]] | None = None
        if z <= GRID_FIRST_ZOOM:
            # zoomed out, the grid is the likely answer: its counts also give the total
            cells = _cells(db, conn, e, where, size)
            total = sum(c["properties"]["count"] for c in cells)
        else:
            total = int(conn.scalar(sa.select(sa.func.count()).select_from(e).where(*where)) or 0)
        if total <= point_limit:
            features = _points(conn, e, where)
            return _collection(features, {"mode": "points", "events": total, "zoom": zoom})
        if cells is None:
            cells = _cells(db, conn, e, where, size)
    return _collection(cells, {"mode": "grid", "events": total, "zoom": z, "cell_degrees": size})


def _collection(features: list[dict[str, Any]], meta: dict[str, Any]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features, "meta": meta}


def _points(conn: sa.Connection, e: sa.Table, where: list[Any]) -> list[dict[str, Any]]:
    query = sa.select(
        e.c.id,
        e.c.longitude,
        e.c.latitude,
        e.c.event_type,
        e.c.sub_event_type,
        e.c.date,
        e.c.location_name,
        e.c.admin1,
        e.c.killed,
        e.c.status,
    ).where(*where)
    return [
        {
            "type": "Feature",
            "id": r.id,
            "geometry": {
                "type": "Point",
                "coordinates": [round(r.longitude, 5), round(r.latitude, 5)],
            },
            "properties": {
                "id": r.id,
                "event_type": r.event_type,
                "sub_event_type": r.sub_event_type,
                "date": r.date.isoformat() if r.date else None,
                "location": r.location_name,
                "admin1": r.admin1,
                "killed": r.killed,
                "status": r.status,
            },
        }
        for r in conn.execute(query)
    ]


#: cells are keyed by one integer (x * KEY + y): grouping on one column is twice as fast
KEY = 2_000_000


def _cells(
    db: Database, conn: sa.Connection, e: sa.Table, where: list[Any], size: float
) -> list[dict[str, Any]]:
    key = (_cell_index(db, e.c.longitude, size) * KEY + _cell_index(db, e.c.latitude, size)).label(
        "cell"
    )
    query = (
        sa.select(
            key,
            sa.func.count().label("n"),
            sa.func.coalesce(sa.func.sum(e.c.killed), 0).label("killed"),
            sa.func.avg(e.c.longitude).label("lon"),
            sa.func.avg(e.c.latitude).label("lat"),
        )
        .where(*where)
        .group_by(key)
    )
    out = []
    for r in conn.execute(query):
        gx, gy = divmod(int(r.cell), KEY)
        west = gx * size - 180.0
        south = gy * size - 180.0
        out.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [round(r.lon, 5), round(r.lat, 5)]},
                "properties": {
                    "cluster": True,
                    "count": int(r.n),
                    "killed": int(r.killed),
                    "cell": [west, south, west + size, south + size],
                },
            }
        )
    return out
