"""The site a mention names inside its town: a square, an avenue, an airport.

Places resolve to districts, but one day in one district can hold several incidents (the
march in one square, the clash on an avenue, the fire in a mansion): the gold, like careful
coders, keeps them apart. ``site`` reduces a mention's place text to the words that name its
site (``data/sites.yaml``): its proper names, without the words of the town, province and
department it resolved to and without the words that only say what kind of site it is
(square, avenue, palace). "Plaza San Martín" and "San Martin Square" give {san, martin},
"avenida Abancay" and "Abancay Avenue" {abancay}; two mentions whose sites contradict are not
one event (``compat.compatible``).
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import yaml

from veeduria._yaml import safe_load
from veeduria.errors import ResourceError
from veeduria.models import Location

Site = frozenset[str]
_WORD = re.compile(r"\w+")
#: a distance from somewhere else ("some 75 km from the provincial capital of Tambobamba",
#: "a 20 kilómetros de Puno"): what follows names a point of reference, not the site
_DISTANCE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:km|kms|kilometers?|kilometres?|kil[oó]metros?|miles|millas)\b",
    re.IGNORECASE,
)


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


@dataclass(frozen=True)
class _Table:
    """``data/sites.yaml``, read: the words dropped (``ignore``, and the kinds of site of
    ``same``), the words of one proper name in either language (``names``: word ->
    canonical word), its version and the words of places where the wounded are taken."""

    ignore: frozenset[str]
    kinds: frozenset[str]
    names: dict[str, str]
    version: str
    elsewhere: frozenset[str]


def _variants(section: dict[str, list[str]]) -> dict[str, str]:
    """Each word of a section's entries (the canonical one included) -> the canonical."""
    out: dict[str, str] = {}
    for canonical, variants in section.items():
        for v in [canonical, *variants]:
            for w in _words(str(v)):
                out[w] = _fold(str(canonical))
    return out


@functools.cache
def _table() -> _Table:
    resource = importlib.resources.files("veeduria.resolve") / "data" / "sites.yaml"
    try:
        data = safe_load(resource.read_text(encoding="utf-8"))
        return _Table(
            ignore=frozenset(_fold(w) for w in data["ignore"]),
            kinds=frozenset(_variants(data["same"])),
            names=_variants(data["names"]),
            version=str(data["version"]),
            elsewhere=frozenset(_fold(w) for w in data["elsewhere"]),
        )
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as err:
        raise ResourceError(f"resolve/data/sites.yaml cannot be read: {err}", code="E040") from err


def version() -> str:
    """The version of ``data/sites.yaml``."""
    return _table().version


def _reduce(words: Iterable[str], drop: frozenset[str]) -> Site:
    """The words that name the site: not ignored, not a town's name (``drop``) nor a kind
    of site; a proper name's word in either language becomes its canonical word
    ("Capitolio" and "the Capitol" are one site)."""
    table = _table()
    return frozenset(
        table.names.get(w, w)
        for w in words
        if w not in table.ignore and w not in drop and w not in table.kinds
    )


@functools.lru_cache(maxsize=1 << 14)
def _site(text: str, names: tuple[str | None, ...]) -> Site:
    if not _table().elsewhere.isdisjoint(_words(text)):
        return frozenset()  # where the wounded were taken, not where they were hurt
    drop = frozenset(w for n in names if n for w in _words(n))
    distance = _DISTANCE.search(text)
    if distance is not None:
        text = text[: distance.start()]
    # the proper names of the text: its capitalised words
    return _reduce((_fold(w) for w in _WORD.findall(text) if w[:1].isupper()), drop)


def site(loc: Location | None) -> Site:
    """The proper names of a place's site below its town; empty when it names none.

    "plaza San Martín" -> {san, martin}; "Abancay Avenue" -> {abancay}; "the airport",
    "Juliaca", "the city centre" -> {} (no site of their own). A distance ends the site:
    "the mine's grounds, some 75 km from the provincial capital of Tambobamba" names the
    grounds, measured from a town that is not where it happened. A hospital, a clinic or a
    morgue (``elsewhere`` of ``data/sites.yaml``) names no site: "the Guillermo Almenara
    hospital" is where a report counts the wounded of a clash in a street.
    """
    if loc is None or not loc.text:
        return frozenset()
    return _site(loc.text, (loc.name, loc.admin3, loc.admin2, loc.admin1, loc.country))


def sites_contradict(a: frozenset[Site], b: frozenset[Site]) -> bool:
    """Two sets of sites contradict when some site of one and some of the other are
    different places: neither's words hold the other's."""
    if not a or not b:
        return False
    return any(not (x <= y or y <= x) for x in a for y in b)
