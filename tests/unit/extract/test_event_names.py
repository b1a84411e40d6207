"""A named event in a sentence ("la Toma de Lima") is carried by its mentions as a rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _names(found: list[Mention]) -> set[str]:
    return {r for m in found for r in m.rules if r.startswith("name:")}


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Miles de manifestantes del sur llegarán esta semana a la capital para la "
            "llamada Toma de Lima.",
            "es",
            {"name:toma_de_lima"},
        ),
        (
            "Thousands are expected to converge on the capital this week for a mass protest "
            'organisers have called "the taking of Lima".',
            "en",
            {"name:toma_de_lima"},
        ),
        # the longer name only: the third one is not the first
        (
            "Miles marcharon el miércoles en la llamada «Tercera Toma de Lima».",
            "es",
            {"name:toma_de_lima_3"},
        ),
        (
            'Thousands marched in the "third takeover of Lima" on Wednesday.',
            "en",
            {"name:toma_de_lima_3"},
        ),
        ("Protesters marched through Lima on Thursday.", "en", set()),
    ],
)
def test_a_named_event_is_a_rule_of_its_sentences_mentions(
    mentions: Callable[..., list[Mention]], text: str, language: str, names: set[str]
) -> None:
    found = mentions(text, language)
    assert found
    assert _names(found) == names


def test_the_same_event_has_one_name_in_both_languages(
    mentions: Callable[..., list[Mention]],
) -> None:
    es = mentions("Los deudos de la masacre de Juliaca marcharon el martes.", "es")
    en = mentions("Relatives of those killed in the Juliaca massacre marched on Tuesday.", "en")
    assert _names(es) == _names(en) == {"name:juliaca_massacre"}
