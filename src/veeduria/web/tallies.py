"""Tally series ("48 dead since 7 December, says the Ombudsman") against the coded incidents.

The rules are resolution's (docs/resolution.md, *Tallies*): one series per figure (``what``)
and scope; for each tally with an ``as_of`` date, ``incidents`` is the sum of the canonical
counts of the events in scope dated from the tally's ``since`` (or the series' earliest
``since``) to its ``as_of``, and ``gap`` is what the tally counts that no coded incident
accounts for. Here the sums run in the database over the stored events, with the dashboard's
filters (type, actor, factuality, status) applied to the events counted; the date filter
chooses which tallies are shown.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from veeduria.resolve.compat import norm
from veeduria.resolve.tallies import COUNTRY_SCOPES
from veeduria.store.schema import documents, tallies
from veeduria.web.db import Database
from veeduria.web.filters import EventFilters
from veeduria.web.queries import jsonable

#: tally figures that have an events column to compare with
COMPARABLE = ("killed", "injured", "detained")


@dataclass(frozen=True)
class Point:
    tally_id: str
    as_of: dt.date | None
    value: int
    qualifier: str
    since: dt.date | None
    attribution: str | None
    source: str | None
    doc_id: str
    doc_title: str | None
    text: str
    span: tuple[int, int]
    incidents: int | None
    events: int | None
    gap: int | None

    def to_dict(self) -> dict[str, Any]:
        return {k: jsonable(v) for k, v in self.__dict__.items()} | {"span": list(self.span)}


@dataclass(frozen=True)
class Series:
    what: str
    scope: str | None
    since: dt.date | None
    points: tuple[Point, ...]
    #: (day, cumulative incident count) from ``since`` to the last ``as_of``
    cumulative: tuple[tuple[dt.date, int], ...]

    @property
    def key(self) -> str:
        return f"{self.what}-{norm(self.scope) or 'all'}".replace(" ", "-")

    def to_dict(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "scope": self.scope,
            "since": jsonable(self.since),
            "points": [p.to_dict() for p in self.points],
            "cumulative_incidents": [[d.isoformat(), n] for d, n in self.cumulative],
        }


def _scope_clause(
    conn: sa.Connection, e: sa.Table, scope: str | None
) -> sa.ColumnElement[bool] | None:
    """Events in the scope: a country (by ISO code) or a first-level division, accents aside."""
    if scope is None:
        return None
    want = norm(scope)
    iso = COUNTRY_SCOPES.get(want or "")
    if iso is not None:
        return e.c.iso == iso
    names = [
        str(v)
        for column in (e.c.admin1, e.c.country, e.c.iso)
        for v in conn.scalars(sa.select(column).where(column.is_not(None)).distinct())
        if norm(str(v)) == want
    ]
    if not names:
        return sa.false()
    return sa.or_(e.c.admin1.in_(names), e.c.country.in_(names), e.c.iso.in_(names))


def _event_clauses(
    f: EventFilters, e: sa.Table, conn: sa.Connection
) -> list[sa.ColumnElement[bool]]:
    # the window and the scope come from each tally; the other filters apply
    return f.with_(date_from=None, date_to=None, departments=()).clauses(e, conn)


def tally_series(db: Database, f: EventFilters) -> list[Series]:
    """Every tally series, each point compared with the events counted over its window."""
    return db.cache.get(("tallies", f), lambda: _tally_series(db, f))


def _tally_series(db: Database, f: EventFilters) -> list[Series]:
    e = db.t.events
    query = (
        sa.select(
            tallies.c.id,
            tallies.c.what,
            tallies.c.value,
            tallies.c.qualifier,
            tallies.c.scope,
            tallies.c.since,
            tallies.c.as_of,
            tallies.c.attribution,
            tallies.c.text,
            tallies.c.span_start,
            tallies.c.span_end,
            tallies.c.doc_id,
            documents.c.source_name,
            documents.c.title,
        )
        .join(documents, documents.c.id == tallies.c.doc_id)
        .order_by(tallies.c.as_of, tallies.c.value, tallies.c.id)
    )
    out: list[Series] = []
    with db.read() as conn:
        base = _event_clauses(f, e, conn)
        grouped: dict[tuple[str, str | None], list[Any]] = defaultdict(list)
        labels: dict[tuple[str, str | None], set[str]] = defaultdict(set)
        for row in conn.execute(query):
            key = (row.what, norm(row.scope))
            grouped[key].append(row)
            if row.scope:
                labels[key].add(row.scope)
        for key in sorted(grouped, key=lambda k: (k[0], k[1] or "")):
            what = key[0]
            scope = min(labels[key]) if labels[key] else None
            rows = grouped[key]
            starts = [r.since for r in rows if r.since is not None]
            since = min(starts) if starts else None
            where = list(base)
            scope_clause = _scope_clause(conn, e, scope)
            if scope_clause is not None:
                where.append(scope_clause)
            points = tuple(_point(conn, e, where, r, since) for r in rows if _shown(f, r.as_of))
            if not points:
                continue
            out.append(
                Series(what, scope, since, points, _cumulative(conn, e, where, what, since, points))
            )
    return out


def _shown(f: EventFilters, as_of: dt.date | None) -> bool:
    if as_of is None:
        return f.date_from is None and f.date_to is None
    return (f.date_from is None or as_of >= f.date_from) and (
        f.date_to is None or as_of <= f.date_to
    )


def _point(
    conn: sa.Connection, e: sa.Table, where: list[Any], r: Any, since: dt.date | None
) -> Point:
    start = r.since or since
    incidents = events = gap = None
    if r.as_of is not None and r.what in COMPARABLE:
        column = e.c[r.what]
        window = [*where, column.is_not(None), e.c.date <= r.as_of]
        if start is not None:
            window.append(e.c.date >= start)
        n, total = conn.execute(
            sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(column), 0)).where(*window)
        ).one()
        incidents, events = int(total), int(n)
        gap = r.value - incidents
    return Point(
        tally_id=r.id,
        as_of=r.as_of,
        value=r.value,
        qualifier=r.qualifier,
        since=start,
        attribution=r.attribution,
        source=r.source_name,
        doc_id=r.doc_id,
        doc_title=r.title,
        text=r.text,
        span=(r.span_start, r.span_end),
        incidents=incidents,
        events=events,
        gap=gap,
    )


def _cumulative(
    conn: sa.Connection,
    e: sa.Table,
    where: list[Any],
    what: str,
    since: dt.date | None,
    points: tuple[Point, ...],
) -> tuple[tuple[dt.date, int], ...]:
    dated = [p.as_of for p in points if p.as_of is not None]
    if what not in COMPARABLE or not dated:
        return ()
    end = max(dated)
    column = e.c[what]
    window = [*where, column.is_not(None), e.c.date <= end]
    if since is not None:
        window.append(e.c.date >= since)
    query = (
        sa.select(e.c.date, sa.func.sum(column))
        .where(*window)
        .group_by(e.c.date)
        .order_by(e.c.date)
    )
    out, total = [], 0
    for day, n in conn.execute(query):
        total += int(n or 0)
        out.append((day, total))
    return tuple(out)
