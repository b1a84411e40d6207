"""Tallies as series per scope, checked against the incidents coded in the same window.

A tally ("48 dead since 7 December, says the Ombudsman") is never an event. Tallies of the
same figure (``what``) and scope form a series ordered by ``as_of``. For each point, the
canonical counts of the occurred events in that scope, dated from the series' start to the
point's ``as_of``, are added up; the gap is what the tally counts that no coded incident
accounts for ("tally says 48, coded incidents add to 41").
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from veeduria.models import Tally
from veeduria.resolve.compat import norm
from veeduria.resolve.records import ResolvedEvent, Series, SeriesPoint

#: scope names that mean a whole country, by normalised name -> ISO code
COUNTRY_SCOPES: dict[str, str] = {"peru": "PE", "pe": "PE"}


def _in_scope(event: ResolvedEvent, scope: str | None) -> bool:
    if scope is None:
        return True
    loc = event.location
    if loc is None:
        return False
    want = norm(scope)
    iso = COUNTRY_SCOPES.get(want or "")
    if iso is not None and loc.iso is not None:
        return loc.iso.upper() == iso
    return want in {norm(loc.country), norm(loc.iso), norm(loc.admin1)}


def _in_window(event: ResolvedEvent, since: dt.date | None, as_of: dt.date) -> bool:
    if event.date is None:
        return False
    return (since is None or event.date.value >= since) and event.date.value <= as_of


def tally_series(
    tallies: Sequence[tuple[str, str | None, Tally]], events: Sequence[ResolvedEvent]
) -> list[Series]:
    """Build one series per (what, scope) and compare each point with the incidents.

    Args:
        tallies: ``(doc_id, source, tally)`` triples; ``source`` is the outlet.
        events: Resolved events; only occurred ones count.

    Returns:
        Series sorted by ``what`` and scope; points sorted by ``as_of`` (undated last),
        value and document.
    """
    grouped: dict[tuple[str, str | None], list[tuple[str, str | None, Tally]]] = defaultdict(list)
    labels: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for doc_id, source, tally in tallies:
        key = (tally.what, norm(tally.scope))
        grouped[key].append((doc_id, source, tally))
        if tally.scope:
            labels[key].add(tally.scope)
    occurred = sorted((e for e in events if e.occurred), key=lambda e: e.id)
    out: list[Series] = []
    for key in sorted(grouped, key=lambda k: (k[0], k[1] or "")):
        what, _ = key
        scope = min(labels[key]) if labels[key] else None
        items = grouped[key]
        starts = [t.since for _, _, t in items if t.since is not None]
        since = min(starts) if starts else None
        in_scope = [e for e in occurred if _in_scope(e, scope) and e.count(what) is not None]
        points = []
        for doc_id, source, t in items:
            window_start = t.since or since
            incidents: int | None = None
            counted: tuple[str, ...] = ()
            gap: int | None = None
            if t.as_of is not None:
                as_of = t.as_of
                hits = [e for e in in_scope if _in_window(e, window_start, as_of)]
                counted = tuple(e.id for e in hits)
                incidents = sum(c.value for e in hits if (c := e.count(what)) is not None)
                gap = t.value - incidents
            points.append(
                SeriesPoint(
                    as_of=t.as_of,
                    value=t.value,
                    qualifier=t.qualifier,
                    since=window_start,
                    attribution=t.attribution,
                    source=source,
                    doc_id=doc_id,
                    text=t.text,
                    span=t.span,
                    incidents=incidents,
                    incident_events=counted,
                    gap=gap,
                )
            )
        points.sort(
            key=lambda p: (p.as_of is None, p.as_of or dt.date.min, p.value, p.doc_id, p.span)
        )
        out.append(Series(what=what, scope=scope, since=since, points=tuple(points)))
    return out
