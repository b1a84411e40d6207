"""Tolls: a figure over a period told by two days weeks apart ("Entre el 11 de diciembre de
2022 y el 28 de enero de 2023, 48 personas murieron") and "the overall toll" are tallies, not
an incident's count; a range of a few days stays an incident's."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _run(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 2, 9))
    return extract(doc, resources)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "Entre el 11 de diciembre de 2022 y el 28 de enero de 2023, 48 personas murieron "
            "durante las protestas.",
            "es",
            48,
        ),
        (
            "Desde el 7 de diciembre hasta el 30 de enero, 58 personas murieron en las protestas.",
            "es",
            58,
        ),
        (
            "Between Dec. 7 and Jan. 28, 49 people were killed in clashes with security forces.",
            "en",
            49,
        ),
        ("The health ministry puts the overall toll at 58.", "en", 58),
        ("Officials put the total death toll at 60 on Wednesday.", "en", 60),
    ],
)
def test_a_figure_over_weeks_or_an_overall_toll_is_a_tally(resources, text, language, value):
    result = _run(resources, text, language)
    assert [t.value for t in result.tallies] == [value]
    assert all(m.killed is None or m.killed.value != value for m in result.events)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Entre el 9 y el 10 de enero, la Policía mató a 18 manifestantes en Juliaca.",
            "es",
        ),
        ("Between Jan. 9 and Jan. 11, 18 protesters were killed by police in Juliaca.", "en"),
    ],
)
def test_a_few_days_figure_is_an_incidents(resources, text, language):
    result = _run(resources, text, language)
    assert any(m.killed is not None and m.killed.value == 18 for m in result.events)
