"""Sixteenth session (extract-dev23): a sentence's opening "Tras" opens a clause told as what
came before, as "después de" and "after" do ("Tras el operativo del jueves, la carretera está
expedita"); inside a sentence "tras" tells a cause ("murió tras recibir un disparo el lunes")
and is not read so. A "when" clause right after the comma that closes such a clause ("después
de los hechos de ayer, cuando ...", "after Sunday's unrest, when ...") goes on telling that
earlier time: its event takes the day the clause gave."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.extract.dates import after_clauses, compile_dates
from veeduria.models import Document

D = dt.date


def _dated(resources, text, language, published):
    doc = Document(id="t", text=text, language=language, published=published)
    return [(m.trigger.text, m.date.value) for m in extract(doc, resources).events if m.date]


def _day(dated, word):
    """The day of the last event whose word starts with ``word``."""
    return [value for text, value in dated if text.lower().startswith(word)][-1]


@pytest.mark.parametrize(
    ("lang", "text", "published", "value"),
    [
        (
            "es",
            "Hoy la ciudad amaneció en calma después de la jornada del martes, cuando una turba "
            "incendió la comisaría.",
            D(2023, 1, 13),
            D(2023, 1, 10),
        ),
        (
            "es",
            "La ciudad recupera la calma este jueves después de los hechos de ayer, en los que "
            "dos comuneros murieron baleados frente al aeropuerto.",
            D(2023, 1, 12),
            D(2023, 1, 11),
        ),
        (
            "en",
            "The city was calm on Thursday after the unrest on Tuesday, when two farmers were "
            "shot dead near the airport.",
            D(2023, 1, 13),
            D(2023, 1, 10),
        ),
    ],
)
def test_a_when_clause_after_an_after_clause_keeps_its_day(resources, lang, text, published, value):
    dated = _dated(resources, text, lang, published)
    assert dated and {day for _, day in dated} == {value}, dated


@pytest.mark.parametrize(
    ("lang", "text", "published", "word", "value"),
    [
        (
            # a day of its own after the opening clause
            "es",
            "Tras la marcha del martes, el Gobierno declaró el estado de emergencia el miércoles.",
            D(2023, 1, 13),
            "estado de emergencia",
            D(2023, 1, 11),
        ),
        (
            # near miss: "tras" inside the sentence tells the cause; the shot is of Monday
            "es",
            "Los comuneros marcharon el jueves en Juliaca. Un comunero murió tras recibir un "
            "disparo el lunes en el aeropuerto.",
            D(2023, 1, 13),
            "disparo",
            D(2023, 1, 9),
        ),
        (
            # near miss: a "when" clause with no "after" clause before it is the sentence's own
            "en",
            "Police fired tear gas on Friday, when marchers reached the square.",
            D(2023, 1, 14),
            "tear gas",
            D(2023, 1, 13),
        ),
        (
            # near miss: a clause after the comma that is no "when" clause is the main one
            "en",
            "After the unrest on Tuesday, police arrested twelve people on Wednesday.",
            D(2023, 1, 13),
            "arrested",
            D(2023, 1, 11),
        ),
    ],
)
def test_a_day_in_an_after_clause_does_not_date_the_main_event(
    resources, lang, text, published, word, value
):
    assert _day(_dated(resources, text, lang, published), word) == value


@pytest.fixture(scope="module")
def es_rules():
    return compile_dates("es")


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Tras el operativo del jueves, la carretera Cochabamba-Oruro está expedita.", True),
        ("Tras los saqueos del martes, la ciudad amaneció bajo toque de queda.", True),
        # inside the sentence "tras" tells a cause, no clause of what came before
        ("Un comunero murió tras recibir un disparo el lunes en el aeropuerto.", False),
        ("Ocho fallecidos tras los enfrentamientos del jueves en Huamanga.", False),
    ],
)
def test_tras_opens_a_clause_only_at_the_start(es_rules, text, opens):
    clauses = after_clauses(text, 0, len(text), es_rules)
    assert any(a == 0 for a, _ in clauses) is opens, clauses
    if not opens:
        assert clauses == [], clauses
