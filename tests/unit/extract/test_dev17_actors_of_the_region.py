"""Actors of the region (session extract-dev17).

The forces of the countries the stories come from ("la Guardia Nacional Bolivariana" is the
military, "agentes del Sebin" the police), pro-government shock groups ("grupos de choque afines
al Gobierno") that beat people are a mob, armed "colectivos" and snipers an unidentified armed
group (also when an aside stands between them and their verb: "colectivos armados que, desde
motocicletas, dispararon"), a lawmaker who shoots attacks ("A Haitian senator fired a pistol
..., wounding a news photographer"), Congress named as a site is no force fired on ("shot dead
seven protesters outside Congress"), Indigenous authorities leading a strike are no government,
and a country's name takes its article after "of" ("Police Forces of the Dominican Republic").
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
            "En Caracas, efectivos de la Guardia Nacional Bolivariana dispersaron con bombas"
            " lacrimógenas a los manifestantes.",
            "es",
            ("Protest with intervention", "Military Forces of Venezuela", "Protesters (Venezuela)"),
        ),
        (
            "En Managua, grupos de choque golpearon a jubilados que protestaban.",
            "es",
            # whom the mob beat were protesting (extract-actors4)
            ("Mob violence", "Rioters (Nicaragua)", "Protesters (Nicaragua)"),
        ),
        (
            "Los colectivos armados que, desde motocicletas, dispararon contra manifestantes en"
            " Caracas.",
            "es",
            ("Attack", "Unidentified Armed Group (Venezuela)", "Protesters (Venezuela)"),
        ),
        (
            "Un senador disparó una pistola frente al Congreso en Puerto Príncipe e hirió a un"
            " fotógrafo.",
            "es",
            ("Attack", "Congress of Haiti", "Civilians (Haiti)"),
        ),
        (
            "A Haitian senator fired a pistol outside the parliament building in Port-au-Prince,"
            " wounding a news photographer.",
            "en",
            ("Attack", "Congress of Haiti", "Civilians (Haiti)"),
        ),
        (
            "In Asunción, gunmen shot dead seven young protesters outside Congress.",
            "en",
            ("Attack", "Unidentified Armed Group (Paraguay)", "Protesters (Paraguay)"),
        ),
        (
            "In Santo Domingo, police fired tear gas at protesters.",
            "en",
            (
                "Protest with intervention",
                "Police Forces of the Dominican Republic",
                "Protesters (Dominican Republic)",
            ),
        ),
    ],
)
def test_actors_of_the_region(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    expected: tuple[str, str | None, str | None],
) -> None:
    assert _coded(mentions(text, language, DAY))[0] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # near misses: the forces fired on stay a battle, the police of Peru keep no article
        (
            "Gunmen hidden on a hillside opened fire on a police patrol in Putis.",
            "en",
            ("Armed clash", "Unidentified Armed Group (Peru)", "Police Forces of Peru"),
        ),
        (
            "En Managua, la policía golpeó a jubilados que protestaban.",
            "es",
            (
                "Excessive force against protesters",
                "Police Forces of Nicaragua",
                "Protesters (Nicaragua)",
            ),
        ),
    ],
)
def test_near_misses_keep_their_actors(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    expected: tuple[str, str | None, str | None],
) -> None:
    assert _coded(mentions(text, language, DAY))[0] == expected
