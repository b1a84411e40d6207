"""Days read from the event word's own phrase (twenty-fourth session, dates13).

* A place clause set off by commas that names its own day ("En Talavera, donde el lunes los
  comuneros ... se enfrentaron con la policía, el ambiente seguía tenso este miércoles") tells
  what happened there on that day, however far the main clause's day stands
  (`dates.holding_place_clause`); with no day of its own it still tells the scene of the main
  clause's.
* Two days joined by "y", "and" ("El jueves 19 y el viernes 20 de enero se realizaron
  movilizaciones") date the event by the first, where it began (`dates._first_of_pair`); not
  past a colon, after which a list gives each day its own.
* An event word in a clause opened by "after" that names its own day ("who was sworn in on
  Tuesday after Congress removed his predecessor on Monday") happened on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _on(found: list[Mention], word: str) -> dt.date | None:
    hits = [m for m in found if m.trigger.text.lower() == word]
    assert hits, [m.trigger.text for m in found]
    return hits[0].date.value if hits[0].date is not None else None


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "TALAVERA, 14 dic.– En Talavera, donde el lunes cientos de comuneros de las "
            "comunidades altas tomaron la plaza principal de la ciudad y se enfrentaron con la "
            "policía, el ambiente seguía tenso este miércoles.",
            "se enfrentaron",
            dt.date(2022, 12, 12),
        ),
        # near miss: a place clause with no day of its own
        (
            "TALAVERA, 14 dic.– En Talavera, donde cientos de comuneros de las comunidades altas "
            "tomaron la plaza principal de la ciudad y se enfrentaron con la policía, el ambiente "
            "seguía tenso este miércoles.",
            "se enfrentaron",
            dt.date(2022, 12, 14),
        ),
    ],
)
def test_a_place_clause_with_its_own_day(
    mentions: Callable[..., list[Mention]], text: str, word: str, day: dt.date
) -> None:
    assert _on(mentions(text, "es", dt.date(2022, 12, 14)), word) == day


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "El jueves 19 y el viernes 20 de enero se realizaron movilizaciones en el Centro "
            "de Lima.",
            "es",
            "movilizaciones",
            dt.date(2023, 1, 19),
        ),
        (
            "On Thursday 19 and Friday 20 January, thousands marched through central Lima.",
            "en",
            "marched",
            dt.date(2023, 1, 19),
        ),
        # near misses: a list after a colon gives each day its own; two clauses, two days
        (
            "Según la Defensoría, el domingo 15 y el lunes 16 de enero fallecieron seis personas "
            "en la región: dos jóvenes en Ilave y cuatro personas más en Juli durante el "
            "bloqueo de la vía.",
            "es",
            "bloqueo",
            dt.date(2023, 1, 16),
        ),
        (
            "El jueves 19 marcharon los docentes y el viernes 20 se movilizaron los médicos.",
            "es",
            "marcharon",
            dt.date(2023, 1, 19),
        ),
    ],
)
def test_two_days_joined_date_the_event_by_the_first(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    assert _on(mentions(text, language, dt.date(2023, 1, 22)), word) == day


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "Thousands marched against the new president, who was sworn in on Tuesday after "
            "Congress removed his predecessor on Monday.",
            "en",
            "congress removed",
            dt.date(2020, 11, 9),
        ),
        # near misses: the main clause keeps its day; an "after" clause with no day of its own
        (
            "After protesters blocked the road on Sunday, police cleared it on Monday.",
            "en",
            "cleared",
            dt.date(2020, 11, 9),
        ),
        (
            "Police cleared the road on Monday after protesters had blocked it for hours.",
            "en",
            "cleared the road",
            dt.date(2020, 11, 9),
        ),
    ],
)
def test_an_after_clause_with_its_own_day(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    """An event word told in a clause opened by "after" that names its own day happened on it
    (`dates._in_own_after`)."""
    assert _on(mentions(text, language, dt.date(2020, 11, 14)), word) == day
