"""The events repository: what resolution reads and writes, and what readers query.

- ``previous_state`` is what the last resolution stored (the event of each mention);
  the state incremental runs keep is read by ``_resolution_state``.
- ``write_rows`` writes a resolution's rows on the caller's transaction (``replace`` in a
  transaction of its own): rows whose content changed are deleted and written again,
  unchanged rows (same ``content_hash``) keep their ``updated_at``; an exception half-way
  leaves the events as they were. ``totals_on`` gives what a resolution report shows.
- ``search`` / ``count`` filter and page events; ``find`` gets one by id, former id or
  prefix; ``mentions_of`` gives its mentions with their documents and sentences.
- ``reviews`` / ``add_review``: the ``event_reviews`` audit trail.

The table contract is docs/events-schema.md. Get the repository as ``Store.events``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import sqlalchemy as sa

from veeduria.errors import NotFound
from veeduria.extract.serialize import tally_from_dict
from veeduria.models import Tally
from veeduria.resolve import ResolvedEvent
from veeduria.resolve.compat import norm
from veeduria.store import _rows
from veeduria.store._bulk import insert_many
from veeduria.store._event_rows import content_hash, jsonable, row_to_light_event
from veeduria.store.schema import (
    documents,
    event_mentions,
    event_reviews,
    events,
    mentions,
    tallies,
)

if TYPE_CHECKING:
    from veeduria.store.repository import Store

logger = logging.getLogger(__name__)

#: Rows per INSERT or ``IN (...)`` list.
CHUNK = 500
#: Key for ``pg_advisory_xact_lock``: one resolution writes at a time per database.
_PG_LOCK_KEY = 0x76656565  # "veee"
#: Statuses an event can have.
STATUSES = ("machine", "reviewed", "rejected")


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def source_of(source_name: str | None, url: str | None) -> str | None:
    """The outlet of a document: its source name, else the host of its URL (no ``www.``)."""
    if source_name:
        return source_name
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


# -- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredEvent:
    """One row of ``events`` (docs/events-schema.md), ``notes`` and ``data`` decoded."""

    id: str
    family: str
    event_type: str
    sub_event_type: str
    mode: str | None
    factuality: str
    date: dt.date | None
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: str | None
    location_name: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    country: str | None
    iso: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    actor1: str | None
    actor2: str | None
    actor1_inter: int | None
    actor2_inter: int | None
    killed: int | None
    killed_low: int | None
    killed_high: int | None
    injured: int | None
    injured_low: int | None
    injured_high: int | None
    detained: int | None
    detained_low: int | None
    detained_high: int | None
    participants: int | None
    sources: int
    confidence: float
    status: str
    notes: tuple[str, ...]
    data: Mapping[str, Any]
    first_published: dt.date | None
    updated_at: dt.datetime
    content_hash: str

    @classmethod
    def from_row(cls, row: Mapping[Any, Any]) -> StoredEvent:
        values = {f.name: row[f.name] for f in fields(cls)}
        values["notes"] = tuple(row["notes"] or ())
        values["data"] = dict(row["data"] or {})
        values["updated_at"] = _rows.utc(row["updated_at"])
        return cls(**values)

    @property
    def previous_ids(self) -> tuple[str, ...]:
        return tuple(self.data.get("previous_ids") or ())

    @property
    def source_names(self) -> tuple[str, ...]:
        return tuple(self.data.get("source_names") or ())

    @property
    def reviewed(self) -> tuple[str, ...]:
        return tuple(self.data.get("reviewed") or ())

    def to_dict(self, *, with_data: bool = False) -> dict[str, Any]:
        """JSON-ready columns; ``data`` only when asked (it holds every alternative)."""
        out = {
            f.name: jsonable(getattr(self, f.name))
            for f in fields(self)
            if f.name not in {"data", "content_hash"}
        }
        out["updated_at"] = self.updated_at.isoformat()
        out["source_names"] = list(self.source_names)
        out["reviewed"] = list(self.reviewed)
        out["previous_ids"] = list(self.previous_ids)
        out["mentions"] = self.data.get("mentions")
        if with_data:
            out["data"] = dict(self.data)
        return out


@dataclass(frozen=True)
class Review:
    """One row of ``event_reviews``: a change a person made."""

    id: int
    event_id: str
    field: str
    value: Any
    before: Any
    reason: str | None
    user: str | None
    created_at: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_id": self.event_id,
            "field": self.field,
            "value": self.value,
            "before": self.before,
            "reason": self.reason,
            "user": self.user,
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True)
class PreviousState:
    """What the last resolution stored: the event of each mention, and former ids."""

    event_of: dict[str, str]
    previous_ids: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class ReplaceResult:
    written: int  # events inserted or rewritten
    deleted: int  # events removed (no longer produced, or rewritten)
    unchanged: int


@dataclass(frozen=True)
class EventQuery:
    """Filters and paging over events; every given filter must hold.

    ``type``, ``admin1`` and ``actor`` ignore case and accents: ``type`` is a substring of
    the event type or sub-event type, ``admin1`` the department's name, ``actor`` a
    substring of actor1 or actor2. ``families`` None means every family (default: events
    that occurred); rejected events are left out unless ``include_rejected``.
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    type: str | None = None
    admin1: str | None = None
    actor: str | None = None
    min_killed: int | None = None
    factuality: tuple[str, ...] = ()
    families: tuple[str, ...] | None = ("occurred",)
    statuses: tuple[str, ...] = ()
    include_rejected: bool = False
    ids: tuple[str, ...] = ()
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class EventDocument:
    id: str
    title: str | None
    url: str | None
    source: str | None
    published: dt.date | None
    origin: str | None
    language: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": jsonable(self.published),
            "origin": self.origin,
            "language": self.language,
        }


@dataclass(frozen=True)
class EventMention:
    """A mention of an event, as the extractor stored it, with its sentence and document."""

    id: str
    doc_id: str
    ordinal: int
    data: Mapping[str, Any]
    sentence: str
    document: EventDocument
    extractor_version: str
    lexicon_versions: Mapping[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "ordinal": self.ordinal,
            "sentence": self.sentence,
            "extractor_version": self.extractor_version,
            "lexicon_versions": dict(self.lexicon_versions),
            "mention": dict(self.data),
        }


# -- the repository --------------------------------------------------------------------------


class EventRepository:
    """Reads and writes ``events``, ``event_mentions`` and ``event_reviews`` of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def engine(self) -> sa.Engine:
        return self.store.engine

    # -- what resolution reads -----------------------------------------------------------

    def _review_marker(self, conn: sa.Connection) -> tuple[int, int]:
        row = conn.execute(sa.select(sa.func.count(), sa.func.max(event_reviews.c.id))).one()
        return int(row[0] or 0), int(row[1] or 0)

    def fingerprint(self, conn: sa.Connection) -> str:
        ids = list(conn.scalars(sa.select(mentions.c.id).order_by(mentions.c.id)))
        return _fingerprint(ids, self._review_marker(conn))

    def unresolved(self) -> int:
        """Mentions of current documents that are in no event (a resolution is due)."""
        newer = documents.alias("newer")
        query = (
            sa.select(sa.func.count())
            .select_from(mentions)
            .join(documents, documents.c.id == mentions.c.doc_id)
            .where(~sa.exists().where(newer.c.previous_id == documents.c.id))
            .where(~sa.exists().where(event_mentions.c.mention_id == mentions.c.id))
        )
        with self.engine.connect() as conn:
            return int(conn.scalar(query) or 0)

    def previous_state(self, conn: sa.Connection | None = None) -> PreviousState:
        """The event of every mention, and the former ids of every event, as stored."""
        if conn is None:
            with self.engine.connect() as own:
                return self.previous_state(own)
        event_of = {
            r.mention_id: r.event_id
            for r in conn.execute(sa.select(event_mentions.c.mention_id, event_mentions.c.event_id))
        }
        previous = {
            r.id: tuple(r.previous or ())
            for r in conn.execute(
                sa.select(events.c.id, events.c.data["previous_ids"].label("previous"))
            )
        }
        return PreviousState(event_of=event_of, previous_ids=previous)

    def tally_inputs(self) -> list[tuple[str, str | None, Tally]]:
        """Every stored tally of a current document, as ``(doc_id, outlet, tally)``."""
        newer = documents.alias("newer")
        query = (
            sa.select(tallies.c.doc_id, tallies.c.data, documents.c.source_name, documents.c.url)
            .join(documents, documents.c.id == tallies.c.doc_id)
            .where(~sa.exists().where(newer.c.previous_id == documents.c.id))
            .order_by(tallies.c.doc_id, tallies.c.ordinal)
        )
        with self.engine.connect() as conn:
            return [
                (r.doc_id, source_of(r.source_name, r.url), tally_from_dict(dict(r.data)))
                for r in conn.execute(query)
            ]

    # -- writing a resolution ------------------------------------------------------------

    def replace(
        self,
        resolved: Sequence[tuple[dict[str, Any], Sequence[tuple[str, str]]]],
        *,
        expect: str | None = None,
        when: dt.datetime | None = None,
    ) -> ReplaceResult | None:
        """Make the events tables hold exactly ``resolved``, in one transaction.

        Args:
            resolved: ``(row, links)`` per event: the row without ``updated_at`` and
                ``content_hash``, and its ``(mention_id, doc_id)`` pairs.
            expect: The fingerprint of the inputs the rows were computed from; when the
                mentions or reviews changed meanwhile nothing is written and None returned.
            when: ``updated_at`` of the rows that changed (default: now).
        """
        with self.store.transaction() as conn:
            lock_resolution(conn)
            if expect is not None and self.fingerprint(conn) != expect:
                return None
            return self.write_rows(conn, resolved, when=when)

    def write_rows(
        self,
        conn: sa.Connection,
        resolved: Iterable[tuple[dict[str, Any], Sequence[tuple[str, str]]]],
        *,
        scope: Iterable[str] | None = None,
        when: dt.datetime | None = None,
    ) -> ReplaceResult:
        """Write event rows on ``conn`` (inside the caller's transaction).

        Rows whose ``content_hash`` did not change are left alone (``updated_at`` kept);
        the others are deleted and inserted again.

        Args:
            conn: A connection inside a write transaction.
            resolved: ``(row, links)`` per event, as for ``replace``.
            scope: The stored events the rows replace (an incremental resolution). Those not
                among the rows are deleted, and so is any event left without mentions;
                other events stay. None: the rows are every event (a full resolution).
            when: ``updated_at`` of the rows that changed (default: now).
        """
        when = when or dt.datetime.now(dt.UTC)
        em = event_mentions.c
        linked = sa.select(em.event_id, sa.func.count().label("n")).group_by(em.event_id)
        old: dict[str, str] = {}
        links_of: dict[str, int] = {}
        if scope is None:
            query = sa.select(events.c.id, events.c.content_hash)
            old = {r.id: r.content_hash for r in conn.execute(query)}
            links_of = {r.event_id: r.n for r in conn.execute(linked)}
        else:
            items = list(resolved)
            resolved = items
            wanted = sorted(set(scope) | {row["id"] for row, _ in items})
            for part in _chunks(wanted):
                query = sa.select(events.c.id, events.c.content_hash).where(events.c.id.in_(part))
                old.update((r.id, r.content_hash) for r in conn.execute(query))
                links_of.update(
                    (r.event_id, r.n) for r in conn.execute(linked.where(em.event_id.in_(part)))
                )
        rows: list[dict[str, Any]] = []
        links: list[dict[str, str]] = []
        keep: set[str] = set()
        written = deleted = 0

        def flush() -> None:
            nonlocal written, deleted
            again = [r["id"] for r in rows if r["id"] in old]
            if again:  # a changed row is deleted, then inserted again
                conn.execute(event_mentions.delete().where(em.event_id.in_(again)))
                conn.execute(events.delete().where(events.c.id.in_(again)))
                for event_id in again:
                    del old[event_id]
                deleted += len(again)
            _insert(conn, events, rows)
            _insert(conn, event_mentions, links)
            written += len(rows)
            rows.clear()
            links.clear()

        for row, event_links in resolved:
            # rows made elsewhere (Dask workers) come with their hash, made the same way
            digest = row.get("content_hash") or content_hash(row, event_links)
            # unchanged, and its links intact (re-extraction deletes them with the mentions)
            if old.get(row["id"]) == digest and links_of.get(row["id"]) == len(event_links):
                keep.add(row["id"])
                continue
            rows.append({**row, "content_hash": digest, "updated_at": when})
            links.extend(
                {"event_id": row["id"], "mention_id": m, "doc_id": d} for m, d in event_links
            )
            if len(rows) >= CHUNK:
                flush()
        flush()
        stale = sorted(set(old) - keep)
        for part in _chunks(stale):
            conn.execute(event_mentions.delete().where(em.event_id.in_(part)))
            conn.execute(events.delete().where(events.c.id.in_(part)))
        deleted += len(stale)
        if scope is not None:
            deleted += _delete_orphans(conn)
        total = int(conn.scalar(sa.select(sa.func.count()).select_from(events)) or 0)
        return ReplaceResult(written=written, deleted=deleted, unchanged=total - written)

    def totals_on(self, conn: sa.Connection) -> dict[str, int]:
        """What a resolution report shows, read on ``conn``: events by status and family,
        mentions in events, mentions sharing their event, documents."""
        e, em = events.c, event_mentions.c
        by_status = {
            r.status: int(r.n)
            for r in conn.execute(
                sa.select(e.status, sa.func.count().label("n")).group_by(e.status)
            )
        }
        occurred = conn.scalar(
            sa.select(sa.func.count())
            .select_from(events)
            .where(e.family == "occurred", e.status != "rejected")
        )
        shared = sa.select(em.event_id).group_by(em.event_id).having(sa.func.count() > 1).subquery()
        merged = conn.scalar(
            sa.select(sa.func.count())
            .select_from(event_mentions)
            .where(em.event_id.in_(sa.select(shared.c.event_id)))
        )
        return {
            "events": sum(by_status.values()),
            "occurred": int(occurred or 0),
            "reviewed": by_status.get("reviewed", 0),
            "rejected": by_status.get("rejected", 0),
            "mentions": int(
                conn.scalar(sa.select(sa.func.count()).select_from(event_mentions)) or 0
            ),
            "merged_mentions": int(merged or 0),
            "documents": int(conn.scalar(sa.select(sa.func.count(sa.distinct(em.doc_id)))) or 0),
        }

    # -- reading events ------------------------------------------------------------------

    def _distinct(self, conn: sa.Connection, *columns: sa.ColumnElement[Any]) -> set[str]:
        values: set[str] = set()
        for column in columns:
            values.update(v for v in conn.scalars(sa.select(column).distinct()) if v)
        return values

    def _conditions(self, conn: sa.Connection, q: EventQuery) -> list[sa.ColumnElement[bool]]:
        c = events.c
        out: list[sa.ColumnElement[bool]] = []
        if q.families is not None:
            out.append(c.family.in_(list(q.families)))
        if q.statuses:
            out.append(c.status.in_(list(q.statuses)))
        elif not q.include_rejected:
            out.append(c.status != "rejected")
        if q.factuality:
            out.append(c.factuality.in_(list(q.factuality)))
        if q.date_from is not None:
            out.append(c.date >= q.date_from)
        if q.date_to is not None:
            out.append(c.date <= q.date_to)
        if q.min_killed is not None:
            out.append(c.killed >= q.min_killed)
        if q.ids:
            out.append(c.id.in_(list(q.ids)))
        # Case and accents are folded in Python over the distinct values (SQLite's lower()
        # folds ASCII only), then matched exactly in SQL, so paging stays in the database.
        if q.type:
            want = norm(q.type) or ""
            hits = [
                v
                for v in self._distinct(conn, c.event_type, c.sub_event_type)
                if want in (norm(v) or "")
            ]
            out.append(sa.or_(c.event_type.in_(hits), c.sub_event_type.in_(hits)))
        if q.admin1:
            place = norm(q.admin1)
            out.append(
                c.admin1.in_([v for v in self._distinct(conn, c.admin1) if norm(v) == place])
            )
        if q.actor:
            want = norm(q.actor) or ""
            hits = [v for v in self._distinct(conn, c.actor1, c.actor2) if want in (norm(v) or "")]
            out.append(sa.or_(c.actor1.in_(hits), c.actor2.in_(hits)))
        return out

    def search(self, query: EventQuery | None = None) -> list[StoredEvent]:
        """Events matching ``query``, by date (undated last), then id."""
        q = query or EventQuery()
        with self.engine.connect() as conn:
            select = (
                sa.select(events)
                .where(*self._conditions(conn, q))
                .order_by(events.c.date.is_(None), events.c.date, events.c.id)
                .offset(max(0, q.offset))
            )
            if q.limit is not None:
                select = select.limit(max(0, q.limit))
            return [StoredEvent.from_row(r._mapping) for r in conn.execute(select)]

    def count(self, query: EventQuery | None = None) -> int:
        q = query or EventQuery()
        with self.engine.connect() as conn:
            select = (
                sa.select(sa.func.count()).select_from(events).where(*self._conditions(conn, q))
            )
            return int(conn.scalar(select) or 0)

    def totals(self) -> dict[str, int]:
        """Events stored, and those that occurred and are not rejected."""
        with self.engine.connect() as conn:
            total = conn.scalar(sa.select(sa.func.count()).select_from(events))
            occurred = conn.scalar(
                sa.select(sa.func.count())
                .select_from(events)
                .where(events.c.family == "occurred", events.c.status != "rejected")
            )
        return {"events": int(total or 0), "occurred": int(occurred or 0)}

    def get(self, event_id: str) -> StoredEvent | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(events).where(events.c.id == event_id)).first()
        return StoredEvent.from_row(row._mapping) if row else None

    def find(self, ref: str) -> StoredEvent:
        """The event with id ``ref``, or that had it (``previous_ids``), or a unique id prefix.

        Raises:
            NotFound: no event, or a prefix shared by several.
        """
        ref = ref.strip().lower()
        found = self.get(ref) if ref else None
        if found is not None:
            return found
        with self.engine.connect() as conn:
            former = sorted(
                r.id
                for r in conn.execute(
                    sa.select(events.c.id, events.c.data["previous_ids"].label("previous"))
                )
                if ref in (r.previous or ())
            )
            prefixed: list[str] = []
            if len(ref) >= 4:
                pattern = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                prefixed = list(
                    conn.scalars(
                        sa.select(events.c.id)
                        .where(events.c.id.like(f"{pattern}%", escape="\\"))
                        .order_by(events.c.id)
                        .limit(6)
                    )
                )
        candidates = former or prefixed
        if len(candidates) == 1:
            event = self.get(candidates[0])
            if event is not None:
                return event
        if len(candidates) > 1:
            shown = ", ".join(c[:12] for c in candidates[:5])
            raise NotFound(f"event id {ref!r} is ambiguous: it matches {shown}; give more of it")
        raise NotFound(
            f"no event {ref!r}: give a full event id, an id it had before, or a prefix of at "
            "least 4 characters ('veeduria events' lists them)"
        )

    def mentions_of(self, event_id: str) -> list[EventMention]:
        """The event's mentions, by document and position, with sentence and document."""
        query = (
            sa.select(
                mentions.c.id,
                mentions.c.doc_id,
                mentions.c.ordinal,
                mentions.c.data,
                mentions.c.extractor_version,
                mentions.c.lexicon_versions,
                documents.c.title,
                documents.c.url,
                documents.c.source_name,
                documents.c.published,
                documents.c.origin,
                documents.c.language,
                documents.c.text,
            )
            .join(event_mentions, event_mentions.c.mention_id == mentions.c.id)
            .join(documents, documents.c.id == mentions.c.doc_id)
            .where(event_mentions.c.event_id == event_id)
            .order_by(documents.c.published, mentions.c.doc_id, mentions.c.ordinal)
        )
        out = []
        with self.engine.connect() as conn:
            for r in conn.execute(query):
                data = dict(r.data)
                start, end = (data.get("sentence") or {}).get("span") or (0, 0)
                out.append(
                    EventMention(
                        id=r.id,
                        doc_id=r.doc_id,
                        ordinal=r.ordinal,
                        data=data,
                        sentence=" ".join(r.text[start:end].split()),
                        document=EventDocument(
                            id=r.doc_id,
                            title=r.title,
                            url=r.url,
                            source=source_of(r.source_name, r.url),
                            published=r.published,
                            origin=r.origin,
                            language=r.language,
                        ),
                        extractor_version=r.extractor_version,
                        lexicon_versions=dict(r.lexicon_versions or {}),
                    )
                )
        return out

    def light_events(self) -> list[ResolvedEvent]:
        """Every event that is not rejected, with its canonical values only (for tallies)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(events).where(events.c.status != "rejected").order_by(events.c.id)
            )
            return [row_to_light_event(r._mapping) for r in rows]

    # -- reviews -------------------------------------------------------------------------

    def reviews(
        self, event_ids: Sequence[str] | None = None, *, conn: sa.Connection | None = None
    ) -> list[Review]:
        """Reviews in the order they were made (of these events only, when given)."""
        if conn is None:
            with self.engine.connect() as own:
                return self.reviews(event_ids, conn=own)
        query = sa.select(event_reviews).order_by(event_reviews.c.id)
        if event_ids is not None:
            query = query.where(event_reviews.c.event_id.in_(list(event_ids)))
        return [
            Review(
                id=r.id,
                event_id=r.event_id,
                field=r.field,
                value=r.value,
                before=r.before,
                reason=r.reason,
                user=r.user,
                created_at=_rows.utc(r.created_at) or r.created_at,
            )
            for r in conn.execute(query)
        ]

    def add_review(
        self,
        event_id: str,
        field: str,
        value: Any,
        *,
        before: Any = None,
        reason: str | None = None,
        user: str | None = None,
        when: dt.datetime | None = None,
        conn: sa.Connection | None = None,
    ) -> int:
        """Record one review row (values are stored as JSON); returns its id.

        Nothing is checked here: ``veeduria.events.add_review`` validates the field and
        value first. The review takes effect at the next resolution.
        """
        values = {
            "event_id": event_id,
            "field": field,
            "value": jsonable(value),
            "before": jsonable(before),
            "reason": reason,
            "user": user,
            "created_at": when or dt.datetime.now(dt.UTC),
        }
        stmt = event_reviews.insert().values(values).returning(event_reviews.c.id)
        if conn is not None:
            return int(conn.execute(stmt).scalar_one())
        with self.store.transaction() as own:
            return int(own.execute(stmt).scalar_one())


def lock_resolution(conn: sa.Connection) -> None:
    """Let one resolution write at a time (PostgreSQL; SQLite's writers queue already)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})


def _delete_orphans(conn: sa.Connection) -> int:
    """Delete events left without any mention (their mentions were deleted)."""
    orphan = ~sa.exists().where(event_mentions.c.event_id == events.c.id)
    ids = list(conn.scalars(sa.select(events.c.id).where(orphan)))
    for part in _chunks(ids):
        conn.execute(events.delete().where(events.c.id.in_(part)))
    return len(ids)


def _insert(conn: sa.Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    for part in _chunks(rows):
        insert_many(conn, table, part)


def _fingerprint(mention_ids: Sequence[str], reviews: tuple[int, int]) -> str:
    digest = hashlib.sha256()
    for mention in mention_ids:
        digest.update(mention.encode("ascii", "replace"))
        digest.update(b"\n")
    digest.update(f"reviews:{reviews[0]}:{reviews[1]}".encode())
    return digest.hexdigest()
