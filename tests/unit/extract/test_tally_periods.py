"""A figure over a period between two months is a tally, not the count of an incident
("49 people were killed in clashes between December 2022 and March 2023")."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "Across the south, 31 people were killed in clashes with police between January "
            "and April, the ombudsman said.",
            "en",
            31,
        ),
        (
            "Según la Defensoría, 22 personas murieron entre enero y abril de 2023 en los "
            "bloqueos del sur.",
            "es",
            22,
        ),
    ],
)
def test_a_figure_between_two_months_is_a_tally(resources, text, language, value):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 9, 1))
    x = extract(doc, resources)
    assert [t.value for t in x.tallies if t.what == "killed"] == [value]
    assert not [m for m in x.events if m.killed is not None and m.killed.value == value]


def test_days_between_keep_the_incident(resources):
    doc = Document(
        id="t",
        text="Police clashed with protesters in Juliaca between Monday and Tuesday, leaving 18 dead.",
        language="en",
        published=dt.date(2023, 1, 20),
    )
    x = extract(doc, resources)
    assert [m.killed.value for m in x.events if m.killed is not None] == [18]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El director advirtió que la cifra de fallecidos podría aumentar, pues dos de los "
            "heridos siguen graves.",
            "es",
        ),
        ("Doctors said the death toll could rise, as four of the wounded were critical.", "en"),
    ],
)
def test_a_part_of_another_group_is_no_toll_figure(resources, text, language):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 20))
    assert [t for t in extract(doc, resources).tallies if t.what == "killed"] == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "The four deaths in Juli account for a tenth of the 40 people killed in the unrest, "
            "the ombudsman said.",
            "en",
            40,
        ),
        (
            "Las cuatro muertes de Juli son una décima parte de los 40 fallecidos en la crisis, "
            "según la Defensoría.",
            "es",
            40,
        ),
    ],
)
def test_the_dead_of_the_unrest_are_a_tally(resources, text, language, value):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 20))
    assert value in [t.value for t in extract(doc, resources).tallies if t.what == "killed"]


def test_the_dead_linked_to_the_protests_are_a_tally(resources):
    text = (
        "La Defensoría contabiliza nueve fallecidos vinculados a las protestas en el sur: "
        "ocho en enfrentamientos y uno en un accidente."
    )
    doc = Document(id="t", text=text, language="es", published=dt.date(2023, 3, 1))
    assert 9 in [t.value for t in extract(doc, resources).tallies if t.what == "killed"]
