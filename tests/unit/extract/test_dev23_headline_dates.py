"""Sixteenth session (extract-dev23): a headline with no date of its own takes the date the
body gives its own event (the first later mention of its type and mode), not the first
incident the body dates; a measure told as starting to hold ("just as the curfew began",
"cuando comenzó el toque de queda") is not its declaration. With no such mention the headline
keeps the first dated incident after it."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _dates(mentions, text, language, published):
    return [
        (m.trigger.text, m.sub_event_type, m.date.value if m.date else None)
        for m in mentions(text, language, published)
    ]


@pytest.mark.parametrize(
    ("text", "language", "published", "word", "value"),
    [
        (
            "Guatemala imposes curfew after night of looting\n\n"
            "GUATEMALA CITY — Shops stayed shut on Sunday morning as the curfew began to bite. "
            "The government imposed a curfew late on Friday after crowds looted shops.",
            "en",
            D(2023, 3, 6),
            "curfew",
            D(2023, 3, 3),
        ),
        (
            "El Gobierno decreta el toque de queda en Tegucigalpa\n\n"
            "TEGUCIGALPA.– Las calles se vaciaron el sábado cuando comenzó el toque de queda. "
            "El Gobierno decretó el viernes el toque de queda por diez días.",
            "es",
            D(2023, 3, 6),
            "toque de queda",
            D(2023, 3, 3),
        ),
    ],
)
def test_a_headline_takes_the_date_of_its_own_event(
    mentions, text, language, published, word, value
):
    found = _dates(mentions, text, language, published)
    head = [day for trigger, _, day in found if trigger.lower().endswith(word)][0]
    assert head == value, found


def test_a_headline_with_no_later_mention_keeps_the_first_incident(mentions):
    text = (
        "Police fire tear gas at marchers in Lima\n\n"
        "LIMA — Thousands of people marched through central Lima on Tuesday."
    )
    found = _dates(mentions, text, "en", D(2023, 1, 20))
    head = [day for trigger, _, day in found if trigger == "tear gas"][0]
    assert head == D(2023, 1, 17), found
