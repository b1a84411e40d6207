"""An anniversary told as "a year ago today" or "a year ago this week" is that day or week a
year back, and history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN9 = dt.date(2024, 1, 9)


@pytest.mark.parametrize(
    ("text", "language", "precision"),
    [
        (
            "JULIACA.– Un día como hoy, hace un año, la policía mató a balazos a 17 personas.",
            "es",
            "day",
        ),
        ("JULIACA — Today, a year ago, police shot dead 17 people near the airport.", "en", "day"),
        (
            "AYACUCHO — A year ago this week, soldiers killed ten protesters in Ayacucho.",
            "en",
            "week",
        ),
        (
            "AYACUCHO.– Hace un año esta semana, los militares mataron a diez manifestantes.",
            "es",
            "week",
        ),
    ],
)
def test_an_anniversary_is_a_day_or_week_a_year_back(
    mentions: Callable[..., list[Mention]], text: str, language: str, precision: str
) -> None:
    found = mentions(text, language, JAN9)
    assert found, "nothing extracted"
    m = found[0]
    assert m.factuality == "historical"
    assert m.date is not None and m.date.precision == precision
    assert m.date.value == dt.date(2023, 1, 9)
