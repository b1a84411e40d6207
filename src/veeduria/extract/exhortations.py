"""Event words that tell no incident of their own: what a body urges the authorities to do,
a deal with a lender, any one of a kind and protests counted over a month or a year
(twenty-first session, spurious3).

Pure functions over the cue and trigger hits of one sentence; the pipeline drops the triggers
they return true for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veeduria.extract.lexical import CueInfo, Found, TriggerInfo
from veeduria.extract.wordlists import alternation

#: what stands between an agreement word and its other party: "with the", "con el"
_WITH_PARTY = re.compile(
    rf"\s+(?:{alternation('exhortations', 'with_party')})\s+"
    r"(?:the\s+|el\s+|la\s+|los\s+|las\s+|sus\s+|its\s+|their\s+)?\Z",
    re.I,
)

#: the farthest an agreement's other party stands after its word
_PARTY_REACH = 20

#: cue roles that deny or negate what follows them ("denied that any arrest had been arbitrary")
_DENIALS = frozenset({"negated", "negator"})


def exhorted(trigger: Found, cues: Sequence[Found]) -> bool:
    """ "We call on the authorities to open an inquiry into the seven deaths", "La Defensoría
    exhorta a las autoridades a liberar a los detenidos durante las protestas": the event word
    after an ``exhort`` cue is what a recommendation names, told where it happened; the sentence
    asks the authorities for an act of theirs, no incident."""
    return any(
        isinstance(c.info, CueInfo) and c.info.role == "exhort" and c.end <= trigger.start
        for c in cues
    )


def lender_deal(trigger: Found, cues: Sequence[Found], text: str) -> bool:
    """ "expected to strike a deal with the IMF by mid-April", "un acuerdo con el FMI": an
    agreement whose other party, right after "with" or "con", is a lender (``lender`` cues) is a
    loan's or a debt's terms, no agreement between parties to unrest."""
    if not isinstance(trigger.info, TriggerInfo) or trigger.info.kind != "agreement":
        return False
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "lender"
        and 0 < c.start - trigger.end <= _PARTY_REACH
        and _WITH_PARTY.search(text, trigger.end, c.start) is not None
        for c in cues
    )


def denied_before(cue: Found, cues: Sequence[Found]) -> bool:
    """A denial or a negation stands before ``cue`` in the sentence: "any" after it counts what
    is denied ("denied that any arrest had been arbitrary", "Nobody was arrested for any of
    these deaths"), which the factuality reads as negated, not as a kind of event."""
    return any(
        isinstance(c.info, CueInfo) and c.info.role in _DENIALS and c.end <= cue.start for c in cues
    )


#: what ends the clause of "any ...": a stop, a semicolon, a contrast
_CLAUSE_BREAK = re.compile(rf"[.;:!?]|\b(?:{alternation('exhortations', 'contrast')})\b", re.I)

#: the farthest the predicate of "any ..." stands from its event word
_ANY_REACH = 80


def of_any_kind(trigger: Found, kinds: Sequence[Found], cues: Sequence[Found], text: str) -> bool:
    """ "warned that any picket blocking a street would be removed", "any blockade of the
    highway would be cleared by force": an event word after one that "any" made a kind
    (``kinds``), in the same clause, tells what would befall any such event, no incident."""
    anys = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "any_one"]
    return any(
        a.end <= k.start <= a.end + 30
        and 0 <= trigger.start - k.end <= _ANY_REACH
        and _CLAUSE_BREAK.search(text, k.end, trigger.start) is None
        for k in kinds
        for a in anys
    )


#: a figure of ten or more right before the event noun, at most three words between ("174
#: acciones colectivas de protesta", "more than 300 protests")
_MANY_BEFORE = re.compile(r"\b(?P<n>\d{1,3}(?:[.,]\d{3})*|\d+)\s+(?:[^\W\d]+\s+){0,3}\Z")


def counted_over_a_period(trigger: Found, cues: Sequence[Found], text: str, start: int) -> bool:
    """ "Durante el mes se produjeron 174 acciones colectivas de protesta en todo el país",
    "Over the month, 212 protests were recorded": a figure of protests over a month or a year
    (``period`` cues) counts them, as a report's statistics do; it tells no incident. Only
    protest words, in the plural or after "de", with a figure of ten or more before them: "15
    manifestantes fueron detenidos durante el mes" keeps its arrests."""
    if not isinstance(trigger.info, TriggerInfo) or trigger.info.kind != "protest":
        return False
    if not any(isinstance(c.info, CueInfo) and c.info.role == "period" for c in cues):
        return False
    word = text[trigger.start : trigger.end]
    if (
        not word.lower().endswith("s")
        and text[max(start, trigger.start - 3) : trigger.start].lower() != "de "
    ):
        return False
    m = _MANY_BEFORE.search(text, max(start, trigger.start - 60), trigger.start)
    if m is None:
        return False
    return int(re.sub(r"[.,]", "", m.group("n"))) >= 10


#: those already protesting, or who lead the protests, asked to protest in peace: "a los
#: manifestantes ... protestar en paz", "a quienes organizan las movilizaciones a protestar de
#: forma pacífica", "urged protesters to demonstrate peacefully"; the protest word is an
#: infinitive ("protestar", "to march") and the manner of peace stands right after it
_PEACE_ASKED = re.compile(
    r"\b(?:manifestantes|movilizados|huelguistas|protestantes|marchantes|organizadores|"
    r"quienes\s+(?:protestan|marchan|se\s+manifiestan|se\s+movilizan|"
    r"(?:organizan|convocan|lideran|dirigen|encabezan)\s+(?:las|los|la|el)\s+[^\W\d]+)|"
    r"protesters|demonstrators|marchers|strikers|organi[sz]ers|protest\s+leaders|"
    r"those\s+(?:protesting|demonstrating|marching|taking\s+part))"
    r"(?:(?:\s+(?:a\s+)?[^\W\d]+(?:ar|er|ir)(?:se)?|\s+to\s+[^\W\d]+)"
    r"\s+(?:en\s+paz|pac[ií]ficamente|(?:de|en)\s+(?:forma|manera|modo)\s+pac[ií]fica|"
    r"sin\s+violencia|peacefully|in\s+peace|without\s+violence|"
    r"in\s+a\s+peaceful\s+(?:way|manner))"
    # violence avoided, or the protests kept peaceful (dev-texts23): "urged marchers to avoid
    # violence", "urged protest leaders to keep demonstrations peaceful"
    r"|\s+(?:a\s+|to\s+)?(?:evitar|avoid)\s+(?:la\s+|any\s+)?(?:violencia|violence)"
    r"|\s+to\s+keep\s+(?:the\s+|their\s+)?(?:demonstrations?|protests?|marche?s?)\s+peaceful)\b",
    re.IGNORECASE,
)


def peace_asked(trigger: Found, text: str) -> bool:
    """ "La presidenta pidió a los manifestantes protestar en paz", "exhorta a quienes organizan
    las movilizaciones a protestar de forma pacífica", "urged the demonstrators to march
    peacefully": those already protesting asked to do it in peace is a request about the manner
    (a claim), no call for a new protest and no incident (twenty-fifth session, blind20); the
    protests named in the addressee ("quienes organizan las movilizaciones") are none either. A
    call that names no protesters ("convocó a marchar pacíficamente el jueves") stays a call; an
    act told ("los manifestantes marcharon pacíficamente") stays an event."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or info.kind != "protest":
        return False
    lower = max(0, trigger.start - 60)
    for match in _PEACE_ASKED.finditer(text, lower, min(len(text), trigger.end + 60)):
        if match.start() <= trigger.start and trigger.end <= match.end():
            return True
    return False
