"""Hurt by what a crowd threw, and claims a fact-check refutes (sixteenth session, extract-types2).

A person hurt by a stone or a rock ("was hit by a rock thrown by demonstrators", "resultó
herida por una piedra") was hurt by the crowd: a violent demonstration, not force. A claim a
fact-check calls false ("Claim: ... ¶ Verdict: False", "... This is also false") did not
happen: negated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

MAR18 = dt.date(2025, 3, 18)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A cameraman was hit by a rock thrown by demonstrators outside Congress.", "en"),
        ("During the march a police officer was struck by a stone near the square.", "en"),
        (
            "Una periodista resultó herida por una piedra durante la protesta frente al Congreso.",
            "es",
        ),
        ("Un agente fue golpeado con una piedra lanzada por los manifestantes.", "es"),
    ],
)
def test_hurt_by_stones_is_a_riot(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, MAR18)
    assert [m.sub_event_type for m in found] == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a stone as a thing, no one hurt by it thrown
        ("The monument, built on a rock by the river, drew marchers on Sunday.", "en"),
        ("Los manifestantes marcharon por la avenida hasta la plaza de piedra.", "es"),
    ],
)
def test_stones_not_thrown_make_no_riot(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, MAR18)
    assert all(m.sub_event_type != "Violent demonstration" for m in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Claim: Posts on social media say that a student was killed by police at the rally.\n\n"
            "Verdict: False. Hospital records show no deaths.",
            "en",
        ),
        (
            "Some accounts said that soldiers fired on the marchers in the square. This is false: "
            "the footage was filmed in 2019.",
            "en",
        ),
        (
            "Afirmación: Publicaciones en redes aseguran que la policía disparó contra los "
            "manifestantes en la plaza.\n\nVeredicto: Falso. Los videos son de otra marcha.",
            "es",
        ),
        (
            "Algunos mensajes dicen que un jubilado murió en la protesta. Esto también es falso: "
            "no se reportaron muertes.",
            "es",
        ),
    ],
)
def test_claims_a_fact_check_refutes_are_negated(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, MAR18)
    assert found and found[0].factuality == "negated"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Claim: Posts on social media say that police fired tear gas at the rally.\n\n"
            "Verdict: True. Footage confirms it.",
            "en",
        ),
        ("Police fired tear gas at the rally. This is the third time this month.", "en"),
        (
            "La policía lanzó gases lacrimógenos contra la marcha. Es la tercera vez en el mes.",
            "es",
        ),
    ],
)
def test_claims_not_refuted_stay(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, MAR18)
    assert found and found[0].factuality != "negated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a delegation goes to take part is no call: the future plans it
        (
            "Los dirigentes anunciaron que una delegación de Juliaca viajará el martes a Lima "
            "para sumarse a la marcha nacional.",
            "planned",
        ),
        # the call stays a call, whatever it is for
        (
            "La CGTP convocó a los trabajadores para sumarse al paro nacional del jueves.",
            "called_for",
        ),
    ],
)
def test_joining_as_the_purpose_of_a_trip_is_planned(
    mentions: Callable[..., list[Mention]], text: str, expected: str
) -> None:
    found = mentions(text, "es", dt.date(2023, 1, 10))
    assert found and found[0].factuality == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("A curfew was not imposed in Cusco, officials said.", "en", "negated"),
        ("The march did not take place on Thursday.", "en", "negated"),
        ("La marcha no se realizó el jueves en Puno.", "es", "negated"),
        # an end denied: the strike goes on
        ("The strike was not lifted on Thursday.", "en", "asserted"),
    ],
)
def test_an_event_word_subject_of_a_denied_happening_is_negated(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    found = mentions(text, language, dt.date(2023, 1, 10))
    assert found and found[0].factuality == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Residents kept the highway blocked with rocks and burning tyres.",
            "en",
            "Peaceful protest",
        ),
        (
            "Los comuneros bloquean la carretera al sur con piedras y llantas quemadas.",
            "es",
            "Peaceful protest",
        ),
        # burning them as the crowd's act beside stones thrown is violent
        (
            "Los manifestantes lanzaron piedras y quemaron llantas frente a la comisaría.",
            "es",
            "Violent demonstration",
        ),
    ],
)
def test_burning_tyres_of_a_blockade_are_its_material(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    found = mentions(text, language, dt.date(2023, 1, 10))
    assert [m.sub_event_type for m in found] == [expected]
