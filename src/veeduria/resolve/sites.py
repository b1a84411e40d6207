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


@functools.cache
def _table() -> tuple[frozenset[str], dict[str, tuple[str, ...]], str, frozenset[str]]:
    resource = importlib.resources.files("veeduria.resolve") / "data" / "sites.yaml"
    try:
        data = safe_load(resource.read_text(encoding="utf-8"))
        ignore = frozenset(_fold(w) for w in data["ignore"])
        same: dict[str, tuple[str, ...]] = {}
        for canonical, variants in data["same"].items():
            tokens = tuple(_words(canonical))
            for v in [canonical, *variants]:
                for w in _words(str(v)):
                    same[w] = tokens
        version = str(data["version"])
        elsewhere = frozenset(_fold(w) for w in data["elsewhere"])
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as err:
        raise ResourceError(f"resolve/data/sites.yaml cannot be read: {err}", code="E040") from err
    return ignore, same, version, elsewhere


def version() -> str:
    """The version of ``data/sites.yaml``."""
    return _table()[2]


def _reduce(words: Iterable[str], drop: frozenset[str]) -> Site:
    ignore, same, _, _ = _table()
    return frozenset(w for w in words if w not in ignore and w not in drop and w not in same)


@functools.lru_cache(maxsize=1 << 14)
def _site(text: str, names: tuple[str | None, ...]) -> Site:
    if not _table()[3].isdisjoint(_words(text)):
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
