"""State killings outside a demonstration and protests named as a cause (extract-events5).

Police or soldiers who kill people outside a demonstration attack civilians ("Soldiers killed
three villagers"); the forces who die are no killers ("Two soldiers were killed"). The protests
named as the cause of a political outcome ("Oli resigns after deadly protests", "renunció tras
las protestas") are a reference to earlier events, not a demonstration of the sentence."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        ("Soldiers killed four villagers near Huanta on Sunday.", "en", "Military Forces of Peru"),
        ("Police kill two farmers in land row in Cajamarca", "en", "Police Forces of Peru"),
        ("Officers killed a street vendor in Chiclayo last night.", "en", "Police Forces of Peru"),
        (
            "Troops murdered five peasants in the highlands of Ayacucho.",
            "en",
            "Military Forces of Peru",
        ),
        (
            "Policías abatieron a un joven agricultor en Pataz el lunes.",
            "es",
            "Police Forces of Peru",
        ),
        (
            "Agentes de la PNP dieron muerte a un mototaxista en Piura.",
            "es",
            "Police Forces of Peru",
        ),
        (
            "Una patrulla del Ejército mató el miércoles a tres comuneros en Llochegua.",
            "es",
            "Military Forces of Peru",
        ),
        ("Soldados mataron en Putis a decenas de comuneros.", "es", "Military Forces of Peru"),
    ],
)
def test_state_killing_outside_protest_is_an_attack(
    mentions, text: str, language: str, actor1: str
) -> None:
    events = mentions(text, language)
    attacks = [m for m in events if m.sub_event_type == "Attack"]
    assert attacks, [(m.event_type, m.sub_event_type) for m in events]
    assert attacks[0].event_type == "Violence against civilians"
    assert attacks[0].actor1 is not None and attacks[0].actor1.name == actor1
    assert attacks[0].actor2 is not None and attacks[0].actor2.inter == 7


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the forces are the dead, not the killers
        ("Two soldiers were killed near Huanta on Sunday.", "en"),
        ("Police officer killed in Trujillo, another wounded", "en"),
        ("Three police officers killed, say officials.", "en"),
        # forces killed by forces are no civilians
        ("Soldiers killed two policemen by mistake at a checkpoint.", "en"),
        # a reflexive "se mató" is no killing by the forces, nor one with no object
        ("Un policía se mató en un accidente de tránsito en Puno.", "es"),
        ("Los militares mataron en defensa propia, según el comando.", "es"),
    ],
)
def test_forces_killed_are_no_state_attack(mentions, text: str, language: str) -> None:
    events = mentions(text, language)
    assert not [
        m
        for m in events
        if m.sub_event_type == "Attack"
        and m.actor1 is not None
        and m.actor1.name in ("Military Forces of Peru", "Police Forces of Peru")
    ]


def test_forces_killing_protesters_stay_force_on_the_protest(mentions) -> None:
    events = mentions("Soldiers killed three protesters at the airport in Ayacucho.", "en")
    assert events and events[0].sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [
        ("Prime minister resigns after deadly protests", "en", "resignation"),
        (
            "The labour minister resigned on Friday following weeks of demonstrations.",
            "en",
            "resignation",
        ),
        ("The health minister quit in the wake of mass protests by nurses.", "en", "resignation"),
        ("El ministro de Energía renunció tras las protestas en Moquegua.", "es", "resignation"),
        (
            "La ministra renunció el jueves luego de varias semanas de marchas de agricultores.",
            "es",
            "resignation",
        ),
        (
            "Tras las movilizaciones, el Congreso aprobó adelantar las elecciones.",
            "es",
            "election_change",
        ),
    ],
)
def test_protests_named_as_cause_are_no_event(
    mentions, text: str, language: str, mode: str
) -> None:
    events = mentions(text, language, published=dt.date(2025, 9, 12))
    assert [m.mode for m in events if m.event_type == "Strategic developments"] == [mode]
    assert not [m for m in events if m.event_type == "Protests"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the outcome comes first and the march after it: the march is the sentence's event
        ("Thousands marched in Lima after the minister resigned.", "en"),
        ("Los docentes marcharon en Cusco tras la renuncia del ministro.", "es"),
        # no political outcome: a march after another event is told as an event
        ("Farmers marched in Juliaca on Monday after the talks failed.", "en"),
    ],
)
def test_protest_beside_outcome_is_kept(mentions, text: str, language: str) -> None:
    events = mentions(text, language)
    assert [m for m in events if m.event_type == "Protests"]


@pytest.mark.parametrize(
    ("text", "language", "later_mode", "later_day"),
    [
        (
            "Los comuneros bloquearon la carretera el jueves luego de los enfrentamientos en Ayaviri.",
            "es",
            "blockade",
            dt.date(2023, 1, 12),
        ),
        (
            "El gobierno declaró el toque de queda el martes tras los disturbios en Ilave.",
            "es",
            "curfew",
            dt.date(2023, 1, 10),
        ),
        (
            "A curfew was imposed on Tuesday following the riots in Ilave.",
            "en",
            "curfew",
            dt.date(2023, 1, 10),
        ),
    ],
)
def test_event_of_earlier_phrase_takes_no_later_day(
    mentions, text: str, language: str, later_mode: str, later_day: dt.date
) -> None:
    events = mentions(text, language, published=dt.date(2023, 1, 13))
    later = [m for m in events if m.mode == later_mode]
    assert later and later[0].date is not None and later[0].date.value == later_day
    earlier = [m for m in events if m.mode != later_mode]
    assert earlier
    assert all(m.date is None or m.date.value != later_day for m in earlier)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        # the phrase names the incident the sentence dates: its dead are of that day
        (
            "Dos manifestantes murieron el lunes tras los enfrentamientos con la policía en Azángaro.",
            "es",
            dt.date(2023, 1, 9),
        ),
        (
            "Two protesters died on Monday after the clashes with police in Azangaro.",
            "en",
            dt.date(2023, 1, 9),
        ),
        # a day inside the phrase, or set off by a comma after it, is the earlier event's own
        ("Ocho heridos tras los enfrentamientos del lunes en Ayaviri.", "es", dt.date(2023, 1, 9)),
    ],
)
def test_earlier_phrase_keeps_its_own_day(mentions, text: str, language: str, day: dt.date) -> None:
    events = mentions(text, language, published=dt.date(2023, 1, 13))
    assert events and events[0].date is not None and events[0].date.value == day
