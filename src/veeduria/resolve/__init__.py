"""Resolution: mentions into events, inside and across documents (docs/resolution.md).

- ``resolve(mentions, previous=..., locked=...)`` merges mentions of one real event, keeps
  every source's values, reconciles counts (ACLED's lowest credible figure) and is
  deterministic, order-independent and incremental.
- ``near_duplicate_groups(docs)`` links copies of one story (MinHash); they count as one source.
- ``tally_series(tallies, events)`` turns cumulative tallies into series per scope and reports
  the gap with the coded incidents.

Modules: ``records`` (records in and out), ``compat`` (when two mentions can be one event),
``within`` (one document), ``across`` (blocking and union–find), ``reconcile`` (canonical
values, sources, notes, reviewed values), ``dedup``, ``tallies``, ``resolver``.
"""

from veeduria.resolve.dedup import near_duplicate_groups
from veeduria.resolve.records import (
    CountValue,
    EventDate,
    FieldValue,
    MentionRef,
    ResolvedEvent,
    Series,
    SeriesPoint,
    mention_id,
    mention_refs,
)
from veeduria.resolve.resolver import resolve
from veeduria.resolve.tallies import tally_series

__all__ = [
    "CountValue",
    "EventDate",
    "FieldValue",
    "MentionRef",
    "ResolvedEvent",
    "Series",
    "SeriesPoint",
    "mention_id",
    "mention_refs",
    "near_duplicate_groups",
    "resolve",
    "tally_series",
]
