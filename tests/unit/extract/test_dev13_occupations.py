"""Occupations of land and the forces that hold a place (session extract-dev13).

A community that goes into land it claims and stays there ("entered the property on April 14,
saying the land was theirs", "ingresaron al predio", "had been camped inside the mine") occupies
it: a peaceful protest. The same words with the police or the military as their agent ("police
entered the property", "la policía tomó la plaza") tell the forces holding a place, no
demonstration. "The following week", "la semana siguiente" count a week on from the day told.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

APR28 = dt.date(2022, 4, 28)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Fuerabamba's members entered the property on April 14, saying the land was theirs.",
            "en",
        ),
        ("Members of the community had been camped inside the mine for two weeks.", "en"),
        ("Some 300 families invaded the land of the estate on Monday.", "en"),
        ("Los comuneros de Fuerabamba ingresaron al predio de la minera el 14 de abril.", "es"),
        ("Unas 300 familias invadieron los terrenos del fundo el lunes.", "es"),
        ("Los comuneros acampan dentro de la unidad minera desde el jueves.", "es"),
    ],
)
def test_a_community_entering_land_occupies_it(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, APR28)
    assert [(m.sub_event_type, m.mode) for m in found] == [("Peaceful protest", "occupation")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police entered the property on Monday.", "en"),
        ("Soldiers entered the land of the community on Monday.", "en"),
        ("Efectivos policiales ingresaron a los terrenos de la comunidad el lunes.", "es"),
        ("La policía ingresó al predio el lunes.", "es"),
    ],
)
def test_the_forces_entering_a_place_are_no_occupation(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert not [m for m in mentions(text, language, APR28) if m.mode == "occupation"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police occupied the square on Monday and arrested two men.", "en"),
        ("La policía tomó la plaza el lunes y detuvo a dos personas.", "es"),
    ],
)
def test_arrests_by_forces_holding_a_square_stay_arrests(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert [m.sub_event_type for m in mentions(text, language, APR28)] == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "Fuerabamba's members entered the property on April 14, saying the land was theirs. "
            "The neighbouring Huancuire community occupied another area of the mine the "
            "following week.",
            "en",
            "occupied",
        ),
        (
            "Los comuneros de Fuerabamba ingresaron al predio el 14 de abril. La comunidad "
            "vecina de Huancuire invadió los terrenos del tajo la semana siguiente.",
            "es",
            "invadi",
        ),
    ],
)
def test_the_following_week_counts_from_the_day_told(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    found = [m for m in mentions(text, language, APR28) if m.trigger.text.startswith(trigger)]
    assert found and found[-1].date is not None
    date = found[-1].date
    assert date.precision == "week"
    assert date.value == dt.date(2022, 4, 15)
