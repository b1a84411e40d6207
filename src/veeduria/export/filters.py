"""Which events an export holds: the filters of ``veeduria events`` as one record.

By default only events that occurred (family ``occurred``: asserted or reported) are
exported; ``all_families`` adds planned, called-for, possible, negated and historical ones.
Rejected events (a reviewer said the machine was wrong) are never exported unless
``include_rejected`` is set.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from veeduria.export._tables import events

#: The family of events that happened; the others are opt-in.
OCCURRED_FAMILY = "occurred"
REJECTED = "rejected"


@dataclass(frozen=True)
class EventFilters:
    """Filters over the events table; every given filter must hold.

    Attributes:
        date_from: Events dated on or after this day (undated events are then left out).
        date_to: Events dated on or before this day.
        types: ACLED event types or sub-event types, any of them (case-insensitive).
        admin1: First-level divisions (departments), any of them (case-insensitive).
        actor: Text found in actor1 or actor2 (case-insensitive).
        min_killed: Events whose canonical fatalities are at least this.
        all_families: Include planned, called-for, possible, negated and historical events.
        include_rejected: Include events a reviewer rejected.
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    types: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    actor: str | None = None
    min_killed: int | None = None
    all_families: bool = False
    include_rejected: bool = False

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"--from {self.date_from} is after --to {self.date_to}")
        if self.min_killed is not None and self.min_killed < 0:
            raise ValueError("--min-killed must be 0 or more")

    def conditions(self) -> list[sa.ColumnElement[bool]]:
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
        if self.types:
            wanted = sorted({t.strip().lower() for t in self.types if t.strip()})
            out.append(
                sa.or_(
                    sa.func.lower(c.event_type).in_(wanted),
                    sa.func.lower(c.sub_event_type).in_(wanted),
                    c.event_type.in_(self.types),
                    c.sub_event_type.in_(self.types),
                )
            )
        if self.admin1:
            wanted = sorted({a.strip().lower() for a in self.admin1 if a.strip()})
            out.append(sa.or_(sa.func.lower(c.admin1).in_(wanted), c.admin1.in_(self.admin1)))
        if self.actor:
            # SQLite's lower() folds ASCII only: match the text as given, too.
            needle = self.actor.strip()
            out.append(
                sa.or_(
                    *(
                        cond
                        for col in (c.actor1, c.actor2)
                        for cond in (
                            sa.func.lower(col).contains(needle.lower(), autoescape=True),
                            col.contains(needle, autoescape=True),
                        )
                    )
                )
            )
        if self.min_killed is not None:
            out.append(c.killed >= self.min_killed)
        return out
