"""The story's country decides a namesake that a curated alias binds to a country ("Santo
Domingo" in an Ecuadorian story is Santo Domingo de los Colorados, not the Dominican capital),
and a name right after a word for a people ("indigenous Ngäbe-Buglé groups") is no place
(extract-dev16)."""

from __future__ import annotations

import pytest

from veeduria.extract.terms import fold


def _places(finder, text, lang):
    return [
        (loc.name, loc.admin1, loc.iso) for loc in finder.find(text, fold(text), 0, len(text), lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La policía ecuatoriana desalojó un bloqueo en Santo Domingo.", "es"),
        ("Ecuadorian police cleared a blockade in Santo Domingo on Monday.", "en"),
        (
            "QUITO.– La Conaie mantiene el paro. En Santo Domingo, los manifestantes bloquearon "
            "la vía a Quevedo.",
            "es",
        ),
    ],
)
def test_santo_domingo_in_an_ecuadorian_story(finder, text: str, lang: str) -> None:
    assert ("Santo Domingo", "Santo Domingo de los Tsáchilas", "EC") in _places(finder, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La policía dominicana dispersó una marcha en Santo Domingo.", "es"),
        ("SANTO DOMINGO.– Miles marcharon en la Plaza de la Bandera contra la corrupción.", "es"),
        ("Thousands marched in Santo Domingo against corruption.", "en"),
    ],
)
def test_santo_domingo_elsewhere_is_the_dominican_capital(finder, text: str, lang: str) -> None:
    found = _places(finder, text, lang)
    assert found and found[0][2] == "DO", found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Indigenous Ngäbe-Buglé groups began dismantling their roadblocks at San Félix.",
            "en",
        ),
        ("Los indígenas Ngäbe-Buglé levantaron los bloqueos en San Félix.", "es"),
        ("Comunidades nativas Ngäbe-Buglé bloquearon la vía en San Félix.", "es"),
    ],
)
def test_a_people_is_no_place(finder, text: str, lang: str) -> None:
    found = [n for n, _, _ in _places(finder, "PANAMÁ.– " + text, lang)]
    assert "San Félix" in found and "Ngäbe-Buglé" not in found, found


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Indígenas de Puno marcharon en la plaza.", "es", "Puno"),
        ("Protesters blocked roads in the Ngäbe-Buglé comarca, Panama.", "en", "Ngäbe-Buglé"),
    ],
)
def test_a_place_after_de_or_alone_stays(finder, text: str, lang: str, name: str) -> None:
    assert name in [n for n, _, _ in _places(finder, text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "department"),
    [
        (
            "En la provincia de Anta, comuneros bloquearon la carretera Cusco–Abancay a la altura "
            "de Izcuchaca.",
            "es",
            "Cusco",
        ),
        ("Villagers blocked the Cusco-Abancay road at Izcuchaca, in Anta province.", "en", "Cusco"),
        (
            "HUANCAVELICA.– Pobladores de Izcuchaca bloquearon la vía a Huancayo.",
            "es",
            "Huancavelica",
        ),
    ],
)
def test_izcuchaca_is_the_seat_of_anta_unless_the_story_is_huancavelicas(
    finder, text: str, lang: str, department: str
) -> None:
    assert ("Izcuchaca", department, "PE") in _places(finder, text, lang)
