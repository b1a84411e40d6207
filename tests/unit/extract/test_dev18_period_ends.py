"""A date right after "until" / "hasta el" closes a period and dates no event (fourteenth session,
extract-dev18): "a federal intervention ... until 31 January" is of the day it was announced;
a range ("del 2 hasta el 6 de enero") still names its days."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Rioters stormed Congress on Sunday. The president decreed a federal intervention in "
            "the capital's public security until 31 January.",
            "en",
        ),
        (
            "Una turba asaltó el Congreso el domingo. El presidente decretó la intervención "
            "federal en la seguridad pública hasta el 31 de enero.",
            "es",
        ),
    ],
)
def test_the_end_of_a_period_is_no_event_date(mentions, text, language):
    found = mentions(text, language, published=dt.date(2023, 1, 9))
    decree = found[-1]  # the intervention, told after the day of the riot
    assert "interven" in decree.trigger.text.lower()
    assert decree.date is not None and decree.date.value == dt.date(2023, 1, 8)


def test_a_range_keeps_its_day(mentions):
    found = mentions("Los bloqueos se mantuvieron del 2 hasta el 6 de enero en Puno.", "es")
    assert found and found[0].date is not None
