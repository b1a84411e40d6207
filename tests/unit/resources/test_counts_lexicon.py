"""The count pattern words of ``lexicons/<lang>/counts.yaml`` (moved out of
``veeduria.extract.counts`` in the datalists2 session) and the patterns built from them, on
sentences of our own, with near misses."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from veeduria.extract import counts
from veeduria.resources import load_lexicon
from veeduria.resources.schemas.counts import Entry

LANGUAGES = ("es", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_holds_a_word_of_its_entry(lang):
    for entry in load_lexicon(lang, "counts").entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            assert any(w in example.lower() for w in entry.words), (entry.id, example)
        assert all(w == w.lower() for w in entry.words), entry.id


def test_every_role_has_words():
    roles = {e.role for lang in LANGUAGES for e in load_lexicon(lang, "counts").entries}
    assert roles == set(Entry.model_fields["role"].annotation.__args__)


def test_schema_rejects_unknown_roles():
    with pytest.raises(ValidationError):
        Entry.model_validate({"id": "en.counts.x", "role": "copula", "words": ["were"]})


def test_copulas_load():
    assert counts._COPULAS == frozenset({"fueron", "eran"})


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("la cifra subió a más de ", True),
        ("la cifra subió a mas de ", True),
        ("the toll climbed to nearly ", True),
        ("the toll climbed to ", True),
        # near misses: a qualifier with no "to"/"a" before it, or another word between
        ("the toll stood near ", False),
        ("la cifra subió a casi unos pocos ", False),
    ],
)
def test_reached(before, expected):
    assert (counts._REACHED.search(before) is not None) is expected


@pytest.mark.parametrize(
    ("before", "noun"),
    [
        ("the driver eventually ", "driver"),
        ("the young farmer ", "farmer"),
        ("a driver later ", None),
    ],
)
def test_definite_one(before, noun):
    m = counts._DEFINITE_ONE.search(before)
    assert (m.group("noun") if m else None) == noun


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        (" heridos, pero nadie ", True),
        (" wounded whereas nobody ", True),
        (" heridos en la plaza que ", False),
        (" wounded in the square who ", False),
    ],
)
def test_clause_break(gap, expected):
    assert (counts._CLAUSE_BREAK.search(gap) is not None) is expected


@pytest.mark.parametrize(
    ("after", "expected"), [("were hurt", True), ("die", True), ("wereth", False), ("dies", False)]
)
def test_plural_verb(after, expected):
    assert (counts._PLURAL_VERB.match(after) is not None) is expected
