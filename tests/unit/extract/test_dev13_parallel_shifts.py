"""Two incidents counted back in one sentence (session extract-dev13).

"Doce días después de la balacera en el puente de Huayllani y ocho después del desbloqueo de
Senkata, las preguntas siguen sin respuesta": beside a shooting, the clearing of another town is
an incident of the same kind, and both shifts count from the day the sentence speaks from (the
publication), not the second from the day the first gave.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

NOV27 = dt.date(2019, 11, 27)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Doce días después de la balacera en el puente de Huayllani y ocho después del "
            "desbloqueo de Senkata, las preguntas siguen sin respuesta.",
            "es",
        ),
        (
            "Twelve days after the shooting at the Huayllani bridge and eight after the clearing "
            "of Senkata, the questions remain unanswered.",
            "en",
        ),
    ],
)
def test_parallel_shifts_count_from_the_same_day(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, NOV27)
    got = [
        (
            m.sub_event_type,
            m.location.name if m.location else None,
            m.date.value if m.date else None,
        )
        for m in found
    ]
    assert got == [
        ("Excessive force against protesters", "Sacaba", dt.date(2019, 11, 15)),
        ("Excessive force against protesters", "El Alto", dt.date(2019, 11, 19)),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # no shooting before it: a clearing beside a march is no second shooting
        ("La marcha en Sacaba y el desbloqueo de Senkata fueron noticia la semana pasada.", "es"),
        ("The march in Sacaba and the clearing of Senkata made the news last week.", "en"),
    ],
)
def test_a_clearing_beside_a_march_is_no_shooting(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, NOV27)
    assert not [m for m in found if m.sub_event_type == "Excessive force against protesters"]
