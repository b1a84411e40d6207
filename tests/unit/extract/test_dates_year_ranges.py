"""A stretch of years ("entre 1983 y 1984", "between 1990 and 2000", "de 1984 a 1995") dates
what a recollection tells: its first year, with a window to the end of the last."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JUN20 = dt.date(2024, 6, 20)


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        (
            "Los restos fueron velados ayer en el cuartel, donde decenas de campesinos fueron "
            "desaparecidos entre 1983 y 1985, según la Comisión de la Verdad.",
            "es",
            1983,
            1985,
        ),
        (
            "The bodies were buried on Wednesday near the base, where soldiers raped dozens of "
            "women between 1990 and 1996, according to the truth commission.",
            "en",
            1990,
            1996,
        ),
        (
            "Ayer se presentó el informe: en Putis, soldados asesinaron a comuneros de 1984 a "
            "1986, según la Fiscalía.",
            "es",
            1984,
            1986,
        ),
    ],
)
def test_a_stretch_of_years_dates_the_recollection(
    mentions: Callable[..., list[Mention]], text: str, language: str, first: int, last: int
) -> None:
    found = [m for m in mentions(text, language, JUN20) if m.event_type != "Protests"]
    assert found, "no event extracted"
    d = found[-1].date
    assert d is not None and d.precision == "year"
    assert d.start == dt.date(first, 1, 1) and d.end == dt.date(last, 12, 31)


def test_a_lasting_action_counted_in_days_is_not_a_distance(
    mentions: Callable[..., list[Mention]],
) -> None:
    # "al cumplirse 24 días del paro": how long the strike has lasted on Monday
    found = mentions(
        "Al cumplirse 24 días del paro indefinido, los comuneros marcharon el lunes en Cocachacra.",
        "es",
        JUN20,
    )
    strikes = [m for m in found if m.mode == "strike"]
    assert strikes and strikes[0].date is not None
    assert strikes[0].date.value == dt.date(2024, 6, 17)
