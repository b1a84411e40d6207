"""Tolls (extract-tallies2): another source's bare figure after a verb of giving or granting a
figure ("the government acknowledged three", "hablan de cinco") goes on with the toll just told;
a period told as the subject of its toll ("four months of protests left 120 dead") makes the
figure after it a tally. Neither turns an incident's count into a tally."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _run(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 2, 9))
    return extract(doc, resources)


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        (
            "La Defensoría del Pueblo contabiliza cuatro fallecidos en el contexto de las "
            "protestas. Organizaciones sindicales hablan de cinco.",
            "es",
            [4, 5],
        ),
        (
            "El Centro de Derechos Humanos eleva a diez el número de muertos desde el miércoles. "
            "La vicepresidenta solo reconoce tres.",
            "es",
            [10, 3],
        ),
        (
            "The Ombudsman's Office says the death toll has risen to 20. "
            "The government acknowledged twelve.",
            "en",
            [20, 12],
        ),
        (
            "The death toll has risen to 20, and union leaders speak of 25.",
            "en",
            [20, 25],
        ),
    ],
)
def test_another_sources_bare_figure_goes_on_with_the_toll(resources, text, language, values):
    assert [t.value for t in _run(resources, text, language).tallies] == values


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La policía reconoce tres muertos tras los enfrentamientos con manifestantes en "
            "Juliaca el lunes.",
            "es",
        ),
        (
            "Police acknowledged three deaths after officers opened fire on protesters in Juliaca "
            "on Monday.",
            "en",
        ),
    ],
)
def test_a_verb_of_granting_before_a_counted_figure_is_no_toll(resources, text, language):
    result = _run(resources, text, language)
    assert not result.tallies
    assert [m.killed.value for m in result.events if m.killed is not None] == [3]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "Four months of street protests against the government left more than 120 people dead.",
            "en",
            120,
        ),
        (
            "Weeks of protests in which more than 20 people have died ended on Sunday.",
            "en",
            20,
        ),
        (
            "Cuatro meses de protestas contra el gobierno dejaron más de 120 muertos.",
            "es",
            120,
        ),
        (
            "Tres semanas de paro dejaron al menos 15 detenidos en todo el país.",
            "es",
            15,
        ),
    ],
)
def test_a_period_told_as_the_subject_makes_a_tally(resources, text, language, value):
    result = _run(resources, text, language)
    assert [t.value for t in result.tallies] == [value]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In 2004, residents of Ilave lynched their mayor, Cirilo Robles, after weeks of "
            "protests accusing him of corruption.",
            "en",
        ),
        (
            "Los comuneros retuvieron a dos policías tras semanas de protestas contra la mina.",
            "es",
        ),
    ],
)
def test_a_period_after_the_figure_dates_an_incident(resources, text, language):
    assert not _run(resources, text, language).tallies


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "Our researchers documented 49 deaths of civilians in clashes with the security "
            "forces.",
            "en",
            49,
        ),
        (
            "La Comisión ha documentado 49 muertes de civiles en enfrentamientos con las fuerzas "
            "del orden.",
            "es",
            49,
        ),
    ],
)
def test_a_figure_before_the_plural_noun_of_the_event_is_counted(resources, text, language, value):
    assert [t.value for t in _run(resources, text, language).tallies] == [value]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police fired on the crowd in Juliaca, causing the deaths of 17 people.", "en"),
        (
            "La policía disparó contra la multitud en Juliaca y causó las muertes de 17 personas.",
            "es",
        ),
    ],
)
def test_the_noun_of_the_event_still_counts_forward(resources, text, language):
    result = _run(resources, text, language)
    assert not result.tallies
    assert [m.killed.value for m in result.events if m.killed is not None] == [17]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La cifra nacional de personas fallecidas desde el 7 de diciembre asciende a veinte.", 20),
        (
            "La Defensoría elevó a 28 el número de personas fallecidas en el contexto de las protestas.",
            28,
        ),
    ],
)
def test_a_toll_noun_of_people_who_died_with_its_modifier(resources, text, value):
    result = _run(resources, text, "es")
    assert [t.value for t in result.tallies] == [value]
    assert all(m.killed is None for m in result.events)
