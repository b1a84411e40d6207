"""The factuality words of ``lexicons/<lang>/factuality.yaml`` (moved out of
``veeduria.extract.factuality`` in the datalists session) and the patterns built from them, on
sentences of our own, with near misses."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from veeduria.extract import factuality
from veeduria.extract.factuality import refuted_claim
from veeduria.resources import load_lexicon
from veeduria.resources.schemas.factuality import Entry

LANGUAGES = ("es", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_holds_a_word_of_its_entry(lang):
    for entry in load_lexicon(lang, "factuality").entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            assert any(w.lower() in example.lower() for w in entry.words), (entry.id, example)


def test_every_role_has_words():
    roles = {e.role for lang in LANGUAGES for e in load_lexicon(lang, "factuality").entries}
    assert roles == set(Entry.model_fields["role"].annotation.__args__)


def test_schema_rejects_malformed_entries():
    with pytest.raises(ValidationError):
        Entry.model_validate({"id": "en.factuality.x", "role": "adjunct", "words": []})
    with pytest.raises(ValidationError):
        Entry.model_validate({"id": "en.factuality.x", "role": "verdict", "words": ["rating"]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Miners began", True),
        ("Police rushed", True),
        ("Unions urge", True),
        ("Teachers in Cusco", False),
        ("Truckers from Puno", False),
    ],
)
def test_headline_to_verb_words(text, expected):
    assert (factuality._HEADLINE_TO_VERBS.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" was not carried  out", True),
        (" did not take place", True),
        (" never occurred", True),
        (" no se llevó a cabo", True),
        (" no llegó a realizarse", True),
        # near misses: an event that ended, or a denial of something else
        (" was not lifted", False),
        (" no se levantó", False),
        (" did not end", False),
    ],
)
def test_negated_after_words(after, expected):
    assert (factuality._NEGATED_AFTER.match(after) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calificación: Engañosa. El video es de 2019.", True),
        ("Rating: fabricated", True),
        ("Verdict: true", False),
        ("Calificación: verdadero", False),
    ],
)
def test_false_verdict_words(text, expected):
    assert refuted_claim({"purported"}, text) is expected


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("_ADJUNCT", " anoche en Juliaca", True),
        ("_ADJUNCT", " via a statement", True),
        ("_ADJUNCT", " que hubo heridos", False),
        ("_ADJUNCT", " that two died", False),
        ("_CONTINUES", " hasta la plaza", True),
        ("_CONTINUES", " towards the square", True),
        ("_CONTINUES", " los manifestantes", False),
        ("_CONTINUES", " the marchers", False),
    ],
)
def test_clause_words(pattern, text, expected):
    assert (getattr(factuality, pattern).match(text) is not None) is expected
