"""The force of an incident whose sentence names none is the one the story names for the same
region, before or after it, not the one it named last for another (extract-actors4,
``actors.forces_by_place``)."""

from __future__ import annotations

import pytest

FORCE = ("Excessive force against protesters", "Protest with intervention")


def _force_of(mentions, text: str, language: str, admin1: str) -> list[str]:
    return [
        m.actor1.name
        for m in mentions(text, language)
        if m.sub_event_type in FORCE
        and m.actor1 is not None
        and m.location is not None
        and m.location.admin1 == admin1
    ]


@pytest.mark.parametrize(
    ("text", "language", "admin1", "actor1"),
    [
        # the soldiers were named for Ayacucho: Juliaca's dead, with no force named, are the police's
        (
            "Soldiers opened fire on demonstrators outside the airport in Ayacucho on Thursday. "
            "In Juliaca, eleven protesters were shot dead near the airport on Monday.",
            "en",
            "Puno",
            "Police Forces of Peru",
        ),
        (
            "Los militares dispararon contra los manifestantes en Huamanga el jueves. "
            "En Andahuaylas, dos adolescentes murieron el domingo durante las protestas.",
            "es",
            "Apurímac",
            "Police Forces of Peru",
        ),
        # a communiqué counts the dead first and names the troops after: they are the region's
        (
            "Seis manifestantes murieron el jueves en Huamanga. Según el Comando Conjunto, los "
            "soldados que custodiaban el aeropuerto de Huamanga fueron atacados con piedras.",
            "es",
            "Ayacucho",
            "Military Forces of Peru",
        ),
        # the region's own force, named before, still holds
        (
            "Troops fired on the crowd in Huamanga on Thursday. "
            "Four more protesters died in Huamanga on Friday.",
            "en",
            "Ayacucho",
            "Military Forces of Peru",
        ),
    ],
)
def test_implied_force_is_the_regions(
    mentions, text: str, language: str, admin1: str, actor1: str
) -> None:
    got = _force_of(mentions, text, language, admin1)
    assert got and all(name == actor1 for name in got)


def test_force_named_in_the_sentence_is_kept(mentions) -> None:
    # a force the sentence names is never replaced by the region's
    text = (
        "Police fired tear gas at marchers in Juliaca on Monday. "
        "Soldiers shot dead two protesters in Juliaca on Tuesday."
    )
    names = {m.actor1.name for m in mentions(text, "en") if m.actor1 is not None}
    assert {"Police Forces of Peru", "Military Forces of Peru"} <= names


def test_force_named_with_no_region_still_carries(mentions) -> None:
    # a force named where the story gives no region is handed on as before (``last_force``)
    text = (
        "Soldiers fired on the crowd, the army admitted. "
        "In Juliaca, five protesters were shot dead on Monday."
    )
    got = [
        m.actor1.name
        for m in mentions(text, "en")
        if m.sub_event_type in FORCE
        and m.actor1 is not None
        and m.location is not None
        and m.location.admin1 == "Puno"
    ]
    assert got == ["Military Forces of Peru"]
