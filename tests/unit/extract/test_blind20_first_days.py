"""The first days of a strike counted over together are a period: tallies, no incident
(twenty-fifth session, blind20).

"en los dos primeros días del paro 18 policías resultaron heridos y 37 personas fueron detenidas
en todo el país" counts the injured and the detained over the strike's first days, as "Since the
strike began, 18 officers have been injured" does; no riot of the sentence. One day ("el primer
día del paro") dates the day's incidents and stays one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _run(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2022, 6, 16))
    return extract(doc, resources)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Según el Ministerio del Interior, en los tres primeros días del paro 22 policías "
            "resultaron heridos y 41 personas fueron detenidas en todo el país.",
            "es",
        ),
        (
            "In the first three days of the strike, 22 police officers were injured and 41 people "
            "were detained, the ministry said.",
            "en",
        ),
        (
            "Durante los primeros días de la huelga, 22 policías resultaron heridos y 41 personas "
            "fueron detenidas, informó el ministerio.",
            "es",
        ),
    ],
)
def test_blind20_first_days_are_a_period(resources: Resources, text: str, language: str) -> None:
    out = _run(resources, text, language)
    assert list(out.events) == []
    assert {(t.what, t.value) for t in out.tallies} == {("injured", 22), ("detained", 41)}


def test_blind20_first_day_is_one_day(resources: Resources) -> None:
    # near miss: one day of the strike dates that day's clash, an incident with its wounded
    out = _run(
        resources,
        "Durante el primer día del paro, 22 policías resultaron heridos en enfrentamientos en "
        "Latacunga.",
        "es",
    )
    assert [(m.sub_event_type, m.injured.value if m.injured else None) for m in out.events][0] == (
        "Violent demonstration",
        22,
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the whole of a partitive keeps its period, even with the part near it and the period
        # told by two days of the month
        (
            "Of the 30 people who died in the protests between 5 March and 9 May, at least 12 were "
            "killed by bullets fired by the army or the police, according to the group.",
            "en",
            {("killed", 30), ("killed", 12)},
        ),
        (
            "De las 30 personas que murieron en las protestas entre el 5 de marzo y el 9 de mayo, "
            "la mayoría eran jóvenes, según el informe.",
            "es",
            {("killed", 30)},
        ),
    ],
)
def test_blind20_partitive_whole_is_a_tally(
    resources: Resources, text: str, language: str, expected: set[tuple[str, int]]
) -> None:
    out = _run(resources, text, language)
    assert list(out.events) == []
    assert {(t.what, t.value) for t in out.tallies} == expected


def test_blind20_bringing_to_keeps_the_incident(resources: Resources) -> None:
    # near miss: a cue with a figure of its own after it is that figure's; the day's dead stay
    # the incident's
    out = _run(
        resources,
        "Two protesters were shot dead in Juliaca on Monday, bringing to 18 the number of people "
        "killed in the protests.",
        "en",
    )
    assert [m.killed.value if m.killed else None for m in out.events] == [2]
    assert {(t.what, t.value) for t in out.tallies} == {("killed", 18)}
