"""The rank suffixes of ``lexicons/<lang>/numbers.yaml`` (moved out of
``veeduria.extract.numbers`` in the datalists2 session) and the pattern built from them, with
near misses."""

from __future__ import annotations

import pytest

from veeduria.extract import numbers
from veeduria.resources import load_lexicon

LANGUAGES = ("es", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_holds_a_word_of_its_entry(lang):
    for entry in load_lexicon(lang, "numbers").entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            assert any(w in example.lower() for w in entry.words), (entry.id, example)
        assert all(isinstance(w, str) and w == w.lower() for w in entry.words), entry.id


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("58th", (58, 4)),
        ("3er", (3, 3)),
        ("2.do", (2, 4)),
        ("21.ª", (21, 4)),
        ("7ma", (7, 3)),
        # near misses: an English suffix after a full stop, a longer word, a year, no suffix
        ("2.th", None),
        ("3ero", None),
        ("2023", None),
        ("58", None),
    ],
)
def test_digit_ordinal(text, rank):
    m = numbers._DIGIT_ORDINAL.match(text)
    assert ((int(m.group(1)), m.end()) if m else None) == rank
