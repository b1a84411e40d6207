"""An event told in a clause on a noun dated by "del", "of" ("los hechos del 9 de enero,
en los que murieron ...", "the clashes of 15 December, in which ...") takes that noun's day,
not the main clause's (`scene_relative` in date_words.yaml; twenty-first session, dates12)."""

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
            "La fiscalía abrió esta mañana una investigación por los sucesos del martes 14 de "
            "marzo en Ilave, en los que la policía mató a cuatro manifestantes.",
            "es",
            dt.date(2023, 3, 20),
            "mató",
            dt.date(2023, 3, 14),
        ),
        (
            "Una comisión del Congreso viajó el jueves a Juliaca para escuchar a los deudos de "
            "los hechos del 9 de enero, cuando la policía disparó contra los manifestantes.",
            "es",
            dt.date(2023, 1, 20),
            "disparó",
            dt.date(2023, 1, 9),
        ),
        (
            "Prosecutors reopened on Monday the case of Saturday's march in Ilave, where police "
            "shot two protesters.",
            "en",
            dt.date(2023, 3, 22),
            "shot",
            dt.date(2023, 3, 18),
        ),
        (
            "Lawmakers visited Ilave on Tuesday to hear witnesses of the clashes of 14 March, in "
            "which police killed four farmers.",
            "en",
            dt.date(2023, 3, 22),
            "killed",
            dt.date(2023, 3, 14),
        ),
    ],
)
def test_a_clause_on_a_dated_noun_takes_its_day(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    word: str,
    day: dt.date,
) -> None:
    assert _day(mentions(text, language, published), word) == day


@pytest.mark.parametrize(
    ("text", "language", "published", "word", "day"),
    [
        # near miss: the clause names its own day
        (
            "Recordaron este lunes los sucesos del 14 de marzo en Ilave, donde el jueves 16 la "
            "policía mató a un cuarto manifestante.",
            "es",
            dt.date(2023, 3, 20),
            "mató",
            dt.date(2023, 3, 16),
        ),
        # near miss: the day tells when the march happened, no noun's day
        (
            "Miles marcharon el lunes hasta la plaza de Armas, donde la policía lanzó gases "
            "lacrimógenos.",
            "es",
            dt.date(2023, 3, 22),
            "gases",
            dt.date(2023, 3, 20),
        ),
        # near miss: no comma before "where": a place named by its noun, not a clause
        (
            "On Tuesday police fired tear gas at the square where the march of 14 March ended.",
            "en",
            dt.date(2023, 3, 22),
            "tear gas",
            dt.date(2023, 3, 21),
        ),
    ],
)
def test_no_dated_noun_keeps_the_clause_day(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    word: str,
    day: dt.date,
) -> None:
    assert _day(mentions(text, language, published), word) == day
