"""Dates of a scene's "where" clause and of "el pasado diciembre" (session extract-dev13).

A sentence that opens on a town and a "where" clause telling its incident ("En Juliaca, donde
18 civiles murieron el 9 de enero, ...") speaks of that day throughout; a "where" clause after
a hospital or a person's relative clause stays an aside. "El pasado diciembre", like "last
December", is the most recent such month before the month of publication.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

FEB9 = dt.date(2023, 2, 9)


def _dated(found: list[Mention], trigger: str) -> dt.date | None:
    hits = [m for m in found if m.trigger.text.lower().startswith(trigger)]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    return hits[-1].date.value if hits[-1].date is not None else None


@pytest.mark.parametrize(
    ("text", "language", "trigger", "day"),
    [
        (
            "En Juliaca, donde 18 civiles murieron como consecuencia de los hechos del 9 de "
            "enero, 17 de las víctimas presentaban heridas de bala; al menos cinco recibieron "
            "los disparos por la espalda.",
            "es",
            "disparos",
            dt.date(2023, 1, 9),
        ),
        (
            "En Juliaca, donde 18 civiles murieron el 9 de enero, la policía disparó contra los "
            "manifestantes.",
            "es",
            "dispar",
            dt.date(2023, 1, 9),
        ),
        (
            "In Ayacucho, where ten people died on December 15, most of the victims were hit by "
            "rifle bullets fired by soldiers.",
            "en",
            "bullets",
            dt.date(2022, 12, 15),
        ),
        (
            "2. In the city of Ayacucho, where ten people died on December 15, soldiers fired "
            "on the crowd.",
            "en",
            "fired",
            dt.date(2022, 12, 15),
        ),
    ],
)
def test_a_scene_where_clause_dates_its_sentence(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str, day: dt.date
) -> None:
    assert _dated(mentions(text, language, FEB9), trigger) == day


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        # a hospital's clause: where a wounded man died, not the day of the shooting
        (
            "El herido fue trasladado al hospital de Puno, donde murió el 2 de febrero, tras "
            "recibir un disparo.",
            "es",
            "disparo",
        ),
        (
            "Los familiares marcharon en la plaza, donde murió el 2 de febrero un joven, y la "
            "policía lanzó gases.",
            "es",
            "gases",
        ),
        (
            "The wounded man was taken to the hospital in Puno, where he died on February 2, "
            "after being shot by police.",
            "en",
            "shot",
        ),
    ],
)
def test_a_where_clause_that_opens_no_scene_stays_an_aside(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    assert _dated(mentions(text, language, FEB9), trigger) != dt.date(2023, 2, 2)


@pytest.mark.parametrize(
    ("text", "language", "published", "month"),
    [
        (
            "Las protestas que estallaron el pasado diciembre dejaron 48 muertos.",
            "es",
            FEB9,
            dt.date(2022, 12, 1),
        ),
        (
            "La policía disparó contra los manifestantes el pasado noviembre en Juliaca.",
            "es",
            dt.date(2023, 12, 20),
            dt.date(2023, 11, 1),
        ),
        (
            "La policía disparó contra los manifestantes el pasado noviembre en Juliaca.",
            "es",
            dt.date(2023, 11, 10),
            dt.date(2022, 11, 1),
        ),
        (
            "Police fired on protesters last November in Juliaca.",
            "en",
            dt.date(2023, 12, 20),
            dt.date(2023, 11, 1),
        ),
        (
            "Los maestros marcharon en noviembre pasado en Puno.",
            "es",
            FEB9,
            dt.date(2022, 11, 1),
        ),
    ],
)
def test_last_month_named_is_the_latest_before_publication(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    month: dt.date,
) -> None:
    found = mentions(text, language, published)
    assert found and found[0].date is not None
    assert (found[0].date.value, found[0].date.precision) == (month, "month")


def test_el_pasado_before_a_day_is_still_the_day(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions("Los maestros marcharon el pasado 9 de enero en Puno.", "es", FEB9)
    assert found and found[0].date is not None
    assert (found[0].date.value, found[0].date.precision) == (dt.date(2023, 1, 9), "day")
