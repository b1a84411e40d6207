"""The wounded of a crowd told after a mob's lone victim (twenty-fourth session, blind19).

A count of many wounded in a sentence of its own, told after a mob's violence on one person
that followed a riot, is the riot's ("... tried to storm the airport. A police officer was also
killed by a mob. Hospitals reported treating at least 68 wounded"), not the mob's; one more
person hurt after the mob, or a mob with no crowd's incident before it, keeps the mob's type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

_RIOT_EN = (
    "At least nine people were killed on Monday when protesters tried to storm the airport in "
    "Juliaca and clashed with police. A police officer was also killed after a mob attacked "
    "his patrol car in the city. "
)
_RIOT_ES = (
    "Al menos nueve personas murieron el lunes cuando manifestantes intentaron tomar el "
    "aeropuerto de Juliaca y se enfrentaron con la policía. Un policía murió además tras ser "
    "atacado por una turba. "
)


def _wounded(found: list[Mention]) -> list[str | None]:
    return [m.sub_event_type for m in found if m.injured is not None and m.killed is None]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (_RIOT_EN + "Hospitals in the city reported treating at least 40 wounded.", "en"),
        (_RIOT_ES + "Los hospitales de la ciudad atendieron a más de 50 heridos.", "es"),
    ],
)
def test_blind19_crowd_wounded_after_a_mob(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _wounded(mentions(text, language, dt.date(2023, 1, 10))) == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near miss: one more person hurt is the mob's victim's companion
        (_RIOT_ES + "Su compañero resultó herido.", "es"),
        # near miss: a mob with no crowd's incident before it
        (
            "A police officer was killed on Monday after a mob attacked his patrol car in "
            "Juliaca. Hospitals in the city reported treating at least 40 wounded.",
            "en",
        ),
    ],
)
def test_blind19_mob_wounded_stay_the_mobs(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert set(_wounded(mentions(text, language, dt.date(2023, 1, 10)))) <= {"Mob violence"}


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # the pluperfect of a report, with an aside between the count and its verb
        (
            "Protesters stormed the airport in Andahuaylas on Sunday. Officials said at least "
            "30 people, among them six police officers, had been hurt.",
            30,
        ),
        (
            "Protesters stormed the airport in Andahuaylas on Sunday. Doctors said 12 people had "
            "been wounded.",
            12,
        ),
    ],
)
def test_blind19_wounded_told_in_the_pluperfect(
    mentions: Callable[..., list[Mention]], text: str, injured: int
) -> None:
    found = mentions(text, "en", dt.date(2022, 12, 12))
    assert [m.injured.value for m in found if m.injured is not None] == [injured]


def test_blind19_pluperfect_near_miss(mentions: Callable[..., list[Mention]]) -> None:
    # near miss: a building that had been damaged counts no people
    text = "Protesters stormed the airport in Andahuaylas on Sunday. Its terminal had been damaged."
    found = mentions(text, "en", dt.date(2022, 12, 12))
    assert all(m.injured is None for m in found)
