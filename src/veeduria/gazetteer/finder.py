"""Find place mentions in a text and resolve each to a place with admin levels and a point.

One Aho–Corasick scan (``TermMatcher``) finds every gazetteer name; rules then decide which
hits are places and which place each one is:

* **plausible**: a name must start with a capital letter (curated lower-case phrases such as
  "la capital" excepted); stoplisted words need a locative cue; a name right after a first name
  or a title is a person ("Pedro Castillo"); a name right after "avenida", "jirón", "río" is a
  street or a river; the longest match wins ("San Juan de Lurigancho" over "San Juan").
* **origin**: "natural de Ilave", "victims from Azángaro" — where people come from is not where
  the event happened. Such mentions are dropped here (``choose`` would only catch part of them).
* **level**: "la región / el departamento de Puno", "the Puno region" is the department
  (precision 3); "la provincia de ..." the province (2); a bare "Puno" is the city (1). A
  department whose capital has another name ("Junín", "Apurímac") is the department.
* **near**: "cerca de", "a las afueras de", "near", "outskirts of" give precision 2.
* **context**: a department or province named elsewhere (nearer counts more) picks among
  places of the same name ("San Juan", "Santa Rosa"); the story's country (Peru unless another
  country dominates the text) picks between countries. A name that stays ambiguous resolves to
  what its readings share (their department, else the country) at precision 3.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TypeVar

from veeduria.extract.places import belongs, is_origin, person_apposed
from veeduria.extract.terms import Hit, TermMatcher, fold_term
from veeduria.gazetteer._index import (
    FOCUS,
    LATIN,
    AliasRow,
    Index,
    LandmarkRow,
    Place,
    population_score,
)
from veeduria.models import Location

_T = TypeVar("_T")

_ARTICLES = frozenset({"el", "la", "los", "las", "the"})
_LINKS = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "of", "the", "and", "en"})

# level cues, matched against folded text (lower case, no accents)
_ADMIN1 = (
    "regiones|regions|region|departamentos|departamento|dpto\\.?|departments|department|"
    "state|estado"
)
_PROVINCE = "provincias|provincia|provinces|province"
_DISTRICT = (
    "distritos|distrito|districts|district|municipios|municipio|municipalities|municipality|"
    "canton|comuna|corregimiento"
)
_TOWN = (
    "ciudad|city|town|localidad|pueblo|poblado|centro poblado|village|caserio|anexo|"
    "comunidad(?: campesina| nativa)?|community|villa|capital"
)
_CUE_BEFORE = re.compile(
    rf"\b(?P<cue>{_ADMIN1}|{_PROVINCE}|{_DISTRICT}|{_TOWN})"
    r"(?:\s+[a-z]+(?:a|o|ana|ano|ena|eno|ina|ino|esa|es|ern|ian))?"  # "provincia cusqueña de"
    r"(?:\s+(?:de|del)(?:\s+(?:la|los|las|el))?|\s+of(?:\s+the)?)?\s+$"
)
# a plural level word and "of the" before a name: the parts of what the name names
_PARTS_OF = re.compile(r"s\s+of\s+the\s+$")
_CUE_AFTER = re.compile(rf"^\s+(?P<cue>region|department|province|district|city|town|{_ADMIN1})\b")
_ARTICLE_END = re.compile(r"\b(?:la|el|the)\s+$")
#: a place's possessive before "capital": "Madagascar's capital", "Puno's regional capital"
_CAPITAL_OWNED = re.compile(r"['’]s\s+(?:(?:regional|provincial|departmental)\s+)?capital\b")
# "la capital de Melgar", "la capital de la provincia de Melgar", "the capital of the Apurímac
# region": the seat of the province or department named after it, as a town
_CAPITAL_OF = re.compile(
    r"\bcapital\s+(?:de|del|of)\s+(?:(?:la|el|the)\s+)?"
    r"(?:(?:provincia|region|departamento|province|department)\s+(?:(?:de|del|of)\s+)?)?$"
)
_NEAR = re.compile(
    r"(?:\bcerca (?:de|a)(?: la ciudad de)?|\bcercan[ao]s? a|\balrededores de|\bafueras de|"
    r"\binmediaciones de|\bproximidades de|\bzona rural de|\barea rural de|\bperiferia de|"
    r"\bal (?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste) de|"
    r"\b\d+ (?:km|kilometros) (?:al (?:norte|sur|este|oeste) )?de|"
    r"\bnear|\boutside|\boutskirts of|\bclose to|\bnot far from|\bon the edge of|"
    r"\b\d+ (?:km|kilometres|kilometers|miles) (?:(?:north|south|east|west)\w* )?(?:of|from)|"
    r"\b(?:north|south|east|west)(?:east|west)? of|\brural)"
    # the town told by its kind, with a word or two on it: "near the border town of",
    # "outside the southern city of", "en las afueras de la ciudad de", "cerca de la
    # localidad fronteriza de"
    r"(?:\s+(?:(?:the|la|el)\s+)?(?:[a-z-]+\s+){0,2}?(?:city|town|village|ciudad|localidad|"
    r"pueblo|poblado|distrito)(?:\s+[a-z]+)?\s+(?:of|de))?\s+$"
)
_ORIGIN = re.compile(
    r"(?:\bprovenientes? (?:de|desde)|\bprocedentes? (?:de|desde)|"
    r"\b(?:llegad|venid)[oa]s? (?:de|desde)|"
    r"\b(?:vino|vinieron|llego|llegaron|viajaron|viajo|partieron|salieron|arribaron) desde|"
    # the town they came to told first: "llegaron a Lima desde Puno", "arribaron a la capital
    # desde Juliaca"
    r"\b(?:vino|vinieron|llego|llegaron|viajaron|viajo|arribo|arribaron)\s+(?:a|al|hasta)\s+"
    r"[^.;:,]{1,40}?\s+desde|"
    r"\b(?:partieron|salieron) de|\boriund[oa]s? de|"
    # on their way back: "que retornaba de Puno", "regresaban desde Juliaca", "returning from"
    r"\b(?:retorn|regres)(?:aba|aban|ó|o|aron|ando)\s+(?:de|desde)|\bvolv(?:ía|ia|ían|ian|ió|io|"
    r"ieron|iendo)\s+(?:de|desde)|\b(?:returning|returned|on\s+their\s+way\s+back)\s+from|"
    r"\bnatural(?:es)? de|\boriginari[oa]s? de|"
    r"\b(?:native of|natives of|hometown of|hometown,?|(?:came|come|coming) from|arrived from|"
    r"travel(?:l)?ed from|hailing from|originally from|"
    # one person named by where they come from: "a medical student from Puno"
    r"(?:student|farmer|man|woman|boy|girl|teacher|worker|miner|resident|leader|member|"
    r"protester|demonstrator|youth|villager|peasant|activist|father|mother)(?: \w+)? from|"
    r"(?:victims|people|residents|protesters|demonstrators|farmers|workers|students|miners|"
    r"delegations|delegates|villagers|peasants|comuneros|travell?ers|teachers|natives|members|"
    r"passengers|pilgrims|tourists|mothers|fathers|parents|widows|children|sons|daughters|"
    r"neighbou?rs|colleagues|activists|marchers|unions|communities|groups|organi[sz]ations|"
    r"leaders|families|relatives|youths|men|women|supporters|those|others|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+)(?: \w+)? from))"
    # the level word of the town or of a list of them: "procedentes de las provincias de
    # Azángaro y Melgar", "natural de la comunidad campesina de Chila"
    r"(?:\s+(?:la (?:ciudad|provincia|region|comunidad(?: campesina)?|localidad) de|"
    r"las (?:ciudades|provincias|regiones|comunidades(?: campesinas)?|localidades) de|"
    r"(?:el|los) (?:distritos?|centros? poblados?|anexos?|caserios?|departamentos?) de|"
    r"the (?:city|town|province|"
    r"region|village|districts?|provinces|communities|villages|towns) of)"
    # "oriundos del distrito de": the article joined to the origin's "de"
    r"|(?<=\bde)l (?:distrito|centro poblado|anexo|caserio|departamento) de)?\s+$"
)
# where someone was taken after the event: "flown to La Paz", "trasladados a Lima"
_DESTINATION = re.compile(
    # not a reflexive verb: people who moved themselves ("las protestas se trasladaron a Lima",
    # "se trasladaron a Juliaca para marchar") went to act there
    r"\b(?<!\bse )(?:flown|taken|transferred|moved|sent|brought|airlifted|deported|extradited|evacuated|"
    r"transported|trasladad[oa]s?|llevad[oa]s?|conducid[oa]s?|derivad[oa]s?|evacuad[oa]s?|"
    r"enviad[oa]s?|deportad[oa]s?|extraditad[oa]s?|trasladaron|llevaron|condujeron|evacuaron|"
    # a flight into exile: "resigned and flew to Mexico", "huyó a Argentina"
    r"flew|fled|escaped|hu[iy]o|huyeron|escapo|escaparon|se exilio|se asilo)"
    r"(?: (?:by|en|por) (?:helicopter|helicoptero|plane|avion|air|aire|bus|road|tierra))?"
    r" (?:to|a|al|hacia|hasta)(?: (?:the |la )?(?:city|ciudad|capital) (?:of|de))?\s+$"
)
# a country's name before these is an institution's: "the U.S. State Department"
_INSTITUTION_AFTER = re.compile(
    r"\.?\s+(?:state department|department of|embassy|ambassador|envoy|government|"
    r"administration|army|navy|air force|military|congress|senate|treasury|officials?|"
    r"authorities|troops|forces|intelligence|consulate|foreign minist)"
)
_ORIGIN_EXCEPT = re.compile(
    r"\b(?:km|kilometres|kilometers|miles|metres|meters)\s+from\s+$|"
    # "evicted dozens of protesters from Plaza San Martín": where they were removed from
    r"\b(?:removed|evicted|cleared|expelled|dislodged|drove|driven|pushed|forced|dispersed|"
    r"ousted|chased)\b(?:(?!came|arriv|travel|hail|originally)[^.;]){0,40}\bfrom\s+(?:the\s+)?$"
)
_LOCATIVE = re.compile(
    r"(?:\b(?:en|in|at|desde|hacia|hasta|a|near|around|across|into|through|cerca de|cerca a|"
    r"afueras de|alrededores de|inmediaciones de|proximidades de|outside|toward|towards|"
    r"outskirts of|edge of|vicinity of)\s+(?:el |la |los |las |the )?$)"
)
# a name right after these is a street, a building or a river, not the place itself
_STREET = re.compile(
    r"(?:\b(?:avenida|avs?\.|avda\.|jiron|jr\.|calle|pasaje|psje\.|paseo|malecon|"
    r"ovalo|urbanizacion|urb\.|streets?|avenues?|st\.|ave\.|"
    # a devotion named by its town, and whatever is named after it: "la avenida Virgen de
    # Cotoca", "la fiesta del Señor de Huanca"
    r"virgen|senor|senora|cristo)"
    r"(?:\s+(?:de|del)(?:\s+(?:la|los|las|el))?)?|"
    # the plural before "de" is the streets of a town: "marcharon por las calles de Abancay"
    r"\b(?:avenidas|jirones|calles|pasajes)|"
    r"\b(?:parque|plazuela|plaza|colegio|hospital|estadio|coliseo|mercado|universidad|instituto|"
    r"parroquia|iglesia|capilla|templo|santuario|basilica|parish|church|chapel|"
    r"rio|river|lago|lake|laguna|nevado|volcan|cerro|quebrada|puente|bridge|diario|radio|canal|"
    r"valle|valley|cordillera|"
    r"club|banco|hotel|empresa|minera|compania|escuela|penal|carcel|prision|sporting|deportivo|"
    r"real|atletico|universitario)|"
    # the first street of a corner: "near the corner of Abancay and Nicolás de Piérola", "en
    # la esquina de Tacna con Colmena" (not "el cruce de Ilave", a junction by its town)
    r"\b(?:esquina|interseccion|corner|intersection)\s+(?:de|del|of)(?:\s+(?:la|el|the))?|"
    # the second street of a corner: "la esquina de la Alameda con Vicuña Mackenna", "the
    # corner of Abancay and Colmena"
    r"(?:\b(?:esquina|cruce|interseccion|corner|intersection|junction)\s+(?:de|del|of)\s+"
    r"(?:(?:la|el|los|las|the)\s+)?|"
    # the second of two streets named together: "las avenidas Abancay y Arequipa"
    r"\b(?:avenidas|avs\.|calles|jirones)\s+)(?:[\w.]+\s+){1,4}?(?:con|y|e|and|with)"
    r"(?:\s+(?:la|el|the|avenida|av\.|calle|jiron|jr\.))?)\s+$"
)
# a country after these is a border or a direction, not where something happened
_BORDER = re.compile(
    r"\b(?:frontera|fronteras|fronteriz[oa]s?|limite|limites|limitrofes?|border|borders|"
    r"bordering|frontier|crossings?)\s+(?:con|with)\s+$|"
    r"\b(?:hacia|towards?|rumbo a|camino a|en direccion a|con destino a|bound for)\s+$"
)
# a name before these is a river, a valley, a street: "the Mantaro River", "Abancay Avenue"
_FEATURE_AFTER = re.compile(
    r"^\s+(?:mountains?|volcano|glacier|streets?|avenues?|boulevard|church|chapel|parish|"
    r"cathedral|basilica)\b|"
    # a medium named after its town: "a Córdoba radio station" is not where things happened
    r"^\s+(?:radio|television|tv)\s+stations?\b|^\s+(?:newspapers?|broadcasters?)\b|"
    # the first of two streets named together: "the Tacna and Arequipa avenues"
    r"^\s+(?:and|&)\s+(?:[\w.]+\s+){1,3}?(?:streets|avenues)\b"
)
# "the Ilave river": near the district of that name, if there is one
_WATER_AFTER = re.compile(r"^\s+(?:rivers?|valley|lake|basin)\b")
#: "the Perené river": a river, which runs by many towns (not "the Mantaro valley")
_RIVER_AFTER = re.compile(r"^\s+rivers?\b")
# "el río Ilave", "la laguna Ilave": the same, the feature's word before its name
_WATER_BEFORE = re.compile(r"(?:^|\s)(?:el |del |al |la |los )?(?:rio|rios|laguna|lago)\s+$")
# "el puente Ilave", "el puente Desaguadero": a bridge named by a bare name, read as its town
# only when the story names the town's department (``_bridge_towns``)
_BRIDGE_BEFORE = re.compile(r"(?:^|\s)(?:el |del |al )?puente\s+$")
# after a road and its kilometre, the town it lies in: ", en el distrito de (Chilca)", ", en
# (Chilca)", ", in the town of"
_DIVISION_KINDS = frozenset({"country", "admin1", "department", "province"})
_ROAD_TOWN_AFTER = re.compile(
    r"(?:\s+(?:a la altura del?|at|near)\s+(?:km|kilometro|kilometre|kilometer)s?\.?\s*\d{1,4})?"
    r"\s*,\s+(?:en|in)\s+(?:(?:el|la|the)\s+)?"
    r"(?:(?:distrito|localidad|centro poblado|anexo|caserio|comunidad(?: campesina)?|poblado|"
    r"district|town|village)\s+(?:de|of)\s+)?"
)
_KM = re.compile(r"\b(?:km|kilometro|kilometre|kilometer)s?\.?\s*(\d{1,4})\b")
_NAME = (
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]+"
    r"(?:\s+(?:de\s+|del\s+|de\s+la\s+|la\s+|el\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+){0,3})"
)
# an unlisted hamlet named after its kind: "el centro poblado de Nueva Esperanza"
_UNLISTED_AFTER_CUE = re.compile(
    r"(?P<cue>(?i:\b(?:centro poblado|anexo|caser[ií]o|comunidad campesina|comunidad nativa|"
    r"asentamiento humano|the village of|the hamlet of|the settlement of|the town of)))"
    r"(?:\s+(?:de|del))?\s+" + _NAME
)
# an unlisted hamlet described by an apposition: "El Plateado, a coca-growing town in ..."
_UNLISTED_APPOSITIVE = re.compile(
    _NAME + r"(?P<cue>),\s+(?i:(?:a|an|una?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:town|village|hamlet|settlement|localidad|pueblo|poblado|caser[ií]o|anexo)"
    # the kind word heads the phrase ("a town in Cauca"), not "a town councillor"
    r"(?=\s*[,.;]|\s+(?:in|of|on|near|north|south|east|west|about|some|located|close|en|de|del|"
    r"cerca|ubicad[oa]|situad[oa]|a\s+\d)))"
)
# an unlisted place qualified by a known one: "in Pastocalle, in Cotopaxi province"
_UNLISTED_LOCATIVE = re.compile(
    r"\b(?:in|en|at)\s+" + _NAME + r"(?P<cue>),\s+(?:in|en)\s+"
    r"(?=(?:the\s+|la\s+|el\s+)?(?:[A-ZÁÉÍÓÚÑ]|provinc|regi|depart|distri))"
)
# the end of the clause a hamlet's description runs to
_CLAUSE_END = re.compile(r"[.;:!?]\s|\n")
# one of the kind words above, in folded text: the patterns are tried only then
_UNLISTED_HINT = re.compile(
    r"centro poblado|anexo|caserio|comunidad (?:campesina|nativa)|asentamiento humano|village|"
    r"hamlet|settlement|\btown\b|localidad|pueblo|poblado"
)
# a word every phrase of _UNLISTED_HINT holds: the pattern is searched only when one is there
# (plain words: ``re`` skips ahead to their first letters, which the hint's "\b" prevents)
_UNLISTED_WORD = re.compile(
    r"poblado|anexo|caserio|comunidad |asentamiento humano|village|hamlet|settlement|town|"
    r"localidad|pueblo"
)
#: the words of ``_UNLISTED_WORD``, plain text: ``str.find`` tells faster whether one is there
_UNLISTED_WORDS = tuple(_UNLISTED_WORD.pattern.split("|"))
# capitalised words that such a pattern may catch but are no names
_NOT_NAMES = frozenset(
    """el la los las the a an un una en in lunes martes miercoles jueves viernes sabado domingo
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december congreso congress""".split()
)
# between two names of one list of origins: "Puno, Cusco y Ayacucho"
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:(?:y|e|and|or|o)\s+)?|(?:y|e|and|or|o)\s+)$")
# a list of places goes on: "Juliaca, Puno y Cusco", "Juliaca, Puno and Cusco"
_LIST_GOES_ON = re.compile(r"\s*(?:,|\by\b|\band\b|\be\b)\s*(?:(?:y|and|e)\s+)?[A-ZÁÉÍÓÚÑ]")
# between a place and the department that says where it lies: "Ilave, also in Puno"
_QUALIFIER_GAP = re.compile(
    r"(?:\s+(?:rivers?|valley|lake|basin|highlands|province|district))?"
    r"\s*(?:,|\(|-|–)?\s*(?:(?:also|tambien|también|both|ambos)\s+)?"
    r"(?:(?:in|en|of|de|del)\s+)?(?:(?:the|el|la)\s+)?$"
)
# a plural level word a little before a list of names: "quince provincias del país, entre
# ellas Huamanga y Huanta", "several provinces, including Huamanga"
_PLURAL_CUE_AHEAD = re.compile(
    r"\b(?P<cue>provincias|distritos|regiones|departamentos|provinces|districts|regions|"
    r"departments)\b[^.;:]{0,40}\b(?:entre ell[ao]s|como|including|such as|among them|"
    r"among which)\s+$"
)
# The patterns above that end in "\s+$" can only match a text whose last word (before the
# final whitespace) ends like one of theirs; these checks skip the search for most names.
#: last words of _NEAR: "cerca de", "cerca a", "near", "outside", "outskirts of", "close to",
#: "not far from", "rural", "the city of"
_NEAR_LAST = ("de", "a", "near", "outside", "of", "to", "from", "rural")
#: last words of _PLURAL_CUE_AHEAD: "entre ellos/ellas", "como", "including", "such as",
#: "among them", "among which"
_PLURAL_CUE_LAST = ("ellos", "ellas", "como", "including", "as", "them", "which")
#: last words of _LOCATIVE: its prepositions, or an article after one
_LOCATIVE_LAST = (
    "en",
    "in",
    "at",
    "desde",
    "hacia",
    "hasta",
    "a",
    "near",
    "around",
    "across",
    "into",
    "through",
    "de",
    "outside",
    "toward",
    "towards",
    "of",
    "el",
    "la",
    "los",
    "las",
    "the",
)
#: last words of _STREET: its kind words, or "de"/"del" and an article after one
_STREET_LAST = (
    "avenida",
    "avenidas",
    "av.",
    "avs.",
    "jirones",
    "calles",
    "pasajes",
    "streets",
    "avenues",
    "avda.",
    "jiron",
    "jr.",
    "calle",
    "pasaje",
    "psje.",
    "paseo",
    "malecon",
    "ovalo",
    "urbanizacion",
    "urb.",
    "street",
    "avenue",
    "st.",
    "ave.",
    "de",
    "del",
    "la",
    "los",
    "las",
    "el",
    "parque",
    "plazuela",
    "plaza",
    "colegio",
    "hospital",
    "estadio",
    "coliseo",
    "mercado",
    "universidad",
    "instituto",
    "parroquia",
    "iglesia",
    "capilla",
    "templo",
    "santuario",
    "basilica",
    "parish",
    "church",
    "chapel",
    "rio",
    "river",
    "lago",
    "lake",
    "laguna",
    "nevado",
    "volcan",
    "cerro",
    "quebrada",
    "puente",
    "bridge",
    "diario",
    "radio",
    "canal",
    "valle",
    "valley",
    "cordillera",
    "club",
    "banco",
    "hotel",
    "empresa",
    "minera",
    "compania",
    "escuela",
    "penal",
    "carcel",
    "prision",
    "sporting",
    "deportivo",
    "real",
    "atletico",
    "universitario",
    "con",
    "y",
    "e",
    "and",
    "with",
    # the first street of a corner: "the corner of", "la esquina de la"
    "of",
    "the",
)


def _list_level(folded: str, hit: Hit, hint: str | None) -> str | None:
    """The level a list of names that begins with ``hit`` gives the names after it ("las
    provincias de Huamanga, Huanta y La Mar": the level word of a list's first name holds for
    the names after it); ``hint``, the level ``hit`` itself was given, when it has none."""
    around = (folded, max(0, hit.start - 60), hit.start)
    m = _CUE_BEFORE.search(*around) or _PLURAL_CUE_AHEAD.search(*around)
    level = _level(m.group("cue")) if m else None
    return level if level in ("admin1", "province", "district") else hint


def _holds_literal(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` holds one of ``words`` anywhere: what a search of their
    plain alternation ("a|b|c", no boundaries) there tells, found faster."""
    for word in words:
        if text.find(word, start, end) >= 0:
            return True
    return False


def _ends_plural_cue(before: str) -> re.Match[str] | None:
    """``_PLURAL_CUE_AHEAD.search(before)``, skipped when the last word cannot end it."""
    if not before.rstrip().endswith(_PLURAL_CUE_LAST):
        return None
    return _PLURAL_CUE_AHEAD.search(before)


# a capitalised word just before a cue word: the cue is that name's ("Carabaya province")
_NAME_END = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]+\s+$")
_AFTER_ADMIN = re.compile(r"^\s*(?:,|\(|-|–|en|in)\s*")
# a part of a town before its name is as locative as a preposition ("in central Asunción",
# "en el centro de Asunción"): a cue for a name that is also a word or a first name
_LOCATIVE_AREA = re.compile(
    r"\b(?:in|at|near|across)\s+(?:the\s+)?(?:central|downtown|northern|southern|eastern|"
    r"western|north|south|east|west)\s+$|"
    r"\b(?:in|at|to|near)\s+the\s+(?:centre|center|heart|outskirts|north|south|east|west)\s+of\s+$|"
    r"\b(?:en|a|hacia|desde|hasta)\s+el\s+(?:centro|corazon|norte|sur|este|oeste)\s+de\s+$"
)
# a dateline: the name alone in capitals at the start of a line, then a comma or a dash
_DATELINE_AFTER = re.compile(r"\s*(?:,|\.?\s*[–—-]|\.–|\(|\|)")


#: how many documents' states the finder keeps besides the current one's (extract-perf7)
_KEPT = 8

#: a text this short is a phrase, whose places ``find`` keeps by its value (extract-perf7);
#: at most this many are kept
_SHORT_TEXT = 80
_SHORT_KEPT = 512

#: a document's scan and the answers given on it: ``(folded, hits, their starts)``, then the
#: plausibility, origin, ``find`` and ``anaphora`` memos
_DocState = tuple[
    tuple[str, list[Hit], list[int]],
    dict[tuple[int, int, bool], bool],
    dict[int, bool],
    dict[tuple[int, int], list[Location]],
    dict[tuple[int, int], list[tuple[int, int, str]]],
]


def _keep(kept: dict[int, _T], key: int, value: _T) -> None:
    """Put ``value`` in ``kept`` at ``key``, dropping the oldest entry past ``_KEPT``."""
    kept.pop(key, None)
    kept[key] = value
    if len(kept) > _KEPT:
        del kept[next(iter(kept))]


class _Candidate:
    """A place a hit may be. A slotted class, read-only by convention: every hit of every
    document makes some, and a frozen dataclass costs three times as much to build."""

    __slots__ = ("bonus", "district", "name", "place", "precision", "story_country")

    def __init__(
        self,
        place: Place,
        name: str | None = None,  # display override
        precision: int | None = None,
        district: Place | None = None,  # a town's district (alias with district:)
        bonus: float = 0.0,
        story_country: bool = False,  # "@country" alias
    ) -> None:
        self.place = place
        self.name = name
        self.precision = precision
        self.district = district
        self.bonus = bonus
        self.story_country = story_country

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _Candidate)
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[object, ...]:
        return (
            self.place,
            self.name,
            self.precision,
            self.district,
            self.bonus,
            self.story_country,
        )


@dataclass
class _Context:
    """What the whole document says: its country and the divisions it names (with offsets)."""

    country: str
    countries: frozenset[str]
    #: countries named by something else than a landmark of theirs: a landmark abroad counts
    #: only in a story that names its country otherwise ("Palacio de Justicia" is Lima's only
    #: when Peru or one of its places is named)
    named: frozenset[str] = frozenset()
    a1: dict[str, list[int]] = field(default_factory=dict)
    a2: dict[str, list[int]] = field(default_factory=dict)
    a3: dict[str, list[int]] = field(default_factory=dict)  # Peruvian districts


class PlaceFinder:
    """Gazetteer-backed place finder (``veeduria.extract.places.PlaceFinder``)."""

    def __init__(self, index: Index, matcher: TermMatcher | None = None) -> None:
        """``matcher``: the matcher over ``index.terms``, when the caller has it cached
        (``_index.load_matcher``); else it is built here."""
        self.index = index
        self.matcher = matcher if matcher is not None else TermMatcher(index.terms)
        self._last: tuple[str, _Context] | None = None
        # the last document's hits: one scan serves every sentence of it
        self._doc: tuple[str, list[Hit], list[int]] | None = None
        self._memo: dict[tuple[int, int, bool], bool] = {}  # plausibility of the doc's hits
        self._origins: dict[int, bool] = {}  # whether the doc's hits are origins
        self._found: dict[tuple[int, int], list[Location]] = {}  # find() per region of the doc
        self._anaphora_found: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        #: the states above of the last few documents before the current one, by the identity
        #: of their folded text (each entry holds that text, so its id is no other's while it
        #: is kept), and their contexts by the identity of their text: a probe asked in the
        #: middle of a document ("aeropuerto de Cusco", ``places._town_site``) no longer throws
        #: the document's scan, context and answers away (extract-perf7)
        self._kept: dict[int, _DocState] = {}
        self._kept_contexts: dict[int, tuple[str, _Context]] = {}
        self._kept_headings: dict[int, tuple[str, list[tuple[int, str]]]] = {}
        #: ``find`` on short texts, by their value: ``(text, folded, start, end) -> found``
        self._short: dict[tuple[str, str, int, int], list[Location]] = {}
        #: the doc's round-up headings that name a country: (offset, ISO code)
        self._headings: tuple[str, list[tuple[int, str]]] | None = None
        self._standalone = _standalone_cities(index)
        self._capitals = _capital_cities(index)
        # one-word names, titles and cue words: a capitalised one of these before a name
        # does not make the name a surname (the world's cities excepted: "Ahmed", "Mansour")
        self._words = frozenset(
            [
                t
                for t, (kind, ref) in index.terms
                if " " not in t and not (kind == "e" and _world(index.places[ref]))
            ]
            + list(_PREV_OK)
        )
        self._anaphora = TermMatcher(
            [(t, kind) for t, kind in index.anaphora.items() if kind != "determiner"]
        )
        self._determiners = frozenset(
            t for t, kind in index.anaphora.items() if kind == "determiner"
        )

    # ------------------------------------------------------------------ public

    def find(self, text: str, folded: str, start: int, end: int, language: str) -> list[Location]:
        """Every place mention in ``text[start:end]``, resolved; origins are left out.

        Args:
            text: the whole document text.
            folded: ``veeduria.extract.terms.fold(text)``.
            start: start of the region to search (a sentence).
            end: end of that region.
            language: ``es`` or ``en`` (the rules cover both at once).

        Returns:
            One :class:`Location` per mention, in text order, with ``text``/``span`` as written.
        """
        short = len(text) <= _SHORT_TEXT
        if short:
            # a phrase of the extractor's own ("aeropuerto de Cusco", ``places._town_site``):
            # the same phrase is asked again in later sentences and documents (extract-perf7)
            key = (text, folded, start, end)
            found = self._short.get(key)
            if found is not None:
                return list(found)
        ctx = self._context(text, folded)
        doc = self._doc
        if doc is None or doc[0] is not folded:
            self._switch(folded)
        # the extractor asks again for the dateline or a next sentence: answer from memory
        found = self._found.get((start, end))
        if found is None:
            found = self._found[(start, end)] = self._find(text, folded, start, end, ctx)
        if short:
            if len(self._short) >= _SHORT_KEPT:
                self._short.clear()
            self._short[key] = found
        return list(found)

    def _find(self, text: str, folded: str, start: int, end: int, ctx: _Context) -> list[Location]:
        out: list[Location] = []
        prev: Hit | None = None
        listed = False  # the previous hit was a later name of a list of origins
        list_level: str | None = None  # the level word a list of names began with
        # the last name resolved and the level it was given: its own level word is read only
        # when a list goes on after it (most names end no list)
        resolved: tuple[Hit, str | None] | None = None
        for hit in self._hits(folded, start, end):
            in_list = prev is not None and _LIST_LINK.match(folded, prev.end, hit.start)
            if in_list and prev is not None and (listed or self._origin(text, folded, prev.start)):
                # "procedentes de Puno, Cusco y Ayacucho": every name of the list is an origin
                prev, listed = hit, True
                continue
            if in_list and resolved is not None:
                list_level = _list_level(folded, *resolved)
                resolved = None
            hint = list_level if in_list else None
            prev, listed = hit, False
            loc = self._resolve_hit(text, folded, hit, ctx, (start, end), level_hint=hint)
            if loc is not None:
                out.append(loc)
                resolved = (hit, hint)
        out.sort(key=lambda loc: loc.span)
        out = self._qualifiers(text, out)
        unlisted = self._unlisted(text, folded, start, end, out, ctx)
        if unlisted:
            out = sorted(out + unlisted, key=lambda loc: loc.span)
        # "Juliaca, Peru": a country named beside one of its own places adds nothing, and
        # would compete with the place for the event
        finer = {loc.iso for loc in out if loc.place_id != loc.iso}
        return [
            loc
            for loc in out
            if not (loc.place_id == loc.iso and loc.iso in finer and loc.text[:1].isupper())
        ]

    def story_country(self, text: str, folded: str) -> str:
        """The country the whole story is set in (rule 8 of docs/gazetteer.md: Peru unless
        another country is named, by its name, a demonym, its divisions or its cities, more
        often than Peru's places), by the name ``Location.country`` gives it."""
        iso = self._context(text, folded).country
        return self.index.country_names.get(iso, iso)

    def anaphora(self, text: str, folded: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """Phrases in ``text[start:end]`` that name a place only through the story ("la
        ciudad", "the airport", "la región"): ``(start, end, refers_to)`` in text order, where
        ``refers_to`` is ``town``, ``site``, ``region``, ``capital`` or ``province_capital``. A phrase counts after a determiner
        ("the", "del", "the city's") only, so "building barricades" is no building."""
        doc = self._doc
        memo = self._anaphora_found if doc is not None and doc[0] is folded else None
        if memo is not None and (start, end) in memo:
            return memo[(start, end)]
        out: list[tuple[int, int, str]] = []
        for hit in self._anaphora.scan(folded, start, end):
            if hit.end > end:
                continue
            before = folded[max(0, hit.start - 20) : hit.start].split()
            has_article = any(w in self._determiners for w in folded[hit.start : hit.end].split())
            if not has_article and not (
                before and (before[-1] in self._determiners or before[-1].endswith("'s"))
            ):
                continue
            if text[hit.end : hit.end + 2] in ("'s", "’s"):
                continue  # "the city's cathedral": the site is the phrase
            out.append((hit.start, hit.end, str(hit.payloads[0])))
        if memo is not None:
            memo[(start, end)] = out
        return out

    def resolve_name(
        self, name: str, *, country: str = "PE", admin1: str | None = None
    ) -> Location | None:
        """The best place called ``name`` in ``country`` (and ``admin1``, a name or code)."""
        key = fold_term(name)
        hits = [h for h in self.matcher.scan(key) if h.start == 0 and h.end == len(key)]
        if not hits:
            return None
        cands = [c for c in self._candidates(hits[0], None) if self._in_country(c, country)]
        if admin1 is not None:
            want = fold_term(admin1)
            cands = [
                c
                for c in cands
                if fold_term(c.place.admin1 or "") == want or (c.place.a1 or "").lower() == want
            ]
        if not cands:
            return None
        best = max(cands, key=lambda c: self._base_score(c))
        return self._location(best, name, (0, len(name)), country, near=False)

    def capital(self, iso: str) -> Location | None:
        """The city at the point the gazetteer gives country ``iso`` (its capital, or the
        largest city where ``countries.yaml`` names no capital), as a town; None when no
        imported place stands there."""
        i = self._capitals.get(iso)
        if i is None:
            return None
        p = self.index.places[i]
        return self._location(_Candidate(p), p.name, (0, len(p.name)), iso, near=False)

    def seat(self, loc: Location, level: int) -> Location | None:
        """The capital of the department (``level`` 1) or province (2) that ``loc`` lies in,
        as a town: "la capital de la región" of a story in Ilave is Puno. Peru only (its
        ubigeo numbers a department's capital district ``DD0101`` and a province's
        ``DDPP01``); None elsewhere or when the gazetteer does not know it."""
        i = self.index.by_id.get(loc.place_id or "")
        if i is None:
            return None
        p = self.index.places[i]
        code = p.pid if len(p.pid) in (2, 4) and p.pid.isdigit() else None
        key = (p.a1 if level == 1 else p.a2) or code or ""
        if p.iso != "PE" or not key.isdigit() or len(key) != 2 * level:
            return None
        j = self.index.by_id.get(key + "01" * (3 - level))
        if j is None:
            return None
        d = self.index.places[j]
        return self._location(_Candidate(d), d.name, (0, len(d.name)), "PE", near=False)

    def division(self, loc: Location, level: int) -> Location | None:
        """The country (``level`` 0), department (1) or province (2) that ``loc`` lies in,
        as a location with ``loc``'s words; None when the gazetteer does not know it."""
        i = self.index.by_id.get(loc.place_id or "")
        if i is None:
            return None
        p = self.index.places[i]
        key = p.iso if level == 0 else p.a1 if level == 1 else p.a2
        j = self.index.by_id.get(key or "")
        if j is None or j == i:
            return None
        d = self.index.places[j]
        return Location(
            text=loc.text,
            span=loc.span,
            name=d.name,
            admin1=d.admin1,
            admin2=d.admin2 if level == 2 else None,
            admin3=None,
            country=loc.country,
            iso=d.iso,
            latitude=d.lat,
            longitude=d.lon,
            geo_precision=d.precision,
            place_id=d.pid,
        )

    # ------------------------------------------------------------------ context

    def _context(self, text: str, folded: str) -> _Context:
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        kept = self._kept_contexts.get(id(text))
        if kept is not None and kept[0] is text:
            self._last = kept
            return kept[1]
        counts: Counter[str] = Counter()
        by_landmark: Counter[str] = Counter()
        unique: list[tuple[Hit, list[_Candidate]]] = []
        deferred: list[tuple[set[str], set[str], str | None, Hit]] = []
        # names whose every reading lies in one country abroad, none telling it alone (a
        # town of 9,000 people, a province outside the Andes): ``iso -> [folded name]``
        minor: dict[str, list[str]] = {}
        for hit in self._hits(folded, 0, len(folded)):
            demonyms = [p[1] for p in hit.payloads if p[0] == "d"]
            if demonyms:
                counts.update(demonyms)
                continue
            if not self._plausible(text, folded, hit, lowercase_ok=False) or _square(folded, hit):
                continue  # a square's name says nothing of the story's department
            cands = [c for c in self._candidates(hit, None) if c.place.iso]
            # a city of the world tells its country only as a capital or a metropolis, and
            # never over a namesake in Latin America ("Córdoba", "León", "Valencia")
            if any(c.place.kind == "country" for c in cands) and _BORDER.search(
                folded, max(0, hit.start - 30), hit.start
            ):
                # a border tells no story's country: "cerca de la frontera con Bolivia, en
                # Desaguadero" is on this side of it
                unique.append((hit, [c for c in cands if c.place.kind == "country"]))
                continue
            weak = {c.place.iso for c in cands if self._weak_world(c, hit)}
            cands = [c for c in cands if not self._weak_world(c, hit)]
            sole = self._sole_country(hit)
            if sole is not None and not any(_telling(c.place) for c in cands):
                minor.setdefault(sole, []).append(folded[hit.start : hit.end])
            # a small town of the rest of Latin America named like a place of the five
            # Andean countries says nothing of the story's country ("Trujillo", Venezuela)
            isos = {c.place.iso for c in cands if not _minor_abroad(c.place)}
            bound = self._bound_elsewhere(hit, isos)
            # nor does a namesake that would tell its own country tell it in a story that names
            # the world city's: "Colombo" in a story on Sri Lanka is no town of Paraná (counted
            # below, once the whole text is read)
            telling = len(isos) == 1 and any(_telling(c.place) for c in cands)
            if not bound and weak - isos and (telling or _big_abroad(cands) is not None):
                bound = weak - isos
            if bound:
                # "Santo Domingo" is also Ecuador's town (a curated alias of that country): it
                # tells its imported reading's country only in a story that names no country
                # of the alias (counted below, once the whole text is read)
                deferred.append((bound, isos, _big_abroad(cands), hit))
            elif telling:
                counts[next(iter(isos))] += 1
                if self._landmark_only(hit, next(iter(isos))):
                    by_landmark[next(iter(isos))] += 1
            elif (big := _big_abroad(cands)) is not None:
                # the one big city of that name, outside the Andean countries, its namesakes
                # there small: "BUENOS AIRES.–" is Argentina's, not the district of Piura
                counts[big] += 1
                if self._landmark_only(hit, big):
                    by_landmark[big] += 1
            elif cands and all(c.place.kind == "country" or not _telling(c.place) for c in cands):
                # a country's name, even when some hamlet is its namesake ("Ucrania", San Martín)
                counts.update(c.place.iso for c in cands if c.place.kind == "country")
                cands = [c for c in cands if c.place.kind == "country"] or cands
            unique.append((hit, cands))
        # "Changuinola", "Almirante", "Chiriquí": one such name may be a namesake's, but two
        # different names of one country tell a story that never names it ("Bocas del Toro"
        # in a Panamanian daily), as home outlets write
        for iso, names in minor.items():
            if len(set(names)) >= 2:
                counts[iso] += len(names)
        for bound, isos, big, told in deferred:
            if bound.isdisjoint(counts):
                if len(isos) == 1:
                    counts[next(iter(isos))] += 1
                    if self._landmark_only(told, next(iter(isos))):
                        by_landmark[next(iter(isos))] += 1
                elif big is not None:
                    counts[big] += 1
        # Peru unless another country is named more often than Peru's own places; a Lima
        # landmark is no Peruvian place named ("frente al Palacio de Justicia" in a Mexican
        # story is no Lima), while a landmark abroad still tells its country ("Senkata")
        country = "PE"
        if counts:
            top = max(counts.values())
            if counts.get("PE", 0) - by_landmark["PE"] + 0.5 < top:
                country = max(sorted(counts), key=lambda iso: counts[iso])
        named = frozenset(iso for iso, n in counts.items() if n > by_landmark[iso]) | {country}
        ctx = _Context(country=country, countries=frozenset(counts) | {country}, named=named)
        # pass 1: mentions with one reading in the story's country ("Puno", "Trujillo");
        # pass 2: the others, read with what pass 1 found, unless still a toss-up
        pending = []
        for hit, cands in unique:
            local = [c for c in cands if c.place.iso == country]
            if local and len({c.place.a1 for c in local}) == 1:
                self._record(ctx, hit, max(local, key=self._base_score).place)
                for c in local:  # "Acoria" is a town and its district: the district is named
                    if c.place.kind == "district":
                        ctx.a3.setdefault(c.place.pid, []).append(hit.start)
            elif local:
                pending.append((hit, local))
        known = set(ctx.a1)

        def value(c: _Candidate) -> float:
            return self._base_score(c) + (20.0 if c.place.a1 in known else 0.0)

        for hit, local in pending:
            best, runner_up = sorted(local, key=lambda c: -value(c))[:2]
            if value(best) - value(runner_up) >= 3.0 or runner_up.place.a1 == best.place.a1:
                self._record(ctx, hit, best.place)
        self._last = (text, ctx)
        _keep(self._kept_contexts, id(text), self._last)
        return ctx

    @staticmethod
    def _record(ctx: _Context, hit: Hit, place: Place) -> None:
        if place.a1:
            ctx.a1.setdefault(place.a1, []).append(hit.start)
        if place.a2:
            ctx.a2.setdefault(place.a2, []).append(hit.start)
        if place.kind == "district":
            ctx.a3.setdefault(place.pid, []).append(hit.start)

    # ------------------------------------------------------------------ hits

    def _hits(self, folded: str, start: int, end: int) -> list[Hit]:
        doc = self._doc
        if doc is None or doc[0] is not folded:
            doc = self._switch(folded)
        _, hits, starts = doc
        out = []
        for i in range(bisect_left(starts, start), len(hits)):
            h = hits[i]
            if h.start >= end:
                break
            if h.end <= end:
                out.append(h)
        return out

    def _switch(self, folded: str) -> tuple[str, list[Hit], list[int]]:
        """Make ``folded``'s document the current one: the current one's scan and answers are
        kept among the last ``_KEPT``, and ``folded``'s are taken back when they were kept, else
        it is scanned. Every kept answer is what the same call on the same text gives."""
        doc = self._doc
        if doc is not None:
            state = (doc, self._memo, self._origins, self._found, self._anaphora_found)
            _keep(self._kept, id(doc[0]), state)
        kept = self._kept.pop(id(folded), None)
        if kept is not None and kept[0][0] is folded:
            doc, self._memo, self._origins, self._found, self._anaphora_found = kept
        else:
            hits = self.matcher.scan(folded, 0, len(folded))
            doc = (folded, hits, [h.start for h in hits])
            self._memo = {}
            self._origins = {}
            self._found = {}
            self._anaphora_found = {}
        self._doc = doc
        return doc

    def _plausible(self, text: str, folded: str, hit: Hit, *, lowercase_ok: bool) -> bool:
        doc = self._doc
        if doc is None or doc[0] is not folded:
            return self._judge(text, folded, hit, lowercase_ok=lowercase_ok)
        key = (hit.start, hit.end, lowercase_ok)
        seen = self._memo.get(key)
        if seen is None:
            seen = self._memo[key] = self._judge(text, folded, hit, lowercase_ok=lowercase_ok)
        return seen

    def _judge(self, text: str, folded: str, hit: Hit, *, lowercase_ok: bool) -> bool:
        surface = text[hit.start : hit.end]
        key = folded[hit.start : hit.end]
        kinds = {p[0] for p in hit.payloads}
        if not lowercase_ok and not _capitalised(surface, landmark="l" in kinds):
            return False
        before = folded[max(0, hit.start - 40) : hit.start]
        if (
            not lowercase_ok
            and "l" not in kinds
            and surface[:1].islower()
            and surface.split()[0] in _ARTICLES
            and not (_LOCATIVE.search(before) or _CUE_BEFORE.search(before))
        ):
            return False  # "la Convención sobre Armas Químicas" is no "La Convención"
        if "e" in kinds and not kinds & {"a", "l"}:
            policy = self.index.stop.get(" ".join(key.split()))
            if policy == "never":
                return False
            if policy == "cue" and not (
                _LOCATIVE.search(before)
                or _CUE_BEFORE.search(before)
                or _LOCATIVE_AREA.search(before)
                or self._admin_follows(folded, hit)
                or _dateline(text, hit)
            ):
                return False
        if (
            before.rstrip().endswith(_STREET_LAST)
            and _STREET.search(before)
            and not _WATER_BEFORE.search(before)
            and not _BRIDGE_BEFORE.search(before)
        ):
            return False
        if "l" not in kinds and _FEATURE_AFTER.match(folded[hit.end : hit.end + 40]):
            return False
        words = before.split()
        if words:
            prev = words[-1]
            raw_prev = text[max(0, hit.start - 40) : hit.start].split()
            if prev in self.index.titles or prev.rstrip(".") in self.index.titles:
                return False
            if raw_prev and raw_prev[-1][:1].isupper() and prev in self.index.first_names:
                return False
            if len(words) >= 2 and prev == "de" and words[-2] in self.index.first_names:
                return False  # "José de San Martín"
        if raw_prev_is_name(text, hit.start, self._words):
            return False  # "Leonidas Iza": a surname after a capitalised given name
        if key.split()[0] in self.index.first_names:
            after = text[hit.end : hit.end + 30].split()
            if after and after[0][:1].isupper() and after[0].lower() not in _LINKS:
                return False  # "Victoria Nakamura", "Santiago Antúnez"
        return True

    @staticmethod
    def _bridge_towns(cands: list[_Candidate], ctx: _Context, hit: Hit) -> list[_Candidate]:
        """The towns a bridge named by a bare name stands at ("el puente Ilave, en Puno",
        "PUNO.- ... el puente Desaguadero"): a district or province of the story's country
        whose department the story names elsewhere. A bridge named after a person ("el
        puente Bolognesi" in Arequipa) names no town of the story's department."""
        return [
            c
            for c in cands
            if c.place.kind in ("district", "province")
            and c.place.iso == ctx.country
            and c.place.a1 is not None
            and any(x != hit.start for x in ctx.a1.get(c.place.a1, ()))
        ]

    def _other_district(self, place: Place, ctx: _Context, hit: Hit) -> bool:
        """The story names another district of the province ``place`` lies in, elsewhere than
        at ``hit``."""
        for pid, at in ctx.a3.items():
            if pid == place.pid or not any(x != hit.start for x in at):
                continue
            other = self.index.places[self.index.by_id[pid]]
            if other.a2 is not None and other.a2 == place.a2:
                return True
        return False

    def _weak_world(self, c: _Candidate, hit: Hit) -> bool:
        """A city of the world that cannot tell a story's country on its own: any but a
        capital or a metropolis (``_standalone_cities``), and even those when a place of
        Latin America, however small, a country or a curated name shares the name
        ("Valencia" is Venezuela's as well as Spain's, "Medina" a Colombian town's). Another
        city of the world does not count: "London" (Ontario) leaves London England's."""
        if not _world(c.place):
            return False
        if c.place.pid not in self._standalone:
            return True
        for kind, ref in hit.payloads:
            if kind in ("a", "l"):
                return True
            if kind == "e":
                other: Place = self.index.places[ref]
                if other.iso != c.place.iso and not _world(other) and not _abroad_admin1(other):
                    return True
        return False

    def _sole_country(self, hit: Hit) -> str | None:
        """The one country of Latin America outside Peru where every reading of the name
        lies, its first-level divisions included ("Chiriquí", "Changuinola"); None when a
        reading lies elsewhere or the name is curated (an alias, a landmark)."""
        isos: set[str] = set()
        for kind, ref in hit.payloads:
            if kind != "e":
                return None
            isos.add(self.index.places[ref].iso)
        if len(isos) != 1:
            return None
        iso = next(iter(isos))
        return iso if iso in LATIN and iso != "PE" else None

    def _bound_elsewhere(self, hit: Hit, isos: set[str]) -> set[str]:
        """The countries where the name is also a place by a curated alias bound to them and
        none of its imported readings lies ("Santo Domingo": Ecuador's as well as the
        Dominican capital)."""
        found: set[str] = set()
        for kind, ref in hit.payloads:
            if kind == "a":
                country = self.index.aliases[ref].country
                if country is not None and country not in isos:
                    found.add(country)
        return found

    def _admin_follows(self, folded: str, hit: Hit) -> bool:
        """ "Salas, Ica" / "Salas (Ica)": a department or province follows the name."""
        rest = folded[hit.end : hit.end + 40]
        m = _AFTER_ADMIN.match(rest)
        if not m:
            return False
        for h in self.matcher.scan(folded, hit.end + m.end(), min(len(folded), hit.end + 40)):
            if h.start != hit.end + m.end():
                break
            return any(
                p[0] == "e" and self.index.places[p[1]].kind in ("department", "province", "admin1")
                for p in h.payloads
            )
        return False

    def _heading_country(self, folded: str, hit: Hit) -> str | None:
        """The ISO code of the country whose heading opens the round-up's section the hit is
        in: the last country named before it at the start of the text or of a sentence, and
        followed by a dash, a colon or a full stop ("NIGERIA - ...", "BOLIVIA. ...", "Kenya:
        ..."); else None."""
        if self._headings is not None and self._headings[0] is not folded:
            # the last documents' headings are kept too (extract-perf7)
            _keep(self._kept_headings, id(self._headings[0]), self._headings)
            kept = self._kept_headings.pop(id(folded), None)
            if kept is not None and kept[0] is folded:
                self._headings = kept
        if self._headings is None or self._headings[0] is not folded:
            found: list[tuple[int, str]] = []
            doc = self._doc
            # the document's own scan when it is the current one: the same call (extract-perf7)
            hits = (
                doc[1]
                if doc is not None and doc[0] is folded
                else self.matcher.scan(folded, 0, len(folded))
            )
            for h in hits:
                if not _HEADING_AFTER.match(folded, h.end):
                    continue
                if h.start > 0 and not _HEADING_BEFORE.search(folded, max(0, h.start - 4), h.start):
                    continue
                iso = next(
                    (
                        self.index.places[ref].iso
                        for kind, ref in h.payloads
                        if kind == "e" and self.index.places[ref].kind == "country"
                    ),
                    None,
                )
                if iso is not None:
                    found.append((h.start, iso))
            self._headings = (folded, found)
        before = [iso for at, iso in self._headings[1] if at < hit.start]
        return before[-1] if before else None

    def _country_follows(self, folded: str, hit: Hit) -> str | None:
        """ "Santo Domingo, Ecuador", "Colón (Panamá)": the country named right after a name
        says which of its namesakes it is; its ISO code, else None."""
        rest = folded[hit.end : hit.end + 4]
        if not rest.startswith((",", " (")):
            return None
        m = _AFTER_ADMIN.match(folded[hit.end : hit.end + 40])
        if not m:
            return None
        at = hit.end + m.end()
        for h in self.matcher.scan(folded, at, min(len(folded), at + 40)):
            if h.start != at:
                break
            for kind, ref in h.payloads:
                if kind != "e":
                    continue
                place: Place = self.index.places[ref]
                if place.kind == "country":
                    return place.iso
        return None

    # ------------------------------------------------------------------ candidates

    def _landmark_only(self, hit: Hit, iso: str) -> bool:
        """Every reading of ``hit`` in country ``iso`` is a landmark: the name tells that country
        no more than a landmark does, even when a small town elsewhere shares it ("Las Mercedes",
        a Caracas neighbourhood and an Ecuadorian village, in a story on Juliaca: twenty-fifth
        session, blind21b)."""
        landmark = False
        for kind, ref in hit.payloads:
            if kind == "l":
                country = self.index.landmarks[ref].country
                if not country:
                    return False
                landmark = landmark or country == iso
            elif kind != "e" or self.index.places[ref].iso == iso:
                return False
        return landmark

    def _candidates(
        self, hit: Hit, ctx: _Context | None, folded: str | None = None
    ) -> list[_Candidate]:
        idx = self.index
        out: list[_Candidate] = []
        for kind, ref in hit.payloads:
            if kind == "e":
                place = idx.places[ref]
                if place.kind == "admin1" and place.iso not in FOCUS:
                    # divisions abroad count only in a story that names their country
                    if ctx is None or place.iso not in ctx.countries:
                        continue
                elif (
                    ctx is not None
                    and place.kind == "place"
                    and place.population < 100_000
                    and place.iso != ctx.country
                    and place.iso not in ctx.countries
                ):
                    continue  # a town abroad that _country_allowed would refuse: skip it early
                out.append(_Candidate(place))
            elif kind == "a":
                row: AliasRow = idx.aliases[ref]
                if row.country and ctx is not None and ctx.country != row.country:
                    continue
                if row.country and ctx is None and row.country != "PE":
                    continue
                if row.place < 0:
                    if ctx is None:
                        continue
                    # "NIGERIA - The Nigeria Labour Congress threatened a nationwide strike": in a
                    # round-up, the country of the paragraph's heading, else the story's
                    heading = self._heading_country(folded, hit) if folded is not None else None
                    place = idx.places[idx.by_id[heading or ctx.country]]
                    out.append(_Candidate(place, bonus=12.0, story_country=True))
                    continue
                district = idx.places[row.district] if row.district >= 0 else None
                out.append(
                    _Candidate(idx.places[row.place], row.name, row.precision, district, bonus=12.0)
                )
            elif kind == "l":
                lrow: LandmarkRow = idx.landmarks[ref]
                # a landmark abroad counts in a story that names its country ("In
                # neighbouring Bolivia, ... at Senkata" in a report on Juliaca)
                if (
                    lrow.country
                    and ctx is not None
                    and lrow.country != ctx.country
                    and lrow.country not in ctx.named
                ):
                    continue
                if lrow.context and (ctx is None or not any(a in ctx.a1 for a in lrow.context)):
                    continue
                if lrow.place < 0:
                    continue  # a road: resolved by its kilometre in _landmark_km
                bonus = 6.0 if lrow.context else 14.0
                out.append(
                    _Candidate(idx.places[lrow.place], lrow.name, lrow.precision, bonus=bonus)
                )
        if ctx is not None:
            out = [c for c in out if not self._world_refused(c, hit, ctx, folded)]
        return out

    def _world_refused(
        self, c: _Candidate, hit: Hit, ctx: _Context, folded: str | None = None
    ) -> bool:
        """A city of the world is a reading only in a story that names its country, or, as a
        capital or a metropolis, when no place elsewhere shares its name: "Reading", "Nice"
        or "Córdoba" (Spain) never take a mention from a story that names no such country.
        A division of its own country right after it names the country ("London, Ontario",
        "Portland, Oregon")."""
        if not _world(c.place) or c.place.iso == ctx.country or c.place.iso in ctx.countries:
            return False
        if folded is not None and self._own_division_follows(folded, hit, c.place.iso):
            return False
        return self._weak_world(c, hit)

    def _own_division_follows(self, folded: str, hit: Hit, iso: str) -> bool:
        """ "London, Ontario", "Portland (Oregon)": a first-level division of ``iso`` follows."""
        m = _AFTER_ADMIN.match(folded[hit.end : hit.end + 40])
        if not m:
            return False
        at = hit.end + m.end()
        for h in self.matcher.scan(folded, at, min(len(folded), at + 40)):
            if h.start != at:
                break
            return any(
                p[0] == "e"
                and self.index.places[p[1]].kind == "admin1"
                and self.index.places[p[1]].iso == iso
                for p in h.payloads
            )
        return False

    def _road(self, folded: str, hit: Hit) -> _Candidate | None:
        for kind, ref in hit.payloads:
            if kind != "l":
                continue
            lrow = self.index.landmarks[ref]
            if not lrow.km:
                continue
            window = (
                folded[max(0, hit.start - 50) : hit.start] + " " + folded[hit.end : hit.end + 30]
            )
            m = _KM.search(window)
            if not m:
                return None
            km = int(m.group(1))
            _, target = min(lrow.km, key=lambda mark: abs(mark[0] - km))
            place = self.index.places[target]
            town = self._road_town_after(folded, hit, place)
            if town is not None:
                return _Candidate(town, None, lrow.precision, bonus=14.0)
            return _Candidate(place, None, lrow.precision, bonus=14.0)
        return None

    def _road_town_after(self, folded: str, hit: Hit, mark: Place) -> Place | None:
        """The district or town the text names right after a road's kilometre as where it
        lies, of the department the gazetteer's kilometre mark is in: "a la altura del km 60
        de la Panamericana Sur, en el distrito de Chilca" is Lima's Chilca (the mark is
        Pucusana's; Junín has a Chilca too), "la Panamericana Sur a la altura del kilómetro
        60, en Chilca". None when no town follows (a department does not: "km 610 de la
        Panamericana Sur, en Arequipa" leaves the mark its town)."""
        m = _ROAD_TOWN_AFTER.match(folded, hit.end)
        if m is None:
            return None
        for other in self._hits(folded, m.end(), min(len(folded), m.end() + 40)):
            if other.start != m.end():
                return None
            cands = self._candidates(other, None)
            if any(c.place.kind in _DIVISION_KINDS for c in cands):
                return None  # "en Arequipa", "en Espinar": a department's or province's name
            towns = [
                c.place
                for c in cands
                if c.place.iso == mark.iso
                and c.place.a1 == mark.a1
                and c.place.kind in ("district", "place")
            ]
            return max(towns, key=lambda p: p.population) if towns else None
        return None

    @staticmethod
    def _in_country(c: _Candidate, country: str) -> bool:
        return c.place.iso == country or c.place.kind == "country"

    @staticmethod
    def _base_score(c: _Candidate) -> float:
        p = c.place
        score = _KIND_SCORE[p.kind] + p.prior + c.bonus + population_score(p.population)
        if p.fallback_point:
            score -= 1.0
        return score

    def _score(
        self,
        c: _Candidate,
        ctx: _Context,
        hit: Hit,
        window: tuple[int, int],
        home_strong: bool = False,
    ) -> float:
        """How well ``c`` fits; ``home_strong``: the story's country has a division or a
        city of 100,000 people of that name, which a metropolis abroad does not outrank
        ("Córdoba" in a Colombian story is the department, in an Argentine one the city)."""
        p = c.place
        score = self._base_score(c)
        if p.iso == ctx.country or p.kind == "country" or c.story_country:
            score += 50.0
        elif p.kind == "place" and p.population >= _METROPOLIS and not home_strong:
            # a metropolis abroad ("police in Santiago", "marchas en Quito") is what its bare
            # name means over a district of that name at home, unless the story names the
            # district's department (context below)
            score += 55.0
        elif p.iso in ctx.countries:
            score += 20.0
        # context picks among namesakes; a hamlet gets less of it, so that it cannot outrank
        # a department or a town of the same name ("Lima, Arequipa y La Libertad")
        weight = 1.0 if p.kind != "place" else min(1.0, 0.25 + population_score(p.population) / 6)
        score += weight * _nearby(ctx.a1.get(p.a1 or "", ()), hit, window, 40.0, 20.0)
        score += weight * _nearby(ctx.a2.get(p.a2 or "", ()), hit, window, 15.0, 8.0)
        return score

    # ------------------------------------------------------------------ resolution

    def _resolve_hit(
        self,
        text: str,
        folded: str,
        hit: Hit,
        ctx: _Context,
        window: tuple[int, int],
        *,
        level_hint: str | None = None,
    ) -> Location | None:
        if all(p[0] == "d" for p in hit.payloads):
            return None
        lowercase_ok = any(p[0] == "a" and self.index.aliases[p[1]].lowercase for p in hit.payloads)
        loc = None
        if self._plausible(text, folded, hit, lowercase_ok=lowercase_ok):
            loc = self._resolve_plausible(text, folded, hit, ctx, window, level_hint=level_hint)
        if loc is None and hit.end - hit.start > 2:
            # a longer reading failed ("aeropuerto de Huancabamba" outside Apurímac):
            # try the shorter names inside it
            inner_hits = self.matcher.scan(folded, hit.start + 1, hit.end)
            for inner in [h for h in inner_hits if h.end <= hit.end]:
                loc = self._resolve_hit(text, folded, inner, ctx, window)
                if loc is not None:
                    return loc
        return loc

    def _resolve_plausible(
        self,
        text: str,
        folded: str,
        hit: Hit,
        ctx: _Context,
        window: tuple[int, int],
        *,
        level_hint: str | None = None,
    ) -> Location | None:
        before = folded[max(0, hit.start - 60) : hit.start]
        if self._origin(text, folded, hit.start):
            return None
        road = self._road(folded, hit)
        cands = [road] if road is not None else self._candidates(hit, ctx, folded)
        # whether the hit's aliases allow it does not depend on the candidate: asked once
        allowed = not cands or self._alias_allowed(hit, folded)
        cands = [c for c in cands if allowed and self._country_allowed(c, ctx, before)]
        if ctx.a1 and _square(folded, hit):
            # "la plaza Bolognesi", "Plaza San Martín": nearly every town has a square of that
            # name; it is the capital's only in a story that names the capital's department,
            # and names it before the square when it named another department first as where
            # something was ("Vigilia en Juliaca. ... una vigilia en la plaza Bolognesi", Lima
            # told further on; "manifestantes de Puno" only says where people come from)
            earlier = {
                a1
                for a1, at in ctx.a1.items()
                if any(x < hit.start and not _whose(text, x) for x in at)
            }
            told = earlier or set(ctx.a1)
            cands = [c for c in cands if c.place.iso != ctx.country or c.place.a1 in told]
        if not cands:
            return None
        if all(c.place.kind == "country" for c in cands) and _INSTITUTION_AFTER.match(
            folded, hit.end, min(len(folded), hit.end + 30)
        ):
            return None
        span_start, span_end = hit.start, hit.end
        if "capital" in before and (capital := _CAPITAL_OF.search(before)) is not None:
            seat = self._seat_of(text, folded, hit, capital.start() - len(before), cands)
            if seat is not None:
                return seat
        elif (owner := _CAPITAL_OWNED.match(text, hit.end)) is not None:
            # "Madagascar's capital", "Puno's regional capital"
            seat = self._seat_of(text, folded, hit, 0, cands, end=owner.end())
            if seat is not None:
                return seat
        level = None
        m = _CUE_BEFORE.search(before)
        if m and _level(m.group("cue")) == "town":
            cue_at = hit.start - (len(before) - m.start())
            if text[cue_at : cue_at + 1].isupper():
                m = None  # "Defensoría del Pueblo de Ayacucho": part of a name, no cue
        if m and _CUE_AFTER.match(folded[hit.end : hit.end + 20]):
            # "the Carabaya province of the Puno region": the first cue is Carabaya's
            cue_at = hit.start - (len(before) - m.start())
            if _NAME_END.search(text, max(0, cue_at - 30), cue_at) or _PARTS_OF.search(m.group(0)):
                # "in all thirteen provinces of the Puno region": the plural cue is of the
                # parts of what the name and its own level word name
                m = None
        if m:
            level = _level(m.group("cue"))
            span_start = hit.start - (len(before) - m.start())
        else:
            m2 = _CUE_AFTER.match(folded[hit.end : hit.end + 20])
            if m2:
                level = _level(m2.group("cue"))
                span_end = hit.end + m2.end()
            elif level_hint is not None:
                level = level_hint
            else:
                m3 = _ends_plural_cue(before)
                if m3:  # "quince provincias del país, entre ellas Huamanga y Huanta"
                    level = _level(m3.group("cue"))
        if level is not None:
            fitting = [c for c in cands if _fits(c.place, level)]
            if fitting:
                cands = fitting
            else:  # the cue word belongs to something else ("la sede regional de Juliaca")
                span_start, span_end = hit.start, hit.end
        if level is None and len(cands) > 1:
            # "Panamá", "México", "Guatemala": a bare country name is the country, not its
            # division of that name ("la provincia de Panamá" is the division)
            states = {c.place.iso for c in cands if c.place.kind == "country"}
            if states:
                cands = [
                    c for c in cands if not (c.place.kind == "admin1" and c.place.iso in states)
                ]
        near = before.rstrip().endswith(_NEAR_LAST) and bool(_NEAR.search(before[-45:]))
        water_before = _WATER_BEFORE.search(before) is not None
        water_after = _RIVER_AFTER.match(folded[hit.end : hit.end + 15]) is not None
        if _WATER_AFTER.match(folded[hit.end : hit.end + 15]) or water_before:
            cands = [c for c in cands if c.place.kind in ("district", "province")]
            if water_before or water_after:
                # "el puente sobre el río Perené", "the bridge over the Perené river" in a
                # story of Pichanaki: a river runs by many towns; its namesake gives way to
                # another town of its province the story names
                cands = [c for c in cands if not self._other_district(c.place, ctx, hit)]
            if not cands:
                return None
            near = True
        if _BRIDGE_BEFORE.search(before):
            cands = self._bridge_towns(cands, ctx, hit)
            if not cands:
                return None
        named = self._country_follows(folded, hit) if len(cands) > 1 else None
        if named is None and len(cands) > 1:
            # "BOLIVIA. ... El Comité pro Santa Cruz convocó a un paro": in a round-up, the
            # country of the section's heading picks among namesakes abroad and at home
            section = self._heading_country(folded, hit)
            named = section if section is not None and section != ctx.country else None
        if named is not None and any(c.place.iso == named for c in cands):
            cands = [c for c in cands if c.place.iso == named]
        elif len(cands) > 1 and any(_world(c.place) for c in cands):
            # "London, Ontario": the city of the division's country, over a bigger namesake
            own = [
                c
                for c in cands
                if _world(c.place) and self._own_division_follows(folded, hit, c.place.iso)
            ]
            cands = own or cands
        home_strong = any(
            c.place.iso == ctx.country
            and (c.place.kind in ("department", "admin1") or c.place.population >= 100_000)
            for c in cands
        )
        scored = sorted(
            ((self._score(c, ctx, hit, window, home_strong), i, c) for i, c in enumerate(cands)),
            key=lambda t: (-t[0], t[1]),
        )
        best = scored[0][2]
        if len(scored) > 1:
            shared = self._disambiguate(scored, ctx, hit, window)
            if shared is not None:
                if level is None and not (
                    before.rstrip().endswith(_LOCATIVE_LAST) and _LOCATIVE.search(before)
                ):
                    return None  # an ambiguous name with no sign it is a place at all
                best = shared
        if self._stray(best, ctx, hit):
            return None
        surface = text[span_start:span_end]
        best = self._with_district(best, ctx, hit, window)
        return self._location(best, surface, (span_start, span_end), ctx.country, near=near)

    def _seat_of(
        self,
        text: str,
        folded: str,
        hit: Hit,
        back: int,
        cands: list[_Candidate],
        *,
        end: int | None = None,
    ) -> Location | None:
        """ "la capital de Melgar", "the capital of Melgar province", "Madagascar's capital":
        the seat of the Peruvian department or province named (a department first: "la
        capital de Junín" is Huancayo), or the capital of the country named, as a town, with
        the words from "capital" (or the name) on to ``end``; None when no such division or
        country is named or the phrase is an apposition, which the town before it names (the
        extractor reads it)."""
        divisions = [
            c.place
            for c in cands
            if c.place.iso == "PE" and c.place.kind in ("department", "province")
        ]
        states = [c.place for c in cands if c.place.kind == "country"]
        if not divisions and not states:
            return None
        after = _CUE_AFTER.match(folded[hit.end : hit.end + 20])
        span = (hit.start + back, end or hit.end + (after.end() if after else 0))
        pre = _ARTICLE_END.sub("", folded[max(0, span[0] - 60) : span[0]])
        if pre.rstrip().endswith(","):
            return None  # "Iberia, capital de la provincia de Tahuamanu": the town before
        near = pre.rstrip().endswith(_NEAR_LAST) and bool(_NEAR.search(pre[-45:]))
        surface = text[span[0] : span[1]]
        if not divisions:
            city = self.capital(states[0].iso)
            if city is None:
                return None
            precision = 2 if near else city.geo_precision
            return replace(city, text=surface, span=span, geo_precision=precision)
        p = min(divisions, key=lambda p: p.kind != "department")
        i = self.index.by_id.get(p.pid + "01" * (3 - len(p.pid) // 2))
        if i is None:
            return None
        seat = _Candidate(self.index.places[i])
        return self._location(seat, surface, span, "PE", near=near)

    def _origin(self, text: str, folded: str, start: int) -> bool:
        """ "natural de Ilave", "victims from Azángaro", "flown to La Paz": where people come
        from or were taken, not where the event happened."""
        doc = self._doc
        if doc is None or doc[0] is not folded:
            return _origin_before(text, folded, start) or self._person_of(text, start)
        seen = self._origins.get(start)
        if seen is None:
            seen = self._origins[start] = _origin_before(text, folded, start) or self._person_of(
                text, start
            )
        return seen

    def _person_of(self, text: str, start: int) -> bool:
        """A town set off by commas after a person's name (``places.person_apposed``)."""
        return person_apposed(text, start, self.index.first_names)

    def _qualifiers(self, text: str, found: list[Location]) -> list[Location]:
        """ "Ilave, also in Puno", "Pomata (Puno)": a department's name right after one of its
        places says where that place lies, so it is the department, not its capital city."""
        out = list(found)
        for i in range(1, len(out)):
            prev, loc = out[i - 1], out[i]
            if (
                loc.place_id is None
                or loc.admin1 is None
                or loc.admin1 != prev.admin1
                or loc.name != loc.admin1
                or loc.place_id == prev.place_id
                or loc.text[:1].islower()
                or not _QUALIFIER_GAP.match(text, prev.span[1], loc.span[0])
                # "la vía Juliaca–Puno": a dash with no space joins the two ends of a road
                or text[prev.span[1] : loc.span[0]] in ("-", "–", "—")
                or _LIST_GOES_ON.match(text, loc.span[1])  # "Juliaca, Puno y Cusco": a list
            ):
                continue
            dept = self._department_of(loc)
            if dept is not None and dept.pid != prev.place_id:
                out[i] = self._location(
                    _Candidate(dept), loc.text, loc.span, loc.iso or "PE", near=False
                )
        return out

    def _unlisted(
        self,
        text: str,
        folded: str,
        start: int,
        end: int,
        found: list[Location],
        ctx: _Context,
    ) -> list[Location]:
        """Hamlets the gazetteer does not list, known by what the text says of them:
        "el centro poblado de Nueva Esperanza", "El Plateado, a coca-growing town in the
        department of Cauca". Each takes the admin levels of the place the sentence names
        with it (else of the district the story named last), at precision 2."""
        out: list[Location] = []
        # the patterns are tried only where their words occur (most sentences have none)
        patterns: list[re.Pattern[str]] = []
        if text.find(", in ", start, end) >= 0 or text.find(", en ", start, end) >= 0:
            patterns.append(_UNLISTED_LOCATIVE)
        if _holds_literal(folded, start, end, _UNLISTED_WORDS) and _UNLISTED_HINT.search(
            folded, start, end
        ):
            patterns += [_UNLISTED_AFTER_CUE, _UNLISTED_APPOSITIVE]
        for pattern in patterns:
            for m in pattern.finditer(text, start, end):
                a, b = m.span("name")
                if any(loc.span[0] < b and a < loc.span[1] for loc in found + out):
                    continue
                if (
                    self._origin(text, folded, m.start())
                    or fold_term(m.group("name")) in _NOT_NAMES
                ):
                    continue
                container = self._container(text, a, b, found, ctx)
                if container is None:
                    continue
                span = (m.start("cue"), b) if m.group("cue") else (a, b)
                out.append(
                    Location(
                        text=text[span[0] : span[1]],
                        span=span,
                        name=m.group("name"),
                        admin1=container.admin1,
                        admin2=container.admin2,
                        admin3=container.admin3 if _is_district(container) else None,
                        country=container.country,
                        iso=container.iso,
                        latitude=container.latitude,
                        longitude=container.longitude,
                        geo_precision=2,
                        place_id=f"near:{container.place_id}",
                    )
                )
        return out

    def _container(
        self, text: str, a: int, b: int, found: list[Location], ctx: _Context
    ) -> Location | None:
        """The place a hamlet lies in: the finest one named right after it in its sentence."""
        stop = _CLAUSE_END.search(text, b, b + 150)
        limit = stop.start() if stop else b + 150
        after = [loc for loc in found if loc.admin1 is not None and b <= loc.span[0] < limit]
        if after:  # "..., in the district of Vizcatán del Ene, Junín region"
            return max(after, key=lambda loc: (_fineness(loc), -loc.span[0]))
        before = [loc for loc in found if loc.admin1 is not None and 0 <= a - loc.span[1] <= 100]
        if before:
            return before[-1]
        named = [
            (max(x for x in pos if x < a), pid)
            for pid, pos in ctx.a3.items()
            if any(x < a for x in pos) and pid in self.index.by_id
        ]
        if not named:
            return None
        _, pid = max(named)
        place = self.index.places[self.index.by_id[pid]]
        return self._location(_Candidate(place), place.name, (a, b), ctx.country, near=False)

    def _department_of(self, loc: Location) -> Place | None:
        """The first-level division a resolved town or district lies in."""
        pid = loc.place_id or ""
        if loc.iso == "PE" and pid[:2].isdigit() and len(pid) == 6:
            i = self.index.by_id.get(pid[:2])
            return self.index.places[i] if i is not None else None
        return None

    @staticmethod
    def _country_allowed(c: _Candidate, ctx: _Context, before: str) -> bool:
        p = c.place
        if p.kind == "country":
            return not _BORDER.search(before[-30:])
        if c.bonus or c.story_country or p.iso == ctx.country or p.iso in ctx.countries:
            return True
        # a place abroad in a story that never names its country: only a big city
        return p.kind == "place" and p.population >= 100_000

    @staticmethod
    def _stray(c: _Candidate, ctx: _Context, hit: Hit) -> bool:
        """A small place far from every department the story names: a namesake, not it.
        A curated town (``town:``, El Alto) is what stories mean by it."""
        p = c.place
        if c.bonus or p.kind != "place" or p.population >= 2000 or not ctx.a1:
            return False
        if _curated_town(p):
            return False
        others = [a for a, pos in ctx.a1.items() if any(not hit.start <= x < hit.end for x in pos)]
        return bool(others) and p.a1 not in others

    def _with_district(
        self, c: _Candidate, ctx: _Context, hit: Hit, window: tuple[int, int]
    ) -> _Candidate:
        """A Peruvian place whose sentence names its district ("Pampachacra, en el distrito
        de Acoria") takes that district rather than the nearest one."""
        p = c.place
        if p.kind != "place" or p.iso != "PE" or c.district is not None or not p.a2:
            return c
        named = [
            (abs(x - hit.start), pid)
            for pid, positions in ctx.a3.items()
            if pid[:4] == p.a2 and pid in self.index.by_id
            for x in positions
            if window[0] <= x < window[1] and not hit.start <= x < hit.end
        ]
        if named:  # the nearest one: "HUANCAVELICA.– ... el anexo de Pampachacra, en ... Acoria"
            district = self.index.places[self.index.by_id[min(named)[1]]]
            return _Candidate(p, c.name, c.precision, district, c.bonus, c.story_country)
        return c

    def _alias_allowed(self, hit: Hit, folded: str) -> bool:
        """No alias of the hit is followed by a word it may not stand before."""
        for kind, ref in hit.payloads:
            if kind == "a":
                row = self.index.aliases[ref]
                if row.not_before:
                    following = folded[hit.end : hit.end + 20].split()
                    if following and following[0].strip(",.;:") in row.not_before:
                        return False
        return True

    def _disambiguate(
        self,
        scored: list[tuple[float, int, _Candidate]],
        ctx: _Context,
        hit: Hit,
        window: tuple[int, int],
    ) -> _Candidate | None:
        """Two different places of one name and nothing to tell them apart: keep what they share."""
        (s1, _, c1), (s2, _, c2) = scored[0], scored[1]
        p1, p2 = c1.place, c2.place
        if c1.bonus or s1 - s2 >= 3.0 or p1.iso != p2.iso:
            return None
        if p1.kind not in ("district", "place", "province") or p2.kind not in (
            "district",
            "place",
            "province",
        ):
            return None
        if p1.a2 is not None and p1.a2 == p2.a2:
            return None  # the same district or province: one place, two records
        if _nearby(ctx.a1.get(p1.a1 or "", ()), hit, window, 1.0, 1.0):
            if p1.a1 == p2.a1:
                # both in the named department: the department is what we know
                return _Candidate(self.index.places[self.index.by_id[p1.a1 or ""]])
            return None
        if p1.iso in self.index.by_id:
            return _Candidate(self.index.places[self.index.by_id[p1.iso]])
        return None

    def _location(
        self, c: _Candidate, surface: str, span: tuple[int, int], story: str, *, near: bool
    ) -> Location:
        p = c.place
        precision = c.precision or p.precision
        if near and precision < 2:
            precision = 2
        admin2, admin3 = p.admin2, p.admin3
        if c.district is not None:
            admin2, admin3 = c.district.admin2, c.district.admin3
        name = c.name or p.name
        if p.kind == "admin1" and p.iso != "PE":
            admin2 = None
        return Location(
            text=surface,
            span=span,
            name=name,
            admin1=p.admin1,
            admin2=admin2,
            admin3=admin3,
            country=self.index.country_names.get(p.iso, p.iso),
            iso=p.iso,
            latitude=p.lat,
            longitude=p.lon,
            geo_precision=precision,
            place_id=p.pid,
        )


#: what follows a country's name as a round-up's heading ("nigeria - ", "bolivia. ", "kenya: ")
#: and what comes before it (the start of a line or of a sentence), on the folded text
_HEADING_AFTER = re.compile(r"\s*(?:[-–—:]|\.(?= ))\s")
_HEADING_BEFORE = re.compile(r"(?:^|[.!?)]\s+|\s{2})\Z")

#: people from which a city abroad outranks its namesakes at home (``PlaceFinder._score``)
_METROPOLIS = 1_000_000

#: what a place's kind adds to its score (``PlaceFinder._base_score``)
_KIND_SCORE = {
    "district": 6.0,
    "place": 4.0,
    "province": 3.0,
    "department": 2.0,
    "admin1": 2.0,
    "country": 8.0,
    "region": 8.0,
}

_PREV_OK = frozenset(
    """en in at de del desde hacia hasta near from to of the la el los las y and e o or para por
    con with sin entre between sobre on into across around outside inside cerca north south east
    west northern southern eastern western central norte sur este oeste noreste noroeste sureste
    suroeste región region provincia province distrito district ciudad city departamento
    department pueblo town comunidad community anexo localidad caserío village san santa santo
    gran greater nuevo nueva alto alta bajo baja sector zona zone area barrio ayer hoy anoche
    manana luego tambien ademas segun tras durante mientras ahora entonces aqui alli ya pero
    cuando donde yesterday today tonight meanwhile also after before when while during since
    then now here there but in on at by as so if""".split()
)


def raw_prev_is_name(text: str, start: int, words: frozenset[str]) -> bool:
    """The word before ``start`` is a capitalised word that is no place, cue or sentence start."""
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’."):
        j -= 1
    word = text[j:i]
    if not word or not word[:1].isupper() or word.isupper() or i == start:
        return False
    if word.endswith(("'s", "’s", ".")) or fold_term(word) in words:
        return False
    # not at a sentence start: "Cierran Machu Picchu" (a headline verb); first names known
    # to the word list are caught there by the first-name rule ("Pedro Castillo")
    k = j
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k > 0 and text[k - 1] not in _SENTENCE_END


_SENTENCE_END = frozenset('.!?:;"“”«»()[]–—-|•\n')


def _origin_before(text: str, folded: str, start: int) -> bool:
    before = folded[max(0, start - 60) : start]
    # a match ends with one of these words and then whitespace: most names follow none of them
    m = (
        _ORIGIN_OR_DESTINATION.search(before)
        if before.rstrip().endswith(_ORIGIN_LAST_WORDS)
        else None
    )
    if m is None:
        return is_origin(text, start) and not _ORIGIN_EXCEPT.search(before)
    # "20 km from Juliaca" is near it; a destination never ends in "from"
    return not _ORIGIN_EXCEPT.search(before)


# one search for both: most names have neither before them
_ORIGIN_OR_DESTINATION = re.compile(f"{_ORIGIN.pattern}|{_DESTINATION.pattern}")
#: the last word of every phrase the two patterns end with (before the whitespace they need):
#: "de"/"desde", "of", "from", "hometown(,)" for origins; "to", "a"/"hacia"/"hasta", "al" and
#: "de"/"of" for destinations
_ORIGIN_LAST_WORDS = ("de", "of", "from", "hometown", "hometown,", "to", "a", "al")


def _dateline(text: str, hit: Hit) -> bool:
    """ "ASUNCION, April 1 (Wire) -": the name in capitals opens a line, before a comma or a
    dash."""
    surface = text[hit.start : hit.end]
    if not surface.isupper() or len(surface) < 4:
        return False
    line_start = text.rfind("\n", 0, hit.start) + 1
    if text[line_start : hit.start].strip():
        return False
    return _DATELINE_AFTER.match(text, hit.end) is not None


_NAME_WORD = re.compile(r"[\w'’-]+")


def _whose(text: str, at: int) -> bool:
    """The place named at ``at`` says where people come from or belong ("comuneros de Puno",
    "procedentes de Cusco"), not where something happened."""
    if is_origin(text, at):
        return True
    word = _NAME_WORD.match(text, at)
    end = word.end() if word is not None else at
    return belongs(Location(text[at:end], (at, end)), text)


def _square(folded: str, hit: Hit) -> bool:
    """The hit names a town square ("plaza Bolognesi", "San Martín square")."""
    return folded.startswith(("plaza ", "plazuela "), hit.start) or folded.endswith(
        " square", hit.start, hit.end
    )


def _is_district(loc: Location) -> bool:
    return loc.admin3 is not None and loc.name == loc.admin3


def _fineness(loc: Location) -> int:
    if loc.admin2 is None:
        return 1
    if loc.admin3 is None:
        return 2
    return 3 if _is_district(loc) else 2


def _telling(p: Place) -> bool:
    """Whether naming this place says which country a story is about (a hamlet does not;
    a curated town, ``town:``, is curated because stories name it)."""
    return p.kind != "place" or p.population >= 50_000 or _curated_town(p)


def _world(p: Place) -> bool:
    """A city outside Latin America (imported above ``WORLD_MIN_POPULATION``)."""
    return p.kind == "place" and p.iso not in LATIN and not _curated_town(p)


def _abroad_admin1(p: Place) -> bool:
    """A first-level division outside Latin America ("Lagos" State, "Punjab")."""
    return p.kind == "admin1" and p.iso not in LATIN


def _standalone_cities(index: Index) -> frozenset[str]:
    """The world's cities whose bare name may stand for them in a story that names no country
    of theirs: the capitals (the point ``countries.yaml`` gives the country, else its largest
    city) and the metropolises of a million people ("Dhaka", "Tbilisi", "Lagos")."""
    points = {p.iso: (p.lat, p.lon) for p in index.places if p.kind == "country"}
    return frozenset(
        p.pid
        for p in index.places
        if _world(p) and (p.population >= _METROPOLIS or points.get(p.iso) == (p.lat, p.lon))
    )


def _capital_cities(index: Index) -> dict[str, int]:
    """Each country's city at the country's own point (``_standalone_cities``): the largest
    place there, by index."""
    points = {p.iso: (p.lat, p.lon) for p in index.places if p.kind == "country"}
    out: dict[str, int] = {}
    for i, p in enumerate(index.places):
        if p.kind != "place" or points.get(p.iso) != (p.lat, p.lon):
            continue
        j = out.get(p.iso)
        if j is None or index.places[j].population < p.population:
            out[p.iso] = i
    return out


def _minor_abroad(p: Place) -> bool:
    """A town of the rest of Latin America too small to tell the story's country."""
    return p.kind == "place" and p.iso not in FOCUS and not _telling(p)


def _big_abroad(cands: list[_Candidate]) -> str | None:
    """The country of the one city among ``cands`` of half a million people or more, when it
    lies outside Peru and no other candidate is a division or a city of 100,000 and a fifth
    of its size: "Buenos Aires" (two small districts in Peru), "La Paz" (Bolivia's seat of
    government, not the Mexican port of a tenth of its people), not "Santa Rosa" (La Pampa)."""
    big = {c.place.iso for c in cands if c.place.population >= _BIG_ABROAD}
    if len(big) != 1 or "PE" in big:
        return None
    size = max(c.place.population for c in cands)
    if any(
        c.place.iso not in big
        and (
            c.place.kind not in ("place", "district")
            or c.place.population >= max(100_000, size // 5)
        )
        for c in cands
    ):
        return None
    return next(iter(big))


#: people from which a city abroad tells the story's country over its small namesakes at home
_BIG_ABROAD = 500_000


def _curated_town(p: Place) -> bool:
    """A town of ``towns.yaml``, missing from the import (El Alto)."""
    return p.pid.startswith("town:")


def _capitalised(surface: str, *, landmark: bool) -> bool:
    words = [w for w in surface.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return False
    if landmark:
        return any(w[:1].isupper() for w in words)
    first = words[0]
    if first.lower() in _ARTICLES and len(words) > 1:
        first = words[1]
    return first[:1].isupper()


def _level(cue: str) -> str:
    cue = cue.split()[0].rstrip(".")
    cue = _SINGULAR.get(cue, cue)
    if cue in ("region", "departamento", "dpto", "department", "state", "estado"):
        return "admin1"
    if cue in ("provincia", "province"):
        return "province"
    if cue in (
        "distrito",
        "district",
        "municipio",
        "municipality",
        "canton",
        "comuna",
        "corregimiento",
    ):
        return "district"
    return "town"


_SINGULAR = {
    "regiones": "region",
    "regions": "region",
    "departamentos": "departamento",
    "departments": "department",
    "provincias": "provincia",
    "provinces": "province",
    "distritos": "distrito",
    "districts": "district",
    "municipios": "municipio",
    "municipalities": "municipality",
}


def _fits(p: Place, level: str) -> bool:
    if level == "admin1":
        return p.kind in ("department", "admin1", "region")
    if level == "province":
        # Ecuador's provinces are its first-level divisions
        return p.kind == "province" or (p.kind == "admin1" and p.iso != "PE")
    if level == "district":
        return p.kind in ("district", "place") or (p.kind == "province" and p.iso != "PE")
    return p.kind in ("district", "place")


def _nearby(
    positions: list[int] | tuple[int, ...],
    hit: Hit,
    window: tuple[int, int],
    near: float,
    far: float,
) -> float:
    best = 0.0
    for pos in positions:
        if hit.start <= pos < hit.end:
            continue
        if window[0] <= pos < window[1]:
            return near
        best = far
    return best
