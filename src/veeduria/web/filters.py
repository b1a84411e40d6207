"""The event filters every view shares: map, timeline, table, tallies and the API.

They travel as query parameters (``?date_from=2023-01-01&type=Protests&department=Puno``), so
a filtered view is a link. Empty values mean "no filter", except for two defaults that follow
the design: factuality defaults to events that happened (asserted or reported) and status
hides rejected events. ``any`` lifts either default. Several values are separated by commas.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from fastapi import Query

from veeduria.models import FACTUALITY_VALUES, OCCURRED
from veeduria.resolve.compat import norm
from veeduria.web.errors import ApiError
from veeduria.web.vocab import STATUSES

ANY = "any"


def actor_names(conn: sa.Connection, events: sa.Table, part: str) -> list[str]:
    """Actor names (either side) containing ``part``, ignoring case and accents, as
    ``veeduria export --actor`` matches them: "policia" finds "Policía Nacional"."""
    want = norm(part) or ""
    names: set[str] = set()
    for column in (events.c.actor1, events.c.actor2):
        names.update(v for v in conn.scalars(sa.select(column).distinct()) if v)
    return sorted(v for v in names if want in (norm(v) or ""))


def _date(name: str, raw: str | None) -> dt.date | None:
    if raw is None or not raw.strip():
        return None
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError as err:
        raise ApiError(
            422, f"{name} must be a date YYYY-MM-DD, got {raw!r}", details=[{"loc": [name]}]
        ) from err


def _values(raw: str | None) -> tuple[str, ...]:
    if raw is None:
        return ()
    return tuple(dict.fromkeys(v.strip() for v in raw.split(",") if v.strip()))


def _choice(name: str, raw: str | None, allowed: tuple[str, ...]) -> tuple[str, ...]:
    values = _values(raw)
    if values == (ANY,):
        return values
    bad = [v for v in values if v not in allowed]
    if bad:
        raise ApiError(
            422,
            f"{name} must be '{ANY}' or among {', '.join(allowed)}; got {', '.join(bad)}",
            details=[{"loc": [name]}],
        )
    return values


@dataclass(frozen=True)
class EventFilters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    types: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    actor: str = ""
    factuality: tuple[str, ...] = ()  # () = asserted and reported; ("any",) = every value
    status: tuple[str, ...] = ()  # () = machine and reviewed; ("any",) = every value

    def clauses(self, events: sa.Table, conn: sa.Connection) -> list[sa.ColumnElement[bool]]:
        """WHERE clauses over the ``events`` table.

        The defaults are written so the database can read them from the dashboard's covering
        index (``status != 'rejected'`` rather than an ``IN`` on the status index).
        """
        c = events.c
        out: list[sa.ColumnElement[bool]] = []
        if self.date_from is not None:
            out.append(c.date >= self.date_from)
        if self.date_to is not None:
            out.append(c.date <= self.date_to)
        if self.types:
            out.append(c.event_type.in_(self.types))
        if self.departments:
            out.append(c.admin1.in_(self.departments))
        if self.actor:
            names = actor_names(conn, events, self.actor)
            out.append(sa.or_(c.actor1.in_(names), c.actor2.in_(names)) if names else sa.false())
        if not self.factuality:
            out.append(c.factuality.in_(sorted(OCCURRED)))
        elif self.factuality != (ANY,):
            out.append(c.factuality.in_(self.factuality))
        if not self.status:
            out.append(c.status != "rejected")
        elif self.status != (ANY,):
            out.append(c.status.in_(self.status))
        return out

    def params(self) -> dict[str, str]:
        """The filters as query parameters (only those set)."""
        raw = {
            "date_from": self.date_from.isoformat() if self.date_from else "",
            "date_to": self.date_to.isoformat() if self.date_to else "",
            "type": ",".join(self.types),
            "department": ",".join(self.departments),
            "actor": self.actor,
            "factuality": ",".join(self.factuality),
            "status": ",".join(self.status),
        }
        return {k: v for k, v in raw.items() if v}

    def query(self, **extra: Any) -> str:
        """A query string with these filters and ``extra`` parameters (None drops one)."""
        params: dict[str, Any] = self.params()
        for key, value in extra.items():
            if value is None or value == "":
                params.pop(key, None)
            else:
                params[key] = value
        return urlencode(params)

    def with_(self, **changes: Any) -> EventFilters:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "type": list(self.types),
            "department": list(self.departments),
            "actor": self.actor or None,
            "factuality": list(self.factuality) or sorted(OCCURRED),
            "status": list(self.status) or ["machine", "reviewed"],
        }


def event_filters(
    date_from: str | None = Query(None, description="Earliest event date (YYYY-MM-DD)."),
    date_to: str | None = Query(None, description="Latest event date (YYYY-MM-DD)."),
    type: str | None = Query(None, description="ACLED event type(s), comma-separated."),  # noqa: A002
    department: str | None = Query(
        None, description="First-level division(s) (admin1, e.g. Puno), comma-separated."
    ),
    actor: str | None = Query(
        None, description="Part of an actor's name (either side); case and accents ignored."
    ),
    factuality: str | None = Query(
        None,
        description="Factuality value(s), comma-separated; default asserted,reported; 'any'.",
    ),
    status: str | None = Query(
        None,
        description="Review status(es): machine, reviewed, rejected; default: not rejected; 'any'.",
    ),
) -> EventFilters:
    """FastAPI dependency: parse and validate the shared filters."""
    start, end = _date("date_from", date_from), _date("date_to", date_to)
    if start and end and start > end:
        raise ApiError(422, "date_from is after date_to", details=[{"loc": ["date_from"]}])
    return EventFilters(
        date_from=start,
        date_to=end,
        types=_values(type),
        departments=_values(department),
        actor=(actor or "").strip()[:100],
        factuality=_choice("factuality", factuality, FACTUALITY_VALUES),
        status=_choice("status", status, STATUSES),
    )
