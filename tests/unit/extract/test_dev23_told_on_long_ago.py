"""Sixteenth session (extract-dev23): an event with no day of its own, told on after one long
past in its paragraph, is of that past, and takes its date, also when the story already stands
at a day of its own (before, only an event left with no date at all was): "It was the largest
protest since October 2019, when ... Moreno imposed a curfew in Quito" in a story of 2022."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2022, 7, 1)


def _told(mentions, text: str, language: str) -> dict[str, tuple[str, dt.date | None]]:
    return {
        m.trigger.text: (m.factuality, m.date.value if m.date else None)
        for m in mentions(text, language, PUBLISHED)
    }


@pytest.mark.parametrize(
    ("text", "language", "word", "year"),
    [
        (
            "The government signed a deal with the unions on Thursday.\n\n"
            "It was the largest protest movement since October 2019, when eleven days of "
            "protests forced the president to leave the capital. He imposed a curfew in Quito.",
            "en",
            "curfew",
            2019,
        ),
        (
            "El Gobierno firmó el jueves un acuerdo con los gremios.\n\n"
            "Los vecinos recuerdan las protestas de octubre de 2019 en la capital. Entonces el "
            "presidente decretó el toque de queda en Quito.",
            "es",
            "toque de queda",
            2019,
        ),
    ],
)
def test_undated_event_after_one_long_past_takes_its_past(
    mentions, text: str, language: str, word: str, year: int
) -> None:
    told = _told(mentions, text, language)
    fact, day = told[word]
    assert fact == "historical", told
    assert day is not None and day.year == year, told


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # a day of its own keeps the event in the story's time
        (
            "The government signed a deal with the unions on Thursday.\n\n"
            "It was the largest protest movement since October 2019, when eleven days of "
            "protests forced the president to leave the capital. Today, police fired tear "
            "gas at marchers in Quito.",
            "en",
            "tear gas",
        ),
        # another paragraph is back in the story's time
        (
            "Los vecinos recuerdan las protestas de octubre de 2019 en la capital.\n\n"
            "La policía lanzó bombas lacrimógenas contra los manifestantes en Quito.",
            "es",
            "bombas lacrimógenas",
        ),
    ],
)
def test_own_days_and_other_paragraphs_stay(mentions, text: str, language: str, word: str) -> None:
    fact, _ = _told(mentions, text, language)[word]
    assert fact in ("asserted", "reported")
