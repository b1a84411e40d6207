"""Who acted: forces named by a possessive, and the forces a story named before."""

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        # a possessive points back to the state force named before it
        (
            "El Comando Conjunto de las Fuerzas Armadas negó que sus efectivos hayan disparado "
            "contra los manifestantes durante la protesta.",
            "es",
            "Military Forces of Peru",
        ),
        (
            "La Policía Nacional informó que sus efectivos dispersaron la marcha con gases "
            "lacrimógenos.",
            "es",
            "Police Forces of Peru",
        ),
        (
            # (protesters who stormed the airport would make a riot, the army its actor2)
            "The army said its officers had fired at protesters who were marching to the airport.",
            "en",
            "Military Forces of Peru",
        ),
    ],
)
def test_possessive_forces_are_those_named_before(mentions, text, language, actor1):
    found = mentions(text, language, dt.date(2022, 12, 17))
    forces = {m.actor1.name for m in found if m.actor1 is not None and m.actor1.inter == 1}
    assert forces == {actor1}


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        # a sentence that names no force takes the forces the story named last
        (
            "Los soldados dispararon contra los manifestantes en Ayacucho. Diez personas "
            "murieron por heridas de bala durante la protesta.",
            "es",
            "Military Forces of Peru",
        ),
        (
            "Soldiers fired on protesters in Ayacucho. Ten people died of gunshot wounds "
            "during the protest.",
            "en",
            "Military Forces of Peru",
        ),
        # with none named at all, the police, as a coder would assume
        (
            "Diez personas murieron por heridas de bala durante la protesta en Ayacucho.",
            "es",
            "Police Forces of Peru",
        ),
    ],
)
def test_unnamed_forces_are_the_storys(mentions, text, language, actor1):
    found = mentions(text, language, dt.date(2022, 12, 17))
    assert found
    assert found[-1].actor1 is not None
    assert found[-1].actor1.name == actor1
