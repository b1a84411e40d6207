"""Fixtures for the gazetteer tests: one finder per session, cached in a temporary directory."""

from __future__ import annotations

import pytest

from veeduria.gazetteer import PlaceFinder, load_index


@pytest.fixture(scope="session")
def gazetteer_cache(tmp_path_factory: pytest.TempPathFactory):
    return tmp_path_factory.mktemp("gazetteer-cache")


@pytest.fixture(scope="session")
def finder(gazetteer_cache) -> PlaceFinder:
    """The production gazetteer, compiled into a temporary cache."""
    return PlaceFinder(load_index(gazetteer_cache))
