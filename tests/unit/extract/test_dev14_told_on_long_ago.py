"""An undated event told on, in its paragraph, after one long past is of that past too
(extract-dev14): an explainer a year later retells a day, then what followed it."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 12, 7)


def _facts(mentions, text: str, language: str) -> dict[str, str]:
    return {m.trigger.text: m.factuality for m in mentions(text, language, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Thousands travelled to the capital for a march on January 19. Police blocked their "
            "way to Congress, and a mansion near the square burned down that night.",
            "en",
            "blocked",
        ),
        (
            "Miles de personas marcharon hacia Lima el 19 de enero. La Policía les cerró el paso "
            "con bombas lacrimógenas en la avenida Abancay.",
            "es",
            "bombas lacrimógenas",
        ),
    ],
)
def test_undated_event_after_one_long_past_is_historical(
    mentions, text: str, language: str, word: str
) -> None:
    facts = _facts(mentions, text, language)
    assert facts.get(word) == "historical", facts


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # a new paragraph, or a story of today, is not that past
        (
            "Thousands travelled to the capital for a march on January 19.\n\n"
            "Police blocked the road to Congress with tear gas.",
            "en",
            "tear gas",
        ),
        (
            "Protesters marched to Congress on Tuesday. Police fired tear gas at the marchers.",
            "en",
            "tear gas",
        ),
    ],
)
def test_other_paragraphs_and_today_stay(mentions, text: str, language: str, word: str) -> None:
    facts = _facts(mentions, text, language)
    assert facts.get(word) in ("asserted", "reported"), facts
