"""A stage's loader caches emptied once the stage is done (``_memory.clear_module_caches``)."""

from __future__ import annotations

import datetime as dt
import functools
import sys
import types
from collections.abc import Iterator

import pytest

from veeduria._memory import clear_module_caches


@pytest.fixture
def packages() -> Iterator[dict[str, types.ModuleType]]:
    """Two packages of cached loaders; the second imports one of the first's."""
    made: dict[str, types.ModuleType] = {}
    for name in ("fakestage", "fakestage.lexicons", "otherstage"):
        module = types.ModuleType(name)
        sys.modules[name] = module
        made[name] = module

    def load(name: str) -> str:
        return name.upper()

    for name in ("fakestage.lexicons", "otherstage"):
        func = functools.cache(load)
        func.__module__ = name
        made[name].load = func  # type: ignore[attr-defined]
    made["otherstage"].borrowed = made["fakestage.lexicons"].load  # type: ignore[attr-defined]
    yield made
    for name in made:
        del sys.modules[name]


def test_the_caches_of_the_packages_modules_are_emptied(packages) -> None:
    lexicons, other = packages["fakestage.lexicons"], packages["otherstage"]
    lexicons.load("es")
    lexicons.load("en")
    other.load("es")
    assert clear_module_caches(("fakestage",)) == 1
    assert lexicons.load.cache_info().currsize == 0
    # another package's cache is left, and so is a loader it only imported
    assert other.load.cache_info().currsize == 1
    lexicons.load("es")
    assert clear_module_caches(("otherstage",)) == 1
    assert lexicons.load.cache_info().currsize == 1
    assert other.load.cache_info().currsize == 0


def test_a_package_name_is_matched_whole(packages) -> None:
    packages["fakestage.lexicons"].load("es")
    assert clear_module_caches(("fake",)) == 0
    assert packages["fakestage.lexicons"].load.cache_info().currsize == 1


def test_the_extraction_resources_load_again_after_their_caches_are_emptied() -> None:
    from veeduria.extract import extract, load_resources
    from veeduria.gazetteer import load_place_finder
    from veeduria.models import Document
    from veeduria.scale.dask import EXTRACTION_PACKAGES

    text = "Cientos de manifestantes marcharon ayer en Juliaca para exigir la renuncia."
    document = Document(id="t", text=text, language="es", published=dt.date(2023, 1, 10))
    before = extract(document, load_resources(("es",)))
    assert load_place_finder.cache_info().currsize == 1
    assert clear_module_caches(EXTRACTION_PACKAGES) >= 2
    assert load_place_finder.cache_info().currsize == 0
    after = extract(document, load_resources(("es",)))
    assert after == before and after.events
