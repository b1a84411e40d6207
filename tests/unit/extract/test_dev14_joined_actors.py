"""Of actors named together, the first is the actor (extract-dev14): "soldiers and police shot
dead ten people" is the military's, "policías y soldados abrieron fuego" the police's."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        (
            "Soldiers and police shot dead ten people during the blockade in Puno.",
            "en",
            "Military Forces of Peru",
        ),
        (
            "Police and soldiers killed ten coca growers during the march.",
            "en",
            "Police Forces of Peru",
        ),
        (
            "Durante la marcha, policías y soldados abrieron fuego contra los manifestantes.",
            "es",
            "Police Forces of Peru",
        ),
        (
            "Durante la marcha, los militares y la Policía dispararon contra los manifestantes.",
            "es",
            "Military Forces of Peru",
        ),
    ],
)
def test_first_of_joined_actors(mentions, text: str, language: str, actor1: str) -> None:
    found = mentions(text, language, dt.date(2023, 1, 10))
    assert found and found[0].actor1 is not None and found[0].actor1.name == actor1


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        # apart, the closest acts
        (
            "Soldiers guarded the plant while police fired tear gas at the marchers.",
            "en",
            "Police Forces of Peru",
        ),
    ],
)
def test_actors_apart_keep_the_closest(mentions, text: str, language: str, actor1: str) -> None:
    found = mentions(text, language, dt.date(2023, 1, 10))
    assert found and found[0].actor1 is not None and found[0].actor1.name == actor1
