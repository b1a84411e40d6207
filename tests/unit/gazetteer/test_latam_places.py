"""Towns of the rest of Latin America: the story's country decides between namesakes
("Córdoba", "Colón", "Santiago", "frente al Congreso"), and a Peruvian story keeps its places."""

from __future__ import annotations

import pytest

from veeduria.extract.terms import fold


def _places(finder, text, lang):
    return [
        (loc.name, loc.admin1, loc.iso) for loc in finder.find(text, fold(text), 0, len(text), lang)
    ]


def _where(finder, text, lang, name):
    """(admin1, iso) of every mention resolved to ``name``."""
    return {(a1, iso) for n, a1, iso in _places(finder, text, lang) if n == name}


@pytest.mark.parametrize(
    ("text", "lang", "name", "where"),
    [
        (
            "CÓRDOBA, Argentina.– La policía reprimió una marcha de jubilados en Córdoba.",
            "es",
            "Córdoba",
            ("Córdoba", "AR"),
        ),
        (
            "BUENOS AIRES — Police fired rubber bullets at protesters in Córdoba, Argentina's "
            "second city.",
            "en",
            "Córdoba",
            ("Córdoba", "AR"),
        ),
        (
            "MONTERÍA.– Campesinos de Córdoba bloquearon la vía hacia Sincelejo, en Colombia.",
            "es",
            "Córdoba",
            ("Córdoba", "CO"),
        ),
        (
            "Panamá: los trabajadores portuarios de Colón bloquearon la entrada al puerto.",
            "es",
            "Colón",
            ("Colón", "PA"),
        ),
        (
            "BARRANQUILLA.– Vecinos de Colón, en Putumayo, bloquearon la vía.",
            "es",
            "Colón",
            ("Putumayo", "CO"),
        ),
        (
            "BOGOTÁ.– La Cancillería siguió los bloqueos en Colón, Panamá, y las marchas en Cali.",
            "es",
            "Colón",
            ("Colón", "PA"),
        ),
        ("In Rosario, Argentina, dockworkers went on strike.", "en", "Rosario", ("Santa Fe", "AR")),
        (
            "Ciudad de Panamá, 8 nov.– Dos docentes murieron en un cierre de vía en Chame.",
            "es",
            "Chame",
            ("Panamá Oeste", "PA"),
        ),
    ],
)
def test_latam_namesake_decided_by_the_story_country(finder, text, lang, name, where):
    assert _where(finder, text, lang, name) == {where}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("LIMA.– La policía dispersó una marcha en Santiago en apoyo a los docentes.", "es"),
        ("LIMA — Police in Santiago broke up a march of teachers.", "en"),
    ],
)
def test_latam_peruvian_story_keeps_santiago_in_chile(finder, text, lang):
    # as before the import grew: a metropolis abroad over a small district at home
    assert _where(finder, text, lang, "Santiago") == {("Región Metropolitana de Santiago", "CL")}


@pytest.mark.parametrize(
    ("text", "lang", "city", "iso"),
    [
        (
            "BUENOS AIRES (corresponsalía).– Incidentes frente al Congreso: 33 detenidos.",
            "es",
            "Buenos Aires",
            "AR",
        ),
        (
            "Protesters clashed with police outside Congress in Buenos Aires.",
            "en",
            "Buenos Aires",
            "AR",
        ),
        ("LIMA.– Una vigilia frente al Congreso del Perú.", "es", "Lima", "PE"),
        ("Students held a vigil outside Congress in Lima, Peru.", "en", "Lima", "PE"),
    ],
)
def test_latam_congress_is_the_story_countrys(finder, text, lang, city, iso):
    found = finder.find(text, fold(text), 0, len(text), lang)
    congress = [loc for loc in found if "ongres" in loc.text]
    assert congress and all((loc.name, loc.iso) == (city, iso) for loc in congress), found


@pytest.mark.parametrize(
    ("text", "lang", "city", "iso"),
    [
        (
            "CARACAS.– Opositores se concentraron en la plaza Francia de Altamira.",
            "es",
            "Caracas",
            "VE",
        ),
        (
            "LIMA.– Estudiantes marcharon desde la plaza Francia hasta el Congreso.",
            "es",
            "Lima",
            "PE",
        ),
        ("MÉXICO.– Miles marcharon al Zócalo de la Ciudad de México.", "es", "Mexico City", "MX"),
        ("Las Madres marcharon a Plaza de Mayo, en Argentina.", "es", "Buenos Aires", "AR"),
        (
            "Manifestantes se concentraron frente a la Asamblea Nacional en Panamá.",
            "es",
            "Panama City",
            "PA",
        ),
    ],
)
def test_latam_landmarks(finder, text, lang, city, iso):
    assert (city, iso) in {(n, i) for n, _, i in _places(finder, text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The protests, the largest in Panama in decades, began after Congress voted.", "en"),
        ("Panamá: la huelga docente cumple un mes.", "es"),
    ],
)
def test_latam_bare_country_name_is_the_country(finder, text, lang):
    assert ("Panama", None, "PA") in _places(finder, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # Peruvian stories: the new towns' names are words, surnames or namesakes here
        ("Se registraron enfrentamientos en el Congreso de la República, en Lima.", "es", "BR"),
        ("Una marcha llegó al Congreso de la República.", "es", "BR"),
        ("TRUJILLO.– Transportistas bloquearon la Panamericana Norte en Trujillo.", "es", "VE"),
        ("Young protesters blocked the road to Juliaca.", "en", "UY"),
        ("Santos dijo que el paro sigue en Puno.", "es", "BR"),
        ("CUSCO.– El valle de Tambo sigue paralizado, dijo Castillo.", "es", "DO"),
    ],
)
def test_latam_no_stray_towns_in_a_peruvian_story(finder, text, lang, absent):
    assert absent not in {iso for _, _, iso in _places(finder, text, lang)}


def test_latam_capital_is_the_story_countrys(finder):
    text = "En Argentina, miles de jubilados marcharon en la capital."
    assert ("Buenos Aires", "Ciudad Autónoma de Buenos Aires", "AR") in _places(finder, text, "es")
    text = "LIMA.– Miles marcharon en la capital."
    assert ("Lima", "Lima", "PE") in _places(finder, text, "es")


def test_latam_medium_named_after_a_town_is_no_place(finder):
    text = "Protesters set fire to a Córdoba radio station car in Buenos Aires."
    assert [name for name, _, _ in _places(finder, text, "en")] == ["Buenos Aires"]
