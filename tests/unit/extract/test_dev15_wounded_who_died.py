"""People named "wounded" who are the subject of a verb of dying are the dead, not the
wounded (extract-dev15): "Un joven herido de bala ... murió anoche", "a man wounded in the
chest died in hospital overnight"."""

from __future__ import annotations

import pytest

from veeduria.extract.counts import compile_counts, find_counts
from veeduria.extract.numbers import compile_numbers


def _counts(text: str, lang: str) -> list[tuple[str, int]]:
    rules, numbers = compile_counts(lang), compile_numbers(lang)
    return [(m.category, m.count.value) for m in find_counts(text, 0, len(text), rules, numbers)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Un joven herido de bala durante la jornada del aeropuerto murió anoche.",
            "es",
            [("killed", 1)],
        ),
        ("Un manifestante herido murió ayer en el hospital.", "es", [("killed", 1)]),
        ("Dos manifestantes heridos de bala murieron ayer.", "es", [("killed", 2)]),
        ("A man wounded in the chest died in hospital overnight.", "en", [("killed", 1)]),
        ("Two protesters wounded by gunfire died on Tuesday.", "en", [("killed", 2)]),
    ],
)
def test_wounded_who_died_are_the_dead(text: str, lang: str, expected) -> None:
    assert _counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # another clause, or a verb with a figure of its own: two figures
        ("Hubo 20 heridos y murió un policía.", "es", [("injured", 20), ("killed", 1)]),
        ("Hubo 20 heridos, murió un policía.", "es", [("injured", 20), ("killed", 1)]),
        ("Dos heridos y un muerto.", "es", [("injured", 2), ("killed", 1)]),
        ("Ten people were wounded and one died.", "en", [("injured", 10), ("killed", 1)]),
        ("Ten people were wounded; one later died.", "en", [("injured", 10), ("killed", 1)]),
    ],
)
def test_wounded_and_dead_told_apart_stay_apart(text: str, lang: str, expected) -> None:
    assert _counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un joven herido de bala durante la protesta en Juliaca murió anoche.", "es"),
        ("A man wounded in the chest during the protest in Juliaca died overnight.", "en"),
    ],
)
def test_wounded_who_died_event_counts_no_wounded(mentions, text: str, lang: str) -> None:
    events = mentions(text, lang)
    assert events
    assert all(m.injured is None for m in events)
