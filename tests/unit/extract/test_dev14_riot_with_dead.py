"""A violent demonstration with dead and no force named was met by the forces the story named
last, else the police (extract-dev14), as a clash is; one without dead names no other side."""

from __future__ import annotations

import pytest


def _riots(mentions, text: str, language: str):
    return [m for m in mentions(text, language) if m.sub_event_type == "Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "language", "actor2"),
    [
        (
            "In Arequipa, a crowd tried to storm the airport, and a young man was killed.",
            "en",
            "Police Forces of Peru",
        ),
        (
            "The army denied that soldiers fired on the crowd. Hours later, protesters tried to "
            "storm the airport and two people were killed.",
            "en",
            "Military Forces of Peru",
        ),
        (
            "En Arequipa, una turba intentó tomar el aeropuerto y un joven murió.",
            "es",
            "Police Forces of Peru",
        ),
    ],
)
def test_riot_with_dead_met_the_forces(mentions, text: str, language: str, actor2: str) -> None:
    riots = _riots(mentions, text, language)
    assert riots and riots[-1].actor2 is not None and riots[-1].actor2.name == actor2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In Arequipa, protesters tried to storm the airport.", "en"),
        ("En Arequipa, los manifestantes intentaron tomar el aeropuerto.", "es"),
    ],
)
def test_riot_without_dead_names_no_other_side(mentions, text: str, language: str) -> None:
    riots = _riots(mentions, text, language)
    assert riots and riots[0].actor2 is None
