"""One document with everything extracted from it, and the quarantine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from veeduria.store.events import source_of
from veeduria.store.schema import claims, doc_warnings, documents, mentions, quarantine, tallies
from veeduria.web.db import Database
from veeduria.web.highlight import Span, mention_spans
from veeduria.web.queries import row_dict


@dataclass
class DocumentView:
    doc: dict[str, Any]
    mentions: list[dict[str, Any]]  # each with "event_id" (None when not in an event)
    tallies: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    warnings: list[dict[str, Any]]

    @property
    def outlet(self) -> str | None:
        """The source name, else the host of the URL."""
        return source_of(self.doc.get("source_name"), self.doc.get("url"))

    def spans(self) -> list[Span]:
        out: list[Span] = []
        for m in self.mentions:
            out.extend(mention_spans(m["data"]))
        out.extend(Span(t["span_start"], t["span_end"], "tally") for t in self.tallies)
        out.extend(Span(c["span_start"], c["span_end"], "claim") for c in self.claims)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.doc,
            "mentions": [
                {**m["data"], "id": m["id"], "event_id": m["event_id"]} for m in self.mentions
            ],
            "tallies": [{**t["data"], "id": t["id"]} for t in self.tallies],
            "claims": [{**c["data"], "id": c["id"]} for c in self.claims],
            "warnings": self.warnings,
        }


def document_view(db: Database, doc_id: str) -> DocumentView | None:
    em = db.t.event_mentions
    with db.read() as conn:
        row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).first()
        if row is None:
            return None
        doc = row_dict(row)
        mention_rows = conn.execute(
            sa.select(mentions.c.id, mentions.c.ordinal, mentions.c.data, em.c.event_id)
            .outerjoin(em, em.c.mention_id == mentions.c.id)
            .where(mentions.c.doc_id == doc_id)
            .order_by(mentions.c.ordinal)
        ).all()
        tally_rows = [
            row_dict(r)
            for r in conn.execute(
                sa.select(tallies).where(tallies.c.doc_id == doc_id).order_by(tallies.c.ordinal)
            )
        ]
        claim_rows = [
            row_dict(r)
            for r in conn.execute(
                sa.select(claims).where(claims.c.doc_id == doc_id).order_by(claims.c.ordinal)
            )
        ]
        warnings = [
            {"code": r.code, "message": r.message, "span": [r.span_start, r.span_end]}
            for r in conn.execute(
                sa.select(doc_warnings)
                .where(doc_warnings.c.doc_id == doc_id)
                .order_by(doc_warnings.c.ordinal)
            )
        ]
    found = [
        {"id": m.id, "ordinal": m.ordinal, "data": dict(m.data), "event_id": m.event_id}
        for m in mention_rows
    ]
    return DocumentView(doc, found, tally_rows, claim_rows, warnings)


def quarantine_entries(db: Database, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    query = sa.select(quarantine).order_by(quarantine.c.last_seen.desc(), quarantine.c.id)
    if not include_resolved:
        query = query.where(quarantine.c.resolved_at.is_(None))
    with db.read() as conn:
        return [row_dict(r) for r in conn.execute(query)]
