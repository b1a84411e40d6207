"""Dates (nineteenth session, extract-dates9): a day that opens the next coordinated clause
(", y ayer un juez ...") is that clause's; a day that opens a period in a clause on another
noun (", donde dormían desde el viernes", ", bloqueada desde el jueves") is not the event's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

MAY15 = dt.date(2024, 5, 15)  # a Wednesday


def _by_trigger(found: list[Mention], word: str) -> Mention:
    hits = [m for m in found if word in m.trigger.text]
    assert hits, f"no event on {word!r}: {[m.trigger.text for m in found]}"
    return hits[0]


def _day(found: list[Mention], word: str) -> dt.date | None:
    date = _by_trigger(found, word).date
    return date.value if date is not None else None


@pytest.mark.parametrize(
    ("text", "language", "trigger", "day"),
    [
        (
            "La policía detuvo a tres dirigentes en la plaza de Armas el domingo. Los agentes "
            "golpearon a un estudiante frente a la comisaría, y ayer la fiscalía abrió una "
            "investigación.",
            "es",
            "golpearon",
            dt.date(2024, 5, 12),
        ),
        (
            "Police arrested four union leaders on Sunday. Officers beat a student outside the "
            "station, and on Tuesday prosecutors opened an inquiry.",
            "en",
            "beat",
            dt.date(2024, 5, 12),
        ),
    ],
)
def test_a_day_opening_the_next_coordinate_is_not_the_event_words(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str, day: dt.date
) -> None:
    assert _day(mentions(text, language, MAY15), trigger) == day


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the day inside the event word's own clause
        (
            "Los agentes golpearon ayer a un estudiante frente a la comisaría, y la fiscalía "
            "abrió una investigación.",
            "golpearon",
            dt.date(2024, 5, 14),
        ),
        # the event word in the coordinate the day opens
        (
            "Los docentes marcharon por la capital, y ayer los médicos bloquearon la vía de "
            "evitamiento.",
            "bloquearon",
            dt.date(2024, 5, 14),
        ),
        # no comma: the day is the event's
        (
            "Los agentes detuvieron el lunes y el martes a doce estudiantes.",
            "detuvieron",
            dt.date(2024, 5, 13),
        ),
    ],
)
def test_a_day_of_the_event_words_own_clause_stays(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, day: dt.date
) -> None:
    assert _day(mentions(text, "es", MAY15), trigger) == day


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "El lunes la policía desalojó la plaza de Armas. Los agentes golpearon a los "
            "comuneros en el coliseo, donde dormían desde el viernes.",
            "es",
            "golpearon",
        ),
        (
            "El lunes la policía desalojó la plaza de Armas. Los policías lanzaron gases en la "
            "carretera, bloqueada desde el jueves por los transportistas.",
            "es",
            "gases",
        ),
        (
            "On Monday police cleared the square. Officers fired tear gas on the highway, "
            "blocked since Thursday by truck drivers.",
            "en",
            "tear gas",
        ),
    ],
)
def test_a_period_opened_in_a_clause_on_another_noun_does_not_date_the_event(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    assert _day(mentions(text, language, MAY15), trigger) == dt.date(2024, 5, 13)


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the relative clause is on the event word itself
        (
            "El lunes la policía desalojó la plaza de Armas. El estado de emergencia, que rige "
            "desde el sábado en la región, fue prorrogado.",
            "estado de emergencia",
            dt.date(2024, 5, 11),
        ),
        # so is the participle
        (
            "El lunes la policía desalojó la plaza de Armas. El paro, iniciado desde el jueves "
            "por los transportistas, se mantiene.",
            "paro",
            dt.date(2024, 5, 9),
        ),
        # no clause of its own: the period is the event's
        (
            "El lunes la policía desalojó la plaza de Armas. Los transportistas mantienen el "
            "bloqueo de la carretera desde el jueves.",
            "bloqueo",
            dt.date(2024, 5, 9),
        ),
    ],
)
def test_a_period_opened_on_the_event_word_dates_it(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, day: dt.date
) -> None:
    assert _day(mentions(text, "es", MAY15), trigger) == day


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "El 14 de marzo de 2022, la policía disparó contra los cañeros en la plaza de Tumán."
            '\n\n"Corrimos hacia el mercado y el humo no dejaba ver nada", cuenta un vecino. '
            "Aquel día la policía detuvo a cuarenta cañeros.",
            "es",
            "detuvo",
        ),
        (
            "On 14 March 2022, police fired on cane workers in the square of Tuman.\n\n"
            '"We ran towards the market and the smoke hid everything", a neighbour says. '
            "Police arrested forty workers that day.",
            "en",
            "arrested",
        ),
    ],
)
def test_that_day_after_a_paragraph_with_no_day_is_the_day_of_the_paragraph_before(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    event = _by_trigger(mentions(text, language, dt.date(2024, 3, 14)), trigger)
    assert event.date is not None and event.date.value == dt.date(2022, 3, 14)
    assert event.factuality == "historical"


def test_that_day_after_a_paragraph_with_its_own_day_is_that_day(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "El 14 de marzo de 2022, la policía disparó contra los cañeros en la plaza de Tumán.\n\n"
        "El lunes, los deudos marcharon por Tumán. Aquel día la policía detuvo a dos dirigentes."
    )
    assert _day(mentions(text, "es", dt.date(2024, 3, 14)), "detuvo") == dt.date(2024, 3, 11)


@pytest.mark.parametrize(
    "opening",
    ["En la madrugada siguiente", "La madrugada siguiente", "En la mañana siguiente"],
)
def test_the_next_small_hours_count_a_day_from_the_story(
    mentions: Callable[..., list[Mention]], opening: str
) -> None:
    text = (
        "El 3 de febrero, los cañeros bloquearon la vía en Tumán. "
        f"{opening}, la policía desalojó a los manifestantes."
    )
    assert _day(mentions(text, "es", dt.date(2024, 2, 10)), "desalojó") == dt.date(2024, 2, 4)


def test_a_period_opened_on_the_event_word_with_its_complement_dates_it(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "El lunes la policía desalojó la plaza de Armas. El bloqueo del puente de Ilave, que "
        "mantienen desde el jueves los comuneros, es una medida independiente."
    )
    assert _day(mentions(text, "es", MAY15), "bloqueo") == dt.date(2024, 5, 9)
