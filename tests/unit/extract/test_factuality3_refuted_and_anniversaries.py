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


@pytest.mark.parametrize(
    ("text", "language", "word", "expected"),
    [
        # a coordinated clause with its own subject keeps its future to itself
        (
            "Decenas de personas quedaron heridas de bala y algunas nunca volverán a caminar.",
            "es",
            "heridas",
            "asserted",
        ),
        (
            "Dozens of people were wounded by gunfire in Huamanga and some will never walk again.",
            "en",
            "gunfire",
            "asserted",
        ),
        # near miss: the same subject's future is the event's
        (
            "Los gremios bloquearán la vía y algunos dirigentes viajarán a Lima.",
            "es",
            "bloquearán",
            "planned",
        ),
    ],
)
def test_a_future_after_a_coordinated_subject_is_its_own_clause(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, expected: str
) -> None:
    assert _on(mentions(text, language, DEC14), text, word).factuality == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "El frente también pide a las provincias bloquear las carreteras de acceso.",
            "bloquear",
            "called_for",
        ),
        (
            "La prefectura advierte contra las convocatorias a nuevos bloqueos en la Panamericana.",
            "bloqueos",
            "called_for",
        ),
        # near miss: a relative clause on those asked tells what they do
        (
            "El ministro pidió a los transportistas que bloquean la Panamericana Sur levantar la "
            "medida.",
            "bloquean",
            "asserted",
        ),
    ],
)
def test_a_call_asked_of_others_or_named_in_the_plural(
    mentions: Callable[..., list[Mention]], text: str, word: str, expected: str
) -> None:
    assert _on(mentions(text, "es", JAN13), text, word).factuality == expected


def test_a_timeline_present_announcement_of_a_january_strike_in_december_is_planned(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = "Dec 19 - Farmers in Cusco announce an indefinite strike from Jan. 9."
    m = _on(mentions(text, "en", dt.date(2022, 12, 21)), text, "indefinite strike")
    assert m.factuality == "planned"
    assert m.date is not None and m.date.value == dt.date(2023, 1, 9)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "On 14 March farmers blocked the bridge at Desaguadero. In the early hours of the next "
            "day, police cleared it with tear gas.",
            "en",
            "cleared",
        ),
        (
            "El 14 de marzo los comuneros bloquearon el puente de Desaguadero. En la madrugada del "
            "día siguiente, la policía lo despejó con gases.",
            "es",
            "gases",
        ),
    ],
)
def test_a_part_of_the_next_day_opens_its_clause(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    m = _on(mentions(text, language, dt.date(2023, 3, 20)), text, word)
    assert m.date is not None and m.date.value == dt.date(2023, 3, 15)


def test_the_eve_after_yesterday_is_yesterday(mentions: Callable[..., list[Mention]]) -> None:
    # near miss: "en la víspera" set off by commas after "Ayer" is no shift of its own
    text = "Ayer, en la víspera, estudiantes lanzaron bombas molotov contra un patrullero."
    m = _on(mentions(text, "es", dt.date(2024, 10, 18)), text, "bombas molotov")
    assert m.date is not None and m.date.value == dt.date(2024, 10, 17)


def test_a_round_up_sections_denial_keeps_its_own_paragraphs_day(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "CHILE - Two people were killed on Thursday as students clashed with police in "
        "Santiago.\n\nECUADOR - Police fired tear gas at marchers in Quito on Tuesday, witnesses "
        "said. Police denied that officers used live ammunition."
    )
    m = _on(mentions(text, "en", dt.date(2024, 7, 19)), text, "used live ammunition")
    assert m.factuality == "negated"
    assert m.date is not None and m.date.value == dt.date(2024, 7, 16)


def test_yesterday_before_an_anniversary_is_the_day_it_fell_on(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = "Ayer se cumplió un año desde que los soldados mataron a diez comuneros en Huamanga."
    m = _on(mentions(text, "es", DEC14), text, "mataron")
    assert m.factuality == "historical"
    assert m.date is not None and m.date.value == dt.date(2022, 12, 13)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Key events of the crisis:\n\nMarch 3 - The cabinet meets in the capital. Two "
            "union leaders are arrested at a checkpoint.\n\nMarch 6 - Farmers block the highway "
            "to Juliaca.",
            "en",
            "arrested",
        ),
        (
            "Cronología de la crisis:\n\n3 de marzo: el gabinete se reúne en la capital. Dos "
            "dirigentes son detenidos en un control.\n\n6 de marzo: los comuneros "
            "bloquean la carretera a Juliaca.",
            "es",
            "detenidos",
        ),
    ],
)
def test_a_timeline_entry_with_no_event_of_its_own_still_dates_the_next_sentence(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    m = _on(mentions(text, language, dt.date(2023, 3, 10)), text, word)
    assert m.date is not None and m.date.value == dt.date(2023, 3, 3)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Mañana se cumple un año desde que los soldados dispararon en Huamanga. Ese jueves "
            "la policía detuvo a veinte comuneros en la plaza.",
            "es",
            "detuvo",
        ),
        (
            "Tomorrow marks a year since soldiers fired on protesters in Huamanga. That Thursday "
            "police arrested twenty farmers in the square.",
            "en",
            "arrested",
        ),
    ],
)
def test_that_weekday_is_the_day_the_story_is_at(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    m = _on(mentions(text, language, DEC14), text, word)
    assert m.factuality == "historical"
    assert m.date is not None and m.date.value == dt.date(2022, 12, 15)


def test_that_weekday_on_another_weekday_than_the_storys_is_not_moved(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the story is at a Monday; "ese jueves" stays the Thursday it names
    text = (
        "El lunes 11 la policía desalojó la plaza. Ese jueves los comuneros marcharon en Huamanga."
    )
    m = _on(mentions(text, "es", DEC14), text, "marcharon")
    assert m.date is not None and m.date.value == dt.date(2023, 12, 14)


def test_a_strike_that_goes_on_tomorrow_in_a_live_entry_is_tomorrow(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "EN VIVO | Puno\n\n16:45 — La federación anuncia que el bloqueo seguirá mañana en el "
        "puente.\n\n12:20 — La policía detuvo a dos dirigentes en la plaza."
    )
    m = _on(mentions(text, "es", JAN13), text, "bloqueo")
    assert m.factuality == "planned"
    assert m.date is not None and m.date.value == dt.date(2023, 1, 14)


@pytest.mark.parametrize(
    ("text", "language", "word", "expected"),
    [
        (
            "La policía detuvo a seis comuneros por los presuntos delitos de daños agravados.",
            "es",
            "detuvo",
            "asserted",
        ),
        (
            "Police arrested six farmers on alleged charges of damaging a toll booth.",
            "en",
            "arrested",
            "asserted",
        ),
        # near miss: the arrest itself hedged
        ("La policía habría detenido a seis comuneros en el puente.", "es", "detenido", "possible"),
    ],
)
def test_an_alleged_charge_does_not_hedge_the_arrest(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, expected: str
) -> None:
    assert _on(mentions(text, language, JAN13), text, word).factuality == expected
