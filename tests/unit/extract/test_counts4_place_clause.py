"""The dead counted before a place's relative clause (fifteenth session, extract-counts4): "Two
teenagers were shot dead near the airport, where demonstrators had taken over the terminal" tells
the deaths and what happened at the place; the riot of the "where" clause does not take the dead
of the main clause. A figure inside the "where" clause, or a clause of the same kind, stays one
incident."""

from __future__ import annotations

import datetime as dt

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _events(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 2, 9))
    x = extract(doc, resources)
    return sorted(
        (e.sub_event_type, e.count("killed").value if e.count("killed") else None) for e in x.events
    )


def test_dead_before_a_where_clause_with_a_riot(resources: Resources) -> None:
    got = _events(
        resources,
        "Three protesters were killed on Monday in Ilave, where a crowd had set fire to the "
        "town hall.",
        "en",
    )
    assert ("Violent demonstration", None) in got
    assert any(killed == 3 and sub != "Violent demonstration" for sub, killed in got)


def test_dead_before_a_donde_clause_with_a_riot(resources: Resources) -> None:
    got = _events(
        resources,
        "Dos comuneros murieron baleados el lunes en Chumbivilcas, donde los manifestantes "
        "habían quemado una comisaría.",
        "es",
    )
    assert ("Violent demonstration", None) in got
    assert any(killed == 2 and sub != "Violent demonstration" for sub, killed in got)


def test_figure_inside_the_where_clause_stays_with_the_riot(resources: Resources) -> None:
    doc = Document(
        id="t",
        text="Protesters set fire to the police station in Ilave on Monday, where two officers "
        "were injured.",
        language="en",
        published=dt.date(2023, 2, 9),
    )
    x = extract(doc, resources)
    assert len(x.events) == 1
    assert x.events[0].count("injured") is not None
    assert x.events[0].count("injured").value == 2


def test_where_clause_of_the_same_kind_is_one_incident(resources: Resources) -> None:
    got = _events(
        resources,
        "Two protesters were killed on Monday in Juliaca, where police fired on crowds near the "
        "airport.",
        "en",
    )
    assert got == [("Excessive force against protesters", 2)]
