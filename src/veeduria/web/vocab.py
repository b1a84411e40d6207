"""Controlled vocabularies the dashboard offers in filters and checks in reviews."""

from __future__ import annotations

import functools

from veeduria.models import COUNT_FIELDS, FACTUALITY_VALUES
from veeduria.resources.loader import load_lexicon

STATUSES: tuple[str, ...] = ("machine", "reviewed", "rejected")
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
FAMILY_OF: dict[str, str] = {
    "asserted": "occurred",
    "reported": "occurred",
    "planned": "prospective",
    "called_for": "prospective",
    "possible": "possible",
    "negated": "negated",
    "historical": "historical",
}
#: ACLED inter codes
INTER: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}
CIVILIANS = 7

__all__ = [
    "COUNT_FIELDS",
    "FACTUALITY_VALUES",
    "FAMILY_OF",
    "INTER",
    "PRECISIONS",
    "STATUSES",
    "event_types",
]


@functools.cache
def event_types() -> dict[str, tuple[str, ...]]:
    """ACLED event type -> its sub-event types, from the crosswalk lexicon (data, not code)."""
    out: dict[str, list[str]] = {}
    for entry in load_lexicon("base", "crosswalk").entries:
        subs = out.setdefault(entry.event_type, [])
        if entry.sub_event_type not in subs:
            subs.append(entry.sub_event_type)
    return {k: tuple(v) for k, v in out.items()}
