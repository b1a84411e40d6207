"""Tolls of the fifteenth session (extract-counts4): the figures of one coordinated series
share the tally cue one of them stands beside ("seven people died during the unrest, 1,340 were
injured and 1,152 arrested"); an incident's figures beside a toll of the same sentence, or a
series with no tally cue, stay the incident's."""

from __future__ import annotations

import datetime as dt

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _run(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 2, 9))
    return extract(doc, resources)


def _tallies(x):
    return sorted((t.what, t.value) for t in x.tallies)


def test_series_after_a_tally_cue_en(resources: Resources) -> None:
    x = _run(
        resources,
        "Health officials said 12 people died in the unrest, 800 were hurt and 430 arrested.",
        "en",
    )
    assert _tallies(x) == [("detained", 430), ("injured", 800), ("killed", 12)]
    assert not any(e.count("killed") or e.count("detained") for e in x.events)


def test_series_before_a_tally_cue_en(resources: Resources) -> None:
    x = _run(
        resources,
        "Rights groups say 600 people were injured and 250 detained during the unrest.",
        "en",
    )
    assert _tallies(x) == [("detained", 250), ("injured", 600)]


def test_series_after_a_tally_cue_es(resources: Resources) -> None:
    x = _run(
        resources,
        "La Coordinadora informó que nueve personas murieron durante la crisis, 700 resultaron "
        "heridas y 310 fueron detenidas.",
        "es",
    )
    assert _tallies(x) == [("detained", 310), ("injured", 700), ("killed", 9)]


def test_incident_figures_beside_a_toll_stay_the_incidents(resources: Resources) -> None:
    x = _run(
        resources,
        "Three protesters were killed and 25 were injured in Ilave on Monday, bringing the death toll "
        "since December to 44.",
        "en",
    )
    assert _tallies(x) == [("killed", 44)]
    assert any(e.count("killed") is not None and e.count("injured") is not None for e in x.events)


def test_series_without_a_tally_cue_is_an_incident(resources: Resources) -> None:
    x = _run(
        resources,
        "Tres comuneros murieron, 25 resultaron heridos y 14 fueron detenidos en los "
        "enfrentamientos del lunes en Ilave.",
        "es",
    )
    assert not _tallies(x)
    assert any(e.count("detained") is not None for e in x.events)


def _scoped(x):
    return sorted((t.value, t.scope) for t in x.tallies)


def test_breakdown_by_department_after_the_whole(resources: Resources) -> None:
    x = _run(
        resources,
        "La Coordinadora Nacional de Derechos Humanos eleva a 33 el número de fallecidos desde "
        "diciembre: Cusco, 12; Junín, 9; Arequipa, 5.",
        "es",
    )
    assert _scoped(x) == [(5, "Arequipa"), (9, "Junín"), (12, "Cusco"), (33, "Peru")]


def test_breakdown_by_department_in_the_next_sentence(resources: Resources) -> None:
    x = _run(
        resources,
        "Between January and March, 33 people died during the protests. By region, the deaths "
        "break down as follows: Cusco, 12; Junín, 9; and Arequipa, 5.",
        "en",
    )
    assert _scoped(x) == [(5, "Arequipa"), (9, "Junín"), (12, "Cusco"), (33, "Peru")]


def test_items_told_with_in(resources: Resources) -> None:
    x = _run(
        resources,
        "The death toll since January has risen to 33, including 12 in Cusco and 9 in Junín.",
        "en",
    )
    assert _scoped(x) == [(9, "Junín"), (12, "Cusco"), (33, "Peru")]
    x = _run(
        resources,
        "La cifra de muertos desde enero llega a 33, entre ellos 12 en Cusco y 9 en Junín.",
        "es",
    )
    assert _scoped(x) == [(9, "Junín"), (12, "Cusco"), (33, "Peru")]


def test_no_breakdown_without_a_toll_before(resources: Resources) -> None:
    # a list of places and numbers with no toll told before it is no breakdown
    x = _run(
        resources,
        "Las mesas de votación abrieron así: Cusco, 12; Junín, 9; Arequipa, 5.",
        "es",
    )
    assert not x.tallies
    # a time after a colon is still no figure
    x = _run(resources, "A las 10:30, la policía detuvo a cinco personas en Cusco.", "es")
    assert [e.count("detained").value for e in x.events if e.count("detained")] == [5]
