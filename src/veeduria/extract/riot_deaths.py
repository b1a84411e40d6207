"""The dead and wounded a story counts before it tells the riot they fell in.

ACLED codes an event by what the demonstrators did: when they attacked an airport or stoned
the police, the event is a riot, and the dead and wounded of the forces' answer are that
riot's fatalities (docs/vocabulary.md, "Riots and excessive force"). A sentence that only counts
them ("Dos muertos y veinte heridos en el puente Añashuayco", "Twelve people have died in
Juliaca") is coded as force on a demonstration when it is read alone; told just before the
riot of the same day and place, it belongs to that riot. Counted after the riot, the sentence
already takes the riot's type in the pipeline (``_Run._inherit``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from veeduria.extract.wordlists import alternation
from veeduria.models import Mention

EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
#: the rules of a sentence that counts dead or wounded at a demonstration and tells no act of
#: force (``coding.code_sentence``): a bare count
BARE_COUNT_RULES = frozenset(
    {"protest.casualties", "protest.casualties.ctx", "protest.lethal", "protest.victims"}
)
#: the crowd called peaceful ("una marcha pacífica", "peaceful protesters"): the forces' fire
#: on it is excessive force, whatever the story tells elsewhere. Matched in the case written:
#: "el Pacífico" is a sea
_PEACEFUL = re.compile(rf"\b(?:{alternation('mob', 'peaceful', any_space=True)})\b")
#: demonstrators or a crowd, named as a side of a clash
_DEMONSTRATORS = re.compile(rf"\b(?:{alternation('mob', 'demonstrators')})\b", re.IGNORECASE)
#: how far (characters) from a clash word the demonstrators it sets against the forces may be
_SIDE_REACH = 40


def _bare_count(m: Mention) -> bool:
    return (
        m.sub_event_type == EXCESSIVE
        and len(m.rules) > 1
        and m.rules[1] in BARE_COUNT_RULES
        and (m.killed is not None or m.injured is not None)
        and m.factuality in ("asserted", "reported")
    )


def _riot(m: Mention, text: str) -> bool:
    """A riot the demonstrators' own acts tell ("protesters hurling stones", "intentaron tomar
    el aeropuerto"), not one inherited from casualties told before. A clash word tells it only
    with the demonstrators named as a side, close to it ("los enfrentamientos entre
    manifestantes y agentes", "protesters clashed with police"); "los choques se concentraron
    en la avenida" names no side."""
    if not (
        m.sub_event_type == VIOLENT
        and len(m.rules) > 1
        and m.rules[1].startswith("riot.")
        and not m.rules[1].endswith(".inherited")
        and m.factuality in ("asserted", "reported")
    ):
        return False
    if m.attribution is not None and m.actor2 is not None and m.attribution.source == m.actor2.name:
        # "the army said its personnel had been attacked": the forces' own account of the
        # attack they answered is a claim against those they shot, not the riot their dead fell in
        return False
    if not m.rules[0].endswith(".clash"):
        return True
    a, b = m.trigger.span
    lo, hi = max(m.sentence[0], a - _SIDE_REACH), min(m.sentence[1], b + _SIDE_REACH)
    return _DEMONSTRATORS.search(text, lo, hi) is not None


def _same_scene(count: Mention, riot: Mention) -> bool:
    """The riot's day and place are the count's (or the count gives none)."""
    if count.date is not None and riot.date is not None and count.date.value != riot.date.value:
        return False
    a, b = count.location, riot.location
    if a is None or b is None:
        return True
    if a.admin2 and b.admin2:
        return a.admin2 == b.admin2
    return not (a.admin1 and b.admin1 and a.admin1 != b.admin1)


def counted_before_riot(
    events: Sequence[Mention],
    text: str,
    crosswalk: Mapping[tuple[str, str | None], tuple[str, str]],
) -> list[Mention]:
    """Give the bare counts told right before a riot of the same day and place that riot's
    coding: Riots / Violent demonstration, the rioters as actor1 and the forces as actor2.

    The riot must be the next incident the story tells (a political measure or another bare
    count between them does not break it), and the count's sentence must not call the crowd
    peaceful.
    """
    out = list(events)
    for i, m in enumerate(events):
        if not _bare_count(m):
            continue
        if _PEACEFUL.search(text, m.sentence[0], m.sentence[1]):
            continue
        riot = None
        for later in events[i + 1 :]:
            if later.event_type == "Strategic developments" or _bare_count(later):
                continue
            riot = later
            break
        if riot is None or not _riot(riot, text) or not _same_scene(m, riot):
            continue
        forces = riot.actor2
        if forces is None and m.actor1 is not None and m.actor1.inter == 1:
            forces = m.actor1
        plover, cameo = crosswalk.get(
            (VIOLENT, "clash"), crosswalk.get((VIOLENT, None), (None, None))
        )
        out[i] = replace(
            m,
            event_type="Riots",
            sub_event_type=VIOLENT,
            mode="clash",
            plover=plover,
            cameo=cameo,
            actor1=riot.actor1,
            actor2=forces,
            rules=(*m.rules[:1], f"{m.rules[1]}.riot_ahead", *m.rules[2:]),
        )
    return out
