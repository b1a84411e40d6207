"""A strike confirmed, a distance and an adjective (session extract-dev17).

A vote word right before a protest word confirms the protest ("Ratificamos el paro indefinido
... que exigen ... elecciones generales inmediatas"): a planned strike, no vote on elections,
though the sentence names elections. A block of a street is a distance ("standing a block from
the station", "a few blocks away"), and "clear" an adjective ("It is not clear how the crowd
got past the police line"): no blockade, no clearing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

DEC13 = dt.date(2022, 12, 13)


def test_a_strike_confirmed_is_no_vote(mentions: Callable[..., list[Mention]]) -> None:
    found = mentions(
        "Ratificamos el paro indefinido regional que se iniciará mañana, en unidad con los"
        " pueblos del sur que exigen el cierre del Congreso y elecciones generales inmediatas.",
        "es",
        DEC13,
    )
    assert [(m.sub_event_type, m.factuality) for m in found] == [("Peaceful protest", "planned")]


def test_a_vote_on_elections_is_still_one(mentions: Callable[..., list[Mention]]) -> None:
    found = mentions(
        "El Congreso ratificó en segunda votación el adelanto de elecciones.", "es", DEC13
    )
    assert [(m.sub_event_type, m.mode) for m in found] == [("Other", "election_change")]


@pytest.mark.parametrize(
    "text",
    [
        '"They came in shooting," said a woman standing a block from the station.',
        "About 200 supporters held a separate rally outside the party's offices a few blocks away.",
        "It is not clear how the crowd got past the police line on the esplanade.",
        "Officials made clear that the march would be allowed.",
    ],
)
def test_a_distance_or_an_adjective_is_no_event(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = mentions(text, "en", DEC13)
    assert [m.mode for m in found if m.mode in ("blockade", "dispersal")] == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Protesters blocked the highway to the airport on Monday.", "blockade"),
        ("Riot police cleared the square on Monday night.", "dispersal"),
    ],
)
def test_the_verbs_still_tell_the_event(
    mentions: Callable[..., list[Mention]], text: str, mode: str
) -> None:
    found = mentions(text, "en", DEC13)
    assert mode in [m.mode for m in found]
