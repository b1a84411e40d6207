"""Public mode: hide the names of victims and witnesses.

What is masked (``veeduria serve --public``; docs/dashboard.md lists the same):

- **Civilian actors**: an actor of ACLED type Civilians (inter 7) is shown as
  ``Civilians (name withheld)`` unless its name is already generic (``Civilians (Peru)``).
- **Person names in text**: document titles, document text and every evidence quote. A
  person name is a run of two or more capitalised words ("Rosa Huamán Quispe"), or one or
  more after a title or honorific ("doña Juana", "el general Salas", "identificado como
  Kevin"), that is not a known place (the gazetteer's names) and holds no word of an
  institution ("Policía Nacional", "Defensoría del Pueblo"). It becomes ``[name withheld]``.
- **Reviewers**: the audit log and the names of analysts are not shown at all.

The rule cannot tell a victim from a minister, so public figures are masked as well: the
mode errs on the side of hiding. Numbers, places, dates, event types and outlets are shown.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from veeduria.extract.terms import fold
from veeduria.web.vocab import CIVILIANS

WITHHELD = "[name withheld]"

_UPPER = "A-ZÁÉÍÓÚÑÜÀÈÌÒÙÂÊÎÔÛÇ"
_LOWER = "a-záéíóúñüàèìòùâêîôûçß"
_CAP = rf"[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}]?[{_LOWER}]+)*"
_PARTICLE = r"(?:de|del|de la|de los|de las|la|las|los|da|do|dos|van|von)"
#: a run of capitalised words, possibly joined by particles ("María del Carmen Quispe")
_RUN = re.compile(rf"(?<![\w])({_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP})*)")
_TOKEN = re.compile(_CAP)

#: words that open a sentence or a name without being part of it
_LEADING = {
    "el",
    "la",
    "los",
    "las",
    "lo",
    "un",
    "una",
    "en",
    "segun",
    "tras",
    "para",
    "por",
    "con",
    "desde",
    "hasta",
    "sin",
    "sobre",
    "entre",
    "hacia",
    "durante",
    "ante",
    "y",
    "o",
    "pero",
    "cuando",
    "donde",
    "mientras",
    "aunque",
    "a",
    "al",
    "del",
    "de",
    "este",
    "esta",
    "ese",
    "esa",
    "aquel",
    "aquella",
    "otro",
    "otra",
    "todos",
    "todas",
    "hoy",
    "ayer",
    "the",
    "in",
    "on",
    "at",
    "since",
    "for",
    "by",
    "from",
    "an",
    "and",
    "or",
    "but",
    "when",
    "where",
    "while",
    "after",
    "before",
    "during",
    "with",
    "without",
    "as",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "it",
    "he",
    "she",
    "they",
    "we",
    "if",
    "so",
    "also",
    "according",
    "mr",
    "mrs",
    "ms",
    "sr",
    "sra",
    "srta",
    "vice",
    "prime",
    "defense",
    "defence",
    "interior",
    "former",
    "ex",
    "minister",
    "president",
    "premier",
    "senor",
    "senora",
    "senorita",
}
#: words of institutions, organisations, places and time, never of a person's name
_INSTITUTION = {
    "policia",
    "nacional",
    "ministerio",
    "ministry",
    "defensoria",
    "pueblo",
    "congreso",
    "congress",
    "gobierno",
    "government",
    "poder",
    "judicial",
    "ejecutivo",
    "fiscalia",
    "hospital",
    "regional",
    "universidad",
    "university",
    "fuerzas",
    "armadas",
    "ejercito",
    "army",
    "police",
    "direccion",
    "salud",
    "health",
    "instituto",
    "institute",
    "banco",
    "bank",
    "comision",
    "commission",
    "consejo",
    "council",
    "comite",
    "committee",
    "frente",
    "federacion",
    "federation",
    "confederacion",
    "sindicato",
    "union",
    "central",
    "asociacion",
    "association",
    "colegio",
    "escuela",
    "school",
    "iglesia",
    "church",
    "conferencia",
    "conference",
    "episcopal",
    "derechos",
    "humanos",
    "human",
    "rights",
    "naciones",
    "unidas",
    "united",
    "nations",
    "organizacion",
    "organization",
    "partido",
    "party",
    "movimiento",
    "movement",
    "avenida",
    "avenue",
    "calle",
    "street",
    "plaza",
    "square",
    "puente",
    "bridge",
    "aeropuerto",
    "airport",
    "carretera",
    "highway",
    "road",
    "panamericana",
    "region",
    "provincia",
    "province",
    "departamento",
    "department",
    "distrito",
    "district",
    "municipalidad",
    "municipality",
    "prefectura",
    "comisaria",
    "station",
    "palacio",
    "palace",
    "legislativo",
    "cultura",
    "culture",
    "interior",
    "defensa",
    "justicia",
    "justice",
    "publico",
    "tribunal",
    "court",
    "corte",
    "suprema",
    "supreme",
    "constitucional",
    "estadistica",
    "reserva",
    "cruz",
    "roja",
    "red",
    "cross",
    "news",
    "press",
    "prensa",
    "radio",
    "diario",
    "tv",
    "television",
    "agencia",
    "agency",
    "wire",
    "dispatch",
    "review",
    "times",
    "post",
    "camino",
    "caminos",
    "trail",
    "valle",
    "valley",
    "sagrado",
    "lago",
    "lake",
    "rio",
    "river",
    "cerro",
    "mount",
    "isla",
    "centro",
    "norte",
    "sur",
    "este",
    "oeste",
    "north",
    "south",
    "east",
    "west",
    "southern",
    "northern",
    "andes",
    "andean",
    "amazonia",
    "amazon",
    "metropolitana",
    "republica",
    "republic",
    "estado",
    "state",
    "general",
    "geresa",
    "diresa",
    "mininter",
    "comando",
    "conjunto",
    "rondas",
    "campesinas",
    "trabajadores",
    "workers",
    "estudiantes",
    "students",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "toma",
    "marcha",
    "paro",
    "huelga",
    "strike",
    "navidad",
    "christmas",
    "semana",
    "santa",
    "inca",
    "incas",
    "suyos",
    "truth",
    "reconciliation",
    "shining",
    "path",
    "sendero",
    "luminoso",
    "peru",
    "perú",
}
#: honorifics and phrases after which a single capitalised word is a name
_INTRO = re.compile(
    r"(?i:\b(?:don|doña|dona|señor|señora|señorita|sr\.|sra\.|srta\.|mr\.|mrs\.|ms\.|"
    r"identificad[oa]s?\s+como|de\s+nombre|llamad[oa]|named|identified\s+as|"
    r"joven|menor|comunero|comunera|estudiante|madre|padre|hermano|hermana|hijo|hija|"
    r"esposa|esposo|viuda|mother|father|brother|sister|son|daughter|wife|husband|widow))"
    rf"[ \t]+({_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP})*)"
)


@functools.cache
def _gazetteer_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Folded place names, first names and titles from the gazetteer (loaded once)."""
    from veeduria.gazetteer import load_index

    index = load_index()
    places = frozenset(term for term, _ in index.terms)
    return places, frozenset(index.first_names), frozenset(index.titles)


def _is_person(phrase: str, tokens: list[str], after_title: bool) -> bool:
    places, first_names, _ = _gazetteer_words()
    folded = [fold(t) for t in tokens]
    if any(f in _INSTITUTION for f in folded):
        return False
    if " ".join(fold(phrase).split()) in places:
        return False
    if folded[0] in first_names or after_title:
        return True
    if len(tokens) < 2:
        return False
    return not all(f in places for f in folded)


def _person_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the person names in ``text`` (see the module docstring)."""
    _, _, titles = _gazetteer_words()
    cuts: list[tuple[int, int]] = []
    for match in _INTRO.finditer(text):
        cuts.append((match.start(1), match.end(1)))
    for match in _RUN.finditer(text):
        tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(match.group(1))]
        offset = match.start(1)
        after_title = _preceded_by_title(text, offset, titles)
        while tokens and (fold(tokens[0][1]) in _LEADING or fold(tokens[0][1]) in titles):
            after_title = after_title or fold(tokens[0][1]) in titles
            tokens.pop(0)
        if not tokens:
            continue
        start = offset + tokens[0][0]
        if _is_person(text[start : match.end(1)], [t for _, t in tokens], after_title):
            cuts.append((start, match.end(1)))
    return _merge(cuts)


def person_words(text: str) -> frozenset[str]:
    """The words of the person names in ``text``: a later bare "Boluarte" is masked too."""
    places, first_names, _ = _gazetteer_words()
    words = set()
    for start, end in _person_spans(text):
        for token in _TOKEN.findall(text[start:end]):
            folded = fold(token)
            if folded not in places and folded not in _INSTITUTION and folded not in _LEADING:
                words.add(token)
    return frozenset(words)


def mask_names(text: str, known: frozenset[str] | None = None) -> str:
    """``text`` with person names replaced by ``[name withheld]``.

    Args:
        text: Any text from a document.
        known: Words of names found elsewhere in the same document (``person_words`` of the
            whole text), masked wherever they stand alone; default: those of ``text``.
    """
    if not text:
        return text
    cuts = _person_spans(text)
    words = person_words(text) if known is None else known
    if words:
        pattern = re.compile(
            r"(?<![\w])(?:" + "|".join(map(re.escape, sorted(words))) + r")(?![\w])"
        )
        cuts.extend((m.start(), m.end()) for m in pattern.finditer(text))
    if not cuts:
        return text
    out, pos = [], 0
    for start, end in _merge(cuts):
        out.append(text[pos:start])
        out.append(WITHHELD)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def masker(document_text: str) -> Callable[[str], str]:
    """A function that masks pieces of one document, knowing the names in all of it."""
    known = person_words(document_text)
    return lambda piece: mask_names(piece, known)


def _preceded_by_title(text: str, start: int, titles: frozenset[str]) -> bool:
    before = text[max(0, start - 30) : start].split()
    return bool(before) and fold(before[-1]).strip(",.") in titles


def _merge(cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(cuts):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mask_actor(name: str | None, inter: int | None) -> str | None:
    """Civilian actors lose their name unless it is a generic one like ``Civilians (Peru)``."""
    if name is None or inter != CIVILIANS:
        return name
    if re.fullmatch(r"Civilians(?: \([^()]*\))?", name):
        return name
    return "Civilians (name withheld)"
