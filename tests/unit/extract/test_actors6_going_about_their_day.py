"""Whom the force struck while they went about their day ("cuando esperaba el bus", "on his
way home from work") was no demonstrator: actor2 is the civilians (actors6, ``bystander``
cues). One struck with the demonstration named as the target stays a protester."""

from __future__ import annotations

import datetime as dt

import pytest


def _struck(mentions, text: str, language: str) -> list:
    events = mentions(text, language, published=dt.date(2024, 5, 16))
    return [m for m in events if m.actor1 is not None and m.actor1.name.startswith("Police")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Una trabajadora quedó ciega al ser alcanzada por una bomba lacrimógena disparada por "
            "la Policía cuando esperaba el bus en Juliaca.",
            "es",
        ),
        (
            "During the march in Juliaca, a nurse on her way home from work was hit in the eye by "
            "a rubber bullet fired by police.",
            "en",
        ),
    ],
)
def test_one_going_about_their_day_is_a_civilian(mentions, text: str, language: str) -> None:
    struck = _struck(mentions, text, language)
    assert struck
    assert struck[0].actor2 is not None and struck[0].actor2.name == "Civilians (Peru)"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Policía disparó bombas lacrimógenas contra los manifestantes que esperaban el bus "
            "en Juliaca.",
            "es",
        ),
        ("A protester was hit in the eye by a rubber bullet fired by police in Juliaca.", "en"),
    ],
)
def test_the_demonstration_struck_keeps_the_protesters(mentions, text: str, language: str) -> None:
    struck = _struck(mentions, text, language)
    assert struck
    assert struck[0].actor2 is not None and struck[0].actor2.name == "Protesters (Peru)"
