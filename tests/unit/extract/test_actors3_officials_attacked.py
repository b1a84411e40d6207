"""A mayor and the president's convoy as what a crowd attacks (session extract-actors3).

A town's mayor is its government ("a mob beat the mayor to death", "una turba linchó al
alcalde": Mob violence on the Government); the president's motorcade stands for the president
("a crowd pelted the president's motorcade with stones": a riot against the Government). A
mayor who speaks of a protest is no side of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

DAY = dt.date(2024, 7, 31)


def _coded(found: list[Mention]) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            m.sub_event_type,
            m.actor1.name if m.actor1 else None,
            m.actor2.name if m.actor2 else None,
        )
        for m in found
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "In the highland town of Juli, a mob beat the mayor to death after accusing him of"
            " corruption.",
            "en",
            ("Mob violence", "Rioters (Peru)", "Government of Peru"),
        ),
        (
            "En Juli, una turba linchó al alcalde tras acusarlo de corrupción.",
            "es",
            ("Mob violence", "Rioters (Peru)", "Government of Peru"),
        ),
        (
            "In Cañar, a crowd pelted the president's motorcade with stones as he travelled to"
            " a water plant.",
            "en",
            ("Violent demonstration", "Rioters (Ecuador)", "Government of Ecuador"),
        ),
        (
            "En Cañar, una turba apedreó la caravana presidencial cuando el mandatario se"
            " dirigía a inaugurar una planta.",
            "es",
            ("Violent demonstration", "Rioters (Ecuador)", "Government of Ecuador"),
        ),
        # near misses: a mayor who speaks of a protest, a building stoned
        (
            "In Puno, the mayor called for calm after protesters blocked the bridge.",
            "en",
            ("Peaceful protest", "Protesters (Peru)", None),
        ),
        (
            "En Puno, el alcalde pidió calma después de que los manifestantes bloquearan el"
            " puente.",
            "es",
            ("Peaceful protest", "Protesters (Peru)", None),
        ),
        (
            "In Lima, protesters threw stones at the Congress building and set fire to a kiosk.",
            "en",
            ("Violent demonstration", "Rioters (Peru)", None),
        ),
    ],
)
def test_officials_attacked(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    expected: tuple[str, str | None, str | None],
) -> None:
    assert expected in _coded(mentions(text, language, DAY))
