"""Event words that a sentence uses for something other than telling an incident.

Each test reads the folded text (lower case, no accents, same offsets) of the sentence around
one trigger; each is gated by a cheap keyword check so that a sentence without the construction
costs one ``in`` test:

- the news of an event, which something else reacts to ("Copper futures rallied on news of the
  eviction", "recibieron la noticia de la renuncia con aplausos");
- a present copula that says what a thing is ("the 'taking' is a march, not an attempt to
  seize buildings", "la toma es una marcha");
- the wounds a body shows, as described by doctors ("he had a bullet wound in the chest",
  "ambos tenían heridas de perdigones"): the incident that dealt them is told elsewhere;
- a simile's relative clause ("como una pelota que nadie quiere patear", "like a ball that
  nobody wants to kick");
- an action that a call asks people *not* to take ("exhortamos a no bloquear vías", "urged
  drivers not to block roads");
- the title of a live coverage ("Our live coverage of Saturday's protests", "Minuto a minuto
  de la jornada de protesta") or of an explainer or an opinion piece ("Explainer: Milei's
  reforms and Argentina's street protests", "OPINION | Ecuador's strike is not 2019"), or a
  fact-check's title and its note on method ("Fact check: Was he hit by a canister?", "What we
  checked: We reviewed videos of the canister"; its "Verdict:" tells what happened);
- an explosive that the dead man was handling himself, the police's version of a death
  ("died when an explosive device he was handling went off", "murió al manipular un
  artefacto explosivo");
- the only weapon a denial concedes ("deny firing pellets, saying officers used only tear
  gas", "negó que hayan disparado perdigones: «Solo se ha utilizado gas lacrimógeno»");
- an explainer's question ("Why are they protesting?", "¿Por qué protestan?", "How did the
  protests start?", "Is this the first time the government has clashed with protesters?");
- the epithet in quotes an official gives an event told elsewhere ("called the strike
  'political'", "calificó el paro de «político»").
"""

from __future__ import annotations

import re
from collections.abc import Container

from veeduria.extract.lexical import Found, TriggerInfo
from veeduria.extract.wordlists import alternation


def _role(role: str) -> str:
    """The words of ``role`` in ``lexicons/<lang>/asides.yaml`` as an alternation (a space
    matches any whitespace)."""
    return alternation("asides", role, any_space=True)


#: "on news of the eviction", "la noticia de la renuncia": up to two words between
_NEWS = re.compile(
    r"\bnews\s+(?:of|that)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w'-]+\s+){0,2}\Z"
    r"|\bnoticias?\s+de(?:l|\s+(?:la|el|los|las|su|sus))?\s+(?:[\w'-]+\s+){0,2}\Z"
)
#: "is a march", "es una marcha", with at most one word between ("is a peaceful march")
_COPULA = re.compile(r"\b(?:is|es)\s+(?:a|an|un|una)\s+(?:(?!\d)[\w'-]+\s+)?\Z")
#: a wound that a body has or shows: the verb, a few words, the wound and what dealt it
_WOUND_HAD = re.compile(
    r"\b(?:had|has|have|showed|shows|bore)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:wounds?|injur(?:y|ies)|fractures?|lesions?)\b(?:\s+(?:from|of|caused\s+by)\s+[\w'-]+)?"
    r"|\b(?:tenia|tenian|tiene|tienen|presentaba|presentaban|presenta|presentan)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:heridas?|lesion|lesiones|fracturas?|impactos?)\b"
    r"(?:\s+(?:de|por)\s+(?:\w+\s+de\s+)?\w+)?"
)
_WOUND_WORDS = ("wound", "injur", "fractur", "lesion", "herida", "impacto")
_WOUND_VERBS = (" had ", " has ", " have ", " show", " bore ", " ten", " tien", " presenta")
#: a simile's relative clause: "como una pelota que", "like a ball that"
_SIMILE = re.compile(
    r"\bcomo\s+(?:un|una)\s+\w+(?:\s+\w+)?\s+(?:que|a\s+la\s+que|al\s+que)\b[^,;:.]*\Z"
    r"|\blike\s+(?:a|an)\s+(?:\w+\s+)?\w+\s+(?:that|which|nobody|no\s+one)\b[^,;:.]*\Z"
)
#: "a no bloquear", "para no marchar", "not to block"
_NOT_TO = re.compile(
    r"\b(?:(?:a|para|de)\s+no|not\s+to)\s+(?:(?:[\w-]+\s+){1,4}?(?:ni|nor|or)\s+(?:to\s+)?)?\Z"
)
#: the title of a live coverage, at the head of its sentence
_COVERAGE = re.compile(
    r"\A\W*(?:(?:our|the)\s+)?(?:live\s+(?:coverage|updates?|blog)\s+(?:of|on)\b"
    r"|minuto\s+a\s+minuto\b|cobertura\s+en\s+vivo\b"
    # the label alone before a separator heads a headline, which tells its events (twentieth
    # session, spurious2): "EN VIVO | Cusco: enfrentamientos en el aeropuerto"
    r"|en\s+(?:vivo|directo)\b(?!\s*[|:\u2013\u2014-]))"
)
#: the title of an explainer or an opinion piece, led by its genre: "Explainer: Milei's reforms
#: and Argentina's street protests", "OPINION | Ecuador's strike is not 2019", "Análisis: ..."
_GENRE = re.compile(
    # with a fact-check's account of method: "What we checked: We reviewed videos ... of the
    # canister"
    rf"\A\W*(?:{_role('genre')}|q\s*&\s*a)\s*[:|–—]"
)
#: a fact-check's title, which asks what it checks ("Fact check: Was the photographer hit by a
#: canister?"); one that gives the verdict tells the event it places ("Fact check: Video of
#: soldiers firing at a crowd is from Bolivia in 2019"; twentieth session, spurious2)
_CHECK_TITLE = re.compile(r"\A\W*(?:fact[\s-]?check(?:ing)?|verificacion|chequeo)\s*[:|–—]")
#: the same genre told after the topic: "Sri Lanka's uprising: your questions answered", "El paro
#: agrario: lo que hay que saber", "Peru's protests explained"
_GENRE_AFTER = re.compile(
    r"(?::\s*(?:your\s+questions\s+answered|what\s+you\s+need\s+to\s+know|what\s+we\s+know|"
    r"the\s+key\s+questions|questions\s+and\s+answers|lo\s+que\s+(?:hay\s+que|debes|necesitas)\s+saber|"
    r"lo\s+que\s+se\s+sabe|preguntas\s+y\s+respuestas|las\s+claves)"
    r"|\b(?:protests?|strikes?|uprising|unrest|crisis)\s+explained)\W*\Z"
)
_HANDLED = re.compile(r"\b(?:handl(?:ing|ed)|manipula\w*)\b")
_EXPLOSIVE_WORD = re.compile(rf"\b(?:{_role('explosive')})")
_ONLY = re.compile(rf"\b(?:{_role('only')})\b(?:\s+[\w'-]+){{0,4}}\s*\Z")
_DENIAL = re.compile(rf"\b(?:{_role('denial')})\b")
#: matched at the sentence's start (``match`` with a position; ``\A`` would not hold there)
_WHY = re.compile(r"\W*(?:why|por\s+que)\b")
#: an explainer's question names a topic, not an incident: a wh-word opening the sentence or a
#: clause after a comma ("How did the protests start?", "One year after Castillo's fall, what
#: happened in Peru's protests?"), a Spanish one after "¿" ("¿Cómo empezaron las protestas?"),
#: or a yes/no question about "this" or "anyone" ("Is this the first time the government has
#: clashed with protesters?"); "Will the army be sent to Puno?" stays a plan asked about
_ASKED = re.compile(
    r"(?:\A|,)\W*(?:how|what|who|when|where|which)\b"
    r"|\A\W*(?:is|was|has|have|are|were)\s+(?:this|that|it|anyone|anybody)\b"
    r"|¿\s*(?:como|que|quien|quienes|cuando|donde|cual|cuales|cuantos|cuantas|por\s+que)\b"
    r"|¿\s*(?:es|fue|ha|han)\s+(?:esta|este|esto|la\s+primera|alguien)\b"
    # a yes/no question asks whether it holds, and the answer after it tells (twentieth session,
    # coding8): "¿Rige el estado de excepción?", "¿Es el primer paro de este tipo?", "Is the state
    # of emergency still in force?", "Did police fire live rounds?"; one in the future or the
    # conditional is a plan asked about ("¿Declarará el Gobierno el toque de queda?", "Will the
    # army be sent?"), coded possible (factuality)
    # after a transcript's speaker label too (twentieth session, spurious2): "HOST: Were there
    # police among the wounded?"
    r"|\A\W*(?:[a-z]+(?:\s+[a-z]+)?\s*:\s*)?(?:is|was|are|were|did|does|do|has|have)\s+"
    r"(?:the|a|an|there|police|troops|soldiers)\b"
    r"|¿\s*(?![\w]+(?:ra|ran|ria|rian)\b)(?:(?:se|le|les|lo|la|los|las|ya|aun|todavia|sigue|siguen)\s+)?"
    r"(?:es|son|fue|fueron|era|eran|hay|hubo|[a-z]+(?:a|e|o|an|en|on|io|ieron|aron|ado|ido))\s"
)
#: "called the strike 'political'", "calificó el paro de político"
_NAMED_AS = re.compile(rf"\b(?:{_role('named_as')})\s+(?:the|el|la|los|las)\s+\Z")
_NAMING_VERBS = ("call", "descri", "brand", "label", "dubb", "calific", "tild")
#: the epithet in quotes; "described the raid as an act of intimidation" names the raid again
_NAMED_AS_AFTER = re.compile(r"\s*(?:(?:de|como)\s+)?[\"'“‘«]")


def aside(trigger: Found, folded: str, start: int, end: int) -> bool:
    """The trigger at ``trigger`` names no incident of the sentence ``start``–``end`` (see the
    module docstring). ``folded`` is the document's folded text."""
    info = trigger.info
    if not isinstance(info, TriggerInfo):
        return False
    lo = max(start, trigger.start - 80)
    before = folded[lo : trigger.start]
    if "news" in before or "noticia" in before:
        if _NEWS.search(before):
            return True
    if (" is " in before or " es " in before) and _COPULA.search(before):
        return True
    if " no" in before and _NOT_TO.search(before):
        return True
    if (" como " in before or " like " in before) and _SIMILE.search(before):
        return True
    if folded[start:end].rstrip().endswith("?"):
        if _WHY.match(folded, start) or _ASKED.search(folded[start : trigger.start]):
            return True
    head = folded[start : min(end, start + 40)]
    if ("live" in head or "minuto" in head or "en vivo" in head or "en directo" in head) and (
        _COVERAGE.match(head)
    ):
        return True
    if (":" in head or "|" in head or "–" in head or "—" in head) and (
        _GENRE.match(head)
        or (_CHECK_TITLE.match(head) and folded[start:end].rstrip().endswith("?"))
    ):
        return True
    if ":" in folded[start:end] and _GENRE_AFTER.search(folded, start, end):
        return True
    if info.kind == "explosive":
        near = folded[max(start, trigger.start - 60) : min(end, trigger.end + 40)]
        if ("handl" in near or "manipul" in near) and _HANDLED.search(near):
            return True
    if info.kind in ("killing", "injury"):
        # "died when an explosive device he was handling went off", "murió al manipular un
        # artefacto explosivo": the account of a death as an accident of his own
        after = folded[trigger.end : min(end, trigger.end + 70)]
        if ("handl" in after or "manipul" in after) and _HANDLED.search(after):
            if _EXPLOSIVE_WORD.search(after):
                return True
    if info.mode == "tear_gas" and _ONLY.search(
        folded, max(start, trigger.start - 40), trigger.start
    ):
        if _DENIAL.search(folded, start, end):
            return True
    if (
        any(v in before for v in _NAMING_VERBS)
        and _NAMED_AS.search(before)
        and _NAMED_AS_AFTER.match(folded, trigger.end, end)
    ):
        return True
    # the wound phrase holds the trigger: look only around it
    around = folded[max(start, trigger.start - 50) : min(end, trigger.end + 25)]
    if any(w in around for w in _WOUND_WORDS) and any(v in around for v in _WOUND_VERBS):
        for m in _WOUND_HAD.finditer(folded, max(start, trigger.start - 50), end):
            if m.start() <= trigger.start < m.end():
                return True
    return False


#: a possessor in the genitive: "el estado de salud de los heridos", "the families of the dead"
_GENITIVE = re.compile(r"\b(?:de|a)\s+(?:los|las|sus)\s+\Z|\bof\s+(?:the|their)\s+\Z")
#: a plural word for people: "heridos", "detenidos", "huelguistas", "manifestantes", "strikers"
_PEOPLE = re.compile(
    r"[^\W\d_]+(?:ados|idos|istas|antes|entes|ers|ors|ants|ents)\Z|injured|wounded|dead|detained"
)
_PARTITIVE = re.compile(
    r"(?:\d|\b(?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|algunos|"
    r"algunas|muchos|muchas|mayoria|ninguno|one|two|three|four|five|six|seven|eight|nine|ten|some|"
    r"several|many|most|all|none|dozens|hundreds|decenas|cientos))\s+\Z"
)
#: the figure category that, told in the sentence, makes such people an incident's
_CATEGORY = {
    "injury": "injured",
    "killing": "killed",
    "arrest": "detained",
    "protest": "participants",
}


def people_named(trigger: Found, folded: str, start: int, counted: Container[str]) -> bool:
    """People already told, named by what happened to them or what they do, as the possessor
    of something else, in a sentence that counts none of them: "verificaron el estado de salud
    de los heridos y la situación legal de los detenidos", "principal reclamo de los
    huelguistas", "the families of the dead". They are no incident of this sentence."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or info.kind not in _CATEGORY:
        return False
    if _CATEGORY[info.kind] in counted:
        return False
    if not _PEOPLE.fullmatch(folded, trigger.start, trigger.end):
        return False
    m = _GENITIVE.search(folded, max(start, trigger.start - 12), trigger.start)
    if m is None:
        return False
    # "12 de los detenidos", "some of the wounded": a part counted, an incident's figure
    return not _PARTITIVE.search(folded, max(start, m.start() - 12), m.start())
