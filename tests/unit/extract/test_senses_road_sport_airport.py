"""Word senses from the tenth session's blind development documents: a road accident beside a
blockade is no protest event, a friendly match is sport, a grief that stays "an open wound" is no
injury, strike leaders are no strike, what attackers carried is no blast, and seizing an airport
is a violent demonstration (docs/vocabulary.md)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Saturday a minibus that had gone round the roadblock overturned on the coastal "
            "highway near Ocoña, killing three passengers.",
            "en",
        ),
        (
            "A lorry stuck behind the blockade was hit when a van crashed into it at dawn, and its "
            "driver died in hospital.",
            "en",
        ),
        (
            "Un bus interprovincial que evitaba el bloqueo se despistó en la carretera a Nasca y "
            "murieron cuatro pasajeros.",
            "es",
        ),
        (
            "La camioneta impactó contra un camión detenido junto al piquete de huelguistas y su "
            "chofer falleció.",
            "es",
        ),
    ],
)
def test_a_road_accident_beside_a_blockade_is_no_event(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El choque amistoso entre Deportivo Garcilaso y un equipo de Sicuani se suspendió "
            "por la lluvia.",
            "es",
        ),
        ("The friendly match against a Bolivian side ended in a clash between the benches.", "en"),
    ],
)
def test_a_friendly_is_sport(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("For the families, what happened that day remains an open wound.", "en"),
        ("Para los deudos, aquel día sigue siendo una herida abierta en la región.", "es"),
        ("The strike committee met in Puno on Sunday to choose a new president.", "en"),
        ("The unions behind the strike met the minister on Sunday.", "en"),
        ("Los dirigentes del paro se reunieron el domingo con el ministro.", "es"),
    ],
)
def test_metaphors_and_organisers_are_no_events(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police said the station was stormed by a crowd armed with explosives and sticks.", "en"),
        (
            "Según el ministro, la comisaría fue atacada por grupos armados con explosivos y "
            "piedras.",
            "es",
        ),
    ],
)
def test_what_attackers_carried_is_no_blast(mentions, text, language):
    subs = {m.sub_event_type for m in mentions(text, language)}
    assert "Remote explosive/landmine/IED" not in subs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cientos de comuneros tomaron el aeropuerto de Jauja el martes.", "es"),
        ("Hundreds of farmers took over the airport in Jauja on Tuesday.", "en"),
        ("The airport was stormed by hundreds of demonstrators on Tuesday.", "en"),
    ],
)
def test_seizing_an_airport_is_a_violent_demonstration(mentions, text, language):
    assert [m.sub_event_type for m in mentions(text, language)] == ["Violent demonstration"]


def test_occupying_a_square_stays_a_protest(mentions):
    subs = [m.sub_event_type for m in mentions("Los estudiantes tomaron la plaza de Armas.", "es")]
    assert subs == ["Peaceful protest"]


def test_a_collective_wake_in_a_square_is_a_vigil(mentions):
    found = mentions(
        "Los familiares realizaron un velorio colectivo en la plaza de Armas de Ilave.", "es"
    )
    assert [(m.sub_event_type, m.mode) for m in found] == [("Peaceful protest", "vigil")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al amanecer, la Policía intervino la universidad a pedido del rectorado.",
            "Protest with intervention",
        ),
        ("El local del sindicato permanecía tomado por los comuneros.", "Peaceful protest"),
    ],
)
def test_a_police_raid_and_a_place_held_as_communiques_tell_them(mentions, text, expected):
    assert expected in [m.sub_event_type for m in mentions(text, "es")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El jefe policial afirmó que sus agentes fueron atacados con hondas y armas de fuego "
            "artesanales en el puente.",
            "es",
        ),
        ("The police chief said officers were attacked with homemade guns at the bridge.", "en"),
    ],
)
def test_forces_attacked_with_a_crowds_weapons_is_a_riot(mentions, text, language):
    found = mentions(text, language)
    assert [m.sub_event_type for m in found] == ["Violent demonstration"]
    assert found[0].actor2 is not None and found[0].actor2.name == "Police Forces of Peru"


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister, weakened by a scandal, is fighting for his political life.",
        "The president is fighting what one analyst called a war on two fronts: the streets and "
        "Congress.",
    ],
)
def test_figurative_fighting_in_a_protest_story_is_no_clash(mentions, text):
    story = "LIMA — Thousands of protesters marched through Lima on Monday.\n\n" + text
    assert [m.sub_event_type for m in mentions(story, "en")] == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hundreds of farmers loyal to ousted president Pedro Castillo marched in Puno.", "en"),
        (
            "Cientos de campesinos leales al destituido presidente Pedro Castillo marcharon en Puno.",
            "es",
        ),
    ],
)
def test_an_ousted_president_is_who_he_is_not_a_removal(mentions, text, language):
    assert [m.sub_event_type for m in mentions(text, language)] == ["Peaceful protest"]
