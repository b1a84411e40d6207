"""A state told as still holding is of the report's day; a curfew or an emergency told as in
force is the one the story declared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

THU12 = dt.date(2023, 1, 12)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Los comuneros bloquearon el lunes la vía en Juliaca. En Ilave persiste el bloqueo.",
            "es",
        ),
        (
            "Los transportistas marcharon el martes en Puno. En Desaguadero persisten los "
            "bloqueos de la carretera.",
            "es",
        ),
        ("Farmers blocked the road in Juliaca on Monday. In Ilave the blockade persists.", "en"),
        ("Truckers marched in Puno on Tuesday. Near Chala, the highway remains blocked.", "en"),
    ],
)
def test_a_state_still_holding_is_of_the_report_day(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, THU12)
    last = found[-1]
    assert last.mode == "blockade", [(m.trigger.text, m.mode) for m in found]
    assert last.date is not None and last.date.value == THU12


def test_a_state_in_a_live_entry_is_of_the_day_it_was_posted(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Minuto a minuto de la situación en la ciudad tras la jornada del martes 10 de enero.\n\n"
        "07:10 Manifestantes marcharon ayer por el centro de Juliaca.\n\n"
        "10:15 Policías patrullan desde la madrugada el puente, donde persiste el bloqueo.\n"
    )
    found = [m for m in mentions(text, "es", dt.date(2023, 1, 11)) if m.mode == "blockade"]
    assert found and found[0].date is not None
    assert found[0].date.value == dt.date(2023, 1, 11)


@pytest.mark.parametrize(
    ("text", "language", "declared"),
    [
        # the declaration told before
        (
            "El gobierno decretó el sábado el toque de queda en Puno. Este lunes sigue vigente "
            "el toque de queda en la región.",
            "es",
            dt.date(2023, 1, 7),
        ),
        # the declaration told after
        (
            "La ciudad de Puno amaneció este domingo bajo toque de queda. La presidenta decretó "
            "el sábado el toque de queda en la región.",
            "es",
            dt.date(2023, 1, 7),
        ),
        (
            "The government imposed a curfew in Puno on Saturday. On Monday the city woke up "
            "under curfew.",
            "en",
            dt.date(2023, 1, 7),
        ),
        (
            "A state of emergency was declared in Cusco on Sunday. By Wednesday the state of "
            "emergency remained in force in the region.",
            "en",
            dt.date(2023, 1, 8),
        ),
    ],
)
def test_a_measure_in_force_is_the_one_declared(
    mentions: Callable[..., list[Mention]], text: str, language: str, declared: dt.date
) -> None:
    found = [
        m for m in mentions(text, language, THU12) if m.mode in ("curfew", "state_of_emergency")
    ]
    assert len(found) == 2, [(m.trigger.text, m.mode) for m in found]
    assert {m.date.value if m.date else None for m in found} == {declared}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("En Puno sigue vigente el toque de queda.", "es"),
        ("In Puno, the curfew remains in place.", "en"),
    ],
)
def test_a_measure_in_force_with_no_declaration_is_of_the_report_day(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = [m for m in mentions(text, language, THU12) if m.mode == "curfew"]
    assert found and found[0].date is not None and found[0].date.value == THU12


def test_a_curfew_declared_elsewhere_is_not_the_one_in_force(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "El gobierno decretó el sábado el toque de queda en Lima. En Puno sigue vigente el "
        "toque de queda."
    )
    found = [m for m in mentions(text, "es", THU12) if m.mode == "curfew"]
    assert [m.date.value if m.date else None for m in found] == [dt.date(2023, 1, 7), THU12]
