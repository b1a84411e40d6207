"""A shift with no amount ("días después", "days later") is some day in the week after the day
told, never that day itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

DEC28 = dt.date(2022, 12, 28)


@pytest.mark.parametrize(
    ("text", "language", "told"),
    [
        (
            "Police cleared the bridge in Juliaca on Monday. Days later, farmers blocked the "
            "road again.",
            "en",
            dt.date(2022, 12, 26),
        ),
        (
            "Soldiers killed ten people in Ayacucho on December 15. A few days later, police "
            "fired tear gas at marchers in Lima.",
            "en",
            dt.date(2022, 12, 15),
        ),
        (
            "Los militares mataron a diez personas en Ayacucho el 15 de diciembre. Días después, "
            "la policía dispersó con gases una marcha en Lima.",
            "es",
            dt.date(2022, 12, 15),
        ),
        (
            "La policía desalojó el lunes el puente en Juliaca. Unos días más tarde, los "
            "comuneros volvieron a bloquear la vía.",
            "es",
            dt.date(2022, 12, 26),
        ),
    ],
)
def test_days_later_is_a_window_after_the_day_told(
    mentions: Callable[..., list[Mention]], text: str, language: str, told: dt.date
) -> None:
    later = mentions(text, language, DEC28)[-1]
    d = later.date
    assert d is not None and d.precision == "week", d
    assert d.start == told + dt.timedelta(days=1)
    assert d.end is not None and told < d.end <= DEC28


def test_a_shift_with_its_amount_stays_a_day(mentions: Callable[..., list[Mention]]) -> None:
    text = (
        "Police cleared the bridge in Juliaca on Monday. Two days later, farmers blocked the road."
    )
    d = mentions(text, "en", DEC28)[-1].date
    assert d is not None and d.precision == "day" and d.value == DEC28


def test_days_after_something_told_counts_back_from_it(
    mentions: Callable[..., list[Mention]],
) -> None:
    # "Días después de la marcha" governs its clause: no window after the story's day
    text = "La policía desalojó el lunes el puente en Juliaca. Días después de la marcha, los comuneros bloquearon la vía."
    found = mentions(text, "es", DEC28)
    assert all(m.date is None or m.date.precision == "day" for m in found)
