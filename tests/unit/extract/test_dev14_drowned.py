"""A death by water is a death (extract-dev14): "six soldiers drowned in the Ilave river",
"murieron ahogados", with the figure of its own clause; sound "drowned out" is none."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        (
            "Six soldiers also drowned in a river in Puno during the protests, and around "
            "twenty people died in accidents at road blockades.",
            "en",
            6,
        ),
        ("Six soldiers drowned in the Ilave river while chased by protesters.", "en", 6),
        (
            "Tres manifestantes murieron ahogados en el río Ramis tras ser perseguidos por la Policía.",
            "es",
            3,
        ),
        (
            "Dos manifestantes se ahogaron en el río Ramis tras ser perseguidos por la Policía.",
            "es",
            2,
        ),
    ],
)
def test_drowned_is_a_death(mentions, text: str, language: str, killed: int) -> None:
    found = mentions(text, language, dt.date(2023, 3, 7))
    assert found and found[0].killed is not None and found[0].killed.value == killed


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Their chants were drowned out by the sirens.", "en"),
        ("The town is drowned in debt after the floods.", "en"),
    ],
)
def test_other_drowning_is_none(mentions, text: str, language: str) -> None:
    assert mentions(text, language) == []
