"""Twentieth session (factuality3): a fact-check's refuted claims are negated, and an
anniversary ("Mañana se cumple un año desde que ...", "Kenya marks a year since ...") dates its
event on the day it falls on, counted back, as history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

DEC14 = dt.date(2023, 12, 14)
JAN13 = dt.date(2023, 1, 13)


def _on(found: list[Mention], text: str, word: str) -> Mention:
    for m in found:
        if m.trigger.text.lower().startswith(word.lower()):
            return m
    raise AssertionError(f"no event on {word!r} in {[m.trigger.text for m in found]}")


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Verdict: FALSE\n\nA clip circulating since Monday claims to show police beating "
            "students in Cusco on 10 January.",
            "en",
            "beating",
        ),
        (
            "Rating: Misleading\n\nThe photo, which purports to show soldiers firing at farmers "
            "in Puno, was taken in 2017.",
            "en",
            "firing",
        ),
        (
            "Veredicto: Falso\n\nUn video que dice mostrar a policías golpeando a estudiantes en "
            "Cusco circula desde el lunes.",
            "es",
            "golpeando",
        ),
    ],
)
def test_what_a_refuted_post_claims_to_show_is_negated(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    assert _on(mentions(text, language, JAN13), text, word).factuality == "negated"


def test_what_a_clip_claims_to_show_outside_a_fact_check_is_only_alleged(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = "A clip that claims to show police beating students in Cusco was shared on Tuesday."
    assert _on(mentions(text, "en", JAN13), text, "beating").factuality == "possible"


@pytest.mark.parametrize(
    ("text", "language", "word", "expected"),
    [
        (
            "False posts claimed that the governor of Puno had resigned on Wednesday.",
            "en",
            "resigned",
            "negated",
        ),
        (
            "Several accounts falsely said that soldiers shot protesters in Ilave.",
            "en",
            "shot",
            "negated",
        ),
        # near miss: a claim the text does not call false is only reported
        (
            "Local radio claimed that the governor of Puno had resigned on Wednesday.",
            "en",
            "resigned",
            "reported",
        ),
    ],
)
def test_a_claim_the_text_calls_false_is_negated(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, expected: str
) -> None:
    assert _on(mentions(text, language, JAN13), text, word).factuality == expected


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "Mañana se cumple un año desde que los soldados dispararon contra los comuneros en "
            "Huamanga.",
            "es",
            "dispararon",
            dt.date(2022, 12, 15),
        ),
        (
            "Hoy se cumplen seis meses desde que la policía desalojó la plaza de Huamanga.",
            "es",
            "desalojó",
            dt.date(2023, 6, 14),
        ),
        (
            "Tomorrow marks a year since soldiers shot dead ten people in Ayacucho.",
            "en",
            "shot dead",
            dt.date(2022, 12, 15),
        ),
        (
            "The town marks two years since police stormed the university campus.",
            "en",
            "stormed",
            dt.date(2021, 12, 14),
        ),
    ],
)
def test_an_anniversary_dates_its_event_on_the_day_counted_back(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    m = _on(mentions(text, language, DEC14), text, word)
    assert m.factuality == "historical"
    assert m.date is not None and m.date.value == day and m.date.precision == "day"


def test_how_long_a_strike_has_lasted_is_no_anniversary(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = "Se cumplen dos semanas de paro en Puno, donde los gremios bloquean la vía."
    m = _on(mentions(text, "es", dt.date(2023, 1, 20)), text, "paro")
    assert m.factuality == "asserted"
    assert m.date is not None and m.date.value.year == 2023
