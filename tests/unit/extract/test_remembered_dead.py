"""The dead a funeral march carries are remembered, not killed there; a denial told after it is
of the deadly incident, not of the funeral's day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Last Thursday, police fired tear gas at thousands of mourners who had walked to "
            "central La Paz with the coffins of the Senkata dead.",
            "en",
        ),
        (
            "On Monday police fired tear gas at mourners carrying portraits of the dead through "
            "Juliaca.",
            "en",
        ),
        (
            "El jueves, la policía lanzó gases lacrimógenos contra los deudos que cargaban los "
            "ataúdes de los muertos de Senkata.",
            "es",
        ),
    ],
)
def test_tear_gas_at_mourners_is_an_intervention(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = [m for m in mentions(text, language, dt.date(2019, 11, 28)) if m.mode == "tear_gas"]
    assert found and found[0].sub_event_type == "Protest with intervention", found


def test_a_denial_is_of_the_deadly_incident_not_of_the_funeral(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "The shooting of coca growers in Sacaba on November 15 and the deaths outside the fuel "
        "plant in El Alto four days later were the bloodiest episodes of the crisis.\n\n"
        "Last Thursday, police fired tear gas at thousands of mourners who had walked to central "
        "La Paz with the coffins of the Senkata dead.\n\n"
        "The defence minister still maintains that no soldier fired at civilians."
    )
    found = mentions(text, "en", dt.date(2019, 11, 28))
    denial = [m for m in found if m.factuality == "negated"]
    assert denial and denial[0].date is not None
    assert denial[0].date.value == dt.date(2019, 11, 19)
