"""Wounded counts of a treatment verb and of a group beside an ordinal one (blind19b).

- The perfect of a treatment verb in the active voice counts its object as wounded ("doctors
  said they had treated more than 70 people, most of them with gunshot wounds"); the simple past
  of a clinic's work does not ("the clinic treated 300 patients a day").
- A wounded person told by an ordinal ("a third person wounded ... was in critical condition")
  is one of the group another figure of the sentence counts: the group's figure is the count,
  whichever is nearer the event's word. The dead are not folded so ("two were shot dead, and a
  third died" adds one, as before).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

_FIRE_EN = "Soldiers opened fire on marchers in El Alto on Tuesday, killing six. "
_RIOT_EN = "Protesters tried to storm the airport in Juliaca on Monday. "
_RIOT_ES = "Manifestantes intentaron tomar el aeropuerto de Juliaca el lunes. "


def _injured(found: list[Mention]) -> list[int]:
    return [m.injured.value for m in found if m.injured is not None]


@pytest.mark.parametrize(
    ("text", "language", "injured"),
    [
        (
            _FIRE_EN + "Doctors at the city's hospital said they had treated more than 80 "
            "people, most of them with gunshot wounds.",
            "en",
            80,
        ),
        (
            _FIRE_EN + "The hospital has treated 45 people, most of them for bullet wounds.",
            "en",
            45,
        ),
        (
            _RIOT_EN + "Officials said a third person wounded in the violence was in critical "
            "condition and that at least 20 people had been hurt.",
            "en",
            20,
        ),
        (
            _RIOT_ES + "La Defensoría informó que un tercer herido está en estado crítico y que "
            "al menos 25 personas resultaron heridas.",
            "es",
            25,
        ),
    ],
)
def test_blind19b_wounded_counted(
    mentions: Callable[..., list[Mention]], text: str, language: str, injured: int
) -> None:
    assert injured in _injured(mentions(text, language, dt.date(2023, 1, 10)))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near miss: the simple past of a clinic's work counts no wounded
        ("The clinic treated 300 patients a day before the strike began in Puno on Monday.", "en"),
    ],
)
def test_blind19b_treated_no_wounded(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _injured(mentions(text, language, dt.date(2023, 1, 10))) == []


def test_blind19b_ordinal_dead_adds_one(mentions: Callable[..., list[Mention]]) -> None:
    # near miss: a third dead is one more, not one of the two (the ordinal rule is the wounded's)
    found = mentions(
        "Two protesters were shot dead in Juliaca on Monday, and a third died of a bullet "
        "wound in hospital.",
        "en",
        dt.date(2023, 1, 10),
    )
    assert [m.killed.value for m in found if m.killed is not None] == [3]
