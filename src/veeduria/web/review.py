"""Review actions: accept, reject, edit a field, merge two events, split one.

Each action runs in one transaction and writes three things:

1. ``event_reviews`` rows in the shape docs/events-schema.md fixes (``field`` a column name,
   ``status``, ``_merge`` with ``{"into": ID}`` or ``_split`` with ``{"mention_ids": [...]}``).
   Resolution reads the latest row per (event, field) and never overwrites it, so reviewed
   values survive re-extraction and re-resolution.
2. ``audit_log`` rows: who, when, what, the value before and after, the reason.
3. The ``events`` row itself, so the dashboard shows the reviewed value at once. A merge moves
   the mentions into the target and removes the merged event; a split moves the chosen
   mentions into a new event. Canonical counts of the events a merge or split changes are
   recomputed from the sources' figures (lowest credible figure), except reviewed ones; the
   next resolution run recomputes everything else.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from veeduria._event_reviews import check_review
from veeduria.models import COUNT_FIELDS
from veeduria.web.audit import Actor, audit
from veeduria.web.audit import now as _now
from veeduria.web.db import Database
from veeduria.web.errors import ApiError
from veeduria.web.queries import jsonable
from veeduria.web.review_fields import EDITABLE, date_window, parse_value, type_of
from veeduria.web.vocab import FAMILY_OF, event_types

MAX_REASON = 2000


# -- shared steps --------------------------------------------------------------------------


def _reason(reason: str, *, required: bool = True) -> str:
    reason = reason.strip()
    if required and not reason:
        raise ApiError(422, "give a reason: it goes into the audit log", code="reason_required")
    if len(reason) > MAX_REASON:
        raise ApiError(422, f"reason longer than {MAX_REASON} characters")
    return reason


def _load(conn: sa.Connection, db: Database, event_id: str) -> dict[str, Any]:
    row = conn.execute(sa.select(db.t.events).where(db.t.events.c.id == event_id)).first()
    if row is None:
        raise ApiError(404, f"no event {event_id!r}")
    return dict(row._mapping)


def _snapshot(row: dict[str, Any]) -> dict[str, Any]:
    return {k: jsonable(v) for k, v in row.items()}


def _record(
    conn: sa.Connection,
    db: Database,
    who: Actor,
    *,
    event_id: str,
    field: str,
    value: Any,
    before: Any,
    reason: str,
    action: str,
    at: dt.datetime,
) -> None:
    try:
        stored = check_review(field, jsonable(value))
    except ValueError as err:
        raise ApiError(422, str(err)) from err
    conn.execute(
        db.t.event_reviews.insert().values(
            event_id=event_id,
            field=field,
            value=stored,
            before=jsonable(before),
            reason=reason,
            user=who.name,
            created_at=at,
        )
    )
    audit(
        conn,
        who,
        action=action,
        object_type="event",
        object_id=event_id,
        field=field,
        before=before,
        after=value,
        reason=reason,
        at=at,
    )


def _touched(at: dt.datetime) -> dict[str, Any]:
    """Columns of a row the dashboard changed: an empty content hash makes the next
    resolution rewrite it (see ``EventRepository.replace``)."""
    return {"updated_at": at, "content_hash": ""}


def _data(row: dict[str, Any]) -> dict[str, Any]:
    data = row.get("data")
    return dict(data) if isinstance(data, dict) else {}


def _mark_reviewed(data: dict[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    reviewed = list(data.get("reviewed") or [])
    for f in fields:
        if f not in reviewed:
            reviewed.append(f)
    return {**data, "reviewed": reviewed}


def _set_status(
    conn: sa.Connection,
    db: Database,
    who: Actor,
    row: dict[str, Any],
    status: str,
    reason: str,
    action: str,
    at: dt.datetime,
) -> None:
    _record(
        conn,
        db,
        who,
        event_id=row["id"],
        field="status",
        value=status,
        before=row["status"],
        reason=reason,
        action=action,
        at=at,
    )
    data = _mark_reviewed(_data(row), ["status"])
    conn.execute(
        db.t.events.update()
        .where(db.t.events.c.id == row["id"])
        .values(status=status, data=data, **_touched(at))
    )


# -- actions -----------------------------------------------------------------------------------


def accept(db: Database, who: Actor, event_id: str, reason: str = "") -> None:
    """Mark the event reviewed: a person checked it against the sources."""
    reason = _reason(reason, required=False)
    at = _now()
    with db.write() as conn:
        row = _load(conn, db, event_id)
        _set_status(conn, db, who, row, "reviewed", reason, "accept", at)


def reject(db: Database, who: Actor, event_id: str, reason: str) -> None:
    """Mark the event rejected (not an event); it disappears from the default views."""
    reason = _reason(reason)
    at = _now()
    with db.write() as conn:
        row = _load(conn, db, event_id)
        _set_status(conn, db, who, row, "rejected", reason, "reject", at)


def edit(db: Database, who: Actor, event_id: str, field: str, raw: str, reason: str) -> Any:
    """Set one field to a reviewed value; returns the typed value."""
    if field not in EDITABLE:
        raise ApiError(
            422, f"field {field!r} cannot be edited; choose one of {', '.join(EDITABLE)}"
        )
    value = parse_value(field, raw)
    reason = _reason(reason)
    at = _now()
    with db.write() as conn:
        row = _load(conn, db, event_id)
        changes: dict[str, Any] = {field: value}
        if field == "sub_event_type":
            changes["event_type"] = type_of(value)
        if field == "event_type" and row["sub_event_type"] not in event_types()[value]:
            raise ApiError(
                422,
                f"{row['sub_event_type']!r} is not a sub-event type of {value!r}: edit the "
                "sub-event type instead (it sets the event type with it)",
            )
        if field in {"date", "date_precision"}:
            day = value if field == "date" else row["date"]
            precision = value if field == "date_precision" else (row["date_precision"] or "day")
            if day is not None:
                changes["date_start"], changes["date_end"] = date_window(day, precision)
        if field == "factuality":
            changes["family"] = FAMILY_OF[value]
        # the field itself, and the event type when a sub-event type of another type moved it
        recorded = [field]
        if field == "sub_event_type" and changes["event_type"] != row.get("event_type"):
            recorded.append("event_type")
        for name in recorded:
            _record(
                conn,
                db,
                who,
                event_id=event_id,
                field=name,
                value=changes[name],
                before=row.get(name),
                reason=reason,
                action="edit",
                at=at,
            )
        data = _mark_reviewed(_data(row), recorded)
        data["locked"] = {
            **(data.get("locked") or {}),
            **{name: check_review(name, jsonable(changes[name])) for name in recorded},
        }
        values = {**changes, "data": data, **_touched(at)}
        if row["status"] == "machine":  # resolution marks an event with a locked field reviewed
            values["status"] = "reviewed"
        conn.execute(db.t.events.update().where(db.t.events.c.id == event_id).values(**values))
    return value


def recount(alternatives: list[dict[str, Any]]) -> tuple[int, int, int] | None:
    """ACLED's conservative figure from the sources' figures: (canonical, low, high).

    A source (a document) counts with the highest figure it gives; the canonical figure is
    the lowest of the sources' figures (docs/resolution.md).
    """
    per_doc: dict[str, int] = {}
    for alt in alternatives:
        value = alt.get("value")
        if isinstance(value, dict):
            value = value.get("value")
        if isinstance(value, int) and not isinstance(value, bool):
            key = str(alt.get("doc_id"))
            per_doc[key] = max(per_doc.get(key, value), value)
    if not per_doc:
        return None
    figures = list(per_doc.values())
    return min(figures), min(figures), max(figures)


def _counts(alternatives: dict[str, list[dict[str, Any]]], reviewed: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in COUNT_FIELDS:
        if name in reviewed:
            continue
        figures = recount(alternatives.get(name, []))
        out[name] = figures[0] if figures else None
        if name != "participants":
            out[f"{name}_low"] = figures[1] if figures else None
            out[f"{name}_high"] = figures[2] if figures else None
    return out


def _event_doc_count(conn: sa.Connection, db: Database, event_id: str) -> int:
    em = db.t.event_mentions
    query = sa.select(sa.func.count(sa.distinct(em.c.doc_id))).where(em.c.event_id == event_id)
    return int(conn.scalar(query) or 0)


def merge(db: Database, who: Actor, event_id: str, into: str, reason: str) -> None:
    """Merge ``event_id`` into ``into``: one real event reported as two."""
    reason = _reason(reason)
    into = into.strip()
    if into == event_id:
        raise ApiError(422, "an event cannot be merged into itself")
    at = _now()
    em = db.t.event_mentions
    with db.write() as conn:
        row = _load(conn, db, event_id)
        target = _load(conn, db, into)
        _record(
            conn,
            db,
            who,
            event_id=event_id,
            field="_merge",
            value={"into": into},
            before=_snapshot(row),
            reason=reason,
            action="merge",
            at=at,
        )
        audit(
            conn,
            who,
            action="merge_in",
            object_type="event",
            object_id=into,
            field="_merge",
            before=None,
            after={"from": event_id},
            reason=reason,
            at=at,
        )
        have = set(conn.scalars(sa.select(em.c.mention_id).where(em.c.event_id == into)))
        moving = conn.execute(sa.select(em).where(em.c.event_id == event_id)).all()
        new_links = [
            {"event_id": into, "mention_id": m.mention_id, "doc_id": m.doc_id}
            for m in moving
            if m.mention_id not in have
        ]
        conn.execute(em.delete().where(em.c.event_id == event_id))
        if new_links:
            conn.execute(em.insert(), new_links)
        data, other = _data(target), _data(row)
        alts: dict[str, list[Any]] = {
            k: list(v) for k, v in (data.get("alternatives") or {}).items()
        }
        for name, values in (other.get("alternatives") or {}).items():
            alts.setdefault(name, []).extend(values)
        reviewed = set(data.get("reviewed") or [])
        names = list(
            dict.fromkeys([*(data.get("source_names") or []), *(other.get("source_names") or [])])
        )
        merged_data = {
            **_mark_reviewed(data, ["_merge"]),
            "merged_ids": [*(data.get("merged_ids") or []), event_id],
            "alternatives": alts,
            "source_names": names,
            "previous_ids": list(
                dict.fromkeys(
                    [
                        *(data.get("previous_ids") or []),
                        event_id,
                        *(other.get("previous_ids") or []),
                    ]
                )
            ),
        }
        notes = list(target.get("notes") or []) + [
            f"merged with {event_id} by {who.name}: {reason}"
        ]
        firsts = [d for d in (target["first_published"], row["first_published"]) if d is not None]
        conn.execute(db.t.events.delete().where(db.t.events.c.id == event_id))
        conn.execute(
            db.t.events.update()
            .where(db.t.events.c.id == into)
            .values(
                data=merged_data,
                notes=notes,
                sources=max(
                    target["sources"] or 0, row["sources"] or 0, _event_doc_count(conn, db, into)
                ),
                first_published=min(firsts) if firsts else None,
                status="rejected" if target["status"] == "rejected" else "reviewed",
                **_touched(at),
                **_counts(alts, reviewed),
            )
        )


def split_id(event_id: str, mention_ids: Iterable[str]) -> str:
    """Id of the event a split creates; resolution gives the split part the same id."""
    joined = ",".join(sorted(mention_ids))
    return hashlib.sha256(f"split\x1f{event_id}\x1f{joined}".encode()).hexdigest()[:32]


def split(db: Database, who: Actor, event_id: str, mention_ids: list[str], reason: str) -> str:
    """Move some mentions of an event into a new event (two real events seen as one).

    Returns:
        The id of the new event.
    """
    reason = _reason(reason)
    chosen = sorted(set(mention_ids))
    at = _now()
    em = db.t.event_mentions
    with db.write() as conn:
        row = _load(conn, db, event_id)
        links = conn.execute(sa.select(em).where(em.c.event_id == event_id)).all()
        present = {m.mention_id for m in links}
        unknown = [m for m in chosen if m not in present]
        if unknown:
            raise ApiError(422, f"mention(s) not in this event: {', '.join(unknown)}")
        if not chosen or len(chosen) == len(present):
            raise ApiError(422, "choose some, but not all, of the event's mentions to split off")
        new_id = split_id(event_id, chosen)
        _record(
            conn,
            db,
            who,
            event_id=event_id,
            field="_split",
            value={"mention_ids": chosen},
            before={"mention_ids": sorted(present)},
            reason=reason,
            action="split",
            at=at,
        )
        audit(
            conn,
            who,
            action="split_off",
            object_type="event",
            object_id=new_id,
            field="_split",
            before=None,
            after={"from": event_id, "mention_ids": chosen},
            reason=reason,
            at=at,
        )
        data = _data(row)
        reviewed = set(data.get("reviewed") or [])
        alts = data.get("alternatives") or {}
        moved = set(chosen)

        def part(keep: bool) -> dict[str, list[Any]]:
            return {
                k: [v for v in vs if isinstance(v, dict) and (v.get("mention_id") in moved) != keep]
                for k, vs in alts.items()
            }

        stay_alts, new_alts = part(True), part(False)
        new_docs = {m.doc_id for m in links if m.mention_id in moved}
        stay_docs = {m.doc_id for m in links if m.mention_id not in moved}
        new_row = {
            **row,
            "id": new_id,
            "status": "reviewed",
            "sources": len(new_docs),
            "notes": [f"split from {event_id} by {who.name}: {reason}"],
            "data": {
                **data,
                "alternatives": new_alts,
                "previous_ids": [],
                "reviewed": ["_split"],
                "locked": {},
                "split_from": event_id,
            },
            **_touched(at),
            **_counts(new_alts, set()),
        }
        conn.execute(db.t.events.insert().values(**new_row))
        conn.execute(
            em.update()
            .where(em.c.event_id == event_id, em.c.mention_id.in_(chosen))
            .values(event_id=new_id)
        )
        conn.execute(
            db.t.events.update()
            .where(db.t.events.c.id == event_id)
            .values(
                data={**_mark_reviewed(data, ["_split"]), "alternatives": stay_alts},
                sources=len(stay_docs),
                status="rejected" if row["status"] == "rejected" else "reviewed",
                **_touched(at),
                notes=list(row.get("notes") or [])
                + [f"split into {new_id} by {who.name}: {reason}"],
                **_counts(stay_alts, reviewed),
            )
        )
    return new_id
