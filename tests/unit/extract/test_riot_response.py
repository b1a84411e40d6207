"""The forces answering a riot in the same sentence ("que respondieron con bombas
lacrimógenas", "police responded with tear gas") are part of that violent demonstration, not a
protest with intervention of their own (docs/vocabulary.md, ACLED: one event)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hubo enfrentamientos en el puente entre los comuneros, que arrojaban piedras, y los "
            "policías, que respondieron con gases lacrimógenos.",
            "es",
        ),
        (
            "Youths hurled rocks at the police station for an hour, and officers responded with "
            "tear gas and rubber bullets.",
            "en",
        ),
    ],
)
def test_the_forces_answer_is_part_of_the_riot(mentions, text, language):
    subs = [m.sub_event_type for m in mentions(text, language)]
    assert subs == ["Violent demonstration"]


def test_an_intervention_of_its_own_stays(mentions):
    text = (
        "Four people were arrested for damaging property, and officers briefly used tear gas to "
        "disperse a group that tried to break through a cordon."
    )
    assert "Protest with intervention" in [m.sub_event_type for m in mentions(text, "en")]
