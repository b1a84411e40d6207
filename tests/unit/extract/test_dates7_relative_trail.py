"""Fifteenth session (extract-dates7): a day that ends a restrictive relative clause on a noun
("the strike that unions resumed on Thursday", "el paro que los gremios retomaron el jueves")
dates what the clause tells, not where the story is: the undated sentences after it stay at
the story's day. A "que"/"that" after a reporting verb, or after a noun phrase that opens its
clause, is no relative clause."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document

D = dt.date
# Tuesday 14 March 2023
TUE = D(2023, 3, 14)
MON = D(2023, 3, 13)


def _days(resources, text, language):
    doc = Document(id="t", text=text, language=language, published=TUE)
    return [
        (m.trigger.text, m.date.value if m.date else None) for m in extract(doc, resources).events
    ]


def _day(days, word):
    found = [d for w, d in days if w.startswith(word)]
    assert found, (word, days)
    return found[-1]


@pytest.mark.parametrize(
    ("language", "text", "noun", "noun_day", "after", "after_day"),
    [
        (
            "es",
            "Los transportistas bloquearon el lunes la Panamericana Sur. La medida forma parte "
            "del paro indefinido que los gremios retomaron el jueves 9 de marzo. Cientos de "
            "manifestantes queman llantas frente al peaje.",
            "paro",
            D(2023, 3, 9),
            "queman",
            MON,
        ),
        (
            "es",
            "Los transportistas bloquearon el lunes la Panamericana Sur. La movilización se suma "
            "a la huelga que los mineros iniciaron el 1 de marzo. Los manifestantes queman "
            "llantas frente al peaje.",
            "movilización",
            D(2023, 3, 1),
            "queman",
            MON,
        ),
        (
            "en",
            "Truckers blocked the Pan-American Highway on Monday. The blockade is part of the "
            "strike that unions resumed on Thursday, March 9. Protesters burn tyres at the toll "
            "booth.",
            "blockade",
            D(2023, 3, 9),
            "burn",
            MON,
        ),
        (
            "en",
            "Truckers blocked the Pan-American Highway on Monday. Hundreds of students remain "
            "inside the campus which they occupied on Friday. Protesters burn tyres at the toll "
            "booth.",
            "occupied",
            D(2023, 3, 10),
            "burn",
            MON,
        ),
    ],
)
def test_relative_clause_day_does_not_move_story(
    resources, language, text, noun, noun_day, after, after_day
):
    days = _days(resources, text, language)
    assert _day(days, noun) == noun_day
    assert _day(days, after) == after_day


def test_students_in_the_building_they_took(resources):
    text = (
        "Los transportistas bloquearon el lunes la Panamericana Sur. Cientos de estudiantes "
        "permanecen en el local que tomaron el viernes. Los manifestantes queman llantas "
        "frente al peaje."
    )
    assert _day(_days(resources, text, "es"), "queman") == MON


@pytest.mark.parametrize(
    ("language", "text", "after", "after_day"),
    [
        # what a reporting verb introduces is no relative clause: the story moves to its day
        (
            "es",
            "Los transportistas bloquearon el lunes la Panamericana Sur. El vocero de la policía "
            "informó que los comuneros bloquearon la vía el jueves 9 de marzo. Cientos de "
            "manifestantes queman llantas frente al peaje.",
            "queman",
            D(2023, 3, 9),
        ),
        # a noun phrase that opens its clause is a subject: "que" after its verb
        (
            "es",
            "Los transportistas bloquearon el lunes la Panamericana Sur. La Alcaldía recordó que "
            "el toque de queda decretado el viernes ya fue levantado. Esa noche hubo saqueos en "
            "el centro.",
            "saqueos",
            D(2023, 3, 10),
        ),
    ],
)
def test_near_misses_move_the_story(resources, language, text, after, after_day):
    assert _day(_days(resources, text, language), after) == after_day


@pytest.mark.parametrize(
    ("language", "text", "after"),
    [
        (
            "es",
            "Desde ayer, cientos de comuneros mantienen tomado el puente de la frontera. La "
            "medida forma parte de la huelga que las federaciones reanudaron el jueves 9 de "
            "marzo. Los manifestantes bloquean con troncos la carretera a la capital.",
            "bloquean",
        ),
        (
            "en",
            "The action is part of the strike that teachers' unions resumed on Thursday, "
            "March 9. Protesters block the main road into the capital with burning tyres.",
            "block",
        ),
    ],
)
def test_story_with_only_a_relative_day_is_at_the_report(resources, language, text, after):
    assert _day(_days(resources, text, language), after) == TUE


@pytest.mark.parametrize(
    ("language", "text", "word", "value"),
    [
        (
            "en",
            "Relatives are demanding justice for a farmer, who died on Sunday in Tumbes, a town "
            "near the border, after being shot by soldiers at a roadblock.",
            "shot",
            D(2023, 3, 12),
        ),
        (
            "en",
            "Rights groups mourned a 19-year-old student, who died late on Saturday, after being "
            "struck by a tear-gas canister during a march.",
            "struck by a tear-gas",
            D(2023, 3, 11),
        ),
        (
            "es",
            "Familiares exigen justicia por un estudiante, que murió el domingo en Juliaca, "
            "capital de la provincia de San Román, después de ser alcanzado por un perdigón "
            "durante una protesta.",
            "alcanzado por un perdigón",
            D(2023, 3, 12),
        ),
    ],
)
def test_after_clause_goes_on_with_the_relative(resources, language, text, word, value):
    assert _day(_days(resources, text, language), word) == value


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the main clause comes between: the relative's day is its own
        (
            "Soldiers cleared a roadblock in Sacaba on Friday. Morales, who resigned on Sunday, "
            "said that soldiers fired on protesters after they blocked a road.",
            "fired",
        ),
        (
            "Soldiers cleared a roadblock in Sacaba on Friday. Morales, who resigned on Sunday, "
            "denounced the massacre, saying soldiers fired on the crowd after it blocked a road.",
            "massacre",
        ),
    ],
)
def test_main_clause_between_keeps_the_relative_apart(resources, text, word):
    assert _day(_days(resources, text, "en"), word) == D(2023, 3, 10)
