"""Dated paragraph leads of bulletins and chronologies ("Cusco, miércoles 18. ..."), an opening
sentence whose only cue is a tally word with no figure, and military clock times that are no
years (nineteenth session, extract-dates10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN14 = dt.date(2023, 1, 14)


def _on(found: list[Mention], word: str) -> Mention:
    hits = [m for m in found if m.trigger.text.startswith(word)]
    assert hits, f"no event on {word!r}: {[m.trigger.text for m in found]}"
    return hits[0]


def _day(found: list[Mention], word: str) -> dt.date | None:
    date = _on(found, word).date
    return date.value if date is not None else None


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "Crónica de la semana\n\n"
            "JULIACA, 9 de enero. Los comuneros cerraron el puente y la policía los desalojó "
            "con gases.\n\n"
            "AREQUIPA, 11 de enero. Cientos de estudiantes marcharon por la avenida Ejército.",
            "es",
            "marcharon",
            dt.date(2023, 1, 11),
        ),
        (
            "Resumen del observatorio\n\n"
            "Ilave (El Collao, Puno), lunes 9. Los vecinos quemaron llantas frente a la "
            "municipalidad.\n\n"
            "Tacna, miércoles 11. La policía detuvo a seis dirigentes en la plaza de armas.",
            "es",
            "detuvo",
            dt.date(2023, 1, 11),
        ),
        (
            "Weekly digest\n\n"
            "Puno, Jan. 9. Police fired tear gas at protesters blocking the bridge.\n\n"
            "Cusco, Jan. 12. Hundreds of students marched to the main square.",
            "en",
            "marched",
            dt.date(2023, 1, 12),
        ),
    ],
)
def test_a_place_and_day_lead_dates_its_paragraph(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    assert _day(mentions(text, language, JAN14), word) == day


def test_an_event_sentence_with_place_and_day_is_no_lead(
    mentions: Callable[..., list[Mention]],
) -> None:
    # the day is inside an event sentence: it dates that sentence, as before
    found = mentions(
        "Resumen\n\nLos comuneros bloquearon el puente el lunes 9. La policía los desalojó.\n\n"
        "En Cusco, el jueves 12, cientos de estudiantes marcharon hasta la plaza.",
        "es",
        JAN14,
    )
    assert _day(found, "desalojó") == dt.date(2023, 1, 9)
    assert _day(found, "marcharon") == dt.date(2023, 1, 12)


def test_a_letters_dateline_keeps_yesterday_counted_from_it(
    mentions: Callable[..., list[Mention]],
) -> None:
    # "Lima, 22 de enero de 2023" on a line of its own is the letter's own day, no lead
    found = mentions(
        "Lima, 22 de enero de 2023\n\nSeñor Presidente:\n\n"
        "Ayer la policía detuvo a doce estudiantes frente a la universidad.",
        "es",
        dt.date(2023, 1, 22),
    )
    assert _day(found, "detuvo") == dt.date(2023, 1, 21)


def test_a_lead_that_is_no_place_is_no_lead(mentions: Callable[..., list[Mention]]) -> None:
    # "Según la fiscalía, el lunes 9." names no place before its day
    found = mentions(
        "Boletín\n\nLa policía desalojó el jueves 12 a los comuneros del puente.\n\n"
        "Según la fiscalía, el lunes 9. Los agentes detuvieron a seis dirigentes en la plaza.",
        "es",
        JAN14,
    )
    assert _day(found, "detuvieron") == dt.date(2023, 1, 12)


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "OPINIÓN\n\nLo que pasó el domingo en Tumbes no admite excusas. Un policía disparó "
            "contra los vecinos que cerraban la carretera y mató a un joven.",
            "es",
            "disparó",
            dt.date(2023, 1, 8),
        ),
    ],
)
def test_a_tally_word_without_figure_lets_the_opening_set_the_day(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    assert _day(mentions(text, language, dt.date(2023, 1, 12)), word) == day


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "El lunes los vecinos marcharon en Sittwe. El ejército informó que a las 1930 una "
            "patrulla abrió fuego contra ellos.",
            "es",
            "abrió",
            dt.date(2023, 1, 9),
        ),
        (
            "On Monday residents marched in Sittwe. The army said a patrol opened fire on them "
            "at 1915 hours.",
            "en",
            "opened",
            dt.date(2023, 1, 9),
        ),
    ],
)
def test_a_time_in_four_digits_is_no_year(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    assert _day(mentions(text, language, dt.date(2023, 1, 12)), word) == day


@pytest.mark.parametrize(
    ("text", "language", "word", "year"),
    [
        (
            "Los soldados abrieron fuego contra los manifestantes en 1930 y mataron a diez.",
            "es",
            "abrieron",
            1930,
        ),
        ("Soldiers opened fire on protesters in 1988, killing dozens.", "en", "opened", 1988),
    ],
)
def test_a_year_that_cannot_be_a_time_stays_a_year(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, year: int
) -> None:
    day = _day(mentions(text, language, dt.date(2023, 1, 12)), word)
    assert day is not None and day.year == year


def test_clock_time_reads_the_words_and_digits(resources: object) -> None:
    from veeduria.extract.dates import clock_time, compile_dates

    es, en = compile_dates("es"), compile_dates("en")
    text = "a las 1930 salió; en 1930 hubo huelgas; 1975 horas"
    assert clock_time(text, 6, 10, es)
    assert not clock_time(text, 21, 25, es)
    assert not clock_time(text, 40, 44, es)  # 75 is no minute
    assert clock_time("at 0600 the curfew", 3, 7, en)
    assert not clock_time("from 2010 until 2015", 5, 9, en)


def test_what_a_place_woke_up_with_is_the_reports_day(
    mentions: Callable[..., list[Mention]],
) -> None:
    # "amaneció con": the state the morning report finds on its own day, not last night's
    found = mentions(
        "Resumen de la mañana\n\nAnoche hubo enfrentamientos en Juliaca entre comuneros y "
        "policías.\n\nSegún la SUTRAN, el departamento amaneció con treinta carreteras "
        "bloqueadas por los comuneros.",
        "es",
        dt.date(2023, 1, 17),
    )
    assert _day(found, "enfrentamientos") == dt.date(2023, 1, 16)
    assert _day(found, "carreteras") == dt.date(2023, 1, 17)


def test_what_a_place_woke_up_with_on_a_named_day_keeps_that_day(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "Resumen\n\nAnoche hubo enfrentamientos en Juliaca entre comuneros y policías.\n\n"
        "El lunes la ciudad amaneció con treinta carreteras bloqueadas por los comuneros.",
        "es",
        dt.date(2023, 1, 17),
    )
    assert _day(found, "carreteras") == dt.date(2023, 1, 16)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [("08:40", dt.date(2023, 1, 16)), ("16:20", dt.date(2023, 1, 17))],
)
def test_the_night_of_a_morning_entry_is_the_night_before(
    mentions: Callable[..., list[Mention]], stamp: str, day: dt.date
) -> None:
    # a morning entry's night is last night; an afternoon entry's is left at the entry's day
    text = (
        "EN VIVO | Paro en Juliaca\n\n"
        f"{stamp} – Doce policías resultaron heridos en los choques de la noche, según la "
        "Defensoría.\n\n"
        "07:10 – Los comercios del centro siguen cerrados."
    )
    assert _day(mentions(text, "es", dt.date(2023, 1, 17)), "choques") == day


def test_a_night_with_its_own_day_keeps_it(mentions: Callable[..., list[Mention]]) -> None:
    text = (
        "LIVE | Strike in Juliaca\n\n"
        "08:40 - Twelve officers were hurt in clashes during the night of Sunday, police said.\n\n"
        "07:10 - Shops in the centre remain shut."
    )
    assert _day(mentions(text, "en", dt.date(2023, 1, 17)), "clashes") == dt.date(2023, 1, 15)


def test_overnight_in_a_morning_entry_is_the_night_before(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "LIVE | Strike in Juliaca\n\n"
        "08:40 - Twelve officers were hurt in clashes overnight, police said.\n\n"
        "07:10 - Shops in the centre remain shut."
    )
    assert _day(mentions(text, "en", dt.date(2023, 1, 17)), "clashes") == dt.date(2023, 1, 16)
