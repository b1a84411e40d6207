"""Who ends a protest and who agrees (session extract-actors3).

A strike, blockade or protest lifted, suspended or ended, and demonstrators going home, is the
demonstrators' own change of activity (events.yaml ``*.protest_ended``): its actor1 is the
protesters, whoever else the sentence names. An agreement is the government's (named, else the
country's) with the other side: an armed group as named, people of any kind (organisations,
unions, communities, leaders) the protesters. A riot's other side is a force: a prosecutor, a
minister or Congress named with it is none (with none named, a clash is with the story's force).
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
            "The roadblocks were lifted on Tuesday and traffic returned to the Pan-American"
            " Highway near Ica.",
            "en",
            ("Change to group/activity", "Protesters (Peru)", None),
        ),
        (
            "Rice farmers in Piura lifted their blockade of the highway on Friday after talks"
            " with the agriculture minister.",
            "en",
            ("Change to group/activity", "Protesters (Peru)", None),
        ),
        (
            "Los arroceros de Piura levantaron el bloqueo de la carretera el viernes tras"
            " reunirse con el ministro.",
            "es",
            ("Change to group/activity", "Protesters (Peru)", None),
        ),
        (
            "Tras la firma del acta, los comuneros de Ayaviri volvieron a sus comunidades.",
            "es",
            ("Change to group/activity", "Protesters (Peru)", None),
        ),
        (
            "En Quito, la dirigencia indígena anunció la suspensión de las medidas de hecho"
            " tras reunirse con el Gobierno.",
            "es",
            ("Change to group/activity", "Protesters (Ecuador)", None),
        ),
        (
            "Farmers' leaders and the government signed an agreement in Cusco on Friday.",
            "en",
            ("Agreement", "Government of Peru", "Protesters (Peru)"),
        ),
        (
            "Los dirigentes campesinos firmaron un acuerdo con el Gobierno en Cusco.",
            "es",
            ("Agreement", "Government of Peru", "Protesters (Peru)"),
        ),
    ],
)
def test_protest_ended_and_agreements(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    expected: tuple[str, str | None, str | None],
) -> None:
    assert expected in _coded(mentions(text, language, DAY))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # near misses: the state lifting its own measure, an armed group disbanding
        (
            "El Ejecutivo levantó la medida en Puno tras diez días.",
            "es",
            ("Change to group/activity", "Government of Peru", None),
        ),
        (
            "The armed group announced that it disbanded.",
            "en",
            ("Change to group/activity", "Unidentified Armed Group (Peru)", None),
        ),
        (
            "Unidentified gunmen and the government signed an agreement in Lima.",
            "en",
            ("Agreement", "Government of Peru", "Unidentified Armed Group (Peru)"),
        ),
    ],
)
def test_others_keep_their_actor(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    expected: tuple[str, str | None, str | None],
) -> None:
    assert expected in _coded(mentions(text, language, DAY))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a riot's other side is a force: a prosecutor or Congress named with it is no side
        (
            "En Cali, la policía dispersó con gases a los manifestantes en Siloé. El alcalde"
            " pidió a la Fiscalía investigar lo ocurrido en la glorieta, donde la noche del lunes"
            " también hubo enfrentamientos.",
            "es",
            ("Violent demonstration", "Rioters (Colombia)", "Police Forces of Colombia"),
        ),
        (
            "In Cali, riot police fired tear gas at marchers in Siloé. The mayor asked"
            " prosecutors to investigate the roundabout, where there were also clashes on Monday"
            " night.",
            "en",
            ("Violent demonstration", "Rioters (Colombia)", "Police Forces of Colombia"),
        ),
        (
            "In Quito, the prosecutor's office said protesters clashed with soldiers near the"
            " Assembly.",
            "en",
            ("Violent demonstration", "Rioters (Ecuador)", "Military Forces of Ecuador"),
        ),
        # near miss: a building stoned is no side; no force named, no clash: none
        (
            "In Lima, protesters threw stones at the Congress building and set fire to a kiosk.",
            "en",
            ("Violent demonstration", "Rioters (Peru)", None),
        ),
    ],
)
def test_riots_fight_forces(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    expected: tuple[str, str | None, str | None],
) -> None:
    assert expected in _coded(mentions(text, language, DAY))
