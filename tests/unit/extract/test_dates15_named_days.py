"""A day written as a word and its month, both capitalised inside a sentence, is a name
(twenty-sixth session, dates15): "en el municipio Diez de Octubre", "por la avenida Primero de
Mayo" name a place; "el diez de octubre" and a capitalised day that opens its sentence are
days."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from veeduria.extract.dates import compile_dates, find_dates

PUBLISHED = dt.date(2021, 7, 12)
FRAMES = [
    "En la esquina de Toyo, en el municipio {name}, un grupo volcó un patrullero.",
    "Los manifestantes avanzaron por la avenida {name} hacia el centro.",
    "Decenas de vecinos se reunieron frente al colegio {name}.",
]
NAMES = ["Diez de Octubre", "Primero de Mayo", "Dos de Mayo", "Cinco de Julio"]


@pytest.mark.parametrize(("frame", "name"), list(itertools.product(FRAMES, NAMES)))
def test_a_capitalised_day_in_words_is_a_name(frame: str, name: str) -> None:
    text = frame.format(name=name)
    found = find_dates(text, 0, len(text), PUBLISHED, compile_dates("es"))
    assert not [d for d in found if d.precision == "day"], found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Los vecinos marcharon el diez de octubre por el centro.", dt.date(2020, 10, 10)),
        ("Diez de Octubre fue el día más violento del año.", dt.date(2020, 10, 10)),
        ("Los vecinos marcharon el 10 de octubre por el centro.", dt.date(2020, 10, 10)),
    ],
)
def test_days_in_running_text_stay(text: str, day: dt.date) -> None:
    found = find_dates(text, 0, len(text), PUBLISHED, compile_dates("es"))
    assert [d.value for d in found if d.precision == "day"] == [day]
