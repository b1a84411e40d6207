"""Words of protest or repression in an administrative sense (twenty-fifth session, blind21b).

No event: classes an authority suspends ("se suspenden las clases", "la suspensión de clases"),
a body handed over to a prosecutor or a family (no transfer of territory), clear instructions
or orders given to someone (no clearing). Near misses keep their event: teachers who suspend
their classes in protest, an army handing over control of a town, police clearing a square.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veeduria.models import Mention


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Dirección Regional de Educación informa que se suspenden las clases en Juliaca.",
            "es",
        ),
        ("Por precaución, se suspendieron las clases en todos los colegios de Huanta.", "es"),
        ("La suspensión de clases en la provincia regirá hasta el viernes.", "es"),
        ("The bodies were handed over to their families on Thursday morning.", "en"),
        ("After the autopsy, the body was handed over to the relatives in Juliaca.", "en"),
        ("Officers had clear instructions to protect the reporters in the square.", "en"),
        ("The ombudsman wants the ministry to set clear rules for officers at the bridge.", "en"),
    ],
)
def test_blind21b_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type"),
    [
        (
            "Los docentes suspendieron las clases en protesta por la falta de pago.",
            "es",
            "Peaceful protest",
        ),
        (
            "The army handed over control of the town to the police on Friday.",
            "en",
            "Non-violent transfer of territory",
        ),
        (
            "Riot police cleared the square of demonstrators on Tuesday night.",
            "en",
            "Protest with intervention",
        ),
    ],
)
def test_blind21b_near_misses_keep_their_event(
    mentions: Callable[..., list[Mention]], text: str, language: str, sub_event_type: str
) -> None:
    assert sub_event_type in [m.sub_event_type for m in mentions(text, language)]
