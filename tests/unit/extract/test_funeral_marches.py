"""A funeral march ("marcha fúnebre") and the coffins it carries ("los féretros de sus
muertos") are a commemoration: the dead are remembered, and the police's tear gas at the march
is an intervention, not deadly force."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


@pytest.mark.parametrize(
    "text",
    [
        "En La Paz, la Policía dispersó ayer con gases lacrimógenos la marcha fúnebre con la que "
        "los vecinos de Senkata bajaron los féretros de sus muertos hasta la plaza San Francisco.",
        "La Policía lanzó gases contra los vecinos que cargaban los ataúdes de sus muertos "
        "por el centro de Juliaca el jueves.",
    ],
)
def test_tear_gas_at_a_funeral_march_is_an_intervention(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = mentions(text, "es", dt.date(2019, 11, 22))
    assert [m.sub_event_type for m in found] == ["Protest with intervention"], found


def test_a_funeral_march_is_a_peaceful_protest(mentions: Callable[..., list[Mention]]) -> None:
    text = (
        "Miles de vecinos acompañaron el jueves la marcha fúnebre hasta el cementerio de Juliaca."
    )
    found = mentions(text, "es", dt.date(2023, 1, 13))
    assert [m.sub_event_type for m in found] == ["Peaceful protest"], found
