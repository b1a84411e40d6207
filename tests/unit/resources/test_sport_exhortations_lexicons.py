"""The words of ``lexicons/<lang>/sport.yaml`` and ``exhortations.yaml`` (moved out of
``veeduria.extract.sport`` and ``.exhortations`` in the datalists2 session) and the patterns
built from them, on sentences of our own, with near misses."""

from __future__ import annotations

import pytest

from veeduria.extract import exhortations, sport
from veeduria.resources import load_lexicon

LANGUAGES = ("es", "en")


@pytest.mark.parametrize("name", ["sport", "exhortations"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_holds_a_word_of_its_entry(lang, name):
    for entry in load_lexicon(lang, name).entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            assert any(w.lower() in example.lower() for w in entry.words), (entry.id, example)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("el partido se suspendió a causa de los ", True),
        ("el partido se suspendió a raiz del ", False),
        ("el partido se suspendió a raíz de los ", True),
        ("the match was called off owing to the ", True),
        ("the match was called off amid ", True),
        # near misses: no cause word, or the cause word far from the end
        ("the match was called off after the ", False),
        ("el partido se jugó pese a los ", False),
    ],
)
def test_sport_cause(before, expected):
    assert (sport._CAUSE.search(before) is not None) is expected


@pytest.mark.parametrize(
    ("gap", "expected"),
    [(" con el ", True), (" with their ", True), (" para el ", False), (" for the ", False)],
)
def test_with_party(gap, expected):
    assert (exhortations._WITH_PARTY.search(gap) is not None) is expected


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        (" abuse, although witnesses ", True),
        (" abuse whereas witnesses ", True),
        (" abuse by the officers who ", False),
        (" abuse butchered ", False),
    ],
)
def test_contrast(gap, expected):
    assert (exhortations._CLAUSE_BREAK.search(gap) is not None) is expected
