"""Dates of numbered and dated entries (twenty-fifth session, blind21).

A numbered minute-by-minute ("3. 12:40 – ...") is a live blog: its number before the time
does not hide the stamp, so its entries tell of the day they were posted, and a "desde la
víspera" inside one of them does not date the rest. A weekday set beside a day of the month in
a parenthesis or after a comma ("18 January (Wednesday) —", "el 18 de enero, un miércoles")
names that day, not the Wednesday of the week the report was published; a weekday that does
not agree with its day keeps its own reading."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract.dates import compile_dates, entry_stamp, read_dates
from veeduria.models import Mention

D = dt.date
PUB = D(2023, 2, 8)  # a Wednesday


def _dates(mentions: list[Mention]) -> dict[str, dt.date | None]:
    return {m.trigger.text.lower().split()[0]: m.date.value if m.date else None for m in mentions}


@pytest.mark.parametrize(
    ("line", "time"),
    [
        ("3. 12:40 – Los manifestantes queman un patrullero.", "12:40"),
        ("12) 09:05 — Farmers block the bridge.", "09:05"),
        ("1. 9.15 h | La policía lanza gases.", "9.15 h"),
    ],
)
def test_numbered_stamp(line: str, time: str) -> None:
    text = "Seguimiento de la jornada\n\n" + line
    stamp = entry_stamp(text, len(text) - 5, PUB)
    assert stamp is not None and stamp.value == PUB
    assert stamp.text == time
    assert text[stamp.span[0] : stamp.span[1]] == time


@pytest.mark.parametrize(
    "line",
    [
        "3. Los manifestantes queman un patrullero a las 12:40.",  # a list with no time
        "3. 12 detenidos en la plaza.",  # a number, not a time
        "2. 10.50 soles cuesta el pasaje.",  # a price
    ],
)
def test_numbered_item_without_stamp(line: str) -> None:
    text = "Resumen\n\n" + line
    assert entry_stamp(text, len(text) - 5, PUB) is None


def test_numbered_minute_by_minute(mentions: Callable[..., list[Mention]]) -> None:
    text = (
        "Sullana, minuto a minuto\n\n"
        "1. 08:50 – Unos 400 agricultores bloquean el puente Sánchez Cerro.\n\n"
        "2. 10:20 – Los policías, apostados en el puente desde la víspera, lanzan gases "
        "lacrimógenos contra los agricultores.\n\n"
        "3. 13:15 – Los manifestantes responden con piedras y queman un patrullero."
    )
    found = _dates(mentions(text, "es", PUB))
    assert found.get("bloquean") == PUB, found
    assert found.get("queman") == PUB, found


def test_numbered_list_without_times_unchanged(mentions: Callable[..., list[Mention]]) -> None:
    # near miss: a numbered list with no time stamps is no live blog; its events keep the
    # day the text gives them
    text = (
        "Lo que pasó en Sullana\n\n"
        "1. El lunes, unos 400 agricultores bloquearon el puente Sánchez Cerro.\n\n"
        "2. El martes, los manifestantes quemaron un patrullero."
    )
    found = _dates(mentions(text, "es", PUB))
    assert found.get("bloquearon") == D(2023, 2, 6), found
    assert found.get("quemaron") == D(2023, 2, 7), found


@pytest.mark.parametrize(
    ("lang", "text", "weekday"),
    [
        ("en", "18 January (Wednesday) — Our team reached the bridge.", "Wednesday"),
        ("es", "18 de enero (miércoles) — Llegamos al puente.", "miércoles"),
        ("en", "Wednesday (18 January) — Our team reached the bridge.", "Wednesday"),
        ("en", "Police fired on 18 January, a Wednesday, at the bridge.", "Wednesday"),
        ("es", "La policía disparó el 18 de enero, un miércoles, en el puente.", "miércoles"),
    ],
)
def test_weekday_beside_its_day(lang: str, text: str, weekday: str) -> None:
    found = read_dates(text, 0, len(text), D(2023, 1, 25), compile_dates(lang)).past
    assert [d.value for d in found if d.text.split()[-1] == weekday] == [D(2023, 1, 18)]


@pytest.mark.parametrize(
    ("lang", "text", "weekday", "day"),
    [
        # the weekday does not fall on the day: each keeps its own reading
        ("en", "18 January (Friday) — Our team reached the bridge.", "Friday", D(2023, 1, 20)),
        # a weekday told as another event's day, not set beside the date
        (
            "en",
            "Farmers blocked the road on 18 January and on Wednesday police cleared it.",
            "Wednesday",
            D(2023, 1, 25),
        ),
        (
            "es",
            "El 18 de enero hubo bloqueos y el miércoles la policía los retiró.",
            "miércoles",
            D(2023, 1, 25),
        ),
    ],
)
def test_weekday_not_beside_its_day(lang: str, text: str, weekday: str, day: dt.date) -> None:
    found = read_dates(text, 0, len(text), D(2023, 1, 25), compile_dates(lang)).past
    assert [d.value for d in found if d.text.split()[-1] == weekday] == [day]


def test_dated_entries_of_a_field_report(mentions: Callable[..., list[Mention]]) -> None:
    text = (
        "Field notes: the coastal highway\n\n"
        "18 January (Wednesday) — We reached the toll gate at Chilca, where fishermen had held "
        "a sit-in the night before. Police fired tear gas at the crowd in the afternoon.\n\n"
        "20 January (Friday) — In Mala, protesters blocked the highway with tyres."
    )
    found = _dates(mentions(text, "en", D(2023, 1, 25)))
    assert found.get("tear") == D(2023, 1, 18), found
    assert found.get("sit-in") == D(2023, 1, 17), found
    assert found.get("blocked") == D(2023, 1, 20), found


# --- the small hours with no day in a story that has told none -------------------------------
NEWS_DAY = D(2023, 2, 10)  # a Friday


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        (
            "es",
            "PRESENTADOR: Vamos a Mórrope, donde la Policía desbloqueó en la madrugada la "
            "Panamericana Norte.\n\nREPORTERO: Los agentes lanzaron gases contra los campesinos.",
            "gases",
        ),
        (
            "es",
            "La Policía desbloqueó de madrugada el puente de Tambogrande y detuvo a doce "
            "agricultores.",
            "desbloqueó",
        ),
        (
            "en",
            "Police cleared the Pan-American Highway near Mórrope in the early hours and fired "
            "tear gas at farmers.",
            "cleared",
        ),
    ],
)
def test_small_hours_of_an_undated_story(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str
) -> None:
    found = _dates(mentions(text, lang, NEWS_DAY))
    assert found.get(word) == NEWS_DAY, found


@pytest.mark.parametrize(
    ("lang", "text", "word", "day"),
    [
        # the small hours of a day named: that day
        (
            "es",
            "La Policía desbloqueó en la madrugada del miércoles el puente de Tambogrande y "
            "detuvo a doce agricultores.",
            "desbloqueó",
            D(2023, 2, 8),
        ),
        (
            "en",
            "Police cleared the bridge in the early hours of Wednesday and detained twelve "
            "farmers.",
            "cleared",
            D(2023, 2, 8),
        ),
        # a story that told its day before: the small hours do not take it to the report's day
        (
            "es",
            "El martes, los agricultores bloquearon el puente de Tambogrande. La Policía lo "
            "desbloqueó en la madrugada y detuvo a doce de ellos.",
            "bloquearon",
            D(2023, 2, 7),
        ),
    ],
)
def test_small_hours_with_a_day_unchanged(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str, day: dt.date
) -> None:
    found = _dates(mentions(text, lang, NEWS_DAY))
    assert found.get(word) == day, found


def test_undated_story_without_small_hours_unchanged(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: a story that names no time at all stays undated
    text = "La Policía desbloqueó el puente de Tambogrande y detuvo a doce agricultores."
    assert set(_dates(mentions(text, "es", NEWS_DAY)).values()) == {None}


# --- a blockade's complement with a participle set off by a comma ----------------------------
SINCE_PUB = D(2023, 3, 8)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        (
            "es",
            "El lunes, un equipo de prensa fue agredido en Moho. La Fiscalía conoce el bloqueo de "
            "la carretera Huancané–Moho, interrumpida desde el jueves 2 de marzo, y pide "
            "liberarla.",
            "bloqueo",
        ),
        (
            "en",
            "On Monday, a press crew was attacked in Moho. Prosecutors are aware of the blockade "
            "of the Huancané–Moho road, closed since Thursday, March 2, and ask that it be lifted.",
            "blockade",
        ),
    ],
)
def test_blockade_of_a_road_closed_since(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str
) -> None:
    found = _dates(mentions(text, lang, SINCE_PUB))
    assert found.get(word) == D(2023, 3, 2), found


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # near misses: an action that does not last, on a road closed since another day, is of
        # the story's day
        (
            "es",
            "El lunes, la Policía inició el desalojo de la carretera Huancané–Moho, interrumpida "
            "desde el jueves 2 de marzo, y detuvo a diez comuneros.",
            "desalojo",
        ),
        (
            "en",
            "On Monday, police cleared the Huancané–Moho road, closed since Thursday, March 2, "
            "and detained ten farmers.",
            "cleared",
        ),
    ],
)
def test_clearance_of_a_road_closed_since_unchanged(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str
) -> None:
    found = _dates(mentions(text, lang, SINCE_PUB))
    assert found.get(word) == D(2023, 3, 6), found
