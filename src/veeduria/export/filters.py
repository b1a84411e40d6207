"""Which events an export holds: the filters of ``veeduria events`` as one record.

By default only events that occurred (family ``occurred``: asserted or reported) are
exported; ``all_families`` adds planned, called-for, possible, negated and historical ones.
Rejected events (a reviewer said the machine was wrong) are never exported unless
``include_rejected`` is set.

``type``, ``admin1`` and ``actor`` ignore case and accents as ``veeduria events`` does:
``type`` is a substring of the event type or sub-event type, ``admin1`` the department's
name, ``actor`` a substring of actor1 or actor2. The folding is done in Python over the
distinct values of those columns (SQLite's ``lower()`` folds ASCII only), and the matching
values are then selected exactly in SQL, so the events themselves still stream.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from veeduria.export._tables import events
from veeduria.resolve.compat import norm

#: The family of events that happened; the others are opt-in.
OCCURRED_FAMILY = "occurred"
REJECTED = "rejected"


@dataclass(frozen=True)
class EventFilters:
    """Filters over the events table; every given filter must hold.

    Attributes:
        date_from: Events dated on or after this day (undated events are then left out).
        date_to: Events dated on or before this day.
        type: Text found in the event type or sub-event type.
        admin1: A first-level division (department), by name.
        actor: Text found in actor1 or actor2.
        min_killed: Events whose canonical fatalities are at least this.
        all_families: Include planned, called-for, possible, negated and historical events.
        include_rejected: Include events a reviewer rejected.
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    type: str | None = None
    admin1: str | None = None
    actor: str | None = None
    min_killed: int | None = None
    all_families: bool = False
    include_rejected: bool = False

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"--from {self.date_from} is after --to {self.date_to}")
        if self.min_killed is not None and self.min_killed < 0:
            raise ValueError("--min-killed must be 0 or more")

    def conditions(self, conn: sa.Connection) -> list[sa.ColumnElement[bool]]:
        """SQL conditions on :data:`veeduria.export._tables.events`."""
        c = events.c
        out: list[sa.ColumnElement[bool]] = []
        if not self.all_families:
            out.append(c.family == OCCURRED_FAMILY)
        if not self.include_rejected:
            out.append(sa.or_(c.status.is_(None), c.status != REJECTED))
        if self.date_from is not None:
            out.append(c.date >= self.date_from)
        if self.date_to is not None:
            out.append(c.date <= self.date_to)
        if self.min_killed is not None:
            out.append(c.killed >= self.min_killed)
        if self.type:
            want = norm(self.type) or ""
            hits = _matching(conn, lambda v: want in v, c.event_type, c.sub_event_type)
            out.append(sa.or_(c.event_type.in_(hits), c.sub_event_type.in_(hits)))
        if self.admin1:
            want = norm(self.admin1) or ""
            out.append(c.admin1.in_(_matching(conn, lambda v: v == want, c.admin1)))
        if self.actor:
            want = norm(self.actor) or ""
            hits = _matching(conn, lambda v: want in v, c.actor1, c.actor2)
            out.append(sa.or_(c.actor1.in_(hits), c.actor2.in_(hits)))
        return out


def _matching(
    conn: sa.Connection, test: Callable[[str], bool], *columns: sa.ColumnElement[str]
) -> list[str]:
    """Distinct values of ``columns`` whose folded form passes ``test``."""
    values: set[str] = set()
    for column in columns:
        values.update(v for v in conn.scalars(sa.select(column).distinct()) if v)
    return sorted(v for v in values if test(norm(v) or ""))
