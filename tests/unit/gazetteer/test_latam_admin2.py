"""Second-level divisions of the rest of Latin America as ACLED and our annotations write
them, capitals and their landmarks, and names that are also words (fourteenth session)."""

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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ASUNCION, April 1 (Wire) - A young activist was shot dead.", "en"),
        ("ASUNCIÓN.– Un joven fue asesinado por la policía.", "es"),
        ("He was killed in central Asunción, Paraguay's capital.", "en"),
        ("Los manifestantes marcharon en el centro de Asunción, Paraguay.", "es"),
        ("Police charged in the heart of Asunción, Paraguay.", "en"),
    ],
)
def test_a_name_that_is_also_a_word_is_a_place_in_a_dateline_or_after_a_part_of_town(
    finder, text, lang
):
    assert ("Asunción", "Asunción") in {(n, a1) for n, a1, _ in _where(finder, text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Asunción Pérez, vecina de Lima, denunció el hecho.", "es"),
        ("La fiesta de la Asunción se celebró en Lima.", "es"),
        ("Her daughter, Maria ASUNCION, said she was in Paraguay.", "en"),
        ("The central Asunción said nothing.", "en"),
    ],
)
def test_a_name_that_is_also_a_word_stays_a_word_elsewhere(finder, text, lang):
    assert "Asunción" not in {n for n, _, _ in _where(finder, text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a landmark of Lima's does not make a Mexican story Peruvian
        (
            "En México, unas 300 personas hicieron una vigilia frente al Palacio de Justicia.",
            "es",
            None,
        ),
        # Guatemala City's Obelisco and Plaza de la Constitución, not Buenos Aires' or Mexico's
        ("En Guatemala, una marcha salió desde el Obelisco.", "es", "Guatemala City"),
        ("In Guatemala, crowds gathered on the Plaza de la Constitución.", "en", "Guatemala City"),
        ("En México, normalistas derribaron una puerta de Palacio Nacional.", "es", "Mexico City"),
        ("Rioters in Brazil ransacked the third floor of the Planalto.", "en", "Brasília"),
        ("Bolsonaristas invadieron el Palacio del Planalto en Brasil.", "es", "Brasília"),
        ("In Cuba, police broke up a march near the Capitol.", "en", "Havana"),
        ("En Nicaragua, los estudiantes marcharon hacia la rotonda Cristo Rey.", "es", "Managua"),
        ("En Venezuela, la GNB dispersó la marcha a la altura de Altamira.", "es", "Caracas"),
        ("In Honduras, troops fired at a crowd at Toncontín airport.", "en", "Tegucigalpa"),
    ],
)
def test_capital_landmarks_follow_the_story_country(finder, text, lang, expected):
    names = {n for n, _, _ in _where(finder, text, lang)}
    assert "Lima" not in names and "Buenos Aires" not in names
    if expected:
        assert expected in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA.– Una vigilia frente al Palacio de Justicia.", "Lima"),
        ("BUENOS AIRES.– Miles marcharon hasta el Obelisco.", "Buenos Aires"),
        ("Un bloqueo en Planalto, Bahia, en Brasil.", "Planalto"),
        ("En Colombia, campesinos bloquearon la vía en Altamira, Huila.", "Altamira"),
    ],
)
def test_capital_landmarks_near_misses(finder, text, expected):
    assert expected in {n for n, _, _ in _where(finder, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En México, los 43 fueron desaparecidos en Iguala.",
            ("Iguala", "Guerrero", "Iguala de la Independencia"),
        ),
        (
            "Brazil's Federal District police arrested hundreds.",
            ("Brasília", "Distrito Federal", "Brasília"),
        ),
        (
            "En Brasil, la policía del Distrito Federal detuvo a cientos.",
            ("Brasília", "Distrito Federal", "Brasília"),
        ),
        ("desbloquearon la Panamericana Sur en la Pampa de Villacurí", ("Salas", "Ica", "Ica")),
    ],
)
def test_short_names_and_districts_of_a_capital(finder, text, expected):
    assert expected in _where(finder, text, "en" if text.startswith("Brazil") else "es")


def test_mexicos_distrito_federal_is_not_brasilia(finder):
    text = "En México, la policía del Distrito Federal detuvo a cientos."
    assert "Brasília" not in {n for n, _, _ in _where(finder, text)}
