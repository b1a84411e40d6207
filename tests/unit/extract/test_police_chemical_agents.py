"""The chemical agents the police use on a demonstration are its tear gas (a protest with
intervention), not a chemical weapon; chemical weapons of armies stay Explosions/Remote
violence."""

from __future__ import annotations

import datetime as dt

import pytest


def _codes(mentions, text, language):
    return [(m.sub_event_type, m.mode) for m in mentions(text, language, dt.date(2019, 11, 22))]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Miles de cocaleros marcharon hacia Cochabamba. El jefe de la Policía aseguró que sus "
            "efectivos solo emplearon agentes químicos y que no portaban armas de fuego.",
            "es",
        ),
        (
            "Thousands of students marched in Santiago on Friday. Police used chemical agents to "
            "break up the march near Plaza Italia.",
            "en",
        ),
    ],
)
def test_police_chemical_agents_at_a_demonstration_are_tear_gas(mentions, text, language):
    codes = _codes(mentions, text, language)
    assert any(sub == "Protest with intervention" for sub, _ in codes)
    assert all(sub != "Chemical weapon" for sub, _ in codes)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "KYIV — Russian troops used chemical weapons against Ukrainian trenches near "
            "Robotyne, the army said.",
            "en",
        ),
        (
            "Washington acusó a Rusia de emplear agentes químicos contra soldados ucranianos, "
            "en violación de la Convención sobre Armas Químicas.",
            "es",
        ),
    ],
)
def test_an_army_chemical_attack_stays_a_chemical_weapon(mentions, text, language):
    assert ("Chemical weapon", "chemical") in _codes(mentions, text, language)
