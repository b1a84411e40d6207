"""Words of the region (session extract-dev17).

Brazil's "intervención federal" in a state's security and Guatemala's "estado de prevención"
are states of emergency; a crowd's homemade mortars are the riot's ("jóvenes ... se
enfrentaron a la policía con morteros caseros"), an armed group's stay shelling; "desmentimos
que" denies like "negó que".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

DAY = dt.date(2023, 1, 9)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El presidente Lula decretó la intervención federal en la seguridad pública del"
            " Distrito Federal hasta el 31 de enero.",
            "es",
        ),
        (
            "President Lula announced a federal intervention in the Federal District's public"
            " security until 31 January.",
            "en",
        ),
        ('El Gobierno de Guatemala declaró un "estado de prevención" en Totonicapán.', "es"),
    ],
)
def test_states_of_emergency_of_the_region(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, DAY)
    assert [(m.sub_event_type, m.mode) for m in found] == [("Other", "state_of_emergency")]


def test_a_crowds_homemade_mortars_are_the_riots(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "En Masaya, jóvenes levantaron barricadas con adoquines y se enfrentaron a la policía con"
        " morteros caseros durante la madrugada.",
        "es",
        DAY,
    )
    assert "Shelling/artillery/missile attack" not in [m.sub_event_type for m in found]
    assert "Violent demonstration" in [m.sub_event_type for m in found]


def test_an_armed_groups_mortars_stay_shelling(mentions: Callable[..., list[Mention]]) -> None:
    found = mentions(
        "FARC dissidents fired homemade mortars at the police station in the town of Morales.",
        "en",
        DAY,
    )
    assert [m.sub_event_type for m in found] == ["Shelling/artillery/missile attack"]


def test_desmentimos_denies(mentions: Callable[..., list[Mention]]) -> None:
    found = mentions(
        "Desmentimos categóricamente que nuestros afiliados hayan saqueado los comercios.",
        "es",
        DAY,
    )
    assert [m.factuality for m in found] == ["negated"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "In La Vela de Coro, demonstrators pulled down a statue of the late President Hugo"
            " Chávez on Monday.",
            "en",
            "Violent demonstration",
        ),
        (
            "En Brasilia, los militares desmontaron el campamento de los manifestantes el lunes.",
            "es",
            "Protest with intervention",
        ),
        (
            "En Ica, los trabajadores agrarios mantuvieron tomada la Panamericana Sur el lunes.",
            "es",
            "Peaceful protest",
        ),
    ],
)
def test_statues_camps_and_roads_held(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    assert expected in [m.sub_event_type for m in mentions(text, language, DAY)]


def test_a_president_toppled_is_still_a_removal(mentions: Callable[..., list[Mention]]) -> None:
    found = mentions("Protesters vowed to topple the president.", "en", DAY)
    assert "Looting/property destruction" not in [m.sub_event_type for m in found]
