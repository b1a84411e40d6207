"""The day of an act threatened lies ahead, as a plan's does (blind17, ``_threatened_act``).

"Have threatened to block the highway again on Tuesday", in a report of a Sunday, is the
coming Tuesday; a weekday told before the threat is the day it was made. Passages written for
these tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

SUNDAY = dt.date(2023, 1, 22)

CASES = [
    # the act threatened, then its day: the coming one
    (
        "Miners have threatened to block the highway again at Yauca on Tuesday if the "
        "detainees are not released.",
        "en",
        "block",
        "2023-01-24",
    ),
    (
        "Los mineros amenazaron con bloquear nuevamente la carretera el martes si no liberan "
        "a los detenidos.",
        "es",
        "bloquear",
        "2023-01-24",
    ),
    # near misses: the day told before the threat is when it was made; an act done keeps its
    # past day
    ("On Thursday, miners threatened to block the highway at Yauca.", "en", "block", "2023-01-19"),
    (
        "El jueves, los mineros amenazaron con bloquear la carretera en Yauca.",
        "es",
        "bloquear",
        "2023-01-19",
    ),
    ("On Tuesday, miners blocked the highway at Yauca.", "en", "blocked", "2023-01-17"),
    ("El martes los mineros bloquearon la carretera en Yauca.", "es", "bloquearon", "2023-01-17"),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "want"), CASES)
def test_threatened_act_day_lies_ahead(
    mentions: Callable[..., list[Mention]], text: str, lang: str, trigger: str, want: str
) -> None:
    found = [m for m in mentions(text, lang, SUNDAY) if trigger in m.trigger.text.lower()]
    assert found and found[0].date is not None
    assert found[0].date.value.isoformat() == want
