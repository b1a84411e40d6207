"""A square, avenue or street named by a date is no date (blind16).

English puts the street word after the date ("the 13 May Square", "28 July Avenue"), Spanish
before it ("la plaza 13 de Mayo", already read by ``not_before``). The new ``not_after`` words
(lexicons/en/date_words.yaml) leave such a date unread, so the event keeps the day the
sentence gives, or none.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 8, 6)

NAMES = [
    ("Hundreds of relatives gathered in the 13 May Square to demand justice.", "en", None),
    (
        "Riot police cleared the 9 December Square of protesters on Monday.",
        "en",
        dt.date(2025, 8, 4),
    ),
    ("Teachers marched down 28 July Avenue towards the ministry.", "en", None),
    ("Students blocked the 4 November Bridge for two hours on Tuesday.", "en", dt.date(2025, 8, 5)),
    (
        "Cientos de familiares se concentraron en la plaza 13 de Mayo para exigir justicia.",
        "es",
        None,
    ),
    ("Los docentes marcharon por la avenida 28 de Julio hacia el ministerio.", "es", None),
]


@pytest.mark.parametrize(("text", "lang", "day"), NAMES)
def test_a_dated_name_is_no_date(mentions, text, lang, day):
    found = mentions(text, lang, PUBLISHED)
    assert found, text
    got = found[0].date.value if found[0].date is not None else None
    assert got == day


DATES = [
    (
        "On 13 May, the square filled with protesters demanding new elections.",
        "en",
        dt.date(2025, 5, 13),
    ),
    ("On 13 May the square was cleared by riot police.", "en", dt.date(2025, 5, 13)),
    (
        "Farmers blocked the road on 28 July in protest at the price of fertiliser.",
        "en",
        dt.date(2025, 7, 28),
    ),
    ("El 13 de mayo los manifestantes marcharon hasta la plaza.", "es", dt.date(2025, 5, 13)),
]


@pytest.mark.parametrize(("text", "lang", "day"), DATES)
def test_a_date_before_a_place_word_stays_a_date(mentions, text, lang, day):
    found = mentions(text, lang, PUBLISHED)
    assert found, text
    assert found[0].date is not None and found[0].date.value == day
