"""A wounded person who dies in hospital on a later day is a death of the incident that wounded
them, dated by it (`hospital_death` in date_words.yaml; twenty-first session, dates12)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _days(found: list[Mention]) -> list[dt.date | None]:
    return [m.date.value if m.date is not None else None for m in found]


@pytest.mark.parametrize(
    ("text", "language", "published", "incident"),
    [
        (
            "Soldiers opened fire on villagers blocking the bridge at Pichari on 4 March. "
            "Six people were killed that afternoon. A farmer hit in the chest that day died "
            "in hospital in Ayacucho on 19 March.",
            "en",
            dt.date(2023, 3, 25),
            dt.date(2023, 3, 4),
        ),
        (
            "Police fired on marchers outside the prefecture on 2 February, killing two. "
            "The regional health office later counted a third victim, a teacher who died in "
            "intensive care on 9 February.",
            "en",
            dt.date(2023, 2, 12),
            dt.date(2023, 2, 2),
        ),
        (
            "El 4 de marzo, los militares dispararon contra los comuneros que bloqueaban el "
            "puente de Pichari. Seis personas murieron esa tarde. Un séptimo, un agricultor "
            "alcanzado en el pecho, falleció en el hospital de Ayacucho el 19 de marzo.",
            "es",
            dt.date(2023, 3, 25),
            dt.date(2023, 3, 4),
        ),
    ],
)
def test_a_death_in_hospital_later_is_of_the_incident(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    incident: dt.date,
) -> None:
    found = mentions(text, language, published)
    assert found
    assert set(_days(found)) == {incident}


@pytest.mark.parametrize(
    ("text", "language", "published", "day"),
    [
        # near miss: a death in hospital with no incident told before it keeps its own day
        (
            "A former mayor of Juliaca died in hospital on 19 March after a long illness, and "
            "hundreds of mourners marched behind his coffin on 21 March.",
            "en",
            dt.date(2023, 3, 25),
            dt.date(2023, 3, 21),
        ),
        # near miss: taken to hospital, no death there; the later clash keeps its day
        (
            "Los militares dispararon contra los comuneros en Pichari el 4 de marzo. Los heridos "
            "fueron llevados al hospital de Ayacucho. El 19 de marzo, cientos de comuneros "
            "marcharon hasta la plaza de Armas de Ayacucho.",
            "es",
            dt.date(2023, 3, 25),
            dt.date(2023, 3, 19),
        ),
    ],
)
def test_no_hospital_death_keeps_the_later_day(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    day: dt.date,
) -> None:
    found = mentions(text, language, published)
    assert day in _days(found)
