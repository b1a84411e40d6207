"""ACLED's ``source_scale``, best effort, from the outlet names and their documents' language.

ACLED records the scale of every source (Subnational, National, Regional, International,
Other, New media) and joins the scales of an event's sources with ``-``. We have no outlet
registry, so the scale is guessed from the name (a Peruvian department or province, a
regional word or demonym: Subnational; a wire or foreign newspaper: International; a
state body, NGO or UN agency: Other; a social network: New media), then from the language
of the outlet's documents (English only: International), and National otherwise.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import re
from collections.abc import Iterable, Mapping

from veeduria.extract.terms import fold

SCALES = ("Subnational", "National", "Regional", "International", "Other", "New media")

_INSTITUTIONS = (
    "defensoria",
    "ombudsman",
    "ministerio",
    "ministry",
    "minsa",
    "mininter",
    "cnddhh",
    "coordinadora nacional de derechos humanos",
    "amnistia",
    "amnesty",
    "human rights watch",
    "hrw",
    "naciones unidas",
    "united nations",
    "onu",
    "un ",
    "cidh",
    "iachr",
    "acnudh",
    "ohchr",
    "policia",
    "police",
    "gobierno",
    "government",
    "fiscalia",
    "prosecutor",
    "congreso",
    "congress",
    "presidencia",
    "cgtp",
    "sutep",
    "diresa",
    "essalud",
)
_INTERNATIONAL = (
    "reuters",
    "associated press",
    "ap news",
    "apnews",
    "afp",
    "agence france",
    "efe",
    "bbc",
    "cnn",
    "al jazeera",
    "aljazeera",
    "guardian",
    "new york times",
    "nytimes",
    "washington post",
    "el pais",
    "elpais",
    "deutsche welle",
    "dw",
    "france 24",
    "bloomberg",
    "financial times",
    "economist",
    "infobae",
    "telesur",
    "sputnik",
    "voa",
    "euronews",
)
_NEW_MEDIA = (
    "twitter",
    "x.com",
    "facebook",
    "tiktok",
    "youtube",
    "telegram",
    "whatsapp",
    "instagram",
)
_REGIONAL_WORDS = (
    "sur",
    "norte",
    "altiplano",
    "altiplanico",
    "andino",
    "andinas",
    "andinos",
    "selva",
    "amazonia",
    "amazonico",
    "oriente",
    "regional",
    "region",
    "provincia",
    "provincial",
    "cusqueno",
    "cusquena",
    "puneno",
    "punena",
    "arequipeno",
    "ayacuchano",
    "huancaino",
    "chiclayano",
    "trujillano",
    "piurano",
    "loretano",
    "cajamarquino",
    "tacneno",
    "iqueno",
    "huanuqueno",
    "apurimeno",
    "andahuaylino",
    "juliaqueno",
    "huamanguino",
)
#: Department and province names that are also the capital's name, and so national.
_NATIONAL_PLACES = frozenset({"lima", "callao", "peru"})


@functools.cache
def _regional_pattern() -> re.Pattern[str]:
    words = set(_REGIONAL_WORDS)
    ubigeo = importlib.resources.files("veeduria.gazetteer") / "data" / "peru_ubigeo.csv"
    with ubigeo.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["level"] in {"department", "province"}:
                words.add(fold(row["name"]))
    words -= _NATIONAL_PLACES
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")


@functools.cache
def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t.strip()) for t in terms)
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


@functools.lru_cache(maxsize=4096)
def _scale(name: str, english_only: bool) -> str:
    folded = " ".join(fold(name).split())
    if _terms_pattern(_NEW_MEDIA).search(folded):
        return "New media"
    if _terms_pattern(_INSTITUTIONS).search(folded):
        return "Other"
    if _terms_pattern(_INTERNATIONAL).search(folded):
        return "International"
    if _regional_pattern().search(folded):
        return "Subnational"
    return "International" if english_only else "National"


def outlet_scale(name: str, languages: Iterable[str | None] = ()) -> str:
    """The scale of one outlet or source body; ``languages`` of its documents."""
    langs = {lang for lang in languages if lang}
    return _scale(name, bool(langs) and "es" not in langs)


def source_scale(names: Iterable[str], languages: Mapping[str, Iterable[str | None]]) -> str:
    """ACLED's source_scale of an event: the scales of its sources in ACLED's order, '-'."""
    scales = {outlet_scale(n, languages.get(n, ())) for n in names if n}
    return "-".join(s for s in SCALES if s in scales)
