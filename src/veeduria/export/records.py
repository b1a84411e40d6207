"""Events read from the store page by page, with their documents and reviews.

:func:`iter_events` streams the events table through one cursor (``yield_per``: a server-side
cursor on PostgreSQL, stepped rows on SQLite) and, for each page, fetches the documents and
reviews of that page's events only. Memory stays constant whatever the number of events.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa

from veeduria.errors import StorageError
from veeduria.export._tables import (
    documents,
    event_mentions,
    event_reviews,
    events,
    json_value,
)
from veeduria.export.filters import EventFilters

logger = logging.getLogger(__name__)

#: Events read per round trip; each page costs two more queries (documents, reviews).
PAGE_SIZE = 500
#: What can be exported from: a Store, an Engine or an open Connection.
Source = Any


@dataclass(frozen=True)
class SourceDocument:
    """A document that reported the event."""

    id: str
    url: str | None
    source: str | None  # the outlet: source_name, or the URL's host
    title: str | None
    published: dt.date | None
    language: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
        }


@dataclass(frozen=True)
class ReviewSummary:
    """What people changed on the event (``event_reviews``)."""

    count: int = 0
    fields: tuple[str, ...] = ()
    users: tuple[str, ...] = ()
    last_at: dt.datetime | None = None


@dataclass(frozen=True)
class EventRecord:
    """One event as exports see it: its row, its documents, mentions and reviews."""

    event: Mapping[str, Any]
    documents: tuple[SourceDocument, ...] = ()
    mention_ids: tuple[str, ...] = ()
    reviews: ReviewSummary = field(default_factory=ReviewSummary)

    @property
    def data(self) -> Mapping[str, Any]:
        value = self.event.get("data")
        return value if isinstance(value, Mapping) else {}

    @property
    def notes(self) -> list[str]:
        value = self.event.get("notes")
        return [str(n) for n in value] if isinstance(value, list) else []

    @property
    def alternatives(self) -> Mapping[str, list[Mapping[str, Any]]]:
        value = self.data.get("alternatives")
        if not isinstance(value, Mapping):
            return {}
        return {k: [a for a in v if isinstance(a, Mapping)] for k, v in value.items() if v}

    @property
    def source_names(self) -> list[str]:
        """Outlets that reported the event: resolution's list, else the documents' outlets."""
        names = self.data.get("source_names")
        if isinstance(names, list) and names:
            return [str(n) for n in names]
        return sorted({d.source for d in self.documents if d.source})

    @property
    def doc_ids(self) -> list[str]:
        return [d.id for d in self.documents]


def outlet(source_name: str | None, url: str | None) -> str | None:
    """The outlet of a document: its source name, else the host of its URL."""
    if source_name:
        return source_name
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def _connect(source: Source) -> AbstractContextManager[sa.Connection]:
    if isinstance(source, sa.Connection):
        return nullcontext(source)
    engine = getattr(source, "engine", source)
    if not isinstance(engine, sa.Engine):
        raise TypeError(f"cannot export from {type(source).__name__}: give a Store or Engine")
    return engine.connect()


def _chunks(ids: Sequence[str], size: int = PAGE_SIZE) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _documents(
    conn: sa.Connection, ids: Sequence[str]
) -> dict[str, tuple[list[SourceDocument], list[str]]]:
    found: dict[str, tuple[list[SourceDocument], list[str]]] = defaultdict(lambda: ([], []))
    seen: set[tuple[str, str]] = set()
    query = (
        sa.select(
            event_mentions.c.event_id,
            event_mentions.c.mention_id,
            event_mentions.c.doc_id,
            documents.c.url,
            documents.c.source_name,
            documents.c.title,
            documents.c.published,
            documents.c.language,
        )
        .select_from(event_mentions.outerjoin(documents, documents.c.id == event_mentions.c.doc_id))
        .where(event_mentions.c.event_id.in_(list(ids)))
        .order_by(event_mentions.c.event_id, event_mentions.c.doc_id, event_mentions.c.mention_id)
    )
    for row in conn.execute(query):
        docs, mentions = found[row.event_id]
        mentions.append(row.mention_id)
        if (row.event_id, row.doc_id) in seen:
            continue
        seen.add((row.event_id, row.doc_id))
        docs.append(
            SourceDocument(
                id=row.doc_id,
                url=row.url,
                source=outlet(row.source_name, row.url),
                title=row.title,
                published=row.published,
                language=row.language,
            )
        )
    return found


def _reviews(conn: sa.Connection, ids: Sequence[str]) -> dict[str, ReviewSummary]:
    rows: dict[str, list[Any]] = defaultdict(list)
    query = (
        sa.select(
            event_reviews.c.event_id,
            event_reviews.c.field,
            event_reviews.c.user,
            event_reviews.c.created_at,
        )
        .where(event_reviews.c.event_id.in_(list(ids)))
        .order_by(event_reviews.c.id)
    )
    for row in conn.execute(query):
        rows[row.event_id].append(row)
    out = {}
    for event_id, group in rows.items():
        stamps = [r.created_at for r in group if r.created_at is not None]
        out[event_id] = ReviewSummary(
            count=len(group),
            fields=tuple(sorted({r.field for r in group})),
            users=tuple(sorted({r.user for r in group if r.user})),
            last_at=_utc(max(stamps)) if stamps else None,
        )
    return out


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _event_row(row: sa.Row[Any]) -> dict[str, Any]:
    event = dict(row._mapping)
    event["notes"] = json_value(event.get("notes")) or []
    event["data"] = json_value(event.get("data")) or {}
    event["updated_at"] = _utc(event.get("updated_at"))
    return event


def iter_events(
    source: Source, filters: EventFilters | None = None, *, page_size: int | None = None
) -> Iterator[EventRecord]:
    """Every event matching ``filters``, ordered by date (undated last) and id.

    Args:
        source: A ``Store``, an SQLAlchemy ``Engine``, or an open ``Connection``.
        filters: Which events; the default exports occurred, non-rejected events.
        page_size: Events per page (rows held in memory at once; default
            :data:`PAGE_SIZE`).

    Raises:
        StorageError: the database has no events table yet (resolution never ran).
    """
    filters = filters or EventFilters()
    page_size = page_size or PAGE_SIZE
    with _connect(source) as conn:
        inspector = sa.inspect(conn)
        if not inspector.has_table("events"):
            raise StorageError(
                "the database has no events yet: ingest documents first "
                "(resolution runs at the end of 'veeduria ingest')",
                code="E330",
            )
        has_reviews = inspector.has_table("event_reviews")
        query = (
            sa.select(events)
            .where(*filters.conditions(conn))
            .order_by(events.c.date.is_(None), events.c.date, events.c.id)
        )
        result = conn.execution_options(yield_per=page_size).execute(query)
        try:
            for page in result.partitions():
                ids = [row.id for row in page]
                docs: dict[str, tuple[list[SourceDocument], list[str]]] = {}
                reviews: dict[str, ReviewSummary] = {}
                for chunk in _chunks(ids):
                    docs.update(_documents(conn, chunk))
                    if has_reviews:
                        reviews.update(_reviews(conn, chunk))
                for row in page:
                    event_docs, mention_ids = docs.get(row.id, ([], []))
                    yield EventRecord(
                        event=_event_row(row),
                        documents=tuple(event_docs),
                        mention_ids=tuple(mention_ids),
                        reviews=reviews.get(row.id, ReviewSummary()),
                    )
        finally:
            result.close()
