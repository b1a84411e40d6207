"""A day and month told again with no year, after a sentence gave them with theirs ("el 9 de
enero de 2023 ... la Asociación de Víctimas del 9 de Enero" in a text of 9 January 2024), is
that day, not this year's (`pipeline._year_of_day_told`; twenty-first session, dates12)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN9_2024 = dt.date(2024, 1, 9)


def _day(found: list[Mention], word: str) -> dt.date | None:
    hits = [m for m in found if m.trigger.text.startswith(word)]
    assert hits, f"no event on {word!r}: {[m.trigger.text for m in found]}"
    date = hits[0].date
    return date.value if date is not None else None


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "Hace exactamente un año, el 9 de enero de 2023, la policía disparó contra los "
            "manifestantes frente al aeropuerto de Juliaca.\n\n"
            "Según los deudos, la policía lanzó gases lacrimógenos el 9 de enero incluso dentro "
            "del hospital.",
            "es",
            "gases",
            dt.date(2023, 1, 9),
        ),
        (
            "A year ago, on 9 January 2023, police fired on protesters outside the airport in "
            "Juliaca.\n\n"
            "According to relatives, police fired tear gas on 9 January even inside the hospital "
            "grounds.",
            "en",
            "tear gas",
            dt.date(2023, 1, 9),
        ),
        # near miss: a day pointed at by "este" is this year's
        (
            "Hace exactamente un año, el 9 de enero de 2023, la policía disparó contra los "
            "manifestantes frente al aeropuerto de Juliaca.\n\n"
            "Este 9 de enero, unas dos mil personas marcharon hasta el aeropuerto.",
            "es",
            "marcharon",
            JAN9_2024,
        ),
        # near miss: another day and month keeps the year nearest publication
        (
            "A year ago, on 9 January 2023, police fired on protesters outside the airport in "
            "Juliaca.\n\n"
            "On 8 January, about two thousand people marched to the airport.",
            "en",
            "marched",
            dt.date(2024, 1, 8),
        ),
    ],
)
def test_a_day_told_again_keeps_its_year(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    assert _day(mentions(text, language, JAN9_2024), word) == day


def test_a_coming_day_told_again_is_this_years(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: a plan for the anniversary, told before it
    found = mentions(
        "El 9 de enero de 2023, la policía disparó contra los manifestantes en Juliaca.\n\n"
        "Los familiares marcharán el 9 de enero hasta el aeropuerto.",
        "es",
        dt.date(2024, 1, 5),
    )
    assert _day(found, "marcharán") == JAN9_2024
