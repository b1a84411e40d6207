"""A city of the world named in a story that names its country is that country's, not a
Latin American namesake's (actors6): "Colombo" in a story on Sri Lanka is no town of
Paraná, and the actors of its events are Sri Lanka's. A story that names no such country
keeps the namesake in Latin America."""

from __future__ import annotations

import datetime as dt

import pytest


def _countries(mentions, text: str, language: str) -> set[str | None]:
    events = mentions(text, language, published=dt.date(2022, 7, 11))
    assert events
    return {m.location.country if m.location else None for m in events}


def _actor_names(mentions, text: str, language: str) -> set[str]:
    events = mentions(text, language, published=dt.date(2022, 7, 11))
    return {a.name for m in events for a in (m.actor1, m.actor2) if a is not None}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Sri Lanka's crisis deepened on Saturday. Police fired tear gas at protesters in the "
            "Fort district of Colombo.",
            "en",
        ),
        (
            "La crisis de Sri Lanka se agravó el sábado. La policía lanzó gases lacrimógenos "
            "contra los manifestantes en el distrito de Fort, en Colombo.",
            "es",
        ),
    ],
)
def test_a_world_city_of_a_country_named_is_that_countrys(
    mentions, text: str, language: str
) -> None:
    assert _countries(mentions, text, language) == {"Sri Lanka"}
    names = _actor_names(mentions, text, language)
    assert not any("Brazil" in n for n in names), names


def test_the_namesake_stays_where_the_story_is(mentions) -> None:
    text = (
        "Truck drivers blocked the highway near Colombo, in the metropolitan area of Curitiba, "
        "on Monday. Police fired tear gas at the drivers."
    )
    assert _countries(mentions, text, "en") == {"Brazil"}
