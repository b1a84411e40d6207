"""Event words that name what a poll measures, no incident (twenty-third session, blind18).

"Most Peruvians support the protests", "61% of Colombians disapprove of the marches", "según
Ipsos, el 58 % aprueba el paro": the event word is what the public's stance is about (``opinion``
cues right before it), in a sentence that tells a poll or a share of the public (``poll`` cues,
or a percentage). The protests are told where they happened; the sentence tells an opinion.

Pure functions over the cue hits of one sentence; the pipeline drops the triggers and the
claims they return true for: the share of the public that wants something in a poll ("73% want
early elections") asks nothing of anyone either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veeduria.extract.lexical import CueInfo, Found
from veeduria.models import Claim

#: the farthest an event word stands after its stance verb ("support the teachers' strike")
_STANCE_REACH = 28
#: what breaks the object of a stance verb from an event word further on
_BREAK = re.compile(r"[.;:!?,()\"“”«»]")
#: a share of the public written in figures: "61%", "61 %", "el 58 %"
_PERCENT = re.compile(r"\d\s?%")


def _role(c: Found, role: str) -> bool:
    return isinstance(c.info, CueInfo) and c.info.role == role


def polled_opinion(trigger: Found, cues: Sequence[Found], text: str, start: int, end: int) -> bool:
    """The event word is the object of a stance (``opinion`` cues: "support", "disapprove of",
    "aprueba", "rechazan") a few words before it, and the sentence tells a poll (``poll`` cues:
    "poll", "survey", "encuesta") or a share of the public before the stance (``share`` cues:
    "most", "la mayoría de"; or a percentage). "Unions backed the strike on Monday" names no
    poll and keeps its event."""
    stance = [
        c
        for c in cues
        if _role(c, "opinion")
        and c.end <= trigger.start
        and trigger.start - c.end <= _STANCE_REACH
        and _BREAK.search(text, c.end, trigger.start) is None
    ]
    if not stance:
        return False
    if any(_role(c, "poll") for c in cues):
        return True
    first = min(c.start for c in stance)
    return _PERCENT.search(text, start, min(first, end)) is not None or any(
        _role(c, "share") and c.end <= first for c in cues
    )


#: the farthest a share of the public stands before the demand it is the subject of ("73%
#: want early elections", "la mayoría de los encuestados quiere elecciones")
_SHARE_REACH = 40


def polled_demand(claim: Claim, cues: Sequence[Found], text: str, start: int) -> bool:
    """A demand whose subject is a share of the public (``share`` cues, a percentage) in a
    sentence that tells a poll (``poll`` cues): "According to a poll, most Peruvians support the protests and 73% want early
    elections" measures an opinion; no actor asks for the elections."""
    if claim.kind != "demand" or not any(_role(c, "poll") for c in cues):
        return False
    lo = max(start, claim.span[0] - _SHARE_REACH)
    if _PERCENT.search(text, lo, claim.span[0]) is not None:
        return True
    return any(_role(c, "share") and lo <= c.start and c.end <= claim.span[0] for c in cues)
