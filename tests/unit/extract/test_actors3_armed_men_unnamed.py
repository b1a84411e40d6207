"""Armed men nobody names, and armed men beside the forces (session extract-actors3).

Armed men told by their clothes ("armed civilians", "men in civilian clothes", "hombres
vestidos de civil") are an unidentified armed group; what they fire on is attacked. Armed groups
named together with the police or the military ("policías y paramilitares", "police and armed
civilians") act with them, not against them: no battle, the forces' own force on the crowd. Two
sides that fight are told with a clash word and stay a battle. A caravan fired on is a
demonstration fired on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

DAY = dt.date(2024, 7, 31)


def _coded(found: list[Mention]) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            m.sub_event_type,
            m.actor1.name if m.actor1 else None,
            m.actor2.name if m.actor2 else None,
        )
        for m in found
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "In Cali, armed civilians opened fire on a caravan of Indigenous farmers, wounding"
            " six of them.",
            "en",
            ("Attack", "Unidentified Armed Group (Colombia)", "Protesters (Colombia)"),
        ),
        (
            "En Popayán, civiles armados dispararon contra una caravana de campesinos y dejaron"
            " seis heridos.",
            "es",
            ("Attack", "Unidentified Armed Group (Colombia)", "Protesters (Colombia)"),
        ),
        (
            "En Cali, hombres vestidos de civil dispararon contra los manifestantes junto a"
            " policías.",
            "es",
            ("Attack", "Unidentified Armed Group (Colombia)", "Protesters (Colombia)"),
        ),
        (
            "En Managua, policías y paramilitares dispersaron a golpes a los estudiantes que"
            " protestaban.",
            "es",
            (
                "Excessive force against protesters",
                "Police Forces of Nicaragua",
                "Protesters (Nicaragua)",
            ),
        ),
        (
            "In Masaya, police and paramilitaries broke up the march with beatings.",
            "en",
            (
                "Excessive force against protesters",
                "Police Forces of Nicaragua",
                "Protesters (Nicaragua)",
            ),
        ),
    ],
)
def test_armed_men_unnamed_and_allied(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    expected: tuple[str, str | None, str | None],
) -> None:
    assert expected in _coded(mentions(text, language, DAY))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # near misses: sides that fight, and gunmen who fire on the forces, are a battle
        (
            "Soldiers and gunmen clashed on Sunday near the village of Pichari.",
            "en",
            ("Armed clash", "Military Forces of Peru", "Unidentified Armed Group (Peru)"),
        ),
        (
            "Gunmen opened fire on a police patrol near Pichari, killing two officers.",
            "en",
            ("Armed clash", "Unidentified Armed Group (Peru)", "Police Forces of Peru"),
        ),
        (
            "Militares y sicarios se enfrentaron durante dos horas cerca de Pichari.",
            "es",
            ("Armed clash", "Military Forces of Peru", "Unidentified Armed Group (Peru)"),
        ),
    ],
)
def test_sides_that_fight(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    expected: tuple[str, str | None, str | None],
) -> None:
    assert expected in _coded(mentions(text, language, DAY))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the object of the verb before is not the subject of the next one
        (
            "En Ilave, los policías dispararon contra los comuneros movilizados y mataron a dos"
            " de ellos.",
            "es",
            ("Excessive force against protesters", "Police Forces of Peru", "Protesters (Peru)"),
        ),
        # unnamed forces are the police, in Spanish as in English
        (
            "En Ilave, las fuerzas de seguridad dispararon contra los manifestantes y mataron a"
            " dos jóvenes.",
            "es",
            ("Excessive force against protesters", "Police Forces of Peru", "Protesters (Peru)"),
        ),
        (
            "In Ilave, security forces fired on demonstrators and killed two young men.",
            "en",
            ("Excessive force against protesters", "Police Forces of Peru", "Protesters (Peru)"),
        ),
        # near miss: demonstrators who are the subject still attack
        (
            "En Ilave, los manifestantes atacaron la comisaría y mataron a un policía.",
            "es",
            ("Violent demonstration", "Rioters (Peru)", "Police Forces of Peru"),
        ),
    ],
)
def test_objects_and_unnamed_forces(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    expected: tuple[str, str | None, str | None],
) -> None:
    assert expected in _coded(mentions(text, language, DAY))
