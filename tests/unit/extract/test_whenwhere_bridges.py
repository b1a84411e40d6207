"""A bridge our gazetteer knows is placed at its own district, named in Spanish or in English
("el puente Montalvo", "the Montalvo bridge", "the Añashuayco bridge"); one it
does not know is in the story's town, never at a place elsewhere that shares its name
(twenty-second session, whenwhere: `gazetteer/data/landmarks.yaml`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN10 = dt.date(2023, 1, 10)


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("Transportistas bloquearon el puente Montalvo desde la madrugada.", "es", "Moquegua"),
        ("Truckers blocked the Montalvo bridge from early morning.", "en", "Moquegua"),
        ("Vecinos bloquearon con piedras el puente Añashuayco.", "es", "Cerro Colorado"),
        ("Residents blocked the Añashuayco bridge with stones.", "en", "Cerro Colorado"),
        # near misses: a bridge the gazetteer does not know, or named after a person, is in
        # the story's town
        ("AREQUIPA.– Manifestantes bloquearon el puente Chilina el lunes.", "es", "Arequipa"),
        ("AREQUIPA — Protesters blocked the Bolognesi bridge on Monday.", "en", "Arequipa"),
        ("AREQUIPA — Protesters blocked the Grau bridge on Monday.", "en", "Arequipa"),
    ],
)
def test_a_bridge_is_at_its_own_district_or_in_the_story_town(
    mentions: Callable[..., list[Mention]], text: str, language: str, town: str
) -> None:
    found = [m for m in mentions(text, language, JAN10) if m.location is not None]
    assert found, "nothing placed"
    assert found[0].location is not None and found[0].location.name == town
