"""Who acted on whom.

Actors come from the actors lexicon. Roles follow ACLED's conventions per event type
(protesters are actor1 of a protest; the state force is actor1 of excessive force; the
armed group is actor1 of an attack on civilians). When two armed sides appear, the passive
agent ("fueron emboscados por senderistas", "were shot by police") is actor1; otherwise
the side named before the trigger is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from veeduria.extract.coding import official_victim
from veeduria.extract.lexical import ActorInfo, Found, TriggerInfo
from veeduria.extract.numbers import window_holds_any
from veeduria.extract.wordlists import alternation, role_words
from veeduria.models import Actor, Mention


def _role(role: str) -> str:
    """The words of ``role`` in ``lexicons/<lang>/actor_words.yaml`` as an alternation (a
    space matches any whitespace)."""
    return alternation("actor_words", role, any_space=True)


#: state sectors that fight and police, and those that govern, legislate and judge
_FORCES = ("COP", "MIL")
_CIVIL_STATE = frozenset({"GOV", "LEG", "JUD"})
#: political developments a government decrees
_GOVERNMENT_ACTS = frozenset({"state_of_emergency", "curfew", "deployment"})
#: what the government itself decrees or does: named in the sentence, it is actor1 (troops
#: deployed keep the forces sent)
_DECREED = frozenset({"state_of_emergency", "curfew", "resignation"})
#: the triggers of an action that is the unions' own (events.yaml ``*.general_strike``)
_LABOUR_ACTION = ".general_strike"
#: the actors.yaml entries of people who were not demonstrating where the forces hurt them: the
#: press covering it and passers-by (``*.press``, ``*.bystanders``)
_NOT_DEMONSTRATING = (".press", ".bystanders")
#: what may stand between a victim and the word that tells what befell it: no clause break
_SAME_PHRASE = re.compile(r"[^,;:.()\[\]—–]*")
#: the sector of private security forces (a mine's guards, ``*.company``)
_PRIVATE = "PRI"
#: the actors.yaml entries of people named by who they are, not by what they do: a protest
#: makes them protesters
_PEOPLE = ".communities"
#: the sectors of office-holders an arrest may take by their title (a governor, a minister,
#: a congressman)
_OFFICES = ("GOV", "LEG")
#: the trigger kinds that tell someone was killed or hurt
_CASUALTY_KINDS = frozenset({"killing", "injury"})
#: the triggers of a protest lifted, suspended or ended (events.yaml ``*.protest_ended``): the
#: demonstrators' own change of activity
_PROTEST_ENDED = ".protest_ended"
_AGENT_BEFORE = re.compile(
    r"(?:\bpor\b|\bby\b)\s+(?:(?:el|la|los|las|un|una|unos|unas|the|a|an)\s+)?$"
)


#: how far from the event word the agent of a passive may stand ("were killed on Monday in the
#: city of Juliaca by police")
_AGENT_REACH = 80

#: a possessive right before a noun: "*sus* efectivos", "*its* officers", "*their* troops"
_POSSESSIVE = re.compile(rf"(?<!\w)(?:{_role('possessive')})\s+$", re.IGNORECASE)


def possessed(actors: Sequence[Found], text: str) -> list[Found]:
    """Forces named by a possessive are those of the state force named before them.

    "El Comando Conjunto de las Fuerzas Armadas negó que *sus efectivos* hayan disparado":
    "efectivos" alone is the police's word, but "sus" points back to the military named
    before it in the sentence. The possessed actor keeps its span and its role; it takes
    the name, sector and type of the nearest police or military actor before it.
    """
    out = list(actors)
    for i, found in enumerate(out):
        info = found.info
        if not isinstance(info, ActorInfo) or info.inter != 1 or info.sector not in _FORCES:
            continue
        if _POSSESSIVE.search(text, max(0, found.start - 8), found.start) is None:
            continue
        owner = next(
            (
                b.info
                for b in reversed(out[:i])
                if b.end <= found.start
                and isinstance(b.info, ActorInfo)
                and b.info.inter == 1
                and b.info.sector in _FORCES
            ),
            None,
        )
        if owner is not None and owner.name != info.name:
            out[i] = Found(
                found.start,
                found.end,
                replace(info, name=owner.name, type=owner.type, sector=owner.sector),
            )
    return out


#: a preposition of place or destination right before a noun phrase: "llevados *a la*
#: comisaría", "*frente a la* comisaría", "*en el* puesto policial", "taken *to the* police station"
_PLACE_BEFORE = re.compile(
    rf"\b(?:{_role('place_preposition')})\s+(?:(?:el|la|los|las|una?|the|a)\s+)?\Z",
    re.IGNORECASE,
)


def premises_as_places(actors: Sequence[Found], text: str) -> list[Found]:
    """The forces' premises (``*.building`` entries: "comisaría", "puesto policial") after a
    preposition of place are where something happened ("seis fueron llevados a la comisaría de
    Guadalupe", "se concentraron frente a la comisaría"), not the force; told as what was
    attacked or burned ("la comisaría fue incendiada") they stay the force."""
    return [
        a
        for a in actors
        if not (
            isinstance(a.info, ActorInfo)
            and a.info.id.endswith(".building")
            and _PLACE_BEFORE.search(text, max(0, a.start - 16), a.start) is not None
        )
    ]


#: a preposition of place before a state body's seat: "*frente al* Congreso", "*outside the*
#: court", "*en los exteriores del* Palacio"
_OUTSIDE_OF = re.compile(
    rf"\b(?:{_role('outside_of')})\s+(?:(?:el|la|los|las|the)\s+)?\Z", re.IGNORECASE
)


def seats_as_places(actors: Sequence[Found], text: str) -> list[Found]:
    """A government, a congress or a court named after a preposition of place is where a crowd
    stood or fought ("atacaron a simpatizantes *frente al Congreso*", "attacked journalists
    *outside the court*"), not a side of the event. A person named by their name ("frente a
    Dina Boluarte") and a body told as what was attacked ("atacaron el Congreso") stay actors."""
    return [
        a
        for a in actors
        if not (
            isinstance(a.info, ActorInfo)
            and a.info.sector in _CIVIL_STATE
            and a.info.person is None
            and _OUTSIDE_OF.search(text, max(0, a.start - 40), a.start) is not None
        )
    ]


#: a copula denied right before a noun phrase: "los fallecidos «no eran terroristas»", "they
#: were not criminals", "no son delincuentes"
_DENIED_COPULA = re.compile(
    rf"\b(?:{_role('denied_copula')})\s+"
    r"(?:(?:unos|unas|un|una|los|las|the|an?)\s+)?[«\"“‘']?\Z",
    re.IGNORECASE,
)


#: a piece of every phrase of ``denied_copula``: its negation ("no", "n't") or, for a phrase
#: with none, its first word; a window that holds none holds no match of ``_DENIED_COPULA``
#: (extract-perf7)
_DENIED_WORDS = tuple(
    sorted(
        {
            next(
                (n for n in ("no", "n't", "n’t") if n in w.lower()),
                w.split(" ")[0].lower().rstrip("*"),
            )
            for w in role_words("actor_words", "denied_copula")
        }
    )
)


def denied_labels(actors: Sequence[Found], text: str) -> list[Found]:
    """A name given to people only to deny it ("replicó que los fallecidos «no eran
    terroristas»", "they were not criminals") names no actor of the sentence: the dead were
    not an armed group, and nobody of that name acted."""
    return [
        a
        for a in actors
        if not window_holds_any(text[max(0, a.start - 24) : a.start], _DENIED_WORDS)
        or _DENIED_COPULA.search(text, max(0, a.start - 24), a.start) is None
    ]


#: what names the followers of a person or a body before it, up to a title and a name:
#: "*partidarios del* expresidente Jair Bolsonaro", "*supporters of* former president Pedro
#: Castillo" (up to three words between: the words of a title, capitalised names; no other
#: word: "supporters of the strike said the army fired" keeps the army)
_FOLLOWERS_BEFORE = re.compile(
    rf"\b(?i:{_role('followers_before')})\s+(?:(?i:el|la|los|las|the|a|an)\s+)?"
    rf"(?:(?:(?i:{_role('followers_title')})|[A-ZÁÉÍÓÚÑ][\w.'’-]*)\s+){{0,3}}\Z"
)
#: the first word of every phrase of ``followers_before`` (a stem's letters before its ``*``):
#: a window that holds none of them holds no match of ``_FOLLOWERS_BEFORE`` (extract-perf7)
_FOLLOWERS_WORDS = tuple(
    sorted(
        {w.split(" ")[0].lower().rstrip("*") for w in role_words("actor_words", "followers_before")}
    )
)
#: what names the followers of a person or a body after it: "Castillo *supporters*",
#: "Boluarte's *loyalists*"
_FOLLOWERS_AFTER = re.compile(rf"(?:\s+|(?=['’]))(?:{_role('followers_after')})\b", re.IGNORECASE)


def followers(actors: Sequence[Found], text: str) -> list[Found]:
    """Whom followers follow does not act with them: "miles de *partidarios del expresidente*
    Jair Bolsonaro invadieron las sedes del Congreso", "*supporters of* former president Pedro
    Castillo attacked journalists", "Castillo *supporters* clashed with police". The
    followers, named by the words before or after (``*.communities``: a protest makes them
    protesters), are the actors; the person or the body they follow is left out. Only the
    followers' own phrase is read: "the police attacked supporters" keeps the police."""
    return [
        a
        for a in actors
        if not (
            isinstance(a.info, ActorInfo)
            and a.info.inter == 1
            and a.info.sector not in _FORCES
            and (
                (
                    window_holds_any(text[max(0, a.start - 60) : a.start], _FOLLOWERS_WORDS)
                    and _FOLLOWERS_BEFORE.search(text, max(0, a.start - 60), a.start) is not None
                )
                or _FOLLOWERS_AFTER.match(text, a.end) is not None
            )
        )
    ]


#: what joins a force's members to the body they belong to: "efectivos *del* Ejército",
#: "agentes *de la* Policía", "members *of the* armed forces"
_OF_BODY = re.compile(r"\s+(?:de|del|of)\s+(?:(?:el|la|los|las|the)\s+)?\Z", re.IGNORECASE)


def of_body(actors: Sequence[Found], text: str) -> list[Found]:
    """Forces named by their members are those of the body named after them.

    "un arma que solo portaban los *efectivos del Ejército*": "efectivos" alone is the
    police's word, but the body after "del" says whose members they are, whichever of the two
    words stands nearer the verb. The members keep their span and read as the body's entry
    (with the countries where its words name another body).
    """
    out = list(actors)
    for i, found in enumerate(out):
        info = found.info
        if not isinstance(info, ActorInfo) or info.inter != 1 or info.sector not in _FORCES:
            continue
        body = next(
            (
                b.info
                for b in out[i + 1 :]
                if b.start >= found.end
                and b.start - found.end <= 12
                and isinstance(b.info, ActorInfo)
                and b.info.inter == 1
                and b.info.sector in _FORCES
                and _OF_BODY.match(text, found.end, b.start)
            ),
            None,
        )
        if body is not None and body != info:
            out[i] = Found(found.start, found.end, body)
    return out


def last_force(actors: Sequence[Found], before: ActorInfo | None) -> ActorInfo | None:
    """The police or military a story named last (as actors, not as cited sources), after
    a sentence with ``actors``; ``before`` when it names none."""
    for found in reversed(actors):
        info = found.info
        if isinstance(info, ActorInfo) and info.role != "source" and info.sector in _FORCES:
            return info
    return before


#: the sub-event types whose force may be implied (``assign``: the story's force, else the
#: police), and the role it takes in them
_IMPLIED_FORCE = {
    "Excessive force against protesters": "actor1",
    "Protest with intervention": "actor1",
    "Violent demonstration": "actor2",
}


def _implied(actor: Actor | None) -> bool:
    """A force the sentence did not name (``generic``: no words behind it)."""
    return actor is not None and actor.sector in _FORCES and actor.span == (0, 0)


def _region(mention: Mention) -> tuple[str, str] | None:
    place = mention.location
    if place is None or not place.admin1 or not place.country:
        return None
    return (place.country, place.admin1)


def forces_by_place(events: Sequence[Mention]) -> list[Mention]:
    """The force of an incident whose sentence names none is the one the story names for the
    same region, not the one it named last for another.

    A story of several towns tells each town's forces: "soldiers killed ten people in
    Ayacucho"; then "Seventeen civilians were killed around the Inca Manco Cápac airport" in
    Juliaca, where only the police were named, is the police's, not the soldiers' named a
    sentence before. A live blog or a communiqué may name the force after the deaths it
    counts ("eight dead in Ayacucho" at 21:50, "troops guarding the airport were attacked"
    at 18:30): the force named for the region before the incident, else after it. A story
    that named forces only for other regions leaves the police, as a coder assumes; one that
    named a force with no region keeps the force the sentences handed on (``last_force``).
    """
    named: list[tuple[int, tuple[str, str] | None, Actor]] = []
    for i, mention in enumerate(events):
        for actor in (mention.actor1, mention.actor2):
            if actor is not None and actor.sector in _FORCES and actor.span != (0, 0):
                named.append((i, _region(mention), actor))
    if not named:
        return list(events)
    unplaced = any(region is None for _, region, _ in named)
    out = list(events)
    for i, mention in enumerate(events):
        role = _IMPLIED_FORCE.get(mention.sub_event_type or "")
        region = _region(mention)
        if (
            role is None
            or region is None
            or mention.mode == "arrest"  # the arrests of a crowd are the police's, as ever
            or not _implied(getattr(mention, role))
        ):
            continue
        here = [(j, actor) for j, where, actor in named if where == region]
        before = [actor for j, actor in here if j < i]
        after = [actor for j, actor in here if j > i]
        actor = before[-1] if before else (after[0] if after else None)
        if actor is None and unplaced:
            # forces named with no region (a country-wide figure, "a police officer was
            # burned to death" placed in no region) may be the ones the sentences handed on;
            # a force named only for another region is not: the unplaced one is
            loose = [(j, a) for j, where, a in named if where is None]
            current = getattr(mention, role)
            if any(a.name == current.name for _, a in loose):
                continue
            before = [a for j, a in loose if j < i]
            actor = before[-1] if before else loose[0][1]
        force = (
            generic(actor.name, actor.inter, actor.type, actor.sector, region[0])
            if actor is not None
            else generic("Police Forces of Peru", 1, "State forces", "COP", region[0])
        )
        if force.name != getattr(mention, role).name:
            out[i] = (
                replace(mention, actor1=force)
                if role == "actor1"
                else replace(mention, actor2=force)
            )
    return out


def story_country(events: Sequence[Mention], story: str | None = None) -> list[Mention]:
    """The actors of an event whose sentence gives no country are of the country the story
    tells before it, else after it, not Peru by default: "CONAIE: El Estado asesinó a nuestro
    compañero" heads a communiqué on Cotacachi, in Ecuador. When no event is placed in a
    country, they are of ``story``, the country the whole text is set in (the place finder's
    reading: "miles de panameños", "Chiriquí, Veraguas y Coclé"), when it is not Peru."""
    countries = [
        m.location.country if m.location is not None and m.location.country else None
        for m in events
    ]
    if not any(c is not None for c in countries) and story is not None and story != "Peru":
        return [_in_story_country(m, story) for m in events]
    if not any(c is not None and c != "Peru" for c in countries):
        return list(events)
    out = list(events)
    for i, mention in enumerate(events):
        if countries[i] is not None:
            continue
        before = [c for c in countries[:i] if c is not None]
        after = [c for c in countries[i + 1 :] if c is not None]
        country = before[-1] if before else (after[0] if after else None)
        if country is None or country == "Peru":
            continue
        out[i] = replace(
            mention,
            actor1=_relocalised(mention.actor1, country),
            actor2=_relocalised(mention.actor2, country),
            assoc_actors=tuple(
                a for a in (_relocalised(x, country) for x in mention.assoc_actors) if a
            ),
        )
    return out


def _in_story_country(mention: Mention, country: str) -> Mention:
    return replace(
        mention,
        actor1=_relocalised(mention.actor1, country),
        actor2=_relocalised(mention.actor2, country),
        assoc_actors=tuple(
            a for a in (_relocalised(x, country) for x in mention.assoc_actors) if a
        ),
    )


def _relocalised(actor: Actor | None, country: str) -> Actor | None:
    if actor is None:
        return None
    name = _localise(actor.name, country)
    return actor if name == actor.name else replace(actor, name=name)


def actor_from(found: Found, text: str, country: str = "Peru") -> Actor:
    info = found.info
    assert isinstance(info, ActorInfo)
    return Actor(
        name=_localise(info.name, country),
        type=info.type,
        inter=info.inter,
        sector=info.sector,
        text=text[found.start : found.end],
        span=(found.start, found.end),
    )


@functools.lru_cache(maxsize=256)
def generic(name: str, inter: int, type_: str, sector: str | None, country: str) -> Actor:
    """An actor the event type implies but the sentence does not name (span is empty).

    Remembered: a few actors, asked for by nearly every event, and an actor is immutable."""
    return Actor(_localise(name, country), type_, inter, sector, "", (0, 0))


def localise(name: str, country: str) -> str:
    """``name``, an actor of Peru by default, as the same actor of ``country``."""
    return _localise(name, country)


def _localise(name: str, country: str) -> str:
    if country == "Peru" or "Peru" not in name:
        return name
    # ACLED's style: "Police Forces of the Dominican Republic", "Protesters (Dominican Republic)"
    of = f"the {country}" if country in _WITH_ARTICLE else country
    return name.replace("of Peru", f"of {of}").replace("(Peru)", f"({country})")


#: countries whose English name takes the article after "of"
_WITH_ARTICLE = frozenset(role_words("actor_words", "country_with_article", ("en",)))


#: two actors named together: "soldiers and police", "policías y soldados"
_JOINED = re.compile(
    rf"\s*(?:,\s*)?(?:{_role('conjunction')})\s+(?:the\s+|los\s+|las\s+|la\s+|el\s+)?\Z",
    re.IGNORECASE,
)


def _first_joined(chosen: Found, candidates: Sequence[Found], text: str) -> Found:
    """The first of actors named together ("soldiers and police shot dead ten people",
    "policías y soldados abrieron fuego"): a coder names the first as the actor."""
    while True:
        before = next(
            (
                c
                for c in candidates
                if c.end <= chosen.start
                and chosen.start - c.end <= 12
                and _JOINED.match(text[c.end : chosen.start])
            ),
            None,
        )
        if before is None:
            return chosen
        chosen = before


def _in_country(found: Found, country: str) -> Found:
    info = found.info
    if not isinstance(info, ActorInfo) or not info.countries:
        return found
    there = info.in_country(country)
    return found if there is info else Found(found.start, found.end, there)


def _hurt_bystander(actors: Sequence[Found], words: Sequence[Found], text: str) -> Found | None:
    """The journalist or passer-by the force's event befell ("at least two reporters *were
    beaten* by police", "Un reportero gráfico *resultó herido*", "*wounding* a photographer").
    A journalist who tells it ("Journalists' groups said") or one counted among others ("24
    heridos, entre ellos un reportero") is no such victim."""
    return _befallen(
        [
            a
            for a in actors
            if isinstance(a.info, ActorInfo) and a.info.id.endswith(_NOT_DEMONSTRATING)
        ],
        words,
        text,
    )


def _befallen(actors: Sequence[Found], words: Sequence[Found], text: str) -> Found | None:
    """Which of ``actors`` one of ``words`` befell, named as the one it befell: the subject just
    before the word or its object just after it, in the same phrase (the nearest). ``words``
    are the event's word and the sentence's words of death and injury ("Un transeúnte
    *murió* alcanzado por una bala durante la represión", "en los que *murieron* cuatro
    efectivos policiales")."""
    near: list[tuple[int, Found]] = []
    for a in actors:
        for word in words:
            if 0 <= word.start - a.end <= 40 and _SAME_PHRASE.fullmatch(text, a.end, word.start):
                near.append((word.start - a.end, a))
            elif 0 <= a.start - word.end <= 25 and _SAME_PHRASE.fullmatch(text, word.end, a.start):
                near.append((a.start - word.end, a))
    return min(near, key=lambda n: n[0])[1] if near else None


#: a relative clause that says what the people just named were doing: "a jubilados *que*
#: protestaban", "on pensioners *who* were protesting"
_RELATIVE = re.compile(rf"[^.;:]*\b(?:{_role('relative')})\b[^.;:]*", re.IGNORECASE)


def _demonstrating(words: Sequence[Found], trigger: Found, text: str) -> bool:
    """A protest word in a relative clause soon after the event word tells that those it
    befell were demonstrating ("golpearon a jubilados y periodistas que se concentraban en el
    lugar", "beat pensioners who were protesting outside the institute")."""
    return any(
        isinstance(w.info, TriggerInfo)
        and w.info.kind == "protest"
        and 0 < w.start - trigger.end <= 60
        and _RELATIVE.fullmatch(text, trigger.end, w.start) is not None
        for w in words
    )


#: a clause that tells what went on around the event, up to the people it names: "*while
#: officers were clearing* protesters", "*mientras los agentes desalojaban a los* manifestantes"
_SCENE = re.compile(rf"\b(?:{_role('scene')})\b[^,;:.()\[\]—–]{{0,60}}\Z", re.IGNORECASE)


def _scene(found: Found, text: str) -> bool:
    """``found`` is named in a clause that tells the scene of the event, not its object."""
    return _SCENE.search(text, max(0, found.start - 80), found.start) is not None


def _same_phrase(a: Found, b: Found, text: str) -> bool:
    """``a`` and ``b`` stand near each other with no clause break between them."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return hi - lo <= _AGENT_REACH and _SAME_PHRASE.fullmatch(text, lo, hi) is not None


def _is_agent(found: Found, text: str) -> bool:
    return bool(_AGENT_BEFORE.search(text[max(0, found.start - 12) : found.start]))


#: the subject of a relative clause on the event word: "el bombardeo *que la* Fuerza Aérea
#: realizó", "the strike *that the* air force carried out"
_RELATIVE_AGENT = re.compile(
    rf"\s*,?\s*(?:{_role('relative_agent')})\s+(?:(?:el|la|los|las|the)\s+)?\Z", re.IGNORECASE
)
#: a death or injury word that tells what befell its subject, not what it did: intransitive
#: ("murieron", "died") or passive ("fueron asesinados", "were killed")
_BEFELL_SUBJECT = re.compile(
    r"(?:mur|muer|fallec|perec|perdi|died|dies|die\b|dead|hurt|injured|wounded|herid|lesionad)",
    re.IGNORECASE,
)
_PASSIVE_GAP = re.compile(rf".*\b(?:{_role('passive_gap')})\s+\Z", re.IGNORECASE | re.DOTALL)
#: the target of an attack named after it: "*contra* un campamento de las disidencias",
#: "*against* an ELN camp"
_AGAINST = re.compile(
    rf"[^,;:.()\[\]—–]*\b(?:{_role('against')})\b[^,;:.()\[\]—–]*\Z", re.IGNORECASE
)


#: a participle of another verb between the event word and the agent of a passive: "la cifra
#: de tres fallecidos *difundida* inicialmente por el Comando Conjunto"
_OTHER_PARTICIPLE = re.compile(r"\b\w+(?:ada|adas|ida|idas|ado|ados|ido|idos)\b", re.IGNORECASE)


#: an aside between dashes or brackets
_ASIDE = re.compile(r"\s*(?:—[^—]*—|–[^–]*–|\([^()]*\))")
#: the auxiliary of a passive, whose participle is the event's own ("habría sido *sembrado*
#: por remanentes de Sendero")
_PASSIVE_AUX = re.compile(rf"\b(?:{_role('passive_aux')})\s+\Z", re.IGNORECASE)


def _agent_of(found: Found, words: Sequence[Found], text: str) -> bool:
    """``found``, the agent of a passive, is the agent of one of ``words`` (the event word, the
    words of death and injury): after it, or before it ("*by* Shining Path, seven officers were
    killed"), in the same phrase, with no participle of another verb between them (one with
    its own auxiliary is the event's passive: "el artefacto habría sido sembrado por ...")."""
    for w in words:
        if 0 <= found.start - w.end <= _AGENT_REACH + 60:
            # an aside between dashes or brackets is no break: "el artefacto —una olla de
            # presión rellena de dinamita— habría sido sembrado por remanentes de Sendero"
            gap = _ASIDE.sub(" ", text[w.end : found.start])
            if gap.count("—") == 1 or gap.count(")") == 1 and "(" not in gap:
                # the event word is inside the aside: read on from where it closes
                gap = gap[max(gap.find("—"), gap.find(")")) + 1 :]
            if (
                len(gap) <= _AGENT_REACH
                and _SAME_PHRASE.fullmatch(gap)
                and not any(
                    m.group().lower() != "sido"
                    and _PASSIVE_AUX.search(gap[max(0, m.start() - 12) : m.start()]) is None
                    for m in _OTHER_PARTICIPLE.finditer(gap)
                )
            ):
                return True
        elif 0 <= w.start - found.end <= _AGENT_REACH and _SAME_PHRASE.fullmatch(
            text, found.end, w.start
        ):
            return True
    return False


def _relative_agent(found: Found, trigger: Found, text: str) -> bool:
    """``found`` is the subject of a relative clause on the event word ("el bombardeo que
    la Fuerza Aérea realizó contra ..."): the one who did it."""
    if (
        trigger.start <= found.start
        and found.end <= trigger.end
        and trigger.end - trigger.start > found.end - found.start
    ):
        # the force is part of the event's own words: "bombardeo de la Fuerza Aérea" (not an
        # actor that is the event word itself: "sicarios")
        return True
    return 0 <= found.start - trigger.end <= 12 and (
        _RELATIVE_AGENT.fullmatch(text, trigger.end, found.start) is not None
    )


def _struck_side(
    armed: Sequence[Found], trigger: Found, casualties: Sequence[Found], text: str
) -> list[Found]:
    """The armed sides an attack struck, not the ones that made it: the subject of a death
    or injury word that befell it ("diez integrantes de las disidencias de las FARC
    *murieron* en el bombardeo", "two soldiers *were killed*"), the object of one ("*killing*
    ten dissidents") and the target named after "contra"/"against" ("el bombardeo ...
    *contra* un campamento del ELN")."""
    out = []
    for a in armed:
        for word in casualties:
            gap = word.start - a.end
            if 0 <= gap <= 40 and _SAME_PHRASE.fullmatch(text, a.end, word.start):
                said = text[word.start : word.end]
                if _BEFELL_SUBJECT.match(said) or _PASSIVE_GAP.fullmatch(text, a.end, word.start):
                    out.append(a)
                    break
            elif (
                0 <= a.start - word.end <= 25
                and not _BEFELL_SUBJECT.match(text[word.start : word.end])
                and _SAME_PHRASE.fullmatch(text, word.end, a.start)
            ):
                out.append(a)
                break
        else:
            if 0 <= a.start - trigger.end <= 80 and _AGAINST.fullmatch(text, trigger.end, a.start):
                out.append(a)
    return out


def _forces_struck(
    armed: Sequence[Found],
    hit_sides: Sequence[Found],
    trigger: Found,
    casualties: Sequence[Found],
    text: str,
) -> bool:
    """Every armed side named is a state force, and each is what a blast struck: a side a
    death or injury befell (``hit_sides``, or the subject of one told with its auxiliary:
    "dos soldados *resultaron heridos* al estallar una mina") or one named after the event
    word in its sentence ("a car bomb exploded *outside a military base*"), never the subject
    of the event word ("the army shelled the camp")."""
    if not armed:
        return False
    for a in armed:
        info = a.info
        if not isinstance(info, ActorInfo) or info.sector not in _FORCES:
            return False
        if a in hit_sides:
            continue
        if (
            trigger.end <= a.start
            and not _SENTENCE_BREAK.search(text, trigger.end, a.start)
            and _STRUCK_AT.search(text, max(trigger.end, a.start - 50), a.start)
        ):
            continue
        if any(
            0 <= w.start - a.end <= 40
            and _SAME_PHRASE.fullmatch(text, a.end, w.start)
            and _BEFELL_SUBJECT.search(text, w.start, w.end)
            for w in casualties
        ):
            continue
        return False
    return True


#: a preposition before what a blast struck, up to an article and two words: "*outside a*
#: military base", "*sobre la* base militar", "*near their* patrol"
_STRUCK_AT = re.compile(
    rf"\b(?:{_role('struck_at')})\s+(?:(?:el|la|los|las|un|una|the|a|an|its|their|su|sus)\s+)?"
    r"(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
#: the end of a sentence between two words
_SENTENCE_BREAK = re.compile(r"[.;:!?]\s")
#: the premises of private people and firms named after a blast's word, in its sentence
_CIVIL_PREMISES = re.compile(
    rf"\A[^.;!?]{{0,120}}?\b(?:{_role('civil_premises')})\b", re.IGNORECASE
)


def _civil_premises(trigger: Found, text: str) -> bool:
    """A shop, a home or a firm's premises are named after the blast's word: what it struck
    ("a grenade exploded outside the office of a transport company")."""
    return _CIVIL_PREMISES.search(text[trigger.end : trigger.end + 160]) is not None


#: between a crowd's verb and whom it attacked or fought: "atacó *a los* manifestantes",
#: "clashed *with* villagers", "attacked *the* march", "agredieron *a un grupo de* comuneros"
_OBJECT_LINK = (
    rf"\s+(?:(?:{_role('riot_object')})\s+)?"
    r"(?:(?:el|la|los|las|un|una|unos|unas|the|a|an|\d+|dos|tres|two|three)\s+)?"
    r"(?:(?:grupo|grupos|group|groups|decenas|cientos|dozens|hundreds)\s+(?:de|of)\s+)?"
    r"(?:(?:los|las|the)\s+)?"
)
_RIOT_OBJECT = re.compile(_OBJECT_LINK + r"\Z", re.IGNORECASE)
#: the same with one word that qualifies the people named ("clashed with *market* vendors"),
#: no conjunction ("rompieron el cerco *y* ocuparon")
_RIOT_OBJECT_QUALIFIED = re.compile(
    _OBJECT_LINK + rf"(?!(?:{_role('conjunction')})\s)[\w-]+\s+\Z", re.IGNORECASE
)


def _crowd_object(
    told: Sequence[Found], words: Sequence[Found], trigger: Found, text: str
) -> Found | None:
    """The people a crowd's verb attacked or fought, named right after it: demonstrators or a
    march ("una turba agredió a los manifestantes", "a mob attacked the march of retirees"),
    or another group of people ("mineros informales se enfrentaron con comuneros", "clashed
    with villagers"). Rioters, protesters and people named by who they are; a force named
    there is the side the riot fought (``assign`` reads the forces first). A word of death or
    injury is no crowd's verb: "21 injured civilians" were hurt, not fought."""
    info = trigger.info
    if isinstance(info, TriggerInfo) and info.kind in _CASUALTY_KINDS:
        return None
    people = [
        a
        for a in told
        if isinstance(a.info, ActorInfo) and a.info.inter in (5, 6, 7) and a.info.sector != "MED"
    ]
    # a protest word inside an actor's words is that actor: "apedrearon *la caravana
    # presidencial*" stoned the president's convoy, not a march
    marches = [
        w
        for w in words
        if isinstance(w.info, TriggerInfo)
        and w.info.kind == "protest"
        and not any(a.start < w.end and w.start < a.end for a in told)
    ]
    after = [
        f
        for f in (*people, *marches)
        if 0 <= f.start - trigger.end <= 40
        and "\n" not in text[trigger.end : f.start]  # a headline's words end at its line
        and (
            _RIOT_OBJECT.fullmatch(text, trigger.end, f.start)
            or (f in people and _RIOT_OBJECT_QUALIFIED.fullmatch(text, trigger.end, f.start))
        )
    ]
    return min(after, key=lambda f: f.start) if after else None


#: the two sides of a clash told as rivals, in the clash's phrase before its verb: "*grupos
#: rivales* se enfrentaron", "*supporters and opponents* of the government clashed"
_RIVALS = re.compile(rf"\b(?:{_role('rival_sides')})\b", re.IGNORECASE)


def _crowds_clashed(told: Sequence[Found], trigger: Found, text: str) -> bool:
    """A clash whose two sides are crowds, named before its verb: two kinds of people joined
    ("huelguistas y vecinos se enfrentaron a pedradas", "strikers and residents clashed") or
    sides told as rivals ("grupos rivales se enfrentaron", "rival groups clashed",
    "supporters and opponents of the government clashed", "clashes between the two camps"). ``assign`` reads the forces
    first: "manifestantes y policías se enfrentaron" is a clash with the police."""
    for m in _RIVALS.finditer(text, max(0, trigger.start - 80), trigger.start):
        if _SAME_PHRASE.fullmatch(text, m.end(), trigger.start):
            return True
    # or after it: "clashes between the two camps", "enfrentamientos entre ambos bandos"
    after = _RIVALS.search(text, trigger.end, trigger.end + 40)
    if after is not None and _RIOT_OBJECT.fullmatch(text, trigger.end, after.start()):
        return True
    people = [
        a
        for a in told
        if isinstance(a.info, ActorInfo)
        and a.info.inter in (5, 6, 7)
        and a.info.sector != "MED"
        and a.end <= trigger.start
        and _same_phrase(a, trigger, text)
    ]
    return any(
        a.end <= b.start
        and b.start - a.end <= 12
        and a.info != b.info
        and _JOINED.match(text[a.end : b.start]) is not None
        for a in people
        for b in people
    )


def assign(
    sub_event_type: str,
    event_type: str,
    actors: Sequence[Found],
    trigger: Found,
    text: str,
    country: str,
    mode: str | None = None,
    *,
    story_force: ActorInfo | None = None,
    lethal: bool = False,
    arrests: bool = False,
    clash: bool = False,
    speaker: tuple[int, int] | None = None,
    fact: str = "asserted",
    words: Sequence[Found] = (),
    bystander: bool = False,
) -> tuple[Actor | None, Actor | None, tuple[Actor, ...]]:
    """Return actor1, actor2 and associated actors for one event.

    ``story_force`` is the police or military the story named last: the forces that used
    force on a demonstration when its sentence names none ("diez personas murieron por
    heridas de bala" after the army's denial); with none named at all, the police.
    ``lethal``: the event counts dead; a riot with dead and no force named was met by the
    story's force ("a crowd tried to storm the airport, and a young man was killed").
    ``arrests``: the event counts people detained; a riot whose rioters were arrested was met
    by the forces ("Incidentes frente al Congreso: 33 detenidos y autos incendiados").
    ``clash``: the event's sentence (or clause) tells a clash ("protests ended in clashes and
    looting"): a riot fought the forces. ``speaker``: the span of the source the sentence cites
    ("..., prosecutors said", "según la Fiscalía"), who tells the event and takes no part in it
    as its victim, its arrester or its looter. ``fact``: the event's factuality; a riot called
    for or planned is the protesters' plan ("sus bases tomarán el aeropuerto").
    ``words``: the sentence's event words; its words of death and injury tell whom the force
    hurt, a protest word in a relative clause after a mob's verb that its victims were
    demonstrating. ``bystander``: the sentence tells that whom the force struck was going about
    their day ("cuando esperaba el bus", "on his way home from work"): a civilian.
    """
    # words that name another body in the story's country ("military police": the police in
    # Brazil, the military in Honduras) are read as that body
    acting = [
        _in_country(a, country)
        for a in actors
        if isinstance(a.info, ActorInfo) and a.info.role != "source"
    ]
    if story_force is not None:
        story_force = story_force.in_country(country)
    # those who tell the event: the source a sentence cites is neither its victim nor its
    # arrester ("..., was then beaten to death by a crowd, prosecutors said")
    casualties = [
        w for w in words if isinstance(w.info, TriggerInfo) and w.info.kind in _CASUALTY_KINDS
    ]
    told = [
        a for a in acting if speaker is None or not (speaker[0] <= a.start and a.end <= speaker[1])
    ]

    def pick(
        *inters: int, sectors: tuple[str, ...] = (), pool: Sequence[Found] | None = None
    ) -> Found | None:
        candidates = [
            a
            for a in (acting if pool is None else pool)
            if isinstance(a.info, ActorInfo)
            and (a.info.inter in inters or (sectors and a.info.sector in sectors))
        ]
        if not candidates:
            return None
        return _best(candidates)

    def pick_sector(*sectors: str, pool: Sequence[Found] | None = None) -> Found | None:
        candidates = [
            a
            for a in (acting if pool is None else pool)
            if isinstance(a.info, ActorInfo) and a.info.sector in sectors
        ]
        return _best(candidates) if candidates else None

    def _best(candidates: list[Found]) -> Found:
        # the agent of a passive ("perpetrada por el Ejército") is the actor of its own verb,
        # not of an event word told in another phrase of the sentence ("..., y la represión
        # policial del 11 de diciembre")
        agents = [a for a in candidates if _is_agent(a, text) and _same_phrase(a, trigger, text)]
        if agents:
            return _first_joined(agents[0], candidates, text)
        # the closest to the trigger
        closest = min(candidates, key=lambda a: abs(a.start - trigger.start))
        return _first_joined(closest, candidates, text)

    def unidentified() -> Actor:
        return generic("Unidentified Armed Group (Peru)", 3, "Political militias", "UAG", country)

    def assoc() -> tuple[Actor, ...]:
        return tuple(
            actor_from(a, text, country)
            for a in acting
            if isinstance(a.info, ActorInfo) and a.info.sector == "LAB"
        )

    # each branch builds only the actors it returns
    if event_type == "Protests":
        protesters = generic("Protesters (Peru)", 6, "Protesters", "CVL", country)
        if sub_event_type in ("Excessive force against protesters", "Protest with intervention"):
            # the force that intervened acted; unnamed, it is the police, as a coder would assume.
            # A minister or "officials" who speak of it are no force ("A second young man has
            # died, officials say"; "dijo que la intervención fue necesaria")
            # the press or a passer-by the force hurt is no demonstrator: "two reporters were
            # beaten by police", "un transeúnte resultó herido por un perdigón"
            # unless the force also struck the demonstration: demonstrators named or people
            # detained ("Represión en la marcha: un fotógrafo herido y 124 detenidos")
            # demonstrators named only as the scene ("ran over a delivery rider *while officers
            # were clearing protesters*") were not what the force struck
            crowd_struck = any(
                isinstance(a.info, ActorInfo) and a.info.inter in (5, 6) and not _scene(a, text)
                for a in told
            )
            struck = arrests or crowd_struck
            hurt = None if struck else _hurt_bystander(told, [trigger, *casualties], text)
            if hurt is None and arrests and not crowd_struck:
                # "seven journalists were detained after covering the protests", "la policía
                # detuvo a dos periodistas que cubrían la marcha": whom the arrest itself took
                # is the press, and no demonstrator is named as struck
                hurt = _hurt_bystander(told, [trigger], text)
            if hurt is not None:
                protesters = actor_from(hurt, text, country)
            elif bystander and not struck:
                protesters = generic("Civilians (Peru)", 7, "Civilians", "CVL", country)
            # a mine's or a firm's guards who fired on the demonstration acted, not the police
            # the story may name elsewhere ("vigilantes de la mina dispararon contra los
            # comuneros", "the mine's security guards fired on villagers")
            acted = pick_sector(*_FORCES) or pick_sector(_PRIVATE)
            if acted is not None:
                return actor_from(acted, text, country), protesters, assoc()
            if story_force is not None:
                named = generic(
                    story_force.name,
                    story_force.inter,
                    story_force.type,
                    story_force.sector,
                    country,
                )
                return named, protesters, assoc()
            police = generic("Police Forces of Peru", 1, "State forces", "COP", country)
            return police, protesters, assoc()
        info = trigger.info
        if (
            sub_event_type == "Peaceful protest"
            and isinstance(info, TriggerInfo)
            and info.id.endswith(_LABOUR_ACTION)
        ):
            # "Unions called a general strike", "la CUT convocó a una huelga general": the unions'
            # own action; the union named, else the country's labour group
            union = pick_sector("LAB")
            labour = (
                actor_from(union, text, country)
                if union is not None
                else generic("Labour Group (Peru)", 6, "Protesters", "LAB", country)
            )
            return labour, None, assoc()
        return protesters, None, assoc()
    if event_type == "Riots":
        rioters = generic("Rioters (Peru)", 5, "Rioters", "CVL", country)
        if sub_event_type == "Mob violence":
            # the victim named (not the source that tells it), else a civilian: a crowd that
            # beats or lynches someone nobody names attacks a person, not a body
            if _demonstrating(words, trigger, text):
                # "grupos de choque golpearon a jubilados que protestaban": whom the mob beat
                # were demonstrating
                return rioters, generic("Protesters (Peru)", 6, "Protesters", "CVL", country), ()
            victim = pick(7, 1, pool=told)
            if (
                mode == "lynching"
                and victim is not None
                and isinstance(victim.info, ActorInfo)
                and victim.info.sector in _CIVIL_STATE
            ):
                # the mob killed a police officer or a soldier (``coding``'s officer rules):
                # the force is the victim, not a congresswoman who recalls it
                victim = pick_sector(*_FORCES, pool=told) or victim
            return (
                rioters,
                (
                    actor_from(victim, text, country)
                    if victim
                    else generic("Civilians (Peru)", 7, "Civilians", "CVL", country)
                ),
                (),
            )
        if fact in ("called_for", "planned"):
            # "rechaza los llamados a tomar el aeropuerto", "sus bases tomarán el aeropuerto": the
            # violence asked for or announced has no rioters yet, only the protesters who plan it
            rioters = generic("Protesters (Peru)", 6, "Protesters", "CVL", country)
        # the forces a crowd fought; a minister, a prosecutor or Congress named in the sentence
        # are no side of it ("el alcalde pidió a la Fiscalía investigar ..., donde también hubo
        # enfrentamientos": the police the story named), the government only as what the crowd
        # attacked
        # the forces the riot killed or hurt fought it ("los enfrentamientos del jueves, en los
        # que murieron cuatro efectivos policiales", after "bajo custodia militar"), else the
        # force named nearest its word
        forces = [a for a in told if isinstance(a.info, ActorInfo) and a.info.sector in _FORCES]
        acted = _befallen(forces, casualties, text) or pick_sector(*_FORCES)
        if acted is not None:
            return rioters, actor_from(acted, text, country), assoc()
        hurt = _hurt_bystander(told, [trigger, *casualties], text)
        if hurt is not None:
            # "Un reportero gráfico resultó herido en la cabeza por una piedra": whom the stones
            # hit, when the sentence names no force
            return rioters, actor_from(hurt, text, country), assoc()
        if mode == "clash" and _crowds_clashed(told, trigger, text):
            # "grupos rivales se enfrentaron a pedradas", "strikers and residents clashed": a
            # crowd fought a crowd
            return rioters, generic("Rioters (Peru)", 5, "Rioters", "CVL", country), assoc()
        fought = _crowd_object(told, words, trigger, text)
        if fought is not None:
            # "una turba agredió a los manifestantes", "a mob attacked the march": the crowd
            # fought demonstrators; "illegal miners clashed with villagers": another crowd
            if isinstance(fought.info, TriggerInfo) or (
                isinstance(fought.info, ActorInfo) and fought.info.inter == 6
            ):
                return (
                    rioters,
                    generic("Protesters (Peru)", 6, "Protesters", "CVL", country),
                    assoc(),
                )
            return rioters, generic("Rioters (Peru)", 5, "Rioters", "CVL", country), assoc()
        # "intentó tomar el aeropuerto y fue repelido con bombas lacrimógenas": the forces'
        # answer told in the sentence is the side the riot met
        answered = fact not in ("called_for", "planned") and any(
            isinstance(w.info, TriggerInfo) and w.info.kind in ("intervention", "force")
            for w in words
        )
        if mode == "clash" or clash or lethal or arrests or answered:
            # "murieron durante los enfrentamientos": a clash in a demonstration is with the
            # forces the story named last, else the police, as a coder would assume; so is a
            # riot with dead ("a crowd tried to storm the airport, and a young man was killed")
            if story_force is not None:
                named = generic(
                    story_force.name,
                    story_force.inter,
                    story_force.type,
                    story_force.sector,
                    country,
                )
                return rioters, named, assoc()
            return (
                rioters,
                generic("Police Forces of Peru", 1, "State forces", "COP", country),
                assoc(),
            )
        target = next(
            (
                a
                for a in acting
                if isinstance(a.info, ActorInfo)
                and a.info.sector == "GOV"
                and 0 <= a.start - trigger.end <= 30
            ),
            None,
        )
        if target is not None:
            # what the crowd attacked, named after its verb: "a crowd pelted the president's
            # motorcade with stones", "apedrearon la caravana presidencial"
            return rioters, actor_from(target, text, country), assoc()
        return rioters, None, assoc()
    if event_type == "Violence against civilians":
        agent = pick(3) if mode == "on_demonstrators" else pick(2, 3, 4, 1, 8)
        info = trigger.info
        if isinstance(info, TriggerInfo) and info.id.endswith(".custody_death"):
            # "died in custody", "murió bajo custodia": held by the forces, dead in their hands;
            # the police when the sentence names no force
            held_by = pick_sector("COP", "MIL")
            keeper = (
                actor_from(held_by, text, country)
                if held_by is not None
                else generic("Police Forces of Peru", 1, "State forces", "COP", country)
            )
            return keeper, generic("Civilians (Peru)", 7, "Civilians", "CVL", country), ()
        official = official_victim(trigger, told, text)
        if official is not None:
            # "el asesinato de Carlos Manzo, alcalde de Uruapan", "the mayor was shot dead": the
            # office-holder is whom the attack befell; the armed men named did it, else nobody
            # named
            attacker = pick(2, 3, 4, 8, pool=[a for a in told if a is not official])
            return (
                actor_from(attacker, text, country) if attacker else unidentified(),
                actor_from(official, text, country),
                (),
            )
        # "unidentified gunmen shot at the marchers"; "two teachers were shot dead by a man who
        # confronted them at a roadblock", "disparó contra quienes mantenían un cierre de vía":
        # the people shot were demonstrating
        at_protest = mode == "on_demonstrators" or (
            mode == "firearms"
            and (
                any(isinstance(w.info, TriggerInfo) and w.info.kind == "protest" for w in words)
                or any(isinstance(a.info, ActorInfo) and a.info.inter == 6 for a in told)
            )
        )
        civilians = (
            generic("Protesters (Peru)", 6, "Protesters", "CVL", country)
            if at_protest
            else generic("Civilians (Peru)", 7, "Civilians", "CVL", country)
        )
        if (
            fact == "negated"
            and agent is not None
            and isinstance(agent.info, ActorInfo)
            and agent.info.sector in _CIVIL_STATE
            and story_force is not None
        ):
            # "Officials insist she was never beaten": who denies it is not who would have
            # beaten her; the forces the story named are
            return (
                generic(
                    story_force.name,
                    story_force.inter,
                    story_force.type,
                    story_force.sector,
                    country,
                ),
                civilians,
                (),
            )
        # "gunmen killed 16 people": an attacker nobody names is an unidentified armed group
        return (actor_from(agent, text, country) if agent else unidentified()), civilians, ()
    if event_type in ("Battles", "Explosions/Remote violence"):
        # the source that tells a blast takes no part in it ("A grenade exploded outside a
        # shop, police said")
        armed = [
            a
            for a in (told if event_type == "Explosions/Remote violence" else acting)
            if isinstance(a.info, ActorInfo) and a.info.inter in (1, 2, 3, 4, 8)
        ]
        fighting = [
            a for a in armed if isinstance(a.info, ActorInfo) and a.info.sector not in _CIVIL_STATE
        ]
        if (
            fighting
        ):  # "the government said the army bombed ...": the army fought, the government spoke
            armed = fighting
        # the agent of a passive ("bombed by the air force") or of a relative clause ("el
        # bombardeo que la Fuerza Aérea realizó"), else the first side the attack did not strike
        # ("diez disidentes murieron en el bombardeo ...": the dissidents are the struck side)
        # (an agent of another verb of the sentence is none: "la cifra difundida por el Comando
        # Conjunto")
        agents = [
            a for a in armed if _is_agent(a, text) and _agent_of(a, [trigger, *casualties], text)
        ] or [a for a in armed if _relative_agent(a, trigger, text)]
        hit_sides = _struck_side(armed, trigger, casualties, text) if not agents else []
        forces_struck = (
            event_type == "Explosions/Remote violence"
            and not agents
            and _forces_struck(armed, hit_sides, trigger, casualties, text)
        )
        unstruck = [a for a in armed if a not in hit_sides]
        if hit_sides and unstruck:
            agents = unstruck[:1]
            armed = [*unstruck, *hit_sides]
        first = agents[0] if agents else (armed[0] if armed else None)
        second = next(
            (
                a
                for a in armed
                if first is not None
                and isinstance(a.info, ActorInfo)
                and isinstance(first.info, ActorInfo)
                and a.info.inter != first.info.inter
            ),
            None,
        )
        if forces_struck and first is not None:
            # only the forces are named, as what the blast struck ("a car bomb exploded outside
            # a military base", "dejaron caer explosivos sobre la estación de policía", "two
            # soldiers were wounded when a landmine exploded"): they are actor2, the attacker
            # nobody names an unidentified armed group
            return unidentified(), actor_from(first, text, country), ()
        if second is None and event_type == "Explosions/Remote violence":
            victim = pick(7, pool=told)
            second = victim
            if victim is None and _civil_premises(trigger, text):
                # "a grenade exploded outside the office of a transport company", "lanzaron una
                # granada contra la puerta de una discoteca": the blast befell civilians
                second_actor = generic("Civilians (Peru)", 7, "Civilians", "CVL", country)
                first_actor = actor_from(first, text, country) if first else unidentified()
                return first_actor, second_actor, ()
        if second is None and first is not None and event_type == "Battles" and not agents:
            info = first.info
            if isinstance(info, ActorInfo) and info.inter == 1:
                # only the forces are named: in an ambush or attack they are the side attacked
                return unidentified(), actor_from(first, text, country), ()
        if first is None:
            return unidentified(), (actor_from(second, text, country) if second else None), ()
        return (
            actor_from(first, text, country) if first else None,
            actor_from(second, text, country) if second else None,
            (),
        )
    # strategic developments
    if sub_event_type == "Agreement":
        return _agreement(acting, text, country)
    info = trigger.info
    if (
        sub_event_type == "Change to group/activity"
        and isinstance(info, TriggerInfo)
        and info.id.endswith(_PROTEST_ENDED)
    ):
        # "The strike was lifted on Nov. 26", "anunció la suspensión de las medidas de hecho",
        # "were boarding trucks back to their communities": the demonstrators end their own
        # protest, whoever else the sentence names (the government they agreed with)
        protesters = generic("Protesters (Peru)", 6, "Protesters", "CVL", country)
        return protesters, None, assoc()
    if sub_event_type == "Arrests":
        return _arrest(told, trigger, text, country, pick_sector, words)
    if sub_event_type == "Looting/property destruction":
        # the rioters or the armed men named; looters nobody names are a crowd ("saqueadores",
        # "looters": rioters), never the prosecutor who found the damage ("la Fiscalía constató
        # daños ... así como el saqueo de tres locales")
        doer = pick(5, 3, 2, 4, 8, pool=told)
        if doer is not None:
            return actor_from(doer, text, country), None, ()
        if mode == "looting" or _people_did(told, trigger, text):
            # "comuneros tomaron la mina y quemaron los campamentos", "protesters torched the
            # toll booths": people who loot or burn are rioters, named or not
            return generic("Rioters (Peru)", 5, "Rioters", "CVL", country), None, ()
        damaged = _passive_subject(told, trigger, text)
        if damaged is not None:
            # "la comisaría fue incendiada", "a police station was set ablaze": the forces
            # named before a passive are what was damaged, and nobody is named who did it
            return None, actor_from(damaged, text, country), ()
        acting = told
    if sub_event_type == "Other":
        leg = pick_sector("LEG")
        if mode == "deployment":
            # "24.000 policías resguardarán el Centro de Lima y los accesos al Congreso": the
            # forces named are deployed, not the Congress whose building they guard; the
            # military sent to back the police are the ones deployed (twenty-fifth session,
            # blind20)
            leg = pick_sector("MIL") or pick_sector("COP") or leg
        first = leg or pick(1)
        if mode in _DECREED:
            # "the government had declared a state of emergency that allowed the army to help":
            # the government decrees it, whoever it sends; "Boluarte, who has refused to step
            # down, ... against a Congress": the government resigns
            government = pick_sector("GOV")
            if government is not None:
                return actor_from(government, text, country), None, ()
            if mode == "resignation":
                # "Evo Morales resigned last Sunday", "Al día siguiente, Manuel Merino renunció":
                # who resigns is the government, named or not, whoever else the sentence names
                return generic("Government of Peru", 1, "State forces", "GOV", country), None, ()
        if mode == "removal_from_office":
            # Congress removes; the government removed is the other side
            congress = (
                actor_from(leg, text, country)
                if leg
                else generic("Congress of Peru", 1, "State forces", "LEG", country)
            )
            return congress, generic("Government of Peru", 1, "State forces", "GOV", country), ()
        if first is None and mode == "election_change":
            return generic("Congress of Peru", 1, "State forces", "LEG", country), None, ()
        if first is None and mode in _GOVERNMENT_ACTS:
            # a state of emergency, a curfew, a deployment: the government decrees them
            return generic("Government of Peru", 1, "State forces", "GOV", country), None, ()
        return (actor_from(first, text, country) if first else None), None, ()
    first_found = acting[0] if acting else None
    second_found = acting[1] if len(acting) > 1 else None
    return (
        actor_from(first_found, text, country) if first_found else None,
        actor_from(second_found, text, country) if second_found else None,
        (),
    )


#: a passive or a relative passive between the arrested and the arrest: "el suboficial *haya
#: sido* detenido", "Pedro Castillo, *who was* arrested", "*fue* aprehendido"
_PATIENT_BEFORE = re.compile(
    rf"(?:\s*,?\s*(?:{_role('patient_relative')})\b)?\s+(?:(?:{_role('patient_perfect')})"
    rf"\s+)?(?:{_role('patient_be')})\s+(?:\w+\s+)?\Z",
    re.IGNORECASE,
)
#: what joins an arrest to whom it took: "the arrest *of* X", "la detención *del* X", "detuvieron
#: *a* X", "arrested X"
_PATIENT_AFTER = re.compile(
    r"\s+(?:(?:of|de|del|a|al)\s+)?(?:(?:the|el|la|los|las|su|sus|its|their|a|an|un|una|\d+|"
    rf"{_role('small_number')})\s+)?(?:(?:of|de)\s+(?:the|los|las)\s+)?\Z",
    re.IGNORECASE,
)


#: a passive auxiliary just before a trigger, or opening it ("fue incendiada", "was set on fire")
_PASSIVE_BEFORE = re.compile(rf"\b(?:{_role('passive_before')})\s+\Z", re.IGNORECASE)
_IMPERSONAL_SE = re.compile(r"\bse\s+\Z", re.IGNORECASE)
_PASSIVE_OPENS = re.compile(rf"(?:{_role('passive_opens')})\s", re.IGNORECASE)


def _passive_subject(actors: Sequence[Found], trigger: Found, text: str) -> Found | None:
    """The state force named just before a passive trigger, in its phrase: the subject the
    damage befell ("la comisaría de la ciudad fue incendiada", "the town's police station was
    set on fire")."""
    if text and _IMPERSONAL_SE.search(text, max(0, trigger.start - 4), trigger.start):
        # "se quemó la comisaría": the subject of the impersonal stands after the verb
        after = [
            a
            for a in actors
            if isinstance(a.info, ActorInfo)
            and a.start >= trigger.end
            and a.start - trigger.end <= 30
            and _same_phrase(trigger, a, text)
        ]
        first = min(after, key=lambda a: a.start) if after else None
        if first is not None and isinstance(first.info, ActorInfo) and first.info.inter == 1:
            return first
        return None
    if not text or not (
        _PASSIVE_BEFORE.search(text, max(0, trigger.start - 16), trigger.start)
        or _PASSIVE_OPENS.match(text, trigger.start, trigger.end)
    ):
        return None
    before = [
        a
        for a in actors
        if isinstance(a.info, ActorInfo)
        and a.end <= trigger.start
        and trigger.start - a.end <= 40
        and _same_phrase(a, trigger, text)
    ]
    if not before:
        return None
    last = max(before, key=lambda a: a.end)
    info = last.info
    if isinstance(info, ActorInfo) and info.inter == 1:
        return last
    return None


def _people_did(actors: Sequence[Found], trigger: Found, text: str) -> bool:
    """People (demonstrators, or people named by who they are) are the subject of the damage
    word: named before it in its phrase, the word no passive ("los comuneros quemaron los
    campamentos", "protesters set fire to the toll booths"; not "la casa de un comunero fue
    incendiada")."""
    if _PASSIVE_BEFORE.search(text, max(0, trigger.start - 16), trigger.start) or (
        _PASSIVE_OPENS.match(text, trigger.start, trigger.end)
    ):
        return False
    return any(
        isinstance(a.info, ActorInfo)
        and a.info.inter in (6, 7)
        and a.info.sector != "MED"
        and a.end <= trigger.start
        and _same_phrase(a, trigger, text)
        for a in actors
    )


#: a person's name after the title that names them, up to the passive of the arrest: "el
#: gobernador *Luis Fernando Camacho* fue aprehendido", "its governor, *Luis Camacho*, was
#: detained" (capitalised words, joined by "de"/"del" as Spanish names are)
_NAME_AFTER_TITLE = re.compile(
    r",?\s+[A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+(?:(?:de|del|de\s+la)\s+)?[A-ZÁÉÍÓÚÑ][\w'-]+){0,3},?"
)
#: the place of a title, before the name of whom it names: "el gobernador *de Santa Cruz*, Luis
#: Fernando Camacho", "el alcalde *provincial de Puno*, ...", "the mayor *of Juliaca*, ..."
_TITLE_PLACE = re.compile(
    rf"(?:\s+[a-záéíóúñ]+)?\s+(?:{_role('title_place')})\s+[A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+(?:(?:de|del|de\s+la)\s+)?[A-ZÁÉÍÓÚÑ][\w'-]+){{0,3}}(?=,)"
)
#: the titles of those who govern a place: only their "of <place>" is a place
_TERRITORIAL = re.compile(rf"\b(?:{_role('territorial_title')})\b", re.IGNORECASE)
#: a personal pronoun that is the subject of an arrest's passive: "a day after *he* was
#: arrested", "horas después de que *él* fuera detenido"
_PRONOUN_PASSIVE = re.compile(
    rf"\b(?:{_role('pronoun_subject')})\s+(?:(?:{_role('pronoun_passive')})\s+)\Z",
    re.IGNORECASE,
)


def _arrested(actors: Sequence[Found], trigger: Found, text: str) -> Found | None:
    """Whom an arrest took, of any kind (a former president, a police officer): the subject of
    its passive ("el suboficial haya sido detenido", "Pedro Castillo, who was arrested") or
    what follows the arrest word ("the arrest of Pedro Castillo", "to jail two of the
    officers")."""
    for a in actors:
        if 0 <= trigger.start - a.end <= 40 and _PATIENT_BEFORE.fullmatch(
            text, a.end, trigger.start
        ):
            return a
    for a in actors:
        if 0 <= a.start - trigger.end <= 25 and _PATIENT_AFTER.fullmatch(
            text, trigger.end, a.start
        ):
            return a
    for a in actors:
        # the title, then the name of whom it took: "el gobernador Luis Fernando Camacho fue
        # aprehendido", "police arrested its governor, Luis Fernando Camacho"
        if not isinstance(a.info, ActorInfo) or a.info.sector not in _OFFICES:
            continue
        if 0 <= trigger.start - a.end <= 90:
            # the title's place may stand before the name: "el gobernador de Santa Cruz, Luis
            # Fernando Camacho, fue aprehendido", "the mayor of Juliaca, X, was arrested"
            of_place = (
                _TITLE_PLACE.match(text, a.end, trigger.start)
                if _TERRITORIAL.search(text, a.start, a.end) is not None
                else None  # "the President of the NLC" heads a body, not a place
            )
            name = _NAME_AFTER_TITLE.match(
                text, of_place.end() if of_place is not None else a.end, trigger.start
            )
            if (
                name is not None
                and (
                    _PATIENT_BEFORE.fullmatch(text, name.end(), trigger.start)
                    # the passive is the trigger's own first word: "..., fue detenido"
                    or (
                        _ONE_TRIGGER.match(text, trigger.start) is not None
                        and not text[name.end() : trigger.start].strip()
                    )
                )
            ):
                return a
    if _PRONOUN_PASSIVE.search(text, max(0, trigger.start - 30), trigger.start):
        # "Supporters of X, the governor of Santa Cruz, ..., a day after he was arrested": the
        # office-holder named before the pronoun is whom the arrest took
        holders = [
            a
            for a in actors
            if isinstance(a.info, ActorInfo)
            and a.info.sector in _OFFICES
            and a.end <= trigger.start
        ]
        if holders:
            return holders[-1]
    return None


#: a singular passive of the arrest: "*fue* aprehendido", "*was* detained", "*had been*
#: arrested", "*ha sido* detenida"
_ONE_PASSIVE = re.compile(
    rf"\b(?:{_role('one_passive')})\s+(?:(?:{_role('one_passive_adverb')})\s+)?\Z",
    re.IGNORECASE,
)
_ONE_TRIGGER = re.compile(rf"(?:{_role('one_trigger')})\s", re.IGNORECASE)


#: a capitalised word that is no name: an article or a pronoun opening the sentence
_NOT_NAME = frozenset(role_words("actor_words", "not_name"))
_CAPITALISED = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*")


def _one_taken(trigger: Found, text: str) -> bool:
    """The arrest is told as a singular passive (one person was taken) of someone the sentence
    names by no name: "El agresor, un abogado de 77 años, fue detenido", "She had been
    detained". A name or a title with one ("Camacho, ..., was detained", "El presidente de la
    Conaie fue detenido") is someone the story may tell more of: no guess."""
    if not (
        _ONE_TRIGGER.match(text, trigger.start) is not None
        or _ONE_PASSIVE.search(text, max(0, trigger.start - 30), trigger.start) is not None
    ):
        return False
    start = max(0, trigger.start - 120)
    opening = max(text.rfind(".", start, trigger.start), text.rfind("\n", start, trigger.start))
    if opening < 0 and start > 0:
        return False  # the sentence opens farther back than we read
    subject = text[opening + 1 : trigger.start]
    return all(m.group().lower() in _NOT_NAME for m in _CAPITALISED.finditer(subject))


def _arrest(
    told: Sequence[Found],
    trigger: Found,
    text: str,
    country: str,
    pick_sector: Callable[..., Found | None],
    words: Sequence[Found] = (),
) -> tuple[Actor | None, Actor | None, tuple[Actor, ...]]:
    """The police or the military that arrest (a judge who orders it, when named before the
    arrest word and no force is), and whom they arrest: the actor the arrest took (a former
    president, an officer), else the first armed, rioting, protesting or civilian actor named.
    The prosecutor who only tells of arrests does not make them ("El Ministerio Público precisa
    que no se ha detenido a ningún presunto autor": ``told`` leaves out the sentence's source);
    an order ("por orden de la fiscalía") is carried out by the police. People named by who
    they are (leaders, villagers: ``*.communities``) arrested in a sentence that tells a protest
    ("police arrested four leaders of the Puno protests") are its protesters."""
    arrested = _arrested(told, trigger, text)
    others = [a for a in told if a is not arrested]
    arrester = pick_sector(*_FORCES, pool=others)
    if arrester is None:
        arrester = next(
            (
                a
                for a in others
                if isinstance(a.info, ActorInfo)
                and a.info.sector == "JUD"
                and 0 <= trigger.start - a.end <= 40
                and _SAME_PHRASE.fullmatch(text, a.end, trigger.start)
            ),
            None,
        )
    if arrested is None:
        arrested = next(
            (
                a
                for a in others
                if a is not arrester
                and isinstance(a.info, ActorInfo)
                and a.info.inter in (2, 3, 5, 6, 7)
            ),
            None,
        )
    taken = actor_from(arrested, text, country) if arrested is not None else None
    if taken is None and _one_taken(trigger, text):
        # "El autor fue aprehendido en el lugar", "She had been detained near a protest site":
        # one person taken whom the sentence names by no group is a civilian
        taken = generic("Civilians (Peru)", 7, "Civilians", "CVL", country)
    if (
        arrested is not None
        and isinstance(arrested.info, ActorInfo)
        and arrested.info.id.endswith(_PEOPLE)
        and any(isinstance(w.info, TriggerInfo) and w.info.kind == "protest" for w in words)
    ):
        # "police arrested four leaders of the Puno protests": people named by who they are,
        # arrested in a protest, are its protesters
        taken = generic("Protesters (Peru)", 6, "Protesters", "CVL", country)
    return (
        actor_from(arrester, text, country)
        if arrester is not None
        else generic("Police Forces of Peru", 1, "State forces", "COP", country),
        taken,
        (),
    )


def _agreement(
    acting: Sequence[Found], text: str, country: str
) -> tuple[Actor | None, Actor | None, tuple[Actor, ...]]:
    """An agreement is the government's with the other side: "The government and CONAIE
    signed an agreement", "el acuerdo firmado entre el Gobierno y las organizaciones
    indígenas", "the talks ended without an agreement". The government named, else the
    country's; the other side an armed group or a firm as named, and people of any kind
    (organisations, unions, communities, leaders) the protesters."""
    government = next(
        (a for a in acting if isinstance(a.info, ActorInfo) and a.info.sector == "GOV"), None
    )
    actor1 = (
        actor_from(government, text, country)
        if government is not None
        else generic("Government of Peru", 1, "State forces", "GOV", country)
    )
    other = next(
        (a for a in acting if isinstance(a.info, ActorInfo) and a.info.inter in (2, 3, 4, 8)),
        None,
    )
    actor2 = (
        actor_from(other, text, country)
        if other is not None
        else generic("Protesters (Peru)", 6, "Protesters", "CVL", country)
    )
    return actor1, actor2, ()


#: one person taken, told by a pronoun or by the arrest itself, just before the arrest word:
#: "he was arrested", "his arrest", "the arrest was lawful", "lo detuvieron", "su detención",
#: "fue aprehendido" (a singular passive whose subject the sentence leaves to the story), also
#: after another verb of the same passive ("Castillo was removed and arrested") or opening its
#: clause ("Horas después, fue detenido por su escolta")
_ONE_TAKEN_BEFORE = re.compile(
    r"(?:\b(?i:he|she)\s+(?:(?:was|is|had\s+been|has\s+been|had|has)\s+)?(?:\w+\s+)?"
    rf"|\b(?i:{_role('taken_determiner')})\s+"
    r"|\b(?:[A-ZÁÉÍÓÚÑ][\w'-]+),?(?:\s+[^,.;]{0,40},)?\s+(?:was|is|fue|está|ha\s+sido|había\s+sido)\s+"
    r"(?:\w+\s+(?:and|y)\s+)?"
    rf"|(?:^|[,;:]\s*)(?i:{_role('one_passive')})\s+)\Z",
    re.MULTILINE,
)
#: one person taken, told by a pronoun just after the arrest word: "police arrest him"
_ONE_TAKEN_AFTER = re.compile(r"\s+(?:him|her)\b")
#: the opening of a clause or of the sentence, right before its verb
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s*)\Z", re.MULTILINE)
#: a person's name: two or more capitalised words, with the particles of Spanish surnames
#: ("Pedro Castillo", "Leonidas Iza", "Luis Fernando Camacho", "Evo Morales Ayma")
_PERSON_NAME = re.compile(
    r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ'-]+(?:\s+(?:(?:de|del|de\s+la)\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ'-]+)+"
)
#: the removal of an office-holder: he is whom a later arrest told by a pronoun took
_REMOVAL = "removal_from_office"


def _names_near(text: str, lo: int, hi: int) -> list[str]:
    """The surnames of the persons named between ``lo`` and ``hi``: the last word of each
    name of two or more capitalised words ("Pedro Castillo" -> "Castillo")."""
    return [m.group().split()[-1] for m in _PERSON_NAME.finditer(text, lo, hi)]


def _story_people(events: Sequence[Mention], text: str) -> list[tuple[int, Actor, list[str]]]:
    """Whom the story's events took or removed, with the surnames told with them: an
    office-holder an arrest took by his title ("police arrested its governor"), the one a
    removal from office took ("Congress removed President Pedro Castillo"), and one person an
    arrest took and the sentence names ("El presidente de la CONAIE, Leonidas Iza, fue
    detenido")."""
    people: list[tuple[int, Actor, list[str]]] = []
    for i, m in enumerate(events):
        for side in (m.actor1, m.actor2):
            # an office-holder the story names by his name ("Pedro Castillo", "Dina Boluarte")
            if side is not None and side.sector in _OFFICES and side.span != (0, 0):
                named = _names_near(text, *side.span)
                if named and named[-1] == text[side.span[0] : side.span[1]].split()[-1]:
                    people.append((-1, side, named))
        actor = m.actor2
        if actor is None or m.sub_event_type not in ("Arrests", "Other"):
            continue
        if m.detained is not None and m.detained.value != 1:
            continue
        removal = m.sub_event_type == "Other" and m.mode == _REMOVAL
        office = actor.sector in _OFFICES
        if m.sub_event_type == "Other" and not (removal and office):
            continue
        start, end = m.trigger.span
        # the names just around the event word: the one it took
        names = _names_near(text, max(m.sentence[0], start - 80), min(m.sentence[1], end + 60))
        if m.sub_event_type == "Arrests" and not (office and actor.span != (0, 0)) and not names:
            continue
        people.append((i, actor, names))
    return people


def arrested_by_story(events: Sequence[Mention], text: str) -> list[Mention]:
    """The arrest of one person the sentence names only by a pronoun, a surname or the arrest
    itself ("a day after he was arrested", "police arrest him on his way to the embassy",
    "Camacho, a right-wing opposition leader, was detained", "the arrest was carried out
    lawfully", "Lasso defendió la detención") took whom the story's other arrest or removal
    from office took ("police arrested its governor", "Congress removed President Pedro
    Castillo"): the one whose surname the sentence names ("Detienen a Leonidas Iza"), else the
    nearest office-holder taken before it, else after it. Arrests of several people, or of
    someone the sentence names and the story does not, keep what their sentence tells."""
    people = _story_people(events, text)
    if not people:
        return list(events)
    out = list(events)
    for i, mention in enumerate(events):
        if mention.sub_event_type != "Arrests" or mention.actor2 is not None:
            continue
        if mention.detained is not None and mention.detained.value != 1:
            continue
        start, end = mention.trigger.span
        named = set(_names_near(text, mention.sentence[0], mention.sentence[1]))
        by_name = [(j, a) for j, a, names in people if j != i and named.intersection(names)]
        if by_name:
            out[i] = replace(mention, actor2=by_name[0][1])
            continue
        lo = max(mention.sentence[0], start - 60)
        if not (
            _ONE_TAKEN_BEFORE.search(text, lo, start)
            or _ONE_TAKEN_AFTER.match(text, end)
            or (
                # the passive is the trigger itself, opening its clause: "..., fue detenido"
                _ONE_TRIGGER.match(text, start) is not None
                and (
                    not text[mention.sentence[0] : start].strip()
                    or _CLAUSE_OPENING.search(text, mention.sentence[0], start) is not None
                )
            )
        ):
            continue
        taken = [(j, a) for j, a, _ in people if j >= 0]
        before = [a for j, a in taken if j < i]
        after = [a for j, a in taken if j > i]
        if before or after:
            out[i] = replace(mention, actor2=before[-1] if before else after[0])
    return out


#: the event types of a story that tells a demonstration
_PROTEST_TYPES = frozenset({"Protests", "Riots"})


def people_of_the_protest(events: Sequence[Mention], actors: Sequence[Found]) -> list[Mention]:
    """People named by who they are (``*.communities``: leaders, villagers, Indigenous people)
    whom an arrest took in a story that tells a demonstration or a riot in the same country are
    its protesters, as they are when the arrest's own sentence tells the protest ("police
    arrested four leaders of the Puno protests"): "Anoche, agentes de la Policía detuvieron
    en la plaza de armas a dos dirigentes de la zona" after the story's attack on a patrol.
    The press and passers-by stay civilians, and so do people in a story of no protest."""
    people = {
        (a.start, a.end)
        for a in actors
        if isinstance(a.info, ActorInfo) and a.info.id.endswith(_PEOPLE)
    }
    protesting = {
        (m.location.country if m.location is not None else None)
        for m in events
        if m.event_type in _PROTEST_TYPES and m.factuality in ("asserted", "reported")
    }
    out = list(events)
    for i, m in enumerate(events):
        taken = m.actor2
        if m.sub_event_type != "Arrests" or taken is None or taken.inter != 7:
            continue
        country = m.location.country if m.location is not None else None
        if taken.span not in people or not protesting:
            continue
        # a place with no country on either side is no other country
        if country is not None and country not in protesting and None not in protesting:
            continue
        out[i] = replace(
            m, actor2=generic("Protesters (Peru)", 6, "Protesters", "CVL", country or "Peru")
        )
    return out
