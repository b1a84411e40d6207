"""Read queries over the events tables: the table, the timeline, the map and one event.

Everything is filtered, sorted, paged and aggregated in the database, so the pages stay fast
with hundreds of thousands of events; nothing here loads all events into Python.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from veeduria.web.db import Database
from veeduria.web.filters import EventFilters

#: columns the table and /api/events return (the JSON ``data`` column is left out)
LIST_COLUMNS = (
    "id",
    "date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "mode",
    "factuality",
    "family",
    "location_name",
    "admin1",
    "admin2",
    "admin3",
    "country",
    "iso",
    "latitude",
    "longitude",
    "geo_precision",
    "actor1",
    "actor1_inter",
    "actor2",
    "actor2_inter",
    "killed",
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
    "confidence",
    "status",
    "first_published",
    "updated_at",
)
SORTABLE = (
    "date",
    "event_type",
    "sub_event_type",
    "admin1",
    "location_name",
    "actor1",
    "killed",
    "injured",
    "detained",
    "participants",
    "sources",
    "confidence",
    "status",
    "updated_at",
)


def jsonable(value: Any) -> Any:
    """Dates and datetimes as ISO strings; everything else unchanged."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def row_dict(row: Any) -> dict[str, Any]:
    return {k: jsonable(v) for k, v in row._mapping.items()}


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int
    sort: str
    order: str

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "pages": self.pages,
            "sort": self.sort,
            "order": self.order,
            "items": self.items,
        }


def list_events(
    db: Database,
    f: EventFilters,
    *,
    page: int = 1,
    per_page: int = 50,
    sort: str = "date",
    order: str = "desc",
) -> Page:
    """One page of events matching the filters, sorted in the database."""
    key = ("list", f, page, per_page, sort, order)
    return db.cache.get(key, lambda: _list_events(db, f, page, per_page, sort, order))


def _list_events(
    db: Database, f: EventFilters, page: int, per_page: int, sort: str, order: str
) -> Page:
    e = db.t.events
    column = e.c[sort if sort in SORTABLE else "date"]
    key = column.desc() if order == "desc" else column.asc()
    tiebreak = e.c.id.desc() if order == "desc" else e.c.id.asc()
    with db.read() as conn:
        where = f.clauses(e, conn)
        query = (
            sa.select(*(e.c[name] for name in LIST_COLUMNS))
            .where(*where)
            .order_by(key.nulls_last(), tiebreak)
            .limit(per_page)
            .offset((page - 1) * per_page)
        )
        total = int(conn.scalar(sa.select(sa.func.count()).select_from(e).where(*where)) or 0)
        items = [row_dict(r) for r in conn.execute(query)]
    return Page(items, total, page, per_page, column.name, order)


def departments(db: Database) -> list[str]:
    """Every admin1 that occurs, for the filter's list."""
    return db.cache.get(("departments",), lambda: _departments(db))


def _departments(db: Database) -> list[str]:
    e = db.t.events
    with db.read() as conn:
        query = sa.select(e.c.admin1).where(e.c.admin1.is_not(None)).distinct().order_by(e.c.admin1)
        return [str(v) for v in conn.scalars(query)]


@dataclass(frozen=True)
class TimelineBin:
    start: dt.date
    events: int
    killed: int


def timeline(db: Database, f: EventFilters) -> tuple[str, list[TimelineBin]]:
    """Events and deaths per day (per week or month over long spans), with empty bins filled.

    Returns:
        The bin size (``day``, ``week`` or ``month``) and the bins in date order.
    """
    return db.cache.get(("timeline", f), lambda: _timeline(db, f))


def _timeline(db: Database, f: EventFilters) -> tuple[str, list[TimelineBin]]:
    e = db.t.events
    with db.read() as conn:
        query = (
            sa.select(e.c.date, sa.func.count(), sa.func.coalesce(sa.func.sum(e.c.killed), 0))
            .where(*f.clauses(e, conn), e.c.date.is_not(None))
            .group_by(e.c.date)
            .order_by(e.c.date)
        )
        days = [(_as_date(d), int(n), int(k)) for d, n, k in conn.execute(query)]
    if not days:
        return "day", []
    first, last = days[0][0], days[-1][0]
    span = (last - first).days
    size = "day" if span <= 180 else "week" if span <= 3 * 365 else "month"
    bins: dict[dt.date, list[int]] = {}
    for day, n, k in days:
        b = bins.setdefault(_bin(day, size), [0, 0])
        b[0] += n
        b[1] += k
    out = []
    cursor = _bin(first, size)
    while cursor <= last:
        n, k = bins.get(cursor, (0, 0))
        out.append(TimelineBin(cursor, n, k))
        cursor = _next(cursor, size)
    return size, out


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _bin(day: dt.date, size: str) -> dt.date:
    if size == "week":
        return day - dt.timedelta(days=day.weekday())
    if size == "month":
        return day.replace(day=1)
    return day


def _next(day: dt.date, size: str) -> dt.date:
    if size == "week":
        return day + dt.timedelta(days=7)
    if size == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return day + dt.timedelta(days=1)


def summary(db: Database, f: EventFilters) -> dict[str, Any]:
    """Counts, sums and the bounding box of the matching events, in one scan.

    ``bounds`` is [west, south, east, north] of the located events, or None.
    """
    return db.cache.get(("summary", f), lambda: _summary(db, f))


def _summary(db: Database, f: EventFilters) -> dict[str, Any]:
    e = db.t.events
    with db.read() as conn:
        query = sa.select(
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(e.c.killed), 0),
            sa.func.coalesce(sa.func.sum(e.c.injured), 0),
            sa.func.coalesce(sa.func.sum(e.c.detained), 0),
            sa.func.count(e.c.latitude),
            sa.func.min(e.c.longitude),
            sa.func.min(e.c.latitude),
            sa.func.max(e.c.longitude),
            sa.func.max(e.c.latitude),
        ).where(*f.clauses(e, conn))
        n, killed, injured, detained, located, *box = conn.execute(query).one()
    return {
        "events": int(n),
        "killed": int(killed),
        "injured": int(injured),
        "detained": int(detained),
        "located": int(located),
        "bounds": None if box[0] is None or box[1] is None else [float(v) for v in box],
    }


def totals(db: Database, f: EventFilters) -> dict[str, int]:
    """Events, killed, injured, detained and located events matching the filters."""
    return {k: v for k, v in summary(db, f).items() if k != "bounds"}


def bounds(db: Database, f: EventFilters) -> list[float] | None:
    """[west, south, east, north] of the located events matching the filters."""
    box: list[float] | None = summary(db, f)["bounds"]
    return box
