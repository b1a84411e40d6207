"""A riot whose sentence tells the forces' answer ("fue repelido con bombas lacrimógenas",
"was driven back with tear gas") met the forces: actor2 is the police, even when no force is
named (actors6). A riot announced, or one told with no answer, has no such side."""

from __future__ import annotations

import datetime as dt

import pytest


def _riots(mentions, text: str, language: str) -> list:
    events = mentions(text, language, published=dt.date(2024, 5, 16))
    return [m for m in events if m.event_type == "Riots"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un grupo de manifestantes intentó tomar el aeropuerto de Juliaca y fue repelido con "
            "bombas lacrimógenas.",
            "es",
        ),
        ("A crowd tried to storm the airport in Juliaca and was driven back with tear gas.", "en"),
    ],
)
def test_a_riot_answered_met_the_police(mentions, text: str, language: str) -> None:
    riots = _riots(mentions, text, language)
    assert riots
    assert riots[0].actor2 is not None and riots[0].actor2.name == "Police Forces of Peru"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Los dirigentes anunciaron que sus bases tomarán el aeropuerto de Juliaca el lunes.",
            "es",
        ),
        ("Rioters looted three shops in Juliaca on Monday.", "en"),
    ],
)
def test_no_force_where_none_answered(mentions, text: str, language: str) -> None:
    riots = _riots(mentions, text, language)
    assert all(m.actor2 is None for m in riots), [m.actor2 for m in riots]
