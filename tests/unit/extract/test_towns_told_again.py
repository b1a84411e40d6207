"""The dead of a town told in a clause of its own, and an incident named again by its word and
its town, keep that town's incident and day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

NOV21 = dt.date(2019, 11, 21)


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        ("Police clashed with marchers in Cochabamba. Nine coca growers were killed.", "en", 9),
        ("Police clashed with marchers in Cochabamba. Two mourners were shot dead.", "en", 2),
        (
            "La policía reprimió la marcha en Cochabamba. Murieron nueve cocaleros.",
            "es",
            9,
        ),
    ],
)
def test_the_people_counted_are_named_by_their_trade(
    mentions: Callable[..., list[Mention]], text: str, language: str, killed: int
) -> None:
    found = [m.killed.value for m in mentions(text, language, NOV21) if m.killed is not None]
    assert found == [killed]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers fired on marchers in El Alto on Tuesday. The commission condemned the "
            "deaths in Senkata and in Sacaba, where nine coca growers were killed last Friday.",
            "en",
        ),
        (
            "Los militares dispararon contra una marcha en El Alto el martes. La comisión "
            "condenó las muertes de Senkata y de Sacaba, donde murieron nueve cocaleros el "
            "viernes pasado.",
            "es",
        ),
    ],
)
def test_the_dead_of_a_town_s_own_clause_are_its_incident(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, NOV21)
    sacaba = [m for m in found if m.location is not None and m.location.name == "Sacaba"]
    assert sacaba, [(m.trigger.text, m.location) for m in found]
    assert sacaba[0].killed is not None and sacaba[0].killed.value == 9
    assert sacaba[0].date is not None and sacaba[0].date.value == dt.date(2019, 11, 15)
    others = [m for m in found if m not in sacaba]
    assert all(m.killed is None for m in others)
    # the aside does not take the story back: the deaths named in El Alto are Tuesday's
    assert all(m.date is not None and m.date.value == dt.date(2019, 11, 19) for m in others)


def test_one_town_with_a_relative_clause_stays_one_incident(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = "Soldiers fired on marchers in Juliaca, where three people were killed on Monday."
    found = mentions(text, "en", NOV21)
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.value == 3
