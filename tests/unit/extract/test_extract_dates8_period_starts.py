"""The day an action of a period began (eighteenth session, extract-dates8): a "since" date
right after the event word ("on strike since Oct. 23", "en huelga desde el 23 de octubre") is
the day that action began, before another day or plan of the sentence; a plan keeps the coming
day it opens on ("acatará un paro desde el lunes"); another action's opening is no plan's
day, and a "since" date past a relative word belongs to that clause's verb."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

NOV29 = dt.date(2023, 11, 29)  # a Wednesday


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
            "Port workers, who have been on strike since November 2, said they would go back "
            "to the docks next week.",
            "en",
            "strike",
            dt.date(2023, 11, 2),
        ),
        (
            "Nurses in the capital, on strike since October 23, told reporters on Tuesday "
            "that talks had stalled.",
            "en",
            "strike",
            dt.date(2023, 10, 23),
        ),
        (
            "Los docentes, que están en huelga desde el 23 de octubre, dijeron que volverán a "
            "las aulas la próxima semana.",
            "es",
            "huelga",
            dt.date(2023, 10, 23),
        ),
        (
            "Los estibadores, en paro indefinido desde el 2 de noviembre, informaron el martes "
            "que no hubo avances en el diálogo.",
            "es",
            "paro",
            dt.date(2023, 11, 2),
        ),
    ],
)
def test_a_since_date_after_the_event_word_is_the_day_it_began(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    trigger: str,
    day: dt.date,
) -> None:
    assert _day(mentions(text, language, NOV29), trigger) == day


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "Port workers, who have been on strike since November 2, said they would go back "
            "to the docks next week.",
            "en",
            "strike",
        ),
        (
            "Los docentes, que están en huelga desde el 23 de octubre, dijeron que volverán a "
            "las aulas la próxima semana.",
            "es",
            "huelga",
        ),
    ],
)
def test_an_action_under_way_is_no_plan(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    assert _by_trigger(mentions(text, language, NOV29), trigger).factuality in (
        "asserted",
        "reported",
    )


@pytest.mark.parametrize(
    ("text", "language", "trigger", "day"),
    [
        # near misses: a plan that opens on a coming day keeps that day
        (
            "El gremio anunció que acatará un paro desde el lunes.",
            "es",
            "paro",
            dt.date(2023, 12, 4),
        ),
        (
            "The drivers' union said it would strike from Monday.",
            "en",
            "strike",
            dt.date(2023, 12, 4),
        ),
        (
            "La federación convocó a una huelga indefinida desde el 4 de diciembre.",
            "es",
            "huelga",
            dt.date(2023, 12, 4),
        ),
    ],
)
def test_a_plan_keeps_the_coming_day_it_opens_on(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    trigger: str,
    day: dt.date,
) -> None:
    found = _by_trigger(mentions(text, language, NOV29), trigger)
    assert found.factuality in ("planned", "called_for")
    assert found.date is not None and found.date.value == day


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "Dockworkers, on strike since November 2, said on Tuesday they would march to the port.",
            "en",
            "march",
        ),
        (
            "Los estibadores, en paro desde el 2 de noviembre, marcharán hacia el puerto.",
            "es",
            "marcharán",
        ),
    ],
)
def test_another_actions_opening_is_no_plans_day(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    found = _by_trigger(mentions(text, language, NOV29), trigger)
    assert found.date is None or found.date.value >= NOV29


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "El lunes por la mañana, soldados desmontaron el campamento que los simpatizantes "
            "mantenían desde noviembre frente al cuartel.",
            "es",
            "desmontaron",
        ),
        (
            "On Monday, soldiers cleared the camp that supporters had kept since November "
            "outside the barracks.",
            "en",
            "cleared",
        ),
        ("Los vecinos marcharon desde la plaza el lunes.", "es", "marcharon"),
    ],
)
def test_a_since_date_of_another_verb_is_not_the_events(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    assert _day(mentions(text, language, NOV29), trigger) == dt.date(2023, 11, 27)


MAY15 = dt.date(2021, 5, 15)  # a Saturday


@pytest.mark.parametrize(
    ("text", "language", "trigger", "day"),
    [
        (
            "Background: the national strike began on April 28 against a pension bill that "
            "the president withdrew four days later.",
            "en",
            "strike",
            dt.date(2021, 4, 28),
        ),
        (
            "The farm strike, which began on Monday in the south, spread to the capital yesterday.",
            "en",
            "strike",
            dt.date(2021, 5, 10),
        ),
        (
            "El paro agrario, que empezó el lunes en el sur, se extendió ayer a la capital.",
            "es",
            "paro",
            dt.date(2021, 5, 10),
        ),
        (
            "Contexto: el paro nacional comenzó el 28 de abril contra una reforma que el "
            "Gobierno retiró cuatro días después.",
            "es",
            "paro",
            dt.date(2021, 4, 28),
        ),
    ],
)
def test_the_day_after_its_began_verb_is_the_events(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    trigger: str,
    day: dt.date,
) -> None:
    assert _day(mentions(text, language, MAY15), trigger) == day


@pytest.mark.parametrize(
    ("text", "language", "trigger", "day"),
    [
        # near misses: a "began" verb of another clause or of a later event word
        (
            "Police fired tear gas on Friday, hours after a second march began in the square.",
            "en",
            "tear gas",
            dt.date(2021, 5, 14),
        ),
        (
            "Los vecinos bloquearon la vía el viernes; la huelga de los choferes empezó el lunes.",
            "es",
            "bloquearon",
            dt.date(2021, 5, 14),
        ),
    ],
)
def test_a_began_verb_of_another_clause_does_not_date_the_event(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    trigger: str,
    day: dt.date,
) -> None:
    assert _day(mentions(text, language, MAY15), trigger) == day
