"""Hours that make whole days (twenty-fifth session, dates14): "hace 48 horas", "24 hours ago"
are two days and one before publication; "Cuarenta y ocho horas después", "48 hours later" count
two days from the day told. Hours that make no whole day ("dos horas
después") name no day, and an amount of hours after a `duration` word ("un paro de 48 horas
antes de la marcha") is how long, not when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract.dates import compile_dates, read_dates
from veeduria.models import Mention

D = dt.date
FRI = D(2023, 1, 20)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("es", "hace 48 horas", D(2023, 1, 18)),
        ("es", "hace veinticuatro horas", D(2023, 1, 19)),
        ("en", "24 hours ago", D(2023, 1, 19)),
        ("en", "72 hours ago", D(2023, 1, 17)),
    ],
)
def test_hours_ago(lang: str, text: str, value: dt.date) -> None:
    found = read_dates(text, 0, len(text), FRI, compile_dates(lang)).past
    assert [(d.value, d.precision) for d in found] == [(value, "day")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "hace tres horas"), ("en", "two hours ago"), ("en", "36 hours ago")],
)
def test_hours_that_make_no_day(lang: str, text: str) -> None:
    assert read_dates(text, 0, len(text), FRI, compile_dates(lang)).past == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los gremios anunciaron un paro de 48 horas antes de la marcha del jueves"),
        ("en", "The unions announced a strike for 48 hours after the vote on Thursday"),
        ("es", "Apenas dos horas después de la marcha, la policía detuvo a tres dirigentes"),
    ],
)
def test_no_shift_of_hours(lang: str, text: str) -> None:
    assert read_dates(text, 0, len(text), FRI, compile_dates(lang)).shifts == []


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "Hace 48 horas, la policía desalojó a los comuneros del puente Ramis.",
            "es",
            "desalojó",
            D(2023, 1, 18),
        ),
        (
            "Farmers blocked the Ramis bridge on Monday. Police cleared it 48 hours later and "
            "detained 12 people.",
            "en",
            "cleared",
            D(2023, 1, 18),
        ),
        (
            "Los comuneros marcharon el lunes en Juliaca. Cuarenta y ocho horas después, la "
            "policía desalojó el puente Ramis.",
            "es",
            "desalojó",
            D(2023, 1, 18),
        ),
    ],
)
def test_events_hours_away(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    found = [m for m in mentions(text, language, FRI) if m.trigger.text.lower() == word]
    assert found, [m.trigger.text for m in mentions(text, language, FRI)]
    assert found[0].date is not None and found[0].date.value == day
