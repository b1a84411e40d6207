"""The second street of a corner is a street, not a town of that name: "la esquina de la
Alameda con Vicuña Mackenna" is no Vicuña (Coquimbo); "y"/"and" between two towns still
lists two towns."""

from __future__ import annotations

import pytest

from veeduria.extract.terms import fold


def _names(finder, text, lang):
    return [loc.name for loc in finder.find(text, fold(text), 0, len(text), lang)]


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Dispararon en la esquina de la Alameda con Vicuña Mackenna.", "es", "Vicuña"),
        ("Hubo heridos en el cruce de la avenida Grau con Abancay.", "es", "Abancay"),
        ("Police fired at the corner of Colmena and Puno streets.", "en", "Puno"),
        ("Se enfrentaron en la intersección de Tacna y Cusco.", "es", "Cusco"),
    ],
)
def test_the_second_street_of_a_corner_is_no_town(finder, text, lang, absent):
    assert absent not in _names(finder, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "towns"),
    [
        ("Hubo marchas en Juliaca y Puno.", "es", ["Juliaca", "Puno"]),
        ("Protests in Juliaca and Puno with roadblocks.", "en", ["Juliaca", "Puno"]),
        ("Bloqueos entre Ilave y Juli desde el lunes.", "es", ["Ilave", "Juli"]),
    ],
)
def test_two_towns_joined_by_and_are_two_towns(finder, text, lang, towns):
    assert _names(finder, text, lang) == towns


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Hubo gases en las avenidas Abancay y Nicolás de Piérola.", "es", "Abancay"),
        ("Marcharon por las avenidas Grau y Abancay hasta el Congreso.", "es", "Abancay"),
        ("Los manifestantes ocuparon los jirones Puno y Cusco.", "es", "Puno"),
        ("Los manifestantes ocuparon los jirones Ayacucho y Huancavelica.", "es", "Huancavelica"),
        ("Vendors closed their stalls along the Tacna and Arequipa avenues.", "en", "Arequipa"),
        ("Vendors closed their stalls along the Tacna and Arequipa avenues.", "en", "Tacna"),
        ("Hubo detenidos en las calles Moquegua e Ica.", "es", "Ica"),
    ],
)
def test_streets_named_together_are_no_towns(finder, text, lang, absent):
    """Plural street words name every street after them: "las avenidas Abancay y
    Arequipa" are two streets of Lima, no town of Apurímac or Arequipa."""
    assert absent not in _names(finder, text, lang)


def test_a_town_after_a_plural_street_list_ends_is_still_a_town(finder):
    names = _names(finder, "Marcharon por las avenidas Grau y Tacna en Juliaca.", "es")
    assert "Juliaca" in names
