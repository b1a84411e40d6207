"""Forces named by their members are those of the body named after them: "los efectivos del
Ejército" are the army's, though "efectivos" alone is the police's word (extract-actors4,
``actors.of_body``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        # the members' word stands nearer the verb than the body
        (
            "En Huamanga, ocho personas murieron por disparos de fusil, un arma que aquel día solo "
            "llevaban los efectivos del Ejército.",
            "es",
            "Military Forces of Peru",
        ),
        (
            "Dispararon contra la multitud en Huamanga los agentes de las Fuerzas Armadas.",
            "es",
            "Military Forces of Peru",
        ),
        (
            "The crowd in Huamanga was fired on by officers of the army, witnesses said.",
            "en",
            "Military Forces of Peru",
        ),
        # the members of the police stay the police
        (
            "Los efectivos de la Policía dispararon perdigones contra los manifestantes en Juliaca.",
            "es",
            "Police Forces of Peru",
        ),
    ],
)
def test_members_are_the_bodys(mentions, text: str, language: str, actor1: str) -> None:
    found = [m for m in mentions(text, language) if m.actor1 is not None]
    assert found and all(m.actor1.name == actor1 for m in found)


def test_body_far_away_is_not_theirs(mentions) -> None:
    # the army named in another phrase of the sentence is not the agents' body
    text = (
        "Los agentes dispersaron con gases a los manifestantes en Juliaca, mientras el Ejército "
        "custodiaba el aeropuerto."
    )
    force = [
        m
        for m in mentions(text, "es")
        if m.sub_event_type == "Protest with intervention" and m.actor1 is not None
    ]
    assert force and force[0].actor1.name == "Police Forces of Peru"
