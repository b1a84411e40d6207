"""An event named after how long ago it was ("A un mes de la masacre", "a los tres días del
desalojo", "One year on from the massacre") happened that long before the day of the
sentence, or before the day the story is written when the sentence has none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

MAY20 = dt.date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "language", "mode", "day"),
    [
        (
            "A un mes de la masacre de Sacaba, los deudos marcharon hoy en Cochabamba.",
            "es",
            "firearms",
            dt.date(2024, 4, 20),
        ),
        (
            "A los tres días del desalojo de la plaza, los vecinos se concentraron hoy en Puno.",
            "es",
            "dispersal",
            dt.date(2024, 5, 17),
        ),
        (
            "One year on from the massacre in Sacaba, relatives marched through Cochabamba today.",
            "en",
            "firearms",
            dt.date(2023, 5, 20),
        ),
    ],
)
def test_an_event_named_at_a_distance_is_dated_that_long_before(
    mentions: Callable[..., list[Mention]], text: str, language: str, mode: str, day: dt.date
) -> None:
    found = [m for m in mentions(text, language, MAY20) if m.mode == mode]
    assert found, f"no {mode} extracted"
    assert found[0].date is not None and found[0].date.value == day


@pytest.mark.parametrize(
    "text",
    [
        # a duration inside a period is no distance
        "Los manifestantes marcharon durante tres días de la semana pasada en Lima.",
        "Los comuneros llegaron a dos kilómetros del puente y lo bloquearon la semana pasada.",
    ],
)
def test_a_duration_or_a_distance_in_space_is_not_a_date(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = mentions(text, "es", MAY20)
    assert found, "nothing extracted"
    d = found[0].date
    assert d is not None and d.precision == "week" and d.start == dt.date(2024, 5, 13)
