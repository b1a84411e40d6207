"""The audit log: one row per change a person makes (dashboard or ``veeduria user``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from veeduria.store.accounts import audit_log
from veeduria.web.queries import jsonable


@dataclass(frozen=True)
class Actor:
    """Who acts, and from where (for the audit log)."""

    name: str
    ip: str | None = None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def audit(
    conn: sa.Connection,
    who: Actor,
    *,
    action: str,
    object_type: str,
    object_id: str,
    field: str | None = None,
    before: Any = None,
    after: Any = None,
    reason: str | None = None,
    at: dt.datetime | None = None,
) -> None:
    """One audit-log row."""
    conn.execute(
        audit_log.insert().values(
            at=at or now(),
            user=who.name,
            action=action,
            object_type=object_type,
            object_id=object_id,
            field=field,
            before=jsonable(before),
            after=jsonable(after),
            reason=reason or None,
            ip=who.ip,
        )
    )
