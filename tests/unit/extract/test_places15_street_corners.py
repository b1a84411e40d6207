"""The first street of a corner is a street, not the town it is named after (places15): "near
the corner of Abancay and Nicolás de Piérola", "en la esquina de Tacna con Colmena" in a story
filed from Lima are in Lima, as the second street of a corner already was. A junction named by
its town ("el cruce de Ilave") is still that town. Sentences written for the test, over the
streets of central Lima named after towns of other regions."""

from __future__ import annotations

import datetime as dt

import pytest

#: streets of central Lima named after towns elsewhere, and a street they cross
CORNERS = [
    ("Abancay", "Nicolás de Piérola"),
    ("Tacna", "Colmena"),
    ("Ayacucho", "Ucayali"),
    ("Puno", "Lampa"),
    ("Cusco", "Lampa"),
    ("Huancavelica", "Camaná"),
]

TEMPLATES = [
    (
        "LIMA, Jan 19 (Reuters) - Riot police fired tear gas at protesters trying to reach "
        "Congress, near the corner of {a} and {b}, on Thursday evening.",
        "en",
        "tear gas",
    ),
    (
        "LIMA.- La Policía lanzó gases lacrimógenos contra los manifestantes en la esquina de {a} "
        "con {b} el jueves por la noche.",
        "es",
        "gases lacrimógenos",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        pytest.param(t.format(a=a, b=b), lang, trig, id=f"{a}-{lang}")
        for a, b in CORNERS
        for t, lang, trig in TEMPLATES
    ],
)
def test_places15_the_first_street_of_a_corner(mentions, text, lang, trigger):
    found = [m for m in mentions(text, lang, dt.date(2023, 1, 20)) if trigger in m.trigger.text]
    assert found, text
    loc = found[0].location
    assert loc is not None and loc.name == "Lima"


@pytest.mark.parametrize(
    ("town", "department"),
    [("Ilave", "Puno"), ("Sicuani", "Cusco"), ("Chalhuanca", "Apurímac")],
)
def test_places15_a_junction_named_by_its_town_stays(mentions, town, department):
    text = f"Los comuneros bloquearon el cruce de {town}, en {department}, desde el lunes."
    found = [
        m for m in mentions(text, "es", dt.date(2023, 1, 20)) if "bloquearon" in m.trigger.text
    ]
    assert found and found[0].location is not None
    assert found[0].location.name == town
