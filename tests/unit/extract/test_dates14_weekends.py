"""A weekend (twenty-fifth session, dates14): "el fin de semana", "the weekend" is its Saturday
at week precision, running to its Sunday; the words around it say which one, as for a weekday
("el pasado fin de semana", "this past weekend", "last weekend", "este fin de semana", "next
weekend"), and a plan looks ahead."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract.dates import compile_dates, find_dates
from veeduria.models import Mention

D = dt.date
TUE = D(2023, 1, 3)  # a Tuesday, after the weekend of 31 December and 1 January
THU = D(2023, 1, 5)


@pytest.mark.parametrize(
    ("lang", "text", "published", "prefer", "start", "end"),
    [
        ("es", "el fin de semana", TUE, "past", D(2022, 12, 31), D(2023, 1, 1)),
        ("es", "el pasado fin de semana", TUE, "past", D(2022, 12, 31), D(2023, 1, 1)),
        ("es", "el fin de semana pasado", TUE, "past", D(2022, 12, 31), D(2023, 1, 1)),
        ("es", "durante el fin de semana", D(2023, 1, 1), "past", D(2022, 12, 31), D(2023, 1, 1)),
        ("es", "este fin de semana", THU, "future", D(2023, 1, 7), D(2023, 1, 8)),
        ("es", "el próximo fin de semana", THU, "future", D(2023, 1, 7), D(2023, 1, 8)),
        ("en", "over the weekend", TUE, "past", D(2022, 12, 31), D(2023, 1, 1)),
        ("en", "this past weekend", TUE, "past", D(2022, 12, 31), D(2023, 1, 1)),
        ("en", "last weekend", TUE, "past", D(2022, 12, 31), D(2023, 1, 1)),
        ("en", "this weekend", THU, "future", D(2023, 1, 7), D(2023, 1, 8)),
        ("en", "next weekend", THU, "future", D(2023, 1, 7), D(2023, 1, 8)),
    ],
)
def test_a_weekend(
    lang: str, text: str, published: dt.date, prefer: str, start: dt.date, end: dt.date
) -> None:
    found = find_dates(text, 0, len(text), published, compile_dates(lang), prefer=prefer)
    assert [(d.value, d.precision, d.start, d.end) for d in found] == [(start, "week", start, end)]


@pytest.mark.parametrize(
    ("lang", "text", "published", "day"),
    [
        # near misses: a weekday is still one day; weekends told as a habit name none
        ("es", "el sábado", TUE, D(2022, 12, 31)),
        ("en", "on Sunday", TUE, D(2023, 1, 1)),
    ],
)
def test_weekdays_stay_days(lang: str, text: str, published: dt.date, day: dt.date) -> None:
    found = find_dates(text, 0, len(text), published, compile_dates(lang))
    assert [(d.value, d.precision) for d in found] == [(day, "day")]


@pytest.mark.parametrize(
    "text", ["He volunteered at the hospital at weekends.", "Weekends are quiet in the capital."]
)
def test_weekends_as_a_habit(text: str) -> None:
    assert find_dates(text, 0, len(text), TUE, compile_dates("en")) == []


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "Cientos de jubilados marcharon el fin de semana por el centro de Quito.",
            "es",
            "marcharon",
            D(2022, 12, 31),
        ),
        (
            "Hundreds of pensioners marched through central Quito over the weekend.",
            "en",
            "marched",
            D(2022, 12, 31),
        ),
        (
            "Los jubilados anunciaron que volverán a marchar este fin de semana en Quito.",
            "es",
            "marchar",
            D(2023, 1, 7),
        ),
    ],
)
def test_weekend_events(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    found = [m for m in mentions(text, language, TUE) if m.trigger.text.lower() == word]
    assert found, [m.trigger.text for m in mentions(text, language, TUE)]
    assert found[0].date is not None
    assert (found[0].date.value, found[0].date.precision) == (day, "week")
