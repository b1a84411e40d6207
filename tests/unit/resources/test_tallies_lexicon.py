"""The tally words of ``lexicons/<lang>/tallies.yaml`` (moved out of
``veeduria.extract.tallies`` in the datalists session) and the pattern built from them, on
sentences of our own, with near misses."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from veeduria.extract import tallies
from veeduria.resources import load_lexicon
from veeduria.resources.schemas.tallies import Entry

LANGUAGES = ("es", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_holds_a_word_of_its_entry(lang):
    for entry in load_lexicon(lang, "tallies").entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            assert any(w.lower() in example.lower() for w in entry.words), (entry.id, example)


def test_every_role_has_words():
    roles = {e.role for lang in LANGUAGES for e in load_lexicon(lang, "tallies").entries}
    assert roles == set(Entry.model_fields["role"].annotation.__args__)


def test_schema_rejects_unknown_roles():
    with pytest.raises(ValidationError):
        Entry.model_validate({"id": "en.tallies.x", "role": "rival", "words": ["said"]})


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Two were hurt, whereas the hospital counted ", True),
        ("Two were hurt, but the union put the figure at ", True),
        ("Dos heridos, aunque la posta contabilizó al menos ", True),
        ("Dos heridos; en tanto que los vecinos hablaron de ", True),
        # near misses: no joiner, or no verb that gives a figure
        ("The hospital counted ", False),
        ("Two were hurt, whereas the hospital treated ", False),
        ("Dos heridos, aunque la posta atendió a ", False),
    ],
)
def test_rival_source_words(before, expected):
    assert (tallies._RIVAL_SOURCE.search(before) is not None) is expected
