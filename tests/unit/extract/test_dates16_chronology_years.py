"""A chronology written long after its events gives the year in its first entry only ("7 de
diciembre de 2022. ... / 10 de diciembre. ..."): the entries after it follow it in that year
(rolling into the next at a new year), not the publication's (twenty-sixth session,
dev-texts24)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

_MONTHS = {
    "es": {1: "enero", 6: "junio", 12: "diciembre"},
    "en": {1: "January", 6: "June", 12: "December"},
}
_EVENTS = {
    "es": [
        ("bloquearon", "Cientos de comuneros bloquearon la carretera en Andahuaylas."),
        ("detuvo", "La policía detuvo a diez manifestantes en Abancay."),
    ],
    "en": [
        ("blocked", "Hundreds of farmers blocked the road in Andahuaylas."),
        ("detained", "Police detained ten protesters in Abancay."),
    ],
}


def _day(language: str, day: dt.date, with_year: bool) -> str:
    month = _MONTHS[language][day.month]
    if language == "es":
        text = f"{day.day} de {month}"
        return f"{text} de {day.year}" if with_year else text
    return f"{day.day} {month} {day.year}" if with_year else f"{day.day} {month}"


# (first entry with its year, the later entry with none, publication)
_CASES = [
    (dt.date(2022, 12, 7), dt.date(2022, 12, 10), dt.date(2023, 12, 11)),
    (dt.date(2022, 12, 7), dt.date(2022, 12, 15), dt.date(2023, 12, 11)),
    (dt.date(2019, 6, 2), dt.date(2019, 6, 9), dt.date(2020, 6, 5)),
    (dt.date(2022, 12, 7), dt.date(2023, 1, 9), dt.date(2024, 1, 20)),
]


@pytest.mark.parametrize(
    ("language", "case", "mark"),
    list(itertools.product(("es", "en"), _CASES, (". ", ": "))),
)
def test_an_entry_with_no_year_follows_the_entry_before(mentions, language, case, mark):
    first, later, published = case
    (_, s1), (w2, s2) = _EVENTS[language]
    title = "Cronología del conflicto" if language == "es" else "Chronology of the conflict"
    text = (
        f"{title}\n\n{_day(language, first, True)}{mark}{s1}\n\n"
        f"{_day(language, later, False)}{mark}{s2}\n"
    )
    found = {m.trigger.text.lower(): m for m in mentions(text, language, published=published)}
    assert found[w2].date is not None and found[w2].date.value == later
