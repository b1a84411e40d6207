"""Twenty-fifth session (actors8): the two sides of a blast, as reporting tells it.

A grenade, a bomb or a drone's charge whose thrower nobody names struck what the sentence
names after a preposition ("outside a military base", "sobre la base militar") or whom a death
or injury befell ("two soldiers were wounded when a landmine exploded"): the forces struck are
actor2 and the attacker an unidentified armed group, never the force as its author. A blast at
a shop, a home or a firm's premises ("the office of a transport company", "una discoteca")
befell civilians; the police who tell it ("..., police said") take no part. Near misses: the
forces that set off the charge themselves, an armed group named as the attacker (both kept as
they were); a police station bombed is the police, not civilians.
"""

import datetime as dt

import pytest

P = "Police Forces of Peru"
M = "Military Forces of Peru"
C = "Civilians (Peru)"
U = "Unidentified Armed Group (Peru)"
PCO = "Police Forces of Colombia"
MCO = "Military Forces of Colombia"
UCO = "Unidentified Armed Group (Colombia)"
FD = "FARC Dissidents (Colombia)"


def _pairs(found):
    return {
        (m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None) for m in found
    }


@pytest.mark.parametrize(
    ("language", "text", "actor1", "actor2"),
    [
        # the forces struck, named after a preposition
        (
            "en",
            "A bomb went off near an army patrol outside Tumaco, Nariño, late on Saturday.",
            UCO,
            MCO,
        ),
        (
            "en",
            "A drone dropped two explosive charges on a police station in Suárez, Cauca, on "
            "Thursday, injuring three officers.",
            UCO,
            PCO,
        ),
        (
            "es",
            "Un carro bomba explotó frente al batallón del Ejército en Saravena, Arauca, en la "
            "madrugada del lunes.",
            UCO,
            MCO,
        ),
        (
            "es",
            "Un dron lanzó una carga explosiva sobre la subestación de Policía de Jamundí, Valle "
            "del Cauca, este miércoles.",
            UCO,
            PCO,
        ),
        # a police station bombed is the police, not civilians
        (
            "en",
            "A grenade was thrown at a police station in Trujillo on Sunday night.",
            U,
            P,
        ),
        (
            "es",
            "Desconocidos lanzaron una granada contra la comisaría de El Porvenir, en Trujillo, "
            "la noche del domingo.",
            U,
            P,
        ),
        # the forces a death or injury befell
        (
            "en",
            "Three soldiers were injured when a landmine went off beside a trail in the VRAEM, "
            "the Joint Command said.",
            U,
            M,
        ),
        (
            "es",
            "Cuatro policías resultaron heridos al detonar un artefacto explosivo en una vía de "
            "Pichari, en el Cusco.",
            U,
            P,
        ),
        # a shop, a home, a firm's premises
        (
            "en",
            "TRUJILLO - An explosive device damaged the front of a pharmacy in La Esperanza "
            "district early on Friday, police said.",
            U,
            C,
        ),
        (
            "en",
            "A grenade was hurled at the gate of a bus company in northern Lima overnight, the "
            "second such attack this month.",
            U,
            C,
        ),
        (
            "es",
            "Desconocidos arrojaron un explosivo contra la fachada de una pollería en el distrito "
            "de Víctor Larco, informó la Policía.",
            U,
            C,
        ),
        (
            "es",
            "Un artefacto explosivo detonó en la puerta de una vivienda de Florencia de Mora la "
            "noche del sábado, según la PNP.",
            U,
            C,
        ),
    ],
)
def test_the_sides_of_a_blast(mentions, language, text, actor1, actor2):
    found = mentions(text, language, dt.date(2025, 3, 10))
    assert (actor1, actor2) in _pairs(found)


@pytest.mark.parametrize(
    ("language", "text", "actor1", "actor2"),
    [
        # the forces set off the charge themselves: they acted
        (
            "en",
            "Soldiers detonated a car bomb found near the town square of Pichari, the army said.",
            M,
            None,
        ),
        # an armed group named as the attacker keeps its place
        (
            "en",
            "FARC dissidents used a drone to drop explosives on a police station in Cauca on "
            "Friday.",
            FD,
            PCO,
        ),
    ],
)
def test_near_misses_keep_their_sides(mentions, language, text, actor1, actor2):
    found = mentions(text, language, dt.date(2025, 3, 10))
    assert (actor1, actor2) in _pairs(found)
