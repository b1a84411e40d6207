"""A day of the month told without its month ("el pasado 15", "el día 3", "el próximo 20",
"on the 15th") is the nearest such day not after the story's writing (not before it, for
what is coming)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

MAR5 = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        # the 15th has not come yet in March: the one of February
        (
            "Los deudos denunciaron la represión del pasado 15 en Juliaca.",
            "es",
            dt.date(2024, 2, 15),
        ),
        (
            "Los mineros bloquearon la carretera el pasado día 2 en Nasca.",
            "es",
            dt.date(2024, 3, 2),
        ),
        ("Soldiers opened fire on marchers on the 28th in Huamanga.", "en", dt.date(2024, 2, 28)),
        (
            "Los gremios convocaron a un paro para el próximo 20 en Cusco.",
            "es",
            dt.date(2024, 3, 20),
        ),
    ],
)
def test_a_bare_day_of_the_month_is_the_nearest_one(
    mentions: Callable[..., list[Mention]], text: str, language: str, day: dt.date
) -> None:
    found = mentions(text, language, MAR5)
    assert found, "nothing extracted"
    assert found[0].date is not None and found[0].date.value == day


def test_a_day_counted_in_an_action_is_no_day_of_the_month(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions("Los comuneros cumplen el día 15 de paro en Puno.", "es", MAR5)
    assert found and all(m.date is None or m.date.value != dt.date(2024, 2, 15) for m in found)
