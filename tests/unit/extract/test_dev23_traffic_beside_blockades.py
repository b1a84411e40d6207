"""Sixteenth session (extract-dev23): a road accident told beside a blockade or a protest is
no event: a vehicle that leaves the road ("se salió de la vía cerca de uno de los bloqueos"),
a death in a collision or "in an accident" (`not_event` cues); the blockade or the shooting
told in a sentence of its own still is."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2021, 5, 4)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A cyclist died on Sunday in a collision with a truck near a roadblock on the "
            "Pan-American Highway.",
            "en",
        ),
        ("A teenager was killed in an accident near the barricades, police said.", "en"),
        (
            "Un bus interprovincial se salió de la carretera cerca del bloqueo de Sicuani; seis "
            "pasajeros resultaron heridos.",
            "es",
        ),
        ("Un minero murió en un accidente cerca del bloqueo de la vía.", "es"),
    ],
)
def test_a_road_accident_beside_a_blockade_is_no_event(mentions, text, language):
    assert mentions(text, language, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type"),
    [
        (
            "A van overturned near the barricade on Sunday. Protesters blocked the "
            "Pan-American Highway near Ipiales.",
            "en",
            "Peaceful protest",
        ),
        (
            "Un camión se salió de la vía cerca de Ilumán. Los comuneros bloquearon la vía con "
            "tierra y árboles.",
            "es",
            "Peaceful protest",
        ),
        # near miss: forces clashing with a crowd ("collision" is no word of it)
        ("Los manifestantes chocaron con la policía frente al puente.", "es", None),
    ],
)
def test_the_blockade_told_apart_stays(mentions, text, language, sub_event_type):
    found = [m.sub_event_type for m in mentions(text, language, PUBLISHED)]
    assert found, found
    if sub_event_type is not None:
        assert sub_event_type in found, found
