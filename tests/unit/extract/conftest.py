"""Shared fixtures of the extraction tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract import Resources, extract, load_resources
from veeduria.models import Document, Mention


@pytest.fixture(scope="session")
def resources() -> Resources:
    """The Spanish and English lexicons and the gazetteer, compiled once for every test."""
    return load_resources(("es", "en"))


@pytest.fixture(scope="session")
def mentions(resources: Resources) -> Callable[..., list[Mention]]:
    """``mentions(text, language, published=...)``: the events extracted from ``text``."""

    def run(text: str, language: str, published: dt.date = dt.date(2023, 1, 10)) -> list[Mention]:
        doc = Document(id="t", text=text, language=language, published=published)
        return list(extract(doc, resources).events)

    return run
