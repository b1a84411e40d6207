"""Place mentions: where in the text an event is said to happen.

``PlaceFinder`` is the interface the extractor uses; the gazetteer provides the real one
(names, aliases and landmarks resolved to admin levels). Without a gazetteer,
:class:`CapitalisedPlaces` finds capitalised names after a locative preposition
("en Juliaca", "in Puno") and leaves them unresolved.

:func:`event_place` decides an event's place from its sentence and the story around it:

1. the sentence's own places, origins left out, and a coarser place that only qualifies a
   finer one beside it left out too ("San Miguel del Ene, in the district of Vizcatán del Ene,
   Junín region" is San Miguel del Ene); of the rest, the one nearest the trigger;
2. a place that says only the country or a macro-region ("Peru", "southern Peru", "the
   VRAEM") gives way to a finer place inside it: the place of the incident told before, else
   the next sentence's place (a lead names the place vaguely, the next sentence names it), else
   the dateline's;
3. a sentence with no place of its own takes the place of the incident told before; a lead
   that speaks of "a remote village" or "una comunidad" takes the next sentence's place; the
   dateline is the last resort. A text that names no place gives none.

Regional reports name many towns that are not where the event happened (the roles of a town,
below): where people come from or belong (:func:`belongs`), where a road leads
(:func:`on_road`), what a protest is about, came after or is compared with (:func:`about`),
where someone lives (:func:`lives_in`), where people were taken (:func:`taken_to`). Such a
town gives way to a town the sentence places the event in, then to the story's town (the
incident told before, else the dateline's). The story's town moves only with events that
took place, named in their own right: not with a planned or possible event, nor with a
town named only for whom people belong to; and a later paragraph that names no place
returns from a scene set aside ("Mientras tanto, en Desaguadero, ...") to the dateline's.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import NamedTuple, Protocol

from veeduria.extract.numbers import lower_window
from veeduria.extract.terms import fold
from veeduria.extract.wordlists import LANGUAGES, alternation, role_words
from veeduria.models import Location

# ---------------------------------------------------------------------------- words
#
# The words of the patterns below live in ``lexicons/<lang>/places.yaml``, one list per role;
# the patterns keep their structure here and are built once, when this module is loaded, from
# the words of every language (the patterns of a town's roles are read whatever the language
# of the text, as they always were).


def _role_words(role: str, languages: Sequence[str] = LANGUAGES) -> tuple[str, ...]:
    """The words of ``role`` in ``places.yaml`` of ``languages``, longest first."""
    return role_words("places", role, languages)


def _words(role: str, *, any_space: bool = False, languages: Sequence[str] = LANGUAGES) -> str:
    """The words of ``role`` in ``places.yaml`` as an alternation (see :func:`alternation`)."""
    return alternation("places", role, any_space=any_space, languages=languages)


_ORIGIN = re.compile(rf"(?:{_words('origin')})\s*$", re.IGNORECASE)


#: the last word of every phrase of ``_ORIGIN`` ("de", "desde", "hometown", "of", "from"):
#: a match ends with one of these and whitespace, so most names need no search
_ORIGIN_LAST = tuple(sorted({w.split()[-1].lower() for w in _role_words("origin")}))


def is_origin(text: str, start: int) -> bool:
    """True when the place at ``start`` is where people come from, not where it happened;
    so is each later name of a list that opens on an origin ("procedentes de Huanta, de
    Vilcashuamán y de Cangallo")."""
    before = text[max(0, start - 30) : start]
    if not before.rstrip()[-8:].lower().endswith(_ORIGIN_LAST):
        return False
    if _ORIGIN.search(before):
        return True
    head = _list_head(text, start)
    return head != start and bool(_ORIGIN.search(text[max(0, head - 30) : head]))


#: a person's full name closed by a comma and "de"/"from"/"of" right before a town
_PERSON_APPOSED = re.compile(
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){1,3}),\s+(?:de|from|of)\s+\Z"
)
#: the town's words up to the comma or bracket that closes the apposition
_APPOSITION_END = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3}\s*[,)]"
)
#: a noun of a person right before the name ("el comunero Pedro Mamani")
_PERSON_NOUN = re.compile(rf"\b(?:{_words('person_noun')})\s+\Z", re.IGNORECASE)


def person_apposed(text: str, start: int, first_names: Collection[str]) -> bool:
    """ "Nuestro compañero Julián Quispe, de Nasca, resultó herido", "Pedro Mamani, from Ilave,
    was hurt": the town at ``start``, set off by commas after a person's full name, is where
    the person comes from, not where the event was. A name is a person's when it opens on a
    known first name (``first_names``, folded) or a person noun stands before it."""
    m = _PERSON_APPOSED.search(text, max(0, start - 80), start)
    if m is None or _APPOSITION_END.match(text, start) is None:
        return False
    if fold(m.group("name").split()[0]) in first_names:
        return True
    return _PERSON_NOUN.search(text, max(0, m.start() - 30), m.start()) is not None


class PlaceFinder(Protocol):
    def find(self, text: str, folded: str, start: int, end: int, language: str) -> list[Location]:
        """Place mentions in ``text[start:end]``, resolved where the finder can."""
        ...


_CAPITALISED = re.compile(
    r"\b(?:en|desde|hacia|cerca de|in|at|near|outside)\s+"
    rf"((?:(?:la|el|the)\s+)?(?:{_words('level_noun')})?\s*"
    r"(?:de\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:de\s+|del\s+|de la\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+){0,3})"
)
_NOT_PLACES = frozenset(_role_words("not_place"))


class CapitalisedPlaces:
    """Fallback finder: capitalised names after a locative preposition, unresolved."""

    def find(self, text: str, folded: str, start: int, end: int, language: str) -> list[Location]:
        out: list[Location] = []
        for m in _CAPITALISED.finditer(text, start, end):
            name = m.group(1)
            if name.split()[0].lower() in _NOT_PLACES:
                continue
            out.append(Location(text=name, span=(m.start(1), m.end(1))))
        return out


# ---------------------------------------------------------------------------- levels


#: how fine a resolved place is: 0 country or macro-region, 1 department, 2 province,
#: 3 district or town. Unresolved mentions count as towns.
def _rank(loc: Location) -> int:
    if loc.iso is None and loc.admin1 is None:
        return 3
    if loc.admin1 is None:
        return 0
    if loc.geo_precision == 3 or (
        # a town named like its first-level division, where no second level is known
        # ("Nairobi", "Mombasa"), is the town
        loc.admin2 is None and loc.name == loc.admin1 and loc.geo_precision != 1
    ):
        return 1
    if loc.admin3 is None and loc.name == loc.admin2 and loc.geo_precision != 1:
        return 2
    return 3


def _department(loc: Location) -> Location:
    """A location standing for the first-level division ``loc`` lies in."""
    return Location(
        text=loc.text,
        span=loc.span,
        name=loc.admin1,
        admin1=loc.admin1,
        country=loc.country,
        iso=loc.iso,
        geo_precision=3,
    )


def _contains(outer: Location, inner: Location) -> bool:
    """``inner`` lies inside ``outer`` and is finer than it."""
    if outer.iso is None or inner.iso != outer.iso:
        return False
    r_out, r_in = _rank(outer), _rank(inner)
    if r_out == 0:
        return r_in > 0
    if r_out == 1:
        return r_in > 1 and inner.admin1 == outer.admin1
    if r_out == 2:
        return r_in > 2 and inner.admin1 == outer.admin1 and inner.admin2 == outer.admin2
    # a district and a hamlet or landmark inside it ("Unión Mantaro, distrito de Vizcatán del Ene")
    return (
        outer.name is not None
        and outer.name == outer.admin3
        and inner.admin3 == outer.admin3
        and inner.admin2 == outer.admin2
        and inner.name != outer.name
    )


#: how far apart a place and the coarser place that qualifies it may be
_QUALIFIER_REACH = 90
#: how few characters may stand between a place and a qualifier right beside it
_QUALIFIER_GAP = 30


#: an apposition that says where the place before it lies: "Macusani*, a small town in* Puno's
#: Carabaya province", "Juliaca*, a city in* Puno", "Macusani*, un pequeño pueblo de* Puno"
_APPOSITION = re.compile(
    r",\s+(?:(?:a|an|the|un|una|el|la)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_words('apposition_place')})"
    # a capital needs no article: "Abancay, capital de la región Apurímac"
    rf"|(?:(?:the|la)\s+)?(?:{_words('apposition_capital')}))"
    r"\s+(?:(?:in|of|en|de|del)\s+)(?:(?:the|la|el)\s+)?"
    rf"(?:(?:{_words('apposition_level')})\s+(?:of\s+|de\s+)?)?$",
    re.IGNORECASE,
)
#: the longest apposition read
_APPOSITION_REACH = 60


#: the noun a place mention may begin with ("*pueblo de* Puno"), read as part of the apposition
_APPOSITION_NOUN = re.compile(rf"(?:{_words('apposition_noun')})\s+(?:de|del)\s+", re.IGNORECASE)


def _apposed(p: Location, places: Sequence[Location], text: str) -> bool:
    """``p`` only says where a place named just before it lies, in an apposition."""
    noun = _APPOSITION_NOUN.match(text, p.span[0], p.span[1])
    start = noun.end() if noun is not None else p.span[0]
    return any(
        q is not p
        and q.iso == p.iso
        and 0 < p.span[0] - q.span[1] <= _APPOSITION_REACH
        and _APPOSITION.match(text[q.span[1] : start]) is not None
        for q in places
    )


#: an English possessive right after a place: "Cusco*'s* Alejandro Velasco Astete airport"
_POSSESSIVE = re.compile(r"['’]s?\s+(?:(?:own|main|central|southern|northern)\s+)?")


def _possessor(p: Location, places: Sequence[Location], text: str) -> bool:
    """``p`` only owns the place named right after it: "near Cusco's Alejandro Velasco Astete
    airport", "Lima's San Juan de Lurigancho district" are the airport and the district, when
    these lie in ``p``'s first-level division."""
    m = _POSSESSIVE.match(text, p.span[1])
    return m is not None and any(
        q is not p
        and q.span[0] == m.end()
        and q.iso == p.iso
        and q.admin1 is not None
        and q.admin1 == p.admin1
        # a city over several second-level divisions keeps one of them ("Istanbul's Maltepe
        # district" is Istanbul, as coders write a part of a city abroad)
        and not (p.admin2 is None and _rank(p) == 3 and q.admin3 is None and q.name == q.admin2)
        for q in places
    )


def _without_qualifiers(places: Sequence[Location], text: str | None = None) -> list[Location]:
    """Leave out a place that only says where a finer place beside it lies. Given the
    ``text``, a town named for the people who come from it qualifies only a place right beside
    it ("residents of Ilave, also in Puno"): "pobladores de Orurillo marcharon por la capital
    de la provincia de Melgar" keeps the province."""
    if len(places) < 2:
        return list(places)
    out = []
    for p in places:
        if text is not None and (_apposed(p, places, text) or _possessor(p, places, text)):
            continue
        if any(
            q is not p
            and _contains(p, q)
            and abs(q.span[0] - p.span[0]) <= _QUALIFIER_REACH
            and (
                text is None or abs(p.span[0] - q.span[1]) <= _QUALIFIER_GAP or not belongs(q, text)
            )
            for q in places
        ):
            continue
        out.append(p)
    return out


# a place that ends an institution's name: "la Dirección Regional de Salud de Puno",
# "Defensoría del Pueblo de Ayacucho" (a level word is no institution: "Región de Puno")
_INSTITUTIONS = _words("institution")
_IN_NAME_BEFORE = re.compile(
    rf"\b(?:{_INSTITUTIONS})"
    r"(?:\s+(?:de|del|de la|de los|de las|y|e|[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)){0,5}?\s+(?:de|del|de la)\s+$"
    # a station or a paper named after its town: "Radio Juliaca", "Diario Puno"
    rf"|\b(?:{_words('station')})\s+$"
    # an office named by its acronym and its region or city, with no "de": "la Diresa Cusco",
    # "la Geresa Arequipa", "el Sutep Puno", "la Red de Salud San Román"
    rf"|\b(?:{_words('office_acronym', any_space=True)})\s+$"
    # the same after the name spelled out and its acronym in brackets: "la Dirección Regional
    # de Salud (Diresa) Cusco", "la Gerencia Regional de Salud (Geresa) Arequipa"
    rf"|\b(?:{_INSTITUTIONS})[^.;:()\n]{{0,50}}?\([A-ZÁÉÍÓÚÑ][\w-]{{1,12}}\)\s+(?:(?:de|del)\s+)?$"
)
#: one of those words, wherever it is: searched first, since ``re`` skips ahead to the capitals
#: these begin with, and tries ``_IN_NAME_BEFORE`` (which begins with ``\b``) at every position
_INSTITUTION = re.compile(_INSTITUTIONS)
# "the Puno Regional Government", "the Cusco Chamber of Commerce"
_IN_NAME_AFTER = re.compile(rf"\s+(?:{_words('name_after')})\b")
# the same in lower case: "the Puno regional health directorate", "the Melgar peasant
# federation", "the Cusco chamber of commerce"
_IN_NAME_AFTER_LOWER = re.compile(
    rf"\s+(?:(?:{_words('name_after_level')})\s+(?:{_words('name_after_office')})"
    rf"|(?:[a-z]+\s+)?(?:{_words('name_after_body')}))\b"
)
# "the Puno protests": a place as the modifier of an event noun names the events, not where
# the sentence's own event happens
_MODIFIER_BEFORE = re.compile(rf"\b(?:{_words('modifier_determiner')})\s+$", re.IGNORECASE)
_MODIFIER_AFTER = re.compile(rf"\s+(?:{_words('modifier_event')})\b")
# where a person described in an apposition belongs: "el fallecido, presidente de una comunidad
# campesina de la provincia de Anta, presentaba ..."
_AFFILIATION_BEFORE = re.compile(
    rf",\s*(?:(?:the|el|la|un|una|a|an)\s+)?(?:{_words('affiliation')})"
    r"\s+(?:de|del|of|in|en)\b[^,;.]{0,80}$",
    re.IGNORECASE,
)
# where a speaker is, not where the event happened: "Officials in Lima attributed the attack"
_SPEAKER_BEFORE = re.compile(rf"\b(?:{_words('speaker')})\s+(?:in|en|de)\s+$", re.IGNORECASE)
# a road named by the towns it links: "la carretera Puno–Desaguadero", "the Cusco-Puno road"
_ROAD_END_AFTER = re.compile(r"\s*[–—-]\s*[A-ZÁÉÍÓÚÑ]")
_ROAD_END_BEFORE = re.compile(r"[A-Za-záéíóúñ]\s*[–—-]\s*$")


# ---------------------------------------------------------------------------- roles of a town
#
# Regional reporting names many towns that are not where the event happened: where the people
# come from or belong ("comuneros de Azángaro, Huancané y Moho llegaron a la ciudad", "el
# alcalde de Ayaviri", "a leader who lives in Orurillo"), where a road leads ("tomaron la
# carretera hacia Cusco", "el tramo entre Sicuani y Combapata", "trucks bound for Arequipa"),
# and the incidents a protest is about ("marcharon en rechazo a las muertes de Juliaca"). Such
# a town gives way to a town the sentence places the event in, then to the story's town.

#: a list of names before a place: "Azángaro, Huancané y Moho", "Ilave and Juli"; the
#: preposition may come again before each name: "llegados de Huanta y de Cangallo", "desde
#: Ilave, desde Juli y desde Pomata", "from Ilave and from Juli"
_LIST_LINK_BEFORE = re.compile(
    r"(?:,\s*(?:(?:y|e|o|and|or)\s+)?|\s+(?:y|e|o|and|or)\s+)(?:(?:de|desde|from)\s+)?$"
)
# a name of one to three capitalised words ("Moho", "Santa Rosa"); a name with "de" in it
# would swallow the noun before the list ("Delegaciones de Ilave")
_LIST_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]*){0,2}$")
_LIST_WORDS = frozenset({"y", "e", "o", "and", "or", "Y", "E", "O", "And", "Or"})
#: a preposition said again before each name of a list ("de Huanta y de Cangallo")
_LIST_PREPOSITIONS = frozenset({"de", "desde", "from"})
#: how many names back a list may run, and how far
_LIST_NAMES = 6
_LIST_REACH = 160


def _list_head(text: str, start: int) -> int:
    """Where the list of names that ends with the name at ``start`` begins ("Azángaro" in
    "Azángaro, Huancané y Moho"); ``start`` when the name is no later item of a list."""
    answers = _answers(text)
    key = ("list_head", start, start)
    found = answers.get(key)
    if found is None:
        found = answers[key] = _find_list_head(text, start)
    return found


def _find_list_head(text: str, start: int) -> int:
    head = start
    floor = max(0, start - _LIST_REACH)
    for _ in range(_LIST_NAMES):
        tail = text[max(floor, head - 12) : head].split()
        if tail and tail[-1] in _LIST_PREPOSITIONS and len(tail) > 1:
            tail = tail[:-1]  # "y de Cangallo": the link before the repeated preposition
        if not tail or not (tail[-1].endswith(",") or tail[-1] in _LIST_WORDS):
            break  # the cheap test first: most names follow no comma and no "y"
        link = _LIST_LINK_BEFORE.search(text, floor, head)
        if link is None:
            break
        name = _LIST_NAME_BEFORE.search(text, floor, link.start())
        if name is None:
            break
        head = name.start()
    return head


# people named by the town they come from or belong to, and the authorities of a town:
# "comuneros de Azángaro", "pobladores de los distritos de Santa Rosa", "mineros artesanales de
# Atico", "delegaciones de Ilave", "un dirigente de Espinar", "el alcalde de Ayaviri"; "the
# mayor of Santa Rosa", "residents of Juliaca", "farmers from the districts of Santa Rosa"
#: the words that name people by where they belong (a noun before "de", "of", "from")
_BELONGING_NOUNS = f"(?:{_words('belonging')})"
_BELONGING_NOUN = re.compile(_BELONGING_NOUNS, re.IGNORECASE)
_BELONGING_BEFORE = re.compile(
    r"\b" + _BELONGING_NOUNS + r"(?:\s+[a-záéíóúñ]+){0,2}?"
    # "manifestantes, en su mayoría de Azángaro", "protesters, mostly from Ilave"
    rf"(?:,?\s+(?:{_words('belonging_most', any_space=True)}))?"
    r"\s+(?:de|del|of|from)\s+"
    r"(?:(?:la|las|los|el|the)\s+)?"
    r"(?:[A-ZÁÉÍÓÚÑ][\w-]+['’]s\s+)?"  # "the governor of Bolivia's Santa Cruz region"
    rf"(?:(?:{_words('belonging_unit')})(?:\s+[a-záéíóúñ]+)?\s+(?:de|del|of)\s+"
    r"(?:(?:la|el|the)\s+)?)?$",
    re.IGNORECASE,
)
# where someone lives: "un dirigente que vive en Orurillo", "a leader who lives in Orurillo"
_RESIDENCE_BEFORE = re.compile(
    rf"\b(?:who|que)\s+(?:{_words('residence')})\s+(?:in|en)\s+"
    rf"(?:(?:the\s+)?(?:{_words('residence_unit', languages=('en',))})\s+of\s+"
    rf"|(?:la|el)\s+(?:{_words('residence_unit', languages=('es',))})\s+de\s+)?$",
    re.IGNORECASE,
)
# where a road leads or lies between, and where vehicles were bound: "la carretera hacia
# Cusco", "la vía a Arequipa", "el tramo entre Sicuani y Combapata", "the road to Cusco", "the
# highway linking Juliaca and Puno", "camiones con destino a Arequipa", "trucks bound for Juliaca"
_ROAD_JOINS = _words("road_joins")
_ROAD_TO_BEFORE = re.compile(
    rf"\b(?:(?:{_words('road', any_space=True)})"
    rf"(?:\s+[a-záéíóúñ]+){{0,2}}?,?\s+(?:{_words('road_link', any_space=True)}|"
    rf"que\s+(?:{_ROAD_JOINS})(?:\s+a)?(?:\s+la|\s+el)?)"
    # "la carretera que une Ilave con Juli": the second end
    rf"|que\s+(?:{_ROAD_JOINS})\s+(?:a\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]*)?\s+con"
    # where vehicles were bound: "camiones con destino a Arequipa", "trucks bound for Juliaca",
    # "a patrol on its way to Ilave"
    rf"|(?:{_words('road_bound', any_space=True)}|"
    # where someone was going: "una patrulla que se dirigía a Juli", "el bus que iba hacia Puno"
    rf"que\s+(?:{_words('road_going', any_space=True)})\s+(?:a|al|hacia))"
    # the article of a place named with its unit where someone was bound: "a patrol heading
    # for the town of Juli", "una patrulla que se dirigía a la localidad de Juli" (the span
    # starts at the unit); not after a road's "to" ("walked along the highway to the town of
    # La Merced": where they went)
    r"(?:\s+(?:the|la|el))?)\s+$",
    re.IGNORECASE,
)


# the same with a possessive: "Juliaca's mayor", "Puno's governor"
_ROLE_AFTER = re.compile(
    rf"['’]s\s+(?:{_words('possessive_role', any_space=True)})\b", re.IGNORECASE
)


#: the word right before a name (lower case), and the words each "before" pattern can end
#: with: a pattern is tried only after one of them (most names follow "en" or "in")
_BELONGING_LAST = frozenset({"de", "del", "of", "from", "la", "las", "los", "el", "the"})
_RESIDENCE_LAST = frozenset({"in", "en", "of", "de"})
_ROAD_LAST = frozenset(
    {w.split()[-1].lower() for w in _role_words("road_link") + _role_words("road_bound")}
    | {w.lower() for w in _role_words("road_joins")}
    | {"la", "el", "a", "con", "the"}
)


def _last_word(text: str, start: int) -> str:
    """The word just before ``start``, lower case ("" when there is none)."""
    words = text[max(0, start - 30) : start].split()
    return words[-1].strip(_PUNCTUATION).lower() if words else ""


_PUNCTUATION = ',.;:()[]"«»“”¿?¡!'


#: what the roles of a place answered for one text: ``(text, {(role, start, end): answer})``.
#: Each event of a sentence, and each later sentence that looks back, asks again about the
#: same names; an answer depends only on the text and the name's span. Replaced whole when
#: another text comes, so that a reader never files an answer under another text.
_ANSWERS: list[tuple[str, dict[tuple[str, int, int], int]]] = [("", {})]


def _answers(text: str) -> dict[tuple[str, int, int], int]:
    """The answers kept for ``text`` (none yet when it is not the last text asked about)."""
    kept = _ANSWERS[0]
    if kept[0] is not text:
        kept = (text, {})
        _ANSWERS[0] = kept
    return kept[1]


def belongs(loc: Location, text: str) -> bool:
    """A town that says where people come from or belong, or who governs there ("comuneros de
    Azángaro, Huancané y Moho", "el alcalde de Ayaviri", "residents of Juliaca", "Juliaca's
    mayor", "who lives in Orurillo"), not where they acted."""
    answers = _answers(text)
    key = ("belongs", loc.span[0], loc.span[1])
    found = answers.get(key)
    if found is None:
        found = answers[key] = _belongs(loc, text)
    return bool(found)


def _belongs(loc: Location, text: str) -> bool:
    b = loc.span[1]
    if _ROLE_AFTER.match(text, b, min(len(text), b + 20)) or lives_in(loc, text):
        return True
    head = _list_head(text, loc.span[0])
    last = _last_word(text, head)
    if last not in _BELONGING_LAST and not last.endswith(("'s", "’s")):
        return False
    window = max(0, head - 90)
    if not any(_belonging_noun(w) for w in text[window:head].split()):
        return False  # no word that names people: the long pattern cannot match
    return bool(_BELONGING_BEFORE.search(text, window, head))


_NOUN_SEEN: dict[str, bool] = {}


def _belonging_noun(word: str) -> bool:
    """The word (punctuation around it left out) is one of ``_BELONGING_NOUNS``."""
    found = _NOUN_SEEN.get(word)
    if found is None:
        if len(_NOUN_SEEN) > 50_000:
            _NOUN_SEEN.clear()
        found = _NOUN_SEEN[word] = bool(_BELONGING_NOUN.fullmatch(word.strip(_PUNCTUATION)))
    return found


def lives_in(loc: Location, text: str) -> bool:
    """A town named as where someone lives ("a leader who lives in Orurillo")."""
    a = loc.span[0]
    if _last_word(text, a) not in _RESIDENCE_LAST:
        return False
    return bool(_RESIDENCE_BEFORE.search(text, max(0, a - 50), a))


# signs that people named by their town acted elsewhere: they came ("llegaron a la ciudad",
# "viajó con su delegación", "had travelled to the city"), the sentence points at the story's
# town ("la ciudad", "this town"), they led or called the event ("la marcha, encabezada por el
# alcalde de Santa Rosa"), or they only speak of it ("un dirigente de Espinar denunció que")
_CAME = re.compile(
    rf"\b(?:{_words('came', any_space=True)}|"
    rf"{_words('came_town', any_space=True, languages=('es',))}|"
    rf"(?:{_words('came_town', any_space=True, languages=('en',))})(?!['’])|"
    # they marched to somewhere else: "pobladores de San Román marcharon hacia el terminal
    # aéreo", "residents of Ilave marched on the airport"
    rf"(?:{_words('marched')})\s+(?:{_words('marched_toward', any_space=True)}))\b",
    re.IGNORECASE,
)
# a street or square named in the sentence ("por la avenida El Sol", "en el jirón Lampa", "hasta
# la plaza San Martín"): it is in the story's town, so people named by where they belong acted
# there ("CUSCO.- Manifestantes de Espinar marcharon por la avenida El Sol"); a "plaza de Armas"
# is every town's, so it says nothing
_ON_STREET = re.compile(
    r"\b(?i:por|en|hacia|hasta)\s+(?i:la|el|las|los)\s+"
    rf"(?i:{_words('street', languages=('es',))})\s+[A-ZÁÉÍÓÚÑ0-9]"
)
#: how far after a street's word its own town may follow ("la Plaza Mayor de Huamanga")
_STREET_TOWN_REACH = 40


def _street_of(street: int, town: int, text: str) -> bool:
    """The town at ``town`` closes the name of the street whose word ends at ``street`` ("la
    Plaza Mayor de Huamanga", "la avenida El Sol del Cusco"): the street is that town's."""
    gap = text[street:town]
    return 0 <= town - street <= _STREET_TOWN_REACH and not any(c in gap for c in ",.;:")


_LED_BY = re.compile(
    rf"\b(?:{_words('led_by', languages=('en',))})\s+by\s+(?:the\s+)?$|"
    rf"\b(?:{_words('led_by', languages=('es',))})\s+por\s+(?:el|la|los|las)?\s*$",
    re.IGNORECASE,
)
_SPOKE = re.compile(rf"[^.;:]{{0,60}}?\b(?:{_words('spoke')})\b", re.IGNORECASE)
#: how far before a role word the leader of an event may be named ("encabezada por el")
_ROLE_REACH = 60


def came_elsewhere(loc: Location, text: str, sentence: tuple[int, int]) -> bool:
    """For a town that says where people belong (:func:`belongs`): the sentence says they
    acted away from it, so the story's town is the event's. "Residents of Ilave lynched their
    mayor" names where they did it; "comuneros de Azángaro llegaron a la ciudad y marcharon",
    "la marcha, encabezada por el alcalde de Santa Rosa", "un dirigente de Espinar denunció
    que ..." do not."""
    a, b = loc.span
    if _CAME.search(text, sentence[0], sentence[1]) or any(
        not _street_of(m.end(), a, text)
        for m in _ON_STREET.finditer(text, sentence[0], sentence[1])
    ):
        return True
    head = _list_head(text, a)
    role = _BELONGING_BEFORE.search(text, max(0, head - 90), head)
    if role is None:
        return False
    r = role.start()
    return bool(
        _LED_BY.search(text, max(sentence[0], r - _ROLE_REACH), r)
        or _SPOKE.match(text, b, min(sentence[1], b + 80))
    )


def on_road(loc: Location, text: str) -> bool:
    """A town named as where a road leads or lies between, or where vehicles were bound ("la
    carretera hacia Cusco", "el tramo entre Ilave y Juli", "trucks bound for Arequipa")."""
    head = _list_head(text, loc.span[0])
    last = _last_word(text, head)
    if last in _ROAD_FROM_LAST:
        # "the road from Cusco to Anta", "la carretera de Cusco a Abancay": the road's first end;
        # "las vías de acceso desde Abancay", "the roads in from Cusco": where the roads come
        # from, with no other end named
        return bool(_ROAD_FROM_BEFORE.search(text, max(0, head - 60), head)) and (
            last in ("desde", "from") or _ROAD_FROM_AFTER.match(text, loc.span[1]) is not None
        )
    if last not in _ROAD_LAST:
        return False
    return bool(_ROAD_TO_BEFORE.search(text, max(0, head - 60), head))


#: a road told from its first end: "the road from (Cusco) to Anta", "la vía de (Cusco) a"
_ROAD_FROM_BEFORE = re.compile(
    rf"\b(?:{_words('road', any_space=True)})(?:\s+[a-záéíóúñ]+){{0,2}}?\s+(?:from|desde|de|del)\s+$",
    re.IGNORECASE,
)
_ROAD_FROM_AFTER = re.compile(
    r"\s+(?:to|a|al|hacia|hasta|towards?)\s+(?:the\s+|la\s+|el\s+)?[A-ZÁÉÍÓÚÑ]"
)
_ROAD_FROM_LAST = frozenset({"from", "desde", "de", "del"})


# the incidents a protest is about, and their victims, named by their town: "en rechazo a las
# muertes de Juliaca", "homenaje a los fallecidos de Juliaca", "en respaldo a los detenidos de
# Chala", "to protest the killings in Juliaca", "justice for the victims of Juliaca"
_ABOUT_BEFORE = re.compile(
    rf"\b(?:(?P<noun>{_words('about_incident')})"
    r"\s+(?:de|del|en|ocurrid[oa]s\s+en|in|at|of)"
    # the victims by their town ("los heridos en Ayacucho" is where they were hurt)
    rf"|(?P<victims>{_words('about_victims')})\s+(?:de|del|of))"
    r"\s+(?:(?:la|el|the)\s+)?$",
    re.IGNORECASE,
)


# a town an event is compared with: "como ocurrió en Juliaca", "al igual que en Ilave", "as
# happened in Juliaca", "like the one in Ayacucho"
_LIKE_BEFORE = re.compile(
    rf"\b(?:{_words('like', any_space=True)})\s+(?:en|in|at)\s+$"
    # a protest for another town's people: "justicia para Juliaca", "en solidaridad con los
    # pobladores de Ilave", "in solidarity with Puno", "justice for the martyrs of Juliaca"
    rf"|\b(?:{_words('solidarity', any_space=True)})\s+(?:(?:los|las|el|la|the)\s+)?"
    rf"(?:(?:{_words('solidarity_people')})\s+(?:de|del|of)\s+)?$",
    re.IGNORECASE,
)


# the grievance a protest is held for: "en rechazo a", "en protesta por", "para exigir
# justicia por", "to protest", "to denounce", "in protest at"
_PURPOSE = re.compile(
    rf"\b(?:en\s+(?:{_words('purpose_noun')})\s+(?:a|al|por|de|del|con)|"
    rf"para\s+(?:{_words('purpose_verb', any_space=True, languages=('es',))})|"
    rf"to\s+(?:{_words('purpose_verb', any_space=True, languages=('en',))})|"
    rf"{_words('purpose_phrase', any_space=True)})\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:()]|\s[–—]\s")
#: how far before a town the phrase of a grievance may begin
_PURPOSE_REACH = 90


# a clause that opens a sentence with what came before the event: "Tras la muerte de 17
# personas en Juliaca, miles marcharon ...", "Two days after the killings in Juliaca,
# thousands marched ...", "Following clashes in Ilave, ..."
_PRIOR_CLAUSE = re.compile(
    r"(?:^|[.!?]\s+|\n\s*|[–—]\s*|\.-\s*|\|\s*)"
    r"(?:(?:\w+\s+)?(?:d[ií]as?|semanas?|days?|weeks?)\s+)?"
    r"(?:Tras|Despu[eé]s\s+de|Luego\s+de|A\s+ra[ií]z\s+de|after|following|"
    r"in\s+the\s+wake\s+of)\b[^,;.!?\n]*$",
    re.IGNORECASE,
)
#: how far before a town such a clause may open
_PRIOR_REACH = 120


def _prior_clause_comma(text: str, a: int) -> int:
    """The comma that closes the clause the town at ``a`` lies in, when that clause opens the
    sentence with what came before the event; -1 when there is none. An event word after
    that comma is not about the town (:func:`about`)."""
    reach = max(0, a - _PRIOR_REACH)
    if not _has_any(text, reach, a, _PRIOR_STEMS):
        return -1
    m = _PRIOR_CLAUSE.search(text, reach, a)
    if m is None:
        return -1
    comma = text.find(",", a)
    if comma == -1 or _CLAUSE_BREAK_OR_END.search(text, a, comma) is not None:
        return -1
    return comma


_CLAUSE_BREAK_OR_END = re.compile(r"[;.!?\n]")
# a clause set off by commas that tells what people did before: "los manifestantes, que el
# lunes bloquearon la vía en Ilave, marcharon hoy por la ciudad", "protesters, who had
# blocked the road in Ilave on Monday, marched"
_ASIDE_OPEN = re.compile(r",\s+(?:que|quienes|who)\b[^,;.!?\n]*$", re.IGNORECASE)
_ASIDE_CLOSE = re.compile(r"[^,;.!?\n]*,")
#: how far before a town such a clause may open
_ASIDE_REACH = 100


def _aside_around(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Where the relative clause set off by commas that the town at ``span`` lies in opens
    and ends; ``(-1, -1)`` when there is none. An event word outside it is not the town's
    (:func:`about`)."""
    a, b = span
    reach = max(0, a - _ASIDE_REACH)
    if text.find(",", reach, a) < 0 or not _has_any(text, reach, a, _ASIDE_STEMS):
        return -1, -1
    m = _ASIDE_OPEN.search(text, reach, a)
    if m is None:
        return -1, -1
    close = _ASIDE_CLOSE.match(text, b)
    if close is None:
        return -1, -1
    return m.start(), close.end()


# where people set off for: "partieron en buses hacia Juliaca", "headed for Puno"
_HEADED_BEFORE = re.compile(
    rf"\b(?:{_words('headed', any_space=True)})"
    r"(?:\s+[\w]+){0,3}?\s+(?:hacia|rumbo\s+a|con\s+destino\s+a|for|toward|towards)\s+$",
    re.IGNORECASE,
)


#: the words the patterns above can end with, and stems one of their words must contain:
#: each pattern is tried only when the text before the town has them (most towns follow "en")
_ABOUT_LAST = frozenset({"de", "del", "en", "in", "at", "of", "la", "el", "the"})
_LIKE_LAST = frozenset(
    {"en", "in", "at", "of", "de", "del"}
    | {"los", "las", "el", "la", "the"}
    # the last word of each phrase of solidarity ("para", "con", "a", "for", "with", "of")
    | {w.split()[-1].lower() for w in _role_words("solidarity")}
)
_HEADED_LAST = frozenset({"hacia", "a", "for", "toward", "towards"})
_PURPOSE_STEMS = _role_words("purpose_stem")
_PRIOR_STEMS = ("tras", "despu", "luego", "raíz", "raiz", "after", "following", "wake")
_ASIDE_STEMS = ("que", "quien", "who")
_TAKEN_STEMS = _role_words("taken_stem")


def _has_any(text: str, start: int, end: int, stems: tuple[str, ...]) -> bool:
    """``text[start:end]`` (lower-cased) contains one of ``stems``."""
    low = lower_window(text, start, end)
    return any(stem in low for stem in stems)


# a relative clause of place right after a town: "Otavalo, donde ...", "Kitengela, where ..."
_WHERE_AFTER = re.compile(r",?\s+(?:en\s+donde|donde|where)\s", re.IGNORECASE)
_WHERE_CLAUSE_END = re.compile(r"[,;:.()]|\s[–—]\s")


def _where_clause(text: str, end: int, t: int) -> bool:
    """The trigger at ``t`` lies in the relative clause of place that opens right after a
    town ending at ``end`` ("Otavalo, donde fue incendiado el retén")."""
    m = _WHERE_AFTER.match(text, end, min(len(text), end + 16))
    if m is None or t < m.end():
        return False
    return _WHERE_CLAUSE_END.search(text, m.end(), t) is None


def about(loc: Location, text: str, trigger: tuple[int, int]) -> bool:
    """A town that names the incidents an event is about or is compared with ("marcharon en
    rechazo a las muertes de Juliaca", "to protest the killings in Juliaca", "como ocurrió en
    Ilave"), when the event's own word is another: "la masacre de Juliaca dejó 17 muertos" is
    the massacre's own place."""
    a = loc.span[0]
    # what the text says around the town does not depend on the event: read once per name
    # (each event of a sentence, and the sentences that look ahead, ask about it again)
    marks = _about_marks(text)
    found = marks.get(loc.span)
    if found is None:
        found = marks[loc.span] = _read_about(text, loc.span)
    about_at, like_at, comma, aside_opens, aside_closes, went_at, why_at = found
    t = trigger[0]
    if about_at >= 0 and _where_clause(text, loc.span[1], t):
        # "los hechos de Otavalo, donde fue incendiado el retén", "the killings in Kitengela,
        # where a police post was burned": the event told in the place's own relative clause
        return False
    if about_at >= 0 and not (about_at <= t < a):
        return True
    if like_at >= 0 and not (like_at <= t < a):
        return True
    # "marcharon en rechazo a la muerte de un joven en Juliaca", "to protest the shooting of
    # two students in Juliaca": the town of the grievance, in a purpose phrase the event's
    # word is outside of: a clause with what came before, or a relative clause
    if comma >= 0 and comma < t:
        return True
    if aside_opens >= 0 and not (aside_opens <= t < aside_closes):
        return True
    if went_at >= 0 and t < went_at:
        # "se concentraron en la plaza y luego partieron en buses hacia Juliaca": where they
        # went after the event
        return True
    if why_at < 0:
        return False
    return not (why_at <= t < a)


#: what :func:`_read_about` read around the names of one text, by span: ``(text, {span:
#: marks})``; replaced whole when another text comes, as ``_ANSWERS`` is
_ABOUT_MARKS: list[tuple[str, dict[tuple[int, int], tuple[int, int, int, int, int, int, int]]]] = [
    ("", {})
]


def _about_marks(text: str) -> dict[tuple[int, int], tuple[int, int, int, int, int, int, int]]:
    kept = _ABOUT_MARKS[0]
    if kept[0] is not text:
        kept = (text, {})
        _ABOUT_MARKS[0] = kept
    return kept[1]


def _read_about(text: str, span: tuple[int, int]) -> tuple[int, int, int, int, int, int, int]:
    """For :func:`about`, where the phrases before the town at ``span`` begin (-1: none): the
    incidents it names, a comparison, the comma of a clause with what came before, the
    relative clause it lies in (its start and end), where people set off for it, and the
    purpose phrase that names the grievance."""
    a = span[0]
    last = _last_word(text, a)
    m = _ABOUT_BEFORE.search(text, max(0, a - 40), a) if last in _ABOUT_LAST else None
    if m is None and last in _KIN_LAST:
        m = _victims_kin_before(text, a)
    like = _LIKE_BEFORE.search(text, max(0, a - 40), a) if last in _LIKE_LAST else None
    aside_opens, aside_closes = _aside_around(text, span)
    went = _HEADED_BEFORE.search(text, max(0, a - 60), a) if last in _HEADED_LAST else None
    return (
        -1 if m is None else m.start(),
        -1 if like is None else like.start(),
        _prior_clause_comma(text, a),
        aside_opens,
        aside_closes,
        -1 if went is None else went.start(),
        _purpose_start(text, a),
    )


def _victims_kin_before(text: str, a: int) -> re.Match[str] | None:
    """The kin of victims told by where those fell, before the town at ``a``: "los
    familiares de los fallecidos en (Juliaca) marcharon en Lima", "relatives of those killed
    in (Juliaca) rallied in Lima". The town is the past incident's; the kin act elsewhere
    (the victims alone are where the event was: "los heridos en Juliaca")."""
    reach = max(0, a - _KIN_REACH)
    if not _has_any(text, reach, a, _KIN_STEMS):
        return None
    return _KIN_BEFORE.search(text, reach, a)


#: the kin, a victim told by what befell them, and "en" / "in" before the town
_KIN_BEFORE = re.compile(
    rf"\b(?:{_words('victims_kin')})\s+(?:de|of)\s+(?:(?:los|las|the|those)\s+)?"
    r"(?:[\w-]+\s+){0,2}?"
    rf"(?:{_words('victims_fate')})\s+"
    r"(?:(?:durante|during)\s+(?:(?:los|las|la|el|the)\s+)?[\w-]+\s+(?:de|en|in|of|at)|en|in|at)"
    r"\s+(?:(?:la|el|the)\s+)?$",
    re.IGNORECASE,
)
#: how far before a town the kin may be named
_KIN_REACH = 90
#: the last word before a town such a phrase ends with
_KIN_LAST = frozenset({"en", "in", "at", "de", "of", "la", "el", "the"})
#: the first letters of every kin word (lower case): the quick test before the pattern
_KIN_STEMS = tuple(sorted({w[:3].lower() for w in _role_words("victims_kin")}))


def _purpose_start(text: str, a: int) -> int:
    """Where the purpose phrase that ends at the town at ``a`` begins ("en rechazo a la
    muerte de un joven en"), when no clause ends inside it; -1 when there is none."""
    reach = max(0, a - _PURPOSE_REACH)
    if not _has_any(text, reach, a, _PURPOSE_STEMS):
        return -1  # no word of a grievance: the pattern cannot match
    why = list(_PURPOSE.finditer(text, reach, a))[-1:]
    if not why or _CLAUSE_END.search(text, why[0].end(), a):
        return -1
    return why[0].start()


def weak(loc: Location, text: str) -> bool:
    """A place named only as part of another name (an institution, a road between two towns),
    as where people come from or a road leads, or as the reference point of a distance: it
    says where that thing is, not necessarily where the event happened."""
    # ``_in_name`` reads the case of the place's first letter, besides its span
    answers = _answers(text)
    role = "weak, lower case" if loc.text[:1].islower() else "weak"
    key = (role, loc.span[0], loc.span[1])
    found = answers.get(key)
    if found is None:
        found = answers[key] = (
            _in_name(loc, text)
            or belongs(loc, text)
            or on_road(loc, text)
            or distance_reference(loc, text)
        )
    return bool(found)


#: a border before a place: "el paso fronterizo con Bolivia", "the border with Bolivia"
_BORDER_BEFORE = re.compile(
    rf"\b(?:{_words('border', any_space=True)})\s+(?:(?:la|el|the)\s+)?$", re.IGNORECASE
)


def border_reference(loc: Location, text: str) -> bool:
    """The place is the neighbour a border faces ("El paso fronterizo con Bolivia sigue
    cerrado: manifestantes bloquean el puente binacional"): the event is on this side of it."""
    a = loc.span[0]
    return _BORDER_BEFORE.search(text, max(0, a - 40), a) is not None


# a distance before a place: "a unos 12 kilómetros de Cochabamba", "some 20 km north of
# Cusco", "a dos horas de Juliaca", "40 miles from the capital" (metres and blocks are "at")
_DISTANCE_BEFORE = re.compile(
    rf"(?:\d+(?:[.,]\d+)?|\b[^\W\d_]+)\s*(?:{_words('distance_unit')})\.?"
    # a conversion in brackets: "160 km (100 miles) south-east of the capital"
    r"(?:\s*\([^()]{1,30}\))?"
    rf"(?:\s+(?:al|to\s+the)?\s*(?:{_words('cardinal')}|{_words('intercardinal')})(?:ern)?)?"
    r"\s+(?:de|del|from|of)\s+(?:(?:la\s+ciudad\s+de|the\s+(?:city|town)\s+of|la|el|the)\s+)?$",
    re.IGNORECASE,
)
#: the word before the town a distance or a near word ends with ("near", "outside" and "a" for
#: the ``near_apposition`` words of places.yaml): a phrase added there that ends with another
#: word needs it here too ("close to" ends with "to", which is not here, so it is never read)
_DISTANCE_LAST = frozenset({"de", "del", "from", "of", "la", "el", "the", "near", "outside", "a"})
# a town right after another one and a near word: "Sacaba, near Cochabamba", "Sacaba, cerca de
# Cochabamba", "Pichanaki, outside La Merced", or a bearing: "Chame, west of the capital",
# "Sacaba, al este de Cochabamba": the first is the place, the second locates it
_NEAR_APPOSITION = re.compile(
    rf"[A-ZÁÉÍÓÚÑ][\w'’-]+,\s+(?:{_words('near_apposition', any_space=True)}|"
    rf"(?:al\s+)?(?:{_words('cardinal', languages=('es',))}"
    rf"|{_words('intercardinal', languages=('es',))})\s+de|"
    rf"(?:{_words('cardinal', languages=('en',))}"
    rf"|{_words('intercardinal', languages=('en',))})\s+of)\s+"
    r"(?:(?:la\s+ciudad\s+de|the\s+(?:city|town)\s+of)\s+)?$"
)


def distance_reference(loc: Location, text: str) -> bool:
    """The place is the reference point of a distance ("el puente de Huayllani, a unos 12
    kilómetros de Cochabamba"; "a village 30 km from Juliaca") or locates the town named just
    before it ("Sacaba, near Cochabamba"): the event is away from it."""
    a = loc.span[0]
    if _last_word(text, a) not in _DISTANCE_LAST:
        return False  # the cheap test first
    return bool(
        _DISTANCE_BEFORE.search(text, max(0, a - 60), a)
        or _NEAR_APPOSITION.search(text, max(0, a - 60), a)
    )


def _in_name(loc: Location, text: str) -> bool:
    """A place named as part of another name (an institution, a road between two towns), or as
    where a speaker or a person described is."""
    a, b = loc.span
    if speaker(loc, text) or _AFFILIATION_BEFORE.search(text, max(0, a - 100), a):
        return True
    if loc.text[:1].islower():
        return False
    return bool(
        (
            _MODIFIER_BEFORE.search(text, max(0, a - 20), a)
            and _MODIFIER_AFTER.match(text, b, min(len(text), b + 20))
        )
        or (
            _INSTITUTION.search(text, max(0, a - 60), a) is not None
            and _IN_NAME_BEFORE.search(text, max(0, a - 60), a) is not None
        )
        or _IN_NAME_AFTER.match(text, b, min(len(text), b + 20))
        or _IN_NAME_AFTER_LOWER.match(text, b, min(len(text), b + 40))
        or _ROAD_END_AFTER.match(text, b, min(len(text), b + 4))
        or _ROAD_END_BEFORE.search(text, max(0, a - 4), a)
    )


#: how far a source's words may stand from the institution that holds a town in its name
#: ("informó la Diresa Puno", "la Fiscalía de Puno, en un comunicado, informó")
_SEAT_BEFORE = 14
_SEAT_AFTER = 40


def speaker_seat(loc: Location, text: str, sources: Sequence[tuple[int, int]]) -> bool:
    """A town that ends the name of an institution speaking ("la Diresa Cusco informó",
    "según la Fiscalía de Puno", "informó el Hospital Carlos Monge Medrano de Juliaca", "the
    Puno regional health directorate said"): the seat of the source, not where the event it
    tells of happened. ``sources`` are the spans of reporting verbs and "según" words."""
    a, b = loc.span
    if not sources or loc.text[:1].islower():
        return False
    named = (
        _IN_NAME_BEFORE.search(text, max(0, a - 60), a)
        if _INSTITUTION.search(text, max(0, a - 60), a)
        else None
    )
    if named is not None:
        start = named.start()
    elif _IN_NAME_AFTER.match(text, b, min(len(text), b + 20)) or _IN_NAME_AFTER_LOWER.match(
        text, b, min(len(text), b + 40)
    ):
        start = a  # "the Puno Regional Government said"
    else:
        return False
    end = b
    after = _IN_NAME_AFTER_LOWER.match(text, b, min(len(text), b + 40)) or _IN_NAME_AFTER.match(
        text, b, min(len(text), b + 20)
    )
    if after is not None:
        end = after.end()
    return any(
        (end <= r0 <= end + _SEAT_AFTER and not _CLAUSE_STOP.search(text, end, r0))
        or (r1 <= start and start - r1 <= _SEAT_BEFORE)
        for r0, r1 in sources
    )


#: what ends the stretch between an institution and its verb: a sentence or clause mark
_CLAUSE_STOP = re.compile(r"[.;:]|\bque\b|\bthat\b")


def speaker(loc: Location, text: str) -> bool:
    """A place that says where the people speaking are ("officials in Lima said"), or where a
    source said what the sentence goes on to tell ("la Defensoría denunció en Lima que la
    Policía disparó en Juliaca", "the minister said in Lima on Monday that ...")."""
    a = loc.span[0]
    before = text[max(0, a - 6) : a].lower()
    if before[-3:] in ("in ", "en ", "de "):
        if _SPEAKER_BEFORE.search(text, max(0, a - 30), a):
            return True
    elif not before.endswith(("desde ", "from ")):
        return False  # the cheap test first: most places follow no such word
    if before.endswith(("desde ", "from ")) and _SPEAKING_FROM.search(text, max(0, a - 60), a):
        # "Morales, speaking from Mexico City, called the shootings a massacre": where the
        # speaker is, not where what they speak of happened
        return True
    return bool(
        _SAID_IN_BEFORE.search(text, max(0, a - 60), a)
        and _SAID_IN_AFTER.match(text, loc.span[1], min(len(text), loc.span[1] + 60))
    )


# a speaker's words and the town they spoke from: "hablando desde Ciudad de México", "speaking
# from Mexico City", "in a video from La Paz"
_SPEAKING_FROM = re.compile(
    rf"\b(?:{_words('speaking_from', any_space=True)})\s+(?:\w+\s+){{0,2}}?(?:desde|from)\s+"
    r"(?:(?:la|el|the)\s+)?$",
    re.IGNORECASE,
)


# where a source said what it said: a reporting verb, at most two words of time ("ayer", "el
# lunes", "on Monday"), "en", "desde", "in" or "from", maybe the source's seat ("su sede de",
# "la ciudad de"), and the town, then "que" or "that" within a few words ("denunció en Lima, mediante un comunicado, que"): the clause after "que" tells
# the event, and the town is the source's
_SAID_IN_BEFORE = re.compile(
    rf"\b(?:{_words('said_in')})\s+(?:(?!que\b|that\b)\w+\s+){{0,2}}?(?:en|desde|in|from)\s+"
    # the source's seat: "desde su sede de Lima", "from its headquarters in Lima"
    r"(?:(?:la|el|the|su|sus|its|their)\s+)?"
    rf"(?:(?:{_words('said_in_seat')})\s+(?:de|del|en|in|of)\s+(?:(?:la|el|the)\s+)?)?$",
    re.IGNORECASE,
)
_SAID_IN_AFTER = re.compile(
    r"(?:[\s,]+(?!que\b|that\b)\w+){0,5}?[\s,]+(?:que|that)\b", re.IGNORECASE
)


# where the wounded or the detained were taken afterwards, not where the event happened: "was
# taken to a hospital near Plaza Francia", "fueron trasladados al hospital regional de Puno",
# "rushed to a clinic in Juliaca"
_TAKEN_TO = re.compile(
    rf"\b(?:{_words('taken')})\s+"
    r"(?:(?:by|en|por)\s+\w+\s+)?(?:to|into|a|al|en|hacia)\s+"
    r"(?:(?:a|an|the|un|una|el|la|los|las)\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:{_words('taken_place')})"
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|near|at|of|de|del|en|cerca de|close to)\s+"
    rf"(?:(?:the|la|el)\s+)?(?:(?:{_words('care_town_unit')})\s+(?:of|de)\s+)?$",
    re.IGNORECASE,
)


# the same verb carried over to a second destination: "fueron trasladados al hospital Carlos
# Monge Medrano y dos de ellos, por su gravedad, a Arequipa", "were taken to a local clinic
# and later to Lima"
_TAKEN_ON_TO = re.compile(
    rf"\b(?:{_words('taken_on')})\s+"
    r"(?:to|a|al|hacia)\s+[^.;:!?\n]{1,80}?(?:,\s*|\s+(?:y|e|and)\s+)[^.;:!?\n]{0,50}?"
    r"(?<=\s)(?:to|a|hacia)\s+(?:(?:la ciudad de|the city of)\s+)?$",
    re.IGNORECASE,
)


def taken_to(text: str, start: int) -> bool:
    """True when the place at ``start`` is where people were taken after the event (a
    hospital, a police station, a second town the same verb sends them to): it says where
    they are, not where it happened."""
    answers = _answers(text)
    key = ("taken_to", start, start)
    found = answers.get(key)
    if found is None:
        found = answers[key] = _taken_to(text, start)
    return bool(found)


# where a wounded person died in care, not where they were wounded: "falleció en la noche del
# lunes en el hospital regional Guillermo Díaz de la Vega, de Abancay", "died on Tuesday at a
# hospital in Lima", "murió en una clínica de Arequipa"
_DIED_IN_CARE = re.compile(
    r"\b(?:falleci\w*|muri[oóe]\w*|died|dies|succumbed)\b[^.;:]{0,50}?\b(?:en|in|at)\s+"
    r"(?:(?:a|an|the|un|una|el|la)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{_words('died_place')})\b"
    r"[^.;:]{0,60}?\b(?:in|near|of|de|del|en)\s+(?:(?:the|la|el)\s+)?"
    rf"(?:(?:{_words('care_town_unit')})\s+(?:of|de)\s+)?$",
    re.IGNORECASE,
)


def _taken_to(text: str, start: int) -> bool:
    if text[max(0, start - 3) : start].lower().endswith(("a ", "o ")):
        if _TAKEN_ON_TO.search(text, max(0, start - 150), start):
            return True
    reach = max(0, start - 110)
    if not _has_any(text, max(0, start - 180), start, _TAKEN_STEMS):
        return False  # no hospital, clinic or station before: the pattern cannot match
    if _TAKEN_TO.search(text, reach, start):
        return True
    return bool(_DIED_IN_CARE.search(text, max(0, start - 180), start))


# a march told from where it set off to where it went: "marcharon desde la plaza de Armas de
# Anta hasta la ciudad del Cusco", "la marcha partió desde El Alto hacia La Paz", "they marched
# from Anta to Cusco": coders place it where it went
_SET_OFF_BEFORE = re.compile(
    r"\b(?:desde|from)\s+(?:(?:la|el|los|las|the)\s+)?(?:[\w-]+\s+){0,4}?$", re.IGNORECASE
)
_WENT_TO_BEFORE = re.compile(
    r"\b(?:hasta|hacia|to|towards?|into)\s+(?:(?:la|el|los|las|the)\s+)?"
    rf"(?:(?:{_words('went_to_unit')})\s+(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?)?$",
    re.IGNORECASE,
)
_MARCH_WORDS = re.compile(
    r"\b(?:march\w*|caminat\w+|moviliz\w+|peregrinaci\w+|romer[ií]a|walked|parti[oó]|"
    r"partieron|sali[oó]|salieron|descendi[oó]|descendieron|avanz\w+)",
    re.IGNORECASE,
)
#: where a march went, right after the place it set off from, told by a site of the story's
#: town rather than by a town: "desde Baños del Inca hasta la plaza de Armas", "from the
#: university to the main square"
_WENT_TO_SITE = re.compile(
    r"\s+(?:hasta|hacia|to|towards?|into)\s+(?:(?:la|el|los|las|the)\s+)?(?:main\s+)?"
    rf"(?:{_words('went_to_unit')})\b",
    re.IGNORECASE,
)
#: how far the place a march went to may follow the place it set off from
_SET_OFF_REACH = 90


def _set_off(p: Location, places: Sequence[Location], text: str) -> bool:
    """``p`` is where a march set off from, and the same clause names where it went."""
    a, b = p.span
    if _last_word(text, a) in ("", ".") or not _SET_OFF_BEFORE.search(text, max(0, a - 50), a):
        return False
    if _WENT_TO_SITE.match(text, b) and _MARCH_WORDS.search(text, max(0, a - 80), a):
        return True
    return any(
        b < q.span[0] <= b + _SET_OFF_REACH
        and _WENT_TO_BEFORE.search(text, max(b, q.span[0] - 40), q.span[0])
        and _same_clause(text, b, q.span[0])
        and _MARCH_WORDS.search(text, max(0, a - 80), q.span[0])
        for q in places
    )


def choose(places: Sequence[Location], text: str, trigger: tuple[int, int]) -> Location | None:
    """The place of an event: the closest mention to its trigger, leaving out origins, a coarser
    place that only qualifies a finer one, a country when the sentence names a place inside it,
    and places named only as part of another name when the sentence names others."""
    # the gazetteer's finder has left origins out already; an unresolved mention is checked here
    candidates = _without_qualifiers(
        [
            p
            for p in places
            if (p.place_id is not None or not is_origin(text, p.span[0]))
            and not taken_to(text, p.span[0])
        ],
        text,
    )
    if len(candidates) > 1:
        went = [p for p in candidates if not _set_off(p, candidates, text)]
        candidates = went or candidates
    if len(candidates) > 1:
        candidates = _off_boundary(candidates, text)
    if len(candidates) > 1:
        # "acatan un paro indefinido desde el lunes y anunciaron que viajarán a Lima": the town
        # a plan told after the event goes to is the plan's, not where the event is kept up
        stay = [p for p in candidates if not _plan_destination(p, text, trigger)]
        candidates = stay or candidates
    if len(candidates) > 1:
        # "Ronderos bloquean la carretera a Bambamarca; Chota cumple el paro": a town past a
        # semicolon is its own clause's, however plainly it is named there
        kept = [p for p in candidates if ";" not in text[slice(*_between(p, trigger))]]
        candidates = kept or candidates
    if len(candidates) > 1:
        strong = [p for p in candidates if not weak(p, text) and not about(p, text, trigger)]
        # "... paralysed Puno for weeks, and in 2004 residents of Ilave lynched their mayor":
        # a town of another clause does not outweigh the people's own town in the event's
        belonging = [q for q in candidates if belongs(q, text)]  # once each, not per pair
        strong = [
            p
            for p in strong
            if _same_clause(text, p.span[0], trigger[0])
            or not any(_same_clause(text, q.span[0], trigger[0]) for q in belonging)
        ]
        candidates = strong or candidates
        finer = [p for p in candidates if _rank(p) > 0]
        candidates = finer or candidates
    if len(candidates) > 1:
        # "... tried to take the airport and clashed with police, officials said, while
        # hundreds marched in the capital": the town of the next clause is that clause's, not
        # nearer to the event word than the town of its own
        own = [p for p in candidates if _SCENE_BREAK.search(text, *_between(p, trigger)) is None]
        candidates = own or candidates
    if not candidates:
        return None
    best = min(
        candidates, key=lambda p: (abs(p.span[0] - trigger[0]), -(p.geo_precision is not None))
    )
    if best.span[1] <= trigger[0] and _COORDINATED.search(text, best.span[1], trigger[0]):
        # "Paro en Puno y enfrentamientos en Juliaca", "Strike in Puno and clashes in Juliaca":
        # the town the event word governs by "en", "in" is its own, not the nearer town of the
        # event coordinated before it
        governed = [
            p
            for p in candidates
            if p.span[0] >= trigger[1] and _AT_TOWN.fullmatch(text, trigger[1], p.span[0])
        ]
        if governed:
            return governed[0]
    if best.span[1] <= trigger[0] and _where_clause(text, best.span[1], trigger[0]):
        # "Hubo protestas en Lima, Cusco y Puno, donde dos personas murieron", "Protests took
        # place in Lima, Cusco and Puno, where two people were killed": the relative clause
        # of place the event is told in is its antecedent's, the last name of the list
        return best
    return _list_first(best, candidates, text)


#: a town named as one side of a boundary: "en el límite entre *Sacaba* y ...", "on the
#: boundary between the city of *Cochabamba* and ..." (first) and "... entre Sacaba y la ciudad
#: de *Cochabamba*" (second)
_BOUNDARY_FIRST = re.compile(
    rf"\b(?:{_words('boundary')})\s+(?:entre|between)\s+(?:(?:la|el|the)\s+)?"
    rf"(?:(?:{_words('scene_unit')})\s+(?:of|de)\s+)?$",
    re.IGNORECASE,
)
_BOUNDARY_SECOND = re.compile(
    rf"\b(?:{_words('boundary')})\s+(?:entre|between)\s+[^,.;:()]{{1,60}}?\s+(?:y|e|and)\s+"
    rf"(?:(?:la|el|the)\s+)?(?:(?:{_words('scene_unit')})\s+(?:of|de)\s+)?$",
    re.IGNORECASE,
)
#: how far before a boundary's first town the site it locates may end
_BOUNDARY_SITE_REACH = 40


def _off_boundary(candidates: list[Location], text: str) -> list[Location]:
    """Towns named as the two sides of a boundary say where a site lies ("en el puente
    Huayllani, en el límite entre Sacaba y la ciudad de Cochabamba"): the site named just
    before them is the place; with none, the first side named is (the second only closes the
    boundary)."""
    first = [
        p for p in candidates if _BOUNDARY_FIRST.search(text, max(0, p.span[0] - 60), p.span[0])
    ]
    second = [
        p for p in candidates if _BOUNDARY_SECOND.search(text, max(0, p.span[0] - 120), p.span[0])
    ]
    if not first and not second:
        return candidates
    sides = first + second
    start = min(p.span[0] for p in sides)
    site = [
        p
        for p in candidates
        if p not in sides
        and 0 <= start - p.span[1] <= _BOUNDARY_SITE_REACH
        and "," in text[p.span[1] : start]
    ]
    if site:
        return [p for p in candidates if p not in sides]
    return [p for p in candidates if p not in second] or candidates


#: a plan to go somewhere right before a town: "viajarán a", "will take their demands to"
_PLAN_DESTINATION = re.compile(
    rf"\b(?:{_words('plan_destination', any_space=True)})(?:\s+\w+){{0,2}}?\s+"
    r"(?:a|al|hacia|to|for|on)\s+(?:(?:la|el|the)\s+)?"
    rf"(?:(?:{_words('scene_unit')})\s+(?:of|de)\s+)?$",
    re.IGNORECASE,
)


def _plan_destination(p: Location, text: str, trigger: tuple[int, int]) -> bool:
    """``p`` is where a plan told after the event word goes ("... un paro indefinido y
    viajarán a Lima", "... on strike since Monday and say they will take their demands to
    Lima")."""
    a = p.span[0]
    # the plan is another word than the event's ("marcharán a Lima" is the march's own town)
    return a > trigger[1] and _PLAN_DESTINATION.search(text, max(trigger[1], a - 70), a) is not None


#: between an event word and the town it happened in: "en", "in", "at", and "the town of"
_AT_TOWN = re.compile(
    rf"[ \t]+(?:in|en|at)[ \t]+(?:(?:the|la|el)[ \t]+)?(?:(?:{_words('scene_unit')})[ \t]+"
    r"(?:of|de)[ \t]+)?",
    re.IGNORECASE,
)
#: between two coordinated events: "y", "e", "and" or a semicolon (not a bare comma: "Toma de
#: Lima: marchas, enfrentamientos en Abancay" is Lima's avenue of that name)
_COORDINATED = re.compile(r"[ \t](?:y|e|and)[ \t]|;", re.IGNORECASE)


def _list_first(best: Location, candidates: Sequence[Location], text: str) -> Location:
    """Places named together ("Lima y Callao", "Puno, Juliaca and Ilave") tell one scene
    spread over them: it is placed at the first named (the metropolis before its port), not at
    the one that happens to stand nearest the event word."""
    head = _list_head(text, best.span[0])
    if head == best.span[0]:
        return best
    first = [p for p in candidates if p.span[0] == head and p.place_id != best.place_id]
    return first[0] if first else best


#: what ends a clause between two words of a sentence: "; ", ", and", ", y", ", mientras"
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|y|e|pero|mientras)\b", re.IGNORECASE)


#: what opens a clause telling another scene at the same time: ", while", ", mientras"
_SCENE_BREAK = re.compile(r",\s+(?:while|whereas|mientras)\b", re.IGNORECASE)


def _between(place: Location, trigger: tuple[int, int]) -> tuple[int, int]:
    """The stretch of text between a place mention and an event word."""
    return min(place.span[0], trigger[0]), max(place.span[0], trigger[0])


def _same_clause(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return _CLAUSE_BREAK.search(text, lo, hi) is None


# ---------------------------------------------------------------------------- the event's place

# "a remote village", "una comunidad campesina", "un poblado": the lead names the place vaguely
_VAGUE = re.compile(
    rf"\b(?:a|an|one|un|una)\s+(?:[\w-]+\s+){{0,3}}?(?:{_words('vague_place')})\b",
    re.IGNORECASE,
)
# a sentence that goes on with the lead's incident, opening on its victim or on the incident
# itself: "The young man died on Thursday in the Virú province", "El joven falleció en el
# hospital de Sicuani", "Los enfrentamientos se produjeron en el distrito de Macusani"; not
# "The government declared ..." nor "La Policía informó ..."
_GOES_ON = re.compile(
    r"(?:The|This|That|Those|These|El|La|Los|Las|Este|Esta|Estos|Estas|Dicho|Dicha|Dichos|Dichas)"
    r"\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_words('goes_on', any_space=True)})\b",
)
# a sentence that opens on a place sets a scene of its own: "In Juliaca, police ...",
# "Mientras tanto, en Ilave, ..."
_NEW_SCENE = re.compile(
    rf"(?:(?:{_words('scene_opener')}),?\s+)?"
    rf"(?:in|en|at)\s+(?:the\s+|la\s+|el\s+)?(?:(?:{_words('scene_unit')})\s+(?:of|de)\s+)?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")
_LOOKAHEAD = 500


def _next_sentence(text: str, end: int) -> tuple[int, int]:
    start = end
    while start < len(text) and text[start].isspace():
        start += 1
    m = _SENTENCE_END.search(text, start, min(len(text), start + _LOOKAHEAD))
    return start, (m.end() if m else min(len(text), start + _LOOKAHEAD))


class Placement(NamedTuple):
    """An event's location, and the place the story carries on to the next incident (the
    town behind "the airport" or "la región", not the phrase)."""

    location: Location | None
    carry: Location | None


def event_place(
    places: Sequence[Location],
    text: str,
    trigger: tuple[int, int],
    *,
    sentence: tuple[int, int],
    dateline_end: int,
    last: Location | None,
    finder: PlaceFinder,
    folded: str,
    language: str,
) -> Location | None:
    """The place of one event; see :func:`place_event`, which also says what to carry on."""
    return place_event(
        places,
        text,
        trigger,
        sentence=sentence,
        dateline_end=dateline_end,
        last=last,
        finder=finder,
        folded=folded,
        language=language,
    ).location


# a town at the head of the text set off by a mark, in the styles datelines take besides
# "JULIACA.–": "PUNO | ...", "Juliaca.- ...", "JULIACA: ...", "Juliaca / ...", "Puno, Perú.-",
# after a byline ("Por Ana Quispe\nJULIACA.– ...") or an agency ("(Agencia Sur) JULIACA.– ...")
_HEAD_PLACE = re.compile(
    r"(?:\s*(?:Por|By|Redacci[oó]n|Escrito\s+por)\b[^\n]{0,60}\n)?"
    r"\s*(?:\([^()\n]{2,40}\)\s*)?"
    r"(?P<head>[A-ZÁÉÍÓÚÑ][\w'’-]+(?:,?\s[A-ZÁÉÍÓÚÑ(][\w'’().-]*){0,3}?)"
    r"(?:\s*\|\s*|\.\s*[-–—]+\s*|:\s+|\s/\s+)"
)


def head_place_end(text: str, folded: str, finder: PlaceFinder, language: str) -> int:
    """End of a town set off at the head of the text ("PUNO | Miles de ...", "Juliaca.-
    ...") when the extractor found no dateline; 0 when the head is no town the finder knows."""
    m = _HEAD_PLACE.match(text)
    if m is None:
        return 0
    a, b = m.span("head")
    found = finder.find(text, folded, a, b, language)
    if not found or found[0].span[0] != a:
        return 0
    return m.end()


def place_event(
    places: Sequence[Location],
    text: str,
    trigger: tuple[int, int],
    *,
    sentence: tuple[int, int],
    dateline_end: int,
    last: Location | None,
    finder: PlaceFinder,
    folded: str,
    language: str,
    factuality: str | None = None,
    territorial: bool = False,
    arrest: bool = False,
    sources: Sequence[tuple[int, int]] = (),
) -> Placement:
    """The place of one event, from its sentence first and the story around it next.

    Args:
        places: the places ``finder`` found in the event's sentence.
        text: the document text.
        trigger: span of the event's trigger.
        sentence: span of the event's sentence.
        dateline_end: end of the dateline at the head of the text (0 if none).
        last: the place of the incident told before, if any.
        finder: the place finder, for the dateline and the next sentence.
        folded: ``veeduria.extract.terms.fold(text)``.
        language: the document language.
        factuality: the event's factuality, when known. The place of an event that has not
            happened (planned, called for, possible, negated) is not carried on: "anunciaron
            una marcha a Lima para el jueves. Por la tarde, la policía lanzó gases" is still
            the story's town.
        territorial: the event is held by a territory (a strike): a town in the name of the
            body that holds it is its place ("El Frente de Defensa de los Intereses de
            Chincheros anunció que el paro continuará" is Chincheros's strike).
        arrest: the event is an arrest: the town of the incidents people are held for is
            where they were held when the sentence names no other ("son ya 23 los
            aprehendidos por los hechos de Llallagua", "arrested over the Kisumu riots").
        sources: spans of the words that give a source (reporting verbs, "según"): a town
            that only ends the name of an institution speaking is the source's seat
            (:func:`speaker_seat`), and gives way to the story's place.

    Returns:
        The event's location (None when the text names none for it) and the place to carry
        on to the next incident.
    """
    if dateline_end <= 0:
        dateline_end = head_place_end(text, folded, finder, language)
    opened = _paragraph_heading_place(text, folded, finder, language, sentence)
    if opened is not None and (last is None or last.span[0] < opened.span[0]):
        # "11:50 | Ayaviri. ...\n\n12:35 | Puno. La Policía lanzó bombas lacrimógenas contra
        # estudiantes de la Universidad ...": the town heading a paragraph (a live blog's entry,
        # a newsletter's item) is the story's town for it, not the town of the entry before
        last = opened
    own = choose(
        [
            p
            for p in places
            if p.span[0] >= dateline_end
            # "El paso fronterizo con Bolivia sigue cerrado": the neighbour is no place of it
            and not border_reference(p, text)
        ],
        text,
        trigger,
    )
    item = own is not None and item_dateline(own, text)
    if own is not None and item:
        # "[10:40] NAIROBI: Officers fired tear gas on Waiyaki Way": the item's dateline
        # gives way to a place of the item inside it or at it, kept at its own level
        inside = [
            p
            for p in places
            if p.span[0] >= own.span[1] and (same_place(own, p) or _contains(own, p))
        ]
        own = choose(inside, text, trigger) or own
    head_end = line_dateline(own, text) if own is not None else 0
    if own is not None and head_end:
        # "Tensión en el sur\n\nLIMA.- La Policía disparó ... en Juliaca", "[10:40] NAIROBI:
        # Officers fired tear gas in Kisumu": a town the sentence tells the event in, past
        # the dateline of its line, is where it happened; the dateline says where it was filed
        other = choose(
            [
                p
                for p in places
                if p.span[0] >= head_end
                and not same_place(p, own)
                and not border_reference(p, text)
            ],
            text,
            trigger,
        )
        kin = [
            p
            for p in places
            if last is not None
            and p.span[0] >= head_end
            and same_place(p, last)
            and belongs(p, text)
        ]
        if other is not None and not weak(other, text) and not about(other, text, trigger):
            own, item = other, False
        elif kin:
            # "Bloquean la vía a la altura de Caracoto\n\nPUNO.– Comuneros de Caracoto
            # mantienen bloqueada la vía Juliaca-Puno": the people's town, where the headline
            # told the incident, not the town the story was filed from
            own, item = kin[0], False

    def dateline() -> Location | None:
        if dateline_end <= 0:
            return None
        return choose(finder.find(text, folded, 0, dateline_end, language), text, (0, 0))

    def ahead(within: Location | None) -> Location | None:
        a, b = _next_sentence(text, sentence[1])
        if a >= b:
            return None
        found = [
            p
            for p in finder.find(text, folded, a, b, language)
            if not is_origin(text, p.span[0])
            and not taken_to(text, p.span[0])
            # "Un dirigente de Espinar ...", "homenaje a los fallecidos de Juliaca": not the
            # town the lead left unnamed
            and not weak(p, text)
            and not about(p, text, (a, a))
            and (within is None or _contains(within, p))
        ]
        found = _without_qualifiers(found)
        if (
            found
            and found[0].span[0] == a
            and item_dateline(found[0], text)
            and (
                any(_rank(p) > 0 for p in found[1:])
                # a region that is no administrative unit ("el sur del país", "the southern
                # highlands") is not narrowed by where the story was filed
                or (within is not None and (within.place_id or "").startswith("region:"))
            )
        ):
            # "Bloqueos en el sur del país\n\nLIMA, 11 ene. — ... bloquearon la vía en Juliaca":
            # the dateline that opens the next sentence says where the story was filed; the
            # town that sentence tells the event in says where it was (with no other town
            # named, the dateline's stays: "PORT-AU-PRINCE - A senator fired a pistol outside
            # the parliament building")
            found = found[1:]
        if not found or _NEW_SCENE.match(text, a, found[0].span[0]):
            # "In the town of Montero, north of the city, ...": a scene of its own
            return None
        return found[0]

    if own is None:
        story = _story_place(
            sentence, dateline_end, last, finder, text, folded, language, dateline, ahead
        )
        centre = None if story is None else _town_centre(story, text, sentence, finder)
        if centre is not None and (factuality is None or factuality in _HAPPENED):
            # "... murió en Cerro Colorado, cuando intentaron tomar el aeropuerto. Ayer, miles
            # marcharon desde la plaza de Armas. ... Los gremios anuncian una nueva
            # movilización": the story has moved to the city whose centre it names, and stays
            # there, not back at the district of the incident told before
            return Placement(centre, centre)
        return Placement(_as_anaphor(story, text, folded, trigger, sentence, finder), story)
    if territorial and _in_name(own, text) and not speaker(own, text):
        return Placement(own, last or own)
    if territorial:
        region = _observed_across(own, places, text)
        if region is not None:
            return Placement(region, last or own)
    across = None if territorial else _across_districts(own, places, text, finder)
    if across is not None:
        if factuality is not None and factuality not in _HAPPENED:
            return Placement(across, None)
        return Placement(across, across)
    if not territorial and speaker_seat(own, text, sources):
        # "JULIACA, 9 ene. — Dos heridos de bala, informó la Diresa Puno": the seat of the
        # source gives way to the story's place; with none, it is all the text says
        story = _story_place(
            sentence, dateline_end, last, finder, text, folded, language, dateline, ahead
        )
        if story is not None:
            shown = _as_anaphor(story, text, folded, trigger, sentence, finder)
            if factuality is not None and factuality not in _HAPPENED:
                return Placement(shown, None)
            return Placement(shown, story)

    def nearby(near: Location) -> Location | None:
        # "... outside the city of Cochabamba on Friday. The marchers were stopped at a bridge
        # on the edge of Sacaba": the town by it the next sentence names
        a, b = _next_sentence(text, sentence[1])
        if a >= b:
            return None
        towns = [
            p
            for p in finder.find(text, folded, a, b, language)
            # "on the edge of Sacaba" is told near the town too: its own precision is no test
            if _suburb(replace(p, geo_precision=1), near)
            and not is_origin(text, p.span[0])
            and not taken_to(text, p.span[0])
        ]
        if not towns or _NEW_SCENE.match(text, a, towns[0].span[0]):
            return None
        return towns[0]

    def told(within: Location) -> Location | None:
        towns = [
            p
            for p in finder.find(text, folded, 0, sentence[0], language)
            if _rank(p) == 3
            and _contains(within, p)
            and not is_origin(text, p.span[0])
            and not taken_to(text, p.span[0])
            and not weak(p, text)
        ]
        return towns[-1] if towns else None

    found = _own_place(
        own,
        trigger,
        last,
        text,
        dateline,
        ahead,
        sentence,
        arrest=arrest,
        told=told,
        people=_people_town(places, text, dateline_end),
        nearby=nearby,
    )
    if found is not own and found is last and last is not None:
        # "La Federación Departamental de Campesinos del Cusco convocó una movilización hacia
        # la plaza de Armas" after clashes at the Cusco airport: the town named only in a
        # body's name (or for who people are) gives way to the story's place, and the city
        # whose centre the sentence names is that place's city (:func:`_town_centre`)
        centre = _town_centre(last, text, sentence, finder)
        if centre is not None:
            found = centre
    if found is own and 0 < _rank(own) < 3 and not arrest:
        # "En la provincia de Canchis, pobladores de Combapata y Tinta bloquearon la vía": the
        # people's town inside the province the sentence names says more than the province
        inner = _people_town([p for p in places if _contains(own, p)], text, dateline_end)
        if inner is not None:
            found = inner
    if item and found is own and item_dateline(own, text):
        # "[08:15] NAIROBI: Police blocked the roads into the city centre": the item's phrase
        shown = _as_anaphor(own, text, folded, trigger, sentence, finder)
        if shown is not None and shown is not own:
            if factuality is not None and factuality not in _HAPPENED:
                return Placement(shown, None)
            return Placement(shown, own)
    if found is own and not item:
        found = _town_phrase(own, text, folded, trigger, sentence, finder)
    if found is own and not item:
        found = _own_site(own, text, folded, trigger, sentence, finder)
    if found is own and not item:
        found = _sentence_site(own, places, text, trigger)
    if factuality is not None and factuality not in _HAPPENED:
        return Placement(found, None)
    if found is own and weak(own, text):
        # "a day after the governor of the Santa Cruz region was arrested": a town named only
        # as part of another name or for whom people belong to does not move the story
        return Placement(found, last or dateline() or found)
    if territorial and found is not None and _rank(found) < 3:
        # "BUCARAMANGA.– ... su cuarto día de paro en Santander. ... despejaron el puente": a
        # strike held across a region or the country leaves the story in its town inside it
        # (the incident's told before, else the dateline's), not in the region ("30 roads are
        # blocked in the Puno region. No clashes have been reported" stays in the region)
        for town in (last, dateline()) if last is not None else (dateline(),):
            if town is not None and _rank(town) == 3 and _contains(found, town):
                return Placement(found, town)
    return Placement(found, found)


_LIST_GAP = re.compile(r"\s*,\s*(?:(?:y|e|o|and|or)\s+)?|\s+(?:y|e|o|and|or)\s+")
#: how many towns of how many provinces make a strike observed across a department
_ACROSS_TOWNS = 3
_ACROSS_PROVINCES = 2


def _observed_across(own: Location, places: Sequence[Location], text: str) -> Location | None:
    """The department of a strike observed in a list of its towns from several provinces ("el
    paro se acató en Juliaca, Puno, Ilave, Azángaro y Ayaviri", "the strike was observed in
    Sicuani, Espinar and Urcos"): coders place it at the department (geo_precision 3)."""
    ordered = sorted(places, key=lambda p: p.span)
    if own not in ordered:
        return None
    i = j = ordered.index(own)
    while i > 0 and _LIST_GAP.fullmatch(text, ordered[i - 1].span[1], ordered[i].span[0]):
        i -= 1
    while j + 1 < len(ordered) and _LIST_GAP.fullmatch(
        text, ordered[j].span[1], ordered[j + 1].span[0]
    ):
        j += 1
    chain = ordered[i : j + 1]
    if (
        len(chain) < _ACROSS_TOWNS
        or own.admin1 is None
        or any(p.admin1 != own.admin1 or _rank(p) < 2 for p in chain)
        or len({p.admin2 for p in chain}) < _ACROSS_PROVINCES
        or weak(chain[0], text)  # "pobladores de El Collao, Chucuito y Yunguyo"
    ):
        return None
    a, b = chain[0].span[0], chain[-1].span[1]
    return replace(_department(own), text=text[a:b], span=(a, b))


# a plural level word before a list of districts: one event told across them
_DISTRICTS_BEFORE = re.compile(
    r"\b(?:distritos|districts)\s+(?:de|of)\s+(?:(?:los|las|the)\s+)?$", re.IGNORECASE
)
_DISTRICTS_TEXT = re.compile(
    r"(?:los\s+|the\s+)?(?:distritos|districts)\s+(?:de|of)\s", re.IGNORECASE
)


def _across_districts(
    own: Location, places: Sequence[Location], text: str, finder: PlaceFinder
) -> Location | None:
    """The province of an event told across a list of its districts ("tres personas murieron
    por disparos en los distritos de Huaccana y Ongoy", "in the districts of Huaccana and
    Ongoy"), or by the people of three or more of them ("comuneros de Corani, Ollachea y
    Ayapata bloquearon la vía"): coders place it at the province the districts share
    (geo_precision 2)."""
    division = getattr(finder, "division", None)
    ordered = sorted(places, key=lambda p: p.span)
    if division is None or own not in ordered or own.admin2 is None:
        return None
    i = j = ordered.index(own)
    while i > 0 and _LIST_GAP.fullmatch(text, ordered[i - 1].span[1], ordered[i].span[0]):
        i -= 1
    while j + 1 < len(ordered) and _LIST_GAP.fullmatch(
        text, ordered[j].span[1], ordered[j + 1].span[0]
    ):
        j += 1
    chain = ordered[i : j + 1]
    head = chain[0]
    if (
        len(chain) < 2
        or any(_rank(p) != 3 or p.admin2 != own.admin2 or p.admin1 != own.admin1 for p in chain)
        or len({p.place_id for p in chain}) < len(chain)
        or not (
            _DISTRICTS_TEXT.match(head.text)
            or _DISTRICTS_BEFORE.search(text, max(0, head.span[0] - 30), head.span[0])
            # "comuneros de Corani, Ollachea y Ayapata bloquearon la Interoceánica": the people
            # of three or more districts of one province act across it
            or (len(chain) >= _ACROSS_TOWNS and belongs(head, text))
        )
    ):
        return None
    found: Location | None = division(own, 2)
    if found is None:
        return None
    a, b = head.span[0], chain[-1].span[1]
    return replace(found, text=text[a:b], span=(a, b))


#: factualities of events that took place: their place is the story's from then on
_HAPPENED = frozenset({"asserted", "reported", "historical"})


def _own_place(
    own: Location,
    trigger: tuple[int, int],
    last: Location | None,
    text: str,
    dateline: Callable[[], Location | None],
    ahead: Callable[[Location | None], Location | None],
    sentence: tuple[int, int],
    *,
    arrest: bool = False,
    told: Callable[[Location], Location | None] | None = None,
    people: Location | None = None,
    nearby: Callable[[Location], Location | None] | None = None,
) -> Location:
    """The place of an event whose sentence names one, refined by the story."""
    road = on_road(own, text)
    if (
        road
        and people is not None
        and not arrest
        and not same_place(people, own)
        and (last or dateline()) is not None
    ):
        story = last or dateline()
        if story is not None and _regional(story) and story.admin1 == people.admin1:
            # "PUNO.– Comuneros de Caracoto mantienen bloqueado el km 12 de la vía
            # Juliaca-Puno", "residents of Huarocondo kept the road from Cusco to Anta closed":
            # the road's ends are not where it was held, nor is a dateline that stands for the
            # whole region; the people's own town is
            return people
    if (
        road
        or (about(own, text, trigger) and not (arrest and _rank(own) == 3))
        or lives_in(own, text)
        or (belongs(own, text) and (arrest or came_elsewhere(own, text, sentence)))
    ):
        # "comuneros de Azángaro llegaron a la ciudad", "bloquearon la carretera hacia Cusco":
        # the sentence names no town it happened in; the story's town, if it has one ("detuvo a
        # 193 personas, entre ellas comuneros de Puno y Cusco": held where the story is)
        # "Tras la muerte de 17 personas en Juliaca, miles marcharon": the incident told just
        # before is the grievance itself, so the story's town is the dateline's
        story = last if last is not None and not same_place(last, own) else dateline()
        if story is not None and not same_place(story, own):
            if road and _corridor_first(own, text) and _off_corridor(story, own):
                # "Protesters have blocked the road between Ilave and Juli" in a live blog last
                # at the Cusco airport, "volverán a bloquear la carretera Ilave-Juli" under a
                # dateline for the Puno region: the corridor's first town, not a story's town
                # in another department or the region around it
                return own if own.geo_precision != 1 else replace(own, geo_precision=2)
            return story
    if last is not None and (
        (last.admin1 == own.admin1 and last.place_id != own.place_id and _in_name(own, text))
        or speaker(own, text)
    ):
        # "la Dirección Regional de Salud de Puno reportó ...", "officials in Lima said":
        # the incident's town
        return last
    if (
        last is None
        and own.geo_precision == 2
        and _rank(own) > 2
        and _NEAR_BEFORE.search(text, max(0, own.span[0] - 40), own.span[0])
    ):
        # a lead "on the outskirts of Cochabamba" datelined in a town just by it ("SACABA"):
        # the dateline's town is where it happened
        head = dateline()
        if head is not None and _suburb(head, own):
            return head
    if (
        last is None
        and nearby is not None
        and _rank(own) > 2
        and _NEAR_BEFORE.search(text, max(0, own.span[0] - 40), own.span[0])
    ):
        # "police opened fire on coca growers outside the city of Cochabamba. The marchers
        # were stopped at a bridge on the edge of Sacaba": a lead told by the city it was
        # outside of, the town by that city the next sentence names is where it happened
        town = nearby(own)
        if town is not None:
            return town
    if _rank(own) > 2:
        return own
    if (
        told is not None
        and _rank(own) == 1
        and _fold_name(own.name or "") != _fold_name(own.admin1 or "")
        and _TOWN_DESCRIBED.search(text, max(0, own.span[0] - 60), own.span[0])
    ):
        # "La ciudad minera del norte de Potosí amaneció bajo custodia militar", "the mining
        # town in northern Potosí": a town told by the part of a region it lies in is the town
        # of that part the story named before
        town = told(own)
        if town is not None:
            m = _TOWN_DESCRIBED.search(text, max(0, own.span[0] - 60), own.span[0])
            a = m.start() if m is not None else own.span[0]
            return replace(town, text=text[a : own.span[1]], span=(a, own.span[1]))
    if _rank(own) > 0:
        if last is not None:
            return own
        # a lead that names the region; the next sentence names the town in it ("PUNO —
        # ... in the Puno region. The clashes broke out in Juliaca"), else the dateline's town
        # in it ("ANDAHUAYLAS, Peru — ... the airport of this Andean town in the Apurímac
        # region", "AYAVIRI — ... one of the largest marches the province of Melgar has seen")
        finer = ahead(own) if _rank(own) == 1 else None
        if finer is None:
            head = dateline()
            finer = head if head is not None and _rank(head) == 3 and _contains(own, head) else None
        return finer or own
    # "Peru", "southern Peru", "the VRAEM": a finer place inside it says more; "todo el país",
    # "nationwide" right by the event's word state its scope, which only the incident told
    # before narrows
    scope = (
        own.text[:1].islower()
        and own.place_id == own.iso
        and min(abs(own.span[0] - trigger[1]), abs(trigger[0] - own.span[1])) <= 40
    )
    for finer in (last,) if scope else (last, ahead(own), dateline()):
        if finer is not None and _contains(own, finer):
            return finer
    return own


#: after a corridor's first town, its second: "Ilave-Juli", "Ilave–Juli", "Ilave y Juli"
_CORRIDOR_NEXT = re.compile(r"\s*[-–—]\s*[A-ZÁÉÍÓÚÑ]|\s+(?:y|e|and)\s+[A-ZÁÉÍÓÚÑ]")
#: before a corridor's first town named with "and": "entre", "between"
_CORRIDOR_BETWEEN = re.compile(r"\b(?:entre|between)\s+$", re.IGNORECASE)


def _corridor_first(own: Location, text: str) -> bool:
    """``own`` is the first end of a road named by both its ends ("la carretera Ilave-Juli",
    "the road between Ilave and Juli"), not a road's destination ("la carretera hacia
    Cusco")."""
    m = _CORRIDOR_NEXT.match(text, own.span[1])
    if m is None:
        return False
    if m.group(0).lstrip()[:1] in "-–—":
        return True
    return _CORRIDOR_BETWEEN.search(text, max(0, own.span[0] - 12), own.span[0]) is not None


def _off_corridor(story: Location, own: Location) -> bool:
    """The story's place says nothing finer about a corridor starting at ``own``: it lies in
    another department of the same country, or it is the region around the corridor."""
    if story.iso != own.iso or own.admin1 is None:
        return False
    if story.admin1 is not None and story.admin1 != own.admin1:
        return True
    return _rank(story) < _rank(own) and _contains(story, own)


def _people_town(places: Sequence[Location], text: str, dateline_end: int) -> Location | None:
    """The first town the sentence names as the people's own ("comuneros de Caracoto",
    "residents of Huarocondo"), when that is the only role it plays there."""
    for p in places:
        if (
            p.span[0] >= dateline_end
            and _rank(p) == 3
            and belongs(p, text)
            and not is_origin(text, p.span[0])
            and not on_road(p, text)
            and not taken_to(text, p.span[0])
        ):
            return p
    return None


#: a town told by its kind and the region it lies in, before the region: "la ciudad minera
#: del (norte de Potosí)", "esta localidad del", "the mining town in (northern Potosí)"; not
#: "una ciudad del ..." (no town told before)
_TOWN_DESCRIBED = re.compile(
    rf"\b(?:la|esta|aquella|the|this|that)\s+(?:{_words('town_described')})"
    r"\s+(?:[\w-]+\s+){0,3}?(?:de|del|en|in|of)\s+(?:(?:la|el|the)\s+)?$",
    re.IGNORECASE,
)
#: a near word just before a place: "near", "on the outskirts of", "en las afueras de"
_NEAR_BEFORE = re.compile(
    rf"\b(?:{_words('near', any_space=True)})\s+(?:(?:the|la|el|las|los)\s+)?"
    r"(?:(?:city|town|ciudad)\s+(?:of|de)\s+)?$",
    re.IGNORECASE,
)
#: how far (km) from a city a town may lie to be what "near" / "the outskirts of" it means
_SUBURB_KM = 25.0


def _suburb(town: Location, near: Location) -> bool:
    """``town`` is a town of its own close by ``near`` (within ``_SUBURB_KM``), in its
    department."""
    if (
        _rank(town) < 3
        or town.geo_precision != 1
        or town.admin1 != near.admin1
        or town.place_id == near.place_id
        or None in (town.latitude, town.longitude, near.latitude, near.longitude)
    ):
        return False
    assert town.latitude is not None and town.longitude is not None
    assert near.latitude is not None and near.longitude is not None
    dy = (town.latitude - near.latitude) * 111.0
    dx = (town.longitude - near.longitude) * 111.0 * math.cos(math.radians(near.latitude))
    return math.hypot(dx, dy) <= _SUBURB_KM


_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_START = re.compile(r"(?:[.!?]\s+|\n)(?=[^.!?\n]*$)")


def _aside(last: Location, text: str, sentence: tuple[int, int], dateline_end: int) -> bool:
    """The place of the incident told before opened a sentence of its own ("Mientras tanto,
    en Desaguadero, ...", "In Lima, ...") in an earlier paragraph: a scene set aside from the
    dateline's story, which a later paragraph that names no place returns to."""
    a = last.span[0]
    if a < dateline_end or a >= sentence[0]:
        return False
    if not _PARAGRAPH.search(text, last.span[1], sentence[0]):
        return False
    m = _SENTENCE_START.search(text, max(0, a - 200), a)
    start = m.end() if m else max(0, a - 200)
    # "16:30 – En Uruapan, miles marcharon ...": an item of a live blog, after its timestamp
    stamp = _ITEM_STAMP.match(text, start, a)
    if stamp is not None:
        start = stamp.end()
    return bool(_NEW_SCENE.match(text, start, a))


def _head_place(
    text: str, folded: str, finder: PlaceFinder, language: str, before: int
) -> Location | None:
    """The town a story's first paragraph (its headline) names first, for a story with no
    dateline: "EN VIVO | Marcha de la Generación Z en la Ciudad de México"."""
    m = _PARAGRAPH.search(text, 0, before)
    if m is None:
        return None
    found = [
        p
        for p in finder.find(text, folded, 0, m.start(), language)
        if not is_origin(text, p.span[0]) and not weak(p, text)
    ]
    towns = [p for p in found if _rank(p) == 3]
    return towns[0] if towns else None


#: the most words an item's heading has ("Detenciones.", "Toque de queda en la capital.")
_HEADING_WORDS = 4
_WORD = re.compile(r"\w+")


def _heading(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence is the heading of an item of a brief: a few words that open a paragraph
    (after a live blog's timestamp, if any: "12:35 | Puno.") and end in a full stop, with the
    item's text after them in the same paragraph ("Detenciones. La Fiscalía informó ...",
    "Arrests. Police said ...")."""
    a, b = sentence
    body = text[a:b].rstrip()
    if not body.endswith(".") or len(_WORD.findall(body)) > _HEADING_WORDS:
        return False
    line = text.rfind("\n", 0, a)
    if (
        line >= 0
        and text[line + 1 : a].strip()
        and _ITEM_STAMP.fullmatch(text, line + 1, a) is None
    ):
        return False
    if line < 0 and text[:a].strip():
        return False
    rest = text[b : b + 3]
    return bool(rest) and "\n" not in rest and bool(rest.strip())


def _paragraph_heading_place(
    text: str, folded: str, finder: PlaceFinder, language: str, sentence: tuple[int, int]
) -> Location | None:
    """The town the sentence's paragraph opens with as its heading ("DESAGUADERO. El paso
    fronterizo ...", "Ilave. Los comuneros ..."), when the sentence is not the heading."""
    line = text.rfind("\n", 0, sentence[0]) + 1
    # "12:35 | Puno. La Policía lanzó ...", "11:15 – Puno. ...": a live blog's entry is headed
    # by its town after the time it was posted
    stamp = _ITEM_STAMP.match(text, line, sentence[0])
    if stamp is not None and stamp.end() > line:
        line = stamp.end()
    m = _HEADING_TOWN.match(text, line, sentence[0])
    if m is None or m.end(1) >= sentence[0]:
        return _qualified_heading_place(text, folded, finder, language, line, sentence)
    head = (m.start(1), m.end(1) + 1)
    if not _heading(text, head):
        return None
    found = [p for p in finder.find(text, folded, head[0], m.end(1), language) if _rank(p) == 3]
    if not found or found[0].span != (head[0], m.end(1)):
        return None
    return found[0]


#: a heading of one to three words that opens a paragraph and ends in a full stop
_HEADING_TOWN = re.compile(r"[ \t]*([^\W\d_][\w'’-]*(?:[ ][^\W\d_][\w'’-]*){0,2})\.[ \t]")
#: a heading that qualifies its first name (twenty-sixth session, dev-texts22): a province and
#: its district in brackets, as an Ombudsman's report heads its items ("Chucuito
#: (Desaguadero). El bloqueo ..."), or a town and a part of it after a dash, as a bulletin
#: does ("Cali – Siloé. Entre la noche del lunes ...", "Pereira – Viaducto César Gaviria.")
_QUALIFIED_HEADING = re.compile(
    r"[ \t]*(?P<head>[^\W\d_][\w'’-]*(?:[ ][^\W\d_][\w'’-]*){0,2})"
    r"(?:[ \t]*\((?P<inner>[^()\n.]{2,40})\)|[ \t]+[–—-][ \t]+(?P<part>[^\n.]{2,50}))\.[ \t]"
)
#: the most words a qualified heading has
_QUALIFIED_HEADING_WORDS = 8


def _qualified_heading_place(
    text: str,
    folded: str,
    finder: PlaceFinder,
    language: str,
    line: int,
    sentence: tuple[int, int],
) -> Location | None:
    """The town a qualified heading gives its paragraph ("Chucuito (Desaguadero).", "Cali –
    Siloé."), when the sentence is not the heading: the town in brackets, else the town the
    heading opens with (a part of it after the dash is seldom in the gazetteer)."""
    m = _QUALIFIED_HEADING.match(text, line, sentence[0])
    if m is None or m.end() > sentence[0] + 1:
        return None
    if len(_WORD.findall(text, m.start(), m.end())) > _QUALIFIED_HEADING_WORDS:
        return None
    rest = text[m.end() : m.end() + 3]
    if not rest.strip() or "\n" in rest:
        return None  # a heading with its item's text after it on the same line
    spans = [m.span("inner")] if m.group("inner") else []
    spans.append(m.span("head"))
    for a, b in spans:
        found = [p for p in finder.find(text, folded, a, b, language) if _rank(p) == 3]
        if found and found[0].span == (a, b):
            return found[0]
    return None


def _item_place(
    text: str, folded: str, finder: PlaceFinder, language: str, sentence: tuple[int, int]
) -> Location | None:
    """The place the sentence after an item's heading names first, in its own right or as
    the town of the incidents it tells ("por los hechos de Llallagua")."""
    a, b = _next_sentence(text, sentence[1])
    if a >= b:
        return None
    found = _without_qualifiers(
        [
            p
            for p in finder.find(text, folded, a, b, language)
            if not is_origin(text, p.span[0])
            and not taken_to(text, p.span[0])
            and not weak(p, text)
        ]
    )
    return found[0] if found else None


def _regional(loc: Location) -> bool:
    """A dateline that may stand for a whole department: a department, or a town that bears
    its department's name ("PUNO", "AYACUCHO"), whose stories range over the region; a town
    of a name of its own ("ILAVE", "AYAVIRI") is where its story is."""
    return _rank(loc) < 3 or _fold_name(loc.name or "") == _fold_name(loc.admin1 or "")


def _story_place(
    sentence: tuple[int, int],
    dateline_end: int,
    last: Location | None,
    finder: PlaceFinder,
    text: str,
    folded: str,
    language: str,
    dateline: Callable[[], Location | None],
    ahead: Callable[[Location | None], Location | None],
) -> Location | None:
    """The place of an event whose sentence names none: the story's."""
    lead = last is None and sentence[0] <= dateline_end + 2
    if _heading(text, sentence):
        # "Detenciones. La Fiscalía informó que son ya 23 los aprehendidos por los hechos de
        # Llallagua": an item's heading in a brief is about what its item tells, not about
        # the item before
        found = _item_place(text, folded, finder, language, sentence)
        if found is not None:
            return found
    opened = _paragraph_heading_place(text, folded, finder, language, sentence)
    if opened is not None and (last is None or last.span[0] < opened.span[0]):
        # "DESAGUADERO. El paso fronterizo ... sigue cerrado: manifestantes bloquean el puente":
        # a newsletter's paragraph under a town's heading is that town's, not the last
        # paragraph's town
        return opened
    if (
        last is not None
        and sentence[0] <= dateline_end + 2
        and (last.place_id or "").startswith("region:")
    ):
        # "Protestas en el sur andino\n\nCUSCO, 11 ene. — Cientos marcharon": the headline's
        # region gives way to the dateline's town in the lead it opens
        head = dateline()
        if head is not None:
            return head
    if last is not None:
        if _aside(last, text, sentence, dateline_end):
            head = dateline()
            if head is None and dateline_end <= 0:
                head = _head_place(text, folded, finder, language, last.span[0])
            if head is not None and _rank(head) == 3:
                return head
        return last
    if _VAGUE.search(text, sentence[0], sentence[1]):
        found = ahead(None)
        if found is not None:
            return found
    if lead and _GOES_ON.match(text, _next_sentence(text, sentence[1])[0]):
        # "LIMA, Dec 4 - ... a worker was shot dead during clashes on the highway. The young
        # man died on Thursday in the Virú province": the body's place for the lead's incident
        # wins over where the story was filed
        found = ahead(None)
        if found is not None:
            return found
    if lead:
        # a lead with nothing but a dateline: a place in the dateline's department named next
        head = dateline()
        found = ahead(_department(head) if head is not None else None)
        if found is not None and (head is None or _regional(head)):
            return found
    # no incident told before: the place the story named last, before this sentence, in its
    # own right (not "los comuneros de Azángaro", "la carretera hacia Cusco")
    if sentence[0] > dateline_end:
        told = _without_qualifiers(
            [
                p
                for p in finder.find(text, folded, dateline_end, sentence[0], language)
                if not is_origin(text, p.span[0])
                and not taken_to(text, p.span[0])
                and not weak(p, text)
                and not about(p, text, (sentence[0], sentence[0]))
            ]
        )
        finer = [p for p in told if _rank(p) > 0]
        if finer:
            return finer[-1]
        if told:  # "southern Peru": the dateline's town, if it lies there
            head = dateline()
            return head if head is not None and _contains(told[-1], head) else told[-1]
    return dateline()


# a site named by what stands there, after a preposition of place that only sites take: "frente
# a la Dirincri", "en los exteriores del Ministerio del Interior", "outside the Interior
# Ministry", "outside the headquarters of the police criminal investigations directorate,
# Dirincri". The name is capitalised; a building word before it ("la sede de", "the
# headquarters of") may lead to a description in lower case that ends in the name's acronym.
_ART = r"(?:(?i:la|el|los|las|the)\s+)"
_BUILDING = (
    r"(?i:sede|local|oficinas|edificio|instalaciones|puertas|headquarters|offices|office|"
    r"building|premises|gates|compound)"
)
_NAME_WORD = r"[A-ZÁÉÍÓÚÑ][\w'’-]+"
_SITE_NAME = rf"(?:{_NAME_WORD}(?:\s+(?:(?i:de|del|de la|of|of the|for)\s+)?{_NAME_WORD}){{0,5}})"
#: "frente a la Policía", "frente al Gobierno": facing (or against) the forces or the
#: government, not a site ("frente al Gobierno Regional" is its building)
_NO_SITE = (
    r"(?:Polic[ií]a|Gobierno(?!\s+(?:Regional|Municipal|Provincial))|Ejecutivo|Estado|Fuerzas|Ej[eé]rcito|Police|Government|State|"
    r"Army|Forces)\b"
)
_NAMED_SITE = re.compile(
    r"\b(?i:frente a|frente al|delante de|delante del|a las puertas de|a las puertas del|"
    r"en los exteriores de|en los exteriores del|en las afueras de|en las afueras del|"
    r"outside|in front of|at the gates of)\s+"
    + _ART
    + r"?"
    + rf"(?P<site>(?:{_BUILDING}\s+(?i:de|del|of)\s+{_ART}?"
    + r"(?:[a-záéíóúñ]+\s+){0,6}?[a-záéíóúñ]+,\s+"
    + _NAME_WORD
    + rf"|(?:{_BUILDING}\s+(?i:de|del|of)\s+{_ART}?)?(?!{_NO_SITE}){_SITE_NAME}))"
)
#: how far from the event's word a named site may be
_SITE_REACH = 120
#: a word every preposition of ``_NAMED_SITE`` holds, in lower case: most sentences have none
_NAMED_SITE_HINT = re.compile(r"frente|delante|puertas|exteriores|afueras|outside|front|gates")
#: letters ``re`` matches to "i" or "s" when it ignores case, which ``str.lower`` does not
#: turn into them: with one of these, the hint may miss, so the pattern is tried
_CASE_ODD = ("ı", "İ", "ſ")


def _named_site(
    text: str, trigger: tuple[int, int], sentence: tuple[int, int]
) -> tuple[int, int] | None:
    """The span of a site the sentence names by what stands there, nearest the event's word."""
    words = text[sentence[0] : sentence[1]]
    if _NAMED_SITE_HINT.search(words.lower()) is None and not any(c in words for c in _CASE_ODD):
        return None
    found = [
        m.span("site")
        for m in _NAMED_SITE.finditer(text, sentence[0], sentence[1])
        if min(abs(m.start("site") - trigger[1]), abs(trigger[0] - m.end("site"))) <= _SITE_REACH
    ]
    if not found:
        return None
    return min(found, key=lambda s: abs(s[0] - trigger[0]))


#: a part of a town before the phrase for it: "the south of (the city)", "el centro de (la
#: ciudad)", "the outskirts of", "los barrios del sur de"
_TOWN_PART = re.compile(
    rf"\b(?:(?:the|el|la|los|las)\s+)?(?:(?:{_words('cardinal')}|{_words('town_part')})\s+"
    rf"(?:(?:del|de|of)\s+(?:(?:la|el|the)\s+)?(?:{_words('cardinal')})"
    r"\s+)?(?:of|de|del)\s+)$",
    re.IGNORECASE,
)


def _town_phrase(
    own: Location,
    text: str,
    folded: str,
    trigger: tuple[int, int],
    sentence: tuple[int, int],
    finder: PlaceFinder,
) -> Location:
    """The sentence's town under the phrase for it in the event's own phrase of place:
    "imposed a curfew on the capital after looting in the south of the city" (the looting is
    told in "the south of the city"), "disparó gases en el centro de la ciudad". Only a
    phrase for a town, right after the event's word: a site ("the airport") may be another
    town's."""
    if _rank(own) != 3 or own.span[0] >= trigger[1]:
        return own
    find_anaphora = getattr(finder, "anaphora", None)
    if find_anaphora is None:
        return own
    t = trigger[1]
    for a, b, kind in find_anaphora(text, folded, t, min(sentence[1], t + _PHRASE_REACH)):
        if kind != "town":
            continue
        article = _ARTICLE_END.search(text, max(0, a - 5), a)
        if article is not None:
            a = article.start()
        part = _TOWN_PART.search(text, max(0, a - 40), a)
        if part is not None:
            a = part.start()
        if _EVENTS_PLACE.fullmatch(text, t, a):
            return replace(own, text=text[a:b], span=(a, b))
        break
    return own


#: how far after the event's word its phrase for the town may end
_PHRASE_REACH = 60


def _own_site(
    own: Location,
    text: str,
    folded: str,
    trigger: tuple[int, int],
    sentence: tuple[int, int],
    finder: PlaceFinder,
) -> Location:
    """The site of the sentence's town that the sentence places the event at, when the
    gazetteer puts it in another district of the town's province: "Cusco: enfrentamientos en
    el aeropuerto", "Cusco's health directorate says 37 were treated after clashes near the
    airport" are at the Cusco airport, in Wánchaq (:func:`_town_site`). The site's phrase
    follows a word of place ("en", "near", "cerca del") after the event's word, with no more
    than four words between them; else the town."""
    find_anaphora = getattr(finder, "anaphora", None)
    if _rank(own) != 3 or find_anaphora is None:
        return own
    t = trigger[1]
    sites = [
        (a, b)
        for a, b, kind in find_anaphora(text, folded, t, min(sentence[1], t + _PHRASE_REACH))
        if kind == "site"
        and (_AT_SITE.fullmatch(text, t, a) is not None or _OBJECT_SITE.fullmatch(text, t, a))
        and not _headed_for(text, a)
    ]
    if not sites:
        return own
    a, b = sites[0]
    site = _town_site(own, text[a:b], finder)
    return own if site is None else replace(site, text=text[a:b], span=(a, b))


#: the word of place before a site's phrase: "en el aeropuerto", "near the airport", "cerca
#: del aeropuerto", "en los alrededores del aeropuerto"
_AT_SITE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:en|in|at|near|around|outside|cerca)"
    r"(?:\s+(?:de|del|of|to|a|al))?\s+(?:(?:el|la|los|las|the)\s+)?"
    r"(?:(?:alrededores|inmediaciones|exteriores|afueras|outskirts)\s+(?:de|del|of)\s+"
    r"(?:(?:el|la|the)\s+)?)?",
    re.IGNORECASE,
)
#: between the event's word and the site that is its object: "tried to storm the airport",
#: "tomaron el aeropuerto", "la toma del aeropuerto", "will march on the airport", "intentaron
#: ingresar al aeropuerto"
_OBJECT_SITE = re.compile(
    r"\s+(?:(?:on|onto|into|to|toward|towards|of|a|al|de|del|hacia|contra)\s+)?"
    r"(?:(?:el|la|los|las|the)\s+)?",
    re.IGNORECASE,
)
#: a noun that names a site in a landmark's name: "el aeropuerto Alejandro Velasco Astete",
#: "the Añashuayco bridge"
_SITE_NOUN = re.compile(rf"\b(?:{_words('site_noun')})\b", re.IGNORECASE)


def _sentence_site(
    own: Location, places: Sequence[Location], text: str, trigger: tuple[int, int]
) -> Location:
    """The site the sentence names by its own name in another district of its town's province,
    in the event's clause: "En Cusco, la Policía dispersó a manifestantes que intentaban
    acercarse al aeropuerto Alejandro Velasco Astete" and "in Arequipa, a crowd tried to storm
    the Alfredo Rodríguez Ballón airport" are at the airports, in Wánchaq and Cerro Colorado;
    the town only says which city the site serves. Else the town."""
    if _rank(own) != 3 or own.admin2 is None:
        return own
    for q in places:
        if (
            q is not own
            and q.place_id is not None
            and q.place_id != own.place_id
            and q.iso == own.iso
            and q.admin1 == own.admin1
            and q.admin2 == own.admin2
            and _rank(q) == 3
            and _SITE_NOUN.search(q.text) is not None
            # a town named by its own name is no site ("El Alto" in a story on La Paz)
            and fold(q.name or "") not in fold(q.text)
            and _same_clause(text, q.span[0], trigger[0])
            and _SCENE_BREAK.search(text, *_between(q, trigger)) is None
            and not is_origin(text, q.span[0])
            and not taken_to(text, q.span[0])
            and not _set_off(q, places, text)
            # "tried to march from the Plaza de Armas to the Velasco Astete airport along
            # Avenida El Sol": the end of a route is where the march headed, not where it was
            and not _headed_for(text, q.span[0])
        ):
            return q
    return own


def _headed_for(text: str, start: int) -> bool:
    """The site at ``start`` is where people were going, not where they were: the end of a
    route ("tried to march from the Plaza de Armas to the Velasco Astete airport along Avenida
    El Sol") or the goal of people on their way ("un grupo de manifestantes que se dirigía al
    aeropuerto", "marchers heading for the airport")."""
    a = max(0, start - _ROUTE_REACH)
    return _ROUTE_END.search(text, a, start) is not None or (
        _SITE_HEADED.search(text, a, start) is not None
    )


#: a route's end right before a site: "from the Plaza de Armas to the", "desde la plaza San
#: Martín hasta el"
_ROUTE_END = re.compile(
    r"\b(?:from|desde)\s[^.;:]{1,80}?\s(?:to|toward|towards|hasta|hacia|a|al)\s+"
    r"(?:(?:the|el|la|los|las)\s+)?$",
    re.IGNORECASE,
)
_ROUTE_REACH = 120
#: a way to a site right before it: "se dirigía al", "marchaban hacia el", "heading for the"
_SITE_HEADED = re.compile(
    rf"\b(?:{_words('site_headed', any_space=True)})(?:\s+[\w]+){{0,3}}?\s+"
    r"(?:a|al|hacia|hasta|rumbo\s+al?|to|toward|towards|for)\s+(?:(?:the|el|la)\s+)?$",
    re.IGNORECASE,
)


_ARTICLE_END = re.compile(r"(?:the|la|el)\s+$", re.IGNORECASE)
#: between the event's word and its phrase of place: "looting in", "gases lacrimógenos en",
#: "marched through"
_EVENTS_PLACE = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|en|at|across|throughout|through|around|por)\s+",
    re.IGNORECASE,
)


def _as_anaphor(
    story: Location | None,
    text: str,
    folded: str,
    trigger: tuple[int, int],
    sentence: tuple[int, int],
    finder: PlaceFinder,
) -> Location | None:
    """The story's place under the phrase the sentence uses for it ("la ciudad", "the
    airport", "la región"), when it uses one."""
    if story is None:
        return story
    centre = _town_centre(story, text, sentence, finder)
    if centre is not None:
        return centre
    named = _named_site(text, trigger, sentence)
    if named is not None and _rank(story) == 3:
        a, b = named
        return replace(story, text=text[a:b], span=(a, b))
    find_anaphora = getattr(finder, "anaphora", None)
    if find_anaphora is None:
        return story
    phrases = [
        (a, b, kind)
        for a, b, kind in find_anaphora(text, folded, sentence[0], sentence[1])
        # "la región" is the event's place only right by its word ("bloqueos en la región")
        if kind != "region" or min(abs(a - trigger[1]), abs(trigger[0] - b)) <= 40
    ]
    if not phrases:
        return story
    capital = _capital_phrase(story, phrases, text, trigger, finder)
    if capital is not None:
        return capital
    # a capital's phrase that names no capital the gazetteer knows is no site of the story's
    phrases = [p for p in phrases if p[2] not in ("capital", "province_capital")]
    if not phrases:
        return story
    a, b, refers_to = min(phrases, key=lambda p: abs(p[0] - trigger[0]))
    if refers_to == "region":
        if story.admin1 is None:
            return story
        return replace(
            _department(story),
            text=text[a:b],
            span=(a, b),
            latitude=story.latitude,
            longitude=story.longitude,
        )
    if _rank(story) < 3:
        return story  # "the airport" of a region: the region says more than the phrase
    site = _town_site(story, text[a:b], finder)
    return replace(site or story, text=text[a:b], span=(a, b))


#: the centre of a town, or the town by its phrase: "la plaza de Armas", "el centro histórico",
#: "the main square", "la ciudad"
_TOWN_CENTRE = re.compile(rf"\b(?:{_words('town_centre')})\b", re.IGNORECASE)
#: how close to its city a district lies whose centre is the city's: one that shares the
#: city's point (the gazetteer knows no town of its own there), or a site of it
_CENTRE_KM = 1.0
_CENTRE_SITE_KM = 5.0


def _town_centre(
    story: Location, text: str, sentence: tuple[int, int], finder: PlaceFinder
) -> Location | None:
    """The city whose centre a sentence with no place of its own names, when the story's
    place is a district of that city: "Pasamos a la ciudad. ... murió en Cerro Colorado ...
    Ayer, miles marcharon desde la plaza de Armas" is Arequipa's main square, not Cerro
    Colorado's; so are the Cusco cathedral and "la ciudad" after clashes at the airport
    (Wánchaq). The story's
    district must lie at the city's point, or be a site (an airport, a bridge) within
    ``_CENTRE_SITE_KM`` of it; Peru only (:meth:`PlaceFinder.seat`). None otherwise."""
    if _rank(story) != 3 or story.iso != "PE":
        return None
    m = _TOWN_CENTRE.search(text, sentence[0], sentence[1])
    seat = getattr(finder, "seat", None)
    if m is None or seat is None:
        return None
    city: Location | None = seat(story, 2)
    if city is None or city.place_id == story.place_id:
        return None
    km = _km(story, city)
    site = fold(story.name or "") not in fold(story.text)
    if km is None or not (km <= _CENTRE_KM or (site and km <= _CENTRE_SITE_KM)):
        return None
    return replace(city, text=m.group(0), span=m.span())


def _km(a: Location, b: Location) -> float | None:
    """The distance between two points, in kilometres (a flat approximation)."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    dy = (a.latitude - b.latitude) * 111.0
    dx = (a.longitude - b.longitude) * 111.0 * math.cos(math.radians(b.latitude))
    return math.hypot(dx, dy)


def _capital_phrase(
    story: Location,
    phrases: list[tuple[int, int, str]],
    text: str,
    trigger: tuple[int, int],
    finder: PlaceFinder,
) -> Location | None:
    """The capital of the story's department or province when the sentence names the place
    so ("En la capital regional, los universitarios marcharon hasta la plaza de Armas" after
    a blockade in Ilave: Puno; "In the provincial capital, ..."), under that phrase; it
    outranks a site or "la región" of the same sentence, which lie in it or around it. None
    when the sentence uses no such phrase or the gazetteer knows no capital there."""
    capitals = [
        p
        for p in phrases
        if p[2] in ("capital", "province_capital")
        and _CAPITAL_SCENE.search(text, max(0, p[0] - 12), p[0]) is not None
    ]
    seat = getattr(finder, "seat", None)
    if not capitals or seat is None:
        return None
    a, b, refers_to = min(capitals, key=lambda p: abs(p[0] - trigger[0]))
    found: Location | None = seat(story, 1 if refers_to == "capital" else 2)
    if found is None:
        return None
    return replace(found, text=text[a:b], span=(a, b))


#: what a capital's phrase follows when it sets the event's scene: "en la (capital
#: regional)", "in the (regional capital)", "in (the region's capital)"; not an apposition
#: ("Abancay, the regional capital") nor a destination ("a centros de salud de la capital
#: departamental")
_CAPITAL_SCENE = re.compile(r"\b(?:en|in|por|through|across)\s+(?:(?:la|the)\s+)?$", re.IGNORECASE)


def _town_site(town: Location, phrase: str, finder: PlaceFinder) -> Location | None:
    """The landmark ``phrase`` names in ``town`` when the gazetteer knows it by the town's
    name and places it in another district of the town's province: "el aeropuerto" of a story
    in Cusco is the Cusco airport, in the district of Wánchaq ("aeropuerto de Cusco", "Cusco
    airport"); None when the town's landmark is in the town itself, or the gazetteer knows
    none."""
    name = town.name or ""
    words = phrase.split()
    if words and words[0].lower() in _SITE_ARTICLES:
        words = words[1:]
    if not name or not words:
        return None
    noun = " ".join(words)
    for probe in (f"{noun} de {name}", f"{name} {noun}"):
        found = finder.find(probe, fold(probe), 0, len(probe), "es")
        if (
            len(found) == 1
            and found[0].span == (0, len(probe))
            and found[0].place_id != town.place_id
            and found[0].admin2 == town.admin2
            and _rank(found[0]) == 3
        ):
            return found[0]
    return None


#: articles a site's phrase may open with ("el aeropuerto", "the airport")
_SITE_ARTICLES = frozenset({"el", "la", "los", "las", "the", "del", "al"})


# ---------------------------------------------------------------------------- strikes

#: modes of an action a whole territory holds: a strike is the region's or the province's
TERRITORIAL_MODES = frozenset({"strike"})


def territory(
    place: Location | None, finder: PlaceFinder, *, scope: int | None = None
) -> Location | None:
    """The territory that holds a strike named by a town's bare name.

    "El paro indefinido en Puno", "Cusco's regional strike", "PUNO.- ... el paro": where the
    town bears its department's name, the strike is the department's (coders place a regional
    strike at the region, geo_precision 3); where it bears its province's name ("el paro en
    Andahuaylas"), the province's. The country's capital stands for its metropolitan
    province ("un paro de transportistas en Lima"). A town named in other words ("la ciudad
    de Puno", a square, a street) or bearing a name of its own stays. A strike whose phrase
    gives its ``scope`` (:func:`strike_scope`: 0 national, 1 regional, 2 provincial) is the
    country's, the department's or the province's that the place lies in, whatever town the
    story is in ("el paro regional continuará", told from Ilave, is Puno's).
    """
    if place is None or not place.place_id:
        return place
    division = getattr(finder, "division", None)
    if division is None:
        return place
    if scope is not None:
        if _rank(place) <= scope:
            return place  # already the territory, or wider
        found: Location | None = division(place, scope)
        return found or place
    if (
        place.geo_precision != 1
        or not place.name
        or _fold_name(place.text) != _fold_name(place.name)
    ):
        return place
    name = _fold_name(place.name)
    if name == _fold_name(place.admin1 or ""):
        level = 1
        resolve = getattr(finder, "resolve_name", None)
        seat = resolve("la capital", country=place.iso) if resolve and place.iso else None
        if seat is not None and same_place(seat, place):
            level = 2
    elif name == _fold_name(place.admin2 or ""):
        level = 2
    else:
        return place
    found = division(place, level)
    return found or place


#: words that give a strike's territory: the country's, a region's, a province's
_NATIONAL = re.compile(rf"\b(?:{_words('national')})\b", re.IGNORECASE)
_GENERAL_AFTER = re.compile(r"\s+general\b", re.IGNORECASE)
_GENERAL = re.compile(r"\bgeneral\b", re.IGNORECASE)
_REGIONAL = re.compile(rf"\b(?:{_words('regional')})\b", re.IGNORECASE)
_PROVINCIAL = re.compile(rf"\b(?:{_words('provincial')})\b", re.IGNORECASE)
# right after the strike's word: "the strike in the province", "el paro en toda la provincia"
_IN_PROVINCE_AFTER = re.compile(
    r"\s+(?:in|across|throughout|en)\s+(?:the|la|toda\s+la)\s+(?:province|provincia)\b",
    re.IGNORECASE,
)


def strike_scope(text: str, trigger: tuple[int, int]) -> int | None:
    """The territory a strike's own phrase gives: 0 the country ("indefinite national
    strike", "paro nacional de 24 horas", "huelga general"), 1 the region ("paro regional",
    "Cusco's regional strike"), 2 the province ("paro provincial"); None when it says none."""
    a, b = trigger
    lo, hi = max(0, a - 25), min(len(text), b + 20)
    if (
        _NATIONAL.search(text, lo, hi)
        or _GENERAL.search(text, max(0, a - 8), b)
        or _GENERAL_AFTER.match(text, b, min(len(text), b + 12))
    ):
        return 0
    if _REGIONAL.search(text, lo, hi):
        return 1
    if _PROVINCIAL.search(text, lo, hi) or _IN_PROVINCE_AFTER.match(
        text, b, min(len(text), b + 30)
    ):
        return 2
    return None


def _fold_name(text: str) -> str:
    return " ".join(fold(text).split())


# ---------------------------------------------------------------------------- national decisions

#: modes of decisions a national institution takes at its seat, whatever town the story is in:
#: Congress removing a president, voting on elections, a president resigning
NATIONAL_DECISIONS = frozenset({"removal_from_office", "election_change", "resignation"})
#: modes of measures a national government takes for a territory it names: one not taken
#: (ruled out, in doubt) names none, and is the country's
NATIONAL_MEASURES = frozenset({"state_of_emergency"})

#: modes of measures the state takes for a territory: one its phrase says covers the whole
#: country is the country's, whatever town the story is told from
STATE_MEASURES = frozenset({"state_of_emergency", "curfew", "deployment"})

# the whole country, said right before the measure's word ("a 30-day nationwide state of
# emergency", "a nationwide curfew") or just after it ("across the country", "en todo el
# país por treinta días", "a nivel nacional"); "national" only next to it ("a national state
# of emergency", "estado de emergencia nacional"), where a name cannot come between
_NATIONWIDE_BEFORE = re.compile(
    rf"\b({_words('nationwide', any_space=True)})\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_NATIONAL_BEFORE = re.compile(rf"\b({_words('national')})\s+$", re.IGNORECASE)
_NATIONWIDE_AFTER = re.compile(
    rf"[^.,;:()\n]{{0,16}}?\b({_words('nationwide', any_space=True)})\b", re.IGNORECASE
)
_NATIONAL_AFTER = re.compile(rf"\s+({_words('national')})\b", re.IGNORECASE)


def nationwide(text: str, trigger: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the words that say a state measure covers the whole country ("a
    nationwide curfew", "a 30-day state of emergency across the country", "el estado de
    emergencia en todo el país", "estado de emergencia nacional"), else None. Only words next
    to the measure's word count: a measure for named departments or cities says none."""
    a, b = trigger
    found = (
        _NATIONWIDE_BEFORE.search(text, max(0, a - 40), a)
        or _NATIONAL_BEFORE.search(text, max(0, a - 20), a)
        or _NATIONWIDE_AFTER.match(text, b, min(len(text), b + 60))
        or _NATIONAL_AFTER.match(text, b, min(len(text), b + 20))
    )
    return found.span(1) if found is not None else None


# an embassy or consulate: a country named after these is whose mission it is, not where
_MISSION_BEFORE = re.compile(
    rf"\b(?:{_words('mission')})\s+(?:de|del|of|of the)\s+$", re.IGNORECASE
)
_MISSION_AFTER = re.compile(rf"\s+(?:{_words('mission_after')})\b", re.IGNORECASE)


def mission(loc: Location, text: str) -> bool:
    """A country named only as the owner of an embassy ("la embajada de México")."""
    a, b = loc.span
    return bool(
        _MISSION_BEFORE.search(text, max(0, a - 25), a)
        or _MISSION_AFTER.match(text, b, min(len(text), b + 15))
    )


def dateline_place(
    text: str, folded: str, dateline_end: int, finder: PlaceFinder, language: str
) -> Location | None:
    """The place of the dateline at the head of the text, if there is one."""
    if dateline_end <= 0:
        return None
    return choose(finder.find(text, folded, 0, dateline_end, language), text, (0, 0))


# what may stand before an item's dateline on its line: a timestamp ("[10:40]", "10:40 -")
_ITEM_HEAD = re.compile(
    r"(?:^|\n)[ \t]*(?:\[?\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|hrs?|GMT|EAT|UTC))?\]?"
    r"\s*(?:[-–—|]\s*)?)?$",
    re.IGNORECASE,
)
#: a timestamp opening an item of a live blog: "10:40 –", "[10:40]"
_ITEM_STAMP = re.compile(
    r"[ \t]*\[?\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|hrs?|GMT|EAT|UTC))?\]?"
    r"\s*(?:[-–—|]\s*)?",
    re.IGNORECASE,
)
_ITEM_AFTER = re.compile(r"\s*(?:[:–—|]|-\s|,\s)")


def item_dateline(loc: Location, text: str) -> bool:
    """``loc`` is the dateline of one item of a brief or a live blog: in capitals, first on
    its line (after a timestamp, if any), before a colon, a dash or a comma ("[10:40]
    NAIROBI: Officers fired ...", "KIAMBU — ...")."""
    a, b = loc.span
    letters = [c for c in text[a:b] if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return False
    if _ITEM_AFTER.match(text, b, min(len(text), b + 4)) is None:
        return False
    return _ITEM_HEAD.search(text, max(0, a - 30), a) is not None


#: what sets off a dateline from its line: a colon, a dash, a bar or a comma, ".-", or the
#: region in brackets before one ("JULIACA (Puno).-")
_LINE_DATELINE_AFTER = re.compile(r"(?:\s*\([^()\n]{2,30}\))?(?:\s*[:–—|]|\s*\.\s*[-–—]|\s-\s|,\s)")


def line_dateline(loc: Location, text: str) -> int:
    """Where the dateline ``loc`` is set off, when it is first on its line, in capitals, set
    off from what follows ("LIMA.- ...", "JULIACA (Puno).- ...", "[10:40] NAIROBI: ..."),
    whether or not it opens the text; 0 when it is no such dateline."""
    a, b = loc.span
    letters = [c for c in text[a:b] if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return 0
    m = _LINE_DATELINE_AFTER.match(text, b, min(len(text), b + 40))
    if m is None or _ITEM_HEAD.search(text, max(0, a - 30), a) is None:
        return 0
    return m.end()


def same_place(a: Location, b: Location) -> bool:
    """Two locations of one place (the same gazetteer id)."""
    return a.place_id is not None and a.place_id == b.place_id


def place_match(a: Location | None, b: Location | None) -> int:
    """How closely two places agree: 2 the same place or one inside the other ("Puno" the
    region and Juliaca), 1 the same first-level division, 0 neither (or one unknown)."""
    if a is None or b is None:
        return 0
    if same_place(a, b) or _contains(a, b) or _contains(b, a):
        return 2
    if a.admin1 is not None and a.iso == b.iso and a.admin1 == b.admin1:
        return 1
    return 0


def in_capital(place: Location | None, finder: PlaceFinder) -> bool:
    """``place`` is its country's capital, or lies in it: the place the gazetteer's curated
    phrase "la capital" stands for in that country (``aliases.yaml``)."""
    resolve = getattr(finder, "resolve_name", None)
    if place is None or place.iso is None or resolve is None:
        return False
    seat: Location | None = resolve("la capital", country=place.iso)
    return seat is not None and (
        same_place(place, seat) or (_rank(seat) == 3 and _contains(seat, place))
    )


def national_seat(
    place: Location | None,
    own: bool,
    text: str,
    anchor: tuple[int, int],
    finder: PlaceFinder,
    home: Location | None,
) -> Location | None:
    """The place of a national decision (a removal from office, a vote on elections, a
    resignation): the seat of the institutions that take it, not the town the story is in.

    Congress removing a president "in Ayacucho" (the story's dateline), "the removal of
    Castillo" told in a sentence about killings in Ayacucho, and the same removal told by a
    Lima outlet are one decision, taken in the capital. A place of the decision's own sentence
    abroad stays ("faxed his resignation from Tokyo"); any other place (the story's town, the
    town of another incident of the sentence, the country of an embassy) gives way to the
    country's capital: the place the gazetteer's curated phrase "la capital" stands for in that
    country (``aliases.yaml``), else the country itself (geo_precision 3). The location keeps
    the words of ``anchor`` (the event's word) as its text: the sentence names no place.

    Args:
        place: the place the story gave the event.
        own: whether ``place`` was named in the event's own sentence.
        text: the document text.
        anchor: span of the event's word.
        finder: the place finder (its ``resolve_name``, when it has one).
        home: the place of the incident told before, else the dateline's (its country is
            the story's).
    """
    if place is None or place.iso is None:
        return place
    if own and place.admin1 is not None and not mission(place, text):
        if home is not None and home.iso is not None and place.iso != home.iso:
            return place
    resolve = getattr(finder, "resolve_name", None)
    if resolve is None:
        return place
    country = home if home is not None and home.iso is not None and mission(place, text) else place
    a, b = anchor
    seat: Location | None = resolve("la capital", country=country.iso)
    capital = getattr(finder, "capital", None)
    if seat is None and capital is not None and country.iso is not None:
        # a country the gazetteer has no curated phrase for ("Nepal", "Paraguay"): the
        # city at its point, its capital
        seat = capital(country.iso)
    if seat is None and country.country:
        seat = resolve(country.country, country=country.iso)
    if seat is None or same_place(place, seat) or (_rank(seat) == 3 and _contains(seat, place)):
        return place  # the story is set in the capital already: its words say more
    return replace(seat, text=text[a:b], span=(a, b))
