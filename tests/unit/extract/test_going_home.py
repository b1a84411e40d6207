"""Demonstrators going home ("were boarding trucks back to their communities", "regresaron a
sus comunidades") end their mobilisation: a change of activity."""

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
