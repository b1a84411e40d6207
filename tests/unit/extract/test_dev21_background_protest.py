"""A protest word used only for protest in general names no incident (extract-dev21): what every
protest is ("La protesta no es un delito", "Protest is a right") and a protest of any time to
come ("any future march", "cualquier futura movilización"). A protest named beside them, or one
announced for a day, stays."""

from __future__ import annotations

import pytest

_SETTING = {
    "en": "Thousands of nurses marched through Cusco on Monday. ",
    "es": "Miles de enfermeras marcharon por Cusco el lunes. ",
}


def _told(mentions, text: str, language: str):
    setting = _SETTING[language]
    return [m for m in mentions(setting + text, language) if m.trigger.span[0] >= len(setting)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Protest is not a crime, the bishop told reporters.", "en"),
        ("Peaceful protest is a constitutional right, the court recalled.", "en"),
        ("The ombudsman's office said it would monitor any future march.", "en"),
        ("Protestar no es un delito, recordó la Defensoría.", "es"),
        ("La movilización es un derecho, dijo el obispo.", "es"),
        ("La Defensoría acompañará cualquier futura movilización.", "es"),
    ],
)
def test_protest_in_general_names_no_incident(mentions, text: str, language: str) -> None:
    assert _told(mentions, text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police fired tear gas at the marchers, although protest is a right.", "en"),
        ("The nurses announced a march on the capital for Thursday.", "en"),
        ("La policía lanzó gases contra la marcha, aunque protestar es un derecho.", "es"),
    ],
)
def test_an_incident_beside_them_stays(mentions, text: str, language: str) -> None:
    assert _told(mentions, text, language)
