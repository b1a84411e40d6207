"""Did it happen? Factuality of an event from the cues around its trigger, and attribution.

A cue governs a trigger when it stands before it in the same sentence within a window, or
just after it ("la marcha se realizará"). Order of precedence: negated, called_for,
planned, possible, historical, reported, asserted (docs/vocabulary.md).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from veeduria.extract.lexical import ActorInfo, CueInfo, Found
from veeduria.models import Attribution, DateValue, Factuality

#: characters before / after a trigger where a cue still governs it
_WINDOW = {
    "negated": (45, 0),
    "cancelled": (50, 40),
    "called_for": (70, 0),
    "planned": (60, 30),
    "possible": (60, 30),
    "historical": (200, 200),
}
#: an event this many days before publication is background, not news
HISTORICAL_DAYS = 180


def _governs(cue: Found, trigger: Found, role: str) -> bool:
    before, after = _WINDOW.get(role, (0, 0))
    if cue.start < trigger.end and trigger.start < cue.end:  # the trigger itself is future: "marcharán"
        return role in ("planned", "possible", "called_for")
    if cue.end <= trigger.start:
        return trigger.start - cue.end <= before
    if cue.start >= trigger.end:
        return cue.start - trigger.end <= after
    return False


def governing_roles(trigger: Found, cues: Sequence[Found]) -> set[str]:
    """The factuality cue roles that govern ``trigger``."""
    return {c.info.role for c in cues if isinstance(c.info, CueInfo) and _governs(c, trigger, c.info.role)}


def factuality(
    trigger: Found,
    cues: Sequence[Found],
    date: DateValue | None,
    published: dt.date | None,
    attribution: Attribution | None,
) -> Factuality:
    roles = governing_roles(trigger, cues)
    if "negated" in roles or "cancelled" in roles:
        return "negated"
    past = bool(date and published and date.value < published)
    # a day after publication makes a plan; "elections in April 2024" is what was voted on, not when
    future = bool(date and published and date.value > published and date.precision in ("day", "week"))
    if "called_for" in roles and not past:
        return "called_for"
    if ("planned" in roles and not past) or future:
        return "planned"
    if "possible" in roles:
        return "possible"
    if date and published and (published - date.value).days > HISTORICAL_DAYS:
        return "historical"
    if "historical" in roles and not (date and published and (published - date.value).days < 60):
        return "historical"
    if attribution is not None:
        return "reported"
    return "asserted"


def attribution(
    cues: Sequence[Found], actors: Sequence[Found], text: str
) -> Attribution | None:
    """The source a sentence cites: "según la Defensoría", "police said", "X informó"."""
    sources = [a for a in actors if isinstance(a.info, ActorInfo)]
    for cue in cues:
        if not isinstance(cue.info, CueInfo):
            continue
        if cue.info.role == "attribution":
            after = [a for a in sources if 0 <= a.start - cue.end <= 25]
            if after:
                src = after[0]
                return _make(src, cue, text)
        elif cue.info.role == "reported":
            # "la PNP informó" / "police said" (source before) or "informó la PNP" / "said police"
            before = [a for a in sources if 0 <= cue.start - a.end <= 60]
            after = [a for a in sources if 0 <= a.start - cue.end <= 12]
            src = before[-1] if before else (after[0] if after else None)
            if src is not None:
                return _make(src, cue, text)
    # a reporting verb whose source is not in the lexicons ("the transport ministry says", "relataron las denunciantes")
    for cue in cues:
        if isinstance(cue.info, CueInfo) and cue.info.role == "reported":
            phrase = _phrase_before(text, cue.start) or _phrase_after(text, cue.end)
            if phrase is not None:
                start, end = phrase
                name = _ARTICLE.sub("", text[start:end]).strip()
                return Attribution(source=name or text[start:end], text=text[min(start, cue.start) : max(end, cue.end)],
                                   span=(min(start, cue.start), max(end, cue.end)))
    return None


_ARTICLE = re.compile(r"^(?:the|a|an|el|la|los|las|un|una)\s+", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[,;:()\"“”«»—–]")


def _phrase_before(text: str, position: int, words: int = 5) -> tuple[int, int] | None:
    window = text[max(0, position - 60) : position]
    cut = max((m.end() for m in _CLAUSE_STOP.finditer(window)), default=0)
    piece = window[cut:]
    tokens = list(re.finditer(r"[\w'’.-]+", piece))[-words:]
    if not tokens:
        return None
    base = position - len(window) + cut
    return base + tokens[0].start(), base + tokens[-1].end()


def _phrase_after(text: str, position: int, words: int = 5) -> tuple[int, int] | None:
    window = text[position : position + 60]
    stop = _CLAUSE_STOP.search(window)
    piece = window[: stop.start()] if stop else window
    tokens = list(re.finditer(r"[\w'’.-]+", piece))[:words]
    if not tokens:
        return None
    return position + tokens[0].start(), position + tokens[-1].end()


def _make(src: Found, cue: Found, text: str) -> Attribution:
    info = src.info
    assert isinstance(info, ActorInfo)
    start, end = min(src.start, cue.start), max(src.end, cue.end)
    return Attribution(source=info.person or info.name, text=text[start:end], span=(start, end))
