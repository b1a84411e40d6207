"""Where someone fled or flew into exile is not where the event happened ("resigned and flew
to Mexico"); where people travelled to march still is."""

from __future__ import annotations

import pytest

from veeduria.extract.terms import fold


def _names(finder, text, lang):
    return [loc.name for loc in finder.find(text, fold(text), 0, len(text), lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Morales, who resigned on Sunday and flew to Mexico, called the killings a massacre.",
            "en",
        ),
        ("The former president fled to Argentina after the massacre.", "en"),
        ("El expresidente huyó a Argentina tras la masacre.", "es"),
    ],
)
def test_a_flight_into_exile_is_no_place_of_the_event(finder, text, lang):
    assert _names(finder, text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("Thousands travelled to Lima for the march.", "en", "Lima"),
        ("Miles de comuneros viajaron a Lima para la marcha.", "es", "Lima"),
    ],
)
def test_where_people_travelled_to_march_is_a_place(finder, text, lang, town):
    assert _names(finder, text, lang) == [town]
