"""Sixteenth session (extract-missed2): "set <something> on fire" is arson, whatever stands
between the verb and "on fire" ("Crowd sets Congress on fire"), and "on fire on Monday" is no
firing on anyone. What burns stands before "on fire": the agent is named before the verb
"set" ("Protesters set the police station on fire" is a riot, not the police's
intervention), and "the police station was on fire" names none; before a passive ("the police
station was set on fire", "la comisaría fue incendiada") the forces are what was damaged."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document


def _coded(resources, text):
    doc = Document(id="t", text=text, language="en", published=dt.date(2024, 5, 2))
    return [(m.sub_event_type, m.mode) for m in extract(doc, resources).events]


@pytest.mark.parametrize(
    "text",
    [
        "Crowd sets parliament on fire over tax bill",
        "Protesters set the police station on fire on Monday.",
        "Demonstrators set two buses on fire near the square.",
    ],
)
def test_a_crowd_setting_a_building_on_fire_riots(resources, text):
    assert _coded(resources, text) == [("Violent demonstration", "arson")]


def test_the_forces_setting_fire_intervene(resources):
    coded = _coded(resources, "Police set the protesters' tents on fire.")
    assert coded == [("Protest with intervention", "arson")]


def test_a_fire_with_no_one_setting_it_is_damage(resources):
    coded = _coded(resources, "The police station was on fire.")
    assert coded == [("Looting/property destruction", "arson")]


def test_firing_on_people_stays_force(resources):
    coded = _coded(resources, "Soldiers fired on the protesters near the airport on Monday.")
    assert coded == [("Excessive force against protesters", "firearms")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The town's police station was set on fire on Monday."),
        ("en", "The army barracks were burned overnight."),
        ("es", "La comisaría de la ciudad fue incendiada el lunes."),
    ],
)
def test_forces_named_before_a_passive_are_what_was_damaged(resources, lang, text):
    doc = Document(id="t", text=text, language=lang, published=dt.date(2024, 5, 2))
    coded = [m.sub_event_type for m in extract(doc, resources).events]
    assert coded and "Protest with intervention" not in coded, coded
