"""An event held "on the anniversary" of an incident told before, dated only by a month or a
year ("last month", "en diciembre"), is on that incident's day of the month in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

FEB10 = dt.date(2025, 2, 10)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "In Sacaba, soldiers killed nine coca growers on 15 January 2020. "
            "Relatives held a vigil at the bridge on the anniversary last month.",
            "en",
            dt.date(2025, 1, 15),
        ),
        (
            "En Juliaca, 17 personas murieron el 9 de enero de 2023. "
            "Los deudos marcharon en el aniversario, el mes pasado, hasta el aeropuerto.",
            "es",
            dt.date(2025, 1, 9),
        ),
        (
            "In Ayacucho, soldiers shot dead ten people on 15 December 2022. "
            "On the anniversary in 2023, families marched to the airport.",
            "en",
            dt.date(2023, 12, 15),
        ),
    ],
)
def test_an_event_on_the_anniversary_takes_the_incident_day(
    mentions: Callable[..., list[Mention]], text: str, language: str, day: dt.date
) -> None:
    found = [m for m in mentions(text, language, FEB10) if m.mode in ("vigil", "march")]
    assert found, "no commemoration extracted"
    assert found[-1].date is not None and found[-1].date.value == day
