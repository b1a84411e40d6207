"""Places told at another level (twenty-fourth session, blind19).

A site named before the two sides of a boundary is the place ("en el puente X, en el límite
entre A y B"); with no site, the first side named is. A lead told by the city it happened
outside of is placed at the town by that city the next sentence names ("outside the city of
X. ... a bridge on the edge of Y"). Where a speaker spoke from ("speaking from Mexico City",
"hablando desde Ciudad de México") places nothing the speaker talks of.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

_DAY = dt.date(2019, 11, 16)


def _places(found: list[Mention]) -> list[str | None]:
    return [m.location.name if m.location else None for m in found]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        # the site before the boundary
        (
            "Seis personas murieron el viernes en el puente Huayllani, en el límite entre "
            "Sacaba y la ciudad de Cochabamba, cuando militares dispararon contra cocaleros.",
            "es",
            "Sacaba",
        ),
        (
            "Police fired tear gas at farmers on the Huayllani bridge, on the boundary between "
            "Sacaba and the city of Cochabamba, on Friday.",
            "en",
            "Sacaba",
        ),
        # no site: the first side named
        (
            "Cientos de vecinos bloquearon la carretera en el límite entre Quillacollo y "
            "Sipe Sipe el viernes.",
            "es",
            "Quillacollo",
        ),
    ],
)
def test_blind19_boundary_site(
    mentions: Callable[..., list[Mention]], text: str, language: str, place: str
) -> None:
    assert _places(mentions(text, language, _DAY)) == [place]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        # near miss: two towns coordinated with no boundary word stay a list, at the first
        (
            "Cientos de vecinos bloquearon la carretera entre Quillacollo y Sipe Sipe el viernes.",
            "es",
            "Quillacollo",
        ),
        # near miss: the event's own town far before the boundary is kept
        (
            "En Oruro, cientos de mineros bloquearon el viernes la vía que corre por el "
            "límite entre Bolivia y Chile.",
            "es",
            "Oruro",
        ),
    ],
)
def test_blind19_boundary_near_misses(
    mentions: Callable[..., list[Mention]], text: str, language: str, place: str
) -> None:
    assert _places(mentions(text, language, _DAY)) == [place]


def test_blind19_outside_the_city_then_the_town(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "LA PAZ, Nov 16 - At least six people were killed when soldiers opened fire on "
        "farmers outside the city of Cochabamba on Friday, officials said.\n\n"
        "The farmers were stopped at a bridge on the edge of Sacaba as they tried to reach "
        "the city centre."
    )
    found = mentions(text, "en", _DAY)
    assert _places([m for m in found if m.trigger.text == "opened fire"]) == ["Sacaba"]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the next sentence opens a scene of its own
        "Police fired tear gas at protesters outside the city of Cochabamba on Friday. "
        "In Santa Cruz, shops stayed open.",
        # near miss: the next sentence names a town far from the city (Oruro, ~200 km)
        "Police fired tear gas at protesters outside the city of Cochabamba on Friday. "
        "Unions in Oruro said they would join the strike.",
    ],
)
def test_blind19_outside_the_city_stays(mentions: Callable[..., list[Mention]], text: str) -> None:
    found = [m for m in mentions(text, "en", _DAY) if m.trigger.text == "tear gas"]
    assert _places(found) == ["Cochabamba"]


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "Soldiers opened fire on marchers in Sacaba on Friday. Morales, speaking from "
            "Mexico City, called the shootings a massacre.",
            "en",
            "shootings",
        ),
        (
            "Militares dispararon contra los marchistas en Sacaba el viernes. Morales, "
            "hablando desde Ciudad de México, calificó los disparos de masacre.",
            "es",
            "disparos",
        ),
        (
            "Soldiers opened fire on marchers in Sacaba on Friday. In a video from Mexico "
            "City, Morales called the shootings a massacre.",
            "en",
            "shootings",
        ),
    ],
)
def test_blind19_speaker_place_places_nothing(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    found = [m for m in mentions(text, language, _DAY) if m.trigger.text == trigger]
    assert found and _places(found) == ["Sacaba"] * len(found)


def test_blind19_marching_from_is_no_speaker(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: people who marched from a town are not speaking from it
    text = "Thousands of farmers marching from Sacaba clashed with police on Friday."
    found = mentions(text, "en", _DAY)
    assert "Mexico City" not in _places(found)
    assert _places([m for m in found if m.trigger.text.startswith("clash")]) != ["Mexico City"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the people of three districts of one province (Carabaya) act across it
        (
            "Comuneros de Ituata, Ollachea y Ayapata bloquearon la carretera el miércoles.",
            "Carabaya",
        ),
        # near miss: two districts are a list, placed at the first
        ("Comuneros de Ollachea y Ayapata bloquearon la carretera el miércoles.", "Ollachea"),
        # near miss: three districts of three provinces
        ("Comuneros de Ilave, Juli y Azángaro bloquearon la carretera el miércoles.", "Ilave"),
    ],
)
def test_blind19_people_of_three_districts(
    mentions: Callable[..., list[Mention]], text: str, place: str
) -> None:
    assert _places(mentions(text, "es", dt.date(2023, 1, 19))) == [place]
