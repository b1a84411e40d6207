"""A strike is held by a territory: named by a town's bare name, it is placed at the department
or province that bears the name; a national or general strike at the country."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document


def _strikes(resources, text, language):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 5))
    return [m for m in extract(doc, resources).events if m.mode == "strike"]


def _where(m):
    loc = m.location
    assert loc is not None
    return (loc.name, loc.admin1, loc.admin2, loc.admin3, loc.geo_precision)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a department whose capital bears its name: the department
        (
            "Las organizaciones sociales reanudaron ayer un paro indefinido en Puno.",
            "es",
            ("Puno", "Puno", None, None, 3),
        ),
        (
            "CUSCO.— Los gremios acataron este martes el primer día del paro regional.",
            "es",
            ("Cusco", "Cusco", None, None, 3),
        ),
        (
            "Unions in Ayacucho began a 72-hour strike on Wednesday.",
            "en",
            ("Ayacucho", "Ayacucho", None, None, 3),
        ),
        # a province whose capital bears its name: the province
        (
            "Los comerceros cumplieron hoy el segundo día del paro indefinido en Andahuaylas.",
            "es",
            ("Andahuaylas", "Apurímac", "Andahuaylas", None, 2),
        ),
        # the country's capital: its metropolitan province, not the department
        (
            "Los transportistas acatan desde la medianoche un paro de 24 horas en Lima.",
            "es",
            ("Lima", "Lima", "Lima", None, 2),
        ),
    ],
)
def test_a_strike_named_by_a_bare_town_name_is_its_territorys(resources, text, language, expected):
    (strike,) = _strikes(resources, text, language)
    assert _where(strike) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("PUNO.— Los gremios convocaron un paro nacional de 48 horas para el jueves.", "es"),
        ("Unions in Juliaca joined the indefinite national strike on Wednesday.", "en"),
        ("La CUT convocó a una huelga general en Santiago para el martes.", "es"),
        ("Unions in Santiago called a general strike for Tuesday.", "en"),
    ],
)
def test_a_national_or_general_strike_is_the_countrys(resources, text, language):
    (strike,) = _strikes(resources, text, language)
    loc = strike.location
    assert loc is not None
    assert (loc.admin1, loc.geo_precision) == (None, 3)
    assert loc.iso in {"PE", "CL"}


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        # named in other words: the city, not the region
        ("Los mineros iniciaron una huelga en la ciudad de Puno.", "es", "Puno"),
        # a town with a name of its own stays the town
        ("Workers in Juliaca began a 48-hour strike on Monday.", "en", "Juliaca"),
    ],
)
def test_a_town_named_in_its_own_words_stays_a_town(resources, text, language, town):
    (strike,) = _strikes(resources, text, language)
    name, _, _, admin3, _ = _where(strike)
    assert (name, admin3) == (town, town)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "regional" makes it the department's, whatever town the story is told from
        (
            "ILAVE.— Los dirigentes aimaras ratificaron que el paro regional indefinido "
            "continuará hasta el viernes.",
            "es",
            ("Puno", "Puno", None, 3),
        ),
        # "provincial": the province's
        (
            "Los gremios de Juliaca acatan desde hoy un paro provincial de 48 horas.",
            "es",
            ("San Román", "Puno", "San Román", 2),
        ),
    ],
)
def test_a_regional_or_provincial_strike_is_its_territorys(resources, text, language, expected):
    (strike,) = _strikes(resources, text, language)
    name, admin1, admin2, _, precision = _where(strike)
    assert (name, admin1, admin2, precision) == expected
