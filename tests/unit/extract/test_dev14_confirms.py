"""A source that "confirms" deaths reports them, as one that "confirmed" them (extract-dev14)."""

from __future__ import annotations

import pytest

from veeduria.extract.factuality import scoped_attributions
from veeduria.extract.terms import fold


def _sources(resources, text: str) -> list[str]:
    lex = resources.by_language["en"].lexical
    folded = fold(text)
    cues = lex.cues_in(folded, 0, len(text), text.lower())
    actors = lex.find(lex.actors, folded, 0, len(text))
    return [a.source for a, _ in scoped_attributions(cues, actors, text, (0, len(text)))]


@pytest.mark.parametrize(
    "text",
    [
        "The regional health directorate confirms four deaths.",
        "The regional health directorate confirmed four deaths.",
        "Police confirm that two officers were injured.",
    ],
)
def test_confirms_names_a_source(resources, text: str) -> None:
    assert _sources(resources, text)


@pytest.mark.parametrize("text", ["Four people died in the clashes near the airport."])
def test_no_reporting_verb_no_source(resources, text: str) -> None:
    assert _sources(resources, text) == []
