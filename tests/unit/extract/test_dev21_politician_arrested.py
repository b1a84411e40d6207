"""An arrest aimed at a politician ("detained opposition politician X", "detuvieron al político
opositor X", "arrested a senator") is an arrest of its own, not the police intervening in a
demonstration, even in a story of protests; a crowd of demonstrators arrested stays an
intervention (extract-dev21)."""

from __future__ import annotations

import pytest

_SETTING = {
    "en": "Thousands of students marched in Caracas on Monday. ",
    "es": "Miles de estudiantes marcharon en Caracas el lunes. ",
}


def _told(mentions, text: str, language: str):
    setting = _SETTING[language]
    return [m for m in mentions(setting + text, language) if m.trigger.span[0] >= len(setting)]


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type"),
    [
        (
            "Intelligence agents detained opposition politician Ana Rivas on Tuesday.",
            "en",
            "Arrests",
        ),
        ("Police arrested a senator at his office in the capital.", "en", "Arrests"),
        ("Agentes de inteligencia detuvieron a la diputada Ana Rivas.", "es", "Arrests"),
        ("Police arrested 40 students near the university.", "en", "Protest with intervention"),
        (
            "La policía detuvo a 40 manifestantes frente a la universidad.",
            "es",
            "Protest with intervention",
        ),
    ],
)
def test_politician_arrested(mentions, text: str, language: str, sub_event_type: str) -> None:
    told = _told(mentions, text, language)
    assert told and told[-1].sub_event_type == sub_event_type
