"""Peaceful protests told through constructions the lexicons did not know (fifteenth session,
extract-dev20): a crowd taking over a public space ("filled the streets", "coparon la plaza"), a
place told as full of demonstrators, demonstrators staying in the square, people planted in front
of a building, a crowd with its figure, protests named by their instrument (pots, a bocinazo, a
pañuelazo) and a strike told by what it stops ("shut the country down"). Each keeps out of its
other senses: a vacancy filled, a full stadium, "tomaron la palabra", floodwater in the streets,
trees planted, headlines taken, tourists in the square, pots bought at a market."""

from __future__ import annotations

import pytest


def _events(mentions, text, language):
    return [(m.sub_event_type, m.mode) for m in mentions(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tens of thousands of teachers filled the streets of Mendoza on Tuesday.", "en"),
        ("By nightfall the main square was still full of protesters.", "en"),
        ("The avenue outside the electoral court was packed with demonstrators.", "en"),
        ("Several hundred protesters remained in the square after midnight.", "en"),
        ("A crowd of some 3,000 demonstrators waited outside the courthouse.", "en"),
        ("Neighbours banged pots from their windows for an hour.", "en"),
        ("Taxi drivers staged a bocinazo outside the transport ministry.", "en"),
        ("The union called on workers to shut the country down on Monday.", "en"),
        ("Herders keep the border crossing shut with lorries and stones.", "en"),
        ("The opposition leader urged supporters to gather in every city on Sunday.", "en"),
        ("Miles de estudiantes coparon la plaza de Armas de Cusco.", "es"),
        ("La avenida quedó llena de manifestantes hasta la medianoche.", "es"),
        ("Los manifestantes permanecen en la plaza pese al frío.", "es"),
        ("Un grupo de jubilados se plantó frente al Ministerio de Economía.", "es"),
        ("Las madres realizaron un pañuelazo frente a la Corte Suprema.", "es"),
        ("Los vecinos golpearon cacerolas desde los balcones del barrio.", "es"),
    ],
)
def test_space_and_instrument_words_name_a_peaceful_protest(mentions, text, language):
    assert [sub for sub, _ in _events(mentions, text, language)] == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The board filled the vacancy left by the former director.", "en"),
        ("The stadium was full for the cup final on Sunday.", "en"),
        ("Floodwater filled the streets of Piura on Monday.", "en"),
        ("Smoke filled the streets of the old town on Sunday night.", "en"),
        ("A sit-in order was issued by the labour court.", "en"),
        ("She bought pots and pans at the market on Saturday.", "en"),
        ("Samples were gathered in every city the survey team visited.", "en"),
        ("Los dirigentes tomaron la palabra en la asamblea.", "es"),
        ("El escándalo copó los titulares de la prensa.", "es"),
        ("Los árboles que se plantaron frente al colegio ya dan sombra.", "es"),
        ("Los turistas permanecen en la plaza hasta la noche.", "es"),
        ("El agua llenó las calles del centro de Piura.", "es"),
        ("El Gobierno dio marcha atrás con el decreto.", "es"),
    ],
)
def test_other_senses_name_no_event(mentions, text, language):
    assert _events(mentions, text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thousands marched toward the city centre banging pots.", "en"),
        ("Miles marcharon golpeando cacerolas hacia el centro.", "es"),
        ("Thousands marched to the square and filled the square until dusk.", "en"),
    ],
)
def test_a_march_told_with_its_instrument_or_its_square_is_one_march(mentions, text, language):
    assert _events(mentions, text, language) == [("Peaceful protest", "march")]
