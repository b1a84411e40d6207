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


@pytest.mark.parametrize(
    ("text", "language", "actor2"),
    [
        (
            "CUSCO.– Miles de manifestantes marcharon ayer. Cuatro comuneros murieron durante los "
            "enfrentamientos en el puente de Chuquicahuana.",
            "es",
            "Police Forces of Peru",
        ),
        (
            "AYACUCHO — Soldiers guarded the airport on Thursday as thousands marched.\n\n"
            "Six people died later that day in clashes near the terminal.",
            "en",
            "Military Forces of Peru",
        ),
    ],
)
def test_a_clash_with_no_counterpart_named_is_with_the_forces(mentions, text, language, actor2):
    found = [m for m in mentions(text, language) if m.sub_event_type == "Violent demonstration"]
    assert found
    assert found[-1].actor2 is not None and found[-1].actor2.name == actor2


def test_a_riot_with_no_clash_names_no_counterpart(mentions):
    found = mentions(
        "JULIACA.– Anoche, desconocidos saquearon tres tiendas y una agencia bancaria.", "es"
    )
    assert [m.actor2 for m in found if m.event_type == "Riots"] in ([], [None])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A week earlier, the government had declared a 60-day nationwide state of emergency "
            "that allowed the army to help the police keep order.",
            "en",
        ),
        (
            "El Ejecutivo decretó el toque de queda en Juliaca, lo que permite a las Fuerzas "
            "Armadas apoyar a la Policía.",
            "es",
        ),
        ("The president, who has refused to step down, faces a hostile Congress.", "en"),
    ],
)
def test_the_government_decrees_and_resigns(mentions, text, language):
    found = [m for m in mentions(text, language) if m.sub_event_type == "Other"]
    assert found and found[0].actor1 is not None
    assert found[0].actor1.name == "Government of Peru"
