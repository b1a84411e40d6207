"""Sixteenth session (extract-dev23): people nobody names who fire ("desconocidos dispararon
contra un bus", "unknown men opened fire", "shot dead by a man who confronted them") attack
what they fire on, also in a story of protest (`unnamed_agent` cues, `coding._unnamed_shooter`).
Alone they are no armed group: unknown people who loot riot, one person "shot" is the one hit,
and a passive's subject is who was shot."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 10, 11)


def _types(mentions, text, language):
    return {m.trigger.text: m.sub_event_type for m in mentions(text, language, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Los transportistas acataron el paro. Anoche, desconocidos dispararon contra un "
            "colectivo en San Juan de Lurigancho.",
            "es",
            "dispararon",
        ),
        (
            "Los comuneros bloquearon la vía. El dirigente fue baleado por unos sujetos en moto.",
            "es",
            "baleado",
        ),
        (
            "Drivers stayed off the roads in the strike. Unknown men opened fire on a bus in Ate "
            "on Thursday night.",
            "en",
            "opened fire",
        ),
        (
            "Protesters blocked the highway. A farmer was shot dead by a man who tried to drive "
            "through the roadblock.",
            "en",
            "shot dead",
        ),
    ],
)
def test_people_nobody_names_who_fire_attack(mentions, text, language, word):
    types = _types(mentions, text, language)
    assert types.get(word) == "Attack", types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # unknown people who loot: a riot, no attack
        ("Durante las protestas, desconocidos saquearon tres tiendas del centro.", "es"),
        # one person "shot": the one hit
        ("Thousands marched in Lima. There were reports of a man shot near the square.", "en"),
        # the passive's subject is who was shot, the police the agent
        ("Protesters blocked roads. A man was shot dead by police at the roadblock.", "en"),
        ("Miles marcharon en Lima. Un hombre fue baleado por la policía.", "es"),
    ],
)
def test_looters_victims_and_the_forces_are_no_unnamed_attack(mentions, text, language):
    types = _types(mentions, text, language)
    assert "Attack" not in types.values(), types
