"""Demonstrators going home ("were boarding trucks back to their communities", "regresaron a
sus comunidades") end their mobilisation; breaking through the fence of a guarded site
("breaking through the perimeter fence", "derribaron el cerco perimétrico") is violent."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "By Thursday night, thousands of indigenous protesters who had camped in the capital's "
            "parks were boarding trucks back to their communities.",
            "en",
        ),
        ("On Friday the marchers began to return to their communities.", "en"),
        (
            "Tras el acuerdo, miles de manifestantes indígenas regresaron a sus comunidades el "
            "jueves.",
            "es",
        ),
    ],
)
def test_demonstrators_going_home_is_a_change_of_activity(mentions, text, language):
    subs = [m.sub_event_type for m in mentions(text, language)]
    assert "Change to group/activity" in subs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Video shows hundreds of protesters breaking through the perimeter fence of the airport "
            "in Ayacucho on Thursday.",
            "en",
        ),
        ("Protesters tore down the fence of the police station in Juliaca on Monday.", "en"),
        (
            "Cientos de manifestantes derribaron el cerco perimétrico del aeropuerto de Juliaca el "
            "lunes.",
            "es",
        ),
    ],
)
def test_breaking_through_a_guarded_fence_is_a_violent_demonstration(mentions, text, language):
    assert "Violent demonstration" in [m.sub_event_type for m in mentions(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "When a group tried to break through the perimeter fence, soldiers fired tear gas in "
            "Ayacucho on Thursday.",
            "en",
        ),
    ],
)
def test_trying_to_break_through_is_what_the_forces_answer(mentions, text, language):
    assert "Violent demonstration" not in [m.sub_event_type for m in mentions(text, language)]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Soldiers pull back towards the terminal building as protesters advance.", None),
        ("Police pulled back a few metres and fired tear gas at the crowd in Juliaca.", None),
        (
            "Rebels pulled back from the town of Uribe on Monday before troops arrived.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_a_retreat_in_a_clash_is_no_transfer_of_territory(mentions, text, sub):
    subs = [m.sub_event_type for m in mentions(text, "en")]
    if sub is None:
        assert "Non-violent transfer of territory" not in subs
    else:
        assert sub in subs
