"""A day and month a few weeks after publication, told with no plan, call, hedge or condition,
is last year's (extract-dev14): an anniversary explainer retells the days of a year before.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 12, 7)


def _event(mentions, text: str, language: str, word: str):
    found = [m for m in mentions(text, language, PUBLISHED) if word in m.trigger.text]
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "On December 15, soldiers fired on crowds near the airport in Ayacucho.",
            "en",
            "fired",
            15,
        ),
        ("On December 11, thousands of protesters marched to the airport.", "en", "marched", 11),
        (
            "El 15 de diciembre, los militares dispararon contra la multitud en Ayacucho.",
            "es",
            "dispar",
            15,
        ),
        (
            "El 12 de diciembre la policía detuvo a 20 manifestantes en Andahuaylas.",
            "es",
            "detuvo",
            12,
        ),
    ],
)
def test_day_told_without_plan_is_last_years(
    mentions, text: str, language: str, word: str, day: int
) -> None:
    m = _event(mentions, text, language, word)
    assert m.date is not None and m.date.value == dt.date(2022, 12, day)
    assert m.factuality != "planned"


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        # a call, a plan or a hedge awaits the coming day
        ("Families have called for a vigil on December 15 at the cemetery.", "en", "vigil", 15),
        ("The unions will march to Congress on December 14.", "en", "march", 14),
        ("Los gremios marcharán hacia el Congreso el 14 de diciembre.", "es", "marchar", 14),
        ("Los maestros podrían iniciar una huelga para el 13 de diciembre.", "es", "huelga", 13),
    ],
)
def test_awaited_day_stays_ahead(mentions, text: str, language: str, word: str, day: int) -> None:
    m = _event(mentions, text, language, word)
    assert m.date is not None and m.date.value == dt.date(2023, 12, day)
