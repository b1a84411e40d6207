"""The force of an intervention or of excessive force is the police or the military, never a
minister or "officials" who speak of it (extract-dev14)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        (
            "Police fired tear gas at the marchers in Lima. A second young man has died, "
            "officials say.",
            "en",
            "Police Forces of Peru",
        ),
        (
            "Soldiers fired on the crowd in Ayacucho. The defence minister said eight people "
            "were killed in the clashes with soldiers.",
            "en",
            "Military Forces of Peru",
        ),
        (
            "El ministro dijo que la intervención policial en la plaza fue necesaria.",
            "es",
            "Police Forces of Peru",
        ),
    ],
)
def test_force_actor_is_a_force(mentions, text: str, language: str, actor1: str) -> None:
    force = [
        m
        for m in mentions(text, language)
        if m.sub_event_type in ("Excessive force against protesters", "Protest with intervention")
    ]
    assert force and all(m.actor1 is not None and m.actor1.name == actor1 for m in force)
