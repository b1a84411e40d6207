"""A denial that closes the sentence after the event ("..., which the police denied", "...,
algo que la Policía negó") takes back what was told (extract-dev22)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Marchers accused riot officers of beating students outside the university, which "
            "the police denied.",
            "en",
        ),
        (
            "Witnesses said soldiers fired on the demonstrators at the bridge, something the "
            "army has flatly denied.",
            "en",
        ),
        (
            "Los comuneros denunciaron que los agentes golpearon a varias mujeres en la marcha, "
            "algo que la Policía negó rotundamente.",
            "es",
        ),
        (
            "Los deudos aseguran que los militares dispararon contra los manifestantes, lo que "
            "el Ejército niega.",
            "es",
        ),
    ],
)
def test_denial_after_the_event_negates(mentions, text: str, language: str) -> None:
    events = mentions(text, language)
    assert events and events[0].factuality == "negated", [
        (m.sub_event_type, m.factuality) for m in events
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # not confirmed is not denied
        (
            "Marchers said riot officers beat students outside the university, which the "
            "government did not confirm.",
            "en",
        ),
        # nobody denied it: it stands
        ("Marchers said riot officers beat students at the gate, which nobody denied.", "en"),
        # the relative tells what followed, no denial
        ("Soldiers fired on the demonstrators at the bridge, which enraged the town.", "en"),
        # the denial has a clause of its own after it
        (
            "Los deudos aseguran que los militares dispararon contra los manifestantes, lo que "
            "el Ejército niega haber ordenado en otras marchas.",
            "es",
        ),
    ],
)
def test_near_misses_are_not_negated(mentions, text: str, language: str) -> None:
    events = mentions(text, language)
    assert events and events[0].factuality != "negated", [
        (m.sub_event_type, m.factuality) for m in events
    ]
