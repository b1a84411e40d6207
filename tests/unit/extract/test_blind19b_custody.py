"""A state of being held is no new arrest (twenty-fourth session, blind19b).

"remains in custody", "sigue detenido": the person was arrested before, in this story or in
another; the sentence tells no arrest. With a figure of the held ("at least 40 protesters remain
in custody", "doce personas siguen detenidas") the sentence gives the arrests' count, as the dev
convention codes it (an Arrests mention with the count).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _arrests(found: list[Mention]) -> list[int | None]:
    return [
        m.detained.value if m.detained is not None else None
        for m in found
        if m.mode == "arrest" or m.sub_event_type == "Arrests"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The former governor, who was removed by the regional council last month, remains "
            "in custody in Cusco.",
            "en",
        ),
        ("The union's leader remains in pretrial detention, his lawyer said.", "en"),
        ("El exalcalde, destituido por el Concejo el mes pasado, sigue detenido en Cusco.", "es"),
        ("La dirigente permanece detenida en la comisaría, dijo su abogado.", "es"),
    ],
)
def test_blind19b_held_is_no_arrest(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _arrests(mentions(text, language, dt.date(2023, 1, 10))) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near miss: the arrest told, then the state: one arrest, the first sentence's
        (
            "Police arrested a union leader in Cusco on Monday. The leader remains in custody.",
            "en",
        ),
        (
            "La policía detuvo a un dirigente en Cusco el lunes. El dirigente sigue detenido.",
            "es",
        ),
    ],
)
def test_blind19b_arrest_then_held_is_one_arrest(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _arrests(mentions(text, language, dt.date(2023, 1, 10))) == [1]


@pytest.mark.parametrize(
    ("text", "language", "held"),
    [
        # near miss: a figure of the held is the arrests' count
        (
            "Protesters clashed with police in Puno on Monday. At least 40 protesters remain in "
            "custody.",
            "en",
            40,
        ),
        (
            "Los manifestantes se enfrentaron a la policía en Otavalo el lunes. Doce personas "
            "siguen detenidas.",
            "es",
            12,
        ),
    ],
)
def test_blind19b_held_with_a_figure_counts(
    mentions: Callable[..., list[Mention]], text: str, language: str, held: int
) -> None:
    found = mentions(text, language, dt.date(2023, 1, 10))
    assert [m.detained.value for m in found if m.detained is not None] == [held]
