"""Actors follow the country the story is set in (extract-events5): an event placed nowhere, in
a story that tells its country only by a demonym or by divisions abroad ("miles de panameños",
"Kenyan police"), takes that country's actors, not Peru's; a story set in Peru keeps Peru."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract.terms import fold
from veeduria.gazetteer import load_place_finder


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        (
            "Los docentes panameños mantienen la huelga. La policía los dispersó con gases "
            "lacrimógenos el martes.",
            "es",
            "Panama",
        ),
        (
            "Kenyan opposition supporters took to the streets on Monday. Police fired tear gas "
            "at them.",
            "en",
            "Kenya",
        ),
        (
            "Cientos de hondureños bloquearon las carreteras el jueves.",
            "es",
            "Honduras",
        ),
    ],
)
def test_unplaced_events_take_the_storys_country(
    mentions, text: str, language: str, country: str
) -> None:
    events = mentions(text, language, published=dt.date(2023, 11, 9))
    assert events
    for m in events:
        names = [a.name for a in (m.actor1, m.actor2) if a is not None]
        assert names and all("Peru" not in n for n in names), names
        assert any(country in n for n in names), names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La policía dispersó a los manifestantes con gases lacrimógenos el martes.", "es"),
        # a demonym of another country in a Peruvian story does not outweigh its places
        (
            "Migrantes venezolanos marcharon en Lima y en Trujillo. En Arequipa, la policía "
            "dispersó una marcha en Cerro Colorado.",
            "es",
        ),
    ],
)
def test_peru_story_keeps_peru_actors(mentions, text: str, language: str) -> None:
    events = mentions(text, language, published=dt.date(2023, 11, 9))
    assert events
    for m in events:
        names = [a.name for a in (m.actor1, m.actor2) if a is not None]
        assert all("Peru" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Miles de panameños cerraron vías en Chiriquí y Veraguas.", "Panama"),
        ("Kenyan protesters gathered in the capital.", "Kenya"),
        ("Cientos de guatemaltecos marcharon.", "Guatemala"),
        ("Los manifestantes marcharon en Juliaca.", "Peru"),
    ],
)
def test_finder_reads_the_storys_country(text: str, country: str) -> None:
    finder = load_place_finder()
    assert finder.story_country(text, fold(text)) == country
