"""A strike told by the verb "to strike" in the past (twenty-second session, factual5).

"The union struck on Monday", "Teachers struck for a third day": an English past "struck" of
a workforce that stops work is a strike. The word has many other senses ("struck a deal",
"was struck by a car", "struck by a bullet", "lightning struck", "a strike struck the
port"), so a ``workforce`` trigger of events.yaml counts only with a ``workforce`` cue
(cues.yaml: "union", "workers", "teachers", ...) as its subject right before it, with at most
an auxiliary or an adverb between. Pure functions over the hits of one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veeduria.extract.lexical import CueInfo, Found, TriggerInfo

#: between the workforce and its verb: nothing, where it works ("in Callao", "at the port"), an
#: auxiliary of the pluperfect or an adverb
_SUBJECT_GAP = re.compile(
    r"(?:\s+(?:in|at|of)\s+(?:the\s+)?[A-ZÁÉÍÓÚÑ][\w-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w-]+)?)?"
    r"\s+(?:(?:had|have|has|also|again|briefly|then|once\s+more|already)\s+){0,2}",
)

#: the farthest a workforce stands before its verb
_SUBJECT_REACH = 40


def struck_by_workforce(trigger: Found, cues: Sequence[Found], text: str) -> bool:
    """A ``workforce`` trigger keeps its strike only after its subject: a ``workforce`` cue
    right before it ("*the union* struck on Monday", "*teachers had* struck for a week"). Any
    other trigger is kept as it is."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or not info.workforce:
        return True
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "workforce"
        and c.end <= trigger.start
        and _SUBJECT_GAP.fullmatch(text, c.end, trigger.start) is not None
        and trigger.start - c.end <= _SUBJECT_REACH
        for c in cues
    )
