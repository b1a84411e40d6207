"""Event words in another sense (session extract-dev17).

The noun "vote" names the ballots people cast ("the winner with 51 per cent of the vote", "they stole
our vote"), and a vote of lawmakers is a vote on elections only with an election word beside
it; a fire put out ("Firefighters brought the blaze under control") is no new arson; a slogan
or an image ("«La orden de combate está dada»", "«Diez años de chocar contra un muro»") is no
battle and no clash; who is said to be behind a riot ("acusó a Estados Unidos de estar detrás
de los disturbios", "blamed foreign groups for being behind the unrest") is an accusation,
not the riot told again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JUL31 = dt.date(2024, 7, 31)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Maduro, whom the electoral council declared the winner with 51 per cent of the"
            " vote, spoke on Tuesday.",
            "en",
        ),
        ('"We are here because they stole our vote," said a nursing student.', "en"),
        ("The Senate session was suspended and the confirmation vote did not take place.", "en"),
        ("Firefighters brought the blaze under control shortly before midnight.", "en"),
        ("Firefighters put out the blaze two hours later.", "en"),
        ("«La orden de combate está dada», dijo el presidente.", "es"),
        (
            "El presidente acusó a Estados Unidos de estar detrás de los disturbios.",
            "es",
        ),
    ],
)
def test_words_in_another_sense_code_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, JUL31)
    assert [(m.sub_event_type, m.trigger.text) for m in found] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Los padres marcharon en la capital. «Diez años de chocar contra un muro», dijo el"
            " padre de uno de los estudiantes.",
            "es",
        ),
        (
            "Protesters marched in Caracas. The president accused foreign groups of being behind"
            " the riots.",
            "en",
        ),
    ],
)
def test_after_a_march_the_image_or_the_accusation_adds_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, JUL31)
    assert [m.sub_event_type for m in found] == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Congress voted on Thursday to bring the general election forward.", "en", "Other"),
        ("Protesters set fire to the Congress building on Friday.", "en", "Violent demonstration"),
        (
            "Los manifestantes chocaron con la policía en el centro de Caracas.",
            "es",
            "Violent demonstration",
        ),
        ("Los disturbios dejaron tres muertos en Caracas el lunes.", "es", "Violent demonstration"),
    ],
)
def test_the_same_words_in_their_event_sense_still_code(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    found = mentions(text, language, JUL31)
    assert expected in [m.sub_event_type for m in found]


def test_an_election_told_as_a_vote_is_no_vote_of_lawmakers(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions("Honduras imposes curfew as deadly unrest follows disputed vote", "en", JUL31)
    assert "vote" not in [m.trigger.text for m in found]
    assert "curfew" in [m.trigger.text for m in found]
