"""A day followed by the month or the year it falls in, counted from publication (twenty-fifth
session, dates14; `period_of_day` in date_words.yaml): "el 18 del presente mes", "el día 28 del
mes pasado", "on the 28th of last month" are that day of that month; "el 9 de enero del año
pasado", "on January 9 last year" are that day and month of that year. Alone, "el año
pasado", "last month" stay periods."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract.dates import compile_dates, read_dates
from veeduria.models import Mention

D = dt.date
PUB = D(2023, 6, 20)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("es", "el 18 del presente mes", D(2023, 6, 18)),
        ("es", "el día 18 del mes en curso", D(2023, 6, 18)),
        ("es", "el 12 de los corrientes", D(2023, 6, 12)),
        ("es", "el 28 del mes pasado", D(2023, 5, 28)),
        ("es", "el día 31 del mes anterior", D(2023, 5, 31)),
        ("es", "el 9 de enero del año pasado", D(2022, 1, 9)),
        ("es", "el 9 de enero de este año", D(2023, 1, 9)),
        ("en", "on the 28th of last month", D(2023, 5, 28)),
        ("en", "the 18th of this month", D(2023, 6, 18)),
        ("en", "on January 9 last year", D(2022, 1, 9)),
        ("en", "January 9 of last year", D(2022, 1, 9)),
        ("en", "on 9 January this year", D(2023, 1, 9)),
    ],
)
def test_a_day_of_a_period(lang: str, text: str, value: dt.date) -> None:
    found = read_dates(text, 0, len(text), PUB, compile_dates(lang)).past
    assert [(d.value, d.precision) for d in found] == [(value, "day")]


@pytest.mark.parametrize(
    ("lang", "text", "dates"),
    [
        # near misses: a period alone, or after no day; a day with its own year; a count
        ("en", "protests last year", [(D(2022, 1, 1), "year")]),
        ("en", "the 17 people killed last month", [(D(2023, 5, 1), "month")]),
        ("es", "el 9 de enero de 2021 del año pasado", [(D(2021, 1, 9), "day")]),
        ("en", "on Monday last week", [(D(2023, 6, 12), "day")]),
        ("es", "los 17 muertos del mes pasado", []),
        ("es", "el 31 del presente mes", []),  # June has no 31st
    ],
)
def test_no_day_of_a_period(lang: str, text: str, dates: list[tuple[dt.date, str]]) -> None:
    found = read_dates(text, 0, len(text), PUB, compile_dates(lang)).past
    assert [(d.value, d.precision) for d in found] == dates


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "Según el parte policial, los efectivos desalojaron a los manifestantes el día 18 "
            "del presente mes en el puente Ramis.",
            "es",
            "desalojaron",
            D(2023, 6, 18),
        ),
        (
            "Los familiares recordaron la masacre del 9 de enero del año pasado, cuando 18 "
            "personas murieron en Juliaca.",
            "es",
            "masacre",
            D(2022, 1, 9),
        ),
        (
            "Relatives recalled that soldiers shot dead 10 people on January 9 last year.",
            "en",
            "shot dead",
            D(2022, 1, 9),
        ),
        # a year told before in the paragraph does not move it
        (
            "In 2021 there were protests in Juliaca. Relatives recalled that soldiers shot dead "
            "10 people on January 9 last year.",
            "en",
            "shot dead",
            D(2022, 1, 9),
        ),
        (
            "En 2021 hubo protestas en Juliaca. Los efectivos desalojaron a los manifestantes el "
            "día 18 del presente mes en el puente Ramis.",
            "es",
            "desalojaron",
            D(2023, 6, 18),
        ),
    ],
)
def test_events_on_a_day_of_a_period(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    found = [m for m in mentions(text, language, PUB) if m.trigger.text.lower() == word]
    assert found, [m.trigger.text for m in mentions(text, language, PUB)]
    assert found[0].date is not None and found[0].date.value == day
