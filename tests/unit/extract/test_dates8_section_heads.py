"""The headline of a section of a bulletin or digest ("Toque de queda. La Alcaldía recordó
...") takes the day its section tells, not the day the bulletin was at before it (sixteenth
session, extract-dates8)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

MAR14 = dt.date(2024, 3, 14)


def _head(found: list[Mention], word: str) -> Mention:
    hits = [m for m in found if m.trigger.text.startswith(word)]
    assert hits, f"no event on {word!r}: {[m.trigger.text for m in found]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "Noticiero de la mañana, jueves 14 de marzo de 2024\n\n"
            "Cacerolazo en Quito. Anoche cientos de vecinos golpearon ollas en el centro.\n\n"
            "Bloqueos en el sur. El martes los transportistas bloquearon la vía a Loja con "
            "troncos, y la Policía los desalojó ayer.",
            "es",
            "Bloqueos",
            dt.date(2024, 3, 12),
        ),
        (
            "Morning bulletin, Thursday 14 March 2024\n\n"
            "Curfew in Quito. Residents banged pots in the centre last night.\n\n"
            "Clashes in Loja. On Tuesday, truckers clashed with police on the road to the coast.",
            "en",
            "Clashes",
            dt.date(2024, 3, 12),
        ),
        (
            "Resumen de la mañana, jueves 14 de marzo de 2024\n\n"
            "Vigilia en Quito. Anoche cientos de vecinos encendieron velas en la plaza.\n\n"
            "Toque de queda. El Municipio recordó que el toque de queda decretado el lunes en "
            "Loja ya fue levantado.",
            "es",
            "Toque",
            dt.date(2024, 3, 11),
        ),
    ],
)
def test_a_section_headline_takes_its_sections_day(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    date = _head(mentions(text, language, MAR14), word).date
    assert date is not None and date.value == day


def test_a_full_sentence_opening_a_paragraph_is_no_headline(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the event word does not open it; the sentence keeps the story's day
    text = (
        "Vecinos de Loja marcharon ayer por el centro de la ciudad.\n\n"
        "La policía dispersó la marcha. El martes los transportistas bloquearon la vía a Loja."
    )
    found = mentions(text, "es", MAR14)
    date = _head(found, "dispers").date
    assert date is not None and date.value == dt.date(2024, 3, 13)


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "EXPLAINER\n\nWhat was the deadliest day?\n\nFebruary 3, in Mandalay, near the river. "
            "Police shot dead seven protesters near the market. The following day a soldier was "
            "beaten to death by a mob on the outskirts of the city.",
            "en",
            "shot dead",
            dt.date(2023, 2, 3),
        ),
        (
            "EXPLICADOR\n\n¿Cuál fue el día más violento?\n\nEl 3 de febrero, en Mandalay. "
            "La policía mató a siete manifestantes cerca del mercado.",
            "es",
            "mató",
            dt.date(2023, 2, 3),
        ),
    ],
)
def test_a_line_that_opens_on_a_day_dates_what_follows(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    found = mentions(text, language, dt.date(2024, 1, 20))
    hits = [m for m in found if word in m.trigger.text]
    assert hits and hits[0].date is not None and hits[0].date.value == day


def test_a_day_deep_in_a_long_line_is_no_day_line(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: a sentence that only mentions a day late in its course does not head a section
    text = (
        "EXPLAINER\n\nWhat was the deadliest day?\n\nMany people in the city still remember "
        "the morning of March 3 and the long silence of the market afterwards.\n"
        "Police shot dead seven protesters near the market on Friday."
    )
    found = mentions(text, "en", dt.date(2024, 1, 20))
    hits = [m for m in found if "shot dead" in m.trigger.text]
    assert hits and hits[0].date is not None and hits[0].date.value == dt.date(2024, 1, 19)


def test_a_question_that_opens_its_paragraph_heads_it(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Explainer: the fuel strike\n\n"
        "How many have died? A farmer was shot dead by soldiers in Otavalo on March 1; a second "
        "protester died in the south last week.\n\n"
        "What happened on Tuesday? A crowd pelted the president's convoy with stones near the "
        "border."
    )
    found = mentions(text, "en", dt.date(2024, 3, 14))
    hits = [m for m in found if "pelted" in m.trigger.text]
    assert hits and hits[0].date is not None and hits[0].date.value == dt.date(2024, 3, 12)


def test_a_question_inside_a_paragraph_heads_nothing(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: a question told within the paragraph is no heading of what follows it
    text = (
        "Explainer: the fuel strike\n\n"
        "A farmer was shot dead by soldiers in Otavalo on Monday. Who gave the order on "
        "Tuesday? A crowd pelted the president's convoy with stones near the border."
    )
    found = mentions(text, "en", dt.date(2024, 3, 14))
    hits = [m for m in found if "pelted" in m.trigger.text]
    assert hits and hits[0].date is not None and hits[0].date.value == dt.date(2024, 3, 11)
