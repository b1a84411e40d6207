"""From the trigger classes of a sentence to ACLED event types, after ACLED's coding rules.

The words live in the lexicons; this module holds the coding logic a human coder applies:
protest with violence by the demonstrators is a riot, deadly force against demonstrators
is excessive force, arrests outside a demonstration are a strategic development, and so on
(docs/vocabulary.md). A sentence yields at most one *incident* event and one *political*
event (a state of emergency declared in the same sentence as a clash).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from veeduria.extract.lexical import ActorInfo, Found, TriggerInfo
from veeduria.extract.riot_deaths import PEACEFUL
from veeduria.extract.wordlists import alternation

PROTESTS = "Protests"
RIOTS = "Riots"
SD = "Strategic developments"
VAC = "Violence against civilians"
EXPL = "Explosions/Remote violence"
BATTLES = "Battles"


def _coding(role: str, *, any_space: bool = False) -> str:
    """The words of ``role`` in ``coding.yaml`` as an alternation (see :func:`alternation`)."""
    return alternation("coding", role, any_space=any_space)


_POLITICAL = {
    "emergency": "state_of_emergency",
    "curfew": "curfew",
    "election_vote": "election_change",
    "removal": "removal_from_office",
    "resignation": "resignation",
    "deployment": "deployment",
}
#: the rules of the political outcomes (``_political``)
POLITICAL_RULES = frozenset(f"sd.{kind}" for kind in _POLITICAL)
_ARMED_NON_STATE = {2, 3, 4}
#: the same, for the pipeline's reading of a whole document
ARMED_INTERS = frozenset(_ARMED_NON_STATE)
#: event words of armed conflict: a text that tells one is no crowd's clash
ARMED_KINDS = frozenset(
    {
        "armed_clash",
        "shelling",
        "air_strike",
        "explosive",
        "grenade",
        "suicide_bomb",
        "chemical",
        "regain_territory",
        "overtake_territory",
    }
)
#: the mode of an armed group's attack on a demonstration: its victims are the protesters
ON_DEMONSTRATORS = "on_demonstrators"
#: demonstration modes that mourn: deaths named with them are the reason, not the outcome
_MOURNING = frozenset({"vigil", "funeral"})
#: trigger classes that never name an event on their own
NOT_EVENTS = frozenset({"ignore", "seizure", "weapon", "election"})


@dataclass(frozen=True)
class Coded:
    event_type: str
    sub_event_type: str
    mode: str | None
    trigger: Found
    rule: str
    #: the clause an event was coded from, when a sentence tells more than one incident
    clause: tuple[int, int] | None = None


@dataclass(frozen=True)
class SentenceFacts:
    triggers: Sequence[Found]
    actors: Sequence[Found]
    has_killed: bool
    has_injured: bool
    has_detained: bool
    has_participants: bool
    election_topic: bool
    doc_protest: bool
    commemoration: bool = False
    #: where the first commemoration cue starts ("to mark one year since ..."), when there is one
    commemoration_at: int | None = None
    #: the sentence aims an arrest at a person: a warrant, a charge, a home, a leader
    targeted: bool = False
    #: the document's text, to read the words between an event word and its actors (offsets are the document's)
    text: str = ""
    #: the document tells unrest without a protest word: looting, a clash or a mob ("el saqueo de
    #: tres locales", "daños en el cerco del aeropuerto" in a prosecutor's note on the deaths)
    doc_unrest: bool = False
    #: police officers or soldiers are counted among the sentence's dead or wounded, and no dead who
    #: are not ("four police officers were killed", "84 policías heridos")
    #: (the categories, killed or injured, that count them)
    forces_hurt: frozenset[str] = frozenset()
    #: spans of people nobody names ("desconocidos", "unknown men", "a man": ``unnamed_agent``
    #: cues), who attack what they fire on (:func:`_unnamed_shooter`)
    unnamed: tuple[tuple[int, int], ...] = ()
    #: the document names no armed group and no word of armed conflict (rebels, gunmen, an
    #: ambush, shelling): a clash it tells with its dead and no party is then a crowd's, not a
    #: battle (:func:`_incident`, rule ``riot.clash.bare``)
    doc_unarmed: bool = False


def _first(triggers: Sequence[Found], *kinds: str) -> Found | None:
    for t in triggers:
        info = t.info
        assert isinstance(info, TriggerInfo)
        if info.kind in kinds:
            return t
    return None


def _mode(found: Found | None) -> str | None:
    if found is None:
        return None
    info = found.info
    assert isinstance(info, TriggerInfo)
    return info.mode


def code_sentence(facts: SentenceFacts) -> list[Coded]:
    """Event codes for one sentence, most specific rule first."""
    triggers = [
        _forces_roadblock(t, facts.actors, facts.text)
        for t in facts.triggers
        if isinstance(t.info, TriggerInfo)
        and t.info.kind != "ignore"
        and not _forces_hold(t, facts.actors, facts.text)
        and not (t.info.id.endswith(_HELD) and not facts.has_detained)
        and not _scene_in_flames(t, facts.text)
        and not _offence_named(t, facts.text)
    ]
    triggers = _charges(_main_clause_force(triggers, facts.actors, facts.text), facts.text)
    counted = facts.has_killed or facts.has_injured or facts.has_detained or facts.has_participants
    strong = any(
        isinstance(t.info, TriggerInfo) and not t.info.weak and t.info.kind not in NOT_EVENTS
        for t in triggers
    )
    if (
        not counted and not strong
    ):  # weak words ("the dead", "gunshot wounds") name an event only with a figure
        return []
    kinds = {t.info.kind for t in triggers if isinstance(t.info, TriggerInfo)}
    if not kinds - NOT_EVENTS and not {"seizure", "weapon"} <= kinds:
        return []
    if not kinds & {"armed_clash", "clash"}:
        allied = _allied(facts.actors, facts.text)
        if allied:
            # "policías y paramilitares dispersaron a golpes a los manifestantes", "police and
            # armed civilians broke up the march": armed men named together with the forces act
            # with them, not against them (two sides that fight are told with a clash word)
            facts = replace(facts, actors=[a for a in facts.actors if a not in allied])
    inters = {
        a.info.inter
        for a in facts.actors
        if isinstance(a.info, ActorInfo) and a.info.role != "source"
    }
    sectors = {
        a.info.sector
        for a in facts.actors
        if isinstance(a.info, ActorInfo) and a.info.role != "source"
    }
    out: list[Coded] = []
    incident = _incident(triggers, kinds, inters, sectors, facts)
    if incident is not None:
        out.append(incident)
        if incident.sub_event_type == "Peaceful protest":
            out.extend(_other_protests(triggers, incident, facts.text))
        if incident.rule == "protest.commemoration":
            out.extend(_remembered(triggers, facts))
        if incident.sub_event_type == "Disrupted weapons use":
            out.extend(_arrests_beside(triggers, incident, facts))
        if incident.rule == "vac.armed.blast":
            blast = next(
                t
                for t in triggers
                if isinstance(t.info, TriggerInfo) and t.info.kind == "explosive"
            )
            out.append(
                Coded(
                    EXPL,
                    "Remote explosive/landmine/IED",
                    _mode(blast),
                    blast,
                    "expl.ied.part",
                    (blast.start, _TO_THE_END),
                )
            )
    political = _political(triggers, kinds, sectors, facts)
    if political:
        # "Oli resigns after deadly protests", "el ministro renunció tras las protestas": the
        # protests named as the cause of a political outcome are a reference to earlier events,
        # not a demonstration at the outcome's place and date (docs/vocabulary.md)
        out = [c for c in out if not cause_of_outcome(c, facts.text)]
    out.extend(political)
    return out


#: a preposition that names what came before and led to the sentence's outcome, with the
#: determiners, adjectives and lengths of time that may stand between it and a protest word:
#: "after deadly protests", "following weeks of demonstrations", "tras las protestas",
#: "luego de varias semanas de marchas", "a raíz de las movilizaciones"
_CAUSE_BEFORE = re.compile(
    rf"\b(?:{_coding('cause', any_space=True)})\s+"
    rf"(?:(?:{_coding('cause_between')})\s+){{0,5}}\Z",
    re.IGNORECASE,
)


def cause_of_outcome(coded: Coded, text: str) -> bool:
    """A peaceful protest whose word follows a cause preposition ("after", "tras") in a sentence
    that tells a political outcome: the protests that led to it, not an event of the sentence."""
    if coded.sub_event_type != "Peaceful protest" or not text:
        return False
    at = coded.trigger.start
    return _CAUSE_BEFORE.search(text, max(0, at - 80), at) is not None


def _incident(
    triggers: list[Found],
    kinds: set[str],
    inters: set[int],
    sectors: set[str | None],
    facts: SentenceFacts,
) -> Coded | None:
    def code(
        event_type: str, sub: str, found: Found | None, rule: str, mode: str | None = None
    ) -> Coded:
        if (
            found is None
        ):  # the rule fired on counts or actors: the sentence's first event word stands for it
            found = next(
                (
                    t
                    for t in triggers
                    if isinstance(t.info, TriggerInfo) and t.info.kind not in NOT_EVENTS
                ),
                triggers[0],
            )
        return Coded(event_type, sub, mode if mode is not None else _mode(found), found, rule)

    state = 1 in inters
    armed = bool(inters & _ARMED_NON_STATE) or "REB" in sectors
    protesters = 6 in inters
    protest_words = kinds & {"protest", "intervention"}
    protest_context = bool(protest_words) or protesters
    # "anger over this year's deaths" names no casualty of its own: weak words count only with a
    # figure
    strong_kinds = {
        t.info.kind for t in triggers if isinstance(t.info, TriggerInfo) and not t.info.weak
    }
    casualties = bool(strong_kinds & {"killing", "injury"}) or facts.has_killed or facts.has_injured

    if (
        "chemical" in kinds
        and "COP" in sectors
        and not armed
        and (protest_context or facts.doc_protest)
        and not kinds & {"armed_clash", "shelling", "air_strike"}
    ):
        # "sus efectivos solo emplearon agentes químicos": the chemical agents the police use on
        # a demonstration are its tear gas, not a chemical weapon
        return code(
            PROTESTS,
            "Protest with intervention",
            _first(triggers, "chemical"),
            "protest.chemical_agents",
            mode="tear_gas",
        )
    # explosions and remote violence, most specific first
    for kind, sub in (
        ("chemical", "Chemical weapon"),
        ("suicide_bomb", "Suicide bomb"),
        ("air_strike", "Air/drone strike"),
        ("shelling", "Shelling/artillery/missile attack"),
    ):
        if kind in kinds:
            if kind == "shelling" and not armed and (protest_context or kinds & {"riot", "clash"}):
                # "jóvenes ... se enfrentaron a la policía con morteros caseros": a crowd's
                # homemade mortars are the riot's, not shelling (an armed group's stay shelling)
                continue
            return code(EXPL, sub, _first(triggers, kind), f"expl.{kind}")
    if "weapons_seizure" in kinds or {"seizure", "weapon"} <= kinds:
        return code(
            SD,
            "Disrupted weapons use",
            _first(triggers, "weapons_seizure", "seizure"),
            "sd.weapons",
        )
    if "grenade" in kinds:
        return code(EXPL, "Grenade", _first(triggers, "grenade"), "expl.grenade")
    blast = _first(triggers, "explosive")
    assault = _first(triggers, "attack")
    if (
        blast is not None
        and assault is not None
        and assault.start < blast.start
        and _is_armed(_agent(assault, facts.actors, facts.text))
        and not _forces_after(assault, facts.actors)
    ):
        # "an armed gang attacked a gold mine, blowing up an electricity pylon before opening fire
        # on
        # miners": the attack on civilians is the incident and takes its dead; the blast told after
        # it
        # is an incident of its own (``code_sentence`` adds it)
        return code(VAC, "Attack", assault, "vac.armed.blast")
    # dynamite among the stones a crowd throws ("un ataque con piedras y dinamita") is the
    # riot's, not a bombing of its own, unless an armed group is named
    crowd_arms = blast is not None and bool(
        _CROWD_WEAPONS.search(facts.text, max(0, blast.start - 50), blast.end + 50)
    )
    if "explosive" in kinds and not (
        (protest_context or kinds & {"riot", "clash"} or crowd_arms) and not armed
    ):
        return code(EXPL, "Remote explosive/landmine/IED", blast, "expl.ied")
    if crowd_arms and not armed and assault is not None and facts.doc_protest:
        # 'troops were attacked with "explosives, slings and blunt objects"': explosives listed
        # with a crowd's slings and stones are the riot's, not a bombing
        return code(RIOTS, "Violent demonstration", assault, "riot.crowd_arms", "clash")
    # battles
    if "regain_territory" in kinds:
        return code(
            BATTLES,
            "Government regains territory",
            _first(triggers, "regain_territory"),
            "battle.regain",
        )
    # "gangs seized a police station after officers abandoned it": taken without a fight (SD below)
    if "overtake_territory" in kinds and armed and "territory_transfer" not in kinds:
        return code(
            BATTLES,
            "Non-state actor overtakes territory",
            _first(triggers, "overtake_territory"),
            "battle.overtake",
        )
    if "armed_clash" in kinds and not protest_context:
        return code(BATTLES, "Armed clash", _first(triggers, "armed_clash"), "battle.clash")
    if armed and state and kinds & {"clash", "attack", "armed_clash"}:
        return code(
            BATTLES,
            "Armed clash",
            _first(triggers, "clash", "attack", "armed_clash"),
            "battle.actors",
        )
    armed_assault = _armed_riot(triggers, facts.actors, facts.text) if armed and state else None
    if armed_assault is not None:
        # "armed separatists, they say, attacked the police station", "hombres armados atacaron la
        # comisaría": an armed group that storms the forces' post fights them; it is no crowd
        return code(BATTLES, "Armed clash", armed_assault, "battle.armed_assault", "armed_clash")
    fire = _first(triggers, "force")
    if (
        sectors & {"COP", "MIL"}
        and fire is not None
        and _is_armed(_agent(fire, facts.actors, facts.text))
        # "hombres vestidos de civil dispararon contra manifestantes junto a policías": fired on
        # the demonstrators, beside the forces, not on them
        and not _demonstrators_after(fire, facts.actors)
    ):
        # "gunmen hidden on a hillside opened fire" on a patrol, "officers were shot by assailants":
        # an armed group firing on the forces fights them (ACLED: a battle, not violence against
        # civilians); Congress named as a site ("shot dead seven protesters outside Congress") is
        # no force
        return code(BATTLES, "Armed clash", fire, "battle.fire")
    # violence against civilians
    if "sexual_violence" in kinds:
        return code(VAC, "Sexual violence", _first(triggers, "sexual_violence"), "vac.sexual")
    if "abduction" in kinds and not protest_context:
        return code(
            VAC, "Abduction/forced disappearance", _first(triggers, "abduction"), "vac.abduction"
        )
    custody = next(
        (
            t
            for t in triggers
            if isinstance(t.info, TriggerInfo) and t.info.id.endswith(".custody_death")
        ),
        None,
    )
    if custody is not None:
        # "He died in police custody", "murió bajo custodia policial": a person held by the
        # forces who dies in their hands was attacked by them, not shot at a demonstration
        return code(VAC, "Attack", custody, "vac.custody", "attack")
    if "mob" in kinds:
        return code(RIOTS, "Mob violence", _first(triggers, "mob"), "riot.mob")
    beating = _mob_beating(triggers, facts.text) or (
        next(
            # "grupos de choque afines al Gobierno golpearon a jubilados": rioters who beat people
            (t for t in triggers if _is_beating(t) and _rioters_agent(t, facts.actors, facts.text)),
            None,
        )
        if 5 in inters
        else None
    )
    if beating is not None:
        # "una turba interceptó a dos policías ..., golpeó a uno de ellos", "a crowd beat the
        # town's mayor to death": people beaten by a mob (docs/vocabulary.md)
        return code(RIOTS, "Mob violence", beating, "riot.mob.beating")
    by_crowd = _beaten_by_crowd(triggers, facts.text) if facts.text else None
    if by_crowd is not None:
        return code(RIOTS, "Mob violence", by_crowd, "riot.mob.by_crowd", "beating")
    burned = (
        _forces_burned_or_beaten(triggers, facts.actors, facts.text)
        if (protest_context or facts.doc_protest or facts.doc_unrest) and not armed
        else None
    )
    if burned is not None:
        # "la muerte del suboficial ..., quemado dentro de su patrullero", "a police officer was
        # beaten to death": a policeman or soldier burned or beaten to death in unrest is killed
        # by the crowd (ACLED: mob violence), not by the forces
        return code(RIOTS, "Mob violence", burned, "riot.mob.forces_killed", "lynching")
    mobbed = (
        _officer_killed_by_mob(triggers, facts.text)
        if facts.text and not armed and not state_agent_fire(triggers, facts)
        else None
    )
    if mobbed is not None:
        # "un suboficial ... fue interceptado por una turba y quemado", "a police officer was
        # killed when a crowd set fire to his patrol car": one officer killed by a mob or a crowd
        # is mob violence in every mention that tells the mob (docs/vocabulary.md), not a riot
        return code(RIOTS, "Mob violence", mobbed, "riot.mob.officer_killed", "lynching")
    # other strategic developments
    for kind, sub in (
        ("base_established", "Headquarters or base established"),
        ("territory_transfer", "Non-violent transfer of territory"),
        ("agreement", "Agreement"),
        ("change_activity", "Change to group/activity"),
    ):
        if kind in kinds:
            # the seizure a transfer qualifies names it ("gangs seized a police station after
            # officers abandoned it")
            found = (
                _first(triggers, "overtake_territory", kind)
                if kind == "territory_transfer"
                else _first(triggers, kind)
            )
            return code(SD, sub, found, f"sd.{kind}")
    # demonstrations
    damage = _first(triggers, "looting", "destruction")
    state_damage = damage is not None and _state_agent(damage, facts.actors, facts.text)
    if state_damage and not kinds & {"riot", "clash"}:
        # "police smashed the gate": damage done by the forces is part of their intervention
        kinds = (kinds - {"looting", "destruction"}) | {"intervention"}
    confront = next(
        (
            t
            for t in triggers
            if isinstance(t.info, TriggerInfo) and t.info.id.endswith(".confront")
        ),
        None,
    )
    if (
        confront is not None
        and not kinds & {"riot", "looting", "destruction"}
        and sum(1 for t in triggers if isinstance(t.info, TriggerInfo) and t.info.kind == "clash")
        == 1
        and _state_agent(confront, facts.actors, facts.text)
    ):
        # "todos cayeron donde la policía enfrentó a los manifestantes", "died after soldiers
        # confronted demonstrators": the forces who confront a crowd use force on it; the crowd is
        # told to fight only by its own acts
        if casualties:
            # the deaths, when a word tells them, stand for the incident ("Eight people died ...,
            # the ministry reported, after soldiers confronted demonstrators")
            return code(
                PROTESTS,
                "Excessive force against protesters",
                _first(triggers, "killing", "injury") or confront,
                "protest.force.confront",
                "firearms",
            )
        return code(
            PROTESTS, "Protest with intervention", confront, "protest.confront", "dispersal"
        )
    breach = next(
        (t for t in triggers if isinstance(t.info, TriggerInfo) and t.info.id.endswith(".breach")),
        None,
    )
    if (
        breach is not None
        and not kinds & {"clash", "looting", "destruction"}
        and (
            _state_agent(breach, facts.actors, facts.text)
            or _forces_break_in(breach, facts.actors, facts.text)
        )
        and not _forces_attacked(breach, facts.actors, facts.text)
    ):
        # "Police used an armoured vehicle to break into the university and detained 80
        # students": the forces who force their way in intervene; they are no rioters
        kinds = (kinds - {"riot"}) | {"intervention"}
    loot = _first(triggers, "looting")
    if (
        loot is not None
        and not protest_context
        and not state
        and not armed
        and not kinds & {"riot", "clash", "attack", "force", "killing", "injury", "destruction"}
        and not casualties
    ):
        # "Durante la noche fueron saqueados varios comercios", "Shops were looted overnight":
        # looting told as the sentence's own event, with no demonstrators, forces, dead or
        # burning named, is property destroyed, even in a story of unrest (docs/vocabulary.md)
        return code(SD, "Looting/property destruction", loot, "sd.looting.main")
    violent = bool(kinds & {"riot"}) or (
        bool(kinds & {"clash", "looting", "destruction"}) and (protest_context or facts.doc_protest)
    )
    force = "force" in kinds
    lethal_state = casualties and state and (protest_context or facts.doc_protest)
    mourners = _first(triggers, "protest")
    # force told after "to mark one year since" is what is remembered, not what happened to the
    # mourners
    remembered = facts.commemoration_at is not None and all(
        t.start > facts.commemoration_at
        for t in triggers
        if isinstance(t.info, TriggerInfo) and t.info.kind == "force"
    )
    if (
        mourners is not None
        and (facts.commemoration or _mode(mourners) in _MOURNING)
        and (not force or remembered)
        and not kinds & {"riot", "clash", "intervention", "looting", "destruction"}
    ):
        # "a vigil for the ten people killed by soldiers": the dead are why they gather
        return code(PROTESTS, "Peaceful protest", mourners, "protest.commemoration")
    attack = _first(triggers, "attack", "armed_clash")
    if (
        attack is not None
        and _mode(attack) != "firearms"
        and _forces_attacked(attack, facts.actors, facts.text)
    ):
        # "un grupo de personas atacó un vehículo policial", "a crowd attacked two officers":
        # the forces named only as what was attacked are its target, never its agent, and an
        # attack on them is no violence against civilians: a crowd's riot in a story of protest,
        # a mob's violence elsewhere (docs/vocabulary.md)
        if facts.doc_protest or protest_context:
            return code(RIOTS, "Violent demonstration", attack, "riot.forces_attacked", "clash")
        return code(RIOTS, "Mob violence", attack, "riot.mob.forces_attacked")
    if attack is not None and _demonstrators_attack(attack, facts.actors, facts.text):
        # "protesters attacked a military convoy", "el ataque de un grupo de manifestantes contra un
        # convoy": demonstrators who attack are violent, whoever dies (docs/vocabulary.md)
        return code(RIOTS, "Violent demonstration", attack, "riot.attack", "clash")
    if attack is not None and _forces_attack_demonstrators(attack, facts.actors, facts.text):
        # "the troops had shot at demonstrators", "police attacked the marchers": the forces'
        # attack on a demonstration is force used on it, not an attack on civilians
        return Coded(
            PROTESTS, "Excessive force against protesters", None, attack, "protest.force.attack"
        )
    official = _official_attacked(triggers, facts.actors, facts.text)
    if official is not None:
        # "tras el asesinato de Carlos Manzo, alcalde de Uruapan, baleado el 1 de noviembre",
        # "the mayor of Uruapan was shot dead": an office-holder killed or shot is attacked,
        # even in a story of protest; he was no demonstrator the forces fired on
        return code(VAC, "Attack", official, "vac.official", _mode(official) or "attack")
    gunfire = (
        next(
            (
                t
                for t in triggers
                if isinstance(t.info, TriggerInfo)
                and t.info.kind in ("force", "attack", "killing", "injury")
                and _unidentified_agent(t, facts.actors, facts.text)
            ),
            None,
        )
        if armed and protest_context
        else None
    )
    if gunfire is not None:
        # "unidentified gunmen shot him eight times", "desconocidos dispararon contra los
        # manifestantes": an armed group nobody names attacks, even in a demonstration; what it
        # fired on is the demonstration (ACLED: Attack, actor2 the protesters)
        return code(VAC, "Attack", gunfire, "vac.armed.demonstration", ON_DEMONSTRATORS)
    unnamed = _unnamed_shooter(triggers, facts) if not state_agent_fire(triggers, facts) else None
    if unnamed is not None:
        # "desconocidos dispararon contra un bus", "two teachers were shot dead by a man who
        # confronted them at a roadblock": people nobody names who fire attack what they fire on,
        # even in a story of protest; no force used on a demonstration
        return code(VAC, "Attack", unnamed, "vac.unnamed", "firearms")
    shot_by_member = (
        next(
            (
                t
                for t in triggers
                if isinstance(t.info, TriggerInfo)
                and t.info.kind in ("force", "weapon")
                and _member_agent(t, facts.actors, facts.text)
            ),
            None,
        )
        if sectors & {"LEG", "JUD"}
        else None
    )
    if shot_by_member is not None:
        # "A Haitian senator fired a pistol outside the parliament, wounding a photographer": a
        # lawmaker or a judge has no forces; who he shoots he attacks, even at a demonstration
        found = _first(triggers, "injury", "killing", "force") or shot_by_member
        return code(VAC, "Attack", found, "vac.member", "firearms")
    if armed and not protest_context and kinds & {"force", "attack", "killing", "injury"}:
        found = _first(triggers, "attack", "force", "killing", "injury")
        return code(VAC, "Attack", found, "vac.armed")
    if (
        facts.forces_hurt
        and (protest_context or facts.doc_protest or facts.doc_unrest)
        and not armed
        # police who disperse a crowd and count officers among the wounded intervened in it;
        # officers killed while clearing a road were killed by the crowd
        and ("intervention" not in kinds or "killed" in facts.forces_hurt)
    ):
        # "four police officers were killed", "84 policías heridos", "nine hurt, including a
        # mounted officer": the forces among the casualties of unrest were hurt by the crowd; the
        # demonstrators were violent (ACLED: Violent demonstration, the forces as actor2), not
        # the victims of force
        found = _first(triggers, "riot", "clash") or _first(
            triggers, "killing", "injury", "force", "attack"
        )
        return code(RIOTS, "Violent demonstration", found, "riot.forces_hurt", "clash")
    # demonstrators who fight back make a riot, whoever dies (ACLED); force on peaceful ones is
    # excessive.
    # Damage left in ``kinds`` here was not done by the forces: demonstrators who burn a police
    # station
    # are violent, whoever shot ("incendiaron la comisaría tras la muerte de dos manifestantes por
    # disparos")
    if (
        force
        and (protest_context or facts.doc_protest)
        and not kinds & {"riot", "clash", "looting", "destruction"}
    ):
        return code(
            PROTESTS,
            "Excessive force against protesters",
            _first(triggers, "force"),
            "protest.force",
        )
    if violent:
        found = _first(triggers, "riot", "clash", "looting", "destruction")
        mode = _mode(found)
        if found is not None and isinstance(found.info, TriggerInfo) and found.info.kind == "clash":
            mode = _mode(_first(triggers, "looting", "destruction")) or "clash"
        return code(RIOTS, "Violent demonstration", found, "riot.violent", mode)
    if lethal_state and "intervention" not in kinds:
        found = _first(triggers, "killing", "injury", "force", "protest")
        return code(
            PROTESTS, "Excessive force against protesters", found, "protest.lethal", "firearms"
        )
    if (
        "arrest" in kinds
        and facts.targeted
        # "detained opposition politician X as the government stepped up a crackdown": the
        # campaign is no intervention at the place of the arrest
        and not {
            t.info.kind
            for t in triggers
            if isinstance(t.info, TriggerInfo)
            and not t.info.campaign
            # "was arrested in a raid on his home": the raid is how the arrest was made
            and not t.info.id.endswith(".raid")
        }
        & {"intervention", "force", "riot", "clash"}
    ):
        # "police arrested four leaders of the protests", "detenido en su domicilio": a targeted
        # arrest
        return code(SD, "Arrests", _first(triggers, "arrest"), "sd.arrest.targeted")
    if "intervention" in kinds or ("arrest" in kinds and protest_words):
        found = _first(triggers, "intervention", "arrest")
        if force or facts.has_killed or _killing_here(triggers, facts):
            return code(PROTESTS, "Excessive force against protesters", found, "protest.force")
        return code(PROTESTS, "Protest with intervention", found, "protest.intervention")
    if "protest" in kinds:
        # "Los huelguistas cierran con troncos la carretera": the word that tells the act, not the
        # weak word for who does it
        found = _first(
            [t for t in triggers if isinstance(t.info, TriggerInfo) and not t.info.weak], "protest"
        ) or _first(triggers, "protest")
        if (
            facts.commemoration or _mode(found) in _MOURNING
        ):  # marching for the dead is not being shot at
            return code(PROTESTS, "Peaceful protest", found, "protest.commemoration")
        if (facts.has_killed or facts.has_injured) and state:
            return code(
                PROTESTS, "Excessive force against protesters", found, "protest.deaths", "firearms"
            )
        # a weak death word counts with a figure of dead: "31 deaths during the protests of
        # Monday" is force on the protest as "died during the march" is
        death = _first(
            [
                t
                for t in triggers
                if isinstance(t.info, TriggerInfo) and (not t.info.weak or facts.has_killed)
            ],
            "killing",
        )
        if death is not None and found is not None and death.start < found.start:
            # "murió ... tras recibir un impacto en la cabeza mientras participaba en una marcha",
            # "the first
            # person killed since the protests began": a death told in the setting of a
            # demonstration that was
            # not violent is force used on it, whoever is not named. Told after the demonstration
            # word, the
            # deaths are what it is against ("un paro contra la ola de asesinatos")
            return code(
                PROTESTS, "Excessive force against protesters", found, "protest.died", "firearms"
            )
        if death is not None and found is not None and _left_dead(found, death, facts.text):
            # "Protestas dejan tres muertos en Puno", "Protests kill 3": the dead are what the
            # demonstration left, as "three dead in protests" (not what it is against)
            return code(
                PROTESTS, "Excessive force against protesters", found, "protest.left", "firearms"
            )
        return code(PROTESTS, "Peaceful protest", found, "protest.peaceful")
    if protesters and (facts.has_killed or facts.has_injured or "killing" in kinds):
        found = _first(triggers, "killing", "injury")
        if found is not None:
            return code(
                PROTESTS, "Excessive force against protesters", found, "protest.victims", "firearms"
            )
    # outside a demonstration
    if (
        bool(kinds & {"looting", "destruction"})
        and (facts.has_killed or "killing" in kinds)
        and not protest_context
        and not facts.doc_protest
    ):
        # "the victims were killed at two bars and some of the bodies were burned": the dead, and
        # what was done to their bodies, are an attack on people, not property destroyed
        # (Strategic developments carry no dead); told after an incident, the pipeline gives it
        # that incident's type
        strong = [t for t in triggers if isinstance(t.info, TriggerInfo) and not t.info.weak]
        found = _first(strong, "killing") or _first(triggers, "killing")
        return code(VAC, "Attack", found, "vac.casualties")
    if "looting" in kinds or "destruction" in kinds:
        found = _first(triggers, "looting", "destruction")
        return code(SD, "Looting/property destruction", found, "sd.looting")
    if force and not protest_context:
        return code(VAC, "Attack", _first(triggers, "force"), "vac.force")
    if "abduction" in kinds:
        return code(
            VAC, "Abduction/forced disappearance", _first(triggers, "abduction"), "vac.abduction"
        )
    if "attack" in kinds and not protest_context:
        return code(VAC, "Attack", _first(triggers, "attack"), "vac.attack")
    if "arrest" in kinds:
        if facts.doc_protest and protesters:
            return code(
                PROTESTS, "Protest with intervention", _first(triggers, "arrest"), "protest.arrest"
            )
        return code(SD, "Arrests", _first(triggers, "arrest"), "sd.arrest")
    if "clash" in kinds and facts.doc_protest:
        return code(
            RIOTS, "Violent demonstration", _first(triggers, "clash"), "riot.clash", "clash"
        )
    if (
        "clash" in kinds
        and (
            facts.has_killed or facts.has_injured or _deadly(_first(triggers, "clash"), facts.text)
        )
        and not _parties(facts)
        and facts.doc_unarmed
        and not kinds & ARMED_KINDS
        and _bare_clash(_first(triggers, "clash"), facts.text)
    ):
        # "Enfrentamientos dejan 17 muertos en Juliaca", "Eight killed in Ayacucho clashes": a
        # headline read alone, a clash with its dead, no party named and no armed group or armed
        # conflict anywhere in the text, is most likely a demonstration turned violent
        # (docs/vocabulary.md); named parties keep the rules above
        return code(
            RIOTS, "Violent demonstration", _first(triggers, "clash"), "riot.clash.bare", "clash"
        )
    if (
        "clash" in kinds
        and (
            facts.has_killed or facts.has_injured or _deadly(_first(triggers, "clash"), facts.text)
        )
        and facts.doc_unarmed
        and not kinds & ARMED_KINDS
        and _clash_with_forces(_first(triggers, "clash"), _parties(facts), facts.text)
    ):
        # "Dos personas murieron en enfrentamientos con la policía", "Two people were killed in
        # clashes with police": clashes told with their dead, the forces the only side named
        # after the clash word, in a text that names no armed group or armed conflict, are a
        # crowd's fight with the forces (docs/vocabulary.md); a singular firefight ("un
        # enfrentamiento con la policía", "a shootout with police") is left to the rules above
        return code(
            RIOTS, "Violent demonstration", _first(triggers, "clash"), "riot.clash.forces", "clash"
        )
    if casualties and (facts.has_killed or facts.has_injured) and facts.doc_protest:
        found = _first(triggers, "killing", "injury")
        if state or force:
            return code(
                PROTESTS,
                "Excessive force against protesters",
                found,
                "protest.casualties",
                "firearms",
            )
        return code(
            PROTESTS,
            "Excessive force against protesters",
            found,
            "protest.casualties.ctx",
            "firearms",
        )
    if casualties and armed:
        return code(VAC, "Attack", _first(triggers, "killing", "injury"), "vac.casualties")
    slain = _state_killing(triggers, facts) if state and not armed else None
    if slain is not None:
        # "Police kill two farmers in land dispute", "soldiers killed three villagers": the forces
        # who kill people outside a demonstration attack civilians (docs/vocabulary.md); killed
        # while protesting, they are force on the protest (the rules above)
        return code(VAC, "Attack", slain, "vac.state_killing", "attack")
    return None


#: a transitive killing verb in the active voice, told with its object ("killed three villagers",
#: "kill two farmers"): the actor before it did the killing. A passive or a headline's participle
#: ("two soldiers were killed", "Police officer killed in ambush") names the dead instead
_ACTIVE_KILL = re.compile(rf"(?:{_coding('active_kill')})\Z", re.IGNORECASE)
#: a reflexive or passive "se" before a Spanish verb: "se mató en un accidente" is no killing
_REFLEXIVE = re.compile(r"\bse\s+\Z", re.IGNORECASE)
#: what follows a killing verb when it has no object: a preposition, a conjunction, the clause's end
_NO_OBJECT = re.compile(rf"\s*(?:[,.;:!?)\]\-–—]|\Z|(?:{_coding('no_object')})\b)", re.IGNORECASE)
#: the personal "a" of a Spanish object, in the clause after the verb ("mataron en Putis a
#: decenas de comuneros", "mató ayer a un joven")
_SPANISH_OBJECT = re.compile(r"[^,.;:!?]{0,40}?\b(?:a|al)\s", re.IGNORECASE)


def _state_killing(triggers: Sequence[Found], facts: SentenceFacts) -> Found | None:
    """A killing word whose subject is a police force or an army and which has an object: the
    forces killed someone ("Police kill two farmers", "soldiers killed three villagers"). The
    forces who died ("two soldiers were killed", "Police officer killed in ambush") and those
    who only tell it (a source) are no killers."""
    text = facts.text
    if not text:
        return None
    for t in triggers:
        info = t.info
        if not isinstance(info, TriggerInfo) or info.kind != "killing" or info.weak:
            continue
        if _ACTIVE_KILL.search(text, t.start, t.end) is None:
            continue
        if _PASSIVE_AUX.search(text, max(0, t.start - 12), t.start) is not None:
            continue
        if _REFLEXIVE.search(text, max(0, t.start - 4), t.start) is not None:
            continue
        spanish = text[t.start : t.start + 3].lower() == "mat"
        if spanish and _SPANISH_OBJECT.match(text, t.end) is None:
            continue
        if not spanish and _NO_OBJECT.match(text, t.end) is not None:
            continue
        agent = _agent(t, facts.actors, text)
        if agent is None or agent.inter != 1 or agent.sector not in ("COP", "MIL"):
            continue
        if agent.role == "source":
            continue
        if any(
            isinstance(a.info, ActorInfo)
            and a.info.inter == 1
            and a.start >= t.end
            and a.start - t.end <= 40
            for a in facts.actors
        ):
            # "soldiers killed two policemen": forces killed are no civilians
            continue
        return t
    return None


#: a clash word followed by who fought: "enfrentamientos entre bandas", "clashes with miners"
_CLASH_PARTIES_AFTER = re.compile(rf"\s+(?:{_coding('clash_parties')})\b", re.IGNORECASE)
#: what may stand before a clash word that names no party: the opening of a headline, an
#: article, a preposition or an adjective of the clash ("Clashes leave ...", "Juliaca: choques
#: ...", "in clashes", "deadly clashes"); a noun there names who fought ("gang clashes")
_CLASH_BEFORE_BARE = re.compile(
    r"(?:\A|[\n:.,;(\"'“«¡¿\-–—]|\b(?:"
    rf"{_coding('clash_bare')}|\d+))\s*\Z",
    re.IGNORECASE,
)

#: a place named before the clash word inside the sentence ("in Ayacucho clashes"): where, not who
_CLASH_PLACE_BEFORE = re.compile(r"\b(?i:in|near|at|after)\s+[A-ZÁÉÍÓÚÑ][\w'-]+\s+\Z")

#: a body that tells the news, not one that fought: "..., officials say", "según la policía"
_SPEAKS_AFTER = re.compile(rf"\s+(?:{_coding('speaks')})\b", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"\b(?:según|according\s+to)\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE)


def _parties(facts: SentenceFacts) -> list[Found]:
    """The sentence's actors that could have fought: those who only tell it ("officials say",
    "según la policía") are its sources."""
    return [
        a
        for a in facts.actors
        if isinstance(a.info, ActorInfo)
        and a.info.role != "source"
        and not _SPEAKS_AFTER.match(facts.text, a.end)
        and not _SOURCE_BEFORE.search(facts.text, max(0, a.start - 40), a.start)
    ]


#: a verb by which a demonstration leaves its dead: "Protestas dejan tres muertos", "protests
#: have left 40 dead", "protests kill 3", "las marchas cobran dos vidas"
_LEFT_DEAD = re.compile(rf"\b(?:{_coding('left_dead', any_space=True)})\b", re.IGNORECASE)
#: what the demonstration is for or against, before the death word: the dead are its cause
_AIMED_AT = re.compile(rf"\b(?:{_coding('aimed_at')})\b", re.IGNORECASE)


def _left_dead(found: Found, death: Found, text: str) -> bool:
    """The death word follows the demonstration word across a verb that leaves the dead, with
    nothing the demonstration is against in between ("Protestas en Puno dejan tres muertos";
    not "un paro contra los asesinatos")."""
    if death.start <= found.end or death.start - found.end > 80:
        return False
    # the death word may be the verb itself ("Protests kill 3")
    return (
        _LEFT_DEAD.search(text, found.end, death.end) is not None
        and _AIMED_AT.search(text, found.end, death.start) is None
    )


#: an adjective that tells a clash's dead without their number, right before it ("deadly
#: clashes", "sangrientos enfrentamientos") or right after it ("enfrentamientos mortales")
_DEADLY_BEFORE = re.compile(rf"\b(?:{_coding('deadly_before')})\s+\Z", re.IGNORECASE)
_DEADLY_AFTER = re.compile(rf"\s+(?:{_coding('deadly_after')})\b", re.IGNORECASE)


def _deadly(found: Found | None, text: str) -> bool:
    """The clash word is told as deadly, its dead not counted: "Deadly clashes in Juliaca",
    "Enfrentamientos mortales en Ilave". A clash that only threatens death ("clashes that could
    turn deadly") has its adjective elsewhere."""
    if found is None or not text:
        return False
    return (
        _DEADLY_BEFORE.search(text, max(0, found.start - 20), found.start) is not None
        or _DEADLY_AFTER.match(text, found.end) is not None
    )


def _bare_clash(found: Found | None, text: str) -> bool:
    """The clash word names no party before it or after it: "Enfrentamientos dejan 17 muertos",
    "Eight killed in Ayacucho clashes"; "enfrentamientos entre bandas" and "gang clashes" name
    who fought, and leave the coding to the rules on parties."""
    if found is None:
        return False
    if _CLASH_PARTIES_AFTER.match(text, found.end):
        return False
    window = max(0, found.start - 40)
    return (
        _CLASH_BEFORE_BARE.search(text, window, found.start) is not None
        or _CLASH_PLACE_BEFORE.search(text, window, found.start) is not None
    )


#: a plural clash word: the fights of a crowd ("enfrentamientos", "choques", "clashes"), not
#: one firefight ("un enfrentamiento", "a shootout")
_CLASH_PLURAL = re.compile(r"(?:os|es|as|hes|ies|ts|ns|ds)\Z", re.IGNORECASE)
#: the forces joined to the clash word as the side fought ("con la policía", "with police",
#: "with security forces", "contra los militares"): what may stand between the word and them
_CLASH_WITH_FORCES = re.compile(
    r"\s+(?:(?:violent|violentos|sangrientos|mortales|deadly|bloody)\s+)?"
    r"(?:with|against|con|contra)\s+(?:(?:the|la|el|los|las)\s+)?\Z",
    re.IGNORECASE,
)
#: the forces a crowd fights ("Police Forces of Peru", "Military Forces of Peru")
_FORCE_SECTORS = frozenset({"COP", "MIL"})
#: the inter code of civilians
_CIVILIANS = 7
#: how far the forces may stand after the clash word
_CLASH_FORCES_REACH = 32


def _clash_with_forces(found: Found | None, parties: Sequence[Found], text: str) -> bool:
    """The clash word is plural, names no party before it, and every party the sentence names
    is the police or the army, the first of them joined to the word as the side fought:
    "enfrentamientos con la policía dejan dos muertos", "died in clashes with police and
    soldiers". "Protesters clashed with police" names its crowd (the rules on parties), and
    "gang clashes with police" or "rebels ... clashes with troops" name another side."""
    if found is None or not text or not parties:
        return False
    if _CLASH_PLURAL.search(text, found.start, found.end) is None:
        return False
    window = max(0, found.start - 40)
    if (
        _CLASH_BEFORE_BARE.search(text, window, found.start) is None
        and _CLASH_PLACE_BEFORE.search(text, window, found.start) is None
    ):
        return False
    # the people who died, named before the clash word ("Dos comuneros murieron en
    # enfrentamientos con la policía"), are of the crowd, not another side
    forces = [a for a in parties if a.start > found.end]
    if not forces or not all(
        isinstance(a.info, ActorInfo)
        and (
            (a.info.inter == 1 and a.info.sector in _FORCE_SECTORS)
            or (a.info.inter == _CIVILIANS and a.end <= found.start)
        )
        for a in parties
    ):
        return False
    first = min(forces, key=lambda a: a.start)
    return (
        0 <= first.start - found.end <= _CLASH_FORCES_REACH
        and _CLASH_WITH_FORCES.fullmatch(text[found.end : first.start]) is not None
    )


#: what joins an attack to its agent named after it: "attacked by protesters", "el ataque de un grupo de manifestantes",
#: "came under attack from protesters"
_AGENT_AFTER = re.compile(
    r"\s*(?:by|from|de|del|por)\s+(?:(?:the|a|an|el|la|los|las|un|una|unos|unas)\s+)?"
    r"(?:(?:group|crowd|grupo|turba|multitud)\s+(?:of|de)\s+)?$",
    re.IGNORECASE,
)


def ends_with_agent_word(gap: str) -> bool:
    """``gap`` ends with the word that brings in an agent ("golpeado por", "beaten by the"): the
    actor named next did the act, it was not done to it."""
    return _AGENT_AFTER.search(gap) is not None


#: inter codes of demonstrators: rioters (5) and protesters (6)
_DEMONSTRATORS = frozenset({5, 6})


def _agent(trigger: Found, actors: Sequence[Found], text: str) -> ActorInfo | None:
    """Who does ``trigger``: the agent named just after it ("attacked by protesters", "el ataque de un
    grupo de manifestantes"), else the subject just before it ("protesters attacked")."""
    if not text:
        return None
    named = [a for a in actors if isinstance(a.info, ActorInfo) and a.info.role != "source"]
    after = [a for a in named if 0 <= a.start - trigger.end <= 30]
    if after:  # an agent named after the event word says who acted, whatever came before
        first = min(after, key=lambda a: a.start)
        if _AGENT_AFTER.fullmatch(text[trigger.end : first.start]) and isinstance(
            first.info, ActorInfo
        ):
            return first.info
    before = [
        a
        for a in named
        if 0 <= trigger.start - a.end <= 30
        and "," not in text[a.end : trigger.start]
        # "dispararon contra los manifestantes y mataron a diecisiete": the object of the verb
        # before is not the subject of the next one
        and _OBJECT_BEFORE.search(text, max(0, a.start - 16), a.start) is None
        # "colectivos armados que, desde motocicletas, dispararon": an aside in the relative
        or 0 <= trigger.start - a.end <= 60
        and _RELATIVE_ASIDE.fullmatch(text, a.end, trigger.start) is not None
    ]
    if before:
        info = max(before, key=lambda a: a.end).info
        return info if isinstance(info, ActorInfo) else None
    return None


def agent_of(trigger: Found, actors: Sequence[Found], text: str) -> ActorInfo | None:
    """Who does ``trigger`` (``_agent``), for the rules outside coding."""
    return _agent(trigger, actors, text)


#: a preposition that makes the actor after it an object: "contra los manifestantes", "a los
#: manifestantes", "fired on protesters", "shot at the crowd"
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:contra|against|hacia|on|at)\s+(?:(?:los|las|el|la|unos|unas|the)\s+)?"
    r"|\b(?:a\s+(?:los|las|unos|unas)|al)\s+)\Z",
    re.IGNORECASE,
)
#: a relative pronoun and a short aside set off by commas between a subject and its verb
_RELATIVE_ASIDE = re.compile(
    r"\s+(?:que|quienes|who|which|that)\s*,[^,.;]{1,40},\s*", re.IGNORECASE
)


def _unidentified_agent(trigger: Found, actors: Sequence[Found], text: str) -> bool:
    """An unidentified armed group is the agent of ``trigger`` ("unidentified gunmen shot him",
    "was shot by gunmen", "sicarios dispararon")."""
    # "a driver was shot dead at a barricade on Sunday by unidentified gunmen", "fue baleado en
    # un paradero de Ate por sicarios": the passive agent after the place and the day, not the
    # subject (who was shot)
    passive = next(
        (
            a.info
            for a in actors
            if isinstance(a.info, ActorInfo)
            and 0 <= a.start - trigger.end <= _PASSIVE_REACH
            and _PASSIVE_AGENT.fullmatch(text, trigger.end, a.start) is not None
        ),
        None,
    )
    agent = passive or _agent(trigger, actors, text)
    return agent is not None and agent.sector == "UAG" and agent.role != "source"


#: characters between a passive event word and its agent, past the place and the day
_PASSIVE_REACH = 70
#: adjuncts with no clause of their own, then "by"/"por" and the agent: no punctuation, no verb
#: of another clause (a participle: "a march organised by", "una marcha convocada por") and no
#: relative or coordinator ("where", "and", "que", "y")
_PASSIVE_AGENT = re.compile(
    r"(?:\s+(?!(?:and|or|who|which|that|where|when|after|while|y|e|o|que|quien|quienes|donde|"
    r"cuando|tras|mientras)\b)(?![\w'’-]*(?:ed|en|ado|ada|ados|adas|ido|ida|idos|idas)\s+(?:by|por)\b)"
    r"[\w'’.-]+)*?\s+(?:by|por)\s+(?:(?:the|a|an|el|la|los|las|un|una|unos|unas|dos|tres|two|three)\s+)?"
    # an agent told as suspected (twenty-third session, blind18): "shot dead by suspected
    # extortionists", "asesinado por presuntos sicarios"
    r"(?:(?:suspected|alleged|presumed|presunt[oa]s?|supuest[oa]s?)\s+)?",
    re.IGNORECASE,
)


def _member_agent(trigger: Found, actors: Sequence[Found], text: str) -> bool:
    """A lawmaker or a judge is the agent of ``trigger`` ("a senator fired a pistol")."""
    agent = _agent(trigger, actors, text)
    return agent is not None and agent.inter == 1 and agent.sector in ("LEG", "JUD")


def _demonstrators_attack(trigger: Found, actors: Sequence[Found], text: str) -> bool:
    """Demonstrators are the agent of ``trigger``."""
    agent = _agent(trigger, actors, text)
    return agent is not None and agent.inter in _DEMONSTRATORS


def _forces_attack_demonstrators(trigger: Found, actors: Sequence[Found], text: str) -> bool:
    """State forces are the agent of ``trigger`` and demonstrators what it is aimed at, named
    just after it ("soldiers had shot at demonstrators"); a pronoun subject is the last actor
    named before it ("the troops had acted in self-defence and denied they had shot at ...")."""
    agent = _agent(trigger, actors, text)
    if agent is None:
        before = [
            a
            for a in actors
            if isinstance(a.info, ActorInfo) and a.info.role != "source" and a.end <= trigger.start
        ]
        last = max(before, key=lambda a: a.end).info if before else None
        agent = last if isinstance(last, ActorInfo) else None
    if agent is None or agent.inter != 1 or agent.sector not in ("COP", "MIL"):
        return False
    return any(
        isinstance(a.info, ActorInfo)
        and a.info.inter in _DEMONSTRATORS
        and a.info.role != "source"
        and 0 <= a.start - trigger.end <= 30
        and not _AGENT_AFTER.fullmatch(text[trigger.end : a.start])
        for a in actors
    )


#: between a killing word and the office-holder it names: "de Carlos Manzo, (el) alcalde",
#: "del alcalde", "of the mayor", "of Carlos Manzo, the mayor"
_OF_OFFICIAL = re.compile(
    r"\s+(?:of|de|del|al|a)\s+(?:(?:the|el|la|su|his|her)\s+)?"
    r"(?:(?:[A-ZÁÉÍÓÚÑ][\w'’-]*\s*){1,4},\s*(?:(?:the|el|la|its|su)\s+)?)?"
)
#: between an office-holder and the passive that tells him killed: "(Mayor) Carlos Manzo was",
#: "el alcalde de Uruapan fue", "the mayor of Uruapan has been"
_OFFICIAL_PASSIVE = re.compile(
    r"(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3}(?:\s+(?:de|of)\s+(?:[A-ZÁÉÍÓÚÑ][\w'’-]*\s*){1,3})?"
    r"\s*(?:(?P<aux>fue|was|has\s+been|had\s+been|were|fueron|habría\s+sido|ha\s+sido)\s+)?"
)
#: an event word that holds its passive's auxiliary ("fue asesinado", "was killed")
_PASSIVE_WORD = re.compile(r"(?:fue|fueron|was|were|has\s+been|had\s+been)\s", re.IGNORECASE)
#: sectors of office-holders (a mayor, a governor, a minister)
_OFFICIALS = frozenset({"GOV"})


def _official_attacked(
    triggers: Sequence[Found], actors: Sequence[Found], text: str
) -> Found | None:
    """A killing, an attack or a shooting whose victim is an office-holder: named right after
    the word as what it befell ("el asesinato de Carlos Manzo, alcalde de Uruapan", "the killing
    of the mayor") or as the subject of its passive ("the mayor of Uruapan was shot dead"). Not
    when the forces or a crowd are the agent (a crowd that beats a mayor is mob violence)."""
    if not text:
        return None
    officials = [
        a
        for a in actors
        if isinstance(a.info, ActorInfo) and a.info.sector in _OFFICIALS and a.info.role != "source"
    ]
    if not officials:
        return None
    for t in triggers:
        if not isinstance(t.info, TriggerInfo) or t.info.kind not in ("attack", "killing", "force"):
            continue
        agent = _agent(t, actors, text)
        if agent is not None and (agent.sector in ("COP", "MIL") or agent.inter in (5, 6)):
            continue
        for a in officials:
            if 0 <= a.start - t.end <= 60 and _OF_OFFICIAL.fullmatch(text, t.end, a.start):
                return t
            passive = (
                _OFFICIAL_PASSIVE.fullmatch(text, a.end, t.start)
                if 0 <= t.start - a.end <= 60
                else None
            )
            if passive is not None and (
                passive.group("aux") or _PASSIVE_WORD.match(text, t.start) is not None
            ):
                return t
    return None


def official_victim(trigger: Found, actors: Sequence[Found], text: str) -> Found | None:
    """The office-holder ``trigger`` befell, as :func:`_official_attacked` reads it: named
    right after the word ("el asesinato de Carlos Manzo, alcalde de Uruapan") or as the subject
    of its passive ("the mayor of Uruapan was shot dead")."""
    for a in actors:
        if not (
            isinstance(a.info, ActorInfo)
            and a.info.sector in _OFFICIALS
            and a.info.role != "source"
        ):
            continue
        if 0 <= a.start - trigger.end <= 60 and _OF_OFFICIAL.fullmatch(text, trigger.end, a.start):
            return a
        passive = (
            _OFFICIAL_PASSIVE.fullmatch(text, a.end, trigger.start)
            if 0 <= trigger.start - a.end <= 60
            else None
        )
        if passive is not None and (
            passive.group("aux") or _PASSIVE_WORD.match(text, trigger.start) is not None
        ):
            return a
    return None


#: between people nobody names and the firing verb they are the subject of: nothing, or "que"
#: / "who" ("desconocidos que dispararon", "unknown men who opened fire")
_UNNAMED_SUBJECT = re.compile(r"\s*(?:(?:que|quienes|who)\s+)?", re.IGNORECASE)
#: an auxiliary or a participle that makes the firing word a passive, whose subject is hit
_PASSIVE_FIRE = re.compile(
    r"(?:fue|fueron|was|were|been|resultó|resultaron)\b|\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b",
    re.IGNORECASE,
)


#: one person nobody names: the agent of a passive only ("by a man"), never a subject
_ONE_PERSON = re.compile(r"(?:an?|un|una)\s", re.IGNORECASE)
#: firing words that are only active: their subject fired ("a man opened fire", "un hombre abrió
#: fuego"), where "a man shot" may be the one hit
_ACTIVE_FIRE = re.compile(
    r"(?:open|opened|opens|opening)\s+fire\b|abri\w*\s+fuego\b", re.IGNORECASE
)


def state_agent_fire(triggers: Sequence[Found], facts: SentenceFacts) -> bool:
    """The police or the military are the agent of a firing word of the sentence."""
    for t in triggers:
        if isinstance(t.info, TriggerInfo) and t.info.kind == "force":
            agent = _agent(t, facts.actors, facts.text)
            if agent is not None and agent.sector in ("COP", "MIL"):
                return True
    return False


def _unnamed_shooter(triggers: Sequence[Found], facts: SentenceFacts) -> Found | None:
    """A firing word whose agent is people nobody names (``SentenceFacts.unnamed``): the subject
    right before it ("desconocidos dispararon", "unknown men who opened fire"), not of a
    passive ("a man was shot") and not one person ("a man shot near the square" is the one
    hit), or the agent of its passive after it ("shot dead by a man", "baleado por
    desconocidos")."""
    text = facts.text
    if not facts.unnamed or not text:
        return None
    for t in triggers:
        if not isinstance(t.info, TriggerInfo):
            continue
        # "fueron asesinados a tiros por un hombre": a killing word with its passive agent too
        killing = t.info.kind == "killing" and not t.info.weak
        if not killing and (t.info.kind != "force" or t.info.mode != "firearms"):
            continue
        for a, b in facts.unnamed:
            if (
                not killing
                and 0 <= t.start - b <= 12
                # "a man shot near the square" is more often the one hit than the one who fired;
                # "a man opened fire" is the one who fired
                and (
                    _ONE_PERSON.match(text, a) is None
                    or _ACTIVE_FIRE.match(text, t.start) is not None
                )
                and _UNNAMED_SUBJECT.fullmatch(text, b, t.start)
                and not _PASSIVE_FIRE.match(text, t.start)
            ):
                return t
            if 0 <= a - t.end <= _PASSIVE_REACH and _PASSIVE_AGENT.fullmatch(text, t.end, a):
                return t
            if not killing and _far_subject(t, a, b, facts):
                return t
    return None


def _far_subject(trigger: Found, a: int, b: int, facts: SentenceFacts) -> bool:
    """A Spanish finite firing verb whose subject, people nobody names, opens a chain of
    coordinated clauses before it ("un hombre de 77 años se bajó de su vehículo, discutió con
    los manifestantes y les disparó"): the verb agrees with them in number ("un hombre ...
    disparó", "unos sujetos ... dispararon") and the sentence names no police or soldiers (who
    would be the shooters of "un hombre discutió con un policía y este le disparó")."""
    text = facts.text
    if not text or not 0 <= trigger.start - b <= _FAR_SUBJECT_REACH:
        return False
    verb = _FINITE_FIRE.match(text, trigger.start)
    if verb is None or _FAR_SUBJECT_BREAK.search(text, b, trigger.start) is not None:
        return False
    one = _ONE_PERSON.match(text, a) is not None
    if one != (verb.group("one") is not None):
        return False
    # the forces named before the subject are a source ("Según la Policía, un hombre ...")
    return not any(
        isinstance(f.info, ActorInfo) and f.info.inter == 1 and f.start >= a for f in facts.actors
    )


#: how far a subject may stand before its firing verb across coordinated clauses
_FAR_SUBJECT_REACH = 220
#: a Spanish finite firing verb, singular ("one") or plural: active in Spanish whatever its
#: subject (the one hit is told "fue baleado", "recibió un disparo")
_FINITE_FIRE = re.compile(
    r"(?:(?P<one>disparó|baleó|abrió\s+fuego)|dispararon|balearon|abrieron\s+fuego)\b",
    re.IGNORECASE,
)
#: what ends the subject's clause chain: a sentence end, a semicolon or colon, a subordinate
#: clause whose own subject may fire ("cuando", "mientras", "después de que", "porque")
_FAR_SUBJECT_BREAK = re.compile(
    r"[.;:!?]|\b(?:cuando|mientras|después\s+de\s+que|luego\s+de\s+que|porque|pero|según)\b",
    re.IGNORECASE,
)


def _demonstrators_after(trigger: Found, actors: Sequence[Found]) -> bool:
    """Demonstrators are named just after ``trigger``, as what it was aimed at ("fired on the
    marchers", "dispararon contra manifestantes")."""
    return any(
        isinstance(a.info, ActorInfo)
        and a.info.inter in _DEMONSTRATORS
        and a.info.role != "source"
        and 0 <= a.start - trigger.end <= 20
        for a in actors
    )


def _forces_after(trigger: Found, actors: Sequence[Found]) -> bool:
    """The forces are named just after ``trigger``, as what was attacked ("attacked a police station")."""
    return any(
        isinstance(a.info, ActorInfo)
        and a.info.inter == 1
        and a.info.role != "source"
        and 0 <= a.start - trigger.end <= 30
        for a in actors
    )


#: what a crowd throws or wields, listed beside explosives ("explosives, slings and blunt
#: objects", "piedras, hondas y dinamita")
_CROWD_WEAPONS = re.compile(
    rf"\b(?:{alternation('mob', 'crowd_weapon', any_space=True)})\b", re.IGNORECASE
)
#: a crowd that acts as one, as the subject of a beating ("una turba", "a crowd", "the mob")
_MOB = re.compile(
    rf"\b(?:una|la|a|an|the)\s+(?:(?:{alternation('mob', 'crowd_adjective')})\s+)?"
    rf"(?:{alternation('mob', 'crowd')})\b|"
    # "pobladores enardecidos", "comuneros furiosos", "angry villagers": people as one crowd
    rf"\b(?:{alternation('mob', 'crowd_people', languages=('es',))})"
    rf"\s+(?:{alternation('mob', 'crowd_angry', languages=('es',))})\b"
    rf"|\b(?:{alternation('mob', 'crowd_angry', languages=('en',))})"
    rf"\s+(?:{alternation('mob', 'crowd_people', languages=('en',))})\b",
    re.IGNORECASE,
)
#: how far before the beating its mob may be named, within the sentence
_MOB_REACH = 120


#: a death by burning or beating ("quemado dentro de su patrullero", "hallado calcinado",
#: "burned to death", "beaten to death")
_BURNED_OR_BEATEN = re.compile(
    rf"\b(?:{alternation('mob', 'burned_or_beaten', any_space=True)})\b",
    re.IGNORECASE,
)
#: the one killed, named after the killing word ("la muerte del suboficial", "the killing of a
#: police officer")
_OF_VICTIM = re.compile(
    r"\s*(?:del|de\s+la|de\s+un[oa]?|de|of|of\s+an?|of\s+the)\s+$", re.IGNORECASE
)
#: how far after the killing word its burning or beating may be told
_BURN_REACH = 160
#: between an officer and his death verb: a space, or a word of time ("un policía murió",
#: "un policía también murió", "a soldier later died"; not "un policía dijo que murió")
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:también|tambien|luego|después|despues|ayer|anoche|hoy|also|later|then|"
    r"yesterday|today)\s+)?",
    re.IGNORECASE,
)
#: the burning or beating right after the death verb ("murió quemado", "died burned")
_BURNED_AFTER = re.compile(
    rf"\s+(?:{alternation('mob', 'burned_or_beaten', any_space=True)})\b", re.IGNORECASE
)


def _forces_burned_or_beaten(
    triggers: Sequence[Found], actors: Sequence[Found], text: str
) -> Found | None:
    """A killing word whose victim is a police officer or a soldier ("la muerte del suboficial
    X", "el homicidio del policía", "the killing of a police officer") and whose sentence tells
    the body burned or beaten ("quemado", "hallado calcinado", "beaten to death")."""
    for t in triggers:
        info = t.info
        if not (isinstance(info, TriggerInfo) and info.kind == "killing"):
            continue
        victim = next(
            (
                a
                for a in actors
                if isinstance(a.info, ActorInfo)
                and a.info.inter == 1
                and 0 <= a.start - t.end <= 30
                and _OF_VICTIM.fullmatch(text, t.end, a.start)
            ),
            None,
        )
        if victim is None:
            # "un policía murió quemado", "a soldier died beaten": the officer is the subject
            # of the death, which the burning or beating words follow at once
            subject = next(
                (
                    a
                    for a in actors
                    if isinstance(a.info, ActorInfo)
                    and a.info.inter == 1
                    and a.info.sector in _FORCE_SECTORS
                    and _SUBJECT_GAP.fullmatch(text, a.end, t.start)
                ),
                None,
            )
            if subject is not None and _BURNED_AFTER.match(text, t.end):
                return t
            continue
        window = text[victim.end : victim.end + _BURN_REACH]
        stop = window.find(". ")
        if _BURNED_OR_BEATEN.search(window[: stop if stop >= 0 else None]):
            return t
    return None


#: one member of the forces, singular: "a police officer", "un suboficial de la Policía",
#: "el agente" ("la policía", "the police" are the force, not one of its men)
_ONE_OFFICER = re.compile(
    rf"\b(?:(?:a|an|one|the)\s+(?:(?:{alternation('mob', 'officer_force')})\s+)?"
    rf"(?:{alternation('mob', 'officer', languages=('en',))})"
    rf"|(?:un|el|una)\s+(?:{alternation('mob', 'officer', languages=('es',))}))\b",
    re.IGNORECASE,
)
#: the officer is who suffered: a passive or a death verb right after him ("was killed",
#: "murió", "fue interceptado", "quemado") or a death word right before him ("murió también
#: un suboficial", "la muerte del", "the killing of")
_OFFICER_SUFFERS_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:was|is|were|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    rf"(?:{alternation('mob', 'officer_suffered', any_space=True)})\b|"
    rf"[^.;:]{{0,60}}?\b(?:{alternation('mob', 'officer_died')})\b",
    re.IGNORECASE,
)
_OFFICER_SUFFERS_BEFORE = re.compile(
    rf"\b(?:{alternation('mob', 'officer_death')})\b(?:\s+\w+)?\s+(?:de\s+|del\s+|of\s+)?$",
    re.IGNORECASE,
)
#: members of the forces, plural, who died, told by a relative clause right after them: "empujó
#: al río a los soldados» que murieron", "the officers who were killed" ("la policía", "the
#: police" are the force; "los soldados dispararon y murieron 17" tells others' deaths)
_OFFICERS_DIED = re.compile(
    r"\b(?:(?:los|unos|the|two|three|four|five|six|several|dos|tres|cuatro|cinco|seis|varios|"
    r"\d+)\s+)"
    rf"(?:(?:{alternation('mob', 'officer_force', languages=('en',))})\s+)?"
    rf"(?:{alternation('mob', 'officers')})"
    r"\s*[»\"”’]?\s*,?\s+(?:que|quienes|who)\s+(?:\w+\s+)?"
    rf"(?:{alternation('mob', 'officers_died', any_space=True)})\b",
    re.IGNORECASE,
)
#: how far apart in the sentence the mob and the officer may be named
_MOB_OFFICER_REACH = 160


def _officer_killed_by_mob(triggers: Sequence[Found], text: str) -> Found | None:
    """One police officer or soldier told as the one who died or was burned ("murió un cabo,
    atacado por una turba", "a police officer was killed when a crowd set fire to his car"), with
    a mob or a crowd named near him and a death or a burning told: the mob killed him (ACLED: mob
    violence). The event word returned is the death, else the burning or the attack."""
    deadly = [
        t
        for t in triggers
        if isinstance(t.info, TriggerInfo)
        and (
            t.info.kind in ("killing", "mob")
            or t.info.mode == "arson"
            or (t.info.kind == "attack" and _BURNED_OR_BEATEN.search(text, t.start, t.end + 80))
        )
    ]
    if not deadly:
        return None
    start = min(t.start for t in triggers)
    end = max(t.end for t in triggers)
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi_stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    hi = min(hi_stop) if hi_stop else len(text)
    officers = [
        *_ONE_OFFICER.finditer(text, lo, hi),
        # "una turba de comuneros empujó al río a los soldados que murieron"
        *_OFFICERS_DIED.finditer(text, lo, hi),
    ]
    for officer in officers:
        suffers = (
            officer.re is _OFFICERS_DIED
            or _OFFICER_SUFFERS_AFTER.match(text, officer.end(), hi)
            or (
                _OFFICER_SUFFERS_BEFORE.search(
                    text[max(lo, officer.start() - 40) : officer.start()]
                )
            )
        )
        if not suffers:
            continue
        mob = _MOB.search(
            text,
            max(lo, officer.start() - _MOB_OFFICER_REACH),
            min(hi, officer.end() + _MOB_OFFICER_REACH),
        )
        if mob is None:
            continue
        burned = _BURNED_OR_BEATEN.search(text, lo, hi)
        # the death told of the officer, not of others before him ("los fallecidos ... y
        # recordó que también murió anoche el suboficial")
        killing = min(
            (
                t
                for t in deadly
                if isinstance(t.info, TriggerInfo) and t.info.kind in ("killing", "mob")
            ),
            key=lambda t: min(abs(t.start - officer.end()), abs(officer.start() - t.end)),
            default=None,
        )
        if killing is None and burned is None:
            continue
        return killing or deadly[0]
    return None


def _mob_beating(triggers: Sequence[Found], text: str) -> Found | None:
    """A beating (force, mode ``beating``) whose sentence names a mob or a crowd before it,
    with no stop between: the mob beat someone."""
    for t in triggers:
        info = t.info
        if not (isinstance(info, TriggerInfo) and info.kind == "force" and info.mode == "beating"):
            continue
        window = text[max(0, t.start - _MOB_REACH) : t.start]
        stop = max(window.rfind(". "), window.rfind("\n"))
        if _MOB.search(window, stop + 1 if stop >= 0 else 0):
            return t
    return None


#: the agent of a passive beating or killing is a crowd: "beaten by protesters", "killed by
#: crowds", "golpeado por manifestantes", "linchado por una turba"
_BY_CROWD = re.compile(
    r"\s*(?:(?:by|por)\s+)?(?:(?:the|a|an|los|las|la|el|una?|unos|unas)\s+)?(?:angry\s+|enraged\s+)?"
    r"(?:crowds?|mobs?|protesters|demonstrators|rioters|multitud(?:es)?|turbas?|manifestantes|"
    r"muchedumbre|pobladores|comuneros)\b",
    re.IGNORECASE,
)
#: a passive's agent word: at the end of the event phrase ("beaten by") or right after it
_BY_END = re.compile(r"(?:\bby|\bpor)\s*$", re.IGNORECASE)
_BY_NEXT = re.compile(r"\s*(?:by|por)\b", re.IGNORECASE)


def _beaten_by_crowd(triggers: Sequence[Found], text: str) -> Found | None:
    """A beating or a killing whose passive agent is a crowd or demonstrators: "Finance Minister
    X was chased and beaten by protesters", "the three officers were killed by crowds": people
    beaten or killed by a crowd are mob violence (docs/vocabulary.md), not force used on it."""
    for t in triggers:
        info = t.info
        if not isinstance(info, TriggerInfo) or info.weak:
            continue
        if not (_is_beating(t) or info.kind == "killing"):
            continue
        word = text[t.start : t.end]
        if not (_BY_END.search(word) or _BY_NEXT.match(text, t.end)):
            continue
        if _BY_CROWD.match(text, t.end):
            return t
    return None


def _forces_break_in(trigger: Found, actors: Sequence[Found], text: str) -> bool:
    """The forces are who forces a way in: the agent of a passive ("the campus was stormed by riot
    police"), or the subject before the verb across what equips it ("Riot police backed by an
    armoured vehicle stormed the university"), which the premises rule of :func:`_state_agent`
    takes for a burned vehicle."""
    agent = _agent(trigger, actors, text)
    if agent is None and not _PASSIVE_AUX.search(text, max(0, trigger.start - 12), trigger.start):
        before = [
            a
            for a in actors
            if isinstance(a.info, ActorInfo)
            and a.info.role != "source"
            and 0 <= trigger.start - a.end <= 60
        ]
        if before:
            info = max(before, key=lambda a: a.end).info
            agent = info if isinstance(info, ActorInfo) else None
    return agent is not None and agent.inter == 1 and agent.sector in ("COP", "MIL")


def _is_beating(trigger: Found) -> bool:
    info = trigger.info
    return isinstance(info, TriggerInfo) and info.kind == "force" and info.mode == "beating"


def _rioters_agent(trigger: Found, actors: Sequence[Found], text: str) -> bool:
    """Rioters (a mob, shock groups) are the agent of ``trigger``."""
    agent = _agent(trigger, actors, text)
    return agent is not None and agent.inter == 5


def _armed_riot(triggers: Sequence[Found], actors: Sequence[Found], text: str) -> Found | None:
    """A riot word ("attacked the police station", "atacaron la comisaría") whose closest actor
    before it, within a clause's reach, is a non-state armed group: an armed assault, not a crowd's
    riot ("armed separatists, they say, attacked the police station")."""
    for t in triggers:
        if not isinstance(t.info, TriggerInfo) or t.info.kind != "riot":
            continue
        before = [
            a
            for a in actors
            if isinstance(a.info, ActorInfo)
            and a.info.role != "source"
            and a.end <= t.start
            and t.start - a.end <= 60
            and not any(c in text[a.end : t.start] for c in ".;:")
        ]
        if before and _is_armed(max(before, key=lambda a: a.end).info):  # type: ignore[arg-type]
            return t
    return None


def _is_armed(agent: ActorInfo | None) -> bool:
    """A non-state armed group: rebels, militias, unidentified gunmen."""
    return agent is not None and (agent.inter in _ARMED_NON_STATE or agent.sector == "REB")


#: kinds of the crowd's violence a relative clause may tell of the people the forces acted on
_CROWD_VIOLENCE = frozenset({"riot", "clash", "looting", "destruction"})
#: kinds of the forces' own act in a main clause
_FORCES_ACT = frozenset({"force", "intervention", "killing"})
#: kinds of the forces' act that, with firearms, fire on a crowd (not disperse it)
_FIRE_ACT = frozenset({"force", "killing"})
#: how far a relative clause's violence may stand from the forces' act on its antecedent
_RELATIVE_REACH = 90
#: from the forces' act to the crowd's violence: the object ("on crowds", "contra los
#: manifestantes") and a relative pronoun opening a clause about it, no stop, no clause of
#: another kind ("when", "cuando", "after", "y") before the pronoun
_OBJECT_RELATIVE = re.compile(
    r"(?:(?!\b(?:and|but|when|after|as|while|before|y|e|pero|cuando|tras|mientras|antes)\b)"
    r"[^,.;:!?()\"“”«»])*?\b(?:que|quienes|who|that)\b[^.;:!?()]*",
    re.IGNORECASE,
)


#: the same, past adjuncts joined by "y"/"and" ("dispararon desde el cerco perimétrico y desde la
#: urbanización contra quienes intentaban ingresar a la pista"): the relative must then follow the
#: preposition that names the target
_TARGET_RELATIVE = re.compile(
    r"[^,.;:!?()\"“”«»]*?\b(?:contra|on|at|into|hacia)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:que|quienes|who|that)\b[^.;:!?()]*",
    re.IGNORECASE,
)


_CLAUSE_STOP = re.compile(r"[.;!?\n]")


def _clause_end(text: str, start: int) -> int:
    """Where the sentence that goes on at ``start`` stops (a full stop or a line break)."""
    stop = _CLAUSE_STOP.search(text, start)
    return len(text) if stop is None else stop.start()


def _main_clause_force(triggers: list[Found], actors: Sequence[Found], text: str) -> list[Found]:
    """Drop the crowd's violence told in a relative clause on the people the forces dispersed.

    "Los agentes lanzaron bombas lacrimógenas contra grupos que intentaban acercarse al
    Congreso": the main clause's agent and act decide the incident (an intervention); what the
    relative clause tells of its victims is background to it, not a riot of its own. The forces'
    fire on such a crowd ("troops fired on crowds that had tried to take over the airport",
    "soldados dispararon contra manifestantes que intentaban tomar el aeropuerto") tells the
    crowd's violence with the dead it left: by the policy on riots and excessive force
    (docs/vocabulary.md, twenty-second session) that is the riot, so its violence stays. A crowd
    that is the subject of its own violence ("protesters who stormed the airport were shot") is
    not touched: the forces' act must come first, with the state as its agent."""
    if not text:
        return triggers
    acts = [
        t
        for t in triggers
        if isinstance(t.info, TriggerInfo)
        and t.info.kind in _FORCES_ACT
        and _state_agent(t, actors)
        and not _demonstrators_attack(t, actors, text)
    ]
    if any(
        isinstance(t.info, TriggerInfo)
        and t.info.kind in _FIRE_ACT
        and t.info.mode == "firearms"
        # "fired on demonstrators who were peacefully trying to reach the square": no riot
        and PEACEFUL.search(text, t.start, _clause_end(text, t.end)) is None
        for t in acts
    ):
        return triggers
    if not acts:
        return triggers

    def told_of_victims(t: Found) -> bool:
        return any(
            0 <= t.start - act.end <= _RELATIVE_REACH
            and (
                _OBJECT_RELATIVE.fullmatch(text, act.end, t.start) is not None
                or _TARGET_RELATIVE.fullmatch(text, act.end, t.start) is not None
            )
            for act in acts
        )

    return [
        t
        for t in triggers
        if not (
            isinstance(t.info, TriggerInfo)
            and t.info.kind in _CROWD_VIOLENCE
            and told_of_victims(t)
        )
    ]


#: from an arrest word to the charge it names: "arrested 27 people overnight for looting",
#: "cuatro detenidos por disturbios", "detained on charges of vandalism", "acusados de saqueo"
_CHARGE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:for|on\s+charges\s+of|charged\s+with|accused\s+of|suspected\s+of|"
    r"por|acusad[oa]s?\s+de|sindicad[oa]s?\s+de|imputad[oa]s?\s+(?:de|por))"
    r"(?:\s+(?:su|sus|la|las|el|los|presunt[oa]s?|participación\s+en|alleged|their|the|breaking|"
    r"violating|defying|violar|incumplir|romper|burlar|"
    # "por los presuntos delitos de disturbios", "on suspicion of the crime of rioting"
    r"delitos?\s+de|cargos?\s+de|crimes?\s+of|offen[cs]es?\s+of))*\s+",
    re.IGNORECASE,
)
#: kinds of the crowd's acts an arrest may be charged with
_CHARGED_KINDS = frozenset({"riot", "clash", "looting", "destruction", "curfew"})

#: an accusation or a charge just before an act's noun: "La Fiscalía lo acusa de paralización de
#: un servicio público", "investigados por el delito de disturbios", "the charge of rioting",
#: "accused him of sedition and rioting" (the act joined to the first charge by "and"/"y" is one
#: too)
_OFFENCE_BEFORE = re.compile(
    r"(?:\b(?:acus[aeóoá]\w*|imput[aeóoá]\w*|sindic[aeóoá]\w*)"
    r"(?:\s+(?:a\s+)?[\w'’-]+){0,3}?\s+(?:de|por)"
    r"|\binvestigad[oa]s?\s+por"
    r"|\b(?:delitos?|cargos?|cr[ií]menes|crimen)\s+(?:de|por)"
    r"|\b(?:charged|accused|convicted|indicted|suspected)(?:\s+[\w'’-]+){0,3}?\s+(?:with|of)"
    r"|\b(?:charges?|crimes?|offen[cs]es?)\s+of)"
    r"(?:\s+(?:el|la|los|las|presunt[oa]s?|supuest[oa]s?|delitos?\s+de|cargos?\s+de|the|alleged|"
    r"crimes?\s+of|offen[cs]es?\s+of))*"
    r"(?:\s+[^\W\d]+(?:\s+(?:and|y|e|or|o)|,))*\s+$",
    re.IGNORECASE,
)
#: a gerund's object after it: "of blocking *the* road", "of attacking *police*"
_OBJECT_AFTER = re.compile(
    r"\s+(?:the|a|an|their|his|her|its|this|that|these|those|police|officers|roads?|highways?|"
    r"streets?|buildings?|property|public)\b",
    re.IGNORECASE,
)
#: kinds of act an accusation names as its offence
_OFFENCE_KINDS = frozenset({"protest", "riot", "clash", "looting", "destruction"})


def _offence_named(trigger: Found, text: str) -> bool:
    """An act's noun named as the offence of an accusation or a charge is no incident of the
    sentence (twenty-fifth session, blind20): "La Fiscalía lo acusa de paralización de un
    servicio público", "fueron investigados por el delito de disturbios", "charged with the
    crime of rioting". The act told by a verb stays ("accused the protesters of attacking the
    station": a reported riot), and so does an arrest's charge, read by :func:`_charges`."""
    info = trigger.info
    if not text or not isinstance(info, TriggerInfo) or info.kind not in _OFFENCE_KINDS:
        return False
    word = text[trigger.start : trigger.end].lower()
    if word.endswith(("ar", "er", "ir")) or (
        word.endswith("ing") and _OBJECT_AFTER.match(text, trigger.end)
    ):
        # a verb's form ("of blocking the road", "de bloquear") tells the act itself
        return False
    return _OFFENCE_BEFORE.search(text, max(0, trigger.start - 90), trigger.start) is not None


def _charges(triggers: list[Found], text: str) -> list[Found]:
    """Drop the crowd's acts named as the charge of an arrest ("Soldiers arrested 27 people
    overnight for looting and arson", "informa de cuatro detenidos por disturbios"): they say
    why the people were held, not an incident of the sentence; the arrest is its event. An act
    joined to the charge by "and"/"y" is part of it."""
    if not text:
        return triggers
    arrests = [t for t in triggers if isinstance(t.info, TriggerInfo) and t.info.kind == "arrest"]
    if not arrests:
        return triggers
    charged: list[Found] = []
    for t in sorted(triggers, key=lambda f: f.start):
        if not (isinstance(t.info, TriggerInfo) and t.info.kind in _CHARGED_KINDS):
            continue
        if any(_CHARGE.fullmatch(text, a.end, t.start) for a in arrests if a.end <= t.start):
            charged.append(t)
        elif any(
            _JOINED_CHARGE.fullmatch(text, c.end, t.start) for c in charged if c.end <= t.start
        ):
            charged.append(t)
    return [t for t in triggers if t not in charged]


#: a second charge joined to the first: "for looting and arson", "por saqueo y vandalismo"
_JOINED_CHARGE = re.compile(r"\s*(?:,|and|or|y|e|o)\s*", re.IGNORECASE)


#: the events.yaml entries of a state of being held (``*.arrest_held``: "remains in custody",
#: "sigue detenido"): no new arrest, only the arrests' count when the sentence gives a figure of
#: the held ("at least 40 protesters remain in custody", "doce personas siguen detenidas")
_HELD = ".arrest_held"


def _forces_hold(trigger: Found, actors: Sequence[Found], text: str) -> bool:
    """An occupation word whose agent is the police or the military ("police entered the
    property", "la policía tomó la plaza") tells the forces holding a place, no demonstration;
    so does a siege word ("la policía cercó el perímetro del Palacio")."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or info.kind != "protest":
        return False
    if info.mode != "occupation" and not info.id.endswith(".siege"):
        return False
    agent = _agent(trigger, actors, text)
    return agent is not None and agent.inter == 1 and agent.sector in ("COP", "MIL")


#: the events.yaml entries of roadblocks the forces set up (``*.forces_roadblock``)
_FORCES_ROADBLOCK = ".forces_roadblock"


def _forces_roadblock(trigger: Found, actors: Sequence[Found], text: str) -> Found:
    """Roadblocks set up ("Officers mounted roadblocks on all major roads", "la policía instaló
    controles") are the forces' deployment when the police or the military set them up; set up
    by anyone else ("protesters mounted roadblocks") they are the demonstrators' blockade."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or not info.id.endswith(_FORCES_ROADBLOCK):
        return trigger
    agent = _agent(trigger, actors, text)
    if agent is not None and agent.inter == 1 and agent.sector in ("COP", "MIL"):
        return trigger
    return Found(trigger.start, trigger.end, replace(info, kind="protest", mode="blockade"))


def _forces_attacked(trigger: Found, actors: Sequence[Found], text: str) -> bool:
    """The police or the military are named right after an attack word as what it befell (its
    object: "atacó un vehículo policial", "attacked a police station", "attacked two officers"),
    and no one is named as its agent (``_agent``: "attacked by police" is the police's)."""
    if not text or _agent(trigger, actors, text) is not None:
        return False
    after = [
        a
        for a in actors
        if isinstance(a.info, ActorInfo)
        and a.info.role != "source"
        and 0 <= a.start - trigger.end <= 40
    ]
    if not after:
        return False
    first = min(after, key=lambda a: a.start)
    info = first.info
    return (
        isinstance(info, ActorInfo)
        and info.inter == 1
        and info.sector in ("COP", "MIL")
        and _FORCES_AS_OBJECT.fullmatch(text, trigger.end, first.start) is not None
    )


#: what may stand between an attack word and the forces it befell: an article, a number, a
#: vehicle or building of theirs ("un vehículo", "a police station", "two", "la comisaría de")
_FORCES_AS_OBJECT = re.compile(
    r"\s+(?:(?:a|al|contra|against|on|un|una|unos|unas|el|la|los|las|the|a|an|two|three|dos|tres|"
    r"several|varios|varias|[0-9]+)\s+)*(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)


#: the verb of "set <something> on fire", whose object stands between it and "on fire"
_SET_VERB = re.compile(r"\bset(?:s|ting)?\b", re.IGNORECASE)
#: a passive auxiliary right before the damage word: the actor named before it is what was
#: damaged ("the town's police station was set on fire", "la comisaría fue incendiada")
_PASSIVE_AUX = re.compile(
    r"\b(?:was|were|been|being|is|are|fue|fueron|sido|es|son)\s+\Z", re.IGNORECASE
)


#: a trigger that opens on its passive auxiliary ("fue incendiada", "fueron saqueados")
_PASSIVE_HEAD = re.compile(r"(?:fue|fueron|was|were|ha\s+sido|han\s+sido)\s", re.IGNORECASE)


#: a thing in flames told as the complement of "de"/"of": a scene described ("del metro en
#: llamas al acuerdo constitucional", "images of the station in flames"), not a fire reported
_OF_BEFORE = re.compile(
    r"\b(?:de|del|of)\s+(?:(?:la|las|los|el|the|a|an)\s+)?[\w'’-]+\s+\Z", re.IGNORECASE
)


def _scene_in_flames(trigger: Found, text: str) -> bool:
    return (
        bool(text)
        and _FLAMES.fullmatch(text, trigger.start, trigger.end) is not None
        and _OF_BEFORE.search(text, max(0, trigger.start - 40), trigger.start) is not None
    )


#: a fire told as a state ("en llamas", "in flames"), with no one who set it
_FLAMES = re.compile(r"(?:en|in)\s+(?:llamas|flames)", re.IGNORECASE)
#: a force's premises or vehicles right before a damage word with no verb between them: "police
#: station torched", "army barracks set ablaze" (the headline's verbless passive)
_PREMISES_BEFORE = re.compile(
    r"\b(?:station|stations|post|posts|headquarters|building|buildings|office|offices|barracks|"
    r"base|car|cars|vehicle|vehicles|truck|trucks|van|vans)\s+\Z",
    re.IGNORECASE,
)


def _state_agent(trigger: Found, actors: Sequence[Found], text: str = "") -> bool:
    """The closest actor named before ``trigger`` (within a clause's reach) is a state force.
    "on fire" comes after what burns ("set the police station on fire"): the agent is named
    before the verb "set", and with no such verb ("the police station was on fire") none is;
    before a passive ("the police station was set on fire") the actor is what was damaged."""
    end = trigger.start
    if text and (
        _PASSIVE_AUX.search(text, max(0, trigger.start - 12), trigger.start)
        # the auxiliary inside the trigger's own words ("la comisaría fue incendiada")
        or _PASSIVE_HEAD.match(text, trigger.start, trigger.end) is not None
    ):
        return False
    if _FLAMES.fullmatch(text, trigger.start, trigger.end) is not None:
        return False  # "la comisaría en llamas", "the station in flames": a state, no agent
    if _PREMISES_BEFORE.search(text, max(0, trigger.start - 40), trigger.start) is not None:
        return False  # "police station torched": the force's premises, burned, in a headline
    if text[trigger.start : trigger.start + 7].lower() == "on fire":
        sets = list(_SET_VERB.finditer(text, max(0, trigger.start - 60), trigger.start))
        if not sets:
            return False
        end = sets[-1].start()
    before = [
        a
        for a in actors
        if isinstance(a.info, ActorInfo) and a.end <= end and 0 <= trigger.start - a.end <= 60
    ]
    if not before:
        return False
    info = max(before, key=lambda a: a.end).info
    return (
        isinstance(info, ActorInfo)
        and info.inter == 1
        and info.sector in ("COP", "MIL")
        and info.role != "source"
    )


#: a clause that runs to the end of its sentence
_TO_THE_END = 1 << 62


#: two actors named together: "police and paramilitaries", "policías y civiles armados"
_JOINED = re.compile(
    r"\s*(?:,\s*)?(?:and|y|e|junto\s+(?:a|con)|along\s+with|together\s+with)\s+"
    r"(?:(?:the|los|las|la|el|unos|unas)\s+)?(?:(?:brigadas?|grupos?|groups?|bands?)\s+(?:de|of)\s+)?\Z",
    re.IGNORECASE,
)


def _allied(actors: Sequence[Found], text: str) -> list[Found]:
    """The armed groups named together with the police or the military ("agentes de la policía
    y brigadas de civiles armados", "police and paramilitaries"): they act with the forces."""
    forces = [
        a
        for a in actors
        if isinstance(a.info, ActorInfo)
        and a.info.inter == 1
        and a.info.sector in ("COP", "MIL")
        and a.info.role != "source"
    ]
    if not forces:
        return []
    allied = []
    for a in actors:
        if not isinstance(a.info, ActorInfo) or a.info.inter not in _ARMED_NON_STATE:
            continue
        for f in forces:
            first, second = (f, a) if f.end <= a.start else (a, f)
            if second.start - first.end <= 30 and _JOINED.match(text, first.end, second.start):
                allied.append(a)
                break
    return allied


def _killing_here(triggers: list[Found], facts: SentenceFacts) -> bool:
    """A killing word of the sentence's own incident: the dead named after a commemoration cue
    ("fired tear gas at thousands of mourners ... with the coffins of the Senkata dead", "los
    deudos que cargaban los ataúdes de los muertos") are remembered, not killed there."""
    at = facts.commemoration_at
    return any(
        isinstance(t.info, TriggerInfo)
        and t.info.kind == "killing"
        and not (t.info.weak and at is not None and t.start > at)
        for t in triggers
    )


def _remembered(triggers: list[Found], facts: SentenceFacts) -> list[Coded]:
    """The killings a vigil or a march remembers, told after its commemoration cue ("a vigil to mark one
    year since soldiers shot dead ten people", "portraits of the ten people killed in Ayacucho on Dec. 15
    and of the 18 who died in Juliaca on Jan. 9"), are incidents of their own. Each takes the figures
    told in its own stretch of the sentence; the mourners take none of them."""
    at = facts.commemoration_at
    if at is None:
        return []
    words = [
        t
        for t in triggers
        if t.start > at
        and isinstance(t.info, TriggerInfo)
        and t.info.kind in ("force", "killing")
        and not t.info.weak
    ]
    # the pipeline cuts the clauses between them where the figures are (it sees them)
    return [
        Coded(
            PROTESTS,
            "Excessive force against protesters",
            "firearms",
            t,
            "protest.remembered",
            (at, _TO_THE_END),
        )
        for t in words
    ]


def _arrests_beside(triggers: list[Found], seizure: Coded, facts: SentenceFacts) -> list[Coded]:
    """Arrests told beside a weapons seizure ("detectives arrested three suspects ... and seized two grenades
    and a pistol") are an event of their own (ACLED codes both); they take the figures told from their
    word up to the seizure's, or to the end of the sentence when the seizure comes first."""
    arrest = next(
        (
            t
            for t in triggers
            if isinstance(t.info, TriggerInfo) and t.info.kind == "arrest" and not t.info.weak
        ),
        None,
    )
    if arrest is None:
        return []
    sub = SentenceFacts(
        triggers=[arrest],
        actors=facts.actors,
        has_killed=False,
        has_injured=False,
        has_detained=facts.has_detained,
        has_participants=False,
        election_topic=False,
        doc_protest=facts.doc_protest,
        doc_unrest=facts.doc_unrest,
        targeted=facts.targeted,
        text=facts.text,
    )
    end = seizure.trigger.start if arrest.start < seizure.trigger.start else _TO_THE_END
    return [
        Coded(
            c.event_type,
            c.sub_event_type,
            c.mode,
            c.trigger,
            f"{c.rule}.beside",
            (arrest.start, end),
        )
        for c in code_sentence(sub)[:1]
    ]


#: an indefinite noun phrase in apposition, after a comma: ", a march to demand ...", ", una
#: marcha para exigir ..." describes the event named before it
_APPOSITION = re.compile(r",\s+(?:a|an|una|un)\s+(?:[^\W\d_]+\s+)?\Z", re.IGNORECASE)


def _other_protests(triggers: list[Found], first: Coded, text: str = "") -> list[Coded]:
    """A march and a strike named apart in one sentence ("marcha el jueves y paro nacional") are
    two events; a noun in apposition to the one named before ("the taking of Lima", a march to
    demand ...) describes it."""
    out: list[Coded] = []
    seen = {first.mode}
    for t in triggers:
        info = t.info
        if (
            not isinstance(info, TriggerInfo)
            or info.kind != "protest"
            or info.mode in seen
            or info.mode is None
            # a word of moving with another sense ("avanzan por la avenida", "recorrieron las
            # calles") tells how the protest named beside it went, not a second one
            or (info.polysemous and info.mode == "march")
        ):
            continue
        if abs(t.start - first.trigger.start) < 30 or first.mode is None:
            continue
        if t.start > first.trigger.start and _APPOSITION.search(
            text[max(0, t.start - 40) : t.start]
        ):
            continue
        seen.add(info.mode)
        out.append(Coded(PROTESTS, "Peaceful protest", info.mode, t, "protest.peaceful.split"))
    return out


def _political(
    triggers: list[Found], kinds: set[str], sectors: set[str | None], facts: SentenceFacts
) -> list[Coded]:
    """Political developments of the sentence, one per kind: "she would not resign, a day after
    Congress shelved the proposal" is a resignation refused and a vote."""
    out: list[Coded] = []
    for kind, mode in _POLITICAL.items():
        if kind not in kinds:
            continue
        if kind == "election_vote" and not (facts.election_topic or "election" in kinds):
            continue
        trigger = _first(triggers, kind) or triggers[0]
        if kind == "election_vote":
            # "Ratificamos el paro indefinido", "ratified the strike": a plan confirmed, no vote
            votes = [t for t in triggers if _kind(t) == kind and not _confirms_protest(t, triggers)]
            if not votes:
                continue
            trigger = votes[0]
        # troops deployed are an event; police sent to a demonstration too ("desplegó a unos 24.000
        # policías
        # para contener la movilización"), not police sent to a festival
        if (
            kind == "deployment"
            and "MIL" not in sectors
            and not ("COP" in sectors and "protest" in kinds)
            # "11.800 policías resguardarán el Centro de Lima" in a story of the day's protests: the
            # police sent to guard a place (``*.deployment_guard``)
            and not ("COP" in sectors and facts.doc_protest and _guarding(trigger))
            # the roadblocks the police set up (``_forces_roadblock`` kept them theirs)
            and not (
                trigger.info.id.endswith(_FORCES_ROADBLOCK)
                if isinstance(trigger.info, TriggerInfo)
                else False
            )
        ):
            continue
        out.append(Coded(SD, "Other", mode, trigger, f"sd.{kind}"))
    return out


#: the events.yaml entries of the forces sent to guard a place (``*.deployment_guard``)
_GUARD = ".deployment_guard"


def _guarding(trigger: Found) -> bool:
    return isinstance(trigger.info, TriggerInfo) and trigger.info.id.endswith(_GUARD)


def _kind(found: Found) -> str | None:
    return found.info.kind if isinstance(found.info, TriggerInfo) else None


def _confirms_protest(vote: Found, triggers: Sequence[Found]) -> bool:
    """A vote word right before a protest word ("ratificamos el paro", "ratified the march")
    confirms the protest: it is no vote of lawmakers."""
    return any(_kind(t) == "protest" and 0 < t.start - vote.end <= 5 for t in triggers)
