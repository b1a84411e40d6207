"""A call repeated ("has called another strike") is a call, and a threat ("threatened to march
on the capital", "amenazan con un paro") is an intent held over someone, only possible: neither
is an event that took place (extract-dev21)."""

from __future__ import annotations

import pytest

_SETTING = {
    "en": "Thousands of teachers marched through Arequipa on Monday. ",
    "es": "Miles de docentes marcharon por Arequipa el lunes. ",
}


def _told(mentions, text: str, language: str):
    setting = _SETTING[language]
    return [m for m in mentions(setting + text, language) if m.trigger.span[0] >= len(setting)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The teachers' union has called another regional strike for Thursday.", "en"),
        ("The federation called yet another march on the capital.", "en"),
    ],
)
def test_a_call_repeated_is_called_for(mentions, text: str, language: str) -> None:
    told = _told(mentions, text, language)
    assert told and told[-1].factuality == "called_for"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The federation has threatened to escalate with a march on the capital.", "en"),
        ("Union leaders are threatening an indefinite strike over the pay deal.", "en"),
        ("Los dirigentes amenazan con un paro indefinido en toda la región.", "es"),
        ("El sindicato amenazó con una huelga si no se aprueba el aumento.", "es"),
    ],
)
def test_a_threat_is_only_possible(mentions, text: str, language: str) -> None:
    told = _told(mentions, text, language)
    assert told and told[-1].factuality in ("possible", "planned")
    assert all(m.factuality != "asserted" for m in told)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a call that was answered, and a threat carried out, are told as events
        ("Teachers answered the call and marched again on Tuesday.", "en"),
        ("Los transportistas cumplieron su amenaza y bloquearon la carretera el martes.", "es"),
    ],
)
def test_near_misses_stay_asserted(mentions, text: str, language: str) -> None:
    told = _told(mentions, text, language)
    assert told and told[-1].factuality == "asserted"
