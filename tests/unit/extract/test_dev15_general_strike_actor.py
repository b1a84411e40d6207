"""A general strike is the unions' own action: its actor1 is the labour group (extract-dev15),
the union named in the sentence, else the country's labour group; other strikes and marches
keep the protesters."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        (
            "Unions and student groups have called a general strike for Tuesday in Santiago.",
            "en",
            "Labour Group (Chile)",
        ),
        (
            "A general strike on Tuesday paralysed ports and mines in Santiago.",
            "en",
            "Labour Group (Chile)",
        ),
        (
            "The CGTP called a 24-hour general strike on Thursday in Lima.",
            "en",
            "Labour Group (Peru)",
        ),
        (
            "La mesa de Unidad Social convocó a una huelga general para el martes en Santiago.",
            "es",
            "Labour Group (Chile)",
        ),
        (
            "La CGTP convocó a un paro general de 24 horas para el jueves en Lima.",
            "es",
            "Labour Group (Peru)",
        ),
    ],
)
def test_general_strike_actor_is_the_labour_group(
    mentions, text: str, language: str, actor1: str
) -> None:
    events = mentions(text, language)
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name == actor1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Unions called a national strike in Lima for Thursday.", "en"),
        ("The CGTP marched through central Lima on Thursday.", "en"),
        ("La CGTP y el SUTEP anunciaron que acatarán un paro nacional de 24 horas en Lima.", "es"),
        ("Los gremios agrarios convocaron a un paro regional indefinido en Ica.", "es"),
    ],
)
def test_other_strikes_keep_the_protesters(mentions, text: str, language: str) -> None:
    events = mentions(text, language)
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name == "Protesters (Peru)"
