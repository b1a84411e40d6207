"""People's reviews applied to freshly resolved events (pure; ``veeduria.events`` does the I/O).

Resolution recomputes events from the mentions; reviews (``event_reviews`` rows) are then
applied in a fixed order, so the same mentions and reviews always give the same events:

1. ``_merge`` and ``_split`` reviews, oldest first. A merge joins the event into the one
   named in ``{"into": ID}``; the result keeps the target's id and lists the other in
   ``previous_ids``. A split takes ``{"mention_ids": [...]}`` out of whatever events hold
   them into one new event (id: a hash of the reviewed event and the ids); the rest keep
   their id. ``{"into": null}`` or an empty list undoes the review.
2. Field values: the latest review per (event id, field) is locked (``resolve``'s
   ``apply_locks``); columns of one value (``admin1``, ``killed_high``, ``actor1_inter``)
   lock the value they belong to (the place, the count, the actor).
3. ``status``: ``rejected`` stays rejected; an event with a locked field, or touched by a
   merge or split, is ``reviewed``; otherwise ``machine``.

An event id can change between runs (an earlier report joins it, two events merge). Every
event knows the ids its mentions had in the last stored run (``aliases``); the reviews of
an id that no longer exists follow the event that took its mentions, except that an event
merged away by a review does not pass its reviews on to the merge target.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from veeduria.models import FACTUALITY_VALUES, Actor, DateValue, Location
from veeduria.resolve import CountValue, EventDate, MentionRef, ResolvedEvent
from veeduria.resolve.compat import date_window, family, merge, summarize
from veeduria.resolve.reconcile import apply_locks, build_event
from veeduria.store.events import STATUSES, PreviousState, Review

logger = logging.getLogger(__name__)

MERGE, SPLIT, STATUS = "_merge", "_split", "status"
STRUCTURAL = (MERGE, SPLIT)
SIMPLE_FIELDS = ("event_type", "sub_event_type", "mode", "factuality")
DATE_FIELDS = ("date", "date_start", "date_end", "date_precision")
LOCATION_FIELDS = (
    "location_name",
    "admin1",
    "admin2",
    "admin3",
    "country",
    "iso",
    "latitude",
    "longitude",
    "geo_precision",
)
ACTOR_FIELDS: dict[str, tuple[str, ...]] = {
    "actor1": ("actor1", "actor1_inter"),
    "actor2": ("actor2", "actor2_inter"),
}
COUNT_FIELDS: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "killed_low", "killed_high"),
    "injured": ("injured", "injured_low", "injured_high"),
    "detained": ("detained", "detained_low", "detained_high"),
    "participants": ("participants",),
}
#: Every field a review may name.
REVIEW_FIELDS: tuple[str, ...] = (
    *SIMPLE_FIELDS,
    *DATE_FIELDS,
    *LOCATION_FIELDS,
    *(f for group in ACTOR_FIELDS.values() for f in group),
    *(f for group in COUNT_FIELDS.values() for f in group),
    STATUS,
    *STRUCTURAL,
)
PRECISIONS = ("day", "week", "month", "year")
#: ACLED actor type per inter code.
INTER_TYPES = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}


# -- validation ------------------------------------------------------------------------------


def _int(value: Any, *, low: int = 0, high: int | None = None) -> int:
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())  # a number typed into a form
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected a whole number, not {value!r}")
    if value < low or (high is not None and value > high):
        raise ValueError(f"{value} is out of range")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"expected text, not {value!r}")
    return value.strip()


def check_review(field_name: str, value: Any) -> Any:
    """The value a review of ``field_name`` stores, checked and in JSON form.

    Raises:
        ValueError: an unknown field, or a value it cannot take (the message says which).
    """
    if field_name not in REVIEW_FIELDS:
        raise ValueError(
            f"field {field_name!r} cannot be reviewed; reviewable: {', '.join(REVIEW_FIELDS)}"
        )
    try:
        return _check(field_name, value)
    except ValueError as err:
        raise ValueError(f"review of {field_name}: {err}") from err


def _check(name: str, value: Any) -> Any:
    if name == MERGE:
        into = value.get("into") if isinstance(value, Mapping) else None
        if not isinstance(value, Mapping) or (into is not None and not isinstance(into, str)):
            raise ValueError('expected {"into": EVENT_ID} (or {"into": null} to undo)')
        return {"into": into.strip() if into else None}
    if name == SPLIT:
        ids = value.get("mention_ids") if isinstance(value, Mapping) else None
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise ValueError('expected {"mention_ids": [MENTION_ID, ...]}')
        return {"mention_ids": sorted(set(ids))}
    if name == STATUS:
        if value not in STATUSES:
            raise ValueError(f"expected one of {', '.join(STATUSES)}, not {value!r}")
        return value
    if value is None:
        if name in ("event_type", "sub_event_type", "factuality", "date_precision"):
            raise ValueError("cannot be empty")
        return None
    if name == "factuality" and value not in FACTUALITY_VALUES:
        raise ValueError(f"expected one of {', '.join(FACTUALITY_VALUES)}, not {value!r}")
    if name in ("date", "date_start", "date_end"):
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        return dt.date.fromisoformat(_text(value)).isoformat()
    if name == "date_precision":
        if value not in PRECISIONS:
            raise ValueError(f"expected one of {', '.join(PRECISIONS)}")
        return value
    if name == "iso":
        code = _text(value).upper()
        if len(code) != 2:
            raise ValueError("expected a two-letter country code")
        return code
    if name in ("latitude", "longitude"):
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                pass
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"expected a number, not {value!r}")
        limit = 90 if name == "latitude" else 180
        if abs(value) > limit:
            raise ValueError(f"{value} is out of range")
        return float(value)
    if name == "geo_precision":
        return _int(value, low=1, high=3)
    if name.endswith("_inter"):
        return _int(value, low=1, high=8)
    if any(name in group for group in COUNT_FIELDS.values()):
        return _int(value)
    return _text(value)


# -- application -----------------------------------------------------------------------------


@dataclass
class Reviewed:
    """An event after reviews, with what the store records about them."""

    event: ResolvedEvent
    status: str
    reviewed: list[str]
    locked: dict[str, Any]
    previous_ids: list[str]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Item:
    event: ResolvedEvent
    natural: set[str]  # its id and the ids its mentions had in the last stored run
    aliases: set[str]  # natural, plus the ids merged into it by reviews
    structural: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    split_from: str | None = None


def latest(reviews: Sequence[Review]) -> dict[tuple[str, str], Review]:
    """The latest review per (event id, field); reviews come oldest first."""
    out: dict[tuple[str, str], Review] = {}
    for review in sorted(reviews, key=lambda r: r.id):
        out[(review.event_id, review.field)] = review
    return out


def _rebuild(members: Sequence[MentionRef], first: Sequence[MentionRef]) -> ResolvedEvent:
    """The event of members a person put together (or apart); ``first`` gives its family.

    Reviewed members may disagree on the date: the window is then the span of theirs.
    """
    head = {r.id for r in first}
    ordered = [*first, *(r for r in members if r.id not in head)]
    summary = summarize(ordered[0])
    for ref in ordered[1:]:
        summary = merge(summary, summarize(ref))
    if summary.start is not None and summary.end is not None and summary.start > summary.end:
        windows = [date_window(r.mention.date) for r in ordered if r.mention.date is not None]
        summary = replace(summary, start=min(w[0] for w in windows), end=max(w[1] for w in windows))
    return build_event(ordered, summary)


class _Board:
    """The events while structural reviews are applied to them."""

    def __init__(self, events: Sequence[ResolvedEvent], previous: PreviousState) -> None:
        self.previous = previous
        self.items: list[_Item] = []
        for event in events:
            old = {previous.event_of[m] for m in event.mention_ids if m in previous.event_of}
            natural = {event.id, *old}
            for o in old:
                natural.update(previous.previous_ids.get(o, ()))
            self.items.append(_Item(event, natural, set(natural)))

    def find(self, ref: str) -> _Item | None:
        exact = [i for i in self.items if i.event.id == ref]
        if exact:
            return exact[0]
        holders = [i for i in self.items if ref in i.aliases]
        if not holders:
            return None

        def held(item: _Item) -> int:
            return sum(self.previous.event_of.get(m) == ref for m in item.event.mention_ids)

        return min(holders, key=lambda i: (-held(i), i.event.id))

    def merge(self, review: Review) -> None:
        into = review.value.get("into") if isinstance(review.value, Mapping) else None
        if not into:
            return
        source, target = self.find(review.event_id), self.find(into)
        if source is None or target is None or source is target:
            logger.info(
                "merge review %d: %s into %s does not apply (events not found or already one)",
                review.id,
                review.event_id[:12],
                str(into)[:12],
            )
            return
        members = [*target.event.members, *source.event.members]
        event = replace(_rebuild(members, target.event.members), id=target.event.id)
        target.event = event
        target.aliases |= source.aliases
        target.merged += [source.event.id, *source.merged]
        target.structural = sorted({*target.structural, *source.structural, MERGE})
        self.items.remove(source)

    def split(self, review: Review) -> None:
        wanted = (
            set(review.value.get("mention_ids") or ())
            if isinstance(review.value, Mapping)
            else set()
        )
        holders = [i for i in self.items if wanted & set(i.event.mention_ids)]
        if not holders:
            return
        if len(holders) == 1 and set(holders[0].event.mention_ids) <= wanted:
            return  # the whole event: nothing to split off
        taken = [r for i in holders for r in i.event.members if r.id in wanted]
        digest = hashlib.sha256(
            f"split\x1f{review.event_id}\x1f{','.join(sorted(wanted))}".encode()
        ).hexdigest()[:32]
        part = _Item(
            replace(_rebuild(taken, sorted(taken, key=lambda r: r.id)[:1]), id=digest),
            natural={digest},
            aliases={digest},
            structural=[SPLIT],
            split_from=review.event_id,
        )
        for item in holders:
            rest = [r for r in item.event.members if r.id not in wanted]
            if not rest:
                part.aliases |= item.aliases
                self.items.remove(item)
                continue
            item.event = replace(_rebuild(rest, rest[:1]), id=item.event.id)
            item.structural = sorted({*item.structural, SPLIT})
        self.items.append(part)


def _lock(
    event: ResolvedEvent, chosen: Mapping[str, Review]
) -> tuple[ResolvedEvent, dict[str, Any]]:
    """Apply the chosen field reviews; returns the event and the values locked, by field."""
    applied: dict[str, Any] = {}

    def value(name: str, default: Any) -> Any:
        return chosen[name].value if name in chosen else default

    def put(target: str, names: Sequence[str], build: Callable[..., Any], *args: Any) -> None:
        nonlocal event
        try:
            event = apply_locks(event, {target: build(*args)})
        except (ValueError, TypeError) as err:
            ids = ", ".join(str(chosen[n].id) for n in names)
            logger.warning("review %s of event %s not applied: %s", ids, event.id[:12], err)
            return
        applied.update({n: chosen[n].value for n in names})

    for name in SIMPLE_FIELDS:
        if name in chosen:
            put(name, [name], _same, chosen[name].value)
    dates = [n for n in DATE_FIELDS if n in chosen]
    if dates:
        put("date", dates, _date_lock, event.date, value, dates)
    places = [n for n in LOCATION_FIELDS if n in chosen]
    if places:
        put("location", places, _location_lock, event.location, value, places)
    for role, group in ACTOR_FIELDS.items():
        names = [n for n in group if n in chosen]
        if names:
            put(role, names, _actor_lock, getattr(event, role), value, role)
    for count, group in COUNT_FIELDS.items():
        names = [n for n in group if n in chosen]
        if names:
            put(count, names, _count_lock, event.count(count), value, group, names)
    if "factuality" in applied:
        event = replace(event, family=family(event.factuality))
    return event, applied


def _same(value: Any) -> Any:
    return value


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _date_lock(current: EventDate | None, value: Any, names: Sequence[str]) -> EventDate | None:
    if "date" in names and value("date", None) is None:
        return None
    day = _day(value("date", None)) if "date" in names else (current.value if current else None)
    start, end = _day(value("date_start", None)), _day(value("date_end", None))
    day = day or start or end
    if day is None:
        raise ValueError("a date window needs a date")
    if "date_precision" in names:
        precision = value("date_precision", "day")
    elif current is not None and "date" not in names:
        precision = current.precision
    else:
        precision = "day"
    if current is not None and "date" not in names and precision == current.precision:
        default = (current.start, current.end)
    else:
        default = date_window(DateValue(value=day, precision=precision, text="", span=(0, 0)))
    start, end = start or default[0], end or default[1]
    if start > end:
        raise ValueError(f"date window {start} to {end} is empty")
    return EventDate(value=day, precision=precision, start=start, end=end)


def _location_lock(current: Location | None, value: Any, names: Sequence[str]) -> Location:
    base = current or Location(text="", span=(0, 0))
    changes = {
        "name": value("location_name", base.name),
        "admin1": value("admin1", base.admin1),
        "admin2": value("admin2", base.admin2),
        "admin3": value("admin3", base.admin3),
        "country": value("country", base.country),
        "iso": value("iso", base.iso),
        "latitude": value("latitude", base.latitude),
        "longitude": value("longitude", base.longitude),
        "geo_precision": value("geo_precision", base.geo_precision),
    }
    named = {"location_name", "admin1", "admin2", "admin3", "country", "iso"}
    if named & set(names):
        changes["place_id"] = None  # the gazetteer entry no longer describes it
    return replace(base, **changes)


def _actor_lock(current: Actor | None, value: Any, role: str) -> Actor | None:
    name = value(role, current.name if current else None)
    if name is None:
        return None
    inter = value(f"{role}_inter", current.inter if current else 8)
    same = current is not None and current.inter == inter
    return Actor(
        name=name,
        type=current.type if current is not None and same else INTER_TYPES.get(inter, ""),
        inter=inter,
        sector=current.sector if current else None,
        text=current.text if current else "",
        span=current.span if current else (0, 0),
    )


def _count_lock(
    current: CountValue | None, value: Any, group: Sequence[str], names: Sequence[str]
) -> Any:
    canonical = value(group[0], current.value if current else None)
    if not set(names) & set(group[1:]):
        return canonical  # an int (or None): apply_locks widens the range to include it
    if canonical is None:
        raise ValueError(f"{', '.join(names)} needs a {group[0]} figure")
    low = value(group[1], min(canonical, current.low) if current else canonical)
    high = value(group[2], max(canonical, current.high) if current else canonical)
    if not low <= canonical <= high:
        raise ValueError(f"{group[0]}: {canonical} is outside its range {low} to {high}")
    if current is not None:
        return replace(current, value=canonical, low=low, high=high, reviewed=True)
    return CountValue(canonical, low, high, "exact", "", None, None, None, "review", reviewed=True)


def apply_reviews(
    events: Sequence[ResolvedEvent],
    reviews: Sequence[Review],
    previous: PreviousState,
    *,
    other_ids: Collection[str] = (),
) -> list[Reviewed]:
    """Apply merges, splits, field values and statuses to resolved events.

    Args:
        events: The output of ``resolve``.
        reviews: Every review, in any order.
        previous: What the last stored resolution said (the event of each mention).
        other_ids: Ids of stored events kept as they are (an incremental resolution
            passes only the events it recomputed); they count as existing ids.

    Returns:
        The events, sorted by id, with status, reviewed fields and previous ids.
    """
    board = _Board(events, previous)
    newest = latest(reviews)
    structural = []
    for (_, name), review in sorted(newest.items(), key=lambda kv: kv[1].id):
        if name in STRUCTURAL:
            try:
                structural.append(replace(review, value=check_review(name, review.value)))
            except ValueError as err:
                logger.warning("review %d not applied: %s", review.id, err)
    for review in structural:
        (board.merge if review.field == MERGE else board.split)(review)
    final_ids = {i.event.id for i in board.items} | set(other_ids)
    merged_away = {m for i in board.items for m in i.merged}
    by_event: dict[str, dict[str, Review]] = {}
    for (event_id, name), review in newest.items():
        try:
            checked = check_review(name, review.value)
        except ValueError as err:
            logger.warning("review %d of event %s not applied: %s", review.id, event_id[:12], err)
            continue
        by_event.setdefault(event_id, {})[name] = replace(review, value=checked)
    out: list[Reviewed] = []
    for item in sorted(board.items, key=lambda i: i.event.id):
        inherit = sorted(item.natural - final_ids - merged_away)
        chosen: dict[str, Review] = {}
        for source in (item.event.id, *inherit):
            for name, review in by_event.get(source, {}).items():
                if name not in STRUCTURAL:
                    chosen.setdefault(name, review)
        status_review = chosen.pop(STATUS, None)
        event, locked = _lock(item.event, chosen)
        reviewed = sorted(locked)
        status = "machine"
        if status_review is not None:
            reviewed.append(STATUS)
            if status_review.value == "rejected":
                status = "rejected"
        if status != "rejected" and (
            locked
            or item.structural
            or (status_review is not None and status_review.value == "reviewed")
        ):
            status = "reviewed"
        extra: dict[str, Any] = {}
        if item.merged:
            extra["merged_ids"] = sorted(set(item.merged))
        if item.split_from:
            extra["split_from"] = item.split_from
        out.append(
            Reviewed(
                event=event,
                status=status,
                reviewed=sorted({*reviewed, *item.structural}),
                locked=locked,
                previous_ids=sorted(item.aliases - final_ids),
                extra=extra,
            )
        )
    return out


def review_counts(reviewed: Sequence[Reviewed]) -> Counter[str]:
    """Events per status."""
    return Counter(r.status for r in reviewed)
