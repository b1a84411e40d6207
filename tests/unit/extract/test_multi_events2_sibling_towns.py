"""Two incidents of one kind told in sibling clauses, each in a town of its own (twenty-sixth
session, multi-events2).

"Farmers blocked the highway in Juliaca on Monday, and in Cusco students blocked the bridge": the
clause after ", and" or ";" has its own event word and its own town, none of the first clause's;
it is a second incident of the same kind. The same clause in the same town, or after a first
clause that names no town, adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

_TOWNS = [("Juliaca", "Cusco"), ("Ilave", "Abancay"), ("Andahuaylas", "Ayacucho")]

_EN = [
    "Farmers blocked the highway in {a} on Monday, and in {b} students blocked the bridge.",
    "Hundreds of farmers blocked the highway in {a}; in {b}, students blocked the bridge.",
    "Thousands marched through the centre of {a} on Monday, and in {b} hundreds blocked the roads.",
]
_ES = [
    "Los comuneros bloquearon la carretera en {a} el lunes, y en {b} los estudiantes bloquearon el puente.",
    "Cientos de comuneros bloquearon la carretera en {a}; en {b}, los estudiantes bloquearon el puente.",
    "Miles marcharon por el centro de {a} el lunes, y en {b} cientos bloquearon las vías.",
]


def _protests(found: list[Mention]) -> int:
    return sum(m.sub_event_type == "Peaceful protest" for m in found)


@pytest.mark.parametrize(
    ("template", "language"), [*((t, "en") for t in _EN), *((t, "es") for t in _ES)]
)
@pytest.mark.parametrize(("a", "b"), _TOWNS)
def test_multi_events2_sibling_clause_in_another_town(
    mentions: Callable[..., list[Mention]], template: str, language: str, a: str, b: str
) -> None:
    assert _protests(mentions(template.format(a=a, b=b), language, dt.date(2023, 1, 10))) == 2


@pytest.mark.parametrize(
    ("template", "language"),
    [
        # the same town in both clauses: one incident told in two strokes
        (
            "Farmers blocked the highway in {a} on Monday, and in {a} students blocked the bridge.",
            "en",
        ),
        (
            "Los comuneros bloquearon la carretera en {a} el lunes, y en {a} los estudiantes bloquearon el puente.",
            "es",
        ),
        # no town in the first clause: nothing says the second is elsewhere
        ("Farmers blocked the highway on Monday, and in {b} students blocked the bridge.", "en"),
        (
            "Los comuneros bloquearon la carretera el lunes, y en {b} los estudiantes bloquearon el puente.",
            "es",
        ),
    ],
)
@pytest.mark.parametrize(("a", "b"), _TOWNS)
def test_multi_events2_sibling_clause_not_elsewhere(
    mentions: Callable[..., list[Mention]], template: str, language: str, a: str, b: str
) -> None:
    assert _protests(mentions(template.format(a=a, b=b), language, dt.date(2023, 1, 10))) == 1
