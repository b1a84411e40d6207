"""Twenty-sixth session (actors9): an office-holder arrested, told by his title, its place and
his name ("El gobernador de Santa Cruz, Luis Fernando Camacho, fue aprehendido", "The mayor
of Juliaca, Óscar Cáceres, was arrested"): the arrest took the government (a region's
governor and a town's mayor govern it), as it does when the name follows the title directly
(``actors._arrested``, ``title_place`` in actor_words.yaml). Built from titles, places, names
and verbs; a near miss (a title with no arrest of him: the mayor only tells of it) keeps the
people arrested, and the head of a body ("the President of the union") is not the government."""

import datetime as dt
import itertools

import pytest

TITLES_ES = ("El gobernador regional", "El alcalde", "El alcalde provincial")
PLACES_ES = ("de Puno", "de Juliaca", "del Cusco", "de San Román")
VERBS_ES = ("fue detenido el lunes por la policía", "fue aprehendido ayer por agentes policiales")
TITLES_EN = ("The governor", "The mayor", "The regional governor")
PLACES_EN = ("of Puno", "of Juliaca", "of Cusco")
VERBS_EN = ("was arrested by police on Monday", "was detained by police officers on Monday")
NAMES = ("Óscar Cáceres", "Richard Hancco", "Jean Paul Benavente")


def _taken(found):
    return [m.actor2.name if m.actor2 else None for m in found if m.sub_event_type == "Arrests"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", f"{t} {p}, {n}, {v}.")
        for (t, p, v), n in zip(
            itertools.product(TITLES_ES, PLACES_ES, VERBS_ES), itertools.cycle(NAMES)
        )
    ]
    + [
        ("en", f"{t} {p}, {n}, {v}.")
        for (t, p, v), n in zip(
            itertools.product(TITLES_EN, PLACES_EN, VERBS_EN), itertools.cycle(NAMES)
        )
    ],
)
def test_the_office_holder_of_a_place_arrested_is_the_government(mentions, language, sentence):
    taken = _taken(mentions(sentence, language, dt.date(2023, 3, 8)))
    assert taken == ["Government of Peru"], (sentence, taken)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "es",
            "El alcalde de Juliaca, Óscar Cáceres, dijo que la policía detuvo a 40 manifestantes.",
        ),
        ("en", "The mayor of Juliaca, Óscar Cáceres, said police arrested 40 protesters."),
    ],
)
def test_the_office_holder_who_tells_of_arrests_is_not_taken(mentions, language, sentence):
    taken = _taken(mentions(sentence, language, dt.date(2023, 3, 8)))
    assert "Government of Peru" not in taken, taken


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", f"The President of the {body}, {name}, was arrested by police on Monday.")
        for body, name in zip(("NLC", "Workers Union", "Transport Guild"), NAMES, strict=True)
    ]
    + [
        ("es", f"El presidente de la {body}, {name}, fue detenido por la policía el lunes.")
        for body, name in zip(
            ("Federación Agraria", "Asociación Minera", "Central Obrera"), NAMES, strict=True
        )
    ],
)
def test_the_head_of_a_body_is_not_the_government(mentions, language, sentence):
    taken = _taken(mentions(sentence, language, dt.date(2023, 3, 8)))
    assert "Government of Peru" not in taken, (sentence, taken)
