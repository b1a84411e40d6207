"""Sixteenth session (extract-dev23): a removal from office told by who removed whom ("after
Congress removed President Pedro Castillo", "Lawmakers removed him on Monday") is Strategic
developments / Other (removal_from_office); the forces removing barricades are not."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2022, 12, 20)


def _types(mentions, text):
    return {(m.sub_event_type, m.mode) for m in mentions(text, "en", PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        "Protests erupted across the south after Congress removed President Pedro Castillo.",
        "The country's Congress removed the president on Wednesday in a late-night vote.",
        "Lawmakers removed him on Monday, hours after he tried to dissolve the legislature.",
    ],
)
def test_a_removal_told_by_who_removed_whom(mentions, text):
    assert ("Other", "removal_from_office") in _types(mentions, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police removed the barricades from the highway on Tuesday.",
        "Workers removed the rubble left by the protest in the main square.",
    ],
)
def test_other_things_removed_are_no_removal_from_office(mentions, text):
    assert all(mode != "removal_from_office" for _, mode in _types(mentions, text))
