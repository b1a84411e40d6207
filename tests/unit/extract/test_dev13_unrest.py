"""A policeman burned or beaten to death in a document of unrest that names no demonstration
(session extract-dev13, dev-es-036).

A prosecutor's note tells the deaths, the looting and the damage of one night in its own words
("el saqueo de tres locales", "homicidio calificado"), with no protest word. The killing of a
police officer whose body was found burned there is the crowd's (ACLED: mob violence), as it is
in a story that names the demonstrations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN12 = dt.date(2023, 1, 12)


def _event(found: list[Mention], trigger: str) -> Mention:
    hits = [m for m in found if m.trigger.text.lower().startswith(trigger)]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    return hits[-1]


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "La Fiscalía constató el saqueo de tres locales comerciales la noche del 9 de enero. "
            "En otra carpeta se investiga el homicidio del suboficial PNP José Luis Soncco, cuyo "
            "cuerpo fue hallado calcinado dentro de un patrullero.",
            "es",
            "homicidio",
        ),
        (
            "Prosecutors recorded the looting of three shops on the night of January 9. They are "
            "also investigating the killing of a police officer whose body was found burned "
            "inside his patrol car.",
            "en",
            "killing",
        ),
        (
            "Los enfrentamientos en el puente duraron toda la noche del lunes. Se investiga la "
            "muerte del suboficial Juan Pérez, cuyo cuerpo fue hallado calcinado cerca del puente.",
            "es",
            "muerte",
        ),
    ],
)
def test_a_policeman_burned_in_unrest_is_killed_by_the_crowd(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    assert _event(mentions(text, language, JAN12), trigger).sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        # shot by gunmen: no crowd's killing, whatever the night's looting
        (
            "La Fiscalía constató el saqueo de tres locales comerciales la noche del 9 de enero. "
            "En otra carpeta se investiga el homicidio del suboficial PNP José Luis Soncco, "
            "asesinado a balazos por dos sicarios.",
            "es",
            "homicidio",
        ),
        (
            "Prosecutors recorded the looting of three shops on the night of January 9. They are "
            "also investigating the killing of a police officer who was shot by two gunmen.",
            "en",
            "killing",
        ),
    ],
)
def test_a_policeman_shot_is_not_a_mob_killing(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    found = [m for m in mentions(text, language, JAN12) if m.trigger.text.lower() == trigger]
    assert all(m.sub_event_type != "Mob violence" for m in found)
