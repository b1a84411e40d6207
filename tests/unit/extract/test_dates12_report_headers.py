"""A report's header that gives its day on a line of its own ("Reporte diario ...\\nMartes 10
de enero de 2023, 20:00 horas") is the day "hoy", "ayer" and "yesterday" count from, as a
dateline's day is (`pipeline._header_day`; twenty-first session, dates12)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _day(found: list[Mention], word: str) -> dt.date | None:
    hits = [m for m in found if m.trigger.text.startswith(word)]
    assert hits, f"no event on {word!r}: {[m.trigger.text for m in found]}"
    date = hits[0].date
    return date.value if date is not None else None


@pytest.mark.parametrize(
    ("text", "language", "published", "word", "day"),
    [
        (
            "Reporte diario de la Defensoría\nViernes 13 de enero de 2023, 18:00 horas\n\n"
            "En Cusco, la policía detuvo ayer a cinco dirigentes del paro regional.",
            "es",
            dt.date(2023, 1, 14),
            "detuvo",
            dt.date(2023, 1, 12),
        ),
        (
            "Daily situation report\nThursday 12 January 2023\n\n"
            "Police fired tear gas at protesters in Puno yesterday.",
            "en",
            dt.date(2023, 1, 13),
            "tear gas",
            dt.date(2023, 1, 11),
        ),
        # near miss: the header's line holds other words than its date
        (
            "Reporte del 13 de enero de 2023\nDefensoría del Pueblo\n\n"
            "En Cusco, la policía detuvo ayer a cinco dirigentes del paro regional.",
            "es",
            dt.date(2023, 1, 14),
            "detuvo",
            dt.date(2023, 1, 13),
        ),
        # near miss: the date line is not in the header block
        (
            "Daily situation report\n\nThursday 12 January 2023\n\n"
            "Police fired tear gas at protesters in Puno yesterday.",
            "en",
            dt.date(2023, 1, 13),
            "tear gas",
            dt.date(2023, 1, 12),
        ),
        # near miss: a header day more than three days before publication
        (
            "Daily situation report\nThursday 5 January 2023\n\n"
            "Police fired tear gas at protesters in Puno yesterday.",
            "en",
            dt.date(2023, 1, 13),
            "tear gas",
            dt.date(2023, 1, 12),
        ),
    ],
)
def test_a_report_header_day_is_what_relative_days_count_from(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    word: str,
    day: dt.date,
) -> None:
    assert _day(mentions(text, language, published), word) == day
