"""Wounded counted in the present ("52 are injured", "Twelve remain in hospital") and people
seen being treated ("vio a cuatro personas ser atendidas por asfixia") are injured figures
(extract-dev15)."""

from __future__ import annotations

import pytest

from veeduria.extract.counts import compile_counts, find_counts
from veeduria.extract.numbers import compile_numbers


def _injured(text: str, lang: str) -> list[int]:
    rules, numbers = compile_counts(lang), compile_numbers(lang)
    found = find_counts(text, 0, len(text), rules, numbers)
    return [m.count.value for m in found if m.category == "injured"]


@pytest.mark.parametrize(
    ("text", "lang", "injured"),
    [
        ("Seven people have died in Ayacucho and 52 are injured.", "en", [52]),
        ("Twelve remain in hospital.", "en", [12]),
        ("Three protesters are wounded, the ombudsman said.", "en", [3]),
        ("Nuestro equipo vio a cuatro personas ser atendidas por asfixia.", "es", [4]),
        ("Cinco manifestantes siguen hospitalizados en Juliaca.", "es", [5]),
        ("Doce personas permanecen internadas en el hospital regional.", "es", [12]),
    ],
)
def test_present_wounded_are_counted(text: str, lang: str, injured: list[int]) -> None:
    assert _injured(text, lang) == injured


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The 52 demands are being treated as a priority.", "en"),
        ("Los 12 reclamos deben ser atendidos por el Gobierno.", "es"),
    ],
)
def test_things_attended_to_are_no_wounded(text: str, lang: str) -> None:
    assert _injured(text, lang) == []
