"""Events in the store: resolve the stored mentions, list and read events, tally series.

The library under ``veeduria events | event | tallies | resolve`` (docs/resolution.md,
"Storage and commands"; the tables are docs/events-schema.md):

- ``resolve_store(store, settings)`` resolves every stored mention, applies people's
  reviews and replaces the events in one transaction;
- ``list_events(store, query)`` / ``get_event(store, id)`` read them back, the latter with
  every source's value and the words behind it;
- ``tally_series_for(store)`` compares cumulative tallies with the coded incidents;
- ``add_review(store, id, field, value)`` records a person's correction (it takes effect
  at the next resolution).
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import time
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from veeduria import _resolve_runs as runs
from veeduria._event_reviews import MERGE, SPLIT, STATUS, check_review
from veeduria.config import Settings
from veeduria.errors import StorageError
from veeduria.resolve import Series, tally_series
from veeduria.resolve.compat import norm
from veeduria.store import Store
from veeduria.store import _resolution_state as _state
from veeduria.store._bulk import indexes_deferred
from veeduria.store.events import (
    EventMention,
    EventQuery,
    PreviousState,
    ReplaceResult,
    Review,
    StoredEvent,
    lock_resolution,
)
from veeduria.store.schema import event_mentions as event_mentions_table
from veeduria.store.schema import events as events_table

logger = logging.getLogger(__name__)

#: What a run did: its mode, the events recomputed, the rows written, the store's totals.
_Outcome = tuple[str, int, ReplaceResult, dict[str, int]]

#: Times resolution starts again when mentions or reviews change while it runs.
ATTEMPTS = 3

#: Computes a full run somewhere else (``veeduria.scale``: on Dask workers) from the
#: connection, the reviews, the previous state and the known band keys; None when it
#: cannot (the run is then computed here). It must give what ``full_run`` gives.
FullRunner = Callable[
    [sa.Connection, Sequence[Review], PreviousState, "runs.KnownBands | None"],
    "runs.Outcome | None",
]
_FULL_RUNNER: ContextVar[FullRunner | None] = ContextVar("veeduria_full_runner", default=None)


@contextmanager
def full_runs_with(runner: FullRunner) -> Iterator[None]:
    """Full resolutions started inside the block (``resolve_store``, also as the end of
    an ingest) are computed by ``runner`` when it can."""
    token = _FULL_RUNNER.set(runner)
    try:
        yield
    finally:
        _FULL_RUNNER.reset(token)


@dataclass(frozen=True)
class ResolveReport:
    """What one resolution did.

    ``merged_mentions`` counts mentions that share their event with another mention;
    ``written`` / ``deleted`` / ``unchanged`` are event rows; ``mode`` is ``full`` or
    ``incremental``; ``recomputed`` counts the events (before reviews) built again.
    """

    events: int
    occurred: int
    mentions: int
    merged_mentions: int
    documents: int
    reviewed: int
    rejected: int
    written: int
    deleted: int
    unchanged: int
    seconds: float
    mode: str = "full"
    recomputed: int = 0

    def summary(self) -> dict[str, int | float | str]:
        return {
            "mode": self.mode,
            "events": self.events,
            "occurred": self.occurred,
            "mentions": self.mentions,
            "merged_mentions": self.merged_mentions,
            "documents": self.documents,
            "reviewed": self.reviewed,
            "rejected": self.rejected,
            "written": self.written,
            "deleted": self.deleted,
            "unchanged": self.unchanged,
            "recomputed": self.recomputed,
            "seconds": round(self.seconds, 2),
        }


def resolve_store(
    store: Store,
    settings: Settings | None = None,
    *,
    full: bool = False,
    known_bands: MutableMapping[str, tuple[str, ...]] | None = None,
) -> ResolveReport:
    """Resolve the stored mentions into events, apply the reviews, write the events.

    Incremental by default: only the documents that changed since the last resolution
    (new, re-extracted or superseded, or whose near-duplicate group changed), the stored
    components they can reach and the events reviews made since then name are computed
    again, so a run that adds 1% of the documents costs about 1% of a full run. The
    result is the same as a full run's. The first resolution of a store, and ``full=True``,
    compute everything.

    An incremental run reads and writes in one transaction, after taking the writers' lock
    (SQLite ``BEGIN IMMEDIATE``, PostgreSQL ``pg_advisory_xact_lock``). A full run computes
    first, then writes in one transaction if the mentions and reviews did not change
    meanwhile (else it starts again, up to ``ATTEMPTS`` times). Either way a failure leaves
    the events and the state of the previous run. Rows that did not change are left alone,
    so ``updated_at`` moves only for events that changed. Rows are written a chunk at a time
    as they are made, so a full run never holds them all.

    Args:
        store: An open store.
        settings: Resolved settings (not used yet: resolution has no settings).
        full: Recompute everything, and rebuild the state incremental runs use.
        known_bands: Near-duplicate band keys of documents, hashed where they were
            extracted (``veeduria.resolve.dedup.band_keys`` of each text, on the Dask
            workers): their texts are not read and hashed again. Same result without.
            Handed over: the mapping is emptied once its keys are taken.

    Raises:
        StorageError: the database failed.
    """
    del settings  # resolution takes no settings yet; the parameter keeps the API stable
    started = time.perf_counter()
    # A run allocates hundreds of thousands of long-lived, acyclic records (frozen
    # dataclasses, tuples, row dicts): reference counting frees them, while the cyclic
    # collector's passes over them cost about 40% of the run. It is off while it runs.
    collecting = gc.isenabled()
    gc.disable()
    try:
        mode, recomputed, result, totals = _resolve(store, full=full, known=known_bands)
    finally:
        if collecting:
            gc.enable()
    report = ResolveReport(
        events=totals["events"],
        occurred=totals["occurred"],
        mentions=totals["mentions"],
        merged_mentions=totals["merged_mentions"],
        documents=totals["documents"],
        reviewed=totals["reviewed"],
        rejected=totals["rejected"],
        written=result.written,
        deleted=result.deleted,
        unchanged=result.unchanged,
        seconds=time.perf_counter() - started,
        mode=mode,
        recomputed=recomputed,
    )
    logger.info(
        "resolution (%s): %d mentions from %d documents in %d events (%d occurred), "
        "%d recomputed, %d rows written, %d deleted, %d unchanged, in %.1fs",
        report.mode,
        report.mentions,
        report.documents,
        report.events,
        report.occurred,
        report.recomputed,
        report.written,
        report.deleted,
        report.unchanged,
        report.seconds,
    )
    return report


def _resolve(store: Store, *, full: bool, known: runs.KnownBands | None = None) -> _Outcome:
    """Run a full or an incremental resolution; again when the inputs changed under it."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with store.engine.connect() as conn:
                whole = full or _state.needs_full(conn)
            outcome = (
                _full(store, last=attempt == ATTEMPTS, known=known)
                if whole
                else _incremental(store, known=known)
            )
        except IntegrityError as err:  # a mention deleted meanwhile (PostgreSQL)
            if attempt == ATTEMPTS:
                raise StorageError(f"writing events failed: {_first_line(err)}") from err
            logger.info("a mention disappeared during resolution (attempt %d)", attempt)
            continue
        except SQLAlchemyError as err:
            raise StorageError(
                f"resolution could not read or write {store.url}: {_first_line(err)}"
            ) from err
        if outcome is not None:
            return outcome
        logger.info("mentions or reviews changed during resolution (attempt %d)", attempt)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _full(store: Store, *, last: bool, known: runs.KnownBands | None = None) -> _Outcome | None:
    """Compute everything on what is stored, then write it in one transaction.

    The computing happens outside the writers' lock, so other writers do not wait for it;
    when mentions or reviews changed meanwhile nothing is written and None returned (on the
    last attempt it writes anyway). The rows are made while they are written.
    """
    with store.engine.connect() as conn:
        fingerprint = store.events.fingerprint(conn)
        reviews = store.events.reviews(conn=conn)
        seen = max((r.id for r in reviews), default=0)
        previous = store.events.previous_state(conn)
        runner = _FULL_RUNNER.get()
        out = runner(conn, reviews, previous, known) if runner is not None else None
        if out is None:
            out = runs.full_run(conn, reviews, previous, known)
    with store.transaction() as conn:
        lock_resolution(conn)
        if not last and store.events.fingerprint(conn) != fingerprint:
            return None
        with indexes_deferred(conn, _refilled(conn)):
            result = store.events.write_rows(conn, runs.rows_writing_state(conn, out))
            runs.write_state(conn, out, seen)
        totals = store.events.totals_on(conn)
    return out.mode, out.recomputed, result, totals


def _refilled(conn: sa.Connection) -> list[sa.Table]:
    """The tables a full run writes whole: the state, which it empties, and the events
    with their links when none is stored yet (a store's first resolution). A later full
    run keeps the events it finds unchanged, so their indexes stay."""
    tables = list(_state.TABLES)
    if conn.execute(sa.select(events_table.c.id).limit(1)).first() is None:
        tables += [events_table, event_mentions_table]
    return tables


def _incremental(store: Store, *, known: runs.KnownBands | None = None) -> _Outcome:
    """Recompute what changed since the last run, reading and writing in one transaction."""
    with store.transaction() as conn:
        lock_resolution(conn)
        seen = int(_state.meta(conn).get("reviews") or 0)
        delta = _state.delta(conn)
        latest = _state.max_review(conn)
        if delta.empty and latest == seen and not _state.has_structural_reviews(conn):
            totals = store.events.totals_on(conn)
            return "incremental", 0, ReplaceResult(0, 0, totals["events"]), totals
        reviews = store.events.reviews(conn=conn)
        out = runs.incremental_run(conn, delta, reviews, seen, known)
        result = store.events.write_rows(conn, out.rows, scope=out.replaced)
        runs.write_state(conn, out, latest)
        totals = store.events.totals_on(conn)
    return out.mode, out.recomputed, result, totals


def _first_line(err: Exception) -> str:
    text = str(getattr(err, "orig", None) or err).strip()
    return text.splitlines()[0] if text else type(err).__name__


# -- reading ---------------------------------------------------------------------------------


def list_events(store: Store, query: EventQuery | None = None, **filters: Any) -> list[StoredEvent]:
    """Events matching ``query`` (or the same fields as keywords), by date then id.

    By default only events that occurred and are not rejected; see ``EventQuery``.
    """
    if query is None:
        query = EventQuery(**filters)
    elif filters:
        raise TypeError("give a query or keyword filters, not both")
    return store.events.search(query)


@dataclass(frozen=True)
class Evidence:
    """One source's value for one field, with the words and the document it came from."""

    field: str
    value: Any
    source: str | None
    attribution: str | None
    text: str
    span: tuple[int, int] | None
    mention_id: str
    doc_id: str
    title: str | None
    url: str | None
    published: dt.date | None
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "value": self.value,
            "source": self.source,
            "attribution": self.attribution,
            "text": self.text,
            "span": list(self.span) if self.span else None,
            "mention_id": self.mention_id,
            "doc_id": self.doc_id,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class EventDetail:
    """An event with its mentions, documents, every source's values and its reviews."""

    event: StoredEvent
    mentions: tuple[EventMention, ...]
    evidence: dict[str, tuple[Evidence, ...]]
    reviews: tuple[Review, ...]
    requested: str  # the id asked for (a former id or a prefix leads here too)

    def to_dict(self) -> dict[str, Any]:
        docs = {m.doc_id: m.document.to_dict() for m in self.mentions}
        return {
            "event": self.event.to_dict(with_data=True),
            "requested": self.requested,
            "evidence": {k: [e.to_dict() for e in v] for k, v in self.evidence.items()},
            "mentions": [m.to_dict() for m in self.mentions],
            "documents": list(docs.values()),
            "reviews": [r.to_dict() for r in self.reviews],
        }


def get_event(store: Store, ref: str) -> EventDetail:
    """One event by id, former id (``previous_ids``) or unique prefix, with its evidence.

    Raises:
        NotFound: no event matches ``ref``.
    """
    event = store.events.find(ref)
    mentions = store.events.mentions_of(event.id)
    by_id = {m.id: m for m in mentions}
    evidence: dict[str, tuple[Evidence, ...]] = {}
    for name, values in (event.data.get("alternatives") or {}).items():
        items = []
        for v in values:
            m = by_id.get(v["mention_id"])
            span = v.get("span")
            items.append(
                Evidence(
                    field=name,
                    value=v.get("value"),
                    source=v.get("source"),
                    attribution=v.get("attribution"),
                    text=v.get("text") or "",
                    span=(int(span[0]), int(span[1])) if span else None,
                    mention_id=v["mention_id"],
                    doc_id=v["doc_id"],
                    title=m.document.title if m else None,
                    url=m.document.url if m else None,
                    published=m.document.published if m else None,
                    sentence=m.sentence if m else "",
                )
            )
        evidence[name] = tuple(items)
    reviews = store.events.reviews([event.id, *event.previous_ids])
    return EventDetail(event, tuple(mentions), evidence, tuple(reviews), ref)


def tally_series_for(
    store: Store, *, scope: str | None = None, what: str | None = None
) -> list[Series]:
    """Tally series per (what, scope), each point with the coded incidents and the gap.

    Rejected events do not count. ``scope`` keeps the series of that scope (case and
    accents ignored; ``"-"`` or ``""`` for tallies without a scope); ``what`` the series of
    one figure (killed, injured, detained).
    """
    series = tally_series(store.events.tally_inputs(), store.events.light_events())
    if what is not None:
        series = [s for s in series if s.what == what]
    if scope is not None:
        want = norm(scope) if scope not in {"", "-"} else None
        series = [s for s in series if norm(s.scope) == want]
    return series


# -- reviews ---------------------------------------------------------------------------------


def add_review(
    store: Store,
    ref: str,
    field: str,
    value: Any,
    *,
    user: str | None = None,
    reason: str | None = None,
) -> Review:
    """Record a person's correction of an event; it applies from the next resolution.

    Args:
        store: An open store.
        ref: The event (id, former id or unique prefix).
        field: A column of ``events`` (``killed``, ``admin1``, ``date``, ...), ``status``
            (machine, reviewed, rejected), ``_merge`` (``{"into": EVENT_ID}``) or
            ``_split`` (``{"mention_ids": [...]}``).
        value: The new value (dates as ``YYYY-MM-DD`` or ``datetime.date``).

    Returns:
        The stored review; ``before`` holds the event's value when it was made.

    Raises:
        NotFound: no such event (or the ``into`` event of a merge).
        ValueError: a field that cannot be reviewed, or a value it cannot take.
    """
    event = store.events.find(ref)
    checked = check_review(field, value)
    if field == MERGE and checked["into"]:
        checked = {"into": store.events.find(checked["into"]).id}
    if field in (MERGE, SPLIT):
        before: Any = {"mention_ids": [m.id for m in store.events.mentions_of(event.id)]}
    elif field == STATUS:
        before = event.status
    else:
        before = event.to_dict().get(field)
    target = event.id
    if field == MERGE and ref.strip().lower() in event.previous_ids:
        # the event was merged away: its merge review is keyed by its own id (to undo it)
        target = ref.strip().lower()
    review_id = store.events.add_review(
        target, field, checked, before=before, reason=reason, user=user
    )
    return next(r for r in store.events.reviews([target]) if r.id == review_id)
