"""Did it happen? Factuality of an event from the cues around its trigger, and attribution.

A cue governs a trigger when it stands before it in the same sentence within a window, or
just after it ("la marcha se realizará"). Order of precedence: negated, called_for,
planned, possible, historical, reported, asserted (docs/vocabulary.md).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from veeduria.extract.dates import holding_relative
from veeduria.extract.lexical import ActorInfo, CueInfo, Found
from veeduria.extract.terms import fold_term
from veeduria.extract.wordlists import alternation
from veeduria.models import Attribution, DateValue, Factuality


def _words(role: str, *, any_space: bool = False) -> str:
    """The words of ``role`` in ``factuality.yaml`` as an alternation (see :func:`alternation`)."""
    return alternation("factuality", role, any_space=any_space)


#: characters before / after a trigger where a cue still governs it
_WINDOW = {
    "negated": (45, 0),
    "cancelled": (50, 40),
    "called_for": (70, 0),
    "planned": (60, 30),
    "possible": (60, 30),
    "historical": (200, 200),
    "purported": (60, 0),
}
#: characters between a future event word and a past date that still dates it
_DATE_REACH = 80
#: an event this many days before publication is background, not news
HISTORICAL_DAYS = 180


def _governs(cue: Found, trigger: Found, role: str) -> bool:
    before, after = _WINDOW.get(role, (0, 0))
    if (
        cue.start < trigger.end and trigger.start < cue.end
    ):  # the trigger itself is future: "marcharán"
        return role in ("planned", "possible", "called_for")
    if cue.end <= trigger.start:
        return trigger.start - cue.end <= before
    if cue.start >= trigger.end:
        return cue.start - trigger.end <= after
    return False


#: words a bare negator may skip before the event word it negates ("no se registraron enfrentamientos")
_NEGATOR_GAP = 2
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _negates(cue: Found, trigger: Found, text: str | None) -> bool:
    """A bare "no"/"not"/"sin"/"without" negates an event word at most two words later, with no
    punctuation between: "No clashes were reported", "sin enfrentamientos" — but not "people
    who were not taking part in the protest"."""
    if text is None:
        return False
    if trigger.start <= cue.start < trigger.end:
        return True  # the event phrase holds its own negation: "would not resign", "no renunciará"
    if cue.end > trigger.start:
        return False
    gap = text[cue.end : trigger.start]
    if any(ch in gap for ch in ',;:.()"“”«»—–'):
        return False
    if words_before_event(gap):
        return False  # "We did not choose this strike": the strike is given, the choice denied
    skips = cue.info.skips if isinstance(cue.info, CueInfo) else frozenset()
    words = [w for w in _WORD.findall(gap) if w.lower() not in skips]
    return len(words) <= _NEGATOR_GAP and trigger.start - cue.end <= 40


#: a demonstrative right before the event word takes it as given ("did not choose this strike",
#: "no queríamos esta huelga"); "no hubo esta vez enfrentamientos" keeps its denial
_DEMONSTRATIVE_BEFORE = re.compile(
    r"\b(?:this|these|esta|este|estas|estos|esa|ese|esas|esos)\s+\Z", re.IGNORECASE
)


def words_before_event(gap: str) -> bool:
    """The words between a negator and an event word end on a demonstrative."""
    return _DEMONSTRATIVE_BEFORE.search(gap) is not None


def governing_roles(trigger: Found, cues: Sequence[Found], text: str | None = None) -> set[str]:
    """The factuality cue roles that govern ``trigger`` (bare negators need ``text``)."""
    roles: set[str] = set()
    t_start, t_end = trigger.start, trigger.end
    hedge_at = call_at = -1  # where the first possible and called_for cues before it start
    # "Teachers, who have been on strike since April 23, said they would march": what the main
    # clause says after the relative clause that holds the event word does not govern it
    held = holding_relative((t_start, t_end), text) if text is not None else None
    for c in cues:
        info = c.info
        if not isinstance(info, CueInfo):
            continue
        role = info.role
        if (
            role == "negated"
            and text is not None
            and c.end <= t_start
            and _negation_in_condition(text, c, t_start)
        ):
            continue  # "Si no hay respuesta, volveremos a tomar el aeropuerto": the condition's
        if (
            role == "negated"
            and text is not None
            and c.end <= t_start
            and words_before_event(text[c.end : t_start])
        ):
            continue  # "We did not choose this strike": the strike is given
        if role == "possible" and text is not None and _MONTH_MAY.match(text, c.start):
            continue  # "On 20 May 2023", "May 20": the month, not the modal
        if role == "possible" and any(
            isinstance(o.info, CueInfo)
            and o.info.role == "charge"
            and o.start <= c.start
            and c.end <= o.end
            for o in cues
        ):
            continue  # "detenidas por los presuntos delitos de ...": the charge is alleged
        if (
            role == "possible"
            and text is not None
            and c.start >= t_end
            and _is_arrest(trigger)
            and _CHARGE_HEDGE.fullmatch(text, t_end, c.start) is not None
        ):
            continue  # "detenidas por los presuntos delitos de disturbios": the charge is alleged
        if held is not None and c.start >= held[1]:
            continue
        if (
            ".asked_to." in info.id
            and text is not None
            and c.end <= t_start
            and _RELATIVE.search(text, c.end, t_start)
        ):
            continue  # "pidió a los transportistas que bloquean la vía levantar ...": told
        if role == "called_for" and text is not None and _went_to_take_part(c, text):
            continue  # "She travelled to Lima with relatives to join Thursday's march": she went
        if role == "negator":
            if _negates(c, trigger, text):
                roles.add("negated")
            continue
        # ``_governs``, written out: this runs for every cue of a sentence and every event word
        c_start, c_end = c.start, c.end
        if c_start < t_end and t_start < c_end:
            governs = role in _SELF_GOVERNED
        elif c_end <= t_start:
            governs = t_start - c_end <= _WINDOW.get(role, _NO_WINDOW)[0] or (
                # "negó en su alocución del mediodía que la Policía haya disparado": a denial
                # reaches through its own "que" clause
                role == "negated"
                and text is not None
                and t_start - c_end <= _DENIAL_REACH
                and (
                    _DENIED_CLAUSE.fullmatch(text, c_end, t_start) is not None
                    or _DENIED_ACCOUNT.fullmatch(text, c_end, t_start) is not None
                )
            )
            if governs and text is not None and not _bound_denial(info.id, text, c_end, t_start):
                governs = False  # "rechazaron la versión oficial y bloquearon la avenida"
        else:  # the cue starts at or after the trigger's end
            governs = c_start - t_end <= _WINDOW.get(role, _NO_WINDOW)[1]
            if role == "negated" and text is not None and _denied_after(c, trigger, cues, text):
                # "accused officers of beating women, which the police denied", "algo que la
                # policía negó": the denial closes the sentence and takes back what it told
                roles.add("negated")
                continue
        if governs:
            if text is not None and c_start >= t_end and _RELATIVE.search(text, t_end, c_start):
                continue  # "firmaron un acta que permitirá ...": the future belongs to the relative clause
            if text is not None and c_start >= t_end and _next_clause(cues, text, t_end, c_start):
                continue  # "blocked the highway, and we will be following ...": the next clause's
            if (
                c_start >= t_end
                and role in _CLAUSE_BOUND
                and _reported_between(cues, t_end, c_start)
            ):
                # "have observed a strike since Jan. 4 and say they will take their demands to
                # Lima", "acatan un paro desde el lunes y anunciaron que viajarán": the future is
                # what the coordinated speech verb says, the strike before it is told as it is
                continue
            if c_end <= t_start and role in _CLAUSE_BOUND and _subordinate(cues, c_end, t_start):
                continue  # "she would not resign, a day after Congress shelved ...": its own tense
            if role == "negated" and c_end <= t_start and _reported_between(cues, c_end, t_start):
                continue  # "denied using excessive force and said the raid ...": the raid is what was said
            if (
                role == "negated"
                and c_end <= t_start
                and text is not None
                and _next_clause(cues, text, c_end, t_start)
            ):
                continue  # "no officer was hurt, but protesters looted shops": the next clause's own
            roles.add(role)
            if role == "possible" and c_end <= t_start and hedge_at < 0:
                hedge_at = c_start
            if role == "called_for" and c_start < t_end and call_at < 0:
                call_at = c_start
    if 0 <= hedge_at < call_at:
        # "no descartamos convocar a un paro", "may call a strike": the call itself is hedged
        roles.add("hedged_call")
    if text is not None and _NEGATED_AFTER.match(text, t_end):
        # "A curfew was not imposed in Ayacucho", "the march did not take place", "el toque de
        # queda no se aplicó": the event word is the subject of a denied happening
        roles.add("negated")
    if "continued" in roles:
        # "no levantaremos el paro", "would not lift the blockades": the protest goes on, a plan
        roles -= {"continued", "negated"}
        roles.add("planned")
    return roles


#: a verb of going, told as done, before "to join" in its clause: why people went, not a call
_WENT_PAST = re.compile(
    r"\b(?:travell?ed|came|arrived|went|walked|flew|bus+ed|marched|headed|journeyed|drove)\b"
    r"[^,;:.!?]{0,60}\Z",
    re.IGNORECASE,
)


def _went_to_take_part(cue: Found, text: str) -> bool:
    """ "She travelled to Lima with other relatives to join Thursday's march": "to join" after a
    verb of going told in the past, in the same clause, tells why people went to an event that
    took place, not a call to it ("urged them to join the march", "will travel to join it" stay
    a call or a plan)."""
    if text[cue.start : cue.end].lower() != "to join":
        return False
    return _WENT_PAST.search(text, max(0, cue.start - 80), cue.start) is not None


#: right after an event word, the denial of its happening with the event word as subject: a verb
#: of taking place, not one that ends it ("the strike was not lifted" goes on)
_NEGATED_AFTER = re.compile(
    r"\s+(?:(?:was|were|has|have|had)\s+not\s+(?:been\s+)?"
    rf"(?:{_words('not_done', any_space=True)})|(?:did|does|do)\s+not\s+"
    rf"(?:{_words('not_happen', any_space=True)})|"
    # "the strike failed to materialise" (twenty-third session, precision-en)
    rf"(?:failed|fails|fail)\s+to\s+(?:{_words('not_happen', any_space=True)})|"
    rf"never\s+(?:{_words('never_happened', any_space=True)})|"
    rf"no\s+(?:se\s+)?(?:{_words('not_done_es', any_space=True)}))\b",
    re.IGNORECASE,
)


#: a conditional clause up to a negation in it: "Si no hay respuesta", "if no one answers"
_CONDITION_BEFORE = re.compile(r"\b(?:si|if|unless|a\s+menos\s+que)\b[^,.;:!?]*\Z", re.IGNORECASE)
_COMMA_BETWEEN = re.compile(r"[,;]")


def _negation_in_condition(text: str, cue: Found, trigger_start: int) -> bool:
    """A negation inside a conditional clause that closes before the event word: the condition
    is negative, not the event ("Si no hay respuesta, volveremos a tomar el aeropuerto")."""
    if _COMMA_BETWEEN.search(text, cue.end, trigger_start) is None:
        return False
    return _CONDITION_BEFORE.search(text, max(0, cue.start - 60), cue.start) is not None


#: a sentence that opens on a condition: "Si no hay respuesta, ...", "«If there is no justice, ..."
_OPENING_CONDITION = re.compile(r"[\s\"'«“‘¡¿(]*(?:si|if)\s[^,.;:!?]*,", re.IGNORECASE)


def threatened(trigger: Found, text: str, sentence_start: int, cues: Sequence[Found] = ()) -> bool:
    """The event word is in the main clause of a sentence that opens on a condition: a threat
    set on it, only possible ("«Si no hay respuesta, volveremos a tomar el aeropuerto»", "If
    there is no justice, we will block the roads again"). An announcement that reports one
    ("advirtieron que, si ..., convocarán a un paro") stays a plan."""
    m = _OPENING_CONDITION.match(text, sentence_start)
    if m is None or m.end() > trigger.start:
        return False
    # "Si no llueve, marcharemos el jueves": a condition of the weather or the means is no
    # threat; what is announced under it stays a plan
    return not any(
        isinstance(c.info, CueInfo)
        and c.info.role == "circumstance"
        and sentence_start <= c.start < m.end()
        for c in cues
    )


#: a future or a hedge, then, in the same clause, "when" and the event word: "el diálogo solo
#: será posible cuando se levanten los bloqueos", "talks will resume when the strike ends"
_WHEN_AHEAD = re.compile(
    r"[^,.;:!?]*\b(?:cuando|when|once|una\s+vez\s+que|en\s+cuanto|apenas)\b[^,.;:!?]*\Z",
    re.IGNORECASE,
)


def when_ahead(trigger: Found, cues: Sequence[Found], text: str, sentence_start: int) -> bool:
    """The event word is in a "when" clause of a future or hedged main clause: a time to come,
    not an assertion ("cuando se levanten los bloqueos"; "marcharán el jueves, cuando se
    cumple un mes de la masacre" is cut by its comma)."""
    for c in cues:
        info = c.info
        if not isinstance(info, CueInfo) or info.role not in ("planned", "possible"):
            continue
        if sentence_start <= c.start and c.end <= trigger.start:
            if _WHEN_AHEAD.fullmatch(text, c.end, trigger.start) is not None:
                return True
    return False


def _next_clause(cues: Sequence[Found], text: str, start: int, end: int) -> bool:
    """Between ``start`` and ``end``, a coordinator after a comma or a semicolon opens a
    clause with its own subject before ``end`` ("..., and we will", "..., y los dirigentes
    anunciaron"), or one that holds its subject with no comma ("y algunas nunca volverán"): a
    cue at ``end`` belongs to that clause."""
    for c in cues:
        if not (isinstance(c.info, CueInfo) and c.info.role in ("coordinator", "new_subject")):
            continue
        if not (start <= c.start and c.end < end):
            continue
        if c.info.role == "new_subject":
            return True  # "quedaron heridas y algunas nunca volverán a caminar": its own subject
        if text[start : c.start].rstrip()[-1:] in (",", ";") and _ANY_WORD.search(text, c.end, end):
            return True
    return False


_ANY_WORD = re.compile(r"\w")
#: roles whose cue stops at a subordinate clause opened after it
_CLAUSE_BOUND = frozenset({"planned", "called_for", "possible", "negated"})


def _subordinate(cues: Sequence[Found], start: int, end: int) -> bool:
    """A subordinator ("after", "when", "tras", "cuando") opens, between ``start`` and
    ``end``, the clause the event word is in."""
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "subordinator"
        and start <= c.start
        and c.end <= end
        for c in cues
    )


def _reported_between(cues: Sequence[Found], start: int, end: int) -> bool:
    """A coordinated reporting verb ("and said", "y dijo") opens a new complement between ``start`` and
    ``end``: what the speaker denied ends there."""
    joins = [
        c.end
        for c in cues
        if isinstance(c.info, CueInfo) and c.info.role == "coordinator" and start <= c.start
    ]
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "reported"
        and c.end <= end
        and any(0 < c.start - j <= 2 for j in joins)
        for c in cues
    )


def speech_coordinated_after(cues: Sequence[Found], trigger: Found, start: int) -> bool:
    """The sentence's only reporting verb comes after ``trigger``, joined to its clause by a
    coordinator ("have observed a strike since Jan. 4 and say they will ...", "acatan un paro
    desde el lunes y anunciaron que ..."): the speakers' own doing, before what they say, is told
    by the text, not reported. ``start``: where the sentence starts."""
    if any(
        isinstance(c.info, CueInfo)
        and c.info.role == "reported"
        and start <= c.start < trigger.start
        for c in cues
    ):
        return False
    return _reported_between(cues, trigger.end, 1 << 30)


def announced(trigger: Found, cues: Sequence[Found]) -> bool:
    """The event word is the object of an announcement within the plan's window ("Relatives of
    the victims have announced a march", "We also announce a 48-hour strike", "Ratificamos el
    paro indefinido": `planned.announced` cues): a plan made known, not a call, even in a text
    that calls its bases out (twenty-sixth session, factuality3)."""
    reach = _WINDOW["planned"][0]
    return any(
        isinstance(c.info, CueInfo)
        and ".planned.announced" in c.info.id
        and c.start
        < trigger.start  # "ratificaron la huelga", "announce strike": the cue may hold it
        and trigger.start - c.end <= reach
        for c in cues
    )


#: how far a time frame's opening word ("since", "desde que") may stand before the event word
_FRAME_REACH = 40
#: a stop between a time frame's opening word and the event word: the frame has closed
_FRAME_STOP = re.compile(r"[,;:.!?()\"“”«»—–]")


def in_time_frame(
    trigger: Found, cues: Sequence[Found], text: str, dates: Sequence[DateValue] = ()
) -> bool:
    """The event word is in the clause that sets the time a sentence counts from (a
    `time_frame.clause` cue before it in its clause: "26 people killed in the unrest *since Congress
    removed* President Pedro Castillo on December 7, the group said", "*Since the national
    strike began* on April 28, at least 26 people have died, according to the Ombudsman's
    Office", "*desde que la Policía desalojó* la plaza, según la Defensoría"). The frame is the
    outlet's own reference, not what the source says: the source's figure is what it reports
    (twenty-sixth session, factuality3). A frame closed by a date of ``dates`` before the event
    word ("comuneros mantienen *desde el lunes* el bloqueo, informó la Policía") is a time, and
    the event after it is the source's."""
    for c in cues:
        if not (isinstance(c.info, CueInfo) and c.info.id.endswith(".time_frame.clause")):
            continue
        if c.end > trigger.start or trigger.start - c.end > _FRAME_REACH:
            continue
        if _FRAME_STOP.search(text, c.end, trigger.start) is not None:
            continue
        if any(c.start < d.span[1] <= trigger.start for d in dates):
            continue
        return True
    return False


def _denied_after(cue: Found, trigger: Found, cues: Sequence[Found], text: str) -> bool:
    """``cue`` is the last verb of a relative that takes back the clause of ``trigger`` ("...,
    which the police denied.", "..., algo que el Ejército negó rotundamente."): a relative on the
    whole clause after a comma, a short subject, the denial and the end of the clause. A denial
    whose subject is itself a negation ("which nobody denied") is no denial."""
    if cue.start - trigger.end > _DENIAL_AFTER_REACH:
        return False
    if _DENIED_AFTER.fullmatch(text, trigger.end, cue.start) is None:
        return False
    if _CLAUSE_END.match(text, cue.end) is None:
        return False
    return not any(
        isinstance(c.info, CueInfo)
        and c.info.role in ("negated", "negator")
        and trigger.end <= c.start
        and c.end <= cue.start
        for c in cues
    )


#: how far a denial after the event word may close its sentence
_DENIAL_AFTER_REACH = 120
#: the rest of the event's clause, a comma, a relative on the whole clause and a short subject
_DENIED_AFTER = re.compile(
    r"[^,.;:!?]*,\s*(?:which|something|algo\s+que|lo\s+que|lo\s+cual|cosa\s+que|hecho\s+que)"
    r"(?:\s+[\w'’.-]+){0,5}?\s+",
    re.IGNORECASE,
)
#: the end of a clause after the denial, past an adverb ("negó rotundamente", "flatly")
_CLAUSE_END = re.compile(r"(?:\s+\w+(?:mente|ly))?\s*(?:[.;,:!?)\"”»]|$)")
#: how far a denial reaches into the clause it introduces ("negó ... que ...")
_DENIAL_REACH = 90
#: what lies between a denial and the event word of its clause: one "que"/"that" (a second opens
#: a clause of its own: "... contra los manifestantes que el domingo intentaron tomar ...") and no
#: stop
_DENIED_CLAUSE = re.compile(
    r"(?:(?!\b(?:que|that)\b)[^,.;:!?])*\b(?:que|that)\b(?:(?!\b(?:que|that)\b)[^,.;:!?])*",
    re.IGNORECASE,
)
#: a denial of an account and the clause it tells: "denies the reports circulating on social
#: media that police fired", "desmiente las versiones que circulan en redes de que la policía
#: disparó" (eighteenth session): the account noun, a few words about it (a relative clause may
#: hold its own "que"), then "that"/"de que" and the denied clause, with no "que"/"that" of its own
_DENIED_ACCOUNT = re.compile(
    r"\s+(?:(?:the|those|these|some|any|las|los|la|el|unas|unos|esas|esos|esa|ese)\s+)?"
    r"(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?|suggestions?|accounts?|"
    r"versi[oó]n|versiones|denuncias?|informaci[oó]n|informaciones|acusaciones|afirmaciones|rumores|"
    r"se[nñ]alamientos)\b[^.;:!?]{0,80}\b(?:de\s+que|that)\b"
    r"(?:(?!\b(?:que|that)\b)[^,.;:!?])*",
    re.IGNORECASE,
)
#: after a rejected account ("rechazamos la versión policial", "we reject the police account"):
#: a word or two about it, then the link to the clause it denies, which has no "que"/"that" of
#: its own
_ACCOUNT_LINK = re.compile(
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:de\s+que|seg[uú]n\s+(?:la|el|las|los)\s+cual(?:es)?|that|"
    r"according\s+to\s+which)\b(?:(?!\b(?:que|that)\b)[^,.;:!?])*",
    re.IGNORECASE,
)
#: after "no participaron en", "did not take part in": the thing taken part in, an article or a
#: possessive and at most one word before its event word
_PARTAKE_OBJECT = re.compile(
    r"\s+(?:(?:el|la|los|las|un|una|unos|unas|su|sus|esa|ese|esas|esos|the|a|an|any|their|its|"
    r"those|these)\s+)?(?:[\w'’-]+\s+)?",
    re.IGNORECASE,
)


def _bound_denial(cue_id: str, text: str, cue_end: int, trigger_start: int) -> bool:
    """A denial bound to what it names ("negated.account", "negated.partake" cue entries)
    governs only that: the clause a rejected account ties to it, or the object of "no
    participaron en". Any other denial is not bound: True."""
    if ".negated.account" in cue_id:
        return _ACCOUNT_LINK.fullmatch(text, cue_end, trigger_start) is not None
    if ".negated.partake" in cue_id:
        return _PARTAKE_OBJECT.fullmatch(text, cue_end, trigger_start) is not None
    return True


#: "May" the month: capitalised and next to a day or a year ("20 May 2023", "May 20", "in May")
#: what stands between an arrest and the hedge of its charge: "Fueron detenidas once personas
#: *por los* presuntos delitos", "six were arrested *for* alleged looting"
_CHARGE_HEDGE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:for|on\s+charges\s+of|charged\s+with|accused\s+of|"
    r"suspected\s+of|por|acusad[oa]s?\s+de|sindicad[oa]s?\s+de|imputad[oa]s?\s+(?:de|por))"
    r"(?:\s+(?:el|la|los|las|the|their|su|sus))?\s+",
    re.IGNORECASE,
)


def _is_arrest(trigger: Found) -> bool:
    info = trigger.info
    return getattr(info, "kind", None) == "arrest"


_MONTH_MAY = re.compile(r"May(?=\s+\d)|May\b(?<=\d\sMay)|May(?=,?\s+\d{4})")
_NO_WINDOW = (0, 0)
#: roles that govern an event word they overlap ("marcharán" is its own future)
_SELF_GOVERNED = frozenset({"planned", "possible", "called_for", "continued"})


#: a relative pronoun between an event word and a later cue: the cue belongs to the relative clause
_RELATIVE = re.compile(
    r"\b(?:que|quien|quienes|cual|cuales|cuyo|cuya|that|which|who|whose)\b", re.IGNORECASE
)


def factuality(
    trigger: Found,
    cues: Sequence[Found],
    date: DateValue | None,
    published: dt.date | None,
    attribution: Attribution | None,
    text: str | None = None,
    *,
    roles: set[str] | None = None,
) -> Factuality:
    """``roles``: ``governing_roles(trigger, cues, text)`` when the caller has it already."""
    if roles is None:
        roles = governing_roles(trigger, cues, text)
    if "negated" in roles or "cancelled" in roles:
        return "negated"
    # a past date far from a future event word belongs to another clause ("Last night the government
    # declared ..., and the minister said soldiers would be deployed")
    near = date is not None and abs(date.span[0] - trigger.start) <= _DATE_REACH
    # "this week" holds the publication day: not past
    past = bool(
        date
        and published
        and (date.end or date.value) < published
        and (near or not roles & {"planned", "called_for"})
    )
    # a day after publication makes a plan; "elections in April 2024" is what was voted on, not when
    future = bool(
        date and published and date.value > published and date.precision in ("day", "week")
    )
    if "purported" in roles:
        roles = roles | {"possible"}  # "a video that claims to show police firing": alleged
    if "hedged_call" in roles and not past:
        return "possible"
    if "called_for" in roles and not past and not _plan_nearer(trigger, cues, roles, text):
        return "called_for"
    if "possible" in roles and not past:
        return "possible"  # a hedged plan ("podrían iniciar una huelga el lunes") is only possible
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


def _plan_nearer(trigger: Found, cues: Sequence[Found], roles: set[str], text: str | None) -> bool:
    """Both a call and a plan govern the event word, and the plan's cue stands nearer before it:
    "pidió a los mototaxistas sumarse a la medida y anunció una movilización" announces the
    march, which the call before it does not ask for (twenty-third session, blind18)."""
    if "planned" not in roles or text is None:
        return False
    nearest: dict[str, tuple[int, int]] = {}
    for c in cues:
        info = c.info
        if (
            isinstance(info, CueInfo)
            and info.role in ("planned", "called_for")
            and c.end <= trigger.start
            and _governs(c, trigger, info.role)
            and c.end > nearest.get(info.role, (-1, -1))[1]
        ):
            nearest[info.role] = (c.start, c.end)
    call, plan = nearest.get("called_for"), nearest.get("planned")
    # the plan opens a clause of its own after the call's ("... sumarse a la medida y anunció"):
    # "convocaron para esta noche a una vigilia" is one call with its day
    return (
        call is not None
        and plan is not None
        and plan[0] >= call[1]
        and _NEXT_CLAUSE.search(text, call[1], plan[0]) is not None
    )


#: what opens a coordinated clause between two cues: a comma, a semicolon, a conjunction
_NEXT_CLAUSE = re.compile(r"[,;]|\b(?:y|e|pero|and|but)\b", re.IGNORECASE)


_QUESTION_END = re.compile(r"[.!?\n]")


def in_question(trigger: Found, text: str | None) -> bool:
    """The event word is asked about: the sentence or clause that holds it ends with "?"
    ("¿Declarará el Gobierno el toque de queda en Lima?", "Will the army be sent to Puno?"),
    and no "¿" opens the question after it ("El ministro preguntó si ... : ¿quién?"). A plan
    asked about is only possible."""
    if text is None:
        return False
    end = _QUESTION_END.search(text, trigger.end)
    return end is not None and end.group() == "?" and "¿" not in text[trigger.end : end.start()]


#: a year, the rest of what it names and a clause of time on it: "la violencia de 2004 en Ilave,
#: cuando ...", "the 2006 People's Movement, when ..."
_YEAR_WHEN = re.compile(
    r"\b(?P<year>1[89]\d\d|20\d\d)\b[^.;:!?]{0,60}?,\s*(?:when|in\s+which|during\s+which|cuando|"
    r"en\s+(?:el|la)\s+que|en\s+que|durante\s+(?:el|la)\s+cual)\b[^.;!?]*",
    re.IGNORECASE,
)


def when_of_past_year(
    trigger: Found,
    text: str,
    sentence_start: int,
    published: dt.date,
    date: DateValue | None = None,
) -> bool:
    """The event word is told in a clause of time on a year long past: "Vecinos mayores recuerdan
    la violencia de 2004 en Ilave, cuando el alcalde fue linchado", "comparing today's scenes
    with the 2006 People's Movement, when weeks of street protests forced the king to give up
    direct rule". The year names the time the clause tells of, background to the story
    (historical), though the year itself is a name's part and dates nothing on its own. A
    ``date`` found inside the clause dates it instead ("..., when on 5 May police ..."); one
    outside it ("today's scenes") is the main clause's."""
    for m in _YEAR_WHEN.finditer(text, sentence_start, trigger.start + 1):
        if not m.start() < trigger.start < m.end():
            continue
        if date is not None and m.start() <= date.span[0] < m.end():
            continue
        year_end = dt.date(int(m.group("year")), 12, 31)
        if (published - year_end).days > HISTORICAL_DAYS:
            return True
    return False


#: what a fact-check says of the sentence before: "This is also false", "Esto es falso", a
#: paragraph "Verdict: False" after a "Claim:" paragraph
_FALSE_NEXT = re.compile(
    r"\s*(?:(?:this|that|it|the\s+claim)\s+(?:is|was)\s+(?:also\s+)?(?:false|untrue|not\s+true|fake|"
    r"baseless|unfounded)\b|(?:esto|eso|es)\s+(?:también\s+)?(?:es\s+)?(?:falso|falsa|mentira|"
    r"infundado)\b|(?:verdict|rating|veredicto|calificación)\s*:\s*(?:false|fake|falso|falsa)\b)",
    re.IGNORECASE,
)
#: the head of a fact-check's paragraph that gives the claim checked
_CLAIM_HEAD = re.compile(
    r"\s*(?:claim|the\s+claim|afirmación|lo\s+que\s+(?:se\s+dice|circula))\s*:", re.IGNORECASE
)
#: how far past a claim's sentence its verdict may be read (the rest of the claim's paragraph)
_VERDICT_REACH = 400


def claimed_false(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence gives a claim a fact-check calls false: the next sentence says so ("Some
    posts said that a pensioner died in the protest. This is also false: ...", "... Esto es
    falso"), or it opens a "Claim:" paragraph whose verdict is "False" ("Claim: Posts say that
    the photographer was injured by a rock thrown by protesters. ¶ Verdict: False."). What a
    fact-check refutes did not happen: negated (sixteenth session, extract-types2)."""
    start, end = sentence
    if _FALSE_NEXT.match(text, end):
        return True
    if _CLAIM_HEAD.match(text, start) is None:
        return False
    rest = text[end : end + _VERDICT_REACH]
    para = rest.find("\n\n")
    if para == -1:
        return False
    return _FALSE_NEXT.match(rest, para) is not None


#: a fact-check's verdict that the claim is false: "Verdict: FALSE CONTEXT", "Veredicto: Falso"
_FALSE_VERDICT = re.compile(
    rf"\b(?:{_words('verdict_head')})\s*:\s*(?:{_words('false_verdict')})\b", re.IGNORECASE
)


def refuted_claim(roles: set[str], text: str) -> bool:
    """What a video or a post claims to show ("A video shared since Tuesday claims to show
    soldiers shooting at protesters in Juliaca"), in a fact-check whose verdict calls it false
    ("Verdict: FALSE CONTEXT"), is the claim it refutes: negated, as the dev set codes the false
    Juliaca shooting (twentieth session, factuality3). Without such a verdict it stays alleged."""
    return "purported" in roles and _FALSE_VERDICT.search(text) is not None


#: a verb in the future or the conditional opening a question: "¿Habrá un nuevo toque de queda?",
#: "Will the army be sent?"
_FUTURE_QUESTION = re.compile(
    r"¿\s*(?:[\w]+\s+){0,3}?[\w]+(?:rá|rán|ría|rían)\b|^\s*(?:will|would|could|might|is\s+there\s+going\s+to)\b"
    # what a country is heading for (twenty-third session, precision-en): "Is Peru heading for
    # another general strike?", "¿Se encamina el sur a un nuevo paro?"
    rf"|(?:^\s*(?:is|are)\b|¿)[^?]{{0,60}}?\b(?:{_words('heading_for', any_space=True)})\b",
    re.IGNORECASE,
)


def future_question(trigger: Found, text: str, sentence_start: int) -> bool:
    """The event word is asked about in a question on what is to come ("¿Habrá un nuevo toque de
    queda en Puno?", "Will the government declare a curfew?"): not told as happening."""
    if not in_question(trigger, text):
        return False
    return _FUTURE_QUESTION.search(text, sentence_start, trigger.start) is not None


#: what may stand before a headline's first word: quotes and opening marks
_HEADLINE_OPEN = re.compile(r"""[\s"'«“‘¡¿(]*""")
#: a Spanish infinitive: the form a headline urges with ("Detener a los responsables")
_INFINITIVE = re.compile(r"[^\W\d_]{3,}(?:ar|er|ir)(?:se)?", re.IGNORECASE)


def opening_infinitive(
    trigger: Found, triggers: Sequence[Found], text: str, sentence_start: int, language: str
) -> bool:
    """The Spanish sentence opens on an event word as an infinitive ("Detener a los
    responsables de las muertes, exige la Defensoría", "Capturar a los sicarios, ordena el
    fiscal"): a headline that urges what it names, not one that tells it; a conjugated verb
    ("Detienen a ...") tells it. What follows a colon is told on its own ("Marchar por la paz:
    miles salen a las calles")."""
    if language != "es" or ":" in text[sentence_start : trigger.start]:
        return False
    colon = text.find(":", sentence_start)
    if colon >= 0 and any(t.start > colon for t in triggers):
        return False
    lead = _HEADLINE_OPEN.match(text, sentence_start)
    if lead is None:
        return False
    opening = next((t for t in triggers if t.start == lead.end()), None)
    if opening is None:
        return False
    end = opening.start
    while end < len(text) and text[end].isalpha():
        end += 1
    return _INFINITIVE.fullmatch(text, opening.start, end) is not None


#: an English headline's future: its subject, a few words with no verb, then "to" right before
#: the event word ("Teachers to strike in Cusco", "Truckers in Puno to block roads from
#: Monday"); the verbs that take an infinitive of what is done or tried now ("continue to",
#: "begin to", "move to", "use tear gas to") keep it told
_HEADLINE_TO = re.compile(r"\W*(?:[\w'’.-]+\s+){1,4}?to\s+\Z", re.IGNORECASE)
_HEADLINE_TO_VERBS = re.compile(rf"\b(?:{_words('headline_to_verb')})\b", re.IGNORECASE)


def headline_future(trigger: Found, text: str, sentence_start: int, language: str) -> bool:
    """The English headline opening the text tells its event as to come: "Teachers to strike in
    Cusco", "Miners in Puno to march on Lima" (the headline's "to" is a future, as "Convocan
    paro" is a call). Only the text's first line, with no full stop, is read so; a body's "to"
    is a purpose or an infinitive after a verb ("used tear gas to disperse them")."""
    if language != "en" or text[:sentence_start].strip():
        return False
    line_end = text.find("\n", sentence_start)
    line = text[sentence_start : len(text) if line_end < 0 else line_end].rstrip()
    if line.endswith(".") or trigger.start >= sentence_start + len(line):
        return False
    lead = _HEADLINE_TO.fullmatch(text, sentence_start, trigger.start)
    return (
        lead is not None and _HEADLINE_TO_VERBS.search(text, sentence_start, trigger.start) is None
    )


#: what joins a body opening a headline to what it says: "Defensoría: 17 muertos en Juliaca",
#: "Ombudsman's office: 17 killed"
_SAYS_COLON = re.compile(r"(?:'s|’s)?(?:\s+[a-zá-úñ]+){0,2}\s*:", re.IGNORECASE)


#: a sentence whose subject is an activity named by an infinitive or a gerund, judged by a copula
#: and an article: "Bloquear las vías no es la solución", "Blocking roads is not the answer"
_JUDGED_ACTIVITY = re.compile(
    r"[\s\"'«“‘¡¿(]*(?:[^\W\d_]{3,}(?:ar|er|ir)|[^\W\d_]{3,}ing)\b[^,;:.!?]{0,50}?\s"
    # an activity is one thing: the copula is singular ("Striking teachers are the majority" is
    # about people)
    r"(?:no\s+)?(?:es|era|sería|fue|is|was|would\s+be)\s+(?:not\s+)?"
    r"(?:la|el|los|las|un|una|the|a|an|no)\s",
    re.IGNORECASE,
)


def judged_activity(trigger: Found, text: str, sentence_start: int) -> bool:
    """The event word names an activity the sentence judges, in its subject ("Bloquear las vías
    no es la solución, dice el ministro", "Blocking roads is not the answer"): an opinion on a
    kind of act, no event of it."""
    found = _JUDGED_ACTIVITY.match(text, sentence_start)
    return found is not None and trigger.end <= found.end()


def headline_source(actors: Sequence[Found], text: str, sentence_start: int) -> bool:
    """The sentence opens on a body and a colon: the headline gives what that body says
    ("Defensoría: 17 muertos en enfrentamientos", "Police: three arrested"), a report, not the
    paper's own account."""
    lead = _HEADLINE_OPEN.match(text, sentence_start)
    if lead is None:
        return False
    return any(
        isinstance(a.info, ActorInfo)
        and a.start == lead.end()
        and _SAYS_COLON.match(text, a.end) is not None
        for a in actors
    )


def attribution(cues: Sequence[Found], actors: Sequence[Found], text: str) -> Attribution | None:
    """The source a sentence cites: "según la Defensoría", "police said", "X informó"."""
    sources = [a for a in actors if isinstance(a.info, ActorInfo)]
    for cue in cues:
        if not isinstance(cue.info, CueInfo):
            continue
        if cue.info.role == "attribution":
            after = [
                a
                for a in sources
                if 0 <= a.start - cue.end <= 25 and "," not in text[cue.end : a.start]
            ]
            if after:
                src = after[0]
                return _make(src, cue, text)
        elif cue.info.role == "reported":
            if _ARTICLE_BEFORE.search(text[max(0, cue.start - 6) : cue.start]):
                continue  # "la cifra de fallecidos": a noun
            # "la PNP informó" / "police said" (source before) or "informó la PNP" / "said police"
            if cue.info.named_source:
                sources = [
                    a for a in sources if isinstance(a.info, ActorInfo) and a.info.role != "actor"
                ]
            before = [a for a in sources if 0 <= cue.start - a.end <= 60]
            after = [a for a in sources if 0 <= a.start - cue.end <= 12]
            found = before[-1] if before else (after[0] if after else None)
            if found is not None:
                return _make(found, cue, text)
    # a reporting verb whose source is not in the lexicons ("the transport ministry says",
    # "relataron las denunciantes")
    for cue in cues:
        if (
            isinstance(cue.info, CueInfo)
            and cue.info.role == "reported"
            and not cue.info.named_source
            and not _ARTICLE_BEFORE.search(text[max(0, cue.start - 6) : cue.start])
        ):
            phrase = _phrase_before(text, cue.start) or _phrase_after(text, cue.end)
            if phrase is not None:
                start, end = phrase
                name = _ARTICLE.sub("", text[start:end]).strip()
                return Attribution(
                    source=name or text[start:end],
                    text=text[min(start, cue.start) : max(end, cue.end)],
                    span=(min(start, cue.start), max(end, cue.end)),
                )
    return None


#: "según"/"according to" cues whose source may be any noun phrase, not only a known actor
_OPEN_ATTRIBUTION = frozenset(
    {
        "segun",
        "de acuerdo con",
        "de acuerdo a",
        "conforme a",
        "citado por",
        "citados por",
        "a decir de",
        "en palabras de",
        "according to",
        "citing",
        "cited by",
    }
)
#: a reporting verb after one of these is passive or impersonal and names no source ("no clashes were reported")
_PASSIVE = re.compile(
    r"(?:\b(?:been|was|were|is|are|be|being|fue|fueron|sido|se|es|son)\s+)$", re.IGNORECASE
)
#: the outlet's own people: "our correspondent says", "nuestro enviado informó" report for it
_OWN_REPORTER = re.compile(
    r"\b(?:our|nuestr[oa]s?)\s+(?:\w+\s+)?(?:correspondents?|reporters?|journalists?|team|"
    r"corresponsal(?:es)?|enviad[oa]s?(?:\s+especial(?:es)?)?|reporter[oa]s?|periodistas?|equipo)\s*$",
    re.IGNORECASE,
)
#: a reporting word after an article is a noun ("la cifra", not "cifra": the verb "cifrar")
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:el|la|los|las|un|una|del|al|the|an?)\s+$", re.IGNORECASE)
#: a participle used as an adjective ("cinco comuneros acusados de disturbios") is not a reporting verb
_ADJECTIVAL = re.compile(r"(?:ad|id)[oa]s$", re.IGNORECASE)
_CONNECTOR = re.compile(
    r"(?:[;:(—–]|\b(?:and|but|while|y|e|pero|mientras|aunque|although))[\s,]*(?:[^\s,;]+\s+){0,2}$",
    re.IGNORECASE,
)
_AFTER_COMMA = re.compile(r"[,\"”»’)]\s*(?:\S+\s+){0,2}$")
#: what may follow a reporting verb that closes its sentence: a time, a place, a channel ("said on Monday")
_ADJUNCT = re.compile(rf"\s*(?:{_words('adjunct')})\b", re.IGNORECASE)
#: after a parenthetical source, the clause it interrupted goes on ("se dirigía, según X, a la embajada")
_CONTINUES = re.compile(rf"\s*(?:{_words('continues')})\b", re.IGNORECASE)
_TAIL = re.compile(r"^[\s\"”»’')\]]*(?:[.;!?]|$)")


def scoped_attributions(
    cues: Sequence[Found], actors: Sequence[Found], text: str, sentence: tuple[int, int]
) -> list[tuple[Attribution, tuple[int, int]]]:
    """Every attribution of a sentence with the stretch of text it governs.

    A source governs what it introduces ("Según la Defensoría, ...", "police said two people
    died", "la PNP informó que ...") or the clause it closes ("..., police said."; "..., según
    fuentes policiales, ..."), not a clause joined to it by "and" nor background after it.
    """
    start, end = sentence
    out: list[tuple[Attribution, tuple[int, int]]] = []
    sources = [a for a in actors if isinstance(a.info, ActorInfo) and start <= a.start < end]
    for cue in cues:
        info = cue.info
        if (
            not isinstance(info, CueInfo)
            or info.role not in ("attribution", "reported")
            or not start <= cue.start < end
        ):
            continue
        found = _source_of(cue, info.role, sources, text, start, end)
        if found is None:
            continue
        made, lo, hi = found
        out.append((made, _scope(text, lo, hi, start, end, introduces=info.role == "attribution")))
    return out


def attribution_for(
    trigger: Found, scoped: Sequence[tuple[Attribution, tuple[int, int]]]
) -> Attribution | None:
    """The attribution whose scope holds ``trigger``, if any."""
    for made, (lo, hi) in scoped:
        if lo <= trigger.start < hi:
            return made
    return None


def _source_of(
    cue: Found, role: str, sources: Sequence[Found], text: str, start: int, end: int
) -> tuple[Attribution, int, int] | None:
    word = text[cue.start : cue.end]
    if role == "attribution":
        after = [
            a
            for a in sources
            if 0 <= a.start - cue.end <= 25 and "," not in text[cue.end : a.start]
        ]
        if after:
            made = _make(after[0], cue, text)
            return made, made.span[0], made.span[1]
        if fold_term(word) not in _OPEN_ATTRIBUTION:
            return None
        phrase = _phrase_after(text, cue.end, limit=end)
        if phrase is None:
            return None
        a, b = phrase
        return _named(text, a, b, cue), cue.start, b
    if _PASSIVE.search(text[max(start, cue.start - 12) : cue.start]) or _ADJECTIVAL.search(word):
        return None
    if _OWN_REPORTER.search(text[max(start, cue.start - 40) : cue.start]):
        return None  # "Our correspondent says ...": the outlet's own account, no outside source
    if _ARTICLE_BEFORE.search(text[max(start, cue.start - 6) : cue.start]):
        return None  # "la cifra de fallecidos": a noun, not the verb "cifrar"
    if isinstance(cue.info, CueInfo) and cue.info.named_source:
        # "la Defensoría elevó a ocho la cifra", not "la muerte de un manifestante eleva a 18 la
        # cifra": a body that speaks, never an event nor the people it counts
        sources = [a for a in sources if isinstance(a.info, ActorInfo) and a.info.role != "actor"]
    before = [a for a in sources if 0 <= cue.start - a.end <= 60]
    # "..., his party said, as the government stepped up ...": an actor past a comma after the
    # verb is in the next clause, not its subject; past a colon it opens what is told
    # ("Confirmado: el gobernador fue aprehendido"), it does not tell it
    after = [
        a
        for a in sources
        if 0 <= a.start - cue.end <= 12 and not {",", ":"} & set(text[cue.end : a.start])
    ]
    if before and after and "," in text[before[-1].end : cue.start]:
        # "..., informaron organizaciones de derechos humanos": a reporting verb that closes the
        # clause after a comma takes the source that follows it, not an actor of that clause
        before = []
    src = before[-1] if before else (after[0] if after else None)
    if src is not None:
        made = _make(src, cue, text)
        return made, made.span[0], made.span[1]
    if isinstance(cue.info, CueInfo) and cue.info.named_source:
        return None  # "la muerte de un comunero eleva a 18 la cifra": an event, no source
    phrase = _phrase_before(text, cue.start, floor=start) or _phrase_after(text, cue.end, limit=end)
    if phrase is None:
        return None
    a, b = phrase
    made = _named(text, a, b, cue)
    return made, made.span[0], made.span[1]


def _named(text: str, a: int, b: int, cue: Found) -> Attribution:
    name = _ARTICLE.sub("", text[a:b]).strip()
    lo, hi = min(a, cue.start), max(b, cue.end)
    return Attribution(source=name or text[a:b], text=text[lo:hi], span=(lo, hi))


def _scope(
    text: str, lo: int, hi: int, start: int, end: int, *, introduces: bool
) -> tuple[int, int]:
    """What the attribution ``text[lo:hi]`` governs inside the sentence ``start:end``."""
    clause_start = max(start, text.rfind(";", start, lo) + 1)
    semi = text.find(";", hi, end)
    clause_end = semi if semi != -1 else end
    head = text[clause_start:lo]
    tail = head[-48:]  # the patterns look at the last words only
    # "Police said", "Local leaders said", "and the ministry said": the source opens its clause
    at_clause_start = (
        not head.strip()
        or ("," not in head and len(head.split()) <= 3)
        or bool(_CONNECTOR.search(tail))
    )
    rest = text[hi:clause_end]
    # nothing but the rest of the source's name or a time follows: ", según la Defensoría del
    # Pueblo."
    closes = bool(_TAIL.match(rest)) or ("," not in rest and len(rest.split()) <= 10)
    comma = text.find(",", hi, clause_end)
    if introduces:
        if at_clause_start and not closes:
            return lo, clause_end  # "Según la Defensoría, ...", "and according to police two died"
        if comma != -1 and _CONTINUES.match(text, comma + 1):
            before = text.rfind(",", clause_start, max(clause_start, lo - 1))
            return max(
                clause_start, before + 1
            ), lo  # "X se dirigía, según fuentes policiales, a la embajada"
        return (
            clause_start,
            lo,
        )  # "..., según la Defensoría." / "..., según confirmaron fuentes castrenses, que ..."
    if _QUOTE_CLOSED.search(tail):
        return clause_start, lo  # '"Nos dispararon desde el helicóptero", relató un dirigente'
    if _TAIL.match(rest) and head.strip():
        return clause_start, lo  # "..., police said." / "..., the company and police said."
    if closes and not at_clause_start and _ADJUNCT.match(rest):
        return clause_start, lo  # "..., the army's Joint Command said on Monday."
    if at_clause_start:
        return lo, clause_end  # "Police said two people died", "and the ministry said classes ..."
    up_to_comma = text[hi : comma if comma != -1 else clause_end]
    if _AFTER_COMMA.search(tail) and len(up_to_comma.split()) <= 5:
        return clause_start, lo  # "..., the ministry reported on Friday, after soldiers ..."
    return lo, clause_end  # "the Ombudsman reported six injured"


_ARTICLE = re.compile(r"^(?:the|a|an|el|la|los|las|un|una)\s+", re.IGNORECASE)
#: a quotation closed just before the reporting verb: '"...", relató', '"...," said'
_QUOTE_CLOSED = re.compile(r"(?:[\"”»]\s*,|,\s*[\"”»])\s*$")
_CLAUSE_STOP = re.compile(r"[,;:()\"“”«»—–]")


def _phrase_before(
    text: str, position: int, words: int = 5, floor: int = 0
) -> tuple[int, int] | None:
    window = text[max(floor, position - 60) : position]
    cut = max((m.end() for m in _CLAUSE_STOP.finditer(window)), default=0)
    piece = window[cut:]
    tokens = list(re.finditer(r"[\w'’.-]+", piece))[-words:]
    if not tokens:
        return None
    base = position - len(window) + cut
    return base + tokens[0].start(), base + tokens[-1].end()


def _phrase_after(
    text: str, position: int, words: int = 5, limit: int | None = None
) -> tuple[int, int] | None:
    window = text[position : min(position + 60, limit if limit is not None else len(text))]
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


#: a verb told in the past right after a habit word: "protests often turned violent that week"
#: tells what happened, no rule ("a menudo terminaron en enfrentamientos" too)
_PAST_AFTER_HABIT = re.compile(r"\s+[^\W\d_]+(?:ed|aron|ieron|ó)\b", re.IGNORECASE)
#: what may stand between a habit word and the event word of its clause: no clause break, no figure,
#: no word that opens another clause ("use pellets only as a last resort *and has denied that* any
#: of them aimed at protesters' heads" denies an incident)
_HABIT_GAP = re.compile(
    rf"(?:(?!\b(?:{_words('habit_break')})\b)[^,;:.!?()\d\n])*",
    re.IGNORECASE,
)
#: characters between a habit word and the event word it governs, before and after it
_HABIT_AFTER = 40
_HABIT_BEFORE = 30


def habitual(trigger: Found, cues: Sequence[Found], text: str, start: int, end: int) -> bool:
    """ "Protests in Peru often turn deadly", "Police routinely use tear gas against students",
    "Las protestas en el sur suelen terminar en enfrentamientos": a ``habitual`` cue in the event
    word's clause says what such events are like as a rule, no incident (twenty-third session,
    precision-en). The caller asks only of a sentence that tells no day and no figure; a past
    verb right after the cue tells what happened ("often turned violent that week")."""
    if any(ch.isdigit() for ch in text[start:end]):
        return False  # "Police often fired at head height on 14 November": a figure or a day
    for c in cues:
        if not isinstance(c.info, CueInfo) or c.info.role != "habitual":
            continue
        if _PAST_AFTER_HABIT.match(text, c.end) is not None:
            continue
        if not text[start : c.start].strip():
            return True  # "Every year, thousands march on Labour Day": the rule of the sentence
        if c.end <= trigger.start:
            gap = (c.end, trigger.start)
            reach = _HABIT_AFTER
        elif trigger.end <= c.start:
            gap = (trigger.end, c.start)
            reach = _HABIT_BEFORE
        else:
            continue
        if gap[1] - gap[0] <= reach and _HABIT_GAP.fullmatch(text, gap[0], gap[1]) is not None:
            return True
    return False
