"""Records of the resolution stage: mentions in, events and tally series out.

Every record is a frozen dataclass. ``ResolvedEvent`` keeps the ``MentionRef`` records it was
built from (``members``), so that a later call can re-cluster the neighbourhood of new
mentions without the caller storing anything else (see ``resolve(previous=...)``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from veeduria.models import Actor, DatePrecision, Extraction, Location, Mention, Qualifier, Span


@dataclass(frozen=True)
class MentionRef:
    """One extracted mention with the document facts resolution needs.

    Attributes:
        id: Mention id, unique across the corpus (the store's id, or ``mention_id``).
        doc_id: The document the mention comes from.
        source: Outlet or source name (or URL host) of the document, when known.
        published: Publication date of the document.
        mention: The extracted mention.
        dup_group: Near-duplicate cluster of the document (``near_duplicate_groups``);
            documents in one group count as one source.
    """

    id: str
    doc_id: str
    source: str | None
    published: dt.date | None
    mention: Mention
    dup_group: str | None = None


@dataclass(frozen=True)
class FieldValue:
    """One source's value for one field of an event, with the words it came from.

    ``source`` is the outlet of the document; ``attribution`` the body the text credits
    ("según la Defensoría"), when it names one.
    """

    value: object
    mention_id: str
    doc_id: str
    source: str | None
    text: str
    span: Span | None
    attribution: str | None = None


@dataclass(frozen=True)
class CountValue:
    """The canonical figure of a count and the spread of what the sources said.

    ``value`` is ACLED's conservative figure (the lowest of the sources' figures); ``low``
    and ``high`` are the lowest and highest figures the sources gave (equal when all agree).
    A source's figure is the highest one it gives (see ``reconcile``). The text,
    span and provenance are those of the figure chosen. ``reviewed`` marks a value a person
    set, which resolution never overwrites.
    """

    value: int
    low: int
    high: int
    qualifier: Qualifier
    text: str
    span: Span | None
    mention_id: str | None
    doc_id: str | None
    source: str | None
    attribution: str | None = None
    reviewed: bool = False


@dataclass(frozen=True)
class EventDate:
    """The event's date: the most precise value any member gives, and the window it may mean.

    ``start``/``end`` is the intersection of every member's window, so a week-precision
    mention narrows to the day a day-precision mention names.
    """

    value: dt.date
    precision: DatePrecision
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class ResolvedEvent:
    """A cluster of mentions of one real event, with canonical and per-source values.

    Attributes:
        id: Deterministic id: a hash of the anchor member, the member with the earliest
            publication date (ties: the smallest mention id). See docs/resolution.md.
        family: ``occurred`` (asserted or reported mentions), ``prospective`` (planned,
            called for), ``possible``, ``negated`` or ``historical``. Families never mix.
        factuality: ``asserted`` wins over ``reported``; ``planned`` over ``called_for``.
        alternatives: Field name -> every source's value, sorted.
        sources: Number of independent sources: documents in one near-duplicate group, or
            from one outlet, count once.
        source_names: Outlets (or attributed bodies) that reported the event.
        confidence: Grows with independent sources (noisy-or of the best mention
            confidence of each source).
        notes: Human summaries of disagreements, e.g. ``killed: 17 per Sur Andino; 18 per
            The Pacific Dispatch (canonical 17, lowest credible figure)``.
        reviewed: Fields whose values came from ``locked`` (a person's review).
        members: The mentions, sorted by document and position.
        assoc_actor1, assoc_actor2: Names of the actors the members name beside actor1 or
            actor2 (a union marching with the protesters), most often named first;
            ACLED's ``assoc_actor_1`` and ``assoc_actor_2``.
        previous_ids: Ids of earlier events (from ``previous``) whose mentions are now in
            this one under another id; informative, not compared.
        nodes: Internal cache of the per-document clusters and their summaries, which lets
            an incremental run skip recomputing them; empty for an event rebuilt from
            storage (then they are recomputed from ``members``). Not compared.
    """

    id: str
    family: str
    event_type: str
    sub_event_type: str
    mode: str | None
    factuality: str
    date: EventDate | None
    location: Location | None
    actor1: Actor | None
    actor2: Actor | None
    killed: CountValue | None
    injured: CountValue | None
    detained: CountValue | None
    participants: CountValue | None
    alternatives: dict[str, tuple[FieldValue, ...]]
    mention_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    sources: int
    source_names: tuple[str, ...]
    confidence: float
    notes: tuple[str, ...] = ()
    reviewed: tuple[str, ...] = ()
    members: tuple[MentionRef, ...] = ()
    assoc_actor1: tuple[str, ...] = ()
    assoc_actor2: tuple[str, ...] = ()
    previous_ids: tuple[str, ...] = field(default=(), compare=False)
    nodes: tuple[Any, ...] = field(default=(), compare=False, repr=False)

    @property
    def occurred(self) -> bool:
        """True for events that count in tallies, maps and exports by default."""
        return self.family == "occurred"

    def count(self, name: str) -> CountValue | None:
        value: CountValue | None = getattr(self, name)
        return value


@dataclass(frozen=True)
class SeriesPoint:
    """One tally in a series, and what the coded incidents add up to over the same window.

    ``incidents`` is the sum of the canonical counts of occurred events in the series'
    scope dated from ``since`` to ``as_of``; ``gap`` is ``value - incidents`` (positive: the
    tally counts deaths no coded incident accounts for). Both are None without ``as_of``.
    """

    as_of: dt.date | None
    value: int
    qualifier: Qualifier
    since: dt.date | None
    attribution: str | None
    source: str | None
    doc_id: str
    text: str
    span: Span
    incidents: int | None
    incident_events: tuple[str, ...]
    gap: int | None


@dataclass(frozen=True)
class Series:
    """Tallies of one figure (``what``) for one scope, ordered by ``as_of``.

    ``scope`` is as the tallies give it (``Peru``, a department); None when they name
    none, in which case every occurred event counts. ``since`` is the earliest start any
    tally of the series gives; a point without its own ``since`` uses it.
    """

    what: str
    scope: str | None
    since: dt.date | None
    points: tuple[SeriesPoint, ...]


def mention_id(doc_id: str, mention: Mention) -> str:
    """A deterministic mention id: sha256 of the doc id, sentence span and trigger span."""
    parts = (doc_id, *mention.sentence, *mention.trigger.span, mention.sub_event_type)
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def mention_refs(
    extraction: Extraction, *, source: str | None = None, dup_group: str | None = None
) -> list[MentionRef]:
    """``MentionRef`` records for every mention of one extraction (ids from ``mention_id``).

    Args:
        extraction: One document's extraction.
        source: Outlet name; defaults to the document's ``source_name``.
        dup_group: The document's near-duplicate group, when known.
    """
    doc = extraction.document
    ids = _unique(mention_id(doc.id, m) for m in extraction.events)
    return [
        MentionRef(
            id=i,
            doc_id=doc.id,
            source=source if source is not None else doc.source_name,
            published=doc.published,
            mention=m,
            dup_group=dup_group,
        )
        for i, m in zip(ids, extraction.events, strict=True)
    ]


def _unique(ids: Iterable[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for base in ids:
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.append(base if n == 0 else hashlib.sha256(f"{base}\x1f{n}".encode()).hexdigest())
    return out
