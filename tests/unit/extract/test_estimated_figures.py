"""A source putting a figure on what the incident told left ("put the number of injured at 31")
gives that incident's figure, not a tally; a toll over a period stays a tally."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document

JAN12 = dt.date(2023, 1, 12)


@pytest.mark.parametrize(
    ("text", "language", "category", "value"),
    [
        (
            "Police fired tear gas at protesters in Andahuaylas on Monday. Hospital officials "
            "put the number of injured at 31.",
            "en",
            "injured",
            31,
        ),
        (
            "Police raided the campus in Lima on Saturday and detained nearly 200 people. The "
            "Interior Ministry later put the number of detainees at 193.",
            "en",
            "detained",
            193,
        ),
        (
            "Riot police cleared the square in Cusco on Friday. In a statement, they put the "
            "number of people taken into custody at 40.",
            "en",
            "detained",
            40,
        ),
    ],
)
def test_a_figure_put_by_a_source_is_the_incident_s(
    resources: Resources, text: str, language: str, category: str, value: int
) -> None:
    found = extract(Document(id="t", text=text, language=language, published=JAN12), resources)
    assert not found.tallies, found.tallies
    figures = [getattr(m, category) for m in found.events]
    assert any(f is not None and f.value == value for f in figures), found.events


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Defensoría del Pueblo cifró en 48 el número de fallecidos desde diciembre.", "es"),
        ("The ombudsman put the number of people killed since December at 48.", "en"),
    ],
)
def test_a_figure_over_a_period_stays_a_tally(
    resources: Resources, text: str, language: str
) -> None:
    found = extract(Document(id="t", text=text, language=language, published=JAN12), resources)
    assert [t.value for t in found.tallies] == [48]
