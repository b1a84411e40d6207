"""A month or a day told "of that year" takes the year the story named last; "del año 2000"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

FEB = dt.date(2023, 2, 5)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "En el año 2000, el país vivió una crisis de legitimidad.\n"
            "En julio de aquel año, decenas de miles de peruanos marcharon en Lima.",
            "es",
            dt.date(2000, 7, 1),
        ),
        (
            "The crisis of 2000 is often recalled these days.\n"
            "In July of that year, tens of thousands of Peruvians marched on Lima.",
            "en",
            dt.date(2000, 7, 1),
        ),
        (
            "Fujimori renunció a la presidencia por fax en noviembre del año 2000.",
            "es",
            dt.date(2000, 11, 1),
        ),
        (
            "El 28 de julio del año 2000, miles de personas marcharon en Lima.",
            "es",
            dt.date(2000, 7, 28),
        ),
    ],
)
def test_the_year_a_date_refers_to(
    mentions: Callable[..., list[Mention]], text: str, language: str, value: dt.date
) -> None:
    found = [m for m in mentions(text, language, FEB) if m.date is not None]
    assert found
    assert found[-1].date is not None and found[-1].date.value == value


def test_without_that_year_a_new_paragraph_keeps_the_recent_month(
    mentions: Callable[..., list[Mention]],
) -> None:
    # "En julio" alone in a new paragraph is the last July before publication
    text = (
        "En el año 2000, el país vivió una crisis de legitimidad.\n"
        "En julio, decenas de miles de peruanos marcharon en Lima."
    )
    found = [m for m in mentions(text, "es", FEB) if m.date is not None]
    assert found and found[-1].date is not None
    assert found[-1].date.value == dt.date(2022, 7, 1)
