"""Calls that someone rejects (twenty-second session, factual5).

"She has rejected calls to resign", "dismissed calls to step down", "rechazó los pedidos de
renuncia", "desestimó los llamados a renunciar": the calls were made by others, and they are
claims of theirs (docs/vocabulary.md, Claims: any actor's demand); the rejection is no claim,
and the one who rejects is not their claimant. A resignation asked for by the calls and
rejected by the one asked is refused, as "refused to step down" is: a negated resignation.
The verb of rejecting is no vote either ("Congress rejected a bill" is one; "rejected calls to
bring forward the elections" is not).

A rejected call is a ``rejection`` cue (the verb) followed, past at most two words ("the",
"growing", "opposition"), by a ``call_noun`` cue ("calls", "demands", "pedidos",
"llamados"). Pure functions over the cue hits of one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veeduria.extract.lexical import ActorInfo, CueInfo, Found, TriggerInfo

#: between the verb of rejecting and the noun of the calls: an article or a modifier or two
_GAP = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}", re.IGNORECASE)
#: how far after the noun of the calls the thing asked for may stand ("calls for her to resign")
_ASKED_REACH = 40
#: what ends the clause of the calls before the thing asked for
_CLAUSE_BREAK = re.compile(r"[.;:!?]|,\s|\b(?:and|but|y|pero)\s+(?!to\b|a\b)", re.IGNORECASE)
#: the callers named in the phrase of the calls: "calls by", "calls from", "de", "formulados por"
_CALLER_LINK = re.compile(
    r"\s+(?:(?:formulad[oa]s|hech[oa]s|planteado?s|planteadas)\s+)?"
    r"(?:by|from|of|de|del|por)\s+(?:(?:the|some|several|los|las|el|la|algunos|algunas|varios|varias)\s+)?\Z",
    re.IGNORECASE,
)
_CALLER_REACH = 40


def rejected_calls(cues: Sequence[Found], text: str) -> list[tuple[int, int, int]]:
    """Each rejected call of the sentence: where its verb starts, and where the noun of the
    calls starts and ends ("*rejected* growing *calls*")."""
    rejections = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "rejection"]
    if not rejections:
        return []
    nouns = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "call_noun"]
    found: list[tuple[int, int, int]] = []
    for r in rejections:
        for n in nouns:
            if r.end <= n.start and _GAP.fullmatch(text, r.end, n.start) is not None:
                found.append((r.start, n.start, n.end))
                break
    return found


def rejecting_word(trigger: Found, calls: Sequence[tuple[int, int, int]]) -> bool:
    """The event word is the verb that rejects the calls ("Boluarte *rejected* calls to bring
    forward the elections"): no vote, no event."""
    return any(start <= trigger.start and trigger.end <= noun for start, noun, _ in calls)


def refused(trigger: Found, calls: Sequence[tuple[int, int, int]], text: str) -> bool:
    """A resignation the rejected calls ask for ("rejected calls *to resign*", "los pedidos *de
    renuncia*", "calls for his *resignation*"): the one who rejects them refuses it."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or info.mode != "resignation":
        return False
    return any(
        noun <= trigger.start  # "los pedidos de renuncia": the call's noun inside the phrase
        and trigger.start - _past_callers(text, end) <= _ASKED_REACH
        and _CLAUSE_BREAK.search(text, _past_callers(text, end), max(end, trigger.start)) is None
        for _, noun, end in calls
    )


#: the callers named between the noun of the calls and what they ask (twenty-fifth session,
#: blind20): "calls *from protesters and several unions* to step down", "los pedidos *de los
#: gremios y de los manifestantes* para que renuncie"; words with no stop, "and"/"y" among them,
#: up to the "to", "para que" or "a" that opens what is asked
_CALLERS = re.compile(
    r"\s+(?:by|from|de|del|por)\s+(?:[\w'’-]+\s+){1,8}?(?=(?:to|para\s+que|a)\s)",
    re.IGNORECASE,
)


def _past_callers(text: str, end: int) -> int:
    """Where what the calls ask may begin: after the callers named right after the noun of the
    calls, if any (:data:`_CALLERS`), else right after the noun."""
    match = _CALLERS.match(text, end, end + 80)
    return match.end() if match is not None else end


def kept(trigger: Found, calls: Sequence[tuple[int, int, int]], text: str) -> bool:
    """A ``rejected_only`` trigger ("los pedidos de renuncia") names an event only as what a
    rejected call asks; any other trigger is kept as it is."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or not info.rejected_only:
        return True
    return refused(trigger, calls, text)


def caller(
    span: tuple[int, int],
    calls: Sequence[tuple[int, int, int]],
    actors: Sequence[Found],
    text: str,
) -> tuple[bool, str | None]:
    """Whether the claim at ``span`` is a rejected call, and then who made the calls: the actor
    named in the calls' phrase ("calls *by the opposition*", "los llamados *de algunos
    dirigentes*", "las exigencias de renuncia formuladas *por los gremios*", "*opposition*
    calls"), else nobody the text names (never the one who rejects them)."""
    for start, noun, end in calls:
        if not (start <= span[0] <= end):  # the claim is the calls' own ("calls to resign")
            continue
        for a in actors:
            if not isinstance(a.info, ActorInfo):
                continue
            if start < a.start and a.end <= noun:
                return True, a.info.person or a.info.name  # "rejected opposition calls"
            if end <= a.start <= end + _CALLER_REACH + 40:
                link = _CALLER_LINK.search(text, max(end, a.start - _CALLER_REACH), a.start)
                if link is not None and link.end() == a.start:
                    return True, a.info.person or a.info.name
        return True, None
    return False, None
