"""What would have happened, and did not (twenty-second session, factual5).

"There would have been a massacre", "de no ser por los bomberos, habría habido muertos",
"could have ended in tragedy", "pudo haber terminado en tragedia": the outcome a
counterfactual names did not happen. Its event words are no events and its figures count
nobody. What the sentence tells as fact stays ("The march could have ended in tragedy": the
march took place, and it is not hedged by the "could" of the outcome), and so does the fact
that averted the outcome ("de no ser por la intervención de la Iglesia"). A condition that
the counterfactual sets on what did not happen ("*Had the police fired*, there would have
been a massacre", "*Si los soldados hubieran disparado*, habría habido una masacre") did not
happen either.

A counterfactual is a ``counterfactual`` cue of cues.yaml ("could have ended", "pudo haber
terminado"), or a ``counterfactual_then`` cue ("would have been", "habría habido") in a sentence
that sets an unreal condition: a ``counterfactual_if`` cue ("de no ser por", "were it not
for") or a pluperfect after "if"/"si", or a sentence that opens on "Had" (``_UNREAL_IF``). Pure
functions over the cue hits of one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veeduria.extract.lexical import CueInfo, Found

#: where the outcome's clause ends: a stop, a semicolon, a colon, a contrast
_CLAUSE_END = re.compile(r"[.;:!?]|,\s*(?:but|pero|aunque|although|while|mientras)\b", re.I)
#: an unreal condition: "If the soldiers had opened fire,", "si los policías hubieran disparado,",
#: "de haber disparado la policía,", up to its comma ("if they had not intervened" and "si no
#: hubiera sido por" name what did happen)
_UNREAL_IF = re.compile(
    r"(?<![^\s,;(])(?:if\s+[^,;.]{0,60}?\bhad\s+(?!not\b|n't\b)|"
    r"si\s+[^,;.]{0,60}?\b(?:hubiera|hubieran|hubiese|hubiesen)\s+(?!sido\s+por\b)|"
    r"de\s+haber\s+)[^,;.]{0,80}",
    re.IGNORECASE,
)
#: a sentence that opens on an unreal condition: "Had the police fired, ..."
_HAD_OPEN = re.compile(r"\s*had\s+(?!it\s+not\b|not\b|n't\b)[^,;.]{0,80}", re.IGNORECASE)
#: the roles a counterfactual's own words may also carry, which must not hedge or plan the
#: facts of the sentence ("could" in "could have ended", "habría" in "habría habido")
_HEDGES = frozenset({"possible", "planned", "called_for", "negator", "negated"})


def counterfactuals(cues: Sequence[Found], text: str = "", start: int = 0) -> list[Found]:
    """The outcomes of counterfactuals in a sentence: ``counterfactual`` cues ("could have
    ended in", "pudo haber terminado en"), and ``counterfactual_then`` cues ("would have been",
    "habría habido", also a hedge or an allegation: "según testigos, habría habido tres
    muertos") when the sentence sets an unreal condition (``counterfactual_if`` cues: "de no
    ser por", "had it not been for"; or "if ... had ...", "si ... hubiera ...", "Had ...")."""
    sure = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "counterfactual"]
    then = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "counterfactual_then"]
    if then and not (
        any(isinstance(c.info, CueInfo) and c.info.role == "counterfactual_if" for c in cues)
        or (text and _unreal_conditions(text, start, max(c.start for c in then) + 200))
    ):
        then = []
    return sure + then


def _unreal_conditions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in _UNREAL_IF.finditer(text, start, end)]
    had = _HAD_OPEN.match(text, start, end)
    if had is not None:
        found.append((had.start(), had.end()))
    return found


def unreal_regions(cues: Sequence[Found], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of the sentence that tell what did not happen: each counterfactual's
    outcome, from its cue to the end of its clause, and each unreal condition set on it."""
    found = counterfactuals(cues, text, start)
    if not found:
        return []
    regions: list[tuple[int, int]] = []
    for c in found:
        stop = _CLAUSE_END.search(text, c.end, end)
        regions.append((c.start, stop.start() if stop else end))
    regions.extend(_unreal_conditions(text, start, end))
    return regions


def inside(span: tuple[int, int], regions: Sequence[tuple[int, int]]) -> bool:
    """``span`` lies in one of ``regions``."""
    return any(a <= span[0] and span[1] <= b for a, b in regions)


def unhedged(cues: Sequence[Found], text: str = "", start: int = 0) -> list[Found]:
    """The sentence's cues without the hedges that are words of a counterfactual ("could" in
    "could have ended in tragedy"): the facts it tells beside the outcome are not hedged."""
    found = counterfactuals(cues, text, start)
    if not found:
        return list(cues)
    return [
        c
        for c in cues
        if not (
            isinstance(c.info, CueInfo)
            and c.info.role in _HEDGES
            and any(f.start <= c.start and c.end <= f.end for f in found)
        )
    ]
