"""Blockades, occupations, curfews and states of emergency told as going on are marked so
(``ONGOING_RULE``), as strikes are: the day told is a day the action was under way, and
resolution joins the report to the action that began before it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract.dates import ONGOING_REACH
from veeduria.models import ONGOING_RULE, Mention

MAR8 = dt.date(2024, 3, 8)


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [
        ("Los bloqueos continúan este viernes en la carretera a Oruro.", "es", "blockade"),
        ("Roads into Tarija remain blocked on Friday, truckers said.", "en", "blockade"),
        ("El bloqueo del puente de Yunguyo cumple su quinto día este viernes.", "es", "blockade"),
        ("The blockade of the border crossing entered its fifth day on Friday.", "en", "blockade"),
        ("Sigue vigente el toque de queda en la provincia de Chumbivilcas.", "es", "curfew"),
        (
            "The state of emergency remains in force in the Oruro region.",
            "en",
            "state_of_emergency",
        ),
        (
            "Estudiantes mantienen por tercer día la toma de la universidad en Sucre.",
            "es",
            "occupation",
        ),
    ],
)
def test_a_lasting_action_told_as_going_on_is_marked_going_on(
    mentions: Callable[..., list[Mention]], text: str, language: str, mode: str
) -> None:
    found = [m for m in mentions(text, language, MAR8) if m.mode == mode]
    assert found, f"no {mode} extracted"
    m = found[0]
    assert ONGOING_RULE in m.rules
    assert m.date is not None and m.date.end == m.date.value and m.date.value <= MAR8
    if m.date.precision == "week":
        # "cumple su quinto día", "por tercer día": the window reaches back to the day counted
        assert m.date.start is not None and m.date.start < m.date.value
    else:
        assert m.date.precision == "month"
        assert m.date.start == m.date.value - ONGOING_REACH


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los transportistas bloquearon este viernes la carretera a Oruro.", "es"),
        ("Truckers blocked the roads into Tarija on Friday.", "en"),
        ("El Gobierno declaró el viernes el toque de queda en Chumbivilcas.", "es"),
        # the curfew in force is the one the story declared: it takes that day
        (
            "El Gobierno declaró el lunes el toque de queda en Chumbivilcas. "
            "El viernes sigue vigente el toque de queda en Chumbivilcas.",
            "es",
        ),
    ],
)
def test_a_lasting_action_told_as_starting_is_not_going_on(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, MAR8)
    assert found, "nothing extracted"
    for m in found:
        assert ONGOING_RULE not in m.rules
