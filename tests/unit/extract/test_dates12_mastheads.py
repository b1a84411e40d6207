"""A day word that ends an outlet's name on a masthead ("EL ALTIPLANO HOY – Crónica", "ANDES
TODAY | Peru") is a name, not the publication day (`dates._masthead_name`; twenty-first
session, dates12)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract.dates import compile_dates, find_dates
from veeduria.models import Mention

JAN9 = dt.date(2025, 1, 9)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("EL ALTIPLANO HOY – Crónica\nJuliaca recuerda a sus muertos", "es"),
        ("DIARIO DEL SUR HOY\nLos deudos marcharon por el centro", "es"),
        ("ANDES TODAY | Peru\nJuliaca remembers its dead", "en"),
    ],
)
def test_a_masthead_name_is_no_day(text: str, language: str) -> None:
    rules = compile_dates(language)
    assert find_dates(text, 0, len(text), JAN9, rules) == []


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        # near misses: a headline that goes on after the day word, a day word that opens its
        # line, a day word in lower case, a masthead-like line below the first
        ("PARO NACIONAL HOY EN PUNO\nLos gremios cerraron las vías", "es", "HOY"),
        ("Crónica\nHOY: paro en Juliaca", "es", "HOY"),
        ("El Altiplano hoy – Crónica\nJuliaca recuerda a sus muertos", "es", "hoy"),
        ("Puno\nTHE SOUTH TODAY | Peru", "en", "TODAY"),
    ],
)
def test_other_capitals_keep_the_day(text: str, language: str, day: str) -> None:
    rules = compile_dates(language)
    found = find_dates(text, 0, len(text), JAN9, rules)
    assert [d.text for d in found] == [day]
    assert found[0].value == JAN9


def test_the_story_keeps_its_day_under_a_masthead(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "ANDES TODAY | Peru\n"
        "Juliaca remembers its dead\n\n"
        "Two years ago, on 9 January 2023, police opened fire on protesters outside the "
        'airport. "The shooting went on until night", a neighbour recalls.',
        "en",
        JAN9,
    )
    shooting = [m for m in found if m.trigger.text == "shooting"]
    assert shooting
    assert shooting[0].date is not None
    assert shooting[0].date.value == dt.date(2023, 1, 9)
