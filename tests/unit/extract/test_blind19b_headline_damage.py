"""A headline's second incident: a building's damage told with no verb (blind19b).

"Two killed, police station torched in Peru's highlands", "Macusani: dos muertos y la comisaría
en llamas": the casualties and the burned building are two incidents (the dev convention codes
the clash and the arson apart); the clause of the building, after a comma or "y"/"and", names
its damage with a participle or "in flames"/"en llamas" and no verb. Near misses: a verb's second
participle ("was beaten and burned to death"), arrests before the damage ("33 detenidos y autos
incendiados", one riot), a relative clause ("cuyo cuerpo fue hallado calcinado") and a scene
described as the complement of "de" ("del metro en llamas al acuerdo") tell no second incident.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

_BODY_EN = (
    "\n\nPUNO, Peru (Andes Wire) - Protesters clashed with police in Ayaviri on Wednesday, "
    "authorities said."
)
_BODY_ES = (
    "\n\nAYAVIRI.– Pobladores y policías se enfrentaron ayer en las calles de Ayaviri, según "
    "informó el alcalde."
)


def _head(found: list[Mention], end: int) -> list[tuple[str | None, int | None]]:
    return [
        (m.mode, m.killed.value if m.killed is not None else None)
        for m in found
        if m.trigger.span[0] < end
    ]


@pytest.mark.parametrize(
    ("headline", "body", "language"),
    [
        ("Three killed, courthouse torched in Peru's south", _BODY_EN, "en"),
        ("Ayaviri: tres muertos y la comisaría en llamas", _BODY_ES, "es"),
    ],
)
def test_blind19b_headline_two_incidents(
    mentions: Callable[..., list[Mention]], headline: str, body: str, language: str
) -> None:
    found = _head(mentions(headline + body, language, dt.date(2023, 1, 19)), len(headline))
    assert ("arson", None) in found
    assert any(killed == 3 for _, killed in found)
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        # a verb's second participle
        (
            "A man accused of theft was beaten and burned to death by villagers in Puno on "
            "Monday, police said.",
            "en",
            1,
        ),
        # arrests, not casualties, before the damage: one riot
        ("Incidentes frente al Congreso: 33 detenidos y autos incendiados", "es", 1),
        # a scene described as the complement of "de"
        ("A cinco años del estallido: del metro en llamas al acuerdo constitucional", "es", 0),
    ],
)
def test_blind19b_no_second_incident(
    mentions: Callable[..., list[Mention]], text: str, language: str, count: int
) -> None:
    assert len(mentions(text, language, dt.date(2023, 1, 19))) == count
