"""Twenty-sixth session (counts3): people treated for wounds with no adjective, for pellet
wounds or for burns are injured ("at least nine civilians were treated for wounds", "30 people
treated for pellet wounds"), and one person treated for a wound counts one ("a camera operator
was treated for a pellet wound to the face")."""

from __future__ import annotations

import itertools

import pytest

from veeduria.extract.counts import compile_counts, find_counts
from veeduria.extract.numbers import compile_numbers

_RULES = compile_counts("en")
_NUMBERS = compile_numbers("en")

_FIGURES = [("at least nine", 9), ("30", 30), ("twelve", 12)]
_NOUNS = ["civilians", "protesters", "people"]
_PLURAL = [
    "were treated for wounds",
    "were treated for pellet wounds",
    "were treated for burns",
    "were being treated for wounds",
]
_ONE_SUBJECTS = ["A camera operator", "A protester", "One police officer"]
_ONE = [
    "was treated for a pellet wound to the face",
    "was treated for a gunshot wound",
    "was treated for wounds",
    "was treated for burns",
]


def _injured(text: str) -> list[int]:
    found = find_counts(text, 0, len(text), _RULES, _NUMBERS)
    return [m.count.value for m in found if m.category == "injured"]


@pytest.mark.parametrize(
    ("figure", "noun", "verb"), list(itertools.product(_FIGURES, _NOUNS, _PLURAL))
)
def test_many_treated_for_wounds(figure: tuple[str, int], noun: str, verb: str):
    words, value = figure
    assert _injured(f"Officials said {words} {noun} {verb} on Monday.") == [value]


@pytest.mark.parametrize(("subject", "verb"), list(itertools.product(_ONE_SUBJECTS, _ONE)))
def test_one_treated_for_a_wound(subject: str, verb: str):
    assert _injured(f"{subject} {verb} and discharged overnight.") == [1]
