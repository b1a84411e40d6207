"""Gunmen named as the agent of a passive after the place and the day, and attackers told only
as unknown, attack the people they shoot even in a strike story (extract-dev22)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "During the truckers' strike, a driver was shot dead outside a petrol station on "
            "Monday night by unidentified gunmen.",
            "en",
        ),
        ("On the third day of the strike, a marcher was wounded near the plaza by hitmen.", "en"),
        ("During the strike, unknown attackers shot a teacher at a roadblock in Chame.", "en"),
        (
            "En el tercer día del paro, un cobrador fue asesinado a balazos en un paradero de "
            "San Juan de Lurigancho el martes por sicarios.",
            "es",
        ),
        (
            "En pleno paro de transportistas, desconocidos a bordo de una motocicleta dispararon "
            "contra un bus en Comas.",
            "es",
        ),
        (
            "Durante la huelga, un dirigente fue baleado por atacantes desconocidos en Juliaca.",
            "es",
        ),
    ],
)
def test_passive_or_unknown_gunmen_attack(mentions, text: str, language: str) -> None:
    events = mentions(text, language)
    attacks = [m for m in events if m.sub_event_type == "Attack"]
    assert attacks, [m.sub_event_type for m in events]
    assert attacks[0].actor1 is not None
    assert attacks[0].actor1.name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a participle before "by" opens its own phrase: the gunmen organised nothing here
        ("During the strike, a marcher was shot dead at a rally organised by the union.", "en"),
        # "by" after a clause of its own is not the passive's agent
        (
            "During the strike, a marcher was shot dead by police, and the road was later "
            "cleared by the army.",
            "en",
        ),
        # the police shot: "desconocidos" qualifies the motives, it names nobody
        (
            "Durante el paro, la policía disparó contra los manifestantes por motivos "
            "desconocidos.",
            "es",
        ),
        ("Durante la marcha, un estudiante fue baleado por la policía en el centro de Lima.", "es"),
    ],
)
def test_near_misses_stay_force(mentions, text: str, language: str) -> None:
    events = mentions(text, language)
    assert events and all(m.sub_event_type != "Attack" for m in events), [
        m.sub_event_type for m in events
    ]
