"""A national decision (a resignation, a removal from office, a vote on elections) of a country
the gazetteer has no curated "la capital" for is placed at its capital, the city at the
country's point, as ACLED does, not at the bare country (extract-places4,
``PlaceFinder.capital``, ``places.national_seat``)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2025, 9, 10)


@pytest.mark.parametrize(
    ("text", "language", "mode", "town"),
    [
        (
            "Nepal PM resigns after deadly protests. The prime minister announced his "
            "resignation on Tuesday afternoon.",
            "en",
            "resignation",
            "Kathmandu",
        ),
        (
            "Nepal: el primer ministro renunció el martes tras dos días de protestas.",
            "es",
            "resignation",
            "Kathmandu",
        ),
        (
            "Paraguay's Senate approved a constitutional amendment on Friday allowing presidents "
            "to seek re-election.",
            "en",
            "election_change",
            "Asunción",
        ),
        (
            "Kenia: el ministro del Interior renunció el martes tras las protestas.",
            "es",
            "resignation",
            "Nairobi",
        ),
    ],
)
def test_a_national_decision_abroad_is_at_the_capital(
    mentions, text: str, language: str, mode: str, town: str
) -> None:
    found = [m for m in mentions(text, language, DAY) if m.mode == mode]
    assert found, [(m.mode, m.trigger.text) for m in mentions(text, language, DAY)]
    assert all(m.location is not None and m.location.name == town for m in found), [
        m.location for m in found
    ]


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        # a protest of the same story keeps its own town
        (
            "Nepal: the home minister resigned on Monday. Two protesters were shot dead in "
            "Pokhara on Monday.",
            "en",
            "Pokhara",
        ),
        # a resignation faxed from a town abroad named in its sentence keeps that town
        (
            "The president of Peru faxed his resignation from Tokyo on Monday.",
            "en",
            "Tokyo",
        ),
    ],
)
def test_other_places_are_kept(mentions, text: str, language: str, town: str) -> None:
    places = [m.location.name for m in mentions(text, language, DAY) if m.location is not None]
    assert town in places, places
