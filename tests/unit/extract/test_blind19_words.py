"""Words of the blind batch dev-texts19 (twenty-fourth session, blind19).

Ideologies and a country's parts told as the sides of a clash are no clash ("not a clash of
ideologies, a clash between the capital and the provinces"); the crowd the forces fire on
trying to break a guarded site's fence is a riot, as a crowd trying to storm it is, by the
policy on riots and excessive force (docs/vocabulary.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

_DAY = dt.date(2023, 1, 10)


_STRIKE_EN = "Farmers in Cusco began a regional strike on Monday.\n\n"
_STRIKE_ES = "Los agricultores del Cusco iniciaron el lunes un paro regional.\n\n"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _STRIKE_EN + '"This is not a clash of ideologies, it is a clash between the capital '
            'and the provinces," said a sociologist at the university.',
            "en",
        ),
        (
            _STRIKE_ES + '"No es un choque de ideologías, es un choque entre la capital y las '
            'provincias", dijo un sociólogo de la universidad.',
            "es",
        ),
    ],
)
def test_blind19_clash_of_ideas_is_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, _DAY)
    assert [m.sub_event_type for m in found] == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: people clash
        ("Protesters clashed with police in the capital on Monday.", "en"),
        ("Manifestantes y policías se enfrentaron el lunes en la capital.", "es"),
    ],
)
def test_blind19_people_still_clash(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, _DAY)
    assert [m.sub_event_type for m in found] == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Monday officers fired tear gas and live rounds at crowds trying to break "
            "through the fence around the runway.",
            "en",
        ),
        (
            "El lunes los soldados dispararon contra manifestantes que intentaban derribar el "
            "cerco perimétrico del aeropuerto.",
            "es",
        ),
    ],
)
def test_blind19_fire_on_crowd_breaking_the_fence_is_the_riot(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, _DAY)
    assert [m.sub_event_type for m in found] == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near miss: a crowd trying to get past police lines is no riot by itself
        ("On Monday police fired tear gas at marchers trying to break through police lines.", "en"),
        # near miss: a peaceful crowd by the fence
        ("On Monday soldiers fired on marchers standing peacefully by the fence.", "en"),
    ],
)
def test_blind19_fire_on_crowd_without_its_violence(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, _DAY)
    assert "Violent demonstration" not in [m.sub_event_type for m in found]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Defensoría exhortó a los manifestantes a protestar de manera pacífica y a las "
            "fuerzas del orden a respetar la vida.",
            "es",
        ),
        (
            "The Ombudsman urged protesters to demonstrate peacefully and the security forces "
            "to respect life.",
            "en",
        ),
    ],
)
def test_blind19_asked_to_protest_in_peace_is_no_call(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert mentions(text, language, dt.date(2022, 12, 16)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: a call on people to protest, in peace, on a day
        ("La CGTP convocó a sus bases a protestar de manera pacífica el jueves en Lima.", "es"),
        ("The union called on workers to protest peacefully in Lima on Thursday.", "en"),
    ],
)
def test_blind19_call_to_protest_in_peace_stays(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, dt.date(2022, 12, 16))
    assert [m.factuality for m in found] == ["called_for"]
