"""Accidents and words told beside a protest are no event (blind17, ``not_event`` cues).

A fall from a moving vehicle on the way to a blockade is an accident, not force used on
protesters; a clash between lawmakers is words, not a violent demonstration. Passages
written for these tests, with near misses that stay events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN19 = dt.date(2023, 1, 19)

NO_EVENT = [
    ("Un comunero habría muerto al caer del camión que lo llevaba hacia el bloqueo.", "es"),
    ("Un minero murió ayer al caer de la tolva de un camión en la carretera a Mazuco.", "es"),
    ("A miner died after falling from a truck on his way to the blockade.", "en"),
    ("A protester was killed when he fell off a truck near the roadblock.", "en"),
    ("En el Congreso, un enfrentamiento entre congresistas retrasó la votación.", "es"),
    ("In Congress, a clash between lawmakers over the budget delayed the vote.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NO_EVENT)
def test_accident_or_words_is_no_event(
    mentions: Callable[..., list[Mention]], text: str, lang: str
) -> None:
    assert mentions(text, lang, JAN19) == []


# near misses: a death by the forces' fire, a clash of protesters and police, a truck set on
# fire by a crowd
STILL_EVENTS = [
    (
        "Un comunero murió por un disparo de la policía durante el desalojo del bloqueo.",
        "es",
        "Excessive force against protesters",
    ),
    ("Protesters and police clashed in Juliaca, leaving two dead.", "en", "Violent demonstration"),
    (
        "Los manifestantes se enfrentaron con la policía en el puente y dos resultaron heridos.",
        "es",
        "Violent demonstration",
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), STILL_EVENTS)
def test_near_misses_stay_events(
    mentions: Callable[..., list[Mention]], text: str, lang: str, want: str
) -> None:
    found = mentions(text, lang, JAN19)
    assert want in [m.sub_event_type for m in found]
