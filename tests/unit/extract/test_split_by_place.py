"""The dead of two towns counted in one sentence, each with its figure, are two incidents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


@pytest.mark.parametrize(
    ("text", "language", "towns"),
    [
        (
            "Los militares dispararon contra los manifestantes: hubo tres muertos en Juliaca y "
            "dos fallecidos en Ilave.",
            "es",
            {("Juliaca", 3), ("Ilave", 2)},
        ),
        (
            "La policía reprimió las marchas del viernes, con cuatro muertos en Ayacucho, y seis "
            "fallecidos en Andahuaylas.",
            "es",
            {("Ayacucho", 4), ("Andahuaylas", 6)},
        ),
        (
            "Soldiers fired on the marchers. Ten people died in Sacaba and ten in Senkata, "
            "according to the commission.",
            "en",
            {("Sacaba", 10), ("El Alto", 10)},
        ),
        (
            "Soldiers fired on the marchers. In Sacaba, ten people died from gunshot wounds, "
            "according to the commission; in Senkata, ten more.",
            "en",
            {("Sacaba", 10), ("El Alto", 10)},
        ),
        (
            "Police fired on the crowds, killing three people in Juliaca and two more in Ilave.",
            "en",
            {("Juliaca", 3), ("Ilave", 2)},
        ),
        (
            "Las fuerzas del orden reprimieron la marcha. En Juliaca murieron tres personas y en "
            "Ilave, otras dos.",
            "es",
            {("Juliaca", 3), ("Ilave", 2)},
        ),
        (
            "Las fuerzas del orden reprimieron la marcha. Murieron tres personas en Juliaca y "
            "dos en Ilave.",
            "es",
            {("Juliaca", 3), ("Ilave", 2)},
        ),
    ],
)
def test_two_towns_with_their_dead_are_two_incidents(
    mentions: Callable[..., list[Mention]], text: str, language: str, towns: set[tuple[str, int]]
) -> None:
    found = mentions(text, language, dt.date(2023, 1, 10))
    got = {
        (m.location.name if m.location else None, m.killed.value if m.killed else None)
        for m in found
        if m.killed is not None
    }
    assert got == towns, [(m.trigger.text, m.location, m.killed) for m in found]


def test_one_town_with_its_dead_and_wounded_stays_one_incident(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = "Los militares dispararon contra los manifestantes en Juliaca: hubo tres muertos y dos heridos."
    found = mentions(text, "es", dt.date(2023, 1, 10))
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # one town: the second figure is another category, or a part of the first
        (
            "Las fuerzas del orden reprimieron la marcha. Murieron tres personas en Juliaca y dos "
            "policías resultaron heridos.",
            "es",
        ),
        # a number that is no figure: a population
        (
            "Soldiers fired on the marchers. Three people were killed in Juliaca, a town of "
            "300,000 near Puno.",
            "en",
        ),
        # the second town is where the wounded came from, with no figure of its own
        (
            "Soldiers fired on the marchers. Three people were killed in Juliaca on 9 January "
            "and buried in Puno.",
            "en",
        ),
    ],
)
def test_one_town_with_its_dead_stays_one_incident(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = [m for m in mentions(text, language, dt.date(2023, 1, 10)) if m.killed is not None]
    assert len(found) == 1, [(m.trigger.text, m.location, m.killed) for m in found]


def test_a_town_of_an_earlier_incident_is_back_at_its_day(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "At least seven people have died in the demonstrations. Among them were two teenagers "
        "killed in Andahuaylas on Dec. 11 and three people who died in Chincheros on Monday.\n\n"
        "Witnesses say that police officers in Andahuaylas fired live rounds from a helicopter."
    )
    found = mentions(text, "en", dt.date(2022, 12, 13))
    fired = [m for m in found if m.trigger.text.startswith("fired")]
    assert fired and fired[0].date is not None
    assert fired[0].date.value == dt.date(2022, 12, 11)


@pytest.mark.parametrize(
    ("text", "language", "days"),
    [
        (
            "The shooting of coca growers in Sacaba on November 15 and the deaths outside the "
            "fuel plant in El Alto four days later were the bloodiest episodes of the crisis.",
            "en",
            {("Sacaba", dt.date(2019, 11, 15)), ("El Alto", dt.date(2019, 11, 19))},
        ),
        (
            "La balacera en Sacaba el 15 de noviembre y las muertes en Senkata cuatro días "
            "después marcaron la crisis.",
            "es",
            {("Sacaba", dt.date(2019, 11, 15)), ("El Alto", dt.date(2019, 11, 19))},
        ),
    ],
)
def test_two_incidents_named_in_two_towns_are_two(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    days: set[tuple[str, dt.date]],
) -> None:
    found = mentions(text, language, dt.date(2019, 11, 28))
    got = {
        (m.location.name if m.location else None, m.date.value if m.date else None) for m in found
    }
    assert got == days, [(m.trigger.text, m.location, m.date) for m in found]


def test_an_incident_and_what_set_it_off_stay_one(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "PUNO, Peru, Jan 19 (Andean Wire) - Protesters set fire to a police station and a "
        "courthouse in the town of Macusani on Wednesday, after two demonstrators were shot dead "
        "in clashes with police."
    )
    found = mentions(text, "en", dt.date(2023, 1, 19))
    assert len(found) == 1, [(m.trigger.text, m.location) for m in found]
