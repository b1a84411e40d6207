"""The forces' fire told with the crowd's violence in a relative clause is the riot
(twenty-second session, riotpolicy3; docs/vocabulary.md "Riots and excessive force").

"Soldiers opened fire on protesters who were trying to storm the airport" tells what the crowd
did: ACLED codes the event by it, a violent demonstration, the rioters actor1 and the forces
actor2. A crowd called peaceful, or a relative clause that tells no violence, leaves the fire as
excessive force; tear gas on such a crowd stays the forces' intervention.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

MAR6 = dt.date(2024, 3, 6)


def _coded(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> list[tuple[str, str | None, str | None]]:
    return [
        (m.sub_event_type, m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None)
        for m in mentions(text, language, MAR6)
    ]


@pytest.mark.parametrize(
    ("text", "language", "forces"),
    [
        (
            "Los policías dispararon contra los pobladores que intentaban tomar el aeropuerto "
            "de Tacna.",
            "es",
            "Police Forces of Peru",
        ),
        (
            "Cuatro comuneros murieron cuando los militares abrieron fuego contra la multitud "
            "que intentaba invadir la pista.",
            "es",
            "Military Forces of Peru",
        ),
        (
            "Troops opened fire on villagers who were trying to storm the airport in Tacna.",
            "en",
            "Military Forces of Peru",
        ),
        (
            "Four farmers died when police fired on a crowd that had tried to take over the "
            "airport.",
            "en",
            "Police Forces of Peru",
        ),
    ],
)
def test_fire_on_a_crowd_whose_violence_the_clause_tells_is_the_riot(
    mentions: Callable[..., list[Mention]], text: str, language: str, forces: str
) -> None:
    found = _coded(mentions, text, language)
    assert ("Violent demonstration", "Rioters (Peru)", forces) in found, found
    assert all(sub != "Excessive force against protesters" for sub, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the clause tells a peaceful crowd: force on it
        (
            "Troops opened fire on villagers who were marching peacefully toward the airport.",
            "en",
            "Excessive force against protesters",
        ),
        (
            "Los militares dispararon contra los comuneros que marchaban pacíficamente hacia "
            "el aeropuerto.",
            "es",
            "Excessive force against protesters",
        ),
        # the crowd called peaceful in the very clause that tells the attempt
        (
            "Soldiers opened fire on protesters who were peacefully trying to take over the "
            "airport.",
            "en",
            "Excessive force against protesters",
        ),
        # no violence in the clause: they demanded, they gathered
        (
            "La policía disparó contra los manifestantes que exigían la renuncia del alcalde.",
            "es",
            "Excessive force against protesters",
        ),
        # tear gas on a crowd that tried to force its way in is the forces' intervention
        (
            "Los agentes lanzaron bombas lacrimógenas contra los pobladores que intentaban "
            "tomar el aeropuerto.",
            "es",
            "Protest with intervention",
        ),
        (
            "Police fired tear gas at villagers who were trying to storm the airport.",
            "en",
            "Protest with intervention",
        ),
    ],
)
def test_fire_on_a_crowd_the_clause_tells_no_violence_of(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    found = [sub for sub, _, _ in _coded(mentions, text, language)]
    assert found == [expected], found
