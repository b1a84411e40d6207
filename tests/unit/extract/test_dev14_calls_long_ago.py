"""A call's day that is months ahead in its coming reading but was passed in its past one is
the past one (extract-dev14): "called a general strike on January 24", told in June, is
January's strike; a call for "Thursday" or for a day a few weeks on stays ahead."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 6, 14)


def _date(mentions, text: str, language: str, word: str) -> dt.date | None:
    found = [m for m in mentions(text, language, PUBLISHED) if word in m.trigger.text]
    assert found, text
    return found[0].date.value if found[0].date is not None else None


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        ("The CGT called a 12-hour general strike on January 24.", "en", "strike", (2024, 1, 24)),
        ("La CGT convocó a un paro general el 24 de enero.", "es", "paro", (2024, 1, 24)),
        ("The CGT called a general strike for June 20.", "en", "strike", (2024, 6, 20)),
        ("The CGT called a general strike for Thursday.", "en", "strike", (2024, 6, 20)),
        ("La CGT convocó a un paro general para el 20 de junio.", "es", "paro", (2024, 6, 20)),
    ],
)
def test_call_day(mentions, text: str, language: str, word: str, day: tuple[int, int, int]) -> None:
    assert _date(mentions, text, language, word) == dt.date(*day)
