"""Cumulative counts ("la cifra de fallecidos desde diciembre asciende a 48").

A count is a tally when a tally cue stands just before or after it, or when the sentence
says since when ("desde el 7 de diciembre", "since the protests began"). Tallies are a
series of their own and never an incident's count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from veeduria.extract.lexical import ActorInfo, CueInfo, Found
from veeduria.models import DateValue, Tally

_BEFORE = 70
_AFTER = 45
_TALLY_WHAT = frozenset({"killed", "injured", "detained"})


def tally_cue(
    count_span: tuple[int, int], cues: Sequence[Found], head: tuple[int, int] | None = None
) -> Found | None:
    """The tally cue that makes the count at ``count_span`` cumulative, if any.

    A cue inside a longer verb of the count itself does not count: "two people *may have been
    injured*" is a guess about one incident, not the perfect of a running toll.
    """
    start, end = count_span
    for cue in cues:
        if not isinstance(cue.info, CueInfo):
            continue
        if (
            head is not None
            and head[0] <= cue.start
            and cue.end <= head[1]
            and (cue.start, cue.end) != head
        ):
            continue
        if cue.info.role == "tally":
            if 0 <= start - cue.end <= _BEFORE or 0 <= cue.start - end <= _AFTER:
                return cue
            if (
                cue.start < end and start < cue.end
            ):  # cue inside the count ("the death toll ... stands at 18")
                return cue
    return None


def since_date(cues: Sequence[Found], dates: Sequence[DateValue]) -> DateValue | None:
    for cue in cues:
        if isinstance(cue.info, CueInfo) and cue.info.role == "since":
            for d in dates:
                # the date may begin after the cue or take it in as its lead ("desde el lunes")
                if cue.start <= d.span[0] and d.span[0] - cue.end <= 20:
                    return d
    return None


def make_tally(
    what: str,
    count_text: str,
    value: int,
    qualifier: str,
    span: tuple[int, int],
    sentence: tuple[int, int],
    text: str,
    *,
    scope: str | None,
    since: DateValue | None,
    dates: Sequence[DateValue],
    published: dt.date | None,
    actors: Sequence[Found],
    attribution: str | None,
) -> Tally | None:
    if what not in _TALLY_WHAT:
        return None
    as_of = published
    for d in dates:
        if d is not since and d.precision == "day" and (published is None or d.value <= published):
            as_of = d.value
    source = attribution
    if source is None:
        for a in actors:
            if isinstance(a.info, ActorInfo) and a.info.role in ("source", "both"):
                source = a.info.name
                break
    start, end = sentence
    return Tally(
        what=what,
        value=value,
        qualifier=qualifier,  # type: ignore[arg-type]
        text=text[start:end],
        span=(start, end),
        scope=scope,
        since=since.value if since else None,
        as_of=as_of,
        attribution=source,
    )
