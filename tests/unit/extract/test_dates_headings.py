"""Dates of explainers and anniversary stories (tenth session): a heading names the day its
section tells of, a relative period ("last month") counts from the publication even in a
paragraph that named an older year, and a shift in days counts from the last day told, not
from a month."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 6, 1)


def _by_trigger(mentions, text, language, published=PUBLISHED):
    return {m.trigger.text.lower(): m for m in mentions(text, language, published=published)}


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "CUSCO — Miners will march this afternoon.\n\n"
            "What happened on 3 March 2022?\n"
            "By noon, hundreds of miners had blocked the road to the mine.",
            "en",
            "blocked",
        ),
        (
            "CUSCO.– Los mineros marcharán esta tarde.\n\n"
            "¿Qué pasó el 3 de marzo de 2022?\n"
            "Al mediodía, cientos de mineros bloquearon la carretera a la mina.",
            "es",
            "bloquearon",
        ),
    ],
)
def test_a_heading_names_the_day_of_its_section(mentions, text, language, word):
    event = _by_trigger(mentions, text, language)[word]
    assert event.date is not None and event.date.value == dt.date(2022, 3, 3)
    assert event.factuality == "historical"


def test_a_heading_today_takes_the_plans_under_it_to_the_publication(mentions):
    text = (
        "PUNO — Relatives said they would hold a vigil in Lima next week.\n\n"
        "What happens today?\n"
        "Relatives plan to march to the cemetery at noon."
    )
    events = _by_trigger(mentions, text, "en")
    assert events["march"].date is not None and events["march"].date.value == PUBLISHED


def test_a_heading_without_a_day_changes_nothing(mentions):
    text = (
        "PUNO — Miners blocked the road on Monday.\n\n"
        "Who were they?\n"
        "Most came from Ananea, where they also blocked the bridge."
    )
    found = mentions(text, "en", published=PUBLISHED)
    dates = [m.date.value for m in found if m.date is not None]
    assert dates and set(dates) == {dt.date(2023, 5, 29)}


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "In Cusco, soldiers killed two people on 10 March 2022. "
            "Relatives held a vigil there last month.",
            "en",
            "vigil",
        ),
        (
            "En marzo de 2022, soldados mataron a dos personas en Cusco. "
            "Sus familiares realizaron una vigilia el mes pasado.",
            "es",
            "vigilia",
        ),
    ],
)
def test_a_relative_period_counts_from_the_publication(mentions, text, language, word):
    event = _by_trigger(mentions, text, language)[word]
    assert event.date is not None
    assert (event.date.value, event.date.precision) == (dt.date(2023, 5, 1), "month")


def test_a_shift_in_days_counts_from_the_last_day_not_a_month(mentions):
    text = (
        "In Cusco, soldiers killed two people on 10 March 2022. "
        "Relatives held a vigil there last month. "
        "A farmer had died in Anta four days earlier."
    )
    event = _by_trigger(mentions, text, "en")["died"]
    assert event.date is not None and event.date.value == dt.date(2022, 3, 6)
    assert event.factuality == "historical"


@pytest.mark.parametrize(
    ("text", "language", "word", "month"),
    [
        (
            "In March 2005, miners marched on Lima against the law. The minister resigned "
            "three months later.",
            "en",
            "resigned",
            dt.date(2005, 6, 1),
        ),
        (
            "En marzo de 2005, los mineros marcharon a Lima contra la ley. El ministro renunció "
            "tres meses después.",
            "es",
            "renunció",
            dt.date(2005, 6, 1),
        ),
    ],
)
def test_a_shift_counts_from_a_month_told(mentions, text, language, word, month):
    event = _by_trigger(mentions, text, language)[word]
    assert event.date is not None
    assert (event.date.value, event.date.precision) == (month, "month")
    assert event.factuality == "historical"


def test_a_day_told_after_the_month_is_what_a_shift_counts_from(mentions):
    text = (
        "In March 2005, miners marched on Lima. On 20 May 2023, police cleared the bridge. "
        "Two days later, the miners blocked it again."
    )
    events = _by_trigger(mentions, text, "en")
    event = next(m for w, m in events.items() if w.startswith("blocked"))
    assert event.date is not None and event.date.value == dt.date(2023, 5, 22)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "PUNO — Police cleared the bridge on Monday. Early the next morning, residents "
            "blocked it again.",
            "en",
            "blocked",
        ),
        (
            "PUNO.– La Policía desbloqueó el puente el lunes. Ya al día siguiente, los comuneros "
            "lo bloquearon otra vez.",
            "es",
            "bloquearon",
        ),
    ],
)
def test_a_modifier_before_a_shift_lets_it_open_its_clause(mentions, text, language, word):
    events = _by_trigger(mentions, text, language, published=dt.date(2023, 1, 12))
    event = next(m for w, m in events.items() if w.startswith(word))
    assert event.date is not None and event.date.value == dt.date(2023, 1, 10)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "JULIACA — Thousands of protesters marched to the airport on Monday, and nine died "
            "during clashes there.\n\nOn Tuesday night, shops were looted in the city centre.\n\n"
            "The ministry denied that officers had fired live rounds at the crowd.",
            "en",
            "fired live",
        ),
        (
            "JULIACA.– Miles de manifestantes marcharon el lunes hacia el aeropuerto y nueve "
            "murieron durante los enfrentamientos.\n\nEn la noche del martes fueron saqueados "
            "varios comercios.\n\nEl ministerio negó que los agentes hayan utilizado armas letales.",
            "es",
            "utilizado armas letales",
        ),
    ],
)
def test_a_denial_of_the_forces_fire_is_of_the_deadly_day(mentions, text, language, word):
    events = _by_trigger(mentions, text, language, published=dt.date(2023, 1, 12))
    event = events[word]
    assert event.factuality == "negated"
    assert event.date is not None and event.date.value == dt.date(2023, 1, 9)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "CUSCO.– Dos manifestantes murieron el domingo durante los enfrentamientos en el "
            "puente.\n\nUn tercer manifestante herido en esos hechos falleció el martes en el "
            "hospital regional.",
            "es",
            "herido",
        ),
        (
            "CUSCO — Two protesters were killed on Sunday during clashes at the bridge.\n\n"
            "A third protester died of his wounds on Tuesday in the regional hospital.",
            "en",
            "died",
        ),
    ],
)
def test_a_wounded_man_who_dies_later_is_a_death_of_the_incident(mentions, text, language, word):
    events = _by_trigger(mentions, text, language, published=dt.date(2023, 1, 12))
    event = next(m for w, m in events.items() if w.startswith(word))
    assert event.date is not None and event.date.value == dt.date(2023, 1, 8)


def test_a_death_with_no_wound_before_keeps_its_day(mentions):
    text = (
        "CUSCO — Two protesters were killed on Sunday during clashes at the bridge.\n\n"
        "A third protester died on Tuesday when police fired on a second march."
    )
    events = _by_trigger(mentions, text, "en", published=dt.date(2023, 1, 12))
    dated = [m.date.value for m in events.values() if m.date is not None]
    assert dt.date(2023, 1, 10) in dated


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "AREQUIPA.– Los transportistas bloquearon la vía el lunes.\n\n"
            "En Camaná, la carretera continúa bloqueada a la altura del puente.",
            "es",
            "bloqueada",
        ),
        (
            "AREQUIPA — Truckers blocked the highway on Monday.\n\n"
            "In Camaná, the highway remains blocked near the bridge.",
            "en",
            "blocked",
        ),
    ],
)
def test_a_state_that_still_holds_is_of_the_report_day(mentions, text, language, word):
    found = mentions(text, language, published=dt.date(2023, 1, 12))
    later = [m for m in found if m.sentence[0] > text.index("\n")]
    assert later and later[0].date is not None
    assert later[0].date.value == dt.date(2023, 1, 12)


def test_en_la_fecha_is_the_day_of_the_communique(mentions):
    text = "COMUNICADO\n\nEn la fecha, personal policial desalojó a los manifestantes de la plaza."
    found = mentions(text, "es", published=dt.date(2023, 1, 21))
    assert found and found[0].date is not None
    assert found[0].date.value == dt.date(2023, 1, 21)
