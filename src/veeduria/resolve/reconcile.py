"""From a cluster of mentions to a ``ResolvedEvent``: canonical values, every source's
values, notes on disagreements, independent sources, confidence and reviewed values.

- Counts follow ACLED's conservative rule: each source's figure is the highest it gives
  (a lower number in the same report is usually a part of it), and the canonical figure is
  the lowest of the sources' figures; ``low``/``high`` show the spread of the sources'
  figures and the notes say who said what. Every figure stays in ``alternatives``.
- Canonical values come from the members of the event's family (``compat.FAMILY_ORDER``):
  when the announcement of a march, a denial or a later recollection joins the reports of
  the incident, the reports give its type, date, place, actors and counts; the others stay
  in ``alternatives`` and the note on factuality says how many of each there are.
- Type: the (event_type, sub_event_type) most mentions give; on a tie the more severe one
  (a march that ends in shooting is coded by the shooting).
- Date: the most precise member date; location: the most specific member place; actors:
  the name most mentions give in each role.
- Sources: documents in one near-duplicate group, or from one outlet, are one source.
  Confidence is the noisy-or of each independent source's best mention confidence.
- ``locked`` values (a person's review) replace whatever the sources say, and are noted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from veeduria.models import COUNT_FIELDS, Actor, Count, DateValue, Location
from veeduria.resolve.compat import FACTUALITY_ORDER, Summary, date_window, family, place_of
from veeduria.resolve.records import CountValue, EventDate, FieldValue, MentionRef, ResolvedEvent
from veeduria.resolve.within import text_order

#: tie-break between sub-event types: the more severe stage codes the incident
SEVERITY: dict[str, int] = {
    "Excessive force against protesters": 9,
    "Violent demonstration": 8,
    "Mob violence": 8,
    "Attack": 7,
    "Protest with intervention": 5,
    "Peaceful protest": 3,
    "Armed clash": 6,
    "Government regains territory": 5,
    "Non-state actor overtakes territory": 5,
}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
#: ACLED inter code of state forces
STATE_FORCES = 1
#: fields a reviewer may lock, and what each accepts
LOCKABLE = (
    "event_type",
    "sub_event_type",
    "mode",
    "factuality",
    "date",
    "location",
    "actor1",
    "actor2",
    *COUNT_FIELDS,
)
_FAR_FUTURE = dt.date.max
H = TypeVar("H", bound=Hashable)


def event_id(members: Iterable[MentionRef]) -> str:
    """sha256 of the anchor member's id: the earliest published member, then the smallest id.

    The anchor of an event rarely changes as later reporting joins it, so the id is stable
    under chronological ingest, and it depends only on the members, never on input order.
    """
    anchor = min(members, key=lambda r: (r.published or _FAR_FUTURE, r.id))
    return hashlib.sha256(f"event\x1f{anchor.id}".encode()).hexdigest()[:32]


def _label(ref: MentionRef, attribution: str | None) -> str:
    outlet = ref.source or f"doc {ref.doc_id[:8]}"
    if attribution and attribution != ref.source:
        return f"{attribution} ({outlet})" if ref.source else attribution
    return outlet


def _attribution(ref: MentionRef) -> str | None:
    a = ref.mention.attribution
    return a.source if a is not None else None


def _place_label(loc: Location) -> str:
    parts = [loc.name, loc.admin3, loc.admin2, loc.admin1, loc.country]
    seen: list[str] = []
    for p in parts:
        if p and p not in seen:
            seen.append(p)
    return ", ".join(seen) or loc.text


def _fv(ref: MentionRef, value: object, text: str, span: tuple[int, int] | None) -> FieldValue:
    return FieldValue(
        value=value,
        mention_id=ref.id,
        doc_id=ref.doc_id,
        source=ref.source,
        text=text,
        span=span,
        attribution=_attribution(ref),
    )


def alternatives(members: Sequence[MentionRef]) -> dict[str, tuple[FieldValue, ...]]:
    """Every member's value per field, sorted by value, source and mention."""
    out: dict[str, list[FieldValue]] = defaultdict(list)
    for ref in members:
        m = ref.mention
        trig = (m.trigger.text, m.trigger.span)
        out["event_type"].append(_fv(ref, m.event_type, *trig))
        out["sub_event_type"].append(_fv(ref, m.sub_event_type, *trig))
        if m.mode:
            out["mode"].append(_fv(ref, m.mode, *trig))
        out["factuality"].append(_fv(ref, m.factuality, *trig))
        if m.date is not None:
            out["date"].append(_fv(ref, m.date.value, m.date.text, m.date.span))
        if m.location is not None:
            out["location"].append(
                _fv(ref, _place_label(m.location), m.location.text, m.location.span)
            )
        for role in ("actor1", "actor2"):
            actor: Actor | None = getattr(m, role)
            if actor is not None:
                out[role].append(_fv(ref, actor.name, actor.text, actor.span))
        for assoc in m.assoc_actors:
            out["assoc_actors"].append(_fv(ref, assoc.name, assoc.text, assoc.span))
        for name in COUNT_FIELDS:
            c = m.count(name)
            if c is not None:
                out[name].append(_fv(ref, c.value, c.text, c.span))
    return {
        k: tuple(sorted(v, key=lambda f: (str(f.value), f.source or "", f.doc_id, f.mention_id)))
        for k, v in sorted(out.items())
    }


def _tally(values: Iterable[H]) -> dict[H, int]:
    """Occurrences per value (a plain dict: ``Counter`` is slow on small inputs)."""
    counts: dict[H, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return counts


def _most_common(values: Iterable[str]) -> str | None:
    counts = _tally(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _type(members: Sequence[MentionRef]) -> tuple[str, str, str | None]:
    counts = _tally((r.mention.event_type, r.mention.sub_event_type) for r in members)
    et, sub = min(counts, key=lambda t: (-counts[t], -SEVERITY.get(t[1], 0), t))
    mode = _most_common(
        r.mention.mode
        for r in members
        if r.mention.mode and (r.mention.event_type, r.mention.sub_event_type) == (et, sub)
    )
    return et, sub, mode


def _date(members: Sequence[MentionRef], summary: Summary) -> EventDate | None:
    dates: list[DateValue] = [r.mention.date for r in members if r.mention.date is not None]
    if not dates or summary.start is None or summary.end is None:
        return None
    counts = _tally((d.value, d.precision) for d in dates)
    value, precision = min(
        counts, key=lambda vp: (_PRECISION_RANK.get(vp[1], 9), -counts[vp], vp[0])
    )
    chosen = next(d for d in dates if (d.value, d.precision) == (value, precision))
    start, end = date_window(chosen)
    return EventDate(
        value=value,
        precision=chosen.precision,
        start=max(start, summary.start),
        end=min(end, summary.end),
    )


def _news_week(summary: Summary, notes: list[str]) -> EventDate | None:
    """The date of an event that happened and that no report dates: the week before its report
    was published (``compat.recent_window``), as ACLED dates news told without a day (time
    precision 2, "within a week"). Its value is the publication day, the last day it can have
    happened; a note says where the date comes from, since no words of the text give it.
    Feed items and headlines alone ("Policía desbloquea puente Montalvo") are such reports:
    undated, their events stayed off the timeline and out of the ACLED export."""
    if not summary.recent or summary.start is None or summary.end is None:
        return None
    notes.append(
        f"date: not in the text; the week before publication "
        f"({summary.start.isoformat()} to {summary.end.isoformat()})"
    )
    return EventDate(value=summary.end, precision="week", start=summary.start, end=summary.end)


def _location(members: Sequence[MentionRef]) -> Location | None:
    located = [(r.id, loc, place_of(loc)) for r in members if (loc := r.mention.location)]
    if not located:
        return None
    places = _tally(place for _, _, place in located)
    best = min(
        located,
        key=lambda x: (
            -sum(1 for p in x[2] if p is not None),
            -places[x[2]],
            x[1].geo_precision or 9,
            x[0],
        ),
    )
    return best[1]


def _actor(members: Sequence[MentionRef], role: str) -> Actor | None:
    actors: list[tuple[str, Actor]] = [
        (r.id, a) for r in members if (a := getattr(r.mention, role)) is not None
    ]
    name = _most_common(a.name for _, a in actors)
    if name is None:
        return None
    return min(((i, a) for i, a in actors if a.name == name), key=lambda ia: ia[0])[1]


def _side(assoc: Actor, actor1: Actor | None, actor2: Actor | None) -> int:
    """Which actor an associated actor stands with: the one of its kind (inter code), else
    the side that is not state forces, else actor1."""
    for side, actor in ((1, actor1), (2, actor2)):
        if actor is not None and actor.inter == assoc.inter:
            return side
    for side, actor in ((1, actor1), (2, actor2)):
        if actor is not None and actor.inter != STATE_FORCES:
            return side
    return 1


def associated(
    members: Sequence[MentionRef], actor1: Actor | None, actor2: Actor | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Names of the associated actors of each side, most often named first (then by name).

    A member's associated actors join the side of the event's actors they stand with
    (``_side``); a name that is already actor1 or actor2 is left out.
    """
    named = {a.name for a in (actor1, actor2) if a is not None}
    sides: dict[int, list[str]] = {1: [], 2: []}
    for ref in members:
        for assoc in ref.mention.assoc_actors:
            if assoc.name and assoc.name not in named:
                sides[_side(assoc, actor1, actor2)].append(assoc.name)
    out = []
    for side in (1, 2):
        counts = _tally(sides[side])
        out.append(tuple(sorted(counts, key=lambda n: (-counts[n], n))))
    return out[0], out[1]


def _count(
    members: Sequence[MentionRef], name: str
) -> tuple[CountValue | None, dict[int, list[str]]]:
    """The canonical count, and the sources that gave each figure.

    A source is a document (or its near-duplicate group) together with the body it
    attributes the figure to. Its figure is the highest it gives: within one report a lower
    number is usually a part ("uno de ellos, menor de edad") or an earlier toll. The
    canonical figure is the lowest of the sources' figures (ACLED's conservative rule).
    """
    tellers: dict[tuple[str, str], tuple[Count, MentionRef]] = {}
    for r in members:
        c = r.mention.count(name)
        if c is None:
            continue
        key = (r.dup_group or r.doc_id, _attribution(r) or "")
        seen = tellers.get(key)
        if seen is None or (c.value, seen[1].id) > (seen[0].value, r.id):
            tellers[key] = (c, r)
    if not tellers:
        return None, {}
    said: dict[int, list[str]] = defaultdict(list)
    for c, r in tellers.values():
        label = _label(r, _attribution(r))
        if label not in said[c.value]:
            said[c.value].append(label)
    c, r = min(tellers.values(), key=lambda cr: (cr[0].value, cr[1].id))
    values = [f.value for f, _ in tellers.values()]
    canonical = CountValue(
        value=c.value,
        low=min(values),
        high=max(values),
        qualifier=c.qualifier,
        text=c.text,
        span=c.span,
        mention_id=r.id,
        doc_id=r.doc_id,
        source=r.source,
        attribution=_attribution(r),
    )
    return canonical, {v: sorted(labels) for v, labels in said.items()}


def independent_sources(members: Sequence[MentionRef]) -> list[list[MentionRef]]:
    """Members grouped into independent sources: one near-duplicate group or one outlet."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for r in members:
        doc = f"d:{r.doc_id}"
        find(doc)
        if r.dup_group:
            union(doc, f"g:{r.dup_group}")
        if r.source:
            union(doc, f"s:{r.source}")
    units: dict[str, list[MentionRef]] = defaultdict(list)
    for r in members:
        units[find(f"d:{r.doc_id}")].append(r)
    return [units[k] for k in sorted(units)]


def _confidence(units: Sequence[Sequence[MentionRef]]) -> float:
    miss = 1.0
    for best in sorted(max(r.mention.confidence for r in unit) for unit in units):
        miss *= 1.0 - min(max(best, 0.0), 1.0)
    return round(1.0 - miss, 4)


def _factuality(members: Sequence[MentionRef]) -> str:
    present = {r.mention.factuality for r in members}
    return next(f for f in (*FACTUALITY_ORDER, *sorted(present)) if f in present)


def build_event(
    members: Sequence[MentionRef], summary: Summary, *, nodes: tuple[object, ...] = ()
) -> ResolvedEvent:
    """The event of one cluster, before reviewed values are applied.

    ``nodes`` (the cluster's per-document nodes) is kept as the event's cache.
    """
    ordered = tuple(sorted(members, key=lambda r: (r.doc_id, *text_order(r))))
    factuality = _factuality(ordered)
    fam = family(factuality)
    lead = tuple(r for r in ordered if family(r.mention.factuality) == fam)
    et, sub, mode = _type(lead)
    notes: list[str] = []
    mixed = len(lead) < len(ordered)  # plans, denials or recollections beside the reports
    for name, values in (
        ("sub_event_type", _tally(r.mention.sub_event_type for r in lead)),
        ("factuality", _tally(r.mention.factuality for r in ordered) if mixed else {}),
    ):
        if len(values) > 1:
            listed = ", ".join(
                f"{v} ({n})" for v, n in sorted(values.items(), key=lambda x: (-x[1], x[0]))
            )
            notes.append(f"{name}: {listed}")
    counts: dict[str, CountValue | None] = {}
    for name in COUNT_FIELDS:
        canonical, said = _count(lead, name)
        counts[name] = canonical
        if canonical is not None and len(said) > 1:
            who = "; ".join(f"{v} per {', '.join(labels)}" for v, labels in sorted(said.items()))
            notes.append(f"{name}: {who} (canonical {canonical.value}, lowest credible figure)")
    units = independent_sources(ordered)
    names = sorted({r.source for r in ordered if r.source})
    actor1, actor2 = _actor(lead, "actor1"), _actor(lead, "actor2")
    assoc1, assoc2 = associated(lead, actor1, actor2)
    return ResolvedEvent(
        id=event_id(ordered),
        family=fam,
        event_type=et,
        sub_event_type=sub,
        mode=mode,
        factuality=factuality,
        date=_date(lead, summary) or _date(ordered, summary) or _news_week(summary, notes),
        location=_location(lead) or _location(ordered),
        actor1=actor1,
        actor2=actor2,
        killed=counts["killed"],
        injured=counts["injured"],
        detained=counts["detained"],
        participants=counts["participants"],
        alternatives=alternatives(ordered),
        mention_ids=tuple(sorted(r.id for r in ordered)),
        doc_ids=tuple(sorted({r.doc_id for r in ordered})),
        sources=len(units),
        source_names=tuple(names),
        confidence=_confidence(units),
        notes=tuple(notes),
        members=ordered,
        assoc_actor1=assoc1,
        assoc_actor2=assoc2,
        nodes=nodes,
    )


#: what a locked value of each non-count field may be (None clears the field)
_LOCK_TYPES: dict[str, tuple[type, ...]] = {
    "event_type": (str,),
    "sub_event_type": (str,),
    "mode": (str, type(None)),
    "factuality": (str,),
    "date": (EventDate, dt.date, type(None)),
    "location": (Location, type(None)),
    "actor1": (Actor, type(None)),
    "actor2": (Actor, type(None)),
}


def _locked_value(event: ResolvedEvent, name: str, value: Any) -> Any:
    if name in COUNT_FIELDS:
        current: CountValue | None = getattr(event, name)
        if value is None:
            return None
        if isinstance(value, CountValue):
            return replace(value, reviewed=True)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"locked {name} must be an int or a CountValue, not {value!r}")
        low = min(value, current.low) if current else value
        high = max(value, current.high) if current else value
        return CountValue(value, low, high, "exact", "", None, None, None, "review", reviewed=True)
    if not isinstance(value, _LOCK_TYPES[name]) or isinstance(value, dt.datetime):
        raise ValueError(f"locked {name} cannot be {value!r}")
    if isinstance(value, dt.date):
        return EventDate(value=value, precision="day", start=value, end=value)
    return value


def _shown(value: Any) -> str:
    if isinstance(value, CountValue | EventDate):
        return str(value.value)
    if isinstance(value, Location):
        return _place_label(value)
    if isinstance(value, Actor):
        return value.name
    return str(value)


def apply_locks(event: ResolvedEvent, locks: Mapping[str, object]) -> ResolvedEvent:
    """Replace fields with reviewed values and note it.

    Raises:
        ValueError: a field that cannot be locked, or a count that is not a number.
    """
    if not locks:
        return event
    changes: dict[str, Any] = {}
    notes = list(event.notes)
    for name in sorted(locks):
        if name not in LOCKABLE:
            raise ValueError(f"field {name!r} cannot be locked; lockable: {', '.join(LOCKABLE)}")
        value = _locked_value(event, name, locks[name])
        changes[name] = value
        note = f"{name}: reviewed value {_shown(value)} kept"
        notes = [n for n in notes if not n.startswith(f"{name}: reviewed value ")]
        notes.append(note)
    reviewed = tuple(sorted(set(event.reviewed) | set(changes)))
    return replace(event, **changes, notes=tuple(notes), reviewed=reviewed)
