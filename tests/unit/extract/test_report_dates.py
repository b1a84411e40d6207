"""A day that tells when a report came out does not date the incident the report tells of."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

MAR10 = dt.date(2023, 3, 10)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Policías dispararon contra los manifestantes el lunes 6 de marzo en Juliaca. Según "
            "el informe, publicado este jueves, los agentes usaron perdigones contra la multitud.",
            "es",
        ),
        (
            "Police fired on protesters on Monday, March 6, in Juliaca. The report, released on "
            "Thursday, says officers shot pellets at the crowd.",
            "en",
        ),
        (
            "Militares dispararon el lunes 6 de marzo contra una marcha en Ilave. El comunicado "
            "difundido el jueves afirma que los soldados dispararon contra los manifestantes.",
            "es",
        ),
    ],
)
def test_the_day_a_report_came_out_is_not_the_incidents(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, MAR10)
    assert len(found) >= 2, found
    assert all(m.date is not None and m.date.value == dt.date(2023, 3, 6) for m in found), [
        (m.trigger.text, m.date) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        # the event's own day stays its own
        ("La policía detuvo el jueves a 20 manifestantes en Puno.", "es", dt.date(2023, 3, 9)),
        # a decree's publication is the act: "publicado anoche" dates the declaration
        (
            "El Gobierno declaró el estado de emergencia en Puno, según el decreto supremo "
            "publicado el jueves en el diario oficial.",
            "es",
            dt.date(2023, 3, 9),
        ),
    ],
)
def test_other_days_still_date_their_events(
    mentions: Callable[..., list[Mention]], text: str, language: str, day: dt.date
) -> None:
    found = mentions(text, language, MAR10)
    assert found
    assert found[0].date is not None and found[0].date.value == day
