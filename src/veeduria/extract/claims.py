"""Demands, calls to action, threats and announcements.

A claim is a cue ("exigen", "called for", "amenazaron con") followed, within the clause, by
a topic ("la renuncia", "early elections"). One sentence can carry several topics ("exigen
la renuncia de Boluarte, el cierre del Congreso y elecciones"): each is a claim. Claimant is
the actor named before the cue; the target is a person named after the topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from veeduria.extract.claim_lists import inline_list_items, list_opener
from veeduria.extract.lexical import ActorInfo, CueInfo, Found, TopicInfo
from veeduria.extract.rejections import caller, rejected_calls
from veeduria.models import Claim, Factuality

_ACTION_TOPICS = frozenset({"strike", "march", "blockade"})
_CLAIM_ROLES = {
    "demand": "demand",
    "called_for": "call_to_action",
    "threat": "threat",
    "announcement": "announcement",
    "condition": "demand",
}
_TOPIC_REACH = 160  # characters after the cue in which its topics stand
_RESTRAINT_REACH = 40  # a restraint cue this close after a demand is what the demand asks
_RESTRAINT_TEXT = 60  # how much of what is asked not to be done the claim's text keeps
_FUTURE_AFTER = 40  # how far after its topic the future of an announced action may stand
_CLAUSE_END = re.compile(r"[;:.!?]")
#: the mark of a demand that asks something for its speaker ("asked not to be named")
_FOR_ONESELF = Found(0, 0, None)
_PASSIVE = re.compile(r"\s+(?:be|ser)\b", re.IGNORECASE)
_PERSON_TOPICS = frozenset({"resignation", "release_of_prisoner"})


def find_claims(
    text: str,
    sentence: tuple[int, int],
    cues: Sequence[Found],
    topics: Sequence[Found],
    actors: Sequence[Found],
    factuality: Factuality,
    *,
    calls: bool = False,
    listed: CueInfo | None = None,
    published_year: int | None = None,
) -> list[Claim]:
    """``calls``: the text is a call of its own (a communiqué that calls its bases out), whose
    future actions are its calls to action. ``listed``: the sentence is an item of a list that
    a demand or a call opened ("exigimos:", "our demands are:"), the cue that opened it.
    ``published_year``: the year of the story; a sentence that opens on a year long before it
    ("En el año 2000, los estudiantes exigieron la renuncia de Fujimori") recalls old demands,
    which claim nothing now (claims10).

    Calls that someone rejects ("She has rejected calls to resign", "rechazó los pedidos de
    renuncia") are claims of whoever made them, named in the calls' phrase or nobody the text
    names, never of the one who rejects them (``extract/rejections.py``)."""
    if published_year is not None and _long_past(text, sentence, published_year):
        return []
    claims = _find_claims(
        text, sentence, cues, topics, actors, factuality, calls=calls, listed=listed
    )
    rejected = rejected_calls(cues, text) if claims else []
    if not rejected:
        return claims
    out: list[Claim] = []
    for claim in claims:
        called, who = caller(claim.span, rejected, actors, text)
        if called:
            out.append(replace(claim, claimant=who))
            continue
        before = [r for r in rejected if r[2] <= claim.span[0]]
        if before and claim.claimant is not None:
            # "rechazó los pedidos formulados por la CGTP y convocó al diálogo": the callers
            # named inside the rejected call do not make the next claim; its subject does
            inside = {
                a.info.person or a.info.name
                for a in actors
                if isinstance(a.info, ActorInfo) and before[-1][0] < a.start < claim.span[0]
            }
            if claim.claimant in inside:
                at = before[-1][0]
                claim = replace(claim, claimant=_claimant(actors, Found(at, at, None), text))
        out.append(claim)
    return out


#: a verb of calling, which may name as well as call: "call a", "called a", "calls a"
_CALL_VERB = re.compile(r"call(?:s|ed)?\s+an?\b", re.IGNORECASE)
#: the plural present "call a", "call an" (not "calls a", a cue of cues.yaml)
_BARE_CALL = re.compile(r"\bcall\s+an?\b", re.IGNORECASE)
_PLURAL_CALL = CueInfo("call_plural", "called_for")
#: a modal or "to" right before a bare "call a": the call is governed, not made
_GOVERNED_CALL = re.compile(
    r"\b(?:will|would|'ll|shall|to|could|may|might|can|not|never)\s+$", re.IGNORECASE
)
#: "what" right before the verb's subject: "what organisers call a", "what residents called a"
_WHAT_NAMED = re.compile(r"\bwhat\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)


#: a sentence that opens on a year: "En el año 2000,", "In 1990,", "Back in 2011,", "Ya en 1997,"
_FRONTED_YEAR = re.compile(
    r"[\s\"“«'(]*(?:(?:back|ya|allá)\s+)?(?:en|in|durante|during)\s+(?:el\s+año\s+|the\s+year\s+)?"
    r"((?:19|20)\d\d)\s*,",
    re.IGNORECASE,
)
#: a rule as the subject of a verb of demanding (claims10): "las normas exigen que", "el
#: protocolo exige", "the law demands that"; what it requires is no one's demand
_RULE_SUBJECT = re.compile(
    r"\b(?:la|las|el|los|su|sus|the|its|their|this)\s+(?:nuevas?\s+|new\s+)?"
    r"(?:ley|leyes|norma|normas|normativa|reglamento|reglamentos|protocolo|protocolos|"
    r"Constitución|constitución|directiva|law|laws|rules?|regulations?|constitution|protocol|"
    r"guidelines)"
    r"(?:\s+(?:vigentes?|actual|actuales|de\s+tránsito|de\s+la\s+policía|del\s+sector))?\s+$",
    re.IGNORECASE,
)
_RULE_REACH = 50
#: a criminal as the subject of a demand or a threat, in its clause right before it
_CRIMINAL_SUBJECT = re.compile(
    # not the criminals who threaten those who ask: "comerciantes amenazados por extorsionadores
    # exigen seguridad", "drivers threatened by gangs demand protection"
    r"(?<!por )(?<!by )(?<!de )(?<!of )(?<!por los )(?<!by the )(?<!de los )(?<!of the )(?<!from )"
    r"\b(?:kidnappers?|captors?|abductors?|extortionists?|gang|gangs|criminals|"
    r"secuestrador(?:es|as?)?|captores|extorsionador(?:es|as?)?|delincuentes|sicarios|malhechores|"
    r"banda)\b[^,;:.!?]{0,40}$",
    re.IGNORECASE,
)
#: a ransom or a payment asked right after the verb: "demanding 50,000 dollars", "un cupo
#: semanal", "a ransom"
_RANSOM = re.compile(
    r"\s+(?:\w+\s+){0,4}?(?:(?:a|an|un|una|the|el|la|su)\s+)?(?:ransom|rescate|cupo|protection\s+money|"
    r"\d[\d.,]*\s*(?:mil\s+)?(?:soles|dollars|dólares|pesos|bolivianos))\b",
    re.IGNORECASE,
)
#: a lynching threatened on suspected criminals: "threatened to burn the two suspected thieves"
_LYNCHING = re.compile(
    r"[^.;:!?]{0,40}?\b(?:burn\w*|lynch\w*|hang\w*|set\s+\w+\s+on\s+fire|quemar\w*|linchar\w*|"
    r"colgar\w*|ajusticiar\w*)\b[^.;:!?]{0,40}?\b(?:thie\w+|suspect\w*|ladr\w+|presunt\w+|"
    r"delincuent\w*|rater\w+|criminal\w*)",
    re.IGNORECASE,
)
_CRIMINAL_REACH = 60


#: "pressed for" that asks nothing: a question put to someone ("when pressed for details"), the
#: one pressed in the passive ("was pressed for an answer"), a want of time or money
_PRESSED = re.compile(r"pressed\s+for", re.IGNORECASE)
_PRESSED_BY = re.compile(r"\b(?:was|were|is|are|be|been|being|when|if|once)\s+$", re.IGNORECASE)
_PRESSED_WHAT = re.compile(
    r"\s+(?:(?:a|an|the|more|further|any)\s+)?(?:comments?|details?|time|answers?|responses?|"
    r"explanations?|information|specifics|clarification|reply|money|cash|space|funds)\b",
    re.IGNORECASE,
)


#: the Spanish cue of insisting with its preposition ("insiste en", "insistieron en")
_INSIST_EN = re.compile(r"insist\w*\s+en(?:\s+(?:que\s+se|la|el))?", re.IGNORECASE)
#: what is insisted on told as a fact, in the indicative: "en que no renunciará", "that the
#: march will be peaceful", "that police acted lawfully" is not read; a subjunctive or "must" asks
_INSIST_FACT = re.compile(
    r"\s+(?:en\s+)?(?:que|that)\s+(?:[^\s,;:.!?]+\s+){0,4}?(?:no\s+|not\s+)?"
    r"(?:[a-záéíóúñ]{2,}(?:rá|rán|ría|rían)|will|would|is|are|was|were|has|have|had|es|son|fue|"
    r"fueron|está|están|estaba|estaban|ha|han|había|habían)(?!\w)",
    re.IGNORECASE,
)


_PROPOSED = re.compile(r"proposed", re.IGNORECASE)
_PROPOSED_ADJECTIVE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that|these|those|newly)\s+$", re.IGNORECASE
)
_PROPOSED_BY = re.compile(r"\s+(?:by|in|last|earlier|on)\b", re.IGNORECASE)


def _proposed_not(cue: Found, text: str) -> bool:
    return bool(
        _PROPOSED.fullmatch(text, cue.start, cue.end)
        and (
            _PROPOSED_ADJECTIVE.search(text, max(0, cue.start - 10), cue.start)
            or _PROPOSED_BY.match(text, cue.end)
        )
    )


def _pressed_not(cue: Found, text: str) -> bool:
    if not _PRESSED.fullmatch(text, cue.start, cue.end):
        return False
    return bool(
        _PRESSED_BY.search(text, max(0, cue.start - 12), cue.start)
        or _PRESSED_WHAT.match(text, cue.end)
    )


def _criminal(cue: Found, text: str, sentence: tuple[int, int]) -> bool:
    """A demand of criminals or for a ransom, or a lynching threatened (claims10); what
    criminals threaten their captives with stays a threat, as the gold codes it ("the
    kidnappers had threatened to kill the men")."""
    if not isinstance(cue.info, CueInfo):
        return False
    end = min(sentence[1], cue.end + _CRIMINAL_REACH)
    if cue.info.role == "threat":
        return _LYNCHING.match(text, cue.end, end) is not None
    if cue.info.role != "demand":
        return False
    if _CRIMINAL_SUBJECT.search(text, max(sentence[0], cue.start - _CRIMINAL_REACH), cue.start):
        return True
    return _RANSOM.match(text, cue.end, end) is not None


#: a sporting fixture asked about (claims10): "asked the league to postpone Sunday's match",
#: "pidió a la Liga postergar el partido"
_FIXTURE = re.compile(
    r"\b(?:match|matches|fixture|fixtures|partido(?!\s+(?:polític|de\s+gobierno|oficialista))|"
    r"clásico|encuentro\s+deportivo)\b",
    re.IGNORECASE,
)
#: the action that answered a call, right before the call's noun: "in answer to (online)
#: calls for", "in response to the strike call", "heeding the call", "respondiendo a la
#: convocatoria", "en respuesta al llamado", "acatando el llamado"
_ANSWERED = re.compile(
    r"\b(?:in\s+(?:answer|response)\s+to|respond(?:ing|ed)\s+to|heed(?:ing|ed)|answering|"
    r"en\s+respuesta\s+a|respondiendo\s+a|acatando|atendiendo\s+a)\s+"
    # the call's own words only: "responded to the decree *by* calling a strike" calls
    r"(?:(?!(?:by|with|and|con|y|para|to)\b)[^\s,;:.!?]+\s+){0,3}$",
    re.IGNORECASE,
)
_ANSWERED_REACH = 60
#: how many years before the story a fronted year must be to be long past
_LONG_PAST_YEARS = 2


#: a sentence that opens on years counted back (claims12): "Hace dos años, ...", "Three years
#: ago, ...", "Hace más de una década, ...", "In the 1990s, ...", "En los años noventa, ..."
_FRONTED_YEARS_AGO = re.compile(
    r"[\s\"“«'(]*(?:(?:hace|over|more\s+than|hace\s+m[aá]s\s+de|m[aá]s\s+de)\s+)?"
    r"(?:(?:hace\s+)?(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|varios|muchos|"
    r"\d{1,2})\s+años|(?:hace\s+)?(?:una|dos|tres)\s+d[eé]cadas?|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|several|many|\d{1,2})\s+years|"
    r"(?:a|one|two|three)\s+decades?)(?:\s+(?:ago|atr[aá]s))?\s*,"
    r"|[\s\"“«'(]*(?:in\s+the\s+(?:19\d0s|(?:nineteen\s+)?(?:sixties|seventies|eighties|nineties))|"
    r"en\s+los\s+(?:años\s+)?(?:sesenta|setenta|ochenta|noventa|19\d0))\s*,",
    re.IGNORECASE,
)


def _long_past(text: str, sentence: tuple[int, int], published_year: int) -> bool:
    """The sentence opens on a year long before the story, or on years counted back ("Hace dos
    años, ...", "Three years ago, ..."): it recalls, it claims nothing."""
    if _FRONTED_YEARS_AGO.match(text, sentence[0], sentence[1]):
        return True
    fronted = _FRONTED_YEAR.match(text, sentence[0], sentence[1])
    return fronted is not None and published_year - int(fronted.group(1)) >= _LONG_PAST_YEARS


def _find_claims(
    text: str,
    sentence: tuple[int, int],
    cues: Sequence[Found],
    topics: Sequence[Found],
    actors: Sequence[Found],
    factuality: Factuality,
    *,
    calls: bool = False,
    listed: CueInfo | None = None,
) -> list[Claim]:
    if _QUESTION.search(text, sentence[0], sentence[1]):
        return []  # "Will the unions call a new strike?", "¿Qué piden los manifestantes?"
    claims: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    claim_cues = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role in _CLAIM_ROLES]
    if answers_demand_question(text, sentence[0]) or is_slogan(text, sentence):
        # "What do they want? The resignation of the attorney general ...": the answer to a
        # question about demands asks what it names, from its first word; so does a title in
        # capitals on an imperative ("KENYA: RELEASE PROTESTERS, INVESTIGATE KILLINGS")
        claim_cues.insert(0, Found(sentence[0], sentence[0], _ANSWER))
    if listed is not None:
        # "Por todo ello, exigimos:\n- La renuncia inmediata de ...": an item asks, from its
        # first word, what the cue that opened its list asks
        claim_cues.insert(0, Found(sentence[0], sentence[0], CueInfo("list", listed.role)))
    restrained = _restraints(cues, claim_cues, text)
    # "who asked not to be named", "pidió no ser identificado": the speaker asks for himself
    claim_cues = [c for c in claim_cues if restrained.get((c.start, c.end)) is not _FOR_ONESELF]
    # "had travelled from the southern Andes to join the protests": where people went to take
    # part is no call to it
    claim_cues = [c for c in claim_cues if not _went_to_join(c, text, sentence)]
    # "did not call for a strike", "se negó a pedir la paz": a verb negated or refused asks
    # nothing; a condition is set on a negation ("will not eat until there is justice")
    claim_cues = [c for c in claim_cues if not _negated(c, text, sentence)]
    # "Exija la liberación de ...": the reader's demand, asked in an urgent action, opens its
    # line; "no hay ley que exija ...", "cuando la familia pida ..." ask nothing
    claim_cues = [c for c in claim_cues if not _polite_imperative_inside(c, text, sentence)]
    # "se prevé que los comuneros marchen": what is expected is no one's announcement
    claim_cues = [c for c in claim_cues if not _EXPECTED.match(text, c.start, c.end)]
    # "marched in answer to calls for a day of protest", "respondiendo a la convocatoria de la
    # CGTP": a call told only through the action that answered it stays an event (claims10)
    claim_cues = [
        c
        for c in claim_cues
        if not _ANSWERED.search(text, max(sentence[0], c.start - _ANSWERED_REACH), c.start)
    ]
    # "The kidnappers are demanding 50,000 dollars", "la banda exigía un cupo", "a mob
    # threatened to burn the suspected thieves": a crime's demand or a lynching's threat is no
    # claim about the contention (claims10)
    claim_cues = [c for c in claim_cues if not _criminal(c, text, sentence)]
    # "for what organisers call a 'Gen Z' protest": what an action is called names it, it calls
    # nothing (claims11)
    claim_cues = [
        c
        for c in claim_cues
        if not (
            _CALL_VERB.match(text, c.start, c.end)
            and _WHAT_NAMED.search(text, max(sentence[0], c.start - 40), c.start)
        )
    ]
    # "said it would call a new strike", "threatened to call a strike": the bare "call a" after
    # a modal or "to" is told by the verb that governs it (a future said, a threat), not a call
    # made now (claims11)
    # 'Students call a "complete shutdown" for Monday': the plural present of a headline calls
    # as "calls a" does; read here, not in cues.yaml, whose called_for cues also tell an event's
    # factuality ("said they would call an indefinite strike" is a plan) (claims11)
    claim_cues += [
        Found(m.start(), m.end(), _PLURAL_CALL)
        for m in _BARE_CALL.finditer(text, sentence[0], sentence[1])
        if not _GOVERNED_CALL.search(text, max(sentence[0], m.start() - 12), m.start())
        and not _WHAT_NAMED.search(text, max(sentence[0], m.start() - 40), m.start())
    ]
    # "when pressed for details on the investigation", "was pressed for time": a reporter's
    # question or a want of time asks nothing (claims12)
    claim_cues = [c for c in claim_cues if not _pressed_not(c, text)]
    # "the proposed march route", "a reform proposed by the president": the adjective and the
    # passive name a proposal, they make none (claims12)
    claim_cues = [c for c in claim_cues if not _proposed_not(c, text)]
    # "Boluarte insiste en que no renunciará", "insisted that the protests were peaceful": a
    # fact insisted on, told in the indicative, asks nothing (claims12)
    claim_cues = [
        c
        for c in claim_cues
        if not (
            _INSIST.fullmatch(text, c.start, c.end) or _INSIST_EN.fullmatch(text, c.start, c.end)
        )
        or not _INSIST_FACT.match(text, c.end, sentence[1])
    ]
    # "Las normas exigen que los buses lleven cinturones": a rule requires, no one asks
    claim_cues = [
        c
        for c in claim_cues
        if not _RULE_SUBJECT.search(text, max(sentence[0], c.start - _RULE_REACH), c.start)
    ]
    # "el anuncio del ministro": the noun (folded like "anunció") tells of an announcement
    # made, it announces nothing; "Ante el anuncio de nuevas movilizaciones" still tells the
    # action announced, right after it
    claim_cues = [
        c
        for c in claim_cues
        if text[c.start : c.end].lower() != "anuncio" or _announced_action(c, topics, text)
    ]
    # "exhorta a quienes convocan las marchas a protestar": the verb that describes the
    # addressee calls nothing (claims13)
    claim_cues = [c for c in claim_cues if not _describes_addressee(c, claim_cues, text, sentence)]
    topics = [t for t in topics if not _not_asked(t, text) and not _weighed(t, text, sentence)]
    # "must now decide whether to call early elections", "It is not clear whether the unions will
    # call another strike", "no está claro si convocarán un paro": what an open question names
    # is neither asked nor called (claims12)
    topics = [t for t in topics if not _open_question(t, text, sentence)]
    topics = [*topics, *_wanted_gone(text, sentence, topics)]
    conditions = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "condition"]
    # "si no liberan a sus compañeros": the negation of a condition is the condition's, what it
    # names is asked
    refused = [
        c.end
        for c in cues
        if isinstance(c.info, CueInfo)
        and c.info.role == "negator"
        and not any(k.start <= c.start and c.end <= k.end for k in conditions)
        and not any(_in_condition_subject(k, c, text) for k in conditions)
    ]
    for topic in topics:
        if not isinstance(topic.info, TopicInfo):
            continue
        if any(0 <= topic.start - end <= 2 for end in refused):
            continue  # "say they will not negotiate": refused, not asked
        refusal = _REFUSED.search(text, max(sentence[0], topic.start - _REFUSED_REACH), topic.start)
        if refusal is not None and not any(
            refusal.start() < c.start < topic.start for c in claim_cues
        ):
            # "no aceptarán mesas de diálogo", "rejected any talks": refused; "rejected calls to
            # bring forward the elections" still tells the calls
            continue
        # a topic belongs to the closest cue before it ("convocó a un paro ... y exigió la
        # renuncia")
        # "hasta que renuncie la presidenta": the condition's "que" opens the topic; read so only
        # when no other cue before it reaches the topic
        shared = not any(0 <= topic.start - c.end <= _TOPIC_REACH for c in claim_cues)
        before = [
            c
            for c in claim_cues
            if (0 <= topic.start - c.end or (shared and _shares_que(c, topic, text)))
            and topic.start - c.end <= _reach(c, topic, text)
            and _asks(c, topic, text)
            and _says(c, topic, text)
            and not _NEW_STATEMENT.search(text, c.end, topic.start)
            and not _OTHER_CLAUSE.search(text, c.end, topic.start)
            and not _in_relative(text, c.end, topic.start)
            and not (_names_announced(c, text) and _CLAUSE_STOP.search(text, c.end, topic.start))
            # "no permitiremos que el Estado dé marcha atrás": what is barred is not threatened
            and not _BARRING.fullmatch(text, c.start, c.end)
        ]
        if not before:
            continue
        if name_is_action(topic) and _in_condition(topic, claim_cues, text):
            continue  # "warned that if the blockades continue, fuel could run short": the condition's
        cue = max(before, key=lambda c: c.end)
        assert isinstance(cue.info, CueInfo)
        asked_not = restrained.get((cue.start, cue.end))
        if (
            asked_not is not None
            and cue.end <= asked_not.start < topic.start
            and not _NEW_INFINITIVE.search(text, asked_not.end, topic.start)
        ):
            # "pidió dejar de usar armas de fuego en el control de las protestas"; "urged it to
            # suspend the pellets *and to let* a commission investigate" asks the next item
            continue
        role = cue.info.role
        name = topic.info.topic
        if (
            role in ("threat", "announcement")
            and name not in _ACTION_TOPICS
            and any(
                isinstance(k.info, CueInfo)
                and k.info.role == "condition"
                and cue.end <= k.start < topic.start
                for k in claim_cues
            )
        ):
            # "advierte que el plantón seguirá hasta que renuncie el gobernador": what the
            # condition names is asked, not threatened (claims9); nor announced ("anunciaron que
            # el paro se mantendrá hasta que renuncie la presidenta", claims11)
            role = "demand"
        if name == "resignation" and role == "announcement" and _own(cue, topic, text):
            continue  # "Merino anunció su renuncia", "announced his resignation": an event
        if name in _ACTION_TOPICS and _ENDED_AFTER.match(text, topic.end):
            if role in ("announcement", "reported"):
                continue  # "announced that the strike was suspended": news of its end
            name = "other"  # "demanded that the blockade be lifted": its end is asked
        if name in _ACTION_TOPICS and _end_asked(
            text[max(cue.end, topic.start - 40) : topic.start]
        ):
            if role == "announcement":
                continue  # "said they would lift their blockade": news of its end
            # "para pedir que se levanten los bloqueos", "urged the unions to end the strike": the
            # end of the action is asked, not the action ("no levantará el paro" keeps it)
            name = "other"
        elif name in _ACTION_TOPICS and _LET.search(
            text, max(cue.end, topic.start - 30), topic.start
        ):
            # "called on the police to let them protest peacefully": leave to act is asked
            name = "other"
        elif name in _ACTION_TOPICS and _passage_asked(cue, topic, cues):
            # "exhortó a los productores a permitir el paso de ambulancias en la vía bloqueada",
            # "urged protesters to let ambulances pass through the roadblocks": the way asked
            # open through the action, not the action (claims13)
            name = "other"
        elif name in _ACTION_TOPICS and _accompanied(cue, topic, cues, text):
            # "pidió a la Defensoría del Pueblo acompañar la movilización", "said they would
            # accompany any future march": the accompanying is asked or announced, not the
            # action (claims14)
            name = "other"
        if name in _ACTION_TOPICS and any(
            _in_addressee(c, topic, text, sentence) for c in claim_cues if c.end <= topic.start
        ):
            # "exhorta a quienes organizan las movilizaciones a protestar de forma pacífica",
            # "asked those organising the marches to keep them peaceful": the action names whom
            # the call is addressed to, it is not called (claims13)
            continue
        if name == "justice_for_victims" and _fire_inquiry(topic, sentence, text):
            # "atribuye el fuego a los manifestantes; ellos lo niegan y piden una investigación":
            # the cause of a fire is asked, not justice for the dead (docs/vocabulary.md, Claims)
            name = "other"
        if name in _ACTION_TOPICS and _WHEN.search(
            text, max(cue.end, topic.start - 30), topic.start
        ):
            continue  # "should take that offer before the next funeral march": a time
        if _BEFORE.search(text, max(cue.end, topic.start - 30), topic.start):
            # "insisted that the president must step down before any talks could begin", "exigen
            # su renuncia antes de cualquier diálogo": what must come first is asked, not what
            # waits for it (claims12)
            continue
        if _CIRCUMSTANCE.search(text, max(cue.end, topic.start - 30), topic.start):
            continue  # "exigieron la renuncia pese al toque de queda": when, not what is asked
        if name in _ACTION_TOPICS and _of_the_action(text, cue.end, topic.start):
            continue  # "justicia para las víctimas de las protestas": who or what, not a call
        if name in _ACTION_TOPICS and _HELD_FOR.search(
            text, max(cue.end, topic.start - 80), topic.start
        ):
            continue  # "release everyone held for peaceful protest": why they are held
        if name in _ACTION_TOPICS and _GUARDED.search(
            text, max(cue.end, topic.start - 30), topic.start
        ):
            continue  # "el despliegue de policías para resguardar la movilización"
        if name in _ACTION_TOPICS and _INSIST.fullmatch(text, cue.start, cue.end):
            if _FINITE_AFTER.match(text, topic.end):
                continue  # "insist the march will be peaceful": said of it, not asked
        if name in _ACTION_TOPICS and _charged_for(topic, topics, text):
            continue  # "denunciará a los dirigentes que bloqueen las vías": whom, not what
        threat = _threat_before(cue, claim_cues, text)
        if threat is not None and name in _ACTION_TOPICS:
            # "advirtieron que convocarán a un paro", "threatened to call a general strike": the
            # call is what the warning threatens
            role, cue = "threat", threat
        if (
            role == "threat"
            and name in _ACTION_TOPICS
            and _AIMED_AT.search(text, max(cue.end, topic.start - _AIMED_REACH), topic.start)
        ):
            # "warns that anyone planning further demonstrations will be dealt with firmly", "se
            # procederá contra quienes bloqueen las vías": the action names whom the warning is
            # aimed at, it is not what is threatened (claims9)
            name = "other"
        if role == "threat":
            kind = "threat"
        elif name in _ACTION_TOPICS and role in ("called_for", "demand"):
            kind = "call_to_action"
        elif role == "announcement":
            kind = "announcement"
        else:
            kind = "demand"
        if (
            kind == "announcement"
            and name in _ACTION_TOPICS
            and not _ANNOUNCING.fullmatch(text, cue.start, cue.end)
            and _VOWED_UNTIL.match(text, topic.end, min(sentence[1], topic.end + _SET_ON_REACH))
        ):
            # "said they would keep roads blocked until Congress is dissolved": an action vowed
            # to go on until a condition is met is threatened (docs/vocabulary.md, Claims: one
            # claim or two; claims11); "anunciaron que el paro se mantendrá hasta que ..." is
            # told as an announcement by its verb, and the annotators keep it so
            kind = "threat"
        if (kind, name) in seen:
            continue
        seen.add((kind, name))
        start, end = cue.start, min(sentence[1], max(topic.end, cue.end))
        claims.append(
            Claim(
                kind=kind,
                topic=name,
                text=text[start:end],
                span=(start, end),
                factuality=factuality,
                claimant=_claimant(actors, cue, text),
                addressee=None,
                target=_target(actors, topic) if name in _PERSON_TOPICS else None,
            )
        )
    claims.extend(_said_will(text, sentence, cues, topics, actors, claim_cues, factuality, seen))
    claims.extend(_asked_before(text, sentence, topics, actors, claim_cues, factuality, seen))
    claims.extend(_state_will(text, sentence, cues, topics, actors, claim_cues, factuality, seen))
    claims.extend(_forces_will(text, sentence, cues, topics, actors, claims, factuality, seen))
    claims.extend(_until_gone(text, sentence, claim_cues, actors, factuality, seen))
    claims.extend(_hedged_on_condition(text, sentence, cues, topics, actors, claim_cues, seen))
    claims.extend(_called_by(text, cues, topics, actors, factuality, seen))
    claims.extend(_called_for_day(text, sentence, topics, actors, factuality, seen))
    if calls:
        claims.extend(_future_calls(text, sentence, cues, topics, actors, factuality, seen))
    elif factuality not in ("negated", "historical"):
        claims.extend(_told_future(text, sentence, cues, topics, actors, factuality, seen))
    # what the forces or the authorities are asked not to do, or to stop doing, is a demand
    # of its own ("pidió a las Fuerzas Armadas dejar de usar armas de fuego", "asked the
    # national government not to send the army")
    for cue in claim_cues:
        restraint = restrained.get((cue.start, cue.end))
        if restraint is None or restraint is _FOR_ONESELF:
            continue
        end = min(sentence[1], restraint.end + _RESTRAINT_TEXT)
        claims.append(
            Claim(
                kind="demand",
                topic="other",
                text=text[cue.start : end],
                span=(cue.start, end),
                factuality=factuality,
                claimant=_claimant(actors, cue, text),
            )
        )
    claims.extend(_restraint_items(text, sentence, cues, claim_cues, actors, factuality))
    if listed is not None and not claims:
        claims.append(_item_claim(text, sentence, listed, factuality))
    claims.extend(_if_not_then(text, sentence, topics, actors, factuality, claims, cues))
    # "no levantará los cierres hasta que se anule el contrato": the action kept until a condition
    # is met is threatened
    for kept in _kept_until(text, sentence, topics, actors, factuality, claims):
        # "No levantaremos el paro hasta que ...": read as the communiqué's future call before,
        # the refusal threatens it
        claims = [
            c
            for c in claims
            if not (c.topic == kept.topic and c.span[0] < kept.span[1] and kept.span[0] < c.span[1])
        ]
        claims.append(kept)
    # what an addressee is urged to do is a demand of its own, with no topic of the lexicon
    # ("exhorta a la Policía Nacional a hacer un uso proporcional de la fuerza", "pidió a los
    # dirigentes evitar que se repitan los saqueos", "has asked the police to cease ...")
    for cue in claim_cues:
        if not _urges(cue, text):
            continue
        urged = _urged(cue, text, sentence)
        if urged is None:
            continue
        if urged.re is _URGED_MORE and not _party_named(actors, urged.start(), urged.end()):
            # "urged protesters to", "called on residents to": a party the actor lexicon knows;
            # "asked reporters to wait outside" asks nothing of the contention (claims13)
            continue
        if _FIXTURE.search(text, cue.end, min(sentence[1], urged.end() + _RESTRAINT_TEXT)):
            continue  # "asked the league to postpone Sunday's match": a fixture, no contention
        # "hizo un llamado a la calma": the claim of the cue inside this one ("llamado a")
        # already tells it (claims10)
        # "call on all students to join the national march": the call the addressee is asked to
        # answer is told by its own claim (claims13)
        told = urged.re is not _URGED and any(cue.end <= c.span[0] < urged.end() for c in claims)
        if not told and not any(
            c.span[0] <= cue.start < c.span[1] or cue.start <= c.span[0] < cue.end for c in claims
        ):
            end = min(sentence[1], urged.end() + _RESTRAINT_TEXT)
            claims.append(
                Claim(
                    kind="demand",
                    topic="other",
                    text=text[cue.start : end],
                    span=(cue.start, end),
                    factuality=factuality,
                    claimant=_claimant(actors, cue, text),
                )
            )
        # "exhorta a la Policía a ... y a los manifestantes a no atentar contra aeropuertos",
        # "pide a la Fiscalía que ... y al Poder Ejecutivo que prohíba ...": each addressee
        # joined to the first is asked something of its own
        for more in _MORE_URGED.finditer(text, urged.end(), sentence[1]):
            start = more.start(1)
            end = min(sentence[1], more.end() + _RESTRAINT_TEXT)
            if any(start <= t.start < end for t in topics) or any(
                c.span[0] == start for c in claims
            ):
                continue
            claims.append(
                Claim(
                    kind="demand",
                    topic="other",
                    text=text[start:end],
                    span=(start, end),
                    factuality=factuality,
                    claimant=_claimant(actors, cue, text),
                )
            )
    # what a demand verb asks with no topic of the lexicon is still a demand ("demand higher
    # wages", "demands that the riot squad be dismantled", "exigimos la derogatoria del decreto")
    for cue in claim_cues:
        if not (isinstance(cue.info, CueInfo) and cue.info.role in ("demand", "called_for")):
            continue
        if any(c.span[0] <= cue.start < c.span[1] or c.span[0] == cue.start for c in claims):
            continue
        asked = _asked(cue, text, sentence)
        if asked is None or any(
            0 <= t.start - cue.end <= _TOPIC_REACH for t in topics if isinstance(t.info, TopicInfo)
        ):
            continue
        if _subject_after(cue, actors, text):
            continue  # "reclaman los manifestantes": the speaker after its verb, nothing asked
        if _LIST_OPENED.search(text, cue.end, sentence[1]) and (
            sentence[1] - cue.end <= _LIST_OPENER_REACH + 5
        ):
            continue  # "demand the following:": the items of the list say what is asked
        stop = _CLAUSE_END.search(text, asked.end(), sentence[1])
        end = min(stop.start() if stop else sentence[1], asked.end() + _RESTRAINT_TEXT)
        claims.append(
            Claim(
                kind="demand",
                topic="other",
                text=text[cue.start : end],
                span=(cue.start, end),
                factuality=factuality,
                claimant=_claimant(actors, cue, text),
            )
        )
    # an announcement of what the speaker will do, with no topic of the lexicon, is still an
    # announcement ("anunció que enviará a la región mil policías", "anunció que acudirá a la
    # Comisión Interamericana")
    for cue in claim_cues:
        if not (isinstance(cue.info, CueInfo) and cue.info.role == "announcement"):
            continue
        if any(c.span[0] <= cue.start < c.span[1] or c.span[0] == cue.start for c in claims):
            continue
        will = _WILL_DO.match(text, cue.end, sentence[1])
        sent = _SENDING.fullmatch(text, cue.start, cue.end) and _FORCES.match(
            text, cue.end, sentence[1]
        )
        if sent and _state_speaks(actors, cue):
            # "the government said it would send 2,000 soldiers to Puno": forces the state says it
            # will send are its announcement, as a deployment is (claims8, claims12)
            will = sent
        elif will is None or not _ANNOUNCING.fullmatch(text, cue.start, cue.end):
            # "promised that all of them would be found and punished", "prometió que los
            # responsables serán castigados": a promise of what will be done announces it, in
            # either language (claims11)
            # by the state, whose promises are measures ("He promised that he would call his
            # mother" promises nothing about the contention)
            if not _PROMISING.fullmatch(text, cue.start, cue.end):
                continue
            will = _PROMISED_DONE.match(text, cue.end, sentence[1])
            if will is None or not _state_speaks(actors, cue):
                continue
        if any(cue.end <= c.start < will.end() for c in claim_cues):
            continue  # "anunciaron que exigirán el adelanto de elecciones": the demand says it
        end = min(sentence[1], will.end() + _RESTRAINT_TEXT)
        stop = _CLAUSE_END.search(text, will.end(), end)
        end = stop.start() if stop else end
        claims.append(
            Claim(
                kind="announcement",
                topic="other",
                text=text[cue.start : end],
                span=(cue.start, end),
                factuality=factuality,
                claimant=_claimant(actors, cue, text),
            )
        )
    # a threat with no known topic is still a threat ("threatened to kill the men")
    for cue in claim_cues:
        if not (isinstance(cue.info, CueInfo) and cue.info.role == "threat"):
            continue
        if any(c.span[0] <= cue.start < c.span[1] or c.span[0] == cue.start for c in claims):
            continue
        if any(c.kind == "threat" and 0 <= c.span[0] - cue.end <= _NEXT_WORD for c in claims):
            continue  # "threatened to *escalate with a march*": the threat told right after
        if _HARM.match(text, cue.end):
            # "los cierres amenazan con pérdidas millonarias", "the drought threatens shortages":
            # a harm that may come is a risk, no one's threat
            continue
        if _BARRING.fullmatch(text, cue.start, cue.end) and not _BARRED_MOVE.match(
            text, cue.end, sentence[1]
        ):
            # "no dejaremos que lleguen al Congreso", "will not let marchers reach Congress":
            # barring a way threatens force; "no permitiremos que se repita" vows, bars no one
            continue
        if _WARNING.match(text, cue.start) and not (
            any(
                isinstance(c.info, CueInfo)
                and c.info.role == "planned"
                and cue.end <= c.start < min(sentence[1], cue.end + _TOPIC_REACH)
                for c in cues
            )
            or _WILL_MEET.search(text, cue.end, min(sentence[1], cue.end + _TOPIC_REACH))
        ):
            # "warned that if the blockades continue, fuel could run short", "advirtió que la
            # cifra de fallecidos podría aumentar": a warning of what may happen threatens no
            # action; "advirtió que ... sus bases tomarán el aeropuerto" does
            continue
        end = min(sentence[1], cue.end + 60)
        claims.append(
            Claim(
                kind="threat",
                topic="other",
                text=text[cue.start : end],
                span=(cue.start, end),
                factuality=factuality,
                claimant=_claimant(actors, cue, text),
            )
        )
    claims.extend(_joined_items(text, sentence, claim_cues, topics, actors, factuality, claims))
    # "listed four demands: a bill ..., an end to ..., smaller class sizes and a review of ...":
    # each item written after the list's opener is a demand of its own (claims13)
    opener = list_opener(text, sentence, cues)
    if opener is not None and listed is None:
        who = _claimant(actors, opener, text)
        claims.extend(inline_list_items(text, sentence, cues, topics, who, factuality, claims))
    # "called on the residents to refrain from violence": read both as a restraint and as what
    # the addressee is urged to do, one claim told twice is one claim (claims13)
    once: dict[tuple[str, str, tuple[int, int]], Claim] = {}
    for claim in claims:
        once.setdefault((claim.kind, claim.topic, claim.span), claim)
    return list(once.values())


#: where a demand's object is joined to the next one: "y", "and" before an article ("exigieron
#: la renuncia de la presidenta *y el* retorno de Evo Morales"), or a comma before an article
#: in a list the conjunction closes
_JOIN = re.compile(
    r"(?:,\s+(?:y\s+|e\s+|and\s+)?|\s+(?:y|e|and)\s+)(?=(?:el|la|los|las|un|una|the|an?)\s+(?!(?:el|la|los|las)\b))"
)
_AND = re.compile(r"\b(?:y|e|and)\b")
#: an object that only points back to the one before it: "y la de todo su gabinete", "and that
#: of the ministers", "and the other ministers"
_POINTS_BACK = re.compile(
    r"(?:el|la|los|las|the)\s+(?:de|of|del|suya|suyo|same|other|otros|otras)\b", re.I
)
#: what a joined object asks, by the noun after its article (and up to two adjectives): a
#: return, a withdrawal, a repeal, a payment, an inquiry; not a person ("y el expresidente
#: Merino") nor a preposition ("y a la Policía")
_THING_ASKED = re.compile(
    r"(?:el|la|los|las|un|una|the|an?)\s+(?:[a-záéíóúñ-]+\s+){0,2}?"
    r"(?:[a-záéíóúñ]+(?:ción|ciones|sión|siones|miento|mientos|tion|tions|sion|ment|ments)|"
    r"retorno|regreso|retiro|cese|fin|pago|alza|aumento|derogatoria|reparación|salida|return|end|"
    r"repeal|rise|increase|payment|halt|reparations|inquiry|withdrawal|removal|dismissal|"
    r"approval|renewal)\b",
    re.IGNORECASE,
)
#: those responsible named in a joined object: the punishment asked is justice, told by the
#: object before it or by none
_RESPONSIBLE = re.compile(r"responsab\w+|responsible", re.IGNORECASE)
#: how far after its verb a demand's joined objects may run
_JOINED_REACH = 200


def _joined_items(
    text: str,
    sentence: tuple[int, int],
    claim_cues: Sequence[Found],
    topics: Sequence[Found],
    actors: Sequence[Found],
    factuality: Factuality,
    claims: Sequence[Claim],
) -> list[Claim]:
    """ "exigieron la renuncia de la presidenta Jeanine Áñez y el retorno de Evo Morales",
    "exigió al Ejecutivo el retiro de los efectivos policiales y una investigación imparcial de
    las muertes": one verb that asks several things gives one claim per thing
    (docs/vocabulary.md, Claims), and an object joined to one of the lexicon's topics that
    names none is a demand of its own, `other` (claims11). Only a demand verb proper joins them
    ("exigir", "demand"), only when one of the objects names a topic, and never an object that
    points back to the one before it ("y la de todo su gabinete")."""
    out: list[Claim] = []
    for cue in claim_cues:
        if not (isinstance(cue.info, CueInfo) and cue.info.role == "demand"):
            continue
        if cue.start == cue.end:
            continue  # the answer to a question, an item of a list: read from its first word
        stop = _CLAUSE_END.search(text, cue.end, sentence[1])
        end = min(stop.start() if stop else sentence[1], cue.end + _JOINED_REACH)
        joins = list(_JOIN.finditer(text, cue.end, end))
        if not joins:
            continue
        # the comma of an apposition ("la renuncia de Boluarte, la presidenta") joins nothing:
        # a list is closed by its conjunction
        if not any(_AND.search(j.group()) for j in joins):
            continue
        starts = [cue.end, *(j.end() for j in joins)]
        ends = [*(j.start() for j in joins), end]
        items = list(zip(starts, ends, strict=True))
        named = [
            any(isinstance(t.info, TopicInfo) and a <= t.start < b for t in topics)
            for a, b in items
        ]
        if not any(named):
            continue
        # the first object is read from the verb on, which may name the addressee or a clause
        # first ("exigió al Gobierno que ..."): only the objects joined after it are read
        for (a, b), has_topic in list(zip(items, named, strict=True))[1:]:
            if has_topic or _POINTS_BACK.match(text, a) or not _THING_ASKED.match(text, a):
                continue
            if _RESPONSIBLE.search(text, a, b):
                continue  # "justicia para las víctimas y la sanción de los responsables": justice
            if any(c.span[0] <= a < c.span[1] and c.topic == "other" for c in [*claims, *out]):
                continue
            if any(a <= c.span[0] < b for c in claims):
                continue
            a += len(text[a:b]) - len(text[a:b].lstrip())
            if b - a < 8:
                continue
            out.append(
                Claim(
                    kind="demand",
                    topic="other",
                    text=text[a:b],
                    span=(a, b),
                    factuality=factuality,
                    claimant=_claimant(actors, cue, text),
                )
            )
    return out


#: the people a warning is aimed at, named by what they do: "anyone planning further
#: demonstrations", "those who block the roads", "quienes bloqueen las vías"
_AIMED_AT = re.compile(
    r"\b(?:anyone|anybody|those|whoever|quienes|los\s+que|aquellos\s+que|todo\s+aquel\s+que|"
    r"todos\s+los\s+que)\s+(?:who\s+)?(?:[^\s,;:.!?]+\s+){0,3}$",
    re.IGNORECASE,
)
_AIMED_REACH = 50

#: the people a charge names, then what they do: "denunciará a los dirigentes que bloqueen",
#: "will charge anyone who blocks"
_CHARGED_WHO = re.compile(
    r"\s+(?:a\s+)?(?:(?:los|las|el|la|todos\s+los|anyone|those|whoever|any)\s+)?"
    r"(?:[^\s,;:.!?]+\s+){0,3}?(?:que|quienes|who)\s+$",
    re.IGNORECASE,
)
_CHARGE_REACH = 50


def _charged_for(topic: Found, topics: Sequence[Found], text: str) -> bool:
    """An action told of those a charge or a prosecution names (a justice topic right before
    it, then whom): what they are charged for, not an action asked or threatened."""
    for other in topics:
        info = other.info
        if not isinstance(info, TopicInfo) or info.topic != "justice_for_victims":
            continue
        if 0 <= topic.start - other.end <= _CHARGE_REACH and _CHARGED_WHO.fullmatch(
            text, other.end, topic.start
        ):
            return True
    return False


#: a refusal to let others pass, told in the future ("no dejaremos que", "won't let"): a threat
#: only of a way barred (``_BARRED_MOVE``)
_BARRING = re.compile(
    r"no\s+(?:dejar|permitir)(?:emos|án|á)\s+que|(?:will\s+not|won't|would\s+not|wouldn't)\s+"
    r"(?:let|allow)",
    re.IGNORECASE,
)
#: what the barred are not let do: reach, enter, pass or take a place ("que lleguen al
#: Congreso", "marchers reach Congress", "them enter the city", "que tomen el aeropuerto")
_BARRED_MOVE = re.compile(
    r"(?:\s+[^\s,;:.!?]+){0,3}?\s+(?:to\s+)?[\"“']?(?:reach|enter|pass|cross|get\s+(?:to|into|near)|"
    # the taking of a place barred by its noun (claims11): "would not allow the takeover of
    # airports", "the occupation of public buildings"
    r"take|takeovers?|seizures?|occupations?|"
    r"lleg\w*|entr\w*|ingres\w*|pas\w*|crucen|cruce|tom\w*|avanc\w*)(?!\w)",
    re.IGNORECASE,
)
#: what a warning says there will be, meeting those it warns: "habrá una resistencia", "habrá
#: respuesta" (the future's suffix cue reads only longer verbs)
_WILL_MEET = re.compile(
    r"\bhabr[áa]n?\s+(?:una\s+)?(?:\w+\s+)?(?:resistencia|respuesta|enfrentamiento\w*|guerra)\b",
    re.IGNORECASE,
)


#: the verbs of a demand proper, which ask for what follows them whatever it is ("urged",
#: "insist", "want" and the calls may go on with a clause that asks nothing), each with what
#: it asks right after it: an object with its article ("a permanent moratorium", "the
#: suspension of the officers", "la derogatoria", "un sueldo digno"), a clause ("that the riot
#: squad be dismantled", "que se investigue") or an adjective before a bare plural ("higher
#: wages"); not a pronoun, a time, an adverb or the addressee ("pidió a la hinchada")
_DEMANDS = (
    (
        re.compile(
            r"(?:demand(?:s|ed|ing)?|to demand|calls? for|called for|calling for|"
            # "the same doctors are asking for higher salaries" (claims13)
            r"asking for|(?:ha[sdv]e?\s+)?request(?:s|ed)?)",
            re.I,
        ),
        re.compile(
            r"\s+(?:(?:that|a|an|the)\s+\w|(?:higher|better|fair|fairer|more|decent)\s+[a-z]+s\b|"
            # "calls for immediate care for the wounded" (claims9)
            r"(?:immediate|urgent|prompt)\s+[a-z]{3,})",
            re.I,
        ),
    ),
    (
        re.compile(
            r"(?:exig\w+|reclam\w+|demand\w+|ped\w+|pid\w+|para exigir|para reclamar|para pedir|"
            r"solicit\w+|(?:ha|han|había|habían|hemos)\s+solicitado)",
            re.I,
        ),
        re.compile(r"\s+(?:que|la|el|los|las|un|una)\s+\w", re.I),
    ),
    # pressed for what they ask (claims10): "to press for higher prices", "unions pressing
    # for a rise in the minimum wage"; not the newspapers ("spoke to the press for an hour")
    # nor a reporter's question ("when pressed for a comment")
    (
        re.compile(r"(?:to\s+press|pressing|to\s+push|pushing|pushed)\s+for", re.I),
        re.compile(
            r"\s+(?!(?:a|an|the)\s+(?:comment|response|answer|reply|hour|minute|while)\b)"
            r"(?:(?:that|a|an|the)\s+\w|(?:higher|better|fair|fairer|more|decent)\s+[a-z]+s\b)",
            re.I,
        ),
    ),
    # an end urged to what goes on (claims12): "The church urged an end to the violence",
    # "appealed for a halt to the killings"
    (
        re.compile(r"(?:urg(?:es|ed|ing)|appeal(?:s|ed|ing)?\s+for|plead(?:s|ed)?\s+for)", re.I),
        re.compile(
            r"\s+(?:an?\s+|the\s+)?(?:immediate\s+|swift\s+)?(?:end|halt|stop)\s+(?:to|of)\s", re.I
        ),
    ),
    # the noun of the demands, with what it holds after its verb (claims9): "Entre sus
    # exigencias está la revisión de los contratos", "su pliego de reclamos incluye además la
    # atención de los heridos", "Their demands also include a review of ..."
    (
        re.compile(
            r"(?:exigencias|demandas|reclamos|pliego\s+(?:de\s+\w+|petitorio)|plataforma de \w+|"
            r"demands)",
            re.I,
        ),
        re.compile(
            r"\s+(?:(?:also|además|también|ahora)\s+)?"
            r"(?:incluyen?|figuran?|est[aá]n?|son|es|contemplan?|include|includes|are)\s+"
            r"(?:(?:also|además|también)\s+)?(?:la|el|los|las|un|una|the|a|an)\s+"
            # "son las mismas de siempre", "are the same as last year's": nothing named
            r"(?!mism|same\b|otr|other\b|usual\b|habitual)\w",
            re.I,
        ),
    ),
)
#: a negation or a refusal right before a claim cue: "did not call for", "have never demanded",
#: "no exigen", "se negó a pedir", "refused to ask for" ("no solo exige", "not only demanded"
#: still ask)
_NEGATED_CUE = re.compile(
    r"(?:\b(?:not|never|no|nunca|jam[aá]s)\s+(?!(?:only|just|solo|s[oó]lo|solamente)\b)(?:\w+\s+)?|"
    r"n't\s+(?:\w+\s+)?|"
    r"\b(?:se\s+neg(?:[oó]|aron|aba|aban|an|ó)\s+a|refus\w+\s+to|declin\w+\s+to)\s+|"
    # a call denied (claims9): "denied having called for", "negaron haber pedido"
    r"\b(?:den(?:y|ies|ied|ying)\s+(?:ever\s+)?(?:having\s+)?|"
    r"neg(?:[oó]|aron|aba|aban|ar|aron)\s+haber\s+))$",
    re.IGNORECASE,
)
#: the words between a cue and a topic that open another speaker's clause: "called for a new day
#: of marches, the third *since* the strike began", "calling for another march, *and some*
#: speak of a national strike", or the cause: ", *following* the failure of talks"
_OTHER_CLAUSE = re.compile(
    r"\b(?:since|desde\s+que)\b|\b(?:and|but|while|y|pero|mientras)\s+"
    r"(?:some|others|many|several|algunos|algunas|otros|otras|varios|varias)\b|"
    # the cause told after a comma: "resolved to begin a general strike ..., following the
    # failure of the government to conclude negotiations" (claims8)
    r",\s*(?:following|tras\s+el\s+fracaso|after\s+the\s+failure)\b|"
    # the time told after a comma (claims9): "called for early elections, as protests entered
    # their sixth week", "..., en momentos en que las protestas entran en su sexta semana"
    r",\s*(?:as\s+(?!well\b|part\b|a\s+first\b|soon\b|many\b|much\b|long\b)|"
    r"en\s+momentos\s+en\s+(?:que|los\s+que)|a\s+medida\s+que)",
    re.IGNORECASE,
)
#: a possessive before the resignation announced: the speaker's own ("anunció su renuncia",
#: "announced his resignation")
_OWN = re.compile(r"\b(?:su|sus|his|her|their|its)\s+$|\b(?:su|his|her)\s+\w+\s+$", re.IGNORECASE)
#: an action told as ended right after it: "the strike was suspended", "el paro fue levantado"
_ENDED_AFTER = re.compile(
    r"\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|would\s+be|will\s+be|be|is|are|"
    r"fue|fueron|ha\s+sido|han\s+sido|ser[aá]|ser[aá]n|sea|sean|qued[oó]|quedaron|queda)\s+"
    r"(?:being\s+)?(?:suspended|lifted|called\s+off|over|ended|cancell?ed|postponed|"
    r"suspendid[oa]s?|levantad[oa]s?|cancelad[oa]s?|postergad[oa]s?)"
    r"|se\s+(?:levant|suspend|cancel|posterg)\w*)\b",
    re.IGNORECASE,
)
#: a verb of going somewhere, before "to join": where people went to take part
_WENT = re.compile(
    r"\b(?:travel\w*|came|come|coming|arrived|arriving|headed|heading|went|going|walked|"
    r"flew|bused|bussed|marched|moved|poured)\b",
    re.IGNORECASE,
)
#: how far before "to join" its verb of going may stand
_WENT_REACH = 80


#: a relative clause that describes what is named before it: ", which would allow police to"
_RELATIVE = re.compile(r",\s*(?:which|who)\b", re.IGNORECASE)


#: a list item's mark at the start of its line: a bullet, "1.", "2)", "a)"
_ITEM_MARK = re.compile(r"[ \t]*(?:[\-–—•*·▪]|\d{1,2}[.)]|[a-z]\))(?=\s)[ \t]*")
#: the end of a sentence that opens a list: its colon, and the first item's number the
#: sentence may have kept ("Our demands are:\n1.")
_LIST_OPENED = re.compile(r":\s*(?:\d{1,2}[.)])?$")
#: how far before its colon the cue that opens a list may end ("exigimos lo siguiente:")
_LIST_OPENER_REACH = 40


def list_mark(text: str, start: int, end: int) -> str:
    """What the sentence at ``start`` is in a list: "item" (its line opens with a mark and
    the sentence with the line, the mark in or before it), "mark" (the sentence is only the
    mark: "1." cut off its item) or "" (no item)."""
    line = text.rfind("\n", 0, start) + 1
    m = _ITEM_MARK.match(text, line)
    if m is None or m.end() < start:
        return ""
    return "mark" if m.end() >= end else "item"


#: an assembly's decision opening a list of what it agreed ("acuerda:", "acordó lo siguiente:")
_AGREES = re.compile(r"acuerd\w*|acord\w*", re.IGNORECASE)


def opens_list(text: str, sentence: tuple[int, int], cues: Sequence[Found]) -> CueInfo | None:
    """The demand or call that opens a list with the sentence's colon ("Por todo ello,
    exigimos:", "Our demands are:", "Plataforma de lucha:"), if there is one: its items ask
    what they name."""
    colon = _LIST_OPENED.search(text, sentence[0], sentence[1])
    if colon is None:
        return None
    for cue in reversed(cues):
        info = cue.info
        if (
            isinstance(info, CueInfo)
            and (
                info.role in ("demand", "called_for", "demand_list")
                # "Ante estos hechos, la FDTC acuerda:\n• Ratificar el paro ...": an assembly's
                # agreements, listed, announce what they name
                or (info.role == "announcement" and _AGREES.fullmatch(text, cue.start, cue.end))
            )
            and 0 <= colon.start() - cue.end <= _LIST_OPENER_REACH
            and not _NEGATED_CUE.search(text, max(sentence[0], cue.start - 30), cue.start)
        ):
            # "el gremio plantea cinco puntos al Gobierno central:": a noun that opens a list
            # of demands asks what its items name (claims13)
            return replace(info, role="demand") if info.role == "demand_list" else info
    return None


def _item_claim(
    text: str, sentence: tuple[int, int], listed: CueInfo, factuality: Factuality
) -> Claim:
    """An item of a list of demands that names no topic of the lexicon ("- Un aumento del
    presupuesto de salud") is still a demand; of a list of calls, a call."""
    line = text.rfind("\n", 0, sentence[0]) + 1
    mark = _ITEM_MARK.match(text, line)
    start = max(sentence[0], mark.end() if mark is not None else sentence[0])
    stop = _CLAUSE_END.search(text, start, sentence[1])
    end = stop.start() if stop is not None and stop.start() > start else sentence[1]
    kind = {"called_for": "call_to_action", "announcement": "announcement"}.get(
        listed.role, "demand"
    )
    return Claim(
        kind=kind,
        topic="other",
        text=text[start:end],
        span=(start, end),
        factuality=factuality,
        claimant=None,
    )


def answers_demand_question(text: str, start: int) -> bool:
    """The sentence at ``start`` answers a question about what people demand, told right
    before it ("What do they want? The resignation of ...", "¿Qué piden? La renuncia ...")."""
    lo = max(0, start - _ANSWER_REACH)
    if text.find("?", lo, start) < 0:
        return False  # every question the pattern reads ends in "?"
    return _ANSWERS.search(text, lo, start) is not None


#: the title of an urgent action, in capitals, that opens on an imperative after the country
#: ("KENYA: RELEASE PROTESTERS, INVESTIGATE KILLINGS", "PERÚ: LIBEREN A LOS DETENIDOS")
_CAPITAL_IMPERATIVE = re.compile(
    r"\s*(?:[A-ZÁÉÍÓÚÑ ]{2,30}:\s*)?(?:RELEASE|FREE|INVESTIGATE|STOP|END|LIFT|REPEAL|HALT|"
    r"LIBEREN|INVESTIGUEN|DETENGAN|CESE|LEVANTEN|DEROGUEN)\b[^a-z]*"
)
#: the longest title read so
_TITLE_CHARS = 200


def is_slogan(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence is a slogan that asks what it names: a title in capitals opening on an
    imperative, as an urgent action's (claims9). A short exclamation ("¡Justicia para Remo!")
    is not read so: the dev annotations code it once and leave it twice."""
    start, end = sentence
    return (
        end - start <= _TITLE_CHARS and _CAPITAL_IMPERATIVE.fullmatch(text, start, end) is not None
    )


def _in_relative(text: str, start: int, end: int) -> bool:
    """``end`` stands inside a relative clause opened after ``start`` ("asked Congress to declare
    a state of prevention, which would allow police to break up the roadblocks"); a comma after
    it closes it (", who was arrested on Dec. 7, as well as the resignation of ...")."""
    opened = [m.end() for m in _RELATIVE.finditer(text, start, end)]
    return bool(opened) and "," not in text[opened[-1] : end]


def _negated(cue: Found, text: str, sentence: tuple[int, int]) -> bool:
    """A claim cue other than a condition, negated or refused right before it."""
    if isinstance(cue.info, CueInfo) and cue.info.role == "condition":
        return False
    start = max(sentence[0], cue.start - _NEGATION_REACH)
    return _NEGATED_CUE.search(text, start, cue.start) is not None


#: how far before a claim cue its negation may begin
_NEGATION_REACH = 30

#: the demand verbs in the polite imperative, said to the reader of an urgent action
_POLITE_IMPERATIVE = frozenset({"exija", "exijan", "pida", "pidan", "solicite", "soliciten"})
_LINE_OPENING = re.compile(r"[\s\-–—•*·▪\d.)]*")


def _polite_imperative_inside(cue: Found, text: str, sentence: tuple[int, int]) -> bool:
    """A polite imperative ("Exija", "Pida") that does not open its sentence or list item: a
    subjunctive inside a clause, not a demand."""
    if text[cue.start : cue.end].lower() not in _POLITE_IMPERATIVE:
        return False
    return not _LINE_OPENING.fullmatch(text, sentence[0], cue.start)


#: how far after a condition's words its verb's negation may stand: "if the government *does
#: not* release those detained", "until the regional governor does not ..."
_CONDITION_SUBJECT_REACH = 30
_CONDITION_AUXILIARY = re.compile(
    r"[^,;:.!?]*\b(?:does|do|did|will|would|has|have)\s*$", re.IGNORECASE
)


def _in_condition_subject(condition: Found, negator: Found, text: str) -> bool:
    """The negator is the verb's of the condition opened right before it ("if the government
    does not release those detained" asks their release, as "si no liberan" does)."""
    gap = negator.start - condition.end
    return 0 <= gap <= _CONDITION_SUBJECT_REACH and bool(
        _CONDITION_AUXILIARY.fullmatch(text, condition.end, negator.start)
    )


def _own(cue: Found, topic: Found, text: str) -> bool:
    """The resignation announced is the speaker's own: a possessive before it ("anunció su
    renuncia", "announced his irrevocable resignation"), also inside the topic ("su renuncia")."""
    return _OWN.search(text, cue.end, topic.start) is not None or text[
        topic.start : topic.end
    ].lower().startswith(("su ", "sus "))


#: how far a demand reaches along a list of what it asks ("Exigimos la derogatoria del Decreto
#: 126, que eliminó el subsidio al diésel, la libertad de los doce detenidos ..., y el fin del
#: estado de excepción")
_LIST_REACH = 320
#: a list item opened right before a topic: ", y el", ", la", "and the"
_LIST_ITEM = re.compile(
    r"(?:,\s*(?:y|e|and)?|\s(?:y|e|and))\s+(?:el|la|los|las|the|an?)?\s*$", re.I
)


#: what ends a list: a clause's end, not the colon or the point of a time ("desde las 00:00")
_LIST_BREAK = re.compile(r"[;!?]|[.:](?!\d)")
#: the next action of a call, in its list: ", y a una", "y a un", "and for a", "and to a"
_CALL_ITEM = re.compile(
    r"(?:,\s*(?:y|e|and)|\s(?:y|e|and))\s+(?:a|for|to)\s+(?:un|una|la|el|los|las|a|an|the)\s+$",
    re.IGNORECASE,
)


def _reach(cue: Found, topic: Found, text: str) -> int:
    """How far after a demand its topic may stand: the usual reach, or the reach of a list when
    the topic opens an item of one with no sentence break before it."""
    if topic.start - cue.end <= _TOPIC_REACH:
        return _TOPIC_REACH
    if not (isinstance(cue.info, CueInfo) and cue.info.role in ("demand", "called_for")):
        return _TOPIC_REACH
    if _LIST_BREAK.search(text, cue.end, topic.start):
        return _TOPIC_REACH
    if cue.info.role == "demand" and _LIST_ITEM.search(
        text, max(cue.end, topic.start - 12), topic.start
    ):
        return _LIST_REACH
    # "CONVOCA a todos los conductores ... a un PARO ... el jueves 10, desde las 00:00 horas, *y
    # a una* MARCHA PACÍFICA": the second action a call names, as its list's item
    if cue.info.role == "called_for" and _CALL_ITEM.search(
        text, max(cue.end, topic.start - 14), topic.start
    ):
        return _LIST_REACH
    return _TOPIC_REACH


def _subject_after(cue: Found, actors: Sequence[Found], text: str) -> bool:
    """Spanish puts the speaker after its verb ("Hasta que se vaya, reclaman los manifestantes,
    ..."): an actor right after a Spanish demand verb is who asks, not what is asked."""
    if _ENGLISH_DEMAND.match(text, cue.start, cue.end):
        return False
    return any(
        isinstance(a.info, ActorInfo) and 0 <= a.start - cue.end <= _SUBJECT_GAP for a in actors
    )


#: how far after a verb its postponed subject may begin ("reclaman los manifestantes")
_SUBJECT_GAP = 5
#: an English demand verb, which puts no subject after it ("demandaron" is Spanish)
_ENGLISH_DEMAND = re.compile(r"(?:demand(?:s|ed|ing)?|call\w*|to\s)\b", re.IGNORECASE)
#: the comma, and the quotation's end, between what is asked and the verb told after it:
#: '... y la liberación de los detenidos", demandaron', "..., reclamaron"
_ASKED_THEN_VERB = re.compile(r"[\"”»']?\s*,\s*[\"”»']?\s*$")


def _asked_before(
    text: str,
    sentence: tuple[int, int],
    topics: Sequence[Found],
    actors: Sequence[Found],
    claim_cues: Sequence[Found],
    factuality: Factuality,
    seen: set[tuple[str, str]],
) -> list[Claim]:
    """'"Queremos elecciones ya y la libertad de los detenidos", demandaron los dirigentes',
    "Elecciones ya, reclaman los manifestantes": a Spanish demand verb told after what it asks,
    with its speaker after it, asks for the topics of the clause before it (from the sentence's
    start or the quotation's opening), which no cue before them governs."""
    out: list[Claim] = []
    for cue in claim_cues:
        if not (isinstance(cue.info, CueInfo) and cue.info.role in ("demand", "called_for")):
            continue
        speaker = _speaker_before(cue, actors, text, sentence)
        if speaker is None:
            if not _ASKED_THEN_VERB.search(text, sentence[0], cue.start):
                continue
            if not _subject_after(cue, actors, text):
                continue
            speaker = next(
                a
                for a in actors
                if isinstance(a.info, ActorInfo) and 0 <= a.start - cue.end <= _SUBJECT_GAP
            )
        opened = max(text.rfind(q, sentence[0], cue.start) for q in "“«")
        start = opened + 1 if opened >= 0 else sentence[0]
        for topic in topics:
            info = topic.info
            if not isinstance(info, TopicInfo) or not start <= topic.start < cue.start:
                continue
            if info.topic in _ACTION_TOPICS or info.topic == "ignore":
                continue  # "La marcha llegó a la plaza, dijeron": an action told, not asked
            if any(c.end <= topic.start and c.start >= start for c in claim_cues if c is not cue):
                continue  # a cue of its own clause governs it
            kind = "demand"
            if (kind, info.topic) in seen:
                continue
            seen.add((kind, info.topic))
            assert isinstance(speaker.info, ActorInfo)
            out.append(
                Claim(
                    kind=kind,
                    topic=info.topic,
                    text=text[topic.start : speaker.end],
                    span=(topic.start, speaker.end),
                    factuality=factuality,
                    claimant=speaker.info.person or speaker.info.name,
                )
            )
    return out


#: a quotation closed right before its speaker: '"Dina must go," *the* crowd chanted'
_QUOTED_THEN_SPEAKER = re.compile(
    r"(?:[\"”»']\s*,|,\s*[\"”»'])\s*(?:the\s+|los\s+|las\s+|el\s+|la\s+)?$", re.IGNORECASE
)


def _speaker_before(
    cue: Found, actors: Sequence[Found], text: str, sentence: tuple[int, int]
) -> Found | None:
    """The speaker named between a closed quotation and its verb of demanding ('"Dina must
    go," the crowd chanted', '"Elections now," protesters demanded'; claims10), if any."""
    for actor in actors:
        if not isinstance(actor.info, ActorInfo) or not 0 <= cue.start - actor.end <= _SUBJECT_GAP:
            continue
        if text[actor.end : cue.start].strip():
            continue
        if _QUOTED_THEN_SPEAKER.search(text, sentence[0], actor.start):
            return actor
    return None


def _asked(cue: Found, text: str, sentence: tuple[int, int]) -> re.Match[str] | None:
    """What a demand verb proper asks right after it, if it is one (``_DEMANDS``)."""
    if _DEMAND_NOUN.fullmatch(text, cue.start, cue.end):
        before = _NOUN_BEFORE.search(text, max(sentence[0], cue.start - 12), cue.start)
        relative = _RELATIVE_QUE.match(text, cue.end, sentence[1])
        if before and relative and (before.group(1) or relative.group(1)):
            # "la demanda que plantearon los gremios", "..., demanda que abandonaron en enero":
            # the noun's relative clause (after a comma, only a past indicative tells it from the
            # verb: "El Frente, en un comunicado, demanda que se investigue")
            return None
    if (
        _DEMAND_NOUN_EN.fullmatch(text, cue.start, cue.end)
        and _NOUN_BEFORE_EN.search(text, max(sentence[0], cue.start - 8), cue.start)
        and _RELATIVE_THAT.match(text, cue.end, sentence[1])
    ):
        # "early elections, a demand that Congress has rejected twice": the noun's relative
        # clause tells what became of the demand, it asks nothing (claims10); "the demand that
        # Boluarte resign" still asks
        return None
    for verb, asked in _DEMANDS:
        if verb.fullmatch(text, cue.start, cue.end):
            found = asked.match(text, cue.end, sentence[1])
            if found is not None:
                return found
    return None


#: the Spanish nouns of a demand, which a relative clause may follow ("la demanda que
#: plantearon los gremios"); what they ask is said "de que" ("la exigencia de que renuncie")
_DEMAND_NOUN = re.compile(r"(?:demandas?|exigencias?|reclamos?|pedidos?|peticiones|petición)", re.I)
#: a determiner or an apposition's comma before the noun
_NOUN_BEFORE = re.compile(
    r"(?:\b(la|las|el|los|una|unas|un|esa|esas|esta|estas|ese|este|su|sus|aquella)\s+|,\s*)$",
    re.I,
)
#: the English nouns of a demand, after a determiner ("a demand that Congress has rejected")
_DEMAND_NOUN_EN = re.compile(r"(?:demands?|calls?|requests?)", re.I)
_NOUN_BEFORE_EN = re.compile(r"\b(?:a|the|this|that|their|its|his|her)\s+$", re.I)
#: a relative clause told in the perfect or the passive: "that Congress has rejected", "which
#: was ignored", "that the government had dismissed"
_RELATIVE_THAT = re.compile(
    r"\s+(?:that|which)\s+(?:[^\s,;:.!?]+\s+){0,4}?(?:has|have|had|was|were)\s+"
    r"(?:(?:been|long|repeatedly|already|so\s+far)\s+)*[a-z]+(?:ed|en)\b",
    re.I,
)
_RELATIVE_QUE = re.compile(
    r"\s+que\s+(?:(?:ya|luego|después|no)\s+)?"
    r"(\w+(?:aron|ieron|ó)\b|(?:había|habían|ha|han)\s+\w+(?:ado|ido)\b)?",
    re.I,
)


def _went_to_join(cue: Found, text: str, sentence: tuple[int, int]) -> bool:
    """ "many of whom had travelled from the southern Andes to join anti-government protests":
    "to join" after a verb of going, in the same clause, tells why people came, not a call."""
    if text[cue.start : cue.end].lower() != "to join":
        return False
    start = max(sentence[0], cue.start - _WENT_REACH)
    before = text[start : cue.start]
    stop = max(before.rfind(","), before.rfind(";"))
    return _WENT.search(before, stop + 1) is not None


#: a verb of weighing whether to act: "la CGT evalúa convocar un paro", "analizan una marcha",
#: "would decide this week whether to call a general strike", "are considering a strike"
_WEIGHING = re.compile(
    r"\b(?:eval[uú]\w+|analiz\w+|sopes\w+|consider\w+|weigh\w*|mull\w*"
    r"|decid\w*\s+(?:\w+\s+){0,2}(?:whether|if|si)|defin\w+\s+si)\b",
    re.IGNORECASE,
)
#: how far before an action its weighing may stand
_WEIGHING_REACH = 45


#: an open question before a topic: "whether", "no está claro si", "se desconoce si"
_OPEN_QUESTION = re.compile(
    r"\b(?:whether|no\s+est[aá]\s+claro\s+si|no\s+se\s+sabe\s+si|se\s+desconoce\s+si|"
    r"queda\s+por\s+ver\s+si|est[aá]\s+por\s+verse\s+si|no\s+queda\s+claro\s+si)\b",
    re.IGNORECASE,
)
_OPEN_QUESTION_REACH = 60


def _open_question(topic: Found, text: str, sentence: tuple[int, int]) -> bool:
    start = max(sentence[0], topic.start - _OPEN_QUESTION_REACH)
    ends = [m.end() for m in _OPEN_QUESTION.finditer(text, start, topic.start)]
    return bool(ends) and not re.search(r"[,;:.!?()]", text[ends[-1] : topic.start])


def _weighed(topic: Found, text: str, sentence: tuple[int, int]) -> bool:
    """A strike, march or blockade weighed ("evalúa convocar un paro general para abril", "said
    it would decide whether to call a general strike") is not called nor announced yet: no
    claim. A comma ends the weighing ("tras analizar la situación, convocaron un paro")."""
    info = topic.info
    if not isinstance(info, TopicInfo) or info.topic not in _ACTION_TOPICS:
        return False
    start = max(sentence[0], topic.start - _WEIGHING_REACH)
    ends = [m.end() for m in _WEIGHING.finditer(text, start, topic.start)]
    return bool(ends) and not re.search(r"[,;:.!?()]", text[ends[-1] : topic.start])


def _not_asked(topic: Found, text: str) -> bool:
    """A topic in another sense (``ignore`` entries: "the Palace of Justice", "the right to
    protest", "protest leaders"), the month of March, or an action verb in the past joined to the verb before it
    ("called a general strike ... and marched to Congress": what they did, never what anyone
    asks) is no topic of a claim; "would stay blocked until" is no such verb."""
    info = topic.info
    if not isinstance(info, TopicInfo):
        return True
    if info.topic == "ignore":
        return True
    word = text[topic.start : topic.end]
    if word == "March":
        return True  # the month: "called a general strike in March"
    return (
        info.topic in _ACTION_TOPICS
        and " " not in word
        and word.lower().endswith(_PAST_ENDINGS)
        and _AND_BEFORE.search(text, max(0, topic.start - 6), topic.start) is not None
    )


#: a verb joined to the one before it: "and marched", ", marched", "y marcharon", ", bloquearon"
_AND_BEFORE = re.compile(r"(?:\band|\by|,)\s+$")
#: the past of an action verb, English and the Spanish preterite ("marched", "bloquearon",
#: "marcharon", "bloqueó"): what was done, not asked ("Los manifestantes, que exigen el cierre
#: del Congreso, bloquearon el puente"; claims10); the subjunctive asked ("que bloquearan")
#: keeps its "-aran"
_PAST_ENDINGS = ("ed", "aron", "ieron", "ó")


#: a sentence that asks a question: it claims nothing
_QUESTION = re.compile(r"\?[\s\"'”»)]*$")
#: a question about what people demand, right before the sentence that answers it
_ANSWERS = re.compile(
    r"(?:\b(?:what|which)\s+(?:do|does|did|are|is|were)\s+[^?.!]{0,50}?\b"
    r"(?:want|wants|demand|demanding|asking\s+for|ask\s+for|seek|seeking|calling\s+for)"
    r"|¿\s*qu[eé]\s+(?:piden|exigen|reclaman|quieren|buscan|demandan|pide|exige|reclama|quiere)"
    r"[^?.!]{0,50}?)\s*\?[\s\W]*$",
    re.IGNORECASE,
)
#: how far before a sentence the question it answers may begin
_ANSWER_REACH = 120
#: the demand an answer to such a question makes
_ANSWER = CueInfo("answer", "demand")


#: how far after a threat cue a threat of its own may begin and be the same ("threatened *to*
#: escalate with a march", "amenazó *con* ...")
_NEXT_WORD = 5
#: an addressee and what it is urged to do, right after a demand verb: "a la Policía Nacional
#: a hacer", "a los dirigentes evitar", "a la ciudadanía a no dejarse", "a la Fiscalía que
#: determine", "the police to cease", "on the authorities to refrain"
_ARTICLE = r"(?:la|las|los|el|toda|todas|todos|sus|su|nuestras|nuestros|este|esta|estos|estas)"
_WHO = r"[^,;:.!?()\"«»“”]{2,60}?"
#: what a Spanish addressee is asked: an infinitive ("a hacer", "abstenerse de", "no atentar"),
#: a clause ("que determine") or, after "pedir", a thing ("al Gobierno el envío de tropas")
_ASKED_ES = (
    r"\s+(?:(?:a\s+)?(?:no\s+)?[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se|lo|la|los|las)?"
    r"|que\s+[a-záéíóúñ]+|(?:el|la|los|las|un|una)\s+[a-záéíóúñ]{3,})(?!\w)"
)
#: the same, an infinitive or a clause only ("a protestar", "que prohíba")
_ASKED_ES_VERB = (
    r"\s+(?:(?:a\s+)?(?:no\s+)?[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se|lo|la|los|las)?"
    r"|que\s+[a-záéíóúñ]+)(?!\w)"
)
_ASKED_EN = r"\s+(?:not\s+)?to\s+[\"“]?(?:not\s+)?[a-z]{2,}(?!\w)"
#: an adverb between the verb and its addressee: "Exhorta *asimismo* a los manifestantes a"
_URGED_ADVERB = (
    r"(?:(?:asimismo|tambi[eé]n|adem[aá]s|igualmente|nuevamente|de\s+nuevo|also|again|further)"
    r"\s*,?\s+)?"
)
#: an English addressee with no article: a pronoun or one capitalised word, a body or a
#: people ("urged them to", "asked Panamanians to", "urge Parliament to"); not the infinitive
#: itself ("asked to speak")
_BARE_WHO = r"(?:them|him|her|us|everyone|[A-Z][a-z]+)"
#: an English addressee in the plural with no article, and what it is asked (claims13): "urged
#: protesters to demonstrate peacefully", "called on both sides to", "asked protest organisers
#: to"; not a thing with "to" and a noun after it ("demanded improvements to the law")
_PLURAL_WHO = (
    r"(?:(?:all|both|its|their|our)\s+)?(?:[a-z'-]+\s+){0,2}?(?:[a-z'-]+s|people|police)"
    r"\s+(?:not\s+)?to\s+(?!(?:the|a|an|their|its|his|her|our|this|that|these|those)\b)"
    r"[a-z]{2,}(?!\w)"
)
_URGED = re.compile(
    rf"\s+{_URGED_ADVERB}(?:(?:a\s+{_ARTICLE}|al)\s+{_WHO}{_ASKED_ES}"
    rf"|(?:on\s+)?the\s+{_WHO}{_ASKED_EN}|(?:on\s+)?{_BARE_WHO}{_ASKED_EN}"
    r")"
)
#: the addressees ``_URGED`` leaves out (claims13): a plural with no article ("urged protesters
#: to demonstrate peacefully"), those named by what they do ("a quienes organizan las marchas
#: a", "those organising the marches to")
_URGED_MORE = re.compile(rf"\s+{_URGED_ADVERB}(?:on\s+)?{_PLURAL_WHO}")
_URGED_DOERS = re.compile(
    rf"\s+{_URGED_ADVERB}(?:a\s+(?:quienes|aquellos\s+que|todos\s+los\s+que|los\s+que|las\s+que)"
    rf"\s+{_WHO}{_ASKED_ES_VERB}|(?:on\s+)?(?:those|all\s+those|anyone)\s+{_WHO}{_ASKED_EN})"
)
#: a verb asked with nothing after it, whose object the story gave before ("urged legislators
#: to reconsider, and ...", "urged their members to join."): what it asks is not read here
_BARE_VERB_END = re.compile(r"\s*(?:[,;:.!?)]|$|and\b|y\b)", re.IGNORECASE)
#: the same after a cue that holds its preposition ("exhortó a", "instó a", "llamó a")
_URGED_AFTER_A = re.compile(rf"\s+{_ARTICLE}\s+{_WHO}{_ASKED_ES}")
#: another addressee joined to the first, with what it is asked: "y a los manifestantes a no
#: atentar", "y al Poder Ejecutivo que prohíba", "and the police to let them protest"
_MORE_URGED = re.compile(
    rf"(?:,\s*|\s+)(?:y|and)\s+((?:a\s+{_ARTICLE}|al)\s+{_WHO}{_ASKED_ES}"
    rf"|(?:on\s+)?the\s+{_WHO}{_ASKED_EN})"
)
#: the cues of a call that may urge an addressee ("urged the authorities to", "exhortó a la
#: ciudadanía a"); not a call to join, a duty ("should", "debería") nor a call of an event
_URGING = re.compile(
    r"(?:urg\w*|we urge|i urge|appeal\w* to|call\w* on|asked \w+ to|exhort\w*(?: a)?|"
    r"inst\w+ a|llam\w+ a|invit\w+ a|hacemos un llamado|hizo un llamado|hicieron un llamado)",
    re.IGNORECASE,
)


#: the verbs of announcing proper ("anunció", "announced"), not a plan, a preparation or a
#: ratification
_ANNOUNCING = re.compile(r"(?:anunci\w+|announc\w+)", re.IGNORECASE)
#: the verbs of promising: "promised", "pledged", "prometió"
_PROMISING = re.compile(r"(?:promis\w+|pledg\w+|prometi\w*|promete\w*)", re.IGNORECASE)
#: what a promise says will be done, right after it: "that all of them would be found and
#: punished", "que todos los responsables serán castigados" (not "promised to ...": the
#: future's cue reads it)
_PROMISED_DONE = re.compile(
    r"\s+(?:that|que)\s+(?:[^\s,;:.!?]+\s+){0,6}?(?:(?:will|would|shall)\s+(?:not\s+)?"
    r"(?:be\s+)?(?!be\b)[a-z]{3,}|[a-záéíóúñ]{2,}(?:rá|rán|ría|rían))(?!\w)",
    re.IGNORECASE,
)
#: what an announcement says will be done, right after it: "que enviará", "esta mañana que
#: reactivará", "que el Gobierno ampliará" (Spanish: an English "announced he would dissolve
#: the legislature" is told as the event it announces)
_WILL_DO = re.compile(
    r"(?:\s+[^\s,;:.!?]+){0,2}?\s+que\s+(?:[^\s,;:.!?]+\s+){0,2}?[a-záéíóúñ]{2,}(?:rá|rán)(?!\w)",
    re.IGNORECASE,
)


def _urges(cue: Found, text: str) -> bool:
    """A demand cue, or a call cue that may urge an addressee (``_URGING``)."""
    if not isinstance(cue.info, CueInfo):
        return False
    if cue.info.role == "demand":
        return True
    return cue.info.role == "called_for" and _URGING.fullmatch(text, cue.start, cue.end) is not None


def _urged(cue: Found, text: str, sentence: tuple[int, int]) -> re.Match[str] | None:
    """The addressee right after an urging cue and what it is asked."""
    urged = _URGED_DOERS.match(text, cue.end, sentence[1])
    if urged is None:
        urged = _URGED.match(text, cue.end, sentence[1])
    if urged is None:
        more = _URGED_MORE.match(text, cue.end, sentence[1])
        if more is not None and not _BARE_VERB_END.match(text, more.end(), sentence[1]):
            urged = more
    if urged is None and text[cue.start : cue.end].lower().endswith(" a"):
        urged = _URGED_AFTER_A.match(text, cue.end, sentence[1])
    if urged is None and _PASSIVE_URGED.search(text, max(sentence[0], cue.start - 12), cue.start):
        # "Residents are being urged to stay indoors": the addressee is the passive's subject
        # (claims10)
        urged = _ASKED_AFTER_PASSIVE.match(text, cue.end, sentence[1])
    return urged


#: where what an addressee is asked begins, at the end of ``_URGED``'s match: "a protestar",
#: "to keep", "que prohíba", or the noun asked ("a la huelga")
_ASKED_PART = re.compile(r"\s+(?:(?:a|to|que)\s+)?(?:(?:no|not)\s+)?[\"“]?\S+$", re.IGNORECASE)
#: how far before an action topic the way asked open through it may stand
_PASSAGE_REACH = 100


def _in_addressee(cue: Found, topic: Found, text: str, sentence: tuple[int, int]) -> bool:
    """The topic stands in the addressee an urging cue names before what it asks ("a quienes
    organizan las movilizaciones a protestar")."""
    if not _urges(cue, text) or topic.start < cue.end:
        return False
    urged = _urged(cue, text, sentence)
    if urged is None or urged.re is not _URGED_DOERS or topic.end > urged.end():
        return False  # "called for the regional strike to continue": the strike is called
    asked = _ASKED_PART.search(text, urged.start(), urged.end())
    return asked is not None and topic.end <= asked.start()


def _describes_addressee(
    cue: Found, claim_cues: Sequence[Found], text: str, sentence: tuple[int, int]
) -> bool:
    """A cue inside the addressee of an urging cue before it, named by what it does."""
    for u in claim_cues:
        if u.end > cue.start or not _urges(u, text):
            continue
        urged = _urged(u, text, sentence)
        if urged is None or urged.re is not _URGED_DOERS:
            continue
        asked = _ASKED_PART.search(text, urged.start(), urged.end())
        if asked is not None and cue.end <= asked.start():
            return True
    return False


def _party_named(actors: Sequence[Found], start: int, end: int) -> bool:
    """An actor of the contention (not the press) named in ``start:end``."""
    return any(
        isinstance(a.info, ActorInfo) and a.info.sector != "MED" and start <= a.start < end
        for a in actors
    )


def _passage_asked(cue: Found, topic: Found, cues: Sequence[Found]) -> bool:
    """A way asked open (cue role ``passage``: "permitir el paso de", "let ambulances") between
    the cue and the action topic after it."""
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "passage"
        and cue.end <= c.start
        and c.end <= topic.start
        and topic.start - c.end <= _PASSAGE_REACH
        for c in cues
    )


def _accompanied(cue: Found, topic: Found, cues: Sequence[Found], text: str) -> bool:
    """A verb of accompanying or observing (cue role ``accompany``) whose object is the action
    topic: in the cue's own clause, at most two words before the action and no preposition
    ("acompañarán los féretros en una marcha": the march is theirs, not accompanied)."""
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "accompany"
        and cue.start <= c.start  # the cue may be the verb itself: "acompañarán"
        and c.end <= topic.start
        and ";" not in text[cue.end : c.start]
        and _ACCOMPANIED_GAP.fullmatch(text, c.end, topic.start) is not None
        for c in cues
    )


#: what may stand between a verb of accompanying and the action it accompanies: two words at
#: most, none a preposition ("any future march", "las marchas", "Thursday's protest")
_ACCOMPANIED_GAP = re.compile(
    r"\s+(?:(?!(?:en|in|on|con|with|hasta|to|para|for|a|al|de|of)\s)[\w'’]+\s+){0,2}",
    re.IGNORECASE,
)


#: the auxiliary of a passive urging right before its verb: "are (being) urged", "were asked"
_PASSIVE_URGED = re.compile(r"\b(?:are|is|were|was|been|being)\s+$", re.IGNORECASE)
_ASKED_AFTER_PASSIVE = re.compile(_ASKED_EN)


#: a second statement joined to the first ("rechaza los llamados a tomar el aeropuerto y
#: recuerda que el derecho a la protesta ..."): what it names is not what the cue before asks
_NEW_STATEMENT = re.compile(
    r"\b(?:y|e|pero|and|but)\s+(?:recuerda|record[oó]|dijo|señal[oó]|afirm[oó]|sostuvo|"
    r"subray[oó]|recalc[oó]|añadi[oó]|agreg[oó]|said|added|noted|recalled|stressed|insisted)\b",
    re.IGNORECASE,
)
#: leave to act, right before an action: "to let them", "to allow protesters to", "que
#: permitan", "dejar"
#: a fire or arson named in the sentence of an inquiry asked ("el fuego", "the blaze"), and the
#: dead or wounded that keep the inquiry one of justice ("investigate the deaths in the fire")
_FIRE = re.compile(r"\b(?:incendios?|arson|blaze|el fuego|the fire)\b", re.IGNORECASE)
_HARMED = re.compile(
    r"\b(?:muert[eoa]s?|fallecid\w*|asesinat\w*|herid[oa]s?|deaths?|dead|killed|killings?|wounded|"
    r"injured|injuries|uso de la fuerza|use of force)\b",
    re.IGNORECASE,
)
_INQUIRY = re.compile(r"investig|inquiry|pesquisa", re.IGNORECASE)


def _fire_inquiry(topic: Found, sentence: tuple[int, int], text: str) -> bool:
    """An inquiry asked into a fire the sentence names, with no dead or wounded in it."""
    return (
        _INQUIRY.search(text, topic.start, topic.end) is not None
        and _FIRE.search(text, sentence[0], sentence[1]) is not None
        and _HARMED.search(text, sentence[0], sentence[1]) is None
    )


_LET = re.compile(
    r"\b(?:let|allow|allows|allowing|permit|permitir|permitan|permita|dejen|dejar)\b"
    r"(?:\s+\w+){0,2}\s+(?:to\s+)?$",
    re.IGNORECASE,
)
#: a time told by an action, right before it: "before the next funeral march", "después del paro"
_WHEN = re.compile(
    r"\b(?:before|after|during|antes\s+del?|despu[eé]s\s+del?|durante)\s+"
    r"(?:(?:the|a|an|el|la|los|las|un|una|del|next|last|pr[oó]xim[oa])\s+){0,3}(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: a refusal right before a topic, two words at most between: "no aceptarán mesas de diálogo",
#: "will not accept talks", "rejected any dialogue", "rechazan el diálogo"
_REFUSED = re.compile(
    r"(?:\b(?:no|not|never|nunca|n't)\s+(?:\w+\s+)?(?:acept\w*|accept\w*|negoci\w*|"
    r"negotiat\w*|dialog\w*|agree\w*|admit\w*|admiti\w*)"
    r"|\b(?:rechaz\w+|reject\w*|refus\w*)"
    # what is ruled out is refused (claims12): "descartó una vez más la renuncia", "ruled out
    # early elections"; "no descartamos un paro" keeps it open
    r"|(?<!\bno\s)\bdescart\w+|(?<!\bnot\s)(?<!n't\s)\brul(?:ed|es|ing)\s+out)\s+"
    r"(?:(?:una\s+vez\s+m[aá]s|otra\s+vez|de\s+nuevo|again|once\s+more)\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: how far before a topic its refusal may begin
_REFUSED_REACH = 40
#: an impersonal expectation: "se prevé que los comuneros marchen"
_EXPECTED = re.compile(r"prev\w*", re.IGNORECASE)
#: a verb of guarding or policing an action right before it: "para resguardar la movilización",
#: "to police the march", "contener las protestas"
_GUARDED = re.compile(
    r"\b(?:resguard\w*|custodi\w*|vigil(?:ar|an|ó)|control\w*|conten\w*|garantiz\w*|"
    r"guard\w*|police|policing|contain\w*|monitor\w*|secure|securing|disperse\w*|dispers\w*)\s+"
    r"(?:(?:el|la|los|las|the|a|an|any|toda|todas)\s+)?$",
    re.IGNORECASE,
)
#: a preposition and its article right before an action, with no verb of joining before it: the
#: action names who or what ("las víctimas de las protestas", "detained in the protests")
_OF_THE = re.compile(
    r"(?:^|\s)\w+\s+(?:de|en|durante|tras|of|in|during|after|at)\s+"
    r"(?:las|los|la|el|the|these|those|esas|esos|estas|estos)\s+$"
    # with no article (claims14), where the action is where, when or what the state answered:
    # "the protection of the press at demonstrations", "the lethal response to protests",
    # "the crackdown on demonstrators"; never "a day of protest", "to strike"
    r"|(?:^|\s)\w+\s+(?:at|during|after|durante|tras)\s+$"
    r"|\b(?:response|responses|crackdown|crackdowns|clampdown|respuesta)\s+"
    r"(?:to|on|a)\s+(?:(?:the|las|los|la|el)\s+)?$",
    re.IGNORECASE,
)
#: people held or charged for an action, right before it: the action says why ("release all
#: persons detained solely for taking part in peaceful protests", "liberen a los detenidos por
#: participar en la marcha"), it is not called
_HELD_FOR = re.compile(
    r"\b(?:detain\w*|held|arrest\w*|jail\w*|imprison\w*|charged|prosecuted|detenid\w*|"
    r"arrestad\w*|encarcelad\w*|pres[oa]s|procesad\w*|denunciad\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:for|por)\s+(?:(?:(?:taking\s+part|participating)\s+in|joining|participar\s+en|"
    r"haber\s+participado\s+en)\s+)?(?:(?:the|their|a|an|las|los|la|el|sus|una|un)\s+)?"
    r"(?:peaceful\s+|pac[ií]fic\w+\s+)?$",
    re.IGNORECASE,
)
_JOINING = re.compile(
    r"\b(?:particip\w*|sumarse|sumen|unirse|únanse|join\w*|part|engage\w*|acatar)\b", re.I
)
#: "insist" said of a fact: "insist the march will be peaceful"
_INSIST = re.compile(r"insist\w*", re.IGNORECASE)
_FINITE_AFTER = re.compile(
    r"\s+(?:will|would|is|was|are|were|has|had|remains?|remained|es|fue|será|sería)\b", re.I
)


def _of_the_action(text: str, start: int, end: int) -> bool:
    """The action right after ``de las``, ``in the`` (between a cue's end and it) names who or
    what the claim is about, unless a verb of joining comes just before ("participar de
    manera pacífica en la concentración")."""
    m = _OF_THE.search(text, max(start, end - 40), end)
    return m is not None and not _JOINING.search(text, max(start, m.start() - 30), m.end())


#: a concession or a circumstance right before a topic: what is named is when or despite
#: what the claim was made ("pese al toque de queda", "despite the curfew", "amid the calm")
_CIRCUMSTANCE = re.compile(
    r"\b(?:pese\s+a(?:l|\s+la|\s+los|\s+las)?|a\s+pesar\s+del?|en\s+medio\s+del?|bajo|"
    r"despite|in\s+spite\s+of|amid|amidst|under|defying|desafiando)\s+"
    r"(?:(?:the|a|an|el|la|los|las|un|una)\s+)?(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)
#: a verb that ends an action, right before it: what is asked is its end
_ENDING = re.compile(
    r"\b(?:levant\w*|suspend\w*|deponga\w*|deponer|poner\s+fin\s+a|pongan\s+fin\s+a|"
    r"cese\s+de|cesen|termin\w*|lift\w*|end|ends|ending|stop|call\s+off|called\s+off|"
    r"break\s+up|clear|clearing|dismantl\w*|desaloj\w*|despej\w*|"
    # the end asked as a noun (claims12): "urged an end to the blockade", "a halt to the strike"
    r"(?:end|halt|stop)\s+to|"
    r"suspend\w*)\s+(?:(?:el|la|los|las|the|their|its|sus|su)\s+)?$",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"\b(?:no|not|never|nunca|n't|won't)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _end_asked(before: str) -> bool:
    """``before`` (the words right before an action topic) ends with a verb that ends it,
    not negated: "que se levanten los", "to end the"; not "no levantará el", "would not lift
    the"."""
    m = _ENDING.search(before)
    return m is not None and not _NOT_BEFORE.search(before, 0, m.start())


#: a warning verb: a threat only when what it announces is an action still to come
_WARNING = re.compile(r"(?:warn|advirti|advierte|adviert)", re.IGNORECASE)
#: a harm that may come, right after "amenaza con", "threatens": a risk, not a threat
_HARM = re.compile(
    r"\s*(?:(?:to\s+cause|causar|provocar)\s+)?(?:(?:grandes|graves|serias|serios|millonarias|"
    r"fuertes|severe|serious|heavy|major)\s+)?(?:p[eé]rdidas|desabastecimiento|escasez|colapso|"
    r"crisis|quiebra|da[nñ]os|losses|shortages?|collapse|damage|disruption)\b",
    re.IGNORECASE,
)


#: a person named right after a condition, then gone: "until Boluarte goes", "until President
#: Boluarte leaves office" (a capitalised name, one to three words)
_GONE_EN = re.compile(
    r"\s+(?:[A-ZÁÉÍÓÚÑ][\w'-]+\s+){1,3}(?:goes|leaves|quits|resigns|falls|steps\s+down|is\s+gone|"
    r"is\s+out|is\s+removed|is\s+ousted|"
    # told in reported speech, the tense moved back (claims11): "would not lift their
    # blockades until Áñez stepped down"
    r"went|left|resigned|fell|stepped\s+down|was\s+gone|was\s+out|was\s+removed|was\s+ousted)\b"
)
#: the same told in Spanish, the verb before the person: "mientras no se vaya la señora
#: Boluarte", "hasta que se vaya Boluarte", "hasta que caiga la presidenta Boluarte"
_GONE_ES = re.compile(
    r"\s+(?:que\s+)?(?:no\s+)?(?:se\s+vaya|se\s+vayan|caiga|renuncie|salga)\s+"
    r"(?:(?:el|la)\s+(?:se[nñ]ora|se[nñ]or|presidenta|presidente|mandataria|mandatario)\s+)?"
    r"[A-Z][\w'-]+"
)


def _until_gone(
    text: str,
    sentence: tuple[int, int],
    claim_cues: Sequence[Found],
    actors: Sequence[Found],
    factuality: Factuality,
    seen: set[tuple[str, str]],
) -> list[Claim]:
    """ "they will stay on the streets until Boluarte goes", "No vamos a retroceder mientras
    no se vaya la señora Boluarte": a condition set on a protest that waits for a person named
    to go asks for that person's resignation, though no word of the lexicon names it."""
    if ("demand", "resignation") in seen:
        return []
    for cue in claim_cues:
        if not (isinstance(cue.info, CueInfo) and cue.info.role == "condition"):
            continue
        m = _GONE_EN.match(text, cue.end, sentence[1]) or _GONE_ES.match(text, cue.end, sentence[1])
        if m is None:
            continue
        seen.add(("demand", "resignation"))
        return [
            Claim(
                kind="demand",
                topic="resignation",
                text=text[cue.start : m.end()],
                span=(cue.start, m.end()),
                factuality=factuality,
                claimant=_claimant(actors, cue, text),
                target=next(
                    (
                        a.info.person
                        for a in actors
                        if isinstance(a.info, ActorInfo)
                        and a.info.person
                        and m.start() <= a.start < m.end()
                    ),
                    None,
                ),
            )
        ]
    return []


def _shares_que(cue: Found, topic: Found, text: str) -> bool:
    """ "hasta que renuncie la presidenta": the condition's "que" opens the topic read as "que
    renuncie"; the topic begins inside the cue and runs past it."""
    return (
        isinstance(cue.info, CueInfo)
        and cue.info.role == "condition"
        and cue.start < topic.start < cue.end < topic.end
        and text[topic.start : cue.end].lower() == "que"
    )


def _asks(cue: Found, topic: Found, text: str) -> bool:
    """A condition set on a protest ("no levantará el paro mientras Dina Boluarte siga en el
    cargo", "until the government negotiated") asks for what its own clause names, not for an
    action ("Hasta la tarde, el bloqueo ..." is a time); other claim cues reach their topics."""
    info = cue.info
    if not isinstance(info, CueInfo) or info.role != "condition":
        return True
    topic_info = topic.info
    return (
        isinstance(topic_info, TopicInfo)
        and topic_info.topic not in _ACTION_TOPICS
        and topic.start - cue.end <= _CONDITION_REACH
        and not _CLAUSE_STOP.search(text, cue.end, topic.start)
    )


#: the cues of a chant, a slogan or a sign, which ask only what their words say: "chanting",
#: "coreaban", "al grito de", "bajo el lema", 'carried signs that read "..."', "pancartas con
#: la frase «...»"
_CHANT = re.compile(
    r"(?:chant\w*|core\w+|al\s+grito\s+de|con\s+arengas|bajo\s+(?:la\s+consigna|el\s+lema|los\s+lemas)|"
    r"con\s+el\s+lema|(?:under|with)\s+the\s+slogan|"
    r"(?:banners?|signs?|placards?|posters?|pancartas?|carteles|cartel|banderolas?|letreros?)\s.+)",
    re.IGNORECASE,
)
#: the quotation that opens right after a chant or a sign: its opening mark
_QUOTE_OPENS = re.compile(r"[^\"“«¡‘.;!?]{0,30}?(?:[\"“«¡‘]|(?<=\s)')")
_NEXT_QUOTE = re.compile(r"[,\s]*(?:(?:and|or|y|o|e)\s+)?(?:[\"“«¡‘]|(?<=\s)')")
_QUOTE_CLOSES = {'"': '"', "“": "”", "«": "»", "¡": "!", "‘": "’", "'": "'"}


def _says(cue: Found, topic: Found, text: str) -> bool:
    """A chant, a slogan or a sign asks what its own words say (claims12): the topics inside
    the quotation right after it ('carried signs that read "New elections now"', "pancartas con
    la frase «Cierre del Congreso ya»"), or, with no quotation, a topic of its own clause that is
    no action ("chanting for new elections"); never the action the sentence tells after it
    ("Chanting slogans, hundreds marched toward Congress")."""
    if not _CHANT.fullmatch(text, cue.start, cue.end):
        return True
    opens = _QUOTE_OPENS.match(text, cue.end, topic.start + 1)
    if opens is None:
        return not name_is_action(topic) and not _CLAUSE_STOP.search(text, cue.end, topic.start)
    while opens is not None and opens.end() <= topic.start:
        mark = text[opens.end() - 1]
        closes = text.find(_QUOTE_CLOSES[mark], opens.end())
        if mark == "'":
            # an apostrophe is no closing mark ("Boluarte's")
            while closes >= 0 and text[closes + 1 : closes + 2].isalpha():
                closes = text.find("'", closes + 1)
        if closes < 0 or topic.end <= closes + 1:
            return True
        # 'signs that read "New elections now" and "Free Castillo"': the next quotation of its
        # list says something of its own
        opens = _NEXT_QUOTE.match(text, closes + 1, topic.start + 1)
    return False


#: what must come before the topic after it: "before any talks", "antes de cualquier diálogo"
_BEFORE = re.compile(
    r"\b(?:before|antes\s+del?)\s+(?:(?:any|the|a|an|new|cualquier|todo|toda|el|la|los|las|un|una|"
    r"nuevas?|nuevos?)\s+){0,2}$",
    re.IGNORECASE,
)
#: a person wanted gone, out or away (claims12): "Protesters want Boluarte gone", "quieren que
#: Boluarte se vaya"; Congress so wanted is its closure ("want Congress gone")
_WANTED_GONE = re.compile(
    r"\b(?:want|wants|wanted|wanting)\s+((?:(?:(?:President|Governor|Minister|Premier)\s+)?"
    r"(?:[A-ZÁÉÍÓÚÑ][\w'-]+\s+){0,2}[A-ZÁÉÍÓÚÑ][\w'-]+|her|him)\s+(?:gone|out)(?!\s+of\b)(?!-))"
    r"|\b(?:quier\w+|quer\w+|pid\w+|ped\w+|exig\w+|reclam\w+)\s+que\s+"
    r"((?:(?:el|la)\s+)?(?:(?:presidenta|presidente|mandataria|mandatario|gobernador|gobernadora)\s+)?"
    r"(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+\s+){1,3}se\s+vayan?)(?!\s+(?:a|al|de|del|hacia|con|por)\b)"
)
_CONGRESS = re.compile(r"\b(?:Congress|Congreso|Parliament|Parlamento)\b")


def _wanted_gone(text: str, sentence: tuple[int, int], topics: Sequence[Found]) -> list[Found]:
    """The person wanted gone as a topic of resignation, Congress as one of its closure, where
    the lexicon read no topic there."""
    out: list[Found] = []
    for m in _WANTED_GONE.finditer(text, sentence[0], sentence[1]):
        start, end = m.span(1) if m.group(1) else m.span(2)
        if any(start <= t.start < end for t in topics):
            continue
        name = "closure_of_congress" if _CONGRESS.search(text, start, end) else "resignation"
        out.append(Found(start, end, TopicInfo(f"claims.wanted_gone.{name}", name)))
    return out


#: the verbs of sending that announce forces sent: "would send", "will send"
_SENDING = re.compile(r"(?:would|will)\s+send", re.IGNORECASE)
#: the forces sent, right after: "2,000 soldiers", "more police", "in the army", "troops"
_FORCES = re.compile(
    r"\s+(?:in\s+)?(?:(?:the|more|additional|extra|some|about|around|up\s+to|[\d,.]+|hundreds\s+of|"
    r"thousands\s+of|a\s+contingent\s+of)\s+){0,3}(?:troops|soldiers|police|policemen|police\s+officers|"
    r"officers|army|military|armed\s+forces|reinforcements|riot\s+police|marines|national\s+guard)\b",
    re.IGNORECASE,
)


def name_is_action(topic: Found) -> bool:
    """The topic is a strike, a march or a blockade."""
    return isinstance(topic.info, TopicInfo) and topic.info.topic in _ACTION_TOPICS


def _in_condition(topic: Found, claim_cues: Sequence[Found], text: str) -> bool:
    """An action named inside a condition ("if the blockades continue", "si se prolongan los
    bloqueos") is what the condition speaks of, not what a warning before it threatens; a claim
    cue between them opens a clause of its own."""
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "condition"
        and c.end <= topic.start
        and topic.start - c.end <= _CONDITION_REACH
        and not _CLAUSE_STOP.search(text, c.end, topic.start)
        # "«hasta que se vaya el Congreso» y convocaron a una marcha": a call after the
        # condition governs the action, the condition has ended
        and not any(
            c.end <= o.start < topic.start
            and isinstance(o.info, CueInfo)
            and o.info.role != "condition"
            for o in claim_cues
        )
        for c in claim_cues
    )


#: how far after a condition ("hasta que", "until") the topic it asks for may begin
_CONDITION_REACH = 60


#: a condition set on an action: "if", "unless", "si", "a menos que"
_SET_ON = re.compile(r"\b(?:if|unless|si|a\s+menos\s+que|salvo\s+que)\b", re.IGNORECASE)
#: how far after the action's topic its condition may begin
_SET_ON_REACH = 40
#: a time after "until": "the strike would last until Friday" waits for no condition
_TIME_AFTER_UNTIL = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|midnight|noon|"
    r"next|the\s+end|the\s+weekend|further\s+notice|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d)"
)
#: the end a vow waits for, right after the action: "until", "hasta que", "mientras no" (the
#: clause may not end between them: ``_said_will`` cuts its text at the clause's end)
_VOWED_UNTIL = re.compile(
    r"[^;:.!?]*?\b(?:(?:until|till)\s+(?!"
    + _TIME_AFTER_UNTIL
    + r")|hasta\s+que\b|mientras\s+no\b)",
    re.IGNORECASE,
)
#: the state's word that the roads stay open, among the blockade's terms (claims.yaml): "keep
#: the roads open", "road would stay open", "free movement on highways", "libre tránsito"
_KEPT_OPEN = re.compile(
    r"\b(?:open|free\s+movement|free\s+passage|libre\s+tr[aá]nsito|expedit\w+)\b", re.IGNORECASE
)


def _said_will(
    text: str,
    sentence: tuple[int, int],
    cues: Sequence[Found],
    topics: Sequence[Found],
    actors: Sequence[Found],
    claim_cues: Sequence[Found],
    factuality: Factuality,
    seen: set[tuple[str, str]],
) -> list[Claim]:
    """ "the strike committee said the blockade of the Marginal highway would go on", "dijo
    que sus bases llegarán a Ilave el viernes para reforzar el bloqueo": a strike, march or
    blockade that a reporting verb tells in the future is announced, as "anunció" would; set on
    a condition ("said it would call a new strike if the government failed to keep its
    promises") it is a threat."""
    said = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "reported"]
    if not said:
        return []
    future = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "planned"]
    # the passive future too short for the future's suffix: "las muertes *serán* investigadas"
    future += passive_futures(text, sentence)
    out: list[Claim] = []
    for topic in topics:
        info = topic.info
        if not isinstance(info, TopicInfo) or info.topic not in _ACTION_TOPICS:
            continue
        if topic.start > sentence[0] and text[topic.start].isupper():
            continue  # "a new road safety plan in March": a month, a name
        if ("announcement", info.topic) in seen or any(
            0 <= topic.start - c.end <= _TOPIC_REACH for c in claim_cues
        ):
            continue  # a claim cue already governs it
        before = [c for c in said if 0 <= topic.start - c.end <= _TOPIC_REACH]
        if not before:
            continue
        verb = max(before, key=lambda c: c.end)
        kept_open = info.topic == "blockade" and _KEPT_OPEN.search(text, topic.start, topic.end)
        if _state_speaks(actors, verb) and not kept_open:
            continue  # "the Interior Minister said police would guarantee the right to protest"
        end = min(sentence[1], topic.end + _FUTURE_AFTER)
        clause = _CLAUSE_END.search(text, topic.end, end)
        if clause is not None:
            end = clause.start()
        if not any(verb.end <= f.start and f.end <= end for f in future):
            continue
        # "said it would call a new strike if the government failed to keep its promises": an
        # action set on a condition is a threat; so is one vowed to go on until a condition is
        # met ("said they would keep roads blocked until Congress is dissolved", claims11), and
        # the state's word that the roads will stay open ("said police would guarantee free
        # movement on highways": a warning against blockades, docs/vocabulary.md, Claims)
        kind = (
            "threat"
            if kept_open
            or _SET_ON.search(text, topic.end, min(sentence[1], topic.end + _SET_ON_REACH))
            or _VOWED_UNTIL.match(text, topic.end, min(sentence[1], topic.end + _SET_ON_REACH))
            else "announcement"
        )
        seen.add(("announcement", info.topic))
        start = verb.start
        out.append(
            Claim(
                kind=kind,
                # "dijeron que acompañarán las marchas": the accompanying is announced (claims14)
                topic="other" if _accompanied(verb, topic, cues, text) else info.topic,
                text=text[start:end],
                span=(start, end),
                factuality=factuality,
                claimant=_claimant(actors, verb, text),
            )
        )
    return out


#: topics the state's own measures may name: not a protest's action, whose future the state
#: tells of others ("police said the march would end at the square")
_STATE_TOPICS = frozenset(
    {
        "other",
        "dialogue",
        "justice_for_victims",
        "end_state_of_emergency",
        "early_elections",
        "release_of_prisoner",
    }
)
#: how far after the reporting verb its future and then its measure may stand
_STATE_WILL_REACH = 90
#: how far the measure may stand after the future that tells it, a short verb at most ("will
#: *open* talks", "would *be* investigated"; "would hunt down those responsible" names whom)
_STATE_FUTURE_GAP = 8
#: a purpose between the future and the measure: "the evidence it said it would use *to*
#: prosecute those responsible" tells a means, not the measure
_ASIDE_WORD = re.compile(r"\b(?:to|para)\b", re.IGNORECASE)


#: the future of a passive ("las muertes serán investigadas", "el decreto será derogado"): the
#: future's suffix cue reads only longer verbs (cues.yaml, min_length)
_PASSIVE_FUTURE = re.compile(r"\bser(?:á|a|án|an)\b", re.IGNORECASE)


def passive_futures(text: str, sentence: tuple[int, int]) -> list[Found]:
    """The passive futures of a sentence, as futures a measure may be told in."""
    planned = CueInfo("passive_future", "planned")
    return [
        Found(m.start(), m.end(), planned)
        for m in _PASSIVE_FUTURE.finditer(text, sentence[0], sentence[1])
    ]


def _state_will(
    text: str,
    sentence: tuple[int, int],
    cues: Sequence[Found],
    topics: Sequence[Found],
    actors: Sequence[Found],
    claim_cues: Sequence[Found],
    factuality: Factuality,
    seen: set[tuple[str, str]],
) -> list[Claim]:
    """ "El ministro dijo que se declarará el estado de emergencia", "the premier said the
    deaths would be investigated", "the government says it will open talks": a measure the
    state says it will take (a reporting verb whose speaker is the state, a future after it, then
    a topic that is no protest's action) is the state's announcement, as "anunció" would
    be; a curfew or a deployment said so too ("said troops would be deployed", claims8)."""
    said = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "reported"]
    if not said:
        return []
    future = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "planned"]
    # the passive future too short for the future's suffix: "las muertes *serán* investigadas"
    future += passive_futures(text, sentence)
    out: list[Claim] = []
    for topic in topics:
        info = topic.info
        if not isinstance(info, TopicInfo) or info.topic not in _STATE_TOPICS:
            continue
        if any(name == info.topic for _, name in seen) or any(
            0 <= topic.start - c.end <= _TOPIC_REACH for c in claim_cues
        ):
            continue  # a claim cue already governs it
        before = [
            c
            for c in said
            if 0 <= topic.start - c.end <= _STATE_WILL_REACH
            and not _CLAUSE_END.search(text, c.end, topic.start)
        ]
        if not before:
            continue
        verb = max(before, key=lambda c: c.end)
        # "The ministry has denied that ... and has said that the death will be investigated":
        # the second verb's subject is the first's
        head = _first_verb(verb, cues, text, sentence)
        if not _state_speaks(actors, head):
            continue
        will = [
            f
            for f in future
            if verb.end <= f.start
            and f.start < topic.end
            and topic.start - f.end <= _STATE_FUTURE_GAP
            and not _CLAUSE_STOP.search(text, f.end, max(f.end, topic.start))
        ]
        if not will:
            continue
        if _NOT.search(text, verb.end, topic.start):
            continue  # "said the state of emergency would not be lifted"
        if _ASIDE_WORD.search(text, verb.end, topic.start):
            continue  # "the evidence it said it would use to prosecute those responsible"
        seen.add(("announcement", info.topic))
        stop = _CLAUSE_STOP.search(text, topic.end, sentence[1])
        end = stop.start() if stop else sentence[1]
        out.append(
            Claim(
                kind="announcement",
                topic=info.topic,
                text=text[verb.start : end],
                span=(verb.start, end),
                factuality=factuality,
                claimant=_claimant(actors, head, text),
            )
        )
    return out


#: how far after the reporting verb the forces said to act may stand ("said *that 1,200 more*
#: police officers"), and how far after them their future ("police officers *and soldiers*
#: would be sent")
_FORCES_REACH = 40
#: a clause stop that is no thousands' separator ("2,000 police officers", "11.800 policías")
_STOP_NOT_DIGITS = re.compile(r"[;:!?()]|(?<!\d)[,.]|[,.](?!\d)")
_FORCES_FUTURE_GAP = 25
#: how far after the future the verb of deploying may start ("would *be sent*"; Spanish:
#: the future is that verb, "resguardarán")
_DEPLOYED_GAP = 12
#: the sectors of the state's forces (actors.yaml)
_FORCE_SECTORS = frozenset({"COP", "MIL"})
#: how far after the future a measure named by the government as subject may stand ("the
#: government would *impose a three-day night* curfew")
_GOVERNMENT_MEASURE_GAP = 40


def _forces_will(
    text: str,
    sentence: tuple[int, int],
    cues: Sequence[Found],
    topics: Sequence[Found],
    actors: Sequence[Found],
    claims: Sequence[Claim],
    factuality: Factuality,
    seen: set[tuple[str, str]],
) -> list[Claim]:
    """ "Defence minister Alberto Otarola said troops would guard airports", "announced that
    1,200 more police officers and soldiers would be sent to the city", "El Ministerio del
    Interior informó que 11.800 policías resguardarán el Centro de Lima": the state's forces the
    state says will act are its announcement of a deployment, topic `other`, as a deployment
    announced is (docs/vocabulary.md, claims8); so is a measure the government, as the subject
    of the future, says it will take ("told reporters that the government would impose a
    three-day night curfew"). Read when nothing else claims the clause (claims13)."""
    if ("announcement", "other") in seen:
        return []
    said = [
        c
        for c in cues
        if isinstance(c.info, CueInfo) and c.info.role in ("reported", "announcement")
    ]
    future = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "planned"]
    future += passive_futures(text, sentence)
    for verb in said:
        if not _state_speaks(actors, _first_verb(verb, cues, text, sentence)):
            continue
        for actor in actors:
            info = actor.info
            if not (
                isinstance(info, ActorInfo)
                and info.inter == 1
                and verb.end <= actor.start <= verb.end + _FORCES_REACH
                and not _STOP_NOT_DIGITS.search(text, verb.end, actor.start)
            ):
                continue
            will = next(
                (
                    f
                    for f in future
                    if actor.end <= f.start <= actor.end + _FORCES_FUTURE_GAP
                    and not _CLAUSE_STOP.search(text, actor.end, f.start)
                ),
                None,
            )
            if will is None or _NOT.search(text, actor.end, min(sentence[1], will.end + 8)):
                continue  # "said troops would not be sent"
            if info.sector in _FORCE_SECTORS and not any(
                isinstance(c.info, CueInfo)
                and c.info.role == "deployment"
                and will.start <= c.start <= will.end + _DEPLOYED_GAP
                for c in cues
            ):
                continue  # "police would guarantee the right to protest": no deployment told
            if info.sector not in _FORCE_SECTORS and not any(
                isinstance(t.info, TopicInfo)
                and t.info.topic == "other"
                and 0 <= t.start - will.end <= _GOVERNMENT_MEASURE_GAP
                and not _CLAUSE_STOP.search(text, will.end, t.start)
                for t in topics
            ):
                continue  # the government's future: only a measure it names
            stop = _CLAUSE_STOP.search(text, will.end, sentence[1])
            end = stop.start() if stop else sentence[1]
            if any(c.span[0] < end and verb.start < c.span[1] for c in claims):
                return []  # the clause is claimed already
            seen.add(("announcement", "other"))
            return [
                Claim(
                    kind="announcement",
                    topic="other",
                    text=text[verb.start : end],
                    span=(verb.start, end),
                    factuality=factuality,
                    claimant=_claimant(actors, _first_verb(verb, cues, text, sentence), text),
                )
            ]
    return []


#: a second reporting verb joined to the first: "has denied that ... *and has* said"
_JOINED_VERB = re.compile(r"\band\s+(?:(?:has|have|had|also)\s+)*$", re.IGNORECASE)
_SAYING_ROLES = frozenset({"reported", "negated"})


def _first_verb(verb: Found, cues: Sequence[Found], text: str, sentence: tuple[int, int]) -> Found:
    """The first verb of saying or denying of the sentence when ``verb`` is joined to it by
    "and" (their subject is one), else ``verb``."""
    if not _JOINED_VERB.search(text, max(sentence[0], verb.start - 20), verb.start):
        return verb
    first = [
        c
        for c in cues
        if isinstance(c.info, CueInfo)
        and c.info.role in _SAYING_ROLES
        and sentence[0] <= c.start
        and c.end <= verb.start
        and not _CLAUSE_END.search(text, c.end, verb.start)
    ]
    return min(first, key=lambda c: c.start) if first else verb


#: what a hedge set on a condition threatens: an action, or a measure of the lexicon's "other"
_HELD_OUT = frozenset({"strike", "march", "blockade", "other"})
#: how far a hedge ("no descartan", "is possible") may stand from the action it hedges
_HEDGE_REACH = 40
#: how far after the action its condition may begin ("un paro de 72 horas a partir del
#: miércoles 23 de octubre si ...")
_HEDGED_SET_ON_REACH = 80


def _hedged_on_condition(
    text: str,
    sentence: tuple[int, int],
    cues: Sequence[Found],
    topics: Sequence[Found],
    actors: Sequence[Found],
    claim_cues: Sequence[Found],
    seen: set[tuple[str, str]],
) -> list[Claim]:
    """ "Los gremios no descartan un paro de 72 horas ... si el Congreso no deroga la ley",
    "Union leaders have hinted that a third strike is possible if the reform becomes law": a
    strike, march or blockade held out as possible (a ``possible`` cue just before or after it)
    and set on a condition is a threat, though no verb of threatening tells it. An action
    hedged with no condition ("no descartan un paro") stays a possible event only."""
    hedges = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "possible"]
    if not hedges:
        return []
    out: list[Claim] = []
    for topic in topics:
        info = topic.info
        # a measure of the lexicon's "other" held out on a condition threatens too: "no descartó
        # declarar el estado de emergencia si las protestas continúan"
        if not isinstance(info, TopicInfo) or info.topic not in _HELD_OUT:
            continue
        if ("threat", info.topic) in seen or ("announcement", info.topic) in seen:
            continue
        if any(0 <= topic.start - c.end <= _TOPIC_REACH for c in claim_cues):
            continue  # a claim cue already governs it
        hedge = next(
            (
                h
                for h in hedges
                if 0 <= topic.start - h.end <= _HEDGE_REACH or 0 <= h.start - topic.end <= 12
            ),
            None,
        )
        if hedge is None:
            continue
        limit = min(sentence[1], topic.end + _HEDGED_SET_ON_REACH)
        clause = _CLAUSE_END.search(text, topic.end, limit)
        condition = _SET_ON.search(text, topic.end, clause.start() if clause else limit)
        if condition is None:
            continue
        if hedge.start > topic.end and text[hedge.end : condition.start()].strip():
            # "the strike could have been avoided if ...": a hedge after the action holds it out
            # only when the condition follows it ("a third strike is possible if ...")
            continue
        end = _CLAUSE_END.search(text, condition.end(), sentence[1])
        start, stop = min(hedge.start, topic.start), end.start() if end else sentence[1]
        seen.add(("threat", info.topic))
        out.append(
            Claim(
                kind="threat",
                topic=info.topic,
                text=text[start:stop],
                span=(start, stop),
                factuality="planned",
                claimant=_claimant(actors, hedge, text),
            )
        )
    return out


def _future_calls(
    text: str,
    sentence: tuple[int, int],
    cues: Sequence[Found],
    topics: Sequence[Found],
    actors: Sequence[Found],
    factuality: Factuality,
    seen: set[tuple[str, str]],
) -> list[Claim]:
    """In a communiqué that calls in the first person, "las bases marcharán hasta el puente",
    "bloquearán el puente internacional": a march, strike or blockade told in the future (a
    ``planned`` cue on it or right before it) is the communiqué's call to action."""
    future = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "planned"]
    out: list[Claim] = []
    for topic in topics:
        info = topic.info
        if not isinstance(info, TopicInfo) or info.topic not in _ACTION_TOPICS:
            continue
        if any(name == info.topic for _, name in seen):
            continue  # "announced that they will travel to Lima for a march": told already
        if not any(
            (f.start < topic.end and topic.start < f.end) or 0 <= topic.start - f.end <= 12
            for f in future
        ):
            continue  # "El primer día de paro": the strike named, no future on it
        seen.add(("call_to_action", info.topic))
        stop = _CLAUSE_STOP.search(text, topic.end, sentence[1])
        end = stop.start() if stop else sentence[1]
        out.append(
            Claim(
                kind="call_to_action",
                topic=info.topic,
                text=text[topic.start : end],
                span=(topic.start, end),
                factuality=factuality,
                claimant=_claimant(actors, topic, text),
            )
        )
    return out


#: how far before its action a future verb that stages it may stand, in its clause: "Families
#: of the dead *will mark* the anniversary with a march" (no comma between)
_STAGED_REACH = 40


def _told_future(
    text: str,
    sentence: tuple[int, int],
    cues: Sequence[Found],
    topics: Sequence[Found],
    actors: Sequence[Found],
    factuality: Factuality,
    seen: set[tuple[str, str]],
) -> list[Claim]:
    """Outside a communiqué, "Unions will hold a general strike on Monday", "los familiares
    realizarán una vigilia", "se plegarán al paro", "Transport workers are set to strike": a
    strike, march or blockade that a future verb holds, leads or joins (``stages`` cues) is
    announced, though no verb of announcing tells it. A future denied ("will not join the
    strike") is no plan; one a claim cue already told is not told twice. The bare future of the
    action's own verb ("marcharán el jueves") or of a plan ("plan to march") is left to the
    events: the annotated sets code it as a claim only now and then."""
    staged = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "stages"]
    if not staged:
        return []
    out: list[Claim] = []
    for topic in topics:
        info = topic.info
        if not isinstance(info, TopicInfo) or info.topic not in _ACTION_TOPICS:
            continue
        if any(name == info.topic for _, name in seen):
            continue
        told = [
            f
            for f in staged
            if 0 <= topic.start - f.end <= _STAGED_REACH
            and not _CLAUSE_STOP.search(text, f.end, topic.start)
        ]
        if not told:
            continue
        verb = max(told, key=lambda f: f.end)
        if _NOT_BEFORE.search(text[max(sentence[0], verb.start - 20) : verb.start]):
            continue  # "will not join the strike", "no se sumarán al paro"
        seen.add(("announcement", info.topic))
        stop = _CLAUSE_STOP.search(text, topic.end, sentence[1])
        end = stop.start() if stop else sentence[1]
        out.append(
            Claim(
                kind="announcement",
                topic=info.topic,
                text=text[verb.start : end],
                span=(verb.start, end),
                factuality=factuality,
                claimant=_claimant(actors, verb, text),
            )
        )
    return out


def _called_by(
    text: str,
    cues: Sequence[Found],
    topics: Sequence[Found],
    actors: Sequence[Found],
    factuality: Factuality,
    seen: set[tuple[str, str]],
) -> list[Claim]:
    """ "thousands are expected to march on Thursday in a national strike called by unions": a
    strike, march or blockade still to come, with who called it after it (``organised_by``
    cues), is their call to action. One that takes place ("acataron el paro convocado por el
    Comité", "Los manifestantes, convocados por el Frente, bloquearon la vía") is no claim: the
    future must govern the action (``planned`` cues, before it or right after it)."""
    by = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "organised_by"]
    future = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "planned"]
    if not by or not future:
        return []
    out: list[Claim] = []
    for topic in topics:
        info = topic.info
        if not isinstance(info, TopicInfo) or info.topic not in _ACTION_TOPICS:
            continue
        if ("call_to_action", info.topic) in seen:
            continue
        if not any(
            0 <= topic.start - f.end <= _PLANNED_BEFORE
            or 0 <= f.start - topic.end <= _PLANNED_AFTER
            for f in future
        ):
            continue  # "A national strike called by unions ... is due to culminate": going on
        cue = next(
            (
                c
                for c in by
                if 0 <= c.start - topic.end <= _CALLED_BY_REACH
                and not _CLAUSE_STOP.search(text, topic.end, c.start)
            ),
            None,
        )
        if cue is None:
            continue
        seen.add(("call_to_action", info.topic))
        caller = [
            a
            for a in actors
            if isinstance(a.info, ActorInfo) and 0 <= a.start - cue.end <= _CALLED_BY_REACH
        ]
        name = caller[0].info if caller else None
        end = caller[0].end if caller else cue.end
        out.append(
            Claim(
                kind="call_to_action",
                topic=info.topic,
                text=text[topic.start : end],
                span=(topic.start, end),
                factuality=factuality,
                claimant=(name.person or name.name) if isinstance(name, ActorInfo) else None,
            )
        )
    return out


#: the action an announcement noun names right after it: "el anuncio *de nuevas*
#: movilizaciones", "el anuncio *de un* paro"
_OF_ACTION = re.compile(
    r"\s+de\s+(?:(?:un|una|unos|unas|el|la|los|las|nuevas?|nuevos?|otras?|otros?|m[aá]s)\s+){0,2}",
    re.IGNORECASE,
)


#: a word before "announced" that makes it the adjective of a noun phrase: "in the face of
#: *announced* protests", "amid the announced strike"
_BEFORE_ADJECTIVE = re.compile(
    r"\b(?:of|the|in|against|amid|before|after|despite|over|new|further)\s+$", re.IGNORECASE
)


def _names_announced(cue: Found, text: str) -> bool:
    """The cue is a noun or an adjective that names an action announced ("el anuncio de
    nuevas movilizaciones", "in the face of announced protests"): it reaches no topic past its
    own clause ("..., el Gobierno declaró el estado de emergencia" is no announcement)."""
    word = text[cue.start : cue.end].lower()
    if word == "anuncio":
        return True
    return word == "announced" and bool(
        _BEFORE_ADJECTIVE.search(text, max(0, cue.start - 20), cue.start)
    )


def _announced_action(cue: Found, topics: Sequence[Found], text: str) -> bool:
    """The noun "anuncio" is followed by "de" and a strike, march or blockade."""
    m = _OF_ACTION.match(text, cue.end)
    return m is not None and any(t.start == m.end() and name_is_action(t) for t in topics)


#: a strike, march or blockade called for a day still to come, right after its name: "la
#: «tercera Toma de Lima», *convocada para hoy*", "un paro convocado para el próximo lunes"
_CALLED_FOR_DAY = re.compile(
    # the rest of a quoted name first: "la «marcha de las antorchas», convocada para hoy"
    r"(?:[^,;:.!?()«»\"“”]{0,40}?[»\"”'])?[\s\"”»']*,?\s*(?:"
    # the passive's auxiliary (claims10): "un paro ha sido convocado para el jueves", "a national
    # strike has been called for Thursday", "the march is set for Saturday"
    r"(?:(?:ha|han|fue|fueron|est[aá]n?)\s+(?:sido\s+)?)?"
    r"(?P<verb>convocad|anunciad|programad|previst)[oa]s?\s+para\s+(?:hoy|ma[nñ]ana|el|la|este|esta|estos|estas)"
    # "the demonstrations announced for tomorrow", "a strike called for Monday"
    r"|(?:(?:has|have|had)\s+been\s+|(?:is|are|was|were)\s+(?:now\s+)?)?"
    r"(?P<verb_en>called|announced|scheduled|set)\s+for\s+(?:today|tomorrow|tonight|next|this|the|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # "The strike is set to begin on Monday", "the march is due to go ahead" (claims10)
    r"|(?:is|are|was|were)\s+(?P<verb_set>set|due|scheduled)\s+to\s+"
    r"(?:begin|start|resume|go\s+ahead|take\s+place|continue))\b",
    re.IGNORECASE,
)


def _called_for_day(
    text: str,
    sentence: tuple[int, int],
    topics: Sequence[Found],
    actors: Sequence[Found],
    factuality: Factuality,
    seen: set[tuple[str, str]],
) -> list[Claim]:
    """ "Delegaciones llegaron para la «tercera Toma de Lima», convocada para hoy": an action
    called for a day to come, told by its participle after it, is a call to action; who called it
    is the caller named after ("convocada para hoy por la CGTP") or unknown. One called for a day
    past ("convocado para el 15 de diciembre" in a story of January) is the planned reading of a
    call; dates resolve the day."""
    out: list[Claim] = []
    for topic in topics:
        info = topic.info
        if not isinstance(info, TopicInfo) or info.topic not in _ACTION_TOPICS:
            continue
        if ("call_to_action", info.topic) in seen:
            continue
        m = _CALLED_FOR_DAY.match(text, topic.end, sentence[1])
        if m is None:
            continue
        verb = (m.group("verb") or m.group("verb_en") or m.group("verb_set")).lower()
        # "convocada para hoy" calls; "anunciada para", "announced for tomorrow" announces
        kind = "call_to_action" if verb.startswith(("convoc", "called")) else "announcement"
        if (kind, info.topic) in seen:
            continue
        seen.add((kind, info.topic))
        stop = _CALL_STOP.search(text, m.end(), sentence[1])
        end = stop.start() if stop else sentence[1]
        caller = [
            a
            for a in actors
            if isinstance(a.info, ActorInfo)
            and m.end() <= a.start < end
            and text[max(m.end(), a.start - 8) : a.start]
            .lower()
            .rstrip()
            .endswith(("por", "por la", "por el", "by", "by the"))
        ]
        name = caller[0].info if caller else None
        out.append(
            Claim(
                kind=kind,
                topic=info.topic,
                text=text[topic.start : end],
                span=(topic.start, end),
                factuality=factuality,
                claimant=(name.person or name.name) if isinstance(name, ActorInfo) else None,
            )
        )
    return out


#: the end of a call's clause, not the colon of its time ("desde las 15:00 horas")
_CALL_STOP = re.compile(r"[,;.!?()]|:(?!\d)")
#: how far a topic's "called by" and its caller may stand from it
_CALLED_BY_REACH = 30
#: where the future that makes the action still to come stands: before it, or right after it
_PLANNED_BEFORE, _PLANNED_AFTER = 60, 30
_CLAUSE_STOP = re.compile(r"[,;:.!?()]")


def _state_speaks(actors: Sequence[Found], verb: Found) -> bool:
    """The last actor named before a reporting verb is the state (a minister, a ministry, the
    police): what it says will happen is no announcement of a protest."""
    before = [a for a in actors if isinstance(a.info, ActorInfo) and a.end <= verb.start]
    return bool(before) and isinstance(before[-1].info, ActorInfo) and before[-1].info.inter == 1


#: a new infinitive of a list right after what a restraint asked: "to suspend the pellets *and
#: to* let a commission investigate", "*, to* open investigations", "*y que* se investigue",
#: "dejar de usar perdigones *y abrir* investigaciones"
_NEW_INFINITIVE = re.compile(
    r"(?:,\s*(?:and\s+|y\s+)?|\s+(?:and|y)\s+)(?:(?:to|que)\s+|[a-záéíóú]+(?:ar|er|ir)\b)", re.I
)
#: an item of a list opened right before a restraint: "to release the detainees*, to* end the
#: use of firearms", "liberar a los detenidos*, y* dejar de usar perdigones"
_ITEM_BEFORE = re.compile(r"(?:,\s*(?:and\s+|y\s+)?|\s+(?:and|y)\s+)(?:to\s+)?$", re.I)
#: how far before a call a threat may stand and be what the call is told by ("advirtieron que
#: convocarán", "threatened to call", "amenazaron con convocar")
_THREAT_GAP = 25


def _threat_before(cue: Found, claim_cues: Sequence[Found], text: str) -> Found | None:
    """The threat a call or an announcement completes, right before it in the same clause: a
    warning that a strike will be called threatens the strike ("Los dirigentes advirtieron que
    convocarán a un paro regional si ...", "the union threatened to call a general strike")."""
    if not isinstance(cue.info, CueInfo) or cue.info.role not in (
        "called_for",
        "announcement",
        "demand",
    ):
        return None
    for other in claim_cues:
        if not (isinstance(other.info, CueInfo) and other.info.role == "threat"):
            continue
        if not 0 <= cue.start - other.end <= _THREAT_GAP:
            continue
        if re.search(r"[,;:.!?()\"“”«»]", text[other.end : cue.start]):
            continue
        return other
    return None


def _restraint_items(
    text: str,
    sentence: tuple[int, int],
    cues: Sequence[Found],
    claim_cues: Sequence[Found],
    actors: Sequence[Found],
    factuality: Factuality,
) -> list[Claim]:
    """What a demand asks not to be done, or to end, as a later item of its list is a demand of
    its own: "calls on the authorities to release the detainees, *to end the use of* firearms
    and to open investigations", "exigió liberar a los detenidos y *dejar de* usar perdigones".
    The restraint right after the demand is read by ``_restraints``."""
    out: list[Claim] = []
    restraints = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "restraint"]
    demands = [
        c
        for c in claim_cues
        if isinstance(c.info, CueInfo) and c.info.role in ("demand", "called_for")
    ]
    for r in restraints:
        if not sentence[0] <= r.start < sentence[1]:
            continue
        before = [c for c in demands if _RESTRAINT_REACH < r.start - c.end <= _LIST_REACH]
        if not before or _CLAUSE_END.search(text, before[-1].end, r.start):
            continue
        if any(c.end <= r.start and r.start - c.end <= _RESTRAINT_REACH for c in demands):
            continue  # the restraint of the closest demand: read by ``_restraints``
        if not _ITEM_BEFORE.search(text, max(sentence[0], r.start - 8), r.start):
            continue
        cue = before[-1]
        end = min(sentence[1], r.end + _RESTRAINT_TEXT)
        stop = _CLAUSE_END.search(text, r.end, end)
        end = stop.start() if stop else end
        out.append(
            Claim(
                kind="demand",
                topic="other",
                text=text[r.start : end],
                span=(r.start, end),
                factuality=factuality,
                claimant=_claimant(actors, cue, text),
            )
        )
    return out


#: a condition not met, then a comma: "If there is no justice,", "Unless they listen to us,",
#: "Si no renuncia,", "A menos que nos escuchen,"
_IF_NOT = re.compile(
    r"\b(?P<if>if|unless|si|a\s+menos\s+que)\s+(?P<cond>[^,;:.!?\"“”«»()]{3,90}),\s*", re.I
)
_NOT = re.compile(r"\b(?:no|not|never|nunca|nadie|ning[uú]n\w*)\b|n't\b", re.I)
#: the future of what the speakers will do then, right after the comma: "we will", "they'll",
#: "volveremos a", "bloquearemos", "las bases tomarán"
_THEN_FUTURE = re.compile(
    # the Spanish periphrastic future too (dev-texts23): "vamos a tomar las carreteras"
    r"(?:\w+\s+){0,3}?(?:will|'ll|shall|are\s+going\s+to|(?:vamos|van)\s+a|\w+(?:remos|r[aá]n))\b",
    re.I,
)
#: how far after the comma the action threatened may begin
_THEN_REACH = 60
#: a place seized, or measures taken, in the future right after the comma of a condition not
#: met: "volveremos a tomar el aeropuerto", "tomaremos el campus", "we will occupy the campus"
_SEIZED_THEN = re.compile(
    r"(?:\w+\s+){0,3}?(?:volver(?:emos|án)\s+a\s+(?:tomar|ocupar)|tomar(?:emos|án)|"
    r"ocupar(?:emos|án)|(?:will|'ll|shall)\s+(?:again\s+)?(?:take\s+over|occupy|seize|retake))"
    r"\s+(?:(?:nuevamente|otra\s+vez|again)\s+)?(?:(?:el|la|los|las|the|its|their)\s+)?"
    r"(?:aeropuerto|campus|universidad|ciudad\s+universitaria|local|instalaciones|plaza|puente|"
    r"carretera|mina|medidas|airport|university|square|bridge|mine|building|offices|highway)\b",
    re.IGNORECASE,
)


#: an action its holders will not end, in the future, told right before it: "no levantarán el
#: bloqueo", "will not lift the blockades", "won't call off the strike"; not "did not end"
_NOT_ENDED = re.compile(
    r"(?:\b(?:no|nunca)\s+(?:(?:levantar|suspender|depondr)(?:á|án|emos)"
    # the periphrastic future of a communiqué or a leader's voice (dev-texts23): "No vamos a
    # levantar el bloqueo hasta que se vaya Áñez"
    r"|(?:vamos|van|va)\s+a\s+(?:levantar|suspender|deponer))|"
    r"\b(?:will\s+not|would\s+not|won't|wouldn't|will\s+never|would\s+never)\s+"
    r"(?:lift|end|call\s+off|suspend))\s+(?:(?:el|la|los|las|sus|su|the|their|its)\s+)?",
    re.IGNORECASE,
)
#: the Central American roadblocks kept, by their own name ("no levantará los cierres")
_CLOSURES = re.compile(r"cierres\b", re.IGNORECASE)
#: a condition that ends the refusal, in its clause: "hasta que", "mientras", "until"
_UNTIL = re.compile(r"\b(?:hasta\s+que|mientras|until|as\s+long\s+as)\b", re.IGNORECASE)
_UNTIL_REACH = 80


def _kept_until(
    text: str,
    sentence: tuple[int, int],
    topics: Sequence[Found],
    actors: Sequence[Found],
    factuality: Factuality,
    claims: Sequence[Claim],
) -> list[Claim]:
    """ "El gremio ... no levantará los cierres «hasta que se declare inconstitucional el
    contrato»", "they will not lift the blockades until the government negotiates": an action
    its holders refuse to end until a condition is met is threatened, as "advirtió que no
    levantará el paro" is; the condition's demand is read by the condition cue."""
    out: list[Claim] = []
    for m in _NOT_ENDED.finditer(text, sentence[0], sentence[1]):
        name = next(
            (
                t.info.topic
                for t in topics
                if isinstance(t.info, TopicInfo)
                and t.info.topic in _ACTION_TOPICS
                and t.start == m.end()
            ),
            "blockade" if _CLOSURES.match(text, m.end()) else None,
        )
        if name is None:
            continue
        if any(c.kind in ("threat", "announcement") and c.topic == name for c in [*claims, *out]):
            continue  # "advirtió que no levantará el paro": its verb already threatens it
        end = min(sentence[1], m.end() + _UNTIL_REACH)
        until = _UNTIL.search(text, m.end(), end)
        if until is None or _CLAUSE_END.search(text, m.end(), until.start()):
            continue
        out.append(
            Claim(
                kind="threat",
                topic=name,
                text=text[m.start() : until.start()].rstrip(' ,"«“'),
                span=(m.start(), until.start()),
                factuality=factuality,
                claimant=_claimant(actors, Found(m.start(), m.end(), None), text),
            )
        )
    return out


def _if_not_then(
    text: str,
    sentence: tuple[int, int],
    topics: Sequence[Found],
    actors: Sequence[Found],
    factuality: Factuality,
    claims: Sequence[Claim],
    cues: Sequence[Found] = (),
) -> list[Claim]:
    """A strike, march or blockade promised for when a condition is not met is a threat, with
    no verb of threatening: "If there is no justice, we will block the roads again," said ...;
    "Si no renuncia, volveremos a paralizar la región". A condition met ("If it rains, we will
    march to the stadium") threatens nothing, and a topic another claim holds is that claim's."""
    out: list[Claim] = []
    for cond in _IF_NOT.finditer(text, sentence[0], sentence[1]):
        unless = cond.group("if").lower() in ("unless", "a menos que")
        if not unless and not _NOT.search(cond.group("cond")):
            continue
        future = _THEN_FUTURE.match(text, cond.end(), sentence[1])
        if future is None:
            continue
        # "Si no llueve, marcharemos el jueves": under a condition of the weather or the means
        # the action is announced, not threatened
        circumstance = any(
            isinstance(c.info, CueInfo)
            and c.info.role == "circumstance"
            and cond.start() <= c.start < cond.end()
            for c in cues
        )
        for topic in topics:
            info = topic.info
            if not isinstance(info, TopicInfo) or info.topic not in _ACTION_TOPICS:
                continue
            if not cond.end() <= topic.start <= cond.end() + _THEN_REACH:
                continue
            if topic.start < future.start() or _CLAUSE_END.search(text, cond.end(), topic.start):
                continue
            if any(c.span[0] <= topic.start < c.span[1] for c in claims):
                break
            start, end = cond.start(), min(sentence[1], topic.end)
            out.append(
                Claim(
                    kind="announcement" if circumstance else "threat",
                    topic=info.topic,
                    text=text[start:end],
                    span=(start, end),
                    factuality=factuality,
                    claimant=_claimant(actors, Found(cond.start(), cond.start(), None), text),
                )
            )
            break
        else:
            # "Si no hay respuesta, volveremos a tomar el aeropuerto", "if they do not withdraw
            # the charges, we will occupy the campus again": a place seized then, or measures
            # taken, is a threat with no action of the lexicon
            seized = _SEIZED_THEN.match(text, cond.end(), sentence[1])
            if seized is None or circumstance:
                continue
            if any(
                c.kind == "threat" and c.span[0] < seized.end() and cond.start() < c.span[1]
                for c in [*claims, *out]
            ):
                continue  # "advirtió que, si ..., tomarán el aeropuerto": its verb threatens it
            out.append(
                Claim(
                    kind="threat",
                    topic="other",
                    text=text[cond.start() : seized.end()],
                    span=(cond.start(), seized.end()),
                    factuality=factuality,
                    claimant=_claimant(actors, Found(cond.start(), cond.start(), None), text),
                )
            )
    return out


def _restraints(
    cues: Sequence[Found], claim_cues: Sequence[Found], text: str
) -> dict[tuple[int, int], Found]:
    """The restraint cue each demand or call asks for, keyed by the demand's span: "pidió
    *dejar de* usar", "asked the government *not to* send the army". A passive after it is
    what the speaker asks for himself ("who asked not to be named", "pidió no ser
    identificado"), no claim."""
    restraints = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "restraint"]
    out: dict[tuple[int, int], Found] = {}
    if not restraints:
        return out
    for cue in claim_cues:
        if not isinstance(cue.info, CueInfo) or cue.info.role not in ("demand", "called_for"):
            continue
        found = [r for r in restraints if 0 <= r.start - cue.end <= _RESTRAINT_REACH]
        if found:
            first = min(found, key=lambda r: r.start)
            passive = _PASSIVE.match(text, first.end) is not None
            out[(cue.start, cue.end)] = _FOR_ONESELF if passive else first
    return out


def _claimant(actors: Sequence[Found], cue: Found, text: str = "") -> str | None:
    """The actor named last before the cue; with the actors joined to it ("la CGTP y la CUT
    exigieron", "Teachers' unions and student federations called"), each distinct one, joined
    as ACLED joins associated actors ("Labour Group (Peru); Students (Peru)")."""
    before = [
        a
        for a in actors
        if isinstance(a.info, ActorInfo)
        and a.end <= cue.start
        # a source ("según la Defensoría") is a claimant only as the verb's subject right
        # before it ("La Defensoría exhorta a la Policía a ...")
        and (a.info.role != "source" or _SUBJECT_NEXT.fullmatch(text, a.end, cue.start))
    ]
    if not before:
        return None
    # "clashing with police as they pressed demands", "enfrentándose con la Policía": the actor
    # a preposition governs is no subject; the one named before it speaks (claims12)
    subjects = [a for a in before if not _GOVERNED.search(text, max(0, a.start - 20), a.start)]
    if subjects and subjects[-1] is not before[-1]:
        before = subjects
    chain = [before[-1]]
    for a in reversed(before[:-1]):
        head = chain[0]
        if a.end > head.start:
            continue  # a shorter reading of the same words
        if _SAME_NAME.fullmatch(text, a.end, head.start):
            chain[0] = a  # "the Federation of Miners": the name's head names it
        elif _JOINED_ACTOR.fullmatch(text, a.end, head.start):
            chain.insert(0, a)
        else:
            break
    names: list[str] = []
    for a in chain:
        info = a.info
        assert isinstance(info, ActorInfo)
        name = info.person or info.name
        if name not in names:
            names.append(name)
    return "; ".join(names)


#: a preposition right before an actor, which makes it no subject: "clashed with police",
#: "against the army", "contra la Policía", "frente a los militares" ("together with", "junto
#: con" join a second claimant)
_GOVERNED = re.compile(
    r"(?<!together\s)(?<!along\s)(?<!junto\s)\b(?:with|against|at|toward|towards|con|contra|hacia|"
    r"frente\s+a)\s+(?:(?:the|el|la|los|las|riot|anti-riot)\s+)?$",
    re.IGNORECASE,
)
#: nothing but a space or an auxiliary between a subject and its verb ("la CNDDHH ha pedido")
_SUBJECT_NEXT = re.compile(r"\s+(?:(?:ha|han|has|have|had|also|tambi[eé]n)\s+)?", re.IGNORECASE)
#: the words that join two claimants: "la CGTP y la CUT", "unions, students and"
_JOINED_ACTOR = re.compile(
    r"\s*(?:,\s*(?:y\s+|e\s+|and\s+)?|\s+(?:y|e|and|as\s+well\s+as|junto\s+con|together\s+with|&)\s+)"
    r"(?:(?:la|el|los|las|the)\s+)?",
    re.IGNORECASE,
)
#: the words inside one name the dictionary reads as two actors: "Federación Departamental de
#: Trabajadores", "Association of Victims"
_SAME_NAME = re.compile(
    r"\s+(?:\w+\s+){0,2}(?:de|del|de\s+la|de\s+los|of|of\s+the)\s+", re.IGNORECASE
)


def _target(actors: Sequence[Found], topic: Found) -> str | None:
    for a in actors:
        info = a.info
        if isinstance(info, ActorInfo) and info.person and 0 <= a.start - topic.end <= 40:
            return info.person
    return None


#: a claim that opens with its condition: "if the detained are not freed", "si no liberan a ..."
_CONDITION_OPENS = re.compile(r"(?:if|unless|si|a menos que)\s", re.IGNORECASE)


def repeated_conditions(
    claims: Sequence[Claim], sentences: Sequence[tuple[int, int]]
) -> list[Claim]:
    """Drop a demand told only as a threat's condition when a demand of the same topic stands
    before it in its sentence or the one before: "exigieron la liberación de sus dirigentes. El
    frente convocó a un paro si los detenidos no son liberados" asks the release once
    (docs/vocabulary.md, Claims: one claim or two)."""

    def index(position: int) -> int:
        return next((i for i, (a, b) in enumerate(sentences) if a <= position < b), -1)

    out: list[Claim] = []
    for claim in claims:
        if claim.kind == "demand" and _CONDITION_OPENS.match(claim.text):
            here = index(claim.span[0])
            if any(
                other is not claim
                and other.topic == claim.topic
                and other.kind == "demand"
                and other.span[1] <= claim.span[0]
                and not _CONDITION_OPENS.match(other.text)
                and 0 <= here - index(other.span[0]) <= 1
                for other in claims
            ):
                continue
        out.append(claim)
    return out
