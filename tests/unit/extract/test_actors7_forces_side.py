"""Which side did it (actors7): roadblocks the police set up are their deployment, not a
protesters' blockade; officers who "came in with injuries" from stones are the hurt side of a
riot; people held for a crowd's acts ("por los presuntos delitos de disturbios") are an
intervention in the protest, and the alleged charge does not make the arrest possible."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officers mounted roadblocks on all major roads leading into the city centre.", "en"),
        ("Police set up checkpoints on the roads into the capital as crowds gathered.", "en"),
        ("La policía instaló controles en todas las vías de acceso a la plaza.", "es"),
    ],
)
def test_roadblocks_the_forces_set_up(mentions, text: str, language: str) -> None:
    setting = {
        "en": "Thousands marched in Nairobi on Monday. ",
        "es": "Miles de personas marcharon en Juliaca el lunes. ",
    }[language]
    found = [m for m in mentions(setting + text, language) if m.trigger.span[0] >= len(setting)]
    deployed = [m for m in found if m.mode == "deployment"]
    assert deployed and deployed[0].sub_event_type == "Other"
    assert deployed[0].actor1 is not None and deployed[0].actor1.name.startswith("Police Forces")
    assert all(m.mode != "blockade" for m in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Protesters mounted roadblocks on all major roads leading into Nairobi.", "en"),
        ("Truckers set up roadblocks on the highway outside Nairobi.", "en"),
        ("Los comuneros instalaron controles en la carretera a Juliaca.", "es"),
    ],
)
def test_roadblocks_others_set_up_are_a_blockade(mentions, text: str, language: str) -> None:
    found = mentions(text, language)
    assert found
    assert found[0].sub_event_type == "Peaceful protest"
    assert found[0].mode == "blockade"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Protesters tried to storm the airport in Juliaca on Monday. "
            "Several officers came in with injuries from stones thrown near the runway.",
            "en",
        ),
        (
            "Los manifestantes intentaron tomar el aeropuerto de Juliaca el lunes. "
            "Cuatro agentes llegaron con heridas de piedras al hospital.",
            "es",
        ),
    ],
)
def test_officers_who_came_in_hurt(mentions, text: str, language: str) -> None:
    hurt = mentions(text, language)[-1]
    assert hurt.sub_event_type == "Violent demonstration"
    assert hurt.injured is not None and hurt.injured.value >= 3
    assert hurt.actor2 is not None and hurt.actor2.name == "Police Forces of Peru"


def test_protesters_who_came_in_hurt_stay_force(mentions) -> None:
    text = (
        "Police fired tear gas at marchers in Juliaca on Monday. "
        "Twelve protesters came in with injuries from pellets."
    )
    hurt = mentions(text, "en")[-1]
    assert hurt.sub_event_type != "Violent demonstration"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Los manifestantes bloquearon la vía en Chala. "
            "Fueron detenidas seis personas por los presuntos delitos de disturbios.",
            "es",
        ),
        (
            "Protesters blocked the road in Chala. Six people were arrested for alleged rioting.",
            "en",
        ),
    ],
)
def test_held_for_the_crowds_acts(mentions, text: str, language: str) -> None:
    arrest = mentions(text, language, dt.date(2023, 1, 21))[-1]
    assert arrest.sub_event_type == "Protest with intervention"
    assert arrest.factuality == "asserted"
    assert arrest.detained is not None and arrest.detained.value == 6


def test_leaders_held_for_the_crowds_acts_stay_targeted(mentions) -> None:
    text = (
        "Los manifestantes bloquearon la vía en Chala. "
        "La policía detuvo a dos dirigentes por el delito de disturbios."
    )
    arrest = mentions(text, "es")[-1]
    assert arrest.sub_event_type == "Arrests"


def test_a_hedged_arrest_stays_possible(mentions) -> None:
    text = "Protesters blocked the road in Chala. Six people may have been arrested for rioting."
    arrest = mentions(text, "en")[-1]
    assert arrest.factuality == "possible"
