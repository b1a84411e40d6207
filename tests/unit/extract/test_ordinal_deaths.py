"""One more dead counted by an ordinal ("A third dies in hospital", "an 18th victim",
"un cuarto herido murió") is one dead of the incident told before: its type, its day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

FRI20 = dt.date(2023, 1, 20)
MON16 = dt.date(2023, 1, 16)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Three protesters were shot dead by police in Juliaca on Monday.\n\n"
            "A fourth died in hospital the next day.",
            "en",
        ),
        (
            "Police shot dead three demonstrators in Ilave on Monday.\n\n"
            "A fourth man wounded there died on Wednesday.",
            "en",
        ),
        (
            "Police opened fire on protesters in Puno on Monday, killing 17.\n\n"
            "An 18th victim died of his wounds on Thursday.",
            "en",
        ),
        (
            "La Policía disparó contra los manifestantes el lunes en Juliaca y mató a tres.\n\n"
            "Un cuarto herido murió el martes en el hospital.",
            "es",
        ),
        (
            "Los militares dispararon contra los manifestantes el lunes en Ayacucho; murieron "
            "diez.\n\nUna undécima víctima falleció el jueves en el hospital regional.",
            "es",
        ),
    ],
)
def test_an_ordinal_death_is_one_dead_of_the_incident_before(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, FRI20)
    assert len(found) == 2, [(m.trigger.text, m.sub_event_type) for m in found]
    first, later = found
    assert later.sub_event_type == first.sub_event_type
    assert later.killed is not None and later.killed.value == 1
    assert later.date is not None and later.date.value == MON16


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The march reached the square on its third day without incident.", "en"),
        ("La segunda marcha llegó el lunes a la plaza sin incidentes.", "es"),
    ],
)
def test_an_ordinal_with_no_death_is_no_dead(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert all(m.killed is None for m in mentions(text, language, FRI20))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Policía disparó contra los manifestantes el lunes en Sacaba.\n\n"
            "La lista de fallecidos creció el jueves con la muerte de un joven de 23 años.",
            "es",
        ),
        (
            "Soldiers opened fire on protesters in Ayacucho on Monday.\n\n"
            "The death toll rose on Thursday with the death of a second man in hospital.",
            "en",
        ),
    ],
)
def test_a_toll_grown_by_a_death_is_of_the_incident_before(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, FRI20)
    assert found and all(m.date is not None and m.date.value == MON16 for m in found), [
        (m.trigger.text, m.date) for m in found
    ]
