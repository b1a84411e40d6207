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
import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from veeduria._event_reviews import MERGE, SPLIT, STATUS, Reviewed, apply_reviews, check_review
from veeduria.config import Settings
from veeduria.errors import StorageError
from veeduria.extract.serialize import mention_from_dict
from veeduria.resolve import MentionRef, Series, near_duplicate_groups, resolve, tally_series
from veeduria.resolve.compat import norm
from veeduria.store import Store
from veeduria.store._event_rows import event_row
from veeduria.store.events import (
    EventMention,
    EventQuery,
    ResolutionInputs,
    Review,
    StoredEvent,
)

logger = logging.getLogger(__name__)

#: Times resolution starts again when mentions or reviews change while it runs.
ATTEMPTS = 3


@dataclass(frozen=True)
class ResolveReport:
    """What one resolution did.

    ``merged_mentions`` counts mentions that share their event with another mention;
    ``written`` / ``deleted`` / ``unchanged`` are event rows.
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

    def summary(self) -> dict[str, int | float]:
        return {
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
            "seconds": round(self.seconds, 2),
        }


def mention_refs_of(inputs: ResolutionInputs) -> list[MentionRef]:
    """``MentionRef`` records of the stored mentions (near-duplicate groups computed).

    A mention whose stored JSON cannot be read back is skipped with a warning.
    """
    docs = inputs.documents
    groups = near_duplicate_groups((d.id, d.text) for d in docs.values())
    refs = []
    for mention_id, doc_id, data in inputs.mentions:
        doc = docs[doc_id]
        try:
            mention = mention_from_dict(data)
        except (KeyError, TypeError, ValueError) as err:
            logger.warning("mention %s of document %s unreadable: %r", mention_id, doc_id, err)
            continue
        refs.append(
            MentionRef(
                id=mention_id,
                doc_id=doc_id,
                source=doc.source,
                published=doc.published,
                mention=mention,
                dup_group=groups.get(doc_id),
            )
        )
    return refs


def _row(item: Reviewed) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    event = item.event
    published = [r.published for r in event.members if r.published is not None]
    row = event_row(
        event,
        status=item.status,
        reviewed=item.reviewed,
        locked=item.locked,
        previous_ids=item.previous_ids,
        first_published=min(published) if published else None,
        extra=item.extra,
    )
    return row, sorted((r.id, r.doc_id) for r in event.members)


def resolve_store(store: Store, settings: Settings | None = None) -> ResolveReport:
    """Resolve every stored mention into events and replace the stored events.

    Reads the mentions of current documents (a document superseded by a newer version at
    its URL is left out), their outlets (source name, else URL host) and publication
    dates, groups near-duplicate documents, resolves, applies the reviews, and writes the
    result in one transaction: a failure leaves the events of the previous run. When
    mentions or reviews change while it runs, it starts again (up to ``ATTEMPTS`` times).

    Every call recomputes all events (about 17 s per 100,000 mentions); rows that did not
    change are left alone, so ``updated_at`` moves only for events that changed.

    Args:
        store: An open store.
        settings: Resolved settings (not used yet: resolution has no settings).

    Raises:
        StorageError: the database failed.
    """
    del settings  # resolution takes no settings yet; the parameter keeps the API stable
    started = time.perf_counter()
    for attempt in range(1, ATTEMPTS + 1):
        try:
            inputs = store.events.resolution_inputs()
            previous = store.events.previous_state()
            reviews = store.events.reviews()
            refs = mention_refs_of(inputs)
            reviewed = apply_reviews(resolve(refs), reviews, previous)
            rows = [_row(item) for item in reviewed]
            last = attempt == ATTEMPTS
            result = store.events.replace(rows, expect=None if last else inputs.fingerprint)
        except IntegrityError as err:  # a mention deleted meanwhile (PostgreSQL)
            if attempt == ATTEMPTS:
                raise StorageError(f"writing events failed: {_first_line(err)}") from err
            continue
        except SQLAlchemyError as err:
            raise StorageError(
                f"resolution could not read or write {store.url}: {_first_line(err)}"
            ) from err
        if result is not None:
            break
        logger.info("mentions or reviews changed during resolution (attempt %d)", attempt)
    assert result is not None
    sizes: dict[str, int] = defaultdict(int)
    for item in reviewed:
        sizes[item.status] += 1
    report = ResolveReport(
        events=len(reviewed),
        occurred=sum(
            1 for i in reviewed if i.event.family == "occurred" and i.status != "rejected"
        ),
        mentions=len(refs),
        merged_mentions=sum(
            len(i.event.mention_ids) for i in reviewed if len(i.event.mention_ids) > 1
        ),
        documents=len({r.doc_id for r in refs}),
        reviewed=sizes["reviewed"],
        rejected=sizes["rejected"],
        written=result.written,
        deleted=result.deleted,
        unchanged=result.unchanged,
        seconds=time.perf_counter() - started,
    )
    logger.info(
        "resolution: %d mentions from %d documents into %d events (%d occurred), "
        "%d rows written, %d deleted, %d unchanged, in %.1fs",
        report.mentions,
        report.documents,
        report.events,
        report.occurred,
        report.written,
        report.deleted,
        report.unchanged,
        report.seconds,
    )
    return report


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
