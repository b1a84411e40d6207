"""Words of protest in their other senses: parades, festivals, natural causes, road works.

Many words that tell a protest tell something else as often: dance troupes "take the streets"
and "parade" at a festival, a procession carries a saint, a landslide "blocks" a road and a
road crew "clears" it, a dancer "executes" a dance. Two rules keep them out:

- a sentence with an ``other_sense`` cue (a festival, a parade, dancers, a landslide, a flood,
  heavy machinery) codes no protest, intervention or deployment word, unless it names
  demonstrators or a community ("Pese al huaico, los comuneros mantienen el bloqueo");
- a sentence that names people an eviction removes who are not protesting (an ``evictee``
  cue: street vendors, squatters) codes no intervention, unless it names demonstrators or a
  protest;
- a ``polysemous`` trigger (events.yaml) fires only with a human protest or repression reading:
  in its sentence the forces, demonstrators or unions, a demand or a call, a claim topic or
  another protest word; or, in its document, a protest word or demonstrators elsewhere (a
  festival page has none).
"""

from __future__ import annotations

from collections.abc import Sequence

from veeduria.extract.coding import agent_of
from veeduria.extract.lexical import ActorInfo, CueInfo, Found, TriggerInfo
from veeduria.extract.sport import names_demonstrators

#: the trigger classes that read a story as one of protest or repression
_PROTEST_KINDS = frozenset({"protest", "intervention", "riot", "force"})
#: actor types that give a protest or repression reading
_READING_TYPES = frozenset({"Protesters", "Rioters", "State forces"})
#: the classes a festival, a landslide or road works borrow: a march, a blockade, a road
#: cleared, police deployed; a mayor shot dead at a festival is still attacked
_OTHER_SENSE_KINDS = frozenset({"protest", "intervention", "deployment"})
#: cue roles that give one: what is demanded, called, threatened, who organised it
_READING_CUES = frozenset({"demand", "call", "threat", "organised_by"})


def _roles(cues: Sequence[Found]) -> set[str]:
    return {c.info.role for c in cues if isinstance(c.info, CueInfo)}


def _strong_protest(triggers: Sequence[Found]) -> bool:
    return any(
        isinstance(t.info, TriggerInfo)
        and t.info.kind in _PROTEST_KINDS
        and not t.info.weak
        and not t.info.polysemous
        for t in triggers
    )


def document_reading(
    trigger_hits: Sequence[Sequence[Found]],
    cue_hits: Sequence[Sequence[Found]],
    actor_hits: Sequence[Sequence[Found]],
) -> bool:
    """Whether a document tells protest or repression somewhere: a protest word of one sense
    in a sentence with no ``other_sense`` cue, or demonstrators named."""
    for triggers, cues, actors in zip(trigger_hits, cue_hits, actor_hits, strict=True):
        if names_demonstrators(actors):
            return True
        if "other_sense" not in _roles(cues) and _strong_protest(triggers):
            return True
    return False


def _sentence_reading(
    triggers: Sequence[Found], cues: Sequence[Found], actors: Sequence[Found], topics: bool
) -> bool:
    if topics or _roles(cues) & _READING_CUES or _strong_protest(triggers):
        return True
    return any(
        isinstance(a.info, ActorInfo) and a.info.role != "source" and a.info.type in _READING_TYPES
        for a in actors
    )


def _people_acting(actors: Sequence[Found]) -> bool:
    """Demonstrators or a community named: "los comuneros", "residents"."""
    return names_demonstrators(actors) or any(
        isinstance(a.info, ActorInfo) and a.info.role != "source" and a.info.inter == 7
        for a in actors
    )


def in_their_sense(
    triggers: list[Found],
    cues: Sequence[Found],
    actors: Sequence[Found],
    topics: bool,
    doc_reading: bool,
    text: str,
) -> list[Found]:
    """The triggers of a sentence that keep their protest or repression sense."""
    if "other_sense" in _roles(cues) and not _people_acting(actors):
        # "un huaico que bloqueó la carretera", "los danzantes tomaron las calles"; "Pese al
        # huaico, los comuneros mantienen el bloqueo" names who blocks
        triggers = [
            t
            for t in triggers
            if isinstance(t.info, TriggerInfo) and t.info.kind not in _OTHER_SENSE_KINDS
        ]
    if (
        "evictee" in _roles(cues)
        and not names_demonstrators(actors)
        and not any(
            isinstance(t.info, TriggerInfo)
            and t.info.kind in ("protest", "riot")
            and not t.info.weak
            for t in triggers
        )
    ):
        # "desalojaron a los ambulantes del jirón Gamarra", "police evicted squatters from the
        # plot": people removed who are not protesting are no demonstration intervened in
        triggers = [
            t for t in triggers if isinstance(t.info, TriggerInfo) and t.info.kind != "intervention"
        ]
    if not any(isinstance(t.info, TriggerInfo) and t.info.polysemous for t in triggers):
        return triggers
    # "mantienen cortada la carretera", "roads out of the city are cut": a blockade told by its
    # state needs the road it closes and no authority closing it
    triggers = [t for t in triggers if not _state_not_blockade(t, cues, actors, text)]
    if doc_reading or _sentence_reading(triggers, cues, actors, topics):
        return triggers
    # "los pobladores mantenían cerrada con piedras la carretera": a community that closes a
    # road blocks it
    people = _people_acting(actors)
    return [
        t
        for t in triggers
        if isinstance(t.info, TriggerInfo)
        and (not t.info.polysemous or people and t.info.mode == "blockade")
    ]


#: how far from a blockade told by its state its road may be named
_ROAD_REACH = 60


def _state_not_blockade(
    trigger: Found, cues: Sequence[Found], actors: Sequence[Found], text: str
) -> bool:
    info = trigger.info
    if not isinstance(info, TriggerInfo) or not info.polysemous or info.mode != "blockade":
        return False
    road = any(
        isinstance(c.info, CueInfo)
        and c.info.role == "road"
        and (0 <= c.start - trigger.end <= _ROAD_REACH or 0 <= trigger.start - c.end <= _ROAD_REACH)
        for c in cues
    )
    if not road:
        return True  # "mantienen cerradas sus tiendas": shops, no road
    agent = agent_of(trigger, actors, text)
    # "la Policía mantiene cerrado el puente", "the ministry kept the highway closed"
    return agent is not None and agent.inter == 1
