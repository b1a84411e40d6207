"""People "treated for injuries" in a reduced relative are the injured of the incident
(extract-dev14): "Health officials reported about 20 people treated for injuries"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        (
            "Police fired tear gas at the marchers. Health officials reported about 20 people "
            "treated for injuries, most of them police.",
            20,
        ),
        (
            "Police fired tear gas at the marchers. Doctors counted 12 people treated for "
            "gunshot wounds at the regional hospital.",
            12,
        ),
    ],
)
def test_treated_for_injuries_counts(mentions, text: str, injured: int) -> None:
    values = [m.injured.value for m in mentions(text, "en") if m.injured is not None]
    assert values == [injured]
