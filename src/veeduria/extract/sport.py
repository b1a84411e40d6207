"""Sport stories and sport sentences: which of their event words are events all the same.

A sentence with a sport word, and every sentence of a sports story, codes only unmistakable
violence (``pipeline._UNMISTAKABLE``): its strikes, clashes, assaults and blockades are the
game's ("to strike the winner", "un choque de alto voltaje por la punta", "planteó un bloqueo
férreo en su área"). Four kinds of event word still tell of the country around the game:

- a strike of the whole country ("el paro nacional convocado por la Conaie", "after the
  general strike of Nov. 12"): no club or league calls one;
- a protest named as the cause of what befell the game ("suspendió su calendario *por el*
  paro", "no pudo salir de Ambato *por los* bloqueos", "postponed *because of the*
  protests");
- an agreement the government is party to ("El acuerdo firmado el jueves entre el Gobierno y
  las organizaciones indígenas ... permitió reanudar el campeonato");
- in a sports story, a sentence that names demonstrators and no sport word ("police in
  Santiago fired tear gas to disperse hundreds of protesters in Plaza Italia");
- a clash whose side, right beside the word, is the police or the army ("hinchas y policías se
  enfrentaron tras el partido", "fans clashed with police outside the stadium"): no game is
  played against the forces (twenty-first session, spurious3).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veeduria.extract.lexical import ActorInfo, CueInfo, Found, TriggerInfo
from veeduria.extract.places import strike_scope
from veeduria.extract.wordlists import alternation

#: the protest classes a sport's words may borrow
_PROTEST_KINDS = frozenset({"protest", "intervention", "riot"})
#: a cause right before the event word: "por el paro", "debido a los bloqueos", "due to the
#: protests", "because of the blockades", "amid the unrest"
_CAUSE = re.compile(
    rf"\b(?:{alternation('sport', 'cause', any_space=True)})"
    r"(?:\s+(?:el|la|los|las|del|the|an?|un|una))?\s+\Z",
    re.IGNORECASE,
)
#: how far before the event word a cause is looked for
_CAUSE_REACH = 30
_DEMONSTRATORS = frozenset({"Protesters", "Rioters"})


def sport_story(cue_hits: Sequence[Sequence[Found]], actor_hits: Sequence[Sequence[Found]]) -> bool:
    """A sports story: its lead sentence talks of sport and names no demonstrators, and another
    sentence talks of sport too ("Alianza Lima and Universitario fought out a goalless draw
    ..."). Its strikes, clashes and police operations are the sport's (a players' pay dispute,
    the security of a match): only unmistakable violence counts, in every sentence."""
    sport = [any(_is_sport(c) for c in cues) for cues in cue_hits]
    if not sport or not sport[0] or sum(sport) < 2:
        return False
    return not names_demonstrators(actor_hits[0])


def names_demonstrators(actors: Sequence[Found]) -> bool:
    """Whether a sentence names protesters or rioters."""
    return any(isinstance(a.info, ActorInfo) and a.info.type in _DEMONSTRATORS for a in actors)


def country_event(trigger: Found, actors: Sequence[Found], text: str) -> bool:
    """Whether an event word in a sport sentence tells of the country, not the game: a strike
    of the whole country, a protest named as the cause of what befell the game, or an
    agreement the government signed ("El acuerdo firmado el jueves entre el Gobierno y las
    organizaciones indígenas ... permitió reanudar el campeonato")."""
    info = trigger.info
    if isinstance(info, TriggerInfo) and info.kind == "clash":
        return _forces_beside(trigger, actors, text)
    if isinstance(info, TriggerInfo) and info.kind == "agreement":
        return any(isinstance(a.info, ActorInfo) and a.info.sector == "GOV" for a in actors)
    if not isinstance(info, TriggerInfo) or info.kind not in _PROTEST_KINDS:
        return False
    if info.mode == "strike" and strike_scope(text, (trigger.start, trigger.end)) == 0:
        return True
    return _CAUSE.search(text, max(0, trigger.start - _CAUSE_REACH), trigger.start) is not None


#: what may stand between a clash word and the forces that are its side: "hinchas y policías
#: se enfrentaron", "clashed with police", "se enfrentaron con la Policía"
_SIDE_GAP = re.compile(
    r"[\s,]*(?:(?:y|e|and|con|with|contra|against|la|el|los|las|the|riot|antimotines)\s+)*",
    re.IGNORECASE,
)
#: how far from a clash word its side may stand
_SIDE_REACH = 25


def _forces_beside(trigger: Found, actors: Sequence[Found], text: str) -> bool:
    """The police or the army stand right beside the clash word, as one of its sides."""
    for a in actors:
        if not isinstance(a.info, ActorInfo) or a.info.type != "State forces":
            continue
        if 0 <= trigger.start - a.end <= _SIDE_REACH:
            gap = (a.end, trigger.start)
        elif 0 <= a.start - trigger.end <= _SIDE_REACH:
            gap = (trigger.end, a.start)
        else:
            continue
        if _SIDE_GAP.fullmatch(text, *gap) is not None:
            return True
    return False


def _is_sport(cue: Found) -> bool:
    return isinstance(cue.info, CueInfo) and cue.info.role == "sport"
