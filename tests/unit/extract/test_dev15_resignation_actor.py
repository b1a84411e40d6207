"""Who resigns is the government (extract-dev15): a resignation's actor1 is the government,
named or not ("Evo Morales resigned last Sunday", "Al día siguiente, Manuel Merino renunció"),
whoever else the sentence names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        (
            "Evo Morales resigned last Sunday in La Paz after the army chief urged him to go.",
            "en",
            "Government of Bolivia",
        ),
        ("He resigned four months later.", "en", "Government of Peru"),
        ("Interim president Manuel Merino resigned on Sunday.", "en", "Government of Peru"),
        ("Al día siguiente, Manuel Merino renunció.", "es", "Government of Peru"),
        (
            "Evo Morales renunció en La Paz después de que el comandante de las Fuerzas Armadas le "
            "sugiriera dejar el cargo.",
            "es",
            "Government of Bolivia",
        ),
    ],
)
def test_resignation_actor_is_the_government(mentions, text: str, language: str, actor1: str):
    resigned = [m for m in mentions(text, language) if m.mode == "resignation"]
    assert resigned and resigned[0].actor1 is not None
    assert resigned[0].actor1.name == actor1


def test_deployment_keeps_the_forces_sent(mentions) -> None:
    # not a resignation: troops deployed keep the forces sent
    events = mentions("Troops were deployed to Puno on Monday.", "en")
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name == "Military Forces of Peru"
