"""A state measure (a state of emergency, a curfew, a deployment) whose phrase says it covers the
whole country ("a nationwide state of emergency", "en todo el país", "a nivel nacional",
"estado de emergencia nacional") is the country's (geo_precision 3), whatever town the story is
datelined in, as dev and gold code it; one for named departments or cities keeps them
(places16, ``places.nationwide``)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

DAY = dt.date(2022, 12, 16)

#: datelines of Peruvian towns, each in a different department, and an incident told there
#: before the measure
_TOWNS_EN = [
    f"{town.upper()}, Peru — Protesters blocked roads in {town} on Tuesday."
    for town in ("Ayacucho", "Cusco", "Arequipa", "Huancayo")
]
_TOWNS_ES = [
    f"{town.upper()}.- Cientos de manifestantes bloquearon las vías en {town} el martes."
    for town in ("Ayacucho", "Cusco", "Arequipa", "Huancayo")
]

_NATIONWIDE_EN = [
    (
        "The government had declared a 30-day nationwide state of emergency on Wednesday.",
        "state_of_emergency",
    ),
    (
        "Soldiers patrol the streets under the national state of emergency declared on Wednesday.",
        "state_of_emergency",
    ),
    (
        "On Wednesday the government declared a state of emergency across the country.",
        "state_of_emergency",
    ),
    ("The government imposed a nationwide curfew on Wednesday night.", "curfew"),
    (
        "The defence minister said on Wednesday that troops had been deployed throughout the "
        "country.",
        "deployment",
    ),
]
_NATIONWIDE_ES = [
    (
        "El Gobierno había declarado el miércoles el estado de emergencia en todo el país.",
        "state_of_emergency",
    ),
    (
        "El Ejecutivo declaró el miércoles el estado de emergencia a nivel nacional por treinta "
        "días.",
        "state_of_emergency",
    ),
    ("Rige desde el miércoles el estado de emergencia nacional.", "state_of_emergency"),
    (
        "El Gobierno decretó el miércoles el toque de queda en todo el territorio nacional.",
        "curfew",
    ),
]


def _cases(towns: list[str], sentences: list[tuple[str, str]], language: str):
    for town, (sentence, mode) in itertools.product(towns, sentences):
        yield pytest.param(
            f"{town} {sentence}", language, mode, id=f"{town.split()[0]}-{sentence[:30]}"
        )


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [*_cases(_TOWNS_EN, _NATIONWIDE_EN, "en"), *_cases(_TOWNS_ES, _NATIONWIDE_ES, "es")],
)
def test_a_nationwide_measure_is_the_countrys(
    mentions, text: str, language: str, mode: str
) -> None:
    found = [m for m in mentions(text, language, DAY) if m.mode == mode]
    assert found, [(m.mode, m.trigger.text) for m in mentions(text, language, DAY)]
    for m in found:
        loc = m.location
        assert loc is not None and loc.iso == "PE" and loc.admin1 is None, loc
        assert loc.geo_precision == 3, loc


@pytest.mark.parametrize(
    ("text", "language", "admin1"),
    [
        (
            "AYACUCHO, Peru — The government declared a state of emergency in Cusco on Wednesday.",
            "en",
            "Cusco",
        ),
        ("AREQUIPA, Peru — A curfew was imposed in Puno on Wednesday night.", "en", "Puno"),
        (
            "CUSCO.- El Gobierno declaró el estado de emergencia en Ayacucho y la Policía Nacional "
            "desplegó agentes.",
            "es",
            "Ayacucho",
        ),
        ("HUANCAYO.- El Gobierno decretó el toque de queda en Puno por tres días.", "es", "Puno"),
    ],
)
def test_a_measure_for_named_places_keeps_them(
    mentions, text: str, language: str, admin1: str
) -> None:
    found = [
        m
        for m in mentions(text, language, DAY)
        if m.mode in ("state_of_emergency", "curfew", "deployment")
    ]
    assert found
    assert all(m.location is not None and m.location.admin1 == admin1 for m in found), [
        m.location for m in found
    ]


_WITH_IT = [
    (
        "The government imposed a nationwide curfew on Wednesday, deploying soldiers on the "
        "streets.",
        "en",
    ),
    (
        "The government declared a state of emergency across the country on Wednesday, "
        "suspending the right of assembly and deploying the armed forces to support the police.",
        "en",
    ),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param(f"{town} {sentence}", language, id=f"{town.split()[0]}-{sentence[:30]}")
        for town, (sentence, language) in itertools.product(_TOWNS_EN, _WITH_IT)
    ],
)
def test_a_deployment_told_with_a_nationwide_measure_goes_with_it(
    mentions, text: str, language: str
) -> None:
    found = [m for m in mentions(text, language, DAY) if m.mode == "deployment"]
    assert found, [(m.mode, m.trigger.text) for m in mentions(text, language, DAY)]
    assert all(m.location is not None and m.location.admin1 is None for m in found), [
        m.location for m in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"{town} The government imposed a nationwide curfew on Wednesday and deployed soldiers "
        f"in {other}."
        for town, other in zip(_TOWNS_EN, ("Puno", "Tacna", "Piura", "Puno"), strict=True)
    ],
)
def test_a_deployment_with_a_place_of_its_own_keeps_it(mentions, text: str) -> None:
    found = [m for m in mentions(text, "en", DAY) if m.mode == "deployment"]
    assert found
    assert all(m.location is not None and m.location.admin1 is not None for m in found), [
        m.location for m in found
    ]
