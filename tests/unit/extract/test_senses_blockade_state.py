"""Blockades told by their state or their means, not by "block" (seventeenth session,
extract-senses).

"mantienen cortada la carretera", "cierran con troncos la vía", "roads out of the city are
cut", "villagers have piled rocks across the road" are blockades (Peaceful protest, mode
blockade) when demonstrators or a community close the road; shops kept shut, a road closed by
the police or the ministry, or by a landslide, are not (``es.ev.blockade_state``,
``en.ev.blockade_state``, ``road`` cues, ``extract/senses.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

MAR3 = dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Los vecinos de Yura mantenían cerrada con rocas la vía a Arequipa desde la madrugada.",
            "es",
        ),
        ("Desde el domingo los comuneros mantienen cortado el puente sobre el río Apurímac.", "es"),
        ("Los mineros informales cierran con piedras y ramas la carretera a Nasca.", "es"),
        ("Los manifestantes cerraron con llantas el acceso al aeropuerto.", "es"),
        ("Residents have piled boulders across the main road into town.", "en"),
        ("Farmers piled tyres on the highway outside the capital.", "en"),
        (
            "Protesters say the bridge into the city will remain cut until the governor resigns.",
            "en",
        ),
    ],
)
def test_a_blockade_told_by_its_state_or_its_means_is_a_blockade(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, MAR3)
    assert ("Peaceful protest", "blockade") in [(m.sub_event_type, m.mode) for m in found]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los comerciantes del mercado mantienen cerradas sus tiendas desde el lunes.", "es"),
        ("La Policía mantiene cerrado el puente por razones de seguridad.", "es"),
        ("Un derrumbe mantiene cortada la carretera central desde el jueves.", "es"),
        ("La energía eléctrica sigue cortada en tres distritos.", "es"),
        ("The ministry kept the highway closed for repairs.", "en"),
        ("Funding for the scheme was cut last year.", "en"),
        ("The road remains cut after a landslide on Sunday.", "en"),
    ],
)
def test_a_road_closed_by_others_or_no_road_is_no_blockade(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, MAR3)
    assert "blockade" not in [m.mode for m in found]


def test_the_strikers_word_does_not_hide_the_act_they_do(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions("Los huelguistas cierran con troncos la carretera a Changuinola.", "es", MAR3)
    assert [(m.sub_event_type, m.mode) for m in found] == [("Peaceful protest", "blockade")]
