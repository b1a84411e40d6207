"""The dead of two towns counted in one sentence, each with its figure, are two incidents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


@pytest.mark.parametrize(
    ("text", "language", "towns"),
    [
        (
            "Los militares dispararon contra los manifestantes: hubo tres muertos en Juliaca y "
            "dos fallecidos en Ilave.",
            "es",
            {("San Román", 3), ("El Collao", 2)},
        ),
        (
            "La policía reprimió las marchas del viernes, con cuatro muertos en Ayacucho, y seis "
            "fallecidos en Andahuaylas.",
            "es",
            {("Huamanga", 4), ("Andahuaylas", 6)},
        ),
    ],
)
def test_two_towns_with_their_dead_are_two_incidents(
    mentions: Callable[..., list[Mention]], text: str, language: str, towns: set[tuple[str, int]]
) -> None:
    found = mentions(text, language, dt.date(2023, 1, 10))
    got = {
        (m.location.admin2 if m.location else None, m.killed.value if m.killed else None)
        for m in found
    }
    assert got == towns, [(m.trigger.text, m.location, m.killed) for m in found]


def test_one_town_with_its_dead_and_wounded_stays_one_incident(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = "Los militares dispararon contra los manifestantes en Juliaca: hubo tres muertos y dos heridos."
    found = mentions(text, "es", dt.date(2023, 1, 10))
    assert len(found) == 1
