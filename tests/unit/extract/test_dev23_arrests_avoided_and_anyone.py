"""Sixteenth session (extract-dev23): an arrest avoided is none ("holed up to avoid an arrest
warrant", "para eludir una orden de captura": `ignore` event terms), and an event word after
"anyone", "whoever", "cualquiera que" names what anyone might do, not an incident (`generic`
cues); arrests made and attacks told stay events."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 7, 8)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He has been hiding in the jungle for months to avoid an arrest warrant.", "en"),
        ("The former minister escaped arrest by fleeing to a neighbouring country.", "en"),
        ("El exministro se esconde en la selva para eludir una orden de captura.", "es"),
        ("The minister warned that anyone attacking police stations would be punished.", "en"),
        ("Whoever loots a shop will face prison, the president said.", "en"),
        ("El ministro advirtió que cualquiera que ataque a la policía será sancionado.", "es"),
    ],
)
def test_avoided_arrests_and_what_anyone_might_do_are_no_events(mentions, text, language):
    assert mentions(text, language, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type"),
    [
        ("Police arrested the former minister on Friday on an arrest warrant.", "en", "Arrests"),
        ("La policía detuvo el viernes al exministro con una orden de captura.", "es", "Arrests"),
        (
            "Protesters attacked two police stations in Nairobi on Monday.",
            "en",
            "Violent demonstration",
        ),
    ],
)
def test_arrests_made_and_attacks_told_stay(mentions, text, language, sub_event_type):
    assert sub_event_type in {m.sub_event_type for m in mentions(text, language, PUBLISHED)}
