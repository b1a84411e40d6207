"""A headline over a dateline (extract-events5): its event is dated as the body's event of its
kind at its place, not the body's first incident; a headline that names only a region that is
no administrative unit ("el sur del país") keeps it, or takes the town the lead names, not the
city the story was filed from; with no other town named, the dateline's city stays."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 1, 12)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "Police fire tear gas at protesters in Ayaviri\n\n"
            "LIMA, Jan 11 (Wire) - Police fired tear gas at protesters in Sicuani on Tuesday. "
            "On Wednesday, police fired tear gas at protesters in Ayaviri.",
            "en",
            dt.date(2023, 1, 11),
        ),
        (
            "Bloquean vías en Ayaviri\n\n"
            "LIMA, 11 ene. — Los manifestantes bloquearon el martes la carretera en Sicuani. "
            "El miércoles, nuevos bloqueos se registraron en Ayaviri.",
            "es",
            dt.date(2023, 1, 11),
        ),
        # no mention at its place: the first of its kind, as before
        (
            "Bloquean vías en Moquegua\n\n"
            "LIMA, 11 ene. — Los manifestantes bloquearon el martes la carretera en Sicuani. "
            "El miércoles, nuevos bloqueos se registraron en Ayaviri.",
            "es",
            dt.date(2023, 1, 10),
        ),
    ],
)
def test_headline_takes_the_day_of_its_own_place(
    mentions, text: str, language: str, day: dt.date
) -> None:
    events = mentions(text, language, published=PUBLISHED)
    assert events and events[0].sentence[0] == 0
    assert events[0].date is not None and events[0].date.value == day


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        (
            "Protests in the south\n\n"
            "LIMA, Jan 11 (Wire) - Protesters blocked roads in Ayaviri on Wednesday.",
            "en",
            ["Ayaviri", "Ayaviri"],
        ),
        (
            "Bloqueos en el sur del país\n\n"
            "LIMA, 11 ene. — Los manifestantes bloquearon el miércoles la carretera en Ayaviri.",
            "es",
            ["Sur andino", "Ayaviri"],
        ),
        (
            "Marchas en el sur andino\n\nCUSCO, 11 ene. — Cientos de personas marcharon el miércoles.",
            "es",
            ["Sur andino", "Cusco"],
        ),
        # no other town in the lead: the dateline's city is the headline's
        (
            "Police clear the square\n\n"
            "LIMA, Jan 11 (Wire) - Police cleared the square with tear gas on Wednesday.",
            "en",
            ["Lima", "Lima"],
        ),
    ],
)
def test_headline_place_is_not_the_dateline_city(
    mentions, text: str, language: str, places: list[str]
) -> None:
    events = mentions(text, language, published=PUBLISHED)
    names = [m.location.name if m.location is not None else None for m in events]
    assert names[: len(places)] == places
