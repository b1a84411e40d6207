"""A saint's name after a church word is the church's, not a town of that name: "la parroquia
San Francisco de Asís de Senkata" is no district in Huánuco, "San Pedro church" none in
Ayacucho. The town the church stands in is still found."""

from __future__ import annotations

import pytest

from veeduria.extract.terms import fold


def _names(finder, text, lang):
    return [loc.name for loc in finder.find(text, fold(text), 0, len(text), lang)]


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        (
            "Los cuerpos fueron velados en la parroquia San Francisco de Asís.",
            "es",
            "San Francisco de Asis",
        ),
        (
            "Cientos de fieles se reunieron en la iglesia Santa Rosa al mediodía.",
            "es",
            "Santa Rosa",
        ),
        ("La vigilia terminó en el santuario San Pedro.", "es", "San Pedro"),
        ("A vigil was held at San Pedro church on Sunday.", "en", "San Pedro"),
        ("Mourners filled the Santa Rosa cathedral.", "en", "Santa Rosa"),
    ],
)
def test_a_saint_after_a_church_word_is_no_town(finder, text, lang, absent):
    assert absent not in _names(finder, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("Una misa en la parroquia de Ilave reunió a los deudos.", "es", "Ilave"),
        ("A vigil was held at San Pedro church in Juliaca.", "en", "Juliaca"),
        ("Los deudos marcharon hasta la catedral de Ayacucho.", "es", "Ayacucho"),
        # a saint's name that is the town itself, with no church word before it
        ("Bloqueos en San Francisco, Ayacucho.", "es", "San Francisco"),
    ],
)
def test_the_town_of_the_church_is_still_found(finder, text, lang, town):
    assert town in _names(finder, text, lang)
