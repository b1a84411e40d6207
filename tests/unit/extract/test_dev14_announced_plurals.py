"""A bare plural announced is a plan (extract-dev14): "Organisers announced rallies at noon",
"los gremios anunciaron movilizaciones"; what was held stays asserted."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Organisers in Medellín and Barranquilla announced rallies at noon.", "en"),
        ("Unions announced strikes in the mining towns of the south.", "en"),
        ("Los gremios anunciaron movilizaciones en Arequipa.", "es"),
        ("La federación anunció paros en las provincias del sur.", "es"),
    ],
)
def test_announced_plural_is_planned(mentions, text: str, language: str) -> None:
    found = mentions(text, language)
    assert found and found[0].factuality == "planned"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Organisers held rallies in Medellín at noon.", "en"),
        ("Los gremios marcharon por Arequipa.", "es"),
    ],
)
def test_held_stays_asserted(mentions, text: str, language: str) -> None:
    found = mentions(text, language)
    assert found and found[0].factuality == "asserted"
