"""A second clause with a subject of its own and a speech verb tells another fact (twenty-fifth
session, blind20).

"Detienen a un dirigente campesino y la federación anuncia que radicalizará el paro": the arrest,
and the strike the federation plans. The clause after "y"/"and" opens on its own subject and a
speech verb; it is coded on its own words, as a passive clause with its own subject already was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _events(found: list[Mention]) -> list[tuple[str, str | None]]:
    return [(m.sub_event_type, m.factuality) for m in found]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Detienen a un dirigente campesino y la federación anuncia que radicalizará el paro",
            "es",
        ),
        # the arrest of a person named is coded on its own clause: no intervention in the strike
        # the next clause announces
        ("Detienen a Marcos Quispe y la federación anuncia que radicalizará el paro", "es"),
        (
            "Police arrest a farmers' leader and the federation says it will step up the strike",
            "en",
        ),
    ],
)
def test_blind20_arrest_and_announced_strike(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _events(mentions(text, language, dt.date(2023, 1, 10))) == [
        ("Arrests", "asserted"),
        ("Peaceful protest", "planned"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: a second clause with no event word of its own adds nothing
        ("La policía detuvo a 20 manifestantes y el ministro dijo que no habrá impunidad.", "es"),
        (
            "Police detained 20 protesters and the minister said there would be no impunity.",
            "en",
        ),
    ],
)
def test_blind20_second_clause_without_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _events(mentions(text, language, dt.date(2023, 1, 10))) == [("Arrests", "asserted")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a clause set a day away tells its own fact: the arrest, and the strike of the day before
        (
            "Police arrested 20 students in Cusco on Tuesday, a day after they led a regional strike.",
            "en",
        ),
        # the head of an organisation arrested: an arrest aimed at that person
        (
            "Police arrested the head of the farmers' federation early on Tuesday, a day after he "
            "led a nationwide strike.",
            "en",
        ),
    ],
)
def test_blind20_arrest_a_day_after_the_strike(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, dt.date(2023, 1, 10))
    assert [(m.sub_event_type, m.date.value if m.date else None) for m in found] == [
        ("Arrests", dt.date(2023, 1, 10)),
        ("Peaceful protest", dt.date(2023, 1, 9)),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: the arrests at the protest, after it turned violent or hours into it, are
        # the forces' intervention in it
        ("Police arrested 20 protesters in Cusco on Monday after the march turned violent.", "en"),
        ("Police arrested 20 protesters in Cusco on Monday, hours after the strike began.", "en"),
    ],
)
def test_blind20_arrests_at_the_protest_stay_an_intervention(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, dt.date(2023, 1, 10))
    assert [m.sub_event_type for m in found] == ["Protest with intervention"]
