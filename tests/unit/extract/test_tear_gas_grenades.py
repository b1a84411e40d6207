"""Gas, smoke and stun grenades thrown at a crowd are the police's tear gas, not an explosive
attack; a grenade on its own is still one."""

from __future__ import annotations

import datetime as dt

import pytest


def _codes(mentions, text, language):
    return [(m.sub_event_type, m.mode) for m in mentions(text, language, dt.date(2019, 11, 22))]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los uniformados lanzaron granadas de gas contra los manifestantes en La Paz.", "es"),
        (
            "La policía respondió con granadas lacrimógenas frente a la plaza de Armas de Cusco.",
            "es",
        ),
        ("Police fired tear gas grenades at the marchers in Quito.", "en"),
        ("Officers threw smoke grenades to disperse the protesters in Santiago.", "en"),
    ],
)
def test_gas_grenades_at_a_crowd_are_tear_gas(mentions, text, language):
    codes = _codes(mentions, text, language)
    assert ("Protest with intervention", "tear_gas") in codes or any(
        mode == "tear_gas" for _, mode in codes
    )
    assert all(sub != "Grenade" for sub, _ in codes)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Unos desconocidos lanzaron una granada contra la comisaría de Juliaca.", "es"),
        ("Attackers threw a hand grenade at a shop in Trujillo.", "en"),
    ],
)
def test_a_grenade_attack_is_still_a_grenade(mentions, text, language):
    assert ("Grenade", "grenade") in _codes(mentions, text, language)
