"""The dead a day qualifies (twenty-sixth session, dates15): a day right after the word of the
dead, with a definite determiner before it ("carrying portraits of those killed last year",
"velan a los dos comuneros muertos el miércoles", "retratos de los fallecidos de diciembre"),
dates those deaths, not the march or the vigil told before them, which keeps the story's day.
A participle after an auxiliary is its clause's own verb ("were killed on Wednesday")."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import pytest

from veeduria.models import Mention

D = dt.date
PUBLISHED = D(2023, 7, 19)  # a Wednesday

EN_ACTS = [
    ("Hundreds of people marched through the city centre", "marched"),
    ("Relatives held a vigil in the main square", "vigil"),
]
EN_DEAD = [
    "carrying portraits of those killed {day}",
    "in memory of the two farmers killed {day}",
    "remembering those who died {day}",
]
EN_DAYS = [("last year", D(2022, 1, 1)), ("on 9 January", D(2023, 1, 9))]

ES_ACTS = [
    ("Cientos de personas marcharon por el centro de la ciudad", "marcharon"),
    ("Los familiares realizaron una vigilia en la plaza", "vigilia"),
]
ES_DEAD = [
    "con retratos de los fallecidos {day}",
    "en memoria de los dos comuneros muertos {day}",
    "con las fotos de los jóvenes asesinados {day}",
]
ES_DAYS = [("de diciembre", D(2022, 12, 1)), ("el 9 de enero", D(2023, 1, 9))]
EN_LEAD = "Police detained three students on Tuesday."
ES_LEAD = "La policía detuvo el martes a tres estudiantes."


def _cases(acts, dead, days, lead):
    # the story is at Tuesday when the sentence with no day of its own is told
    for (act, word), phrase, (day, told) in itertools.product(acts, dead, days):
        yield f"{lead} {act} {phrase.format(day=day)}.", word, told


def _date_of(mentions: list[Mention], word: str) -> dt.date | None:
    found = [m for m in mentions if word in m.trigger.text]
    assert found, word
    return found[0].date.value if found[0].date else None


@pytest.mark.parametrize(
    ("lang", "text", "word", "told"),
    [
        *(("en", t, w, d) for t, w, d in _cases(EN_ACTS, EN_DEAD, EN_DAYS, EN_LEAD)),
        *(("es", t, w, d) for t, w, d in _cases(ES_ACTS, ES_DEAD, ES_DAYS, ES_LEAD)),
    ],
)
def test_the_day_of_the_dead_does_not_date_what_remembers_them(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str, told: dt.date
) -> None:
    # the sentence's own day (Tuesday), not the deaths' day
    assert _date_of(mentions(text, lang, PUBLISHED), word) == D(2023, 7, 18)


@pytest.mark.parametrize(
    ("lang", "text", "word", "day"),
    [
        # an event word after the phrase tells those deaths, or happened on their day
        (
            "en",
            f"{EN_LEAD} Two protesters were killed on 9 January during a march in Macusani.",
            "march",
            D(2023, 1, 9),
        ),
        (
            "es",
            f"{ES_LEAD} Los dos manifestantes fueron asesinados el 9 de enero durante una marcha.",
            "marcha",
            D(2023, 1, 9),
        ),
        (
            "es",
            f"{ES_LEAD} Nueve de las diez víctimas del 9 de enero murieron por disparos en la protesta.",
            "disparos",
            D(2023, 1, 9),
        ),
        # no determiner: the deaths themselves, and the march beside them, on that day
        (
            "es",
            f"{ES_LEAD} Hubo dos muertos el 9 de enero durante la marcha en Juliaca.",
            "marcha",
            D(2023, 1, 9),
        ),
    ],
)
def test_the_deaths_own_day_stays(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str, day: dt.date
) -> None:
    assert _date_of(mentions(text, lang, PUBLISHED), word) == day
