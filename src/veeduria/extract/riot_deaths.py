"""The dead and wounded a story counts before it tells the riot they fell in.

ACLED codes an event by what the demonstrators did: when they attacked an airport or stoned
the police, the event is a riot, and the dead and wounded of the forces' answer are that
riot's fatalities (docs/vocabulary.md, "Riots and excessive force"). A sentence that only counts
them ("Dos muertos y veinte heridos en el puente Añashuayco", "Twelve people have died in
Juliaca") is coded as force on a demonstration when it is read alone; told just before the
riot of the same day and place, it belongs to that riot. Counted after the riot, the sentence
already takes the riot's type in the pipeline (``_Run._inherit``). Twenty-second session
(riotpolicy3): so does a count told after the forces' fire on the riot (which took the fire's
coding), and a count in a live blog's entry whose riot another entry tells.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from veeduria.extract.dates import entry_stamp
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
PEACEFUL = re.compile(rf"\b(?:{alternation('mob', 'peaceful', any_space=True)})\b")
#: demonstrators or a crowd, named as a side of a clash
_DEMONSTRATORS = re.compile(rf"\b(?:{alternation('mob', 'demonstrators')})\b", re.IGNORECASE)
#: how far (characters) from a clash word the demonstrators it sets against the forces may be
_SIDE_REACH = 40


def _bare_count(m: Mention, *, inherited: bool = False) -> bool:
    """A count of dead or wounded coded as force on a demonstration, told with no act of force;
    with ``inherited``, also one that took that coding from the sentence before it ("The health
    ministry had earlier put the toll at six" after the forces' fire)."""
    rule = m.rules[1] if len(m.rules) > 1 else ""
    if inherited:
        rule = rule.removesuffix(".inherited")
    return (
        m.sub_event_type == EXCESSIVE
        and rule in BARE_COUNT_RULES
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


def _same_day_and_place(count: Mention, riot: Mention) -> bool:
    """Both told with a day, the same one, and no two places apart."""
    if count.date is None or riot.date is None or count.date.precision != "day":
        return False
    return count.date.value == riot.date.value and _same_scene(count, riot)


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
    peaceful. A count that took the coding of the forces' fire told before it ("By Friday the
    toll had risen to eight" after "soldiers opened fire") counts too (riotpolicy3), when the
    riot is one the forces faced (:func:`_riot_faced`).
    """
    out = list(events)
    for i, m in enumerate(events):
        if not _bare_count(m, inherited=True):
            continue
        if PEACEFUL.search(text, m.sentence[0], m.sentence[1]):
            continue
        riot = None
        for later in events[i + 1 :]:
            if later.event_type == "Strategic developments" or _bare_count(later, inherited=True):
                continue
            riot = later
            break
        if riot is None or not _riot(riot, text) or not _same_scene(m, riot):
            continue
        if m.rules[1].endswith(".inherited") and not _riot_faced(riot, text):
            # a count that took the forces' fire told before it: only a riot they faced
            continue
        out[i] = _as_riot(m, riot, crosswalk, ".riot_ahead")
    return out


def _as_riot(
    m: Mention,
    riot: Mention,
    crosswalk: Mapping[tuple[str, str | None], tuple[str, str]],
    suffix: str,
) -> Mention:
    """The count ``m`` coded as the riot's: rioters actor1, the forces they fought actor2."""
    forces = riot.actor2
    if forces is None and m.actor1 is not None and m.actor1.inter == 1:
        forces = m.actor1
    plover, cameo = crosswalk.get((VIOLENT, "clash"), crosswalk.get((VIOLENT, None), (None, None)))
    return replace(
        m,
        event_type="Riots",
        sub_event_type=VIOLENT,
        mode="clash",
        plover=plover,
        cameo=cameo,
        actor1=riot.actor1,
        actor2=forces,
        rules=(*m.rules[:1], f"{m.rules[1]}{suffix}", *m.rules[2:]),
    )


#: a riot on property (a court set on fire, shops looted): an incident of its own, often
#: hours or streets away from where the forces fired
_ON_PROPERTY = frozenset({"arson", "looting"})


def _riot_faced(m: Mention, text: str) -> bool:
    """A riot the forces faced: the crowd's own act (:func:`_riot`) on them or on a site they
    guarded, not one on property, and not one told only by officers hurt ("un policía
    fallecido", whose death may be an incident of its own)."""
    return (
        _riot(m, text)
        and m.mode not in _ON_PROPERTY
        and not (len(m.rules) > 1 and m.rules[1].startswith("riot.forces_hurt"))
    )


def _forces_fire(m: Mention) -> bool:
    """The forces' fire or force on a demonstration, told as their act."""
    return (
        m.sub_event_type == EXCESSIVE
        and m.actor1 is not None
        and m.actor1.inter == 1
        and not _bare_count(m, inherited=True)
    )


def counted_after_fire(
    events: Sequence[Mention],
    text: str,
    crosswalk: Mapping[tuple[str, str | None], tuple[str, str]],
) -> list[Mention]:
    """Give the bare counts told after the forces' fire on a riot the riot's coding.

    "Protesters tried to storm the airport. Soldiers opened fire on them. Seven people died":
    the count takes the type of the sentence before it, the fire told alone, which stays
    excessive force (the open case of docs/vocabulary.md, "Riots and excessive force"); the dead
    it counts are the riot's. Walking back from the count over other bare counts, political
    measures and the forces' fire of the same day and place, the first incident must be a riot
    of that day and place, told by the crowd's own act.
    """
    out = list(events)
    for i, m in enumerate(events):
        if not _bare_count(m, inherited=True):
            continue
        if PEACEFUL.search(text, m.sentence[0], m.sentence[1]):
            continue
        riot = None
        for before in reversed(events[:i]):
            if before.sentence == m.sentence:
                continue
            if before.event_type == "Strategic developments" or _bare_count(before, inherited=True):
                continue
            if _forces_fire(before) and _same_scene(m, before):
                continue
            riot = before
            break
        if riot is None or not _riot_faced(riot, text) or not _same_scene(m, riot):
            continue
        out[i] = _as_riot(m, riot, crosswalk, ".riot_behind")
    return out


def counted_in_live_blog(
    events: Sequence[Mention],
    text: str,
    crosswalk: Mapping[tuple[str, str | None], tuple[str, str]],
    published: dt.date | None,
) -> list[Mention]:
    """Give the bare counts of a live blog's entries the coding of the riot another entry tells
    of the same day and place.

    A live blog told newest first counts the dead in entries above the one that tells the riot
    ("22:40 — Health officials now say 17 people have died in Juliaca today" over "14:10 —
    Protesters have broken into the airport"); told oldest first, the fire and the tear gas of
    the forces come between them. Every entry is one day's scene, so its counts are the riot's.
    The count and the riot must both stand in stamped entries, be told with the same day and no
    two places apart; the count's sentence must not call the crowd peaceful; the riot must be
    one the forces faced (:func:`_riot_faced`).
    """

    def stamped(m: Mention) -> bool:
        return entry_stamp(text, m.sentence[0], published) is not None

    riots = [r for r in events if _riot_faced(r, text) and stamped(r)]
    if not riots:
        return list(events)
    out = list(events)
    for i, m in enumerate(events):
        if not _bare_count(m, inherited=True) or not stamped(m):
            continue
        if PEACEFUL.search(text, m.sentence[0], m.sentence[1]):
            continue
        riot = next((r for r in riots if _same_day_and_place(m, r)), None)
        if riot is not None:
            out[i] = _as_riot(m, riot, crosswalk, ".riot_entry")
    return out
