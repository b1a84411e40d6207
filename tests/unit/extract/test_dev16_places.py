"""Places of extract-dev16: a strike that names no territory is of the territory of the strike
told before ("It held a second, 24-hour strike on May 9" after a general strike is the
country's), and a town that only gives the bearing of another ("Chame, west of the capital")
is no scene of its own that splits an incident."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "BUENOS AIRES (AP) — Police cleared protesters in front of Congress on Wednesday. "
            "The CGT called a 12-hour general strike on January 24. It held a second, 24-hour "
            "strike on May 9.",
            "en",
        ),
        (
            "BUENOS AIRES.– La policía dispersó a los manifestantes frente al Congreso. La CGT no "
            "descarta un tercer paro general. La central ya paró el 24 de enero.",
            "es",
        ),
    ],
)
def test_a_strike_after_a_national_one_is_the_countrys(mentions, text: str, language: str) -> None:
    strikes = [m for m in mentions(text, language, dt.date(2024, 6, 13)) if m.mode == "strike"]
    assert len(strikes) == 2
    last = strikes[-1].location
    assert last is not None and last.geo_precision == 3 and last.name == "Argentina", last


def test_a_strike_in_a_named_town_keeps_its_town(mentions) -> None:
    text = (
        "LIMA.– La CGTP acató ayer un paro nacional. En Juliaca, los transportistas iniciaron "
        "un paro de 48 horas en el distrito de Juliaca."
    )
    strikes = [m for m in mentions(text, "es") if m.mode == "strike"]
    last = strikes[-1].location
    assert last is not None and last.name == "Juliaca", last


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Two teachers were shot dead on Nov. 7 at a roadblock in Chame, west of the capital, "
            "and two other people died in separate incidents, according to the Ombudsman.",
            "en",
        ),
        (
            "Dos docentes murieron baleados el 7 de noviembre en Chame, al oeste de la capital, y "
            "otras dos personas fallecieron en incidentes separados, según la Defensoría.",
            "es",
        ),
    ],
)
def test_a_bearing_does_not_split_the_incident(mentions, text: str, language: str) -> None:
    events = mentions("PANAMÁ.– " + text, language, dt.date(2023, 11, 29))
    assert len(events) == 1, [(m.trigger.text, m.location) for m in events]
    assert events[0].location is not None and events[0].location.name == "Chame"


def test_two_towns_each_with_its_dead_still_split(mentions) -> None:
    text = (
        "Los militares dispararon contra los manifestantes: hubo tres muertos en Juliaca, al "
        "norte de Puno, y dos fallecidos en Ilave."
    )
    events = mentions(text, "es")
    assert {m.location.name for m in events if m.location} == {"Juliaca", "Ilave"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "PANAMÁ.– Un hombre disparó contra dos docentes en un cierre de vía en Chame. El "
            "Ejecutivo descartó, por ahora, declarar un estado de urgencia.",
            "es",
        ),
        (
            "PANAMA CITY — A man shot two teachers dead at a roadblock in Chame. The government "
            "ruled out declaring a state of emergency.",
            "en",
        ),
    ],
)
def test_a_measure_ruled_out_is_the_countrys(mentions, text: str, language: str) -> None:
    events = mentions(text, language, dt.date(2023, 11, 8))
    measure = [m for m in events if m.mode == "state_of_emergency"]
    assert measure and measure[0].factuality == "negated"
    where = measure[0].location
    assert where is not None and where.name == "Panama" and where.geo_precision == 3, where


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        # the territory named: its own
        ("El Ejecutivo descartó declarar un estado de urgencia en Colón.", "Colón"),
        # a measure taken: the story's town as before
        ("El Ejecutivo declaró el estado de urgencia.", "Chame"),
    ],
)
def test_a_measure_named_or_taken_keeps_its_town(mentions, sentence: str, town: str) -> None:
    text = (
        "PANAMÁ.– Un hombre disparó contra dos docentes en un cierre de vía en Chame. " + sentence
    )
    events = mentions(text, "es", dt.date(2023, 11, 8))
    measure = [m for m in events if m.mode == "state_of_emergency"]
    assert measure and measure[0].location is not None
    assert measure[0].location.name == town
