"""The actor words of ``lexicons/<lang>/actor_words.yaml`` (moved out of
``veeduria.extract.actors`` in the datalists2 session) and the patterns built from them, on
sentences of our own, with near misses."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from veeduria.extract import actors
from veeduria.extract.wordlists import role_words
from veeduria.resources import load_lexicon
from veeduria.resources.schemas.actor_words import Entry

LANGUAGES = ("es", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_holds_a_word_of_its_entry(lang):
    for entry in load_lexicon(lang, "actor_words").entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            assert any(w.lower() in example.lower() for w in entry.words), (entry.id, example)


def test_every_role_has_words():
    roles = {e.role for lang in LANGUAGES for e in load_lexicon(lang, "actor_words").entries}
    assert roles == set(Entry.model_fields["role"].annotation.__args__)


def test_schema_rejects_unknown_roles():
    with pytest.raises(ValidationError):
        Entry.model_validate({"id": "en.actor_words.x", "role": "copula", "words": ["is"]})


def test_word_sets_load():
    assert "United States" in actors._WITH_ARTICLE
    assert "Peru" not in actors._WITH_ARTICLE
    assert {"the", "él", "la"} <= actors._NOT_NAME
    assert "Juliaca" not in actors._NOT_NAME
    assert set(role_words("actor_words", "small_number")) >= {"dos", "ten"}


@pytest.mark.parametrize(
    ("pattern", "before", "expected"),
    [
        ("_POSSESSIVE", "el Ejército negó que sus ", True),
        ("_POSSESSIVE", "the navy said their ", True),
        ("_POSSESSIVE", "el Ejército negó que unos ", False),
        ("_PLACE_BEFORE", "se reunieron frente a la ", True),
        ("_PLACE_BEFORE", "gathered outside the ", True),
        ("_PLACE_BEFORE", "los vecinos atacaron la ", False),
        ("_PLACE_BEFORE", "residents attacked the ", False),
        ("_DENIED_COPULA", "dicen que los muertos no eran ", True),
        ("_DENIED_COPULA", "the families say they weren’t ", True),
        ("_DENIED_COPULA", "dicen que los muertos eran ", False),
        ("_DENIED_COPULA", "the families say they were ", False),
        ("_SCENE", "mientras los agentes despejaban a los ", True),
        ("_SCENE", "whilst troops were clearing ", True),
        ("_SCENE", "los agentes despejaron a los ", False),
        ("_PASSIVE_BEFORE", "la sede ha sido ", True),
        ("_PASSIVE_BEFORE", "the depot has been ", True),
        ("_PASSIVE_BEFORE", "la sede había ", False),
        ("_PRONOUN_PASSIVE", "un día después de que ella fuera ", True),
        ("_PRONOUN_PASSIVE", "a week after she had been ", True),
        ("_PRONOUN_PASSIVE", "a week after they were ", False),
        ("_ONE_PASSIVE", "el exministro habría sido ", True),
        ("_ONE_PASSIVE", "the former minister was quickly ", True),
        ("_ONE_PASSIVE", "the former ministers were ", False),
    ],
)
def test_patterns_before(pattern, before, expected):
    assert (getattr(actors, pattern).search(before) is not None) is expected


@pytest.mark.parametrize(
    ("pattern", "gap", "expected"),
    [
        ("_PATIENT_BEFORE", ", quien había sido ", True),
        ("_PATIENT_BEFORE", ", who was later ", True),
        ("_PATIENT_BEFORE", " y luego ", False),
        ("_PATIENT_AFTER", " a tres ", True),
        ("_PATIENT_AFTER", " four of the ", True),
        ("_PATIENT_AFTER", " a muchos ", False),
        ("_PASSIVE_GAP", " dos agentes resultaron ", True),
        ("_PASSIVE_GAP", " two officers were ", True),
        ("_PASSIVE_GAP", " two officers reported ", False),
        ("_AGAINST", " perpetrado contra un ", True),
        ("_AGAINST", " carried out against an ", True),
        ("_AGAINST", " cerca de un ", False),
        ("_RELATIVE", " a comuneros que ", True),
        ("_RELATIVE", " farmers who ", True),
        ("_RELATIVE", " a comuneros en la ", False),
        ("_RELATIVE_AGENT", " que la ", True),
        ("_RELATIVE_AGENT", " which the ", True),
        ("_RELATIVE_AGENT", " por la ", False),
    ],
)
def test_patterns_spanning(pattern, gap, expected):
    assert (getattr(actors, pattern).fullmatch(gap) is not None) is expected


@pytest.mark.parametrize(
    ("gap", "expected"),
    [(" y ", True), (" e ", True), (", and the ", True), (" o ", False), (" or the ", False)],
)
def test_joined(gap, expected):
    assert (actors._JOINED.match(gap) is not None) is expected
