"""Days of wire copy (twenty-fifth session, dates14): a day back told before the story has a
day ("Tres manifestantes murieron la víspera en Juliaca", "were killed the previous day")
counts from the sentence's own day, else from the day the text is written, and the story goes
on from it; a "when" clause after the shift's clause is of its day; the Spanish wire's
dateline writes its day with the month's abbreviation and no "de" ("LIMA, 12 ene (EFE).-"),
which "ayer" and "la víspera" count from; "antenoche" is the night before last."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract.dates import compile_dates, find_dates
from veeduria.models import Mention

D = dt.date


def _on(found: list[Mention], word: str) -> dt.date | None:
    hits = [m for m in found if m.trigger.text.lower() == word]
    assert hits, [m.trigger.text for m in found]
    return hits[0].date.value if hits[0].date is not None else None


@pytest.mark.parametrize(
    ("text", "language", "published", "word", "day"),
    [
        # a day back with no day of the story before it: from the day of writing
        (
            "Tres manifestantes murieron la víspera en Juliaca durante enfrentamientos con la "
            "policía.",
            "es",
            D(2023, 1, 12),
            "enfrentamientos",
            D(2023, 1, 11),
        ),
        (
            "La víspera, tres manifestantes murieron en Juliaca durante enfrentamientos con la "
            "policía.",
            "es",
            D(2023, 1, 12),
            "enfrentamientos",
            D(2023, 1, 11),
        ),
        (
            "Tres manifestantes murieron el día anterior en Juliaca durante enfrentamientos con "
            "la policía.",
            "es",
            D(2023, 1, 12),
            "enfrentamientos",
            D(2023, 1, 11),
        ),
        # ... or from the sentence's own day, the day of the statement
        (
            "Tres manifestantes murieron la víspera en Juliaca durante enfrentamientos con la "
            "policía, informó este jueves la Defensoría.",
            "es",
            D(2023, 1, 13),
            "enfrentamientos",
            D(2023, 1, 11),
        ),
        (
            "Three protesters were killed the previous day in Juliaca during clashes with "
            "police, the ombudsman said on Thursday.",
            "en",
            D(2023, 1, 13),
            "clashes",
            D(2023, 1, 11),
        ),
        # a "when" clause after the shift's clause tells what happened at its time
        (
            "Seis personas murieron la víspera en la capital regional, cuando soldados abrieron "
            "fuego contra manifestantes que intentaban ocupar la pista.",
            "es",
            D(2022, 12, 16),
            "abrieron fuego",
            D(2022, 12, 15),
        ),
        # the story goes on from that day, not from the statement's
        (
            "Seis personas murieron la víspera en la capital regional, cuando soldados abrieron "
            "fuego contra manifestantes, informó este viernes el ministerio.\n\nUn grupo de "
            "encapuchados incendió la puerta de la fiscalía.",
            "es",
            D(2022, 12, 16),
            "incendió",
            D(2022, 12, 15),
        ),
        # the wire's dateline: "ayer", "la víspera" count from its day
        (
            "JULIACA, 12 ene (EFE).- La policía detuvo ayer a 30 manifestantes en el centro de "
            "la ciudad.",
            "es",
            D(2023, 1, 13),
            "detuvo",
            D(2023, 1, 11),
        ),
        (
            "JULIACA, 12 ene (EFE).- Tres manifestantes murieron la víspera en Juliaca durante "
            "enfrentamientos con la policía.",
            "es",
            D(2023, 1, 13),
            "enfrentamientos",
            D(2023, 1, 11),
        ),
        # the night before last
        (
            "Antenoche, encapuchados saquearon dos tiendas en el centro de Cusco.",
            "es",
            D(2023, 1, 12),
            "saquearon",
            D(2023, 1, 10),
        ),
        # near misses: a day back after a day of the story counts from it; the eve of a named
        # event is no day; "anoche" is last night
        (
            "Los comuneros bloquearon el martes la vía. La víspera, tres manifestantes murieron "
            "en Juliaca.",
            "es",
            D(2023, 1, 12),
            "murieron",
            D(2023, 1, 9),
        ),
        (
            "Police fired on protesters on Tuesday. Three protesters had been killed the previous "
            "day in Juliaca.",
            "en",
            D(2023, 1, 12),
            "killed",
            D(2023, 1, 9),
        ),
        (
            "En la víspera del paro, los comuneros bloquearon la carretera en Juliaca.",
            "es",
            D(2023, 1, 12),
            "bloquearon",
            None,
        ),
        (
            "JULIACA, 12 ene (EFE).- La policía detuvo anoche a 30 manifestantes en el centro "
            "de la ciudad.",
            "es",
            D(2023, 1, 12),
            "detuvo",
            D(2023, 1, 11),
        ),
        (
            "Anoche, encapuchados saquearon dos tiendas en el centro de Cusco.",
            "es",
            D(2023, 1, 12),
            "saquearon",
            D(2023, 1, 11),
        ),
    ],
)
def test_wire_days(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    word: str,
    day: dt.date | None,
) -> None:
    assert _on(mentions(text, language, published), word) == day


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("LIMA, 12 ene (EFE).-", D(2023, 1, 12)),
        ("La Paz, 5 nov (EFE).-", D(2022, 11, 5)),
        ("Quito, 3 oct. (AFP).-", D(2022, 10, 3)),
        ("el 9 de enero", D(2023, 1, 9)),
    ],
)
def test_day_and_abbreviated_month(text: str, value: dt.date) -> None:
    found = find_dates(text, 0, len(text), D(2023, 1, 13), compile_dates("es"))
    assert [(d.value, d.precision) for d in found] == [(value, "day")]


@pytest.mark.parametrize("text", ["en la avenida 28 julio", "a 12 mar adentro", "unos 40 km"])
def test_no_day_and_month(text: str) -> None:
    """Near misses: a street's name, the sea, a distance."""
    assert find_dates(text, 0, len(text), D(2023, 1, 13), compile_dates("es")) == []


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        # the ends of a span named before the event word: it began on the first
        (
            "Entre el lunes y el miércoles, los transportistas bloquearon las vías de acceso a "
            "Puno.",
            "es",
            "bloquearon",
            D(2023, 1, 9),
        ),
        (
            "Between Monday and Wednesday, truckers blocked the roads into Puno.",
            "en",
            "blocked",
            D(2023, 1, 9),
        ),
        # near misses: the span told after the event word; two days that are no span; a span
        # longer than a week
        (
            "Los transportistas bloquearon las vías de acceso a Puno entre el lunes y el "
            "miércoles.",
            "es",
            "bloquearon",
            D(2023, 1, 9),
        ),
        (
            "On Monday and Wednesday, truckers blocked the roads into Puno.",
            "en",
            "blocked",
            D(2023, 1, 11),
        ),
        (
            "Between January 2 and January 11, truckers blocked the roads into Puno.",
            "en",
            "blocked",
            D(2023, 1, 11),
        ),
    ],
)
def test_between_two_days(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    assert _on(mentions(text, language, D(2023, 1, 13)), word) == day
