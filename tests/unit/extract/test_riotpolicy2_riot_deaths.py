"""Riots and excessive force on the deadly days, ACLED's way (riotpolicy2, docs/vocabulary.md
"Riots and excessive force"): the dead and wounded a story counts next to a riot of the same
day and place are the riot's; force on a crowd the story calls peaceful, a clash that names no
side, or violence told only by the forces that fired leave them as force on a demonstration."""

from __future__ import annotations

import datetime as dt

import pytest

EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"


def _by_trigger(mentions, text: str, language: str, word: str):
    events = mentions(text, language, published=dt.date(2024, 3, 6))
    found = [m for m in events if word in m.trigger.text]
    assert found, [(m.trigger.text, m.sub_event_type) for m in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Tres muertos y cuarenta heridos en Juliaca.\n\n"
            "Cientos de manifestantes intentaron tomar el aeropuerto de Juliaca el martes y "
            "lanzaron piedras contra los agentes.",
            "es",
            "muertos",
        ),
        (
            "Three people died and forty were hurt in Juliaca on Tuesday.\n\n"
            "Hundreds of protesters tried to storm the airport in Juliaca and threw stones at "
            "the officers.",
            "en",
            "died",
        ),
        (
            "Dos manifestantes fallecieron el martes en Ilave.\n\n"
            "Los enfrentamientos entre comuneros y policías se prolongaron toda la tarde en "
            "Ilave.",
            "es",
            "fallecieron",
        ),
        (
            "Two protesters died on Tuesday in Ilave.\n\n"
            "Clashes between protesters and police went on all afternoon in Ilave.",
            "en",
            "died",
        ),
    ],
)
def test_a_count_told_before_the_riot_is_the_riots(
    mentions, text: str, language: str, word: str
) -> None:
    m = _by_trigger(mentions, text, language, word)
    assert m.sub_event_type == VIOLENT, m.rules
    assert m.actor1 is not None and m.actor1.name == "Rioters (Peru)"
    assert m.actor2 is not None and m.actor2.inter == 1


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # the crowd called peaceful: force on it
        (
            "Tres muertos en una marcha pacífica en Juliaca.\n\n"
            "Cientos de manifestantes intentaron tomar el aeropuerto de Juliaca el martes.",
            "es",
            "marcha",
        ),
        (
            "Three people died at a peaceful march in Juliaca on Tuesday.\n\n"
            "Hundreds of protesters tried to storm the airport in Juliaca.",
            "en",
            "march",
        ),
        # the riot is another town's
        (
            "Tres muertos y cuarenta heridos en Juliaca.\n\n"
            "En Cusco, cientos de manifestantes intentaron tomar el aeropuerto el martes.",
            "es",
            "muertos",
        ),
        # a clash that names no side ("the clashes centred on the avenue")
        (
            "Two protesters died on Tuesday in Ilave.\n\n"
            "The clashes centred on the main avenue of Ilave.",
            "en",
            "died",
        ),
        # the violence told only by the forces that fired
        (
            "Tres personas murieron y cuarenta resultaron heridas en Juliaca.\n\n"
            "La Policía sostuvo que fue atacada con piedras por los manifestantes en Juliaca.",
            "es",
            "murieron",
        ),
    ],
)
def test_counts_that_stay_force_on_the_demonstration(
    mentions, text: str, language: str, word: str
) -> None:
    m = _by_trigger(mentions, text, language, word)
    assert m.sub_event_type != VIOLENT, m.rules


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Cientos de manifestantes intentaron tomar el aeropuerto de Juliaca el martes. "
            "La Dirección Regional de Salud de Puno reportó cuarenta heridos, varios de ellos "
            "por impacto de bala.",
            "es",
            "impacto de bala",
        ),
        (
            "Hundreds of protesters tried to storm the airport in Juliaca on Tuesday. "
            "The Puno regional health directorate reported forty wounded, several of them with "
            "gunshot wounds.",
            "en",
            "gunshot wounds",
        ),
    ],
)
def test_a_source_seat_is_no_scene_of_its_own(
    mentions, text: str, language: str, word: str
) -> None:
    # the town that ends the health office's name is where the source sits: the wounded it
    # counts are the riot's, told just before
    m = _by_trigger(mentions, text, language, word)
    assert m.sub_event_type == VIOLENT, m.rules


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # a scene of its own: another town, the forces named
        (
            "Cientos de manifestantes intentaron tomar el aeropuerto de Juliaca el martes. "
            "En Ayaviri, la policía disparó contra una marcha pacífica y dejó cuarenta heridos.",
            "es",
            "disparó",
        ),
        (
            "Hundreds of protesters tried to storm the airport in Juliaca on Tuesday. "
            "In Ayaviri, police fired on a peaceful march, wounding forty people.",
            "en",
            "fired",
        ),
    ],
)
def test_a_scene_of_its_own_keeps_force(mentions, text: str, language: str, word: str) -> None:
    m = _by_trigger(mentions, text, language, word)
    assert m.sub_event_type == EXCESSIVE, m.rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("una marcha pacífica por el centro", True),
        ("marcharon pacíficamente hasta la plaza", True),
        ("a peaceful march through the centre", True),
        ("Peaceful Protesters Shot At", True),
        # near misses: the ocean and a region's name are no peaceful crowd
        ("los puertos del Pacífico", False),
        ("the Pacific coast", False),
    ],
)
def test_the_peaceful_words(text: str, expected: bool) -> None:
    from veeduria.extract.riot_deaths import PEACEFUL

    assert (PEACEFUL.search(text) is not None) is expected
