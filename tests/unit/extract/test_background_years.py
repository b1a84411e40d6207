"""A day without a year that would fall most of a year before publication, in a story that
named an earlier year, takes that year: background told in a later paragraph ("Most of the
deaths came after Evo Morales resigned on Nov. 10") stays in the story's year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


@pytest.mark.parametrize(
    ("text", "language", "published", "day"),
    [
        (
            "Experts said the killings of November 2019 in El Alto were a massacre.\n\n"
            "At Senkata, troops opened fire on protesters on Nov. 19.",
            "en",
            dt.date(2021, 8, 17),
            dt.date(2019, 11, 19),
        ),
        (
            "Los expertos dijeron que las muertes de noviembre de 2019 en El Alto fueron una masacre.\n\n"
            "En Senkata, los militares dispararon contra los manifestantes el 19 de noviembre.",
            "es",
            dt.date(2021, 8, 17),
            dt.date(2019, 11, 19),
        ),
    ],
)
def test_a_day_most_of_a_year_back_takes_the_storys_year(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    day: dt.date,
) -> None:
    found = [m for m in mentions(text, language, published) if m.date is not None]
    assert day in [m.date.value for m in found], [(m.trigger.text, m.date) for m in found]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The 2019 crisis left 37 dead.\n\nPolice fired tear gas at protesters in La Paz on "
            "Jan. 9.",
            "en",
        ),
        (
            "La crisis de 2019 dejó 37 muertos.\n\nLa Policía lanzó gases contra los manifestantes "
            "en La Paz el 9 de enero.",
            "es",
        ),
    ],
)
def test_a_recent_day_keeps_its_year(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = [m for m in mentions(text, language, dt.date(2021, 2, 1)) if m.date is not None]
    assert dt.date(2021, 1, 9) in [m.date.value for m in found]
