"""A strike told as going on is dated by a window ending on the day of the report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract.dates import ONGOING_REACH
from veeduria.models import ONGOING_RULE, Mention

FEB4 = dt.date(2023, 2, 4)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("PUNO, 4 de febrero. El paro regional indefinido continúa este sábado en Puno.", "es"),
        ("PUNO, Feb. 4 — In Puno, the regional strike entered its second month on Saturday.", "en"),
        (
            "PUNO, Feb. 4 — Communities in Puno were still observing the regional strike on Saturday.",
            "en",
        ),
        ("Los dirigentes anunciaron el sábado que el paro regional seguirá en Puno.", "es"),
    ],
)
def test_a_strike_told_as_going_on_gets_a_window_ending_on_its_day(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    strikes = [m for m in mentions(text, language, FEB4) if m.mode == "strike"]
    assert strikes, "no strike extracted"
    m = strikes[0]
    assert ONGOING_RULE in m.rules
    assert m.date is not None and m.date.precision == "month"
    assert m.date.end == m.date.value and m.date.start == m.date.value - ONGOING_REACH
    assert m.date.value <= FEB4


@pytest.mark.parametrize(
    ("text", "language", "strike"),
    [
        ("El paro regional indefinido comenzó este sábado en Puno.", "es", True),
        ("The regional strike began in Puno on Saturday.", "en", True),
        # "since" gives the day the strike began: the window is not needed
        ("The regional strike has been on in Puno since Jan. 4 and still goes on.", "en", True),
        # a march is not held by a territory over weeks
        ("Miles de personas siguen marchando en Puno este sábado.", "es", False),
    ],
)
def test_a_strike_told_as_starting_keeps_its_day(
    mentions: Callable[..., list[Mention]], text: str, language: str, strike: bool
) -> None:
    found = mentions(text, language, FEB4)
    assert found, "nothing extracted"
    assert any(m.mode == "strike" for m in found) == strike
    for m in found:
        assert ONGOING_RULE not in m.rules
        if m.mode == "strike" and m.date is not None:
            assert m.date.precision == "day"
