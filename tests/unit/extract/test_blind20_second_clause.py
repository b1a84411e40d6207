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
