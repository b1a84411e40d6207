"""A lead sentence with no event word sets the story's day; a day written with its year deep in
that sentence ("sobre los hechos ocurridos en la noche del lunes 3 de mayo de 2021:") is the
story's day, while a dateline's day at the head of its line is not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


@pytest.mark.parametrize(
    ("text", "language", "published", "day"),
    [
        (
            "La Policía Metropolitana se permite informar a la opinión pública sobre los hechos "
            "ocurridos en la noche del lunes 3 de mayo de 2021:\n\n"
            "1. En el sector de Siloé, una patrulla fue atacada con piedras por manifestantes.",
            "es",
            dt.date(2021, 5, 4),
            dt.date(2021, 5, 3),
        ),
        (
            "The ministry issued the following statement on the events of the night of Monday, "
            "May 3, 2021:\n\n"
            "Protesters attacked a police post in Siloé with stones and firebombs.",
            "en",
            dt.date(2021, 5, 5),
            dt.date(2021, 5, 3),
        ),
    ],
)
def test_a_lead_day_with_its_year_dates_the_story(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    day: dt.date,
) -> None:
    found = mentions(text, language, published)
    assert found and all(m.date is not None and m.date.value == day for m in found), [
        (m.trigger.text, m.date) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Puno, 9 de enero de 2023.– Miles de comuneros marcharon por el centro de la ciudad.",
            "es",
        ),
        ("JULIACA, Peru, Jan. 9, 2023 - Thousands of farmers marched through the city.", "en"),
    ],
)
def test_a_datelines_day_with_its_year_is_not_the_events(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, dt.date(2023, 1, 10))
    assert found and all(m.date is None or m.date.value != dt.date(2023, 1, 9) for m in found)
