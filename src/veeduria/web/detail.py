"""One event with its mentions, source documents, figures per source and review history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from veeduria.errors import VeeduriaError
from veeduria.store.accounts import audit_log
from veeduria.store.events import source_of
from veeduria.store.schema import documents, mentions
from veeduria.web.db import Database
from veeduria.web.highlight import Span, mention_spans
from veeduria.web.queries import jsonable, row_dict

#: fields compared side by side on the event page, in this order: figures, date and place
#: first (always shown), then how the sources coded it (folded away)
PRIMARY = ("killed", "injured", "detained", "participants", "date", "location")
SECONDARY = ("event_type", "sub_event_type", "actor1", "actor2")
COMPARED = PRIMARY + SECONDARY


@dataclass
class SourceDoc:
    id: str
    title: str | None
    url: str | None
    source_name: str | None
    published: dt.date | None
    language: str
    text: str
    mention_ids: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    @property
    def outlet(self) -> str | None:
        """The source name, else the host of the URL."""
        return source_of(self.source_name, self.url)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        out = {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "source_name": self.source_name,
            "published": jsonable(self.published),
            "language": self.language,
            "mention_ids": self.mention_ids,
        }
        if include_text:
            out["text"] = self.text
        return out


@dataclass(frozen=True)
class Cell:
    """What one document says about one field: every value it gives, with the words."""

    values: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class ComparedField:
    name: str
    cells: tuple[Cell, ...]  # one per document, in the order of ``EventDetail.docs``
    conflict: bool


@dataclass
class EventDetail:
    event: dict[str, Any]
    mentions: list[dict[str, Any]]
    docs: list[SourceDoc]
    reviews: list[dict[str, Any]]
    audit: list[dict[str, Any]]

    @property
    def alternatives(self) -> dict[str, list[dict[str, Any]]]:
        data = self.event.get("data") or {}
        alts = data.get("alternatives") if isinstance(data, dict) else None
        return alts if isinstance(alts, dict) else {}

    @property
    def reviewed_fields(self) -> set[str]:
        data = self.event.get("data") or {}
        reviewed = set(data.get("reviewed") or []) if isinstance(data, dict) else set()
        return reviewed | {r["field"] for r in self.reviews if not str(r["field"]).startswith("_")}

    def compared(self, names: tuple[str, ...] = COMPARED) -> list[ComparedField]:
        """Each source's figures side by side; ``conflict`` when the sources disagree."""
        alts = self.alternatives
        out = []
        for name in names:
            values = [v for v in alts.get(name, []) if isinstance(v, dict)]
            if not values:
                continue
            cells = tuple(
                Cell(_unique(v for v in values if v.get("doc_id") == doc.id)) for doc in self.docs
            )
            distinct = {_plain(v.get("value")) for v in values}
            out.append(ComparedField(name, cells, len(distinct) > 1))
        return out

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        return {
            "event": self.event,
            "mentions": self.mentions,
            "documents": [d.to_dict(include_text=include_text) for d in self.docs],
            "reviews": self.reviews,
        }


def _unique(values: Any) -> tuple[dict[str, Any], ...]:
    """One entry per (value, words, attribution): a document repeating itself shows once."""
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    for v in values:
        key = (_plain(v.get("value")), str(v.get("text") or ""), str(v.get("attribution") or ""))
        seen.setdefault(key, v)
    return tuple(seen.values())


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("value", value))
    return str(value)


def get_event_row(conn: sa.Connection, db: Database, event_id: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(db.t.events).where(db.t.events.c.id == event_id)).first()
    return row_dict(row) if row else None


def merged_into(db: Database, event_id: str) -> str | None:
    """The event this one was merged into by a reviewer, if any (following chains)."""
    r = db.t.event_reviews
    seen = {event_id}
    target = None
    with db.read() as conn:
        current = event_id
        while True:
            value = conn.scalar(
                sa.select(r.c.value)
                .where(r.c.event_id == current, r.c.field == "_merge")
                .order_by(r.c.id.desc())
                .limit(1)
            )
            into = value.get("into") if isinstance(value, dict) else None
            if not isinstance(into, str) or into in seen:
                return target
            exists = conn.scalar(sa.select(sa.func.count()).where(db.t.events.c.id == into))
            target, current = into, into
            seen.add(into)
            if exists:
                return target


def current_id(db: Database, ref: str) -> str | None:
    """Where an id that is not (or no longer) an event leads: the event it was merged into
    by a reviewer, the event that took it over in a resolution (``previous_ids``), or the
    one event whose id starts with it. None when nothing matches."""
    target = merged_into(db, ref)
    if target is not None:
        return target
    try:
        found = db.store.events.find(ref).id
    except VeeduriaError:
        return None
    return found if found != ref else None


def event_detail(db: Database, event_id: str, *, with_audit: bool = True) -> EventDetail | None:
    em, r = db.t.event_mentions, db.t.event_reviews
    with db.read() as conn:
        event = get_event_row(conn, db, event_id)
        if event is None:
            return None
        mention_rows = conn.execute(
            sa.select(mentions.c.id, mentions.c.doc_id, mentions.c.ordinal, mentions.c.data)
            .join(em, em.c.mention_id == mentions.c.id)
            .where(em.c.event_id == event_id)
            .order_by(mentions.c.doc_id, mentions.c.ordinal)
        ).all()
        doc_ids = sorted({m.doc_id for m in mention_rows})
        doc_rows = conn.execute(
            sa.select(
                documents.c.id,
                documents.c.title,
                documents.c.url,
                documents.c.source_name,
                documents.c.published,
                documents.c.language,
                documents.c.text,
            ).where(documents.c.id.in_(doc_ids))
        ).all()
        reviews = [
            row_dict(x)
            for x in conn.execute(
                sa.select(r).where(r.c.event_id == event_id).order_by(r.c.created_at, r.c.id)
            )
        ]
        audit = (
            [
                row_dict(x)
                for x in conn.execute(
                    sa.select(audit_log)
                    .where(audit_log.c.object_type == "event", audit_log.c.object_id == event_id)
                    .order_by(audit_log.c.at, audit_log.c.id)
                )
            ]
            if with_audit
            else []
        )
    docs = {
        d.id: SourceDoc(d.id, d.title, d.url, d.source_name, d.published, d.language, d.text)
        for d in doc_rows
    }
    mention_dicts = []
    for m in mention_rows:
        data = dict(m.data) if isinstance(m.data, dict) else {}
        mention_dicts.append({"id": m.id, "doc_id": m.doc_id, "ordinal": m.ordinal, **data})
        doc = docs.get(m.doc_id)
        if doc is not None:
            doc.mention_ids.append(m.id)
            doc.spans.extend(mention_spans(data))
    ordered = sorted(
        docs.values(), key=lambda d: (d.published is None, d.published or dt.date.min, d.id)
    )
    return EventDetail(event, mention_dicts, ordered, reviews, audit)
