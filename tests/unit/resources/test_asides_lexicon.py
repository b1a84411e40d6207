"""The aside words of ``lexicons/<lang>/asides.yaml`` (moved out of ``veeduria.extract.asides``
in the datalists2 session) and the patterns built from them, on sentences of our own (folded:
lower case, no accents), with near misses."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from veeduria.extract import asides
from veeduria.resources import load_lexicon
from veeduria.resources.schemas.asides import Entry

LANGUAGES = ("es", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_holds_a_word_of_its_entry(lang):
    for entry in load_lexicon(lang, "asides").entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            assert any(w in example.lower() for w in entry.words), (entry.id, example)
        assert all(w == w.lower() for w in entry.words), entry.id


def test_every_role_has_words():
    roles = {e.role for lang in LANGUAGES for e in load_lexicon(lang, "asides").entries}
    assert roles == set(Entry.model_fields["role"].annotation.__args__)


def test_schema_rejects_unknown_roles():
    with pytest.raises(ValidationError):
        Entry.model_validate({"id": "en.asides.x", "role": "genres", "words": ["opinion"]})


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("_GENRE", "tribuna: el paro agrario y sus costos", True),
        ("_GENRE", "commentary | the strike and its costs", True),
        ("_GENRE", "q & a: the strike", True),
        # near misses: the genre word not at the head, or no separator after it
        ("_GENRE", "el paro agrario: una tribuna", False),
        ("_GENRE", "opinion polls show support for the strike", False),
        ("_EXPLOSIVE_WORD", "manipulaba un petardo", True),
        ("_EXPLOSIVE_WORD", "was handling dynamite", True),
        ("_EXPLOSIVE_WORD", "manipulaba una pancarta", False),
        ("_DENIAL", "la policia niega haber usado gases", True),
        ("_DENIAL", "police denied firing", True),
        ("_DENIAL", "la policia negocia con los dirigentes", False),
        ("_DENIAL", "police defended firing", False),
    ],
)
def test_patterns_search(pattern, text, expected):
    assert (getattr(asides, pattern).search(text) is not None) is expected


@pytest.mark.parametrize(
    ("pattern", "before", "expected"),
    [
        ("_ONLY", "usaron solamente ", True),
        ("_ONLY", "officers used just ", True),
        ("_ONLY", "usaron sobre todo ", False),
        ("_NAMED_AS", "el ministro califico el ", True),
        ("_NAMED_AS", "the minister labelled the ", True),
        ("_NAMED_AS", "the minister visited the ", False),
        ("_NAMED_AS", "el ministro visito el ", False),
    ],
)
def test_patterns_before(pattern, before, expected):
    assert (getattr(asides, pattern).search(before) is not None) is expected
