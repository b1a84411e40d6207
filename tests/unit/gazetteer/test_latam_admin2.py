"""Second-level divisions of the rest of Latin America as ACLED and our annotations write
them (fourteenth session)."""

from __future__ import annotations

import pytest

from veeduria.extract.terms import fold
from veeduria.gazetteer._index import _admin2_name


def _find(finder, text, lang="es"):
    return finder.find(text, fold(text), 0, len(text), lang)


def _where(finder, text, lang="es"):
    return {(loc.name, loc.admin1, loc.admin2) for loc in _find(finder, text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "Municipio Libertador" in the import
        (
            "Miles marcharon en Caracas, Venezuela.",
            "es",
            ("Caracas", "Distrito Capital", "Libertador"),
        ),
        ("Police fired in Maracay, Venezuela.", "en", ("Maracay", "Aragua", "Girardot")),
        # "Arrondissement de Port-au-Prince", and Creole "Okap"
        ("Protests in Port-au-Prince, Haiti.", "en", ("Port-au-Prince", "Ouest", "Port-au-Prince")),
        ("Barricadas en Cap-Haïtien, Haití.", "es", ("Cap-Haïtien", "Nord", "Cap-Haïtien")),
        # "Central"
        (
            "Troops fired in Tegucigalpa, Honduras.",
            "en",
            ("Tegucigalpa", "Francisco Morazán", "Distrito Central"),
        ),
        # no admin2 in the import: provinces.yaml
        ("Protestas en Managua, Nicaragua.", "es", ("Managua", "Managua", "Managua")),
        ("Students marched in León, Nicaragua.", "en", ("León", "León", "León")),
        ("Un ataque en Malacatán, Guatemala.", "es", ("Malacatán", "San Marcos", "Malacatán")),
        ("Marcha en Soyapango, El Salvador.", "es", ("Soyapango", "San Salvador", "Soyapango")),
        (
            "Thousands marched in Mexico City.",
            "en",
            ("Mexico City", "Ciudad de México", "Cuauhtémoc"),
        ),
        ("Miles marcharon en São Paulo, Brasil.", "es", ("São Paulo", "São Paulo", "São Paulo")),
        # the import puts Arroyo Naranjo in Boyeros
        ("Riots in Arroyo Naranjo, Cuba.", "en", ("Arroyo Naranjo", "La Habana", "Arroyo Naranjo")),
        (
            "Disturbios en Diez de Octubre, Cuba.",
            "es",
            ("Diez de Octubre", "La Habana", "Diez de Octubre"),
        ),
    ],
)
def test_latam_admin2_as_acled_writes_it(finder, text, lang, expected):
    assert expected in _where(finder, text, lang)


@pytest.mark.parametrize(
    ("name", "prefixes", "rename", "expected"),
    [
        ("Municipio Libertador", ("Municipio Autónomo", "Municipio"), {}, "Libertador"),
        ("Municipio Autónomo Atures", ("Municipio Autónomo", "Municipio"), {}, "Atures"),
        ("Arrondissement des Cayes", ("Arrondissement de", "Arrondissement des"), {}, "Cayes"),
        ("Okap", (), {"Okap": "Cap-Haïtien"}, "Cap-Haïtien"),
        # near misses: a prefix is a whole word, and other countries keep their names
        ("Municipios Unidos", ("Municipio",), {}, "Municipios Unidos"),
        ("Municipio Sucre", (), {}, "Municipio Sucre"),
        ("", ("Municipio",), {}, None),
    ],
)
def test_admin2_name_strips_whole_word_prefixes(name, prefixes, rename, expected):
    assert _admin2_name(name, prefixes, rename) == expected
