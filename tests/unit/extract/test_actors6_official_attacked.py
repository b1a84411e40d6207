"""An office-holder killed or shot is whom the attack befell (actors6): actor2 is the
government, actor1 the armed men named, else an unidentified armed group; the mayor is never
his own attacker."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Las marchas siguieron al asesinato de Rosa Quispe, alcaldesa de Ilave, baleada el "
            "2 de marzo.",
            "es",
        ),
        ("The marches followed the killing of Rosa Quispe, the mayor of Ilave.", "en"),
        ("The mayor of Ilave was shot dead at a festival on Saturday.", "en"),
        ("El alcalde de Ilave fue asesinado a tiros durante una feria.", "es"),
    ],
)
def test_the_official_killed_is_actor2(mentions, text: str, language: str) -> None:
    events = mentions(text, language, published=dt.date(2024, 5, 16))
    attacks = [m for m in events if m.sub_event_type == "Attack"]
    assert attacks, [(m.sub_event_type, m.rules) for m in events]
    m = attacks[0]
    assert m.actor1 is not None and m.actor1.name.startswith("Unidentified Armed Group")
    assert m.actor2 is not None and m.actor2.name.startswith("Government of")


def test_an_official_who_orders_force_is_no_victim(mentions) -> None:
    events = mentions(
        "The mayor ordered the police to shoot at the protesters.", "en", dt.date(2024, 5, 16)
    )
    assert not any(
        m.actor2 is not None and m.actor2.name.startswith("Government of") for m in events
    )
