"""The forces sent to guard a place are their deployment, told in the future too (twenty-fifth
session, blind20).

"El Ministerio del Interior informó que 9.000 policías resguardarán el centro de Arequipa", "the
minister said soldiers would guard airports and bridges": a planned deployment. As patrols are,
the military always, the police in a story of protest; anyone else who guards names none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _deployments(found: list[Mention]) -> list[tuple[str | None, str | None]]:
    return [
        (m.factuality, m.actor1.name if m.actor1 else None) for m in found if m.mode == "deployment"
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The defence minister said soldiers would guard airports and bridges.",
            "en",
            [("planned", "Military Forces of Peru")],
        ),
        (
            "Miles de manifestantes marcharon el lunes en Arequipa. El Ministerio del Interior "
            "informó que 9.000 policías resguardarán el centro de Arequipa.",
            "es",
            [("planned", "Police Forces of Peru")],
        ),
        (
            "Los militares resguardarán desde el martes el aeropuerto de Juliaca.",
            "es",
            [("planned", "Military Forces of Peru")],
        ),
        # the forces named are deployed, not the Congress whose building they guard
        (
            "Miles de manifestantes marcharon el lunes. El Ministerio del Interior informó que "
            "unos 20.000 policías resguardarán el centro y los accesos al Congreso.",
            "es",
            [("planned", "Police Forces of Peru")],
        ),
    ],
)
def test_blind20_forces_guarding_are_deployed(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: list
) -> None:
    assert _deployments(mentions(text, language, dt.date(2023, 1, 10))) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: neighbours, volunteers or a firm guarding is no deployment
        ("Los vecinos resguardan sus casas con palos y piedras.", "es"),
        ("Volunteers will guard the polling stations, the electoral board said.", "en"),
        (
            "Thousands marched in Cusco on Monday. Private security firms will guard the mine, "
            "the company said.",
            "en",
        ),
        # the present that paints the scene of a riot: the police there, no deployment told
        (
            "Un grupo de encapuchados lanza piedras y palos contra los policías que resguardan el "
            "edificio.",
            "es",
        ),
        # the police guarding, in a story with no protest: a festival's security
        ("Unos 3.000 policías resguardarán el estadio durante la final del campeonato.", "es"),
    ],
)
def test_blind20_others_guarding_are_no_deployment(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _deployments(mentions(text, language, dt.date(2023, 1, 10))) == []
